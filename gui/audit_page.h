// The audit log: the latest changes, each as a sentence in the window's language (who did what to
// which record, and when), the selected one's change as a table of fields with their values
// before and after, and a check of the whole hash chain that names the first entry changed
// behind InnoDesk's back.
#pragma once

#include "table_page.h"

#include "domain/audit.h"

#include <map>

namespace innodesk::gui {

class AuditPage final : public TablePage {
public:
    AuditPage(wxWindow* parent, app::Workspace& session);
    wxString Title() const override { return _("Audit log"); }

    // The table of the selected entry's fields: Field, Before, After.
    wxDataViewListCtrl* Changes() { return m_changes; }

protected:
    std::vector<TableRow> LoadRows() override;

private:
    void ShowChanges();
    void VerifyChain();

    struct Loaded {
        domain::AuditEntry entry;
        std::string who;  // the actor as the page names them
    };
    std::map<std::int64_t, Loaded> m_entries;  // by seq, as loaded
    wxStaticText* m_sentence;
    wxDataViewListCtrl* m_changes;
};

}  // namespace innodesk::gui
