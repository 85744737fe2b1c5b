// The dialog that proposes a task or changes a proposed or awarded task's details: code, title,
// level, award mode, year, programme and plan line, the lead (an enterprise by its tax code or an
// organisation of the register), principal investigator, units, state budget, follow-up years,
// and the co-funding and output commitments in two small tables.
#pragma once

#include "form_dialog.h"

#include "domain/organisation.h"
#include "domain/programme.h"
#include "domain/task.h"

#include <wx/grid.h>

#include <optional>
#include <vector>

namespace innodesk::gui {

class TaskDialog final : public FormDialog {
public:
    // A new proposal when `task` is empty; else an edit of it.
    TaskDialog(wxWindow* parent, app::Workspace& session, std::optional<domain::Task> task);
    domain::TaskId Saved() const { return m_saved; }

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

private:
    wxGrid* NewGrid(const char* name, const std::vector<std::pair<wxString, int>>& columns, int rows);

    app::Workspace& m_session;
    std::optional<domain::Task> m_task;
    std::vector<domain::Programme> m_programmes;
    std::vector<domain::Organisation> m_organisations;
    wxTextCtrl* m_code;
    wxTextCtrl* m_title;
    wxChoice* m_level;
    wxChoice* m_award;
    WholeNumberInput m_year;
    std::optional<DateInput> m_proposed_on;  // a proposal only: for tasks already under way
    wxChoice* m_programme;
    wxTextCtrl* m_plan;
    wxTextCtrl* m_plan_line;
    wxChoice* m_organisation;  // "(an enterprise, by the tax code below)", then the register
    std::optional<EnterpriseField> m_enterprise;
    wxTextCtrl* m_tax_code = nullptr;
    wxTextCtrl* m_pi;
    wxTextCtrl* m_ordering_unit;
    wxTextCtrl* m_applying_unit;
    wxTextCtrl* m_budget;
    WholeNumberInput m_follow_up;
    wxGrid* m_co_funding;
    wxGrid* m_outputs;
    domain::TaskId m_saved = 0;
};

}  // namespace innodesk::gui
