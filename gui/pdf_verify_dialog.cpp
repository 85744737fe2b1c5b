// The dialog verifying a signed PDF.
#include "pdf_verify_dialog.h"

#include "file_choice.h"
#include "wx_text.h"

#include "app/database_verifier.h"
#include "app/pdf_verification.h"
#include "domain/errors.h"

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/dnd.h>
#include <wx/filename.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/utils.h>

namespace innodesk::gui {
namespace {

using signing::PdfSignatureReport;
using signing::Verdict;

// A PDF dropped anywhere on the dialog is verified as if chosen.
class PdfDropTarget : public wxFileDropTarget {
public:
    explicit PdfDropTarget(PdfVerifyDialog& dialog) : m_dialog(dialog) {}
    bool OnDropFiles(wxCoord, wxCoord, const wxArrayString& files) override {
        if (files.empty()) return false;
        m_dialog.Open(files[0]);
        return true;
    }

private:
    PdfVerifyDialog& m_dialog;
};

wxString VerdictLabel(Verdict verdict) {
    switch (verdict) {
        case Verdict::Valid:
            return _("Valid");
        case Verdict::Indeterminate:
            return _("Indeterminate");
        case Verdict::Invalid:
            return _("Invalid");
    }
    return {};
}

wxString Coverage(const PdfSignatureReport& s) {
    if (s.covers_whole_file) return _("The whole file");
    if (!s.byte_range_ok) return _("Byte range not valid");
    return _("An earlier revision");
}

wxString ChangesAfter(const PdfSignatureReport& s) {
    if (s.covers_whole_file || !s.byte_range_ok) return _("None");
    std::size_t refused = 0;
    for (const auto& change : s.changes_after) refused += change.allowed ? 0 : 1;
    if (refused > 0) return wxString::Format(_("Modified after signing (%zu changes)"), refused);
    return wxString::Format(_("%zu allowed changes"), s.changes_after.size());
}

}  // namespace

PdfVerifyDialog::PdfVerifyDialog(wxWindow* parent, app::Workspace& session)
    : wxDialog(parent, wxID_ANY, _("Verify a signed PDF"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_session(session) {
    SetName("pdf_verify_dialog");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    auto* choose = new wxButton(this, wxID_ANY, _("&Choose a PDF…"));
    choose->SetName("pdf_verify_choose");
    choose->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Choose(); });
    top->Add(choose, 0, wxRIGHT | wxALIGN_CENTER_VERTICAL, 8);
    top->Add(new wxStaticText(this, wxID_ANY, _("or drop a PDF file onto this window.")), 0,
             wxALIGN_CENTER_VERTICAL);
    sizer->Add(top, 0, wxALL, 8);
    m_summary = new wxStaticText(this, wxID_ANY, wxString());
    m_summary->SetName("pdf_verify_summary");
    sizer->Add(m_summary, 0, wxEXPAND | wxLEFT | wxRIGHT, 8);
    m_signatures = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(1100, 200)));
    m_signatures->SetName("pdf_verify_signatures");
    m_signatures->AppendTextColumn(_("Signature field"), wxDATAVIEW_CELL_INERT, FromDIP(110));
    m_signatures->AppendTextColumn(_("Verdict"), wxDATAVIEW_CELL_INERT, FromDIP(100));
    m_signatures->AppendTextColumn(_("Signer"), wxDATAVIEW_CELL_INERT, FromDIP(190));
    m_signatures->AppendTextColumn(_("Signing time (signer's claim)"), wxDATAVIEW_CELL_INERT, FromDIP(150));
    m_signatures->AppendTextColumn(_("Covers"), wxDATAVIEW_CELL_INERT, FromDIP(140));
    m_signatures->AppendTextColumn(_("Changes after it"), wxDATAVIEW_CELL_INERT, FromDIP(260));
    m_signatures->AppendTextColumn(_("Timestamp"), wxDATAVIEW_CELL_INERT, FromDIP(150));
    m_signatures->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED,
                       [this](wxDataViewEvent&) { ShowDetails(m_signatures->GetSelectedRow()); });
    sizer->Add(m_signatures, 1, wxEXPAND | wxALL, 8);
    m_details = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(1100, 220)),
                               wxTE_MULTILINE | wxTE_READONLY);
    m_details->SetName("pdf_verify_details");
    sizer->Add(m_details, 1, wxEXPAND | wxLEFT | wxRIGHT, 8);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->AddStretchSpacer();
    buttons->Add(new wxButton(this, wxID_OK, _("Close")));
    sizer->Add(buttons, 0, wxEXPAND | wxALL, 8);
    SetSizerAndFit(sizer);
    SetDropTarget(new PdfDropTarget(*this));
    m_summary->SetLabel(_("Choose a signed PDF to check its signatures."));
}

void PdfVerifyDialog::Choose() {
    const auto path = ChooseFile(this, {"pdf_verify_file", _("Verify a signed PDF"), wxString(),
                                        _("PDF documents (*.pdf)|*.pdf;*.PDF"), false});
    if (path) Open(*path);
}

void PdfVerifyDialog::Open(const wxString& path) {
    wxBusyCursor busy;
    m_verification.reset();
    m_signatures->DeleteAllItems();
    m_details->Clear();
    try {
        const signing::TrustStore store = app::DatabaseTrustStore(m_session.Store(), m_session.Clock());
        const signing::PreparedTrustStore trust(store);
        m_verification = app::VerifyPdfFile(std::filesystem::path(S(path)), trust, store.ca_pems);
    } catch (const domain::DomainError& error) {
        m_summary->SetLabel(path + "\n" + Say(error.Text()));
        m_summary->Wrap(FromDIP(1100));
        Layout();
        return;
    }
    Show(*m_verification);
    SetTitle(_("Verify a signed PDF") + " — " + wxFileName(path).GetFullName());
}

void PdfVerifyDialog::Show(const signing::PdfVerification& v) {
    std::size_t valid = 0;
    for (const auto& s : v.signatures) valid += s.verdict == Verdict::Valid ? 1 : 0;
    wxString summary =
        v.signatures.empty()
            ? _("This PDF has no digital signature.")
            : wxString::Format(_("%zu signatures: %zu valid, %zu not valid. %zu revisions."),
                               v.signatures.size(), valid, v.signatures.size() - valid, v.revisions);
    summary += " ";
    summary +=
        v.long_term.dss_present
            ? wxString::Format(_("Long-term material (DSS): %zu certificates, %zu CRLs, %zu OCSP responses."),
                               v.long_term.certificates, v.long_term.crls, v.long_term.ocsps)
            : _("No long-term material (DSS).");
    if (const auto note = app::PdfTrustNote(); !note.en.empty()) summary += "\n" + Say(note);
    m_summary->SetLabel(summary);
    m_summary->Wrap(FromDIP(1100));
    for (const auto& s : v.signatures) {
        wxVector<wxVariant> row;
        row.push_back(U(s.field_name));
        row.push_back(VerdictLabel(s.verdict));
        row.push_back(U(s.signer_subject));
        row.push_back(s.claimed_time_unix ? U(m_session.Clock().FormatMoment(s.claimed_time_unix))
                                          : _("None"));
        row.push_back(Coverage(s));
        row.push_back(ChangesAfter(s));
        row.push_back(s.timestamp.present && s.timestamp.gen_time_unix
                          ? U(m_session.Clock().FormatMoment(s.timestamp.gen_time_unix)) + " (" +
                                VerdictLabel(s.timestamp.verdict) + ")"
                          : _("None"));
        m_signatures->AppendItem(row);
    }
    if (!v.signatures.empty()) {
        m_signatures->SelectRow(0);
        ShowDetails(0);
    }
    Layout();
}

void PdfVerifyDialog::ShowDetails(int row) {
    if (!m_verification || row < 0 || row >= static_cast<int>(m_verification->signatures.size())) return;
    const PdfSignatureReport& s = m_verification->signatures[static_cast<std::size_t>(row)];
    wxString text = wxString::Format("%s «%s» (%s): %s\n", _("Signature"), U(s.field_name), U(s.sub_filter),
                                     VerdictLabel(s.verdict));
    text += Say(s.explanation) + "\n";
    if (!s.signer_subject.empty())
        text +=
            _("Signer:") + " " + U(s.signer_subject) + "  SHA-256 " + U(s.signer_fingerprint_sha256) + "\n";
    if (s.cms_signing_time_unix)
        text += _("Signing time in the signature (CMS):") + " " +
                U(m_session.Clock().FormatMoment(s.cms_signing_time_unix)) + "\n";
    text +=
        _("Timestamp:") + " " +
        (s.timestamp.present ? Say(s.timestamp.note) : _("none; the signing time is the signer's claim")) +
        "\n";
    wxString range;
    for (const auto value : s.byte_range) range += wxString::Format("%lld ", static_cast<long long>(value));
    text += _("Signed byte range:") + " [" + range.Trim() + "], " + Coverage(s) + "\n";
    if (s.docmdp_permission)
        text += wxString::Format(_("Certifying signature (DocMDP), P=%d"), s.docmdp_permission) + "\n";
    if (m_verification->long_term.dss_present)
        text += _("DSS:") + " " +
                (s.chain_in_dss ? _("the signer's chain is in it") : _("the signer's chain is not in it")) +
                ", " + (s.crl_in_dss ? _("a CRL for it is in it") : _("no CRL for it")) + "\n";
    if (!s.changes_after.empty()) {
        text += _("Changes after this signature:") + "\n";
        for (const auto& change : s.changes_after)
            text += (change.allowed ? "  + " : "  ! ") + Say(change.description) + "\n";
    }
    m_details->SetValue(text);
}

}  // namespace innodesk::gui
