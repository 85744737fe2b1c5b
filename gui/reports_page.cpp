// Reports page.
#include "reports_page.h"

#include "background_work.h"
#include "error_dialog.h"
#include "file_choice.h"
#include "form_dialog.h"
#include "wx_text.h"

#include "app/plan_report.h"

#include <wx/button.h>
#include <wx/dateevt.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/wrapsizer.h>

namespace innodesk::gui {
namespace {

wxString Paragraphs(const std::vector<reports::ReportParagraph>& paragraphs) {
    wxString text;
    for (const auto& paragraph : paragraphs) text += U(paragraph.text) + "\n\n";
    return text;
}

}  // namespace

ReportsPage::ReportsPage(wxWindow* parent, app::Workspace& session) : Page(parent, session) {
    SetName("reports");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* bar = new wxWrapSizer(wxHORIZONTAL);
    auto label = [this, bar](const wxString& text) {
        bar->Add(new wxStaticText(this, wxID_ANY, text), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT | wxBOTTOM, 4);
    };
    label(_("Plan:"));
    m_choice.emplace(this, session, ReportPeriods());
    bar->Add(m_choice->PlanControl(), 0, wxRIGHT | wxBOTTOM, 10);
    label(_("Period:"));
    bar->Add(m_choice->PeriodControl(), 0, wxRIGHT | wxBOTTOM, 10);
    label(_("As of:"));
    // The department's today (its time zone), not the machine's.
    m_as_of = new wxDatePickerCtrl(this, wxID_ANY, WxDate(session.Clock().Today()), wxDefaultPosition,
                                   wxDefaultSize, wxDP_DROPDOWN | wxDP_SHOWCENTURY);
    m_as_of->SetName("report_as_of");
    bar->Add(m_as_of, 0, wxRIGHT | wxBOTTOM, 10);
    label(_("Language:"));
    m_language = new wxChoice(this, wxID_ANY);
    m_language->SetName("report_language");
    m_language->Append(wxString::FromUTF8("Tiếng Việt"));
    m_language->Append("English");
    m_language->SetSelection(0);  // reports go to the province in Vietnamese unless asked otherwise
    bar->Add(m_language, 0, wxRIGHT | wxBOTTOM, 10);
    const struct {
        Format format;
        wxString label;
        const char* name;
    } exports[] = {{Format::Docx, _("Export DOCX…"), "report_docx"},
                   {Format::Pdf, _("Export PDF…"), "report_pdf"},
                   {Format::Xlsx, _("Export XLSX…"), "report_xlsx"},
                   {Format::Csv, _("Export CSV…"), "report_csv"}};
    for (const auto& e : exports) {
        auto* button = new wxButton(this, wxID_ANY, e.label);
        button->SetName(e.name);
        button->Bind(wxEVT_BUTTON, [this, format = e.format](wxCommandEvent&) {
            Attempt(this, [this, format] { Export(format); });
        });
        bar->Add(button, 0, wxRIGHT | wxBOTTOM, 6);
    }
    sizer->Add(bar, 0, wxEXPAND | wxALL, 8);

    // The officer's words, kept in the exported report under their headings.
    auto* words = new wxBoxSizer(wxHORIZONTAL);
    const auto officer_text = [this, words](const wxString& title, const char* name) {
        auto* column = new wxBoxSizer(wxVERTICAL);
        column->Add(new wxStaticText(this, wxID_ANY, title), 0, wxBOTTOM, 2);
        auto* text = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(-1, 60)),
                                    wxTE_MULTILINE);
        text->SetName(name);
        column->Add(text, 1, wxEXPAND);
        words->Add(column, 1, wxEXPAND | wxRIGHT, 8);
        return text;
    };
    m_difficulties =
        officer_text(_("Difficulties and obstacles (one paragraph a line):"), "report_difficulties");
    m_proposals =
        officer_text(_("Proposals and recommendations (one paragraph a line):"), "report_proposals");
    sizer->Add(words, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);

    m_narrative = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(-1, 150)),
                                 wxTE_MULTILINE | wxTE_READONLY | wxTE_RICH2);
    m_narrative->SetName("report_narrative");
    sizer->Add(m_narrative, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
    m_table = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxDV_ROW_LINES);
    m_table->SetName("report_table");
    sizer->Add(m_table, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
    SetSizer(sizer);

    auto rebuild = [this](wxCommandEvent&) { Attempt(this, [this] { BuildPreview(); }); };
    m_choice->PlanControl()->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
        m_choice->FillPeriods();
        Attempt(this, [this] { BuildPreview(); });
    });
    m_choice->PeriodControl()->Bind(wxEVT_CHOICE, rebuild);
    m_language->Bind(wxEVT_CHOICE, rebuild);
    m_as_of->Bind(wxEVT_DATE_CHANGED, [this](wxDateEvent&) { Attempt(this, [this] { BuildPreview(); }); });
}

void ReportsPage::Reload() {
    Attempt(this, [this] {
        m_choice->Reload();
        BuildPreview();
    });
}

void ReportsPage::BuildPreview() {
    m_document.reset();
    m_table->DeleteAllItems();
    m_table->ClearColumns();
    m_narrative->Clear();
    const auto* plan = m_choice->ChosenPlan();
    const auto period = m_choice->ChosenPeriod();
    if (!plan || !period) {
        m_narrative->SetValue(_("No plan is stored yet: import one on the Dashboard first."));
        return;
    }
    app::ReportRequest request;
    request.plan_code = plan->code;
    request.period = *period;
    request.as_of = DateOf(m_as_of);
    request.language =
        m_language->GetSelection() == 1 ? domain::Language::English : domain::Language::Vietnamese;
    request.difficulties = S(m_difficulties->GetValue());
    request.proposals = S(m_proposals->GetValue());
    m_document = app::DraftReport(app::SourceOf(m_session), request);
    m_narrative->SetValue(Paragraphs(m_document->before_table) + Paragraphs(m_document->after_table));
    for (const auto& column : m_document->table.columns)
        m_table->AppendTextColumn(U(column.header), wxDATAVIEW_CELL_INERT,
                                  FromDIP(static_cast<int>(column.width * 9)),
                                  column.align == reports::ColumnAlign::Right ? wxALIGN_RIGHT : wxALIGN_LEFT,
                                  wxDATAVIEW_COL_RESIZABLE);
    for (const auto& row : m_document->table.rows) {
        wxVector<wxVariant> values;
        for (const auto& cell : row.cells) values.push_back(U(cell.text));
        m_table->AppendItem(values);
    }
}

void ReportsPage::Export(Format format) {
    BuildPreview();  // with the difficulties and proposals as they are now
    if (!m_document) return;
    const auto* plan = m_choice->ChosenPlan();
    const auto period = m_choice->ChosenPeriod();
    if (!plan || !period) return;
    const std::string stem = plan->code + "-" + period->Code();
    const char* extension = format == Format::Docx   ? "docx"
                            : format == Format::Xlsx ? "xlsx"
                            : format == Format::Pdf  ? "pdf"
                                                     : "csv";
    const wxString wildcard = format == Format::Docx   ? _("Word document (*.docx)|*.docx")
                              : format == Format::Xlsx ? _("Excel workbook (*.xlsx)|*.xlsx")
                              : format == Format::Pdf  ? _("PDF document (*.pdf)|*.pdf")
                                                       : _("CSV, UTF-8 (*.csv)|*.csv");
    const auto path = ChooseFile(
        this, {"report_file", _("Export the report"), U(stem) + "." + wxString(extension), wildcard, true});
    if (!path) return;
    const reports::ReportDocument document = *m_document;
    const std::string target = S(*path);
    // Laying out a PDF of a long plan takes a moment: off the UI thread, with the window alive.
    RunInBackground(this, _("Export the report"), _("Writing the report…"),
                    [&](domain::ProgressObserver&) { app::WriteReportFile(document, extension, target); });
    wxMessageBox(wxString::Format(_("The report was written to %s."), *path), _("Export the report"),
                 wxOK | wxICON_INFORMATION, this);
}

}  // namespace innodesk::gui
