// Tasks (nhiệm vụ): the innovation and S&T tasks with their lead, state, budget, payments and the
// next milestone due, filtered by plan, year, level, award mode, state and lead; the selected
// task's file below the list; and a button for every step of its lifecycle, enabled when the
// task's state and the user's role allow it.
#pragma once

#include "table_page.h"

#include "domain/task_service.h"

#include <wx/choice.h>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace innodesk::gui {

class TaskFilePanel;

class TasksPage final : public TablePage {
public:
    TasksPage(wxWindow* parent, app::Workspace& session);
    wxString Title() const override { return _("Tasks"); }
    bool CanCreate() const override { return m_session.Is(domain::Role::Officer); }
    wxString CannotCreateReason() const override;
    void CreateRecord() override;
    void Reload() override;

    // The file of the selected task as the panel below the list shows it, if one is selected.
    const std::optional<domain::TaskFile>& SelectedFile() const { return m_file; }

protected:
    std::vector<TableRow> LoadRows() override;

private:
    // A lead of the filter: an enterprise (first) or an organisation (second), with its name.
    struct Lead {
        std::optional<domain::EnterpriseId> enterprise;
        std::optional<domain::OrganisationId> organisation;
        std::string name;
    };
    void AddFilters();
    void AddSteps();
    // After the selection changed or the list reloaded: the file below and which steps are enabled.
    void ShowSelected();
    // A step's button: runs `step` on the selected task's file and reloads when it returns true.
    void AddStep(const wxString& label, const char* name,
                 std::function<bool(const domain::TaskFile&)> allowed,
                 std::function<bool(const domain::TaskFile&)> step);
    void Changed(domain::TaskId id);

    wxChoice* m_plan;
    wxChoice* m_year;
    wxChoice* m_level;
    wxChoice* m_award;
    wxChoice* m_state;
    wxChoice* m_lead;
    std::vector<std::string> m_plans;
    std::vector<Lead> m_leads;
    TaskFilePanel* m_panel;
    std::optional<domain::TaskFile> m_file;
    struct Step {
        wxButton* button;
        std::function<bool(const domain::TaskFile&)> allowed;
    };
    std::vector<Step> m_steps;
    bool m_first_load = true;
};

}  // namespace innodesk::gui
