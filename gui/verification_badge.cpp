// A verdict in one line.
#include "verification_badge.h"

#include "wx_text.h"

#include <wx/translation.h>

namespace innodesk::gui {

wxString VerificationBadge(const domain::DecisionVerification& v) {
    using domain::VerificationStatus;
    if (v.status == VerificationStatus::Valid) return wxString::FromUTF8("✔ ") + _("valid");
    if (v.status == VerificationStatus::Draft) return _("draft, not signed");
    if (v.status == VerificationStatus::Recorded) return _("recorded, no digital signature");
    const bool invalid = v.status == VerificationStatus::Invalid;
    const wxString mark = invalid ? wxString::FromUTF8("✘ ") : wxString::FromUTF8("? ");
    return mark + (invalid ? _("invalid") : _("indeterminate")) + ": " + Say(v.explanation);
}

}  // namespace innodesk::gui
