// A decision's verification verdict as one short line: "✔ valid", "draft, not signed", or the mark,
// the verdict and its reason. The Decisions page and an application's view say it the same way.
#pragma once

#include "domain/decision_service.h"

#include <wx/string.h>

namespace innodesk::gui {

wxString VerificationBadge(const domain::DecisionVerification& verification);

}  // namespace innodesk::gui
