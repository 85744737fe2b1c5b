// Reports: a plan's quarterly, half-year or annual report as an administrative document — the
// officer's summary above the table of targets and work items (STT, content, product or result,
// lead and cooperating units, timing, assessment), the difficulties and proposals the officer
// writes here — previewed and written as DOCX, PDF, XLSX or CSV, in Vietnamese or English.
#pragma once

#include "page.h"
#include "plan_period_choice.h"

#include "domain/period.h"
#include "domain/target_service.h"
#include "reports/report_document.h"

#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/datectrl.h>
#include <wx/textctrl.h>

#include <optional>
#include <vector>

namespace innodesk::gui {

class ReportsPage final : public Page {
public:
    ReportsPage(wxWindow* parent, app::Workspace& session);
    wxString Title() const override { return _("Reports"); }
    void Reload() override;

    // The report the preview shows, for the tests.
    const std::optional<reports::ReportDocument>& Shown() const { return m_document; }

private:
    enum class Format { Docx, Pdf, Xlsx, Csv };
    void BuildPreview();
    void Export(Format format);

    std::optional<PlanPeriodChoice> m_choice;  // made in the constructor, once the page exists
    std::optional<reports::ReportDocument> m_document;
    wxChoice* m_language;
    wxDatePickerCtrl* m_as_of;
    wxTextCtrl* m_difficulties;
    wxTextCtrl* m_proposals;
    wxTextCtrl* m_narrative;
    wxDataViewListCtrl* m_table;
};

}  // namespace innodesk::gui
