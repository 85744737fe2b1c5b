// The application view.
#include "application_view.h"

#include "application_disburse_dialog.h"
#include "table_page.h"  // TableColumn
#include "verification_badge.h"
#include "wx_text.h"

#include "domain/application_service.h"
#include "domain/decision_service.h"
#include "domain/enterprise_service.h"
#include "domain/programme_service.h"
#include "domain/review_service.h"

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/notebook.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace innodesk::gui {
namespace {

// The file tab: labelled values in sections.
class Facts {
public:
    explicit Facts(wxWindow* parent) : m_parent(parent), m_grid(new wxFlexGridSizer(2, 4, 12)) {
        m_grid->AddGrowableCol(1);
    }
    void Section(const wxString& title) {
        auto* heading = new wxStaticText(m_parent, wxID_ANY, title);
        heading->SetFont(heading->GetFont().Bold());
        m_grid->Add(heading, 0, wxTOP, m_grid->IsEmpty() ? 0 : 8);
        m_grid->AddSpacer(0);
    }
    void Add(const wxString& label, const char* name, const wxString& value) {
        m_grid->Add(new wxStaticText(m_parent, wxID_ANY, label), 0, wxLEFT, 12);
        auto* text = new wxStaticText(m_parent, wxID_ANY, value.empty() ? wxString::FromUTF8("—") : value);
        text->SetName(name);
        text->Wrap(m_parent->FromDIP(300));
        m_grid->Add(text, 1, wxEXPAND);
    }
    wxFlexGridSizer* Grid() const { return m_grid; }

private:
    wxWindow* m_parent;
    wxFlexGridSizer* m_grid;
};

wxString Amount(const domain::Money& amount) {
    return TableCell::Amount(amount).Text();
}

wxString DateText(const std::optional<domain::CalendarDate>& date) {
    return date ? U(date->Format()) : wxString();
}

wxDataViewListCtrl* NewList(wxWindow* parent, const char* name, const std::vector<TableColumn>& columns) {
    auto* list = new wxDataViewListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxDV_ROW_LINES);
    list->SetName(name);
    for (const auto& column : columns)
        list->AppendTextColumn(column.title, wxDATAVIEW_CELL_INERT, parent->FromDIP(column.width),
                               column.kind == ColumnKind::Money ? wxALIGN_RIGHT : wxALIGN_LEFT,
                               wxDATAVIEW_COL_RESIZABLE);
    return list;
}

void AddRow(wxDataViewListCtrl* list, const std::vector<wxString>& cells) {
    wxVector<wxVariant> values;
    for (const auto& cell : cells) values.push_back(cell);
    list->AppendItem(values);
}

// A tab: a line saying what the list adds up to, then the list.
wxPanel* ListTab(wxNotebook* book, const wxString& heading, const char* heading_name,
                 wxDataViewListCtrl*& list, const char* list_name, const std::vector<TableColumn>& columns) {
    auto* panel = new wxPanel(book);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* line = new wxStaticText(panel, wxID_ANY, heading);
    line->SetName(heading_name);
    line->Wrap(panel->FromDIP(860));
    sizer->Add(line, 0, wxALL, 8);
    list = NewList(panel, list_name, columns);
    sizer->Add(list, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
    panel->SetSizer(sizer);
    return panel;
}

}  // namespace

ApplicationView::ApplicationView(wxWindow* parent, app::Workspace& session, domain::ApplicationId id)
    : wxDialog(parent, wxID_ANY, wxString::Format(_("Application %lld"), static_cast<long long>(id)),
               wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
    SetName("application_view_dialog");
    auto applications = session.Applications();
    const auto a = applications.Get(id);
    const auto enterprise = session.Enterprises().Get(a.enterprise_id);
    wxString programme_name;
    for (const auto& programme : session.Programmes().List())
        if (programme.id == a.programme_id) programme_name = U(programme.code + " — " + programme.name);
    const auto payments = applications.Disbursements(id);
    const auto totals = TotalsOf(a, payments);

    auto* book = new wxNotebook(this, wxID_ANY);
    book->SetName("application_view_tabs");

    // The file.
    auto* file = new wxScrolledWindow(book, wxID_ANY);
    file->SetScrollRate(0, FromDIP(10));
    // Two columns, so that the whole file shows at 1280×800 without scrolling: who asks and for
    // what on the left, what was decided and paid on the right.
    Facts facts(file), outcome(file);
    facts.Section(_("Enterprise"));
    facts.Add(_("Name"), "view_enterprise", U(enterprise.name));
    facts.Add(_("Tax code"), "view_tax_code", U(enterprise.tax_code.Value()));
    facts.Section(_("Request"));
    facts.Add(_("Proposal title"), "view_title", U(a.title));
    facts.Add(_("Programme"), "view_programme", programme_name);
    facts.Add(_("Year"), "view_year", wxString::Format("%d", a.year));
    facts.Add(_("Support content"), "view_content", EnumLabel(domain::SupportContents(), a.content));
    facts.Add(_("Requested"), "view_requested", Amount(a.requested_amount));
    facts.Add(_("Co-funding"), "view_co_funding", Amount(a.co_funding_amount));
    facts.Add(_("State"), "view_state", EnumLabel(domain::ApplicationLifecycle().states, a.state));
    facts.Add(_("Submitted on"), "view_submitted_on", DateText(a.submitted_on));
    outcome.Section(_("Decision"));
    if (a.decision_id) {
        auto decisions = session.Decisions();
        const auto decision = decisions.Get(*a.decision_id);
        outcome.Add(_("Number"), "view_decision", U(decision.number));
        outcome.Add(_("Date"), "view_decision_date", U(decision.date.Format()));
        outcome.Add(_("Kind"), "view_decision_kind", EnumLabel(domain::DecisionKinds(), decision.kind));
        outcome.Add(_("Signer"), "view_decision_signer", U(decision.signer_name));
        outcome.Add(_("Signature"), "view_verdict",
                    VerificationBadge(decisions.Verify(decision, *session.VerifierForDisplay())));
    } else {
        outcome.Add(_("Number"), "view_decision", _("No decision yet"));
    }
    if (a.approved_amount) {
        wxString approved = Amount(*a.approved_amount);
        if (a.original_approved_amount && *a.original_approved_amount != *a.approved_amount)
            approved += " " + wxString::Format(_("(first approved %s)"), Amount(*a.original_approved_amount));
        outcome.Add(_("Approved"), "view_approved", approved);
    }
    outcome.Section(_("Contract"));
    outcome.Add(_("Contract number"), "view_contract", U(a.contract_number));
    outcome.Add(_("Signed on"), "view_contract_signed_on", DateText(a.contract_signed_on));
    outcome.Add(_("Ends on"), "view_contract_ends_on", DateText(a.contract_ends_on));
    outcome.Add(_("Already paid"), "view_paid", Amount(totals.paid));
    outcome.Add(_("Remaining"), "view_remaining", a.approved_amount ? Amount(totals.remaining) : wxString());
    auto* file_sizer = new wxBoxSizer(wxHORIZONTAL);
    file_sizer->Add(facts.Grid(), 1, wxEXPAND | wxALL, 12);
    file_sizer->Add(outcome.Grid(), 1, wxEXPAND | wxALL, 12);
    file->SetSizer(file_sizer);
    book->AddPage(file, _("File"));

    // The reviews and their pass marks.
    const auto reviews = session.Reviews().Show(id);
    wxString review_heading = wxString::Format(
        _("Mean of %d counted reviews: %s; %d declared a conflict."), reviews.counted,
        reviews.mean ? U(reviews.mean->Format(CurrentLanguage())) + " %" : _("not yet scored"),
        reviews.conflicts);
    if (reviews.pass_marks.verdict != domain::PassVerdict::NoPassMarks)
        review_heading +=
            " " + wxString::Format(_("Pass marks: %s."), Say(domain::DescribePassMarks(reviews.pass_marks)));
    wxDataViewListCtrl* review_list = nullptr;
    book->AddPage(ListTab(book, review_heading, "view_review_summary", review_list, "view_reviews",
                          {{_("Reviewer"), 140},
                           {_("Conflict of interest"), 200},
                           {_("Weighted score"), 120},
                           {_("Comment"), 380}}),
                  _("Reviews"));
    for (const auto& result : reviews.reviews)
        AddRow(review_list,
               {U(result.review.reviewer),
                result.review.has_conflict ? _("Conflict: ") + U(result.review.conflict_note)
                                           : _("None declared"),
                result.weighted ? U(result.weighted->Format(CurrentLanguage())) + " %" : wxString(),
                U(result.review.comment)});

    // The payments against the signed amount.
    wxDataViewListCtrl* payment_list = nullptr;
    book->AddPage(ListTab(book,
                          wxString::Format(_("Signed %s; paid %s; remaining %s."), Amount(totals.approved),
                                           Amount(totals.paid), Amount(totals.remaining)),
                          "view_payment_summary", payment_list, "view_payments",
                          {{_("Paid on"), 110},
                           {_("Amount"), 150, ColumnKind::Money},
                           {_("Treasury reference"), 220},
                           {_("Recorded by"), 140}}),
                  _("Payments"));
    for (const auto& payment : payments)
        AddRow(payment_list,
               {U(payment.paid_on.Format()), Amount(payment.amount), U(payment.reference), U(payment.actor)});

    // The history.
    wxDataViewListCtrl* history_list = nullptr;
    const auto history = applications.History(id);
    book->AddPage(
        ListTab(book, wxString::Format(_("%d steps in its history."), static_cast<int>(history.size())),
                "view_history_summary", history_list, "view_history",
                {{_("When"), 140}, {_("From"), 150}, {_("To"), 150}, {_("Who"), 120}, {_("Note"), 260}}),
        _("History"));
    for (const auto& t : history)
        AddRow(history_list, {U(session.Clock().FormatMoment(t.at_unix)),
                              EnumLabel(domain::ApplicationLifecycle().states, t.from),
                              EnumLabel(domain::ApplicationLifecycle().states, t.to), U(t.actor), U(t.note)});

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* heading =
        new wxStaticText(this, wxID_ANY, wxString::Format(_("%s — %s"), U(enterprise.name), U(a.title)));
    heading->SetFont(heading->GetFont().Bold());
    heading->Wrap(FromDIP(900));
    sizer->Add(heading, 0, wxALL, 12);
    sizer->Add(book, 1, wxEXPAND | wxLEFT | wxRIGHT, 12);
    auto* close = new wxButton(this, wxID_CLOSE, _("Close"));
    close->SetName("close_view");
    close->SetDefault();
    sizer->Add(close, 0, wxALIGN_RIGHT | wxALL, 12);
    SetSizer(sizer);
    SetSize(FromDIP(wxSize(960, 620)));
    SetEscapeId(wxID_CLOSE);
    close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CLOSE); });
    CentreOnParent();
}

}  // namespace innodesk::gui
