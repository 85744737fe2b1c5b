// An application's own view, read-only: its whole story on four tabs — the file (enterprise,
// request, co-funding, decision and its signature's verdict, contract), the reviews with their
// pass marks, the payments against the signed amount, and the history. The actions stay on the
// Applications page.
#pragma once

#include "app/workspace.h"
#include "domain/application.h"

#include <wx/dialog.h>

namespace innodesk::gui {

class ApplicationView final : public wxDialog {
public:
    ApplicationView(wxWindow* parent, app::Workspace& session, domain::ApplicationId id);
};

}  // namespace innodesk::gui
