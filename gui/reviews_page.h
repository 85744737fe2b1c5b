// Reviews: a programme year's applications under review or recommended, ranked by the mean of
// their reviewers' weighted scores; each application's reviews criterion by criterion; and the
// council's workbook (the ranking, and every reviewer's per-criterion scores and comments) in XLSX.
#pragma once

#include "table_page.h"

#include "domain/programme.h"

#include <wx/choice.h>
#include <wx/spinctrl.h>

#include <vector>

namespace innodesk::gui {

class ReviewsPage final : public TablePage {
public:
    ReviewsPage(wxWindow* parent, app::Workspace& session);
    wxString Title() const override { return _("Reviews"); }

protected:
    std::vector<TableRow> LoadRows() override;

private:
    std::optional<domain::ProgrammeId> ChosenProgramme() const;
    void LoadProgrammes();
    void ShowScores();
    void ExportWorkbook();

    std::vector<domain::Programme> m_programmes;
    wxChoice* m_programme;
    wxSpinCtrl* m_year;
};

}  // namespace innodesk::gui
