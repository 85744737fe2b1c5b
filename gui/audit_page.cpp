// Audit log page.
#include "audit_page.h"

#include "background_work.h"
#include "wx_text.h"

#include "domain/audit_service.h"

#include <wx/msgdlg.h>

namespace innodesk::gui {

AuditPage::AuditPage(wxWindow* parent, app::Workspace& session)
    : TablePage(parent, session,
                {{"#", 70, ColumnKind::Number},
                 {_("When"), 130, ColumnKind::Moment},
                 {_("Who"), 110},
                 {_("Action"), 190},
                 {_("Record"), 140},
                 {_("After"), 520}},
                "audit") {
    AddAction(_("Verify the chain"), "verify_chain", true, {}, [this] { VerifyChain(); });
}

std::vector<TableRow> AuditPage::LoadRows() {
    auto audit = m_session.Audit();
    std::vector<TableRow> rows;
    for (const auto& e : audit.Latest(2000)) {
        wxString after = U(e.after);
        if (after.length() > 300) after = after.Left(300) + wxString::FromUTF8("…");
        rows.push_back(
            {e.seq,
             {TableCell::Number(e.seq),
              TableCell::Moment(e.at_unix, U(m_session.Clock().FormatMoment(e.at_unix))), U(e.actor),
              U(e.action), wxString::Format("%s %lld", U(e.entity), static_cast<long long>(e.entity_id)),
              after}});
    }
    return rows;
}

void AuditPage::VerifyChain() {
    domain::AuditVerification result;
    RunInBackground(this, _("Audit log"), _("Checking every entry of the audit log…"),
                    [&](domain::ProgressObserver& progress) {
                        // Its own connection: a database session belongs to one thread.
                        result = m_session.OpenForBackgroundWork()->Audit().Verify(&progress);
                    });
    if (result.broken)
        wxMessageBox(Say(result.broken->explanation), _("The audit log was changed"), wxOK | wxICON_ERROR,
                     this);
    else
        wxMessageBox(wxString::Format(_("The chain of %s entries is intact."), Grouped(result.entries)),
                     _("Audit log"), wxOK | wxICON_INFORMATION, this);
}

}  // namespace innodesk::gui
