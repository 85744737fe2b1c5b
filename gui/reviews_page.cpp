// Reviews page.
#include "reviews_page.h"

#include "enterprise_cache.h"
#include "error_dialog.h"
#include "file_choice.h"
#include "list_dialog.h"
#include "wx_text.h"

#include "domain/enterprise_service.h"
#include "domain/programme_service.h"
#include "domain/review_service.h"
#include "reports/council_workbook.h"

#include <wx/stattext.h>

namespace innodesk::gui {
namespace {

wxString Percent(const std::optional<domain::ScorePercent>& score) {
    return score ? U(score->Format(CurrentLanguage())) + " %" : wxString();
}

std::string CriterionLabel(const domain::ReviewCriterion& criterion) {
    return CurrentLanguage() == domain::Language::Vietnamese ? criterion.label_vi : criterion.label_en;
}

// A criterion's score as "7/10", or empty when the review has no score for it yet.
wxString ScoreOf(const domain::Review& review, const domain::ReviewCriterion& criterion) {
    for (const auto& score : review.scores)
        if (score.code == criterion.code) return wxString::Format("%d/%d", score.score, criterion.max_score);
    return {};
}

// "Passes", "Fails (problem 5.5 < 6; overall 62.0% < 70%)"; empty when the rubric sets no marks.
wxString PassMarksText(const domain::PassMarks& marks) {
    if (marks.verdict == domain::PassVerdict::NoPassMarks) return {};
    return Say(domain::DescribePassMarks(marks));
}

// The column always says how the application stands: "No pass marks set" rather than nothing.
wxString PassMarksCell(const domain::PassMarks& marks) {
    return Say(domain::DescribePassMarks(marks));
}

wxString ConflictText(const domain::Review& review) {
    return review.has_conflict ? _("Conflict: ") + U(review.conflict_note) : _("None declared");
}

}  // namespace

ReviewsPage::ReviewsPage(wxWindow* parent, app::Workspace& session)
    : TablePage(parent, session,
                {{_("Rank"), 55, ColumnKind::Number},
                 {"#", 50, ColumnKind::Number},
                 {_("Enterprise"), 240},
                 {_("Proposal title"), 260},
                 {_("Mean score"), 95, ColumnKind::Decimal},
                 {_("Reviews counted"), 110, ColumnKind::Number},
                 {_("Conflicts"), 80, ColumnKind::Number},
                 {_("Pass marks"), 200},
                 {_("State"), 130}},
                "reviews") {
    AddToBar(new wxStaticText(this, wxID_ANY, _("Programme:")));
    m_programme = new wxChoice(this, wxID_ANY);
    m_programme->SetName("reviews_programme");
    m_programme->SetMinSize(FromDIP(wxSize(260, -1)));
    AddToBar(m_programme);
    AddToBar(new wxStaticText(this, wxID_ANY, _("Year:")));
    const int this_year = m_session.Clock().Today().Year();
    // Its own best width: GTK draws the − and + buttons beside the digits, and a narrower box
    // squeezed them out of sight.
    m_year = new wxSpinCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS,
                            2000, 2100, this_year);
    m_year->SetMinSize(m_year->GetBestSize());
    m_year->SetName("reviews_year");
    AddToBar(m_year);
    AddAction(_("Scores…"), "scores", true, {}, [this] { ShowScores(); });
    AddAction(_("Export the council's workbook (XLSX)…"), "export_scores", true, {},
              [this] { ExportWorkbook(); });
    m_programme->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { Reload(); });
    m_year->Bind(wxEVT_SPINCTRL, [this](wxCommandEvent&) { Reload(); });
}

void ReviewsPage::LoadProgrammes() {
    if (!m_programmes.empty()) return;
    m_programmes = m_session.Programmes().List();
    for (const auto& programme : m_programmes)
        m_programme->Append(U(programme.code + " — " + programme.name));
    if (!m_programmes.empty()) m_programme->SetSelection(0);
}

std::optional<domain::ProgrammeId> ReviewsPage::ChosenProgramme() const {
    const int chosen = m_programme->GetSelection();
    if (chosen == wxNOT_FOUND || static_cast<std::size_t>(chosen) >= m_programmes.size()) return std::nullopt;
    return m_programmes[static_cast<std::size_t>(chosen)].id;
}

std::vector<TableRow> ReviewsPage::LoadRows() {
    LoadProgrammes();
    const auto programme = ChosenProgramme();
    if (!programme) return {};
    const auto ranking = m_session.Reviews().Ranking(*programme, m_year->GetValue());
    EnterpriseCache enterprises(m_session);
    enterprises.Preload(ranking, [](const auto& entry) { return entry.application.enterprise_id; });
    std::vector<TableRow> rows;
    for (const auto& entry : ranking) {
        const auto& a = entry.application;
        rows.push_back(
            {a.id,
             {entry.rank ? TableCell::Number(entry.rank) : TableCell(), TableCell::Number(a.id),
              U(enterprises.Get(a.enterprise_id).name), U(a.title),
              entry.mean ? TableCell::Score(*entry.mean) : TableCell(), TableCell::Number(entry.counted),
              TableCell::Number(entry.conflicts), PassMarksCell(entry.pass_marks),
              EnumLabel(domain::ApplicationLifecycle().states, a.state)}});
    }
    return rows;
}

void ReviewsPage::ShowScores() {
    const auto id = SelectedId();
    if (!id) return;
    const auto reviews = m_session.Reviews().Show(*id);
    std::vector<TableColumn> columns{{_("Reviewer"), 110}, {_("Conflict of interest"), 160}};
    for (const auto& criterion : reviews.rubric.criteria)
        columns.push_back({U(CriterionLabel(criterion)) + wxString::Format(" (×%d)", criterion.weight), 90});
    columns.push_back({_("Weighted score"), 100});
    columns.push_back({_("Comment"), 260});
    std::vector<std::vector<wxString>> rows;
    for (const auto& result : reviews.reviews) {
        std::vector<wxString> row{U(result.review.reviewer), ConflictText(result.review)};
        for (const auto& criterion : reviews.rubric.criteria)
            row.push_back(ScoreOf(result.review, criterion));
        row.push_back(Percent(result.weighted));
        row.push_back(U(result.review.comment));
        rows.push_back(std::move(row));
    }
    wxString heading =
        wxString::Format(_("Mean of %d counted reviews: %s; %d declared a conflict."), reviews.counted,
                         reviews.mean ? Percent(reviews.mean) : _("not yet scored"), reviews.conflicts);
    if (const wxString marks = PassMarksText(reviews.pass_marks); !marks.empty())
        heading += " " + wxString::Format(_("Pass marks: %s."), marks);
    ShowListDialog(this, wxString::Format(_("Reviews of application %lld"), static_cast<long long>(*id)),
                   "scores", heading, columns, rows, wxSize(1000, 320));
}

void ReviewsPage::ExportWorkbook() {
    const auto programme = ChosenProgramme();
    if (!programme) return;
    const int year = m_year->GetValue();
    const auto path = ChooseFile(
        this, {"export_scores_file", _("Export the council's workbook"),
               wxString::Format("reviews-%d.xlsx", year), _("Excel workbook (*.xlsx)|*.xlsx"), true});
    if (!path) return;
    Attempt(this, [&] {
        auto service = m_session.Reviews();
        auto enterprises = m_session.Enterprises();
        reports::WriteCouncilWorkbook(reports::GatherCouncilWorkbook(service, enterprises, *programme, year),
                                      CurrentLanguage(), S(*path));
    });
}

}  // namespace innodesk::gui
