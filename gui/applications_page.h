// Applications: the list with their states, a new application, the lifecycle moves an officer
// makes, the reviewer's conflict declaration and scores, and each application's history.
#pragma once

#include "table_page.h"

#include <wx/choice.h>

namespace innodesk::gui {

class ApplicationsPage final : public TablePage {
public:
    ApplicationsPage(wxWindow* parent, app::Workspace& session);
    wxString Title() const override { return _("Applications"); }
    bool CanCreate() const override { return m_session.Is(domain::Role::Officer); }
    wxString CannotCreateReason() const override;
    void CreateRecord() override;

protected:
    std::vector<TableRow> LoadRows() override;

private:
    void MoveSelected(domain::ApplicationState to);
    wxChoice* m_year;     // "All years", then the years
    wxChoice* m_state;    // "All states", then the lifecycle's states
    wxChoice* m_content;  // "All support contents", then the contents
    void ReviewSelected();
    void ChooseReviewers();
    void ShowHistory();
};

}  // namespace innodesk::gui
