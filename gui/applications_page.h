// Applications: the list with their states, a new application and corrections to a draft or
// submitted one, every lifecycle step the officer records (submit … close, the contract and its
// payments) and the approver's variation of an amount, each enabled only when the selected
// application's state and the user's role allow it; the reviewer's conflict declaration and
// scores; each application's own view. What an action did is said in the status bar, and a
// submission can be undone the same day.
#pragma once

#include "table_page.h"

#include "domain/application.h"

#include <wx/choice.h>
#include <wx/menu.h>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace innodesk::gui {

class ApplicationsPage final : public TablePage {
public:
    ApplicationsPage(wxWindow* parent, app::Workspace& session);
    wxString Title() const override { return _("Applications"); }
    bool CanCreate() const override { return m_session.Is(domain::Role::Officer); }
    wxString CannotCreateReason() const override;
    void CreateRecord() override;
    void Reload() override;

    // The page's actions as the list's right-click menu shows them, each enabled as its button is;
    // choosing one sends the page a wxEVT_MENU with the item's id.
    std::unique_ptr<wxMenu> ContextMenu() const;

protected:
    std::vector<TableRow> LoadRows() override;

private:
    // Why the selected application (as loaded) does not allow the step; empty when it does.
    using StepCheck = std::function<wxString(const domain::Application&)>;
    struct Step {
        wxButton* button = nullptr;
        bool role_allows = true;
        wxString role_reason;
        StepCheck check;  // empty: any selected application
        bool needs_selection = true;
    };
    wxButton* AddStep(const wxString& label, const char* name, bool role_allows, const wxString& role_reason,
                      StepCheck check, std::function<void()> action, bool needs_selection = true);
    // Enables each step for the selection and says why not in its tooltip.
    void UpdateActions();
    std::optional<domain::Application> Selected() const;
    // After a change: the list shows the application selected, the actions follow, the status
    // bar says what was done.
    void Done(domain::ApplicationId id, const wxString& what);

    void MoveSelected(domain::ApplicationState to);
    void UndoSubmission();
    void EditSelected();
    void OpenSelected();
    void ContractSelected();
    void DisburseSelected();
    void VarySelected();
    void ReviewSelected();
    void ChooseReviewers();
    void ShowHistory();
    // Double-click or Enter on a row: an application the officer may still correct opens for
    // editing, any other in its view.
    void Activate();

    wxChoice* m_year;     // "All years", then the years
    wxChoice* m_state;    // "All states", then the lifecycle's states
    wxChoice* m_content;  // "All support contents", then the contents
    std::map<domain::ApplicationId, domain::Application> m_loaded;  // the rows' applications as read
    std::vector<Step> m_steps;                                      // in the bar's order
    std::optional<domain::Application> m_undoable;  // just submitted here, as the submission left it
};

}  // namespace innodesk::gui
