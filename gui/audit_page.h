// The audit log: the latest changes (who, when, what, which record, the values after), and a
// check of the whole hash chain that names the first entry changed behind InnoDesk's back.
#pragma once

#include "table_page.h"

namespace innodesk::gui {

class AuditPage final : public TablePage {
public:
    AuditPage(wxWindow* parent, app::Workspace& session);
    wxString Title() const override { return _("Audit log"); }

protected:
    std::vector<TableRow> LoadRows() override;

private:
    void VerifyChain();
};

}  // namespace innodesk::gui
