// Tools › Verify a signed PDF…: any PDF, chosen or dropped onto the dialog, checked as `innodesk-cli
// pdf verify` checks it (app/pdf_verification.h): each signature's verdict, signer, time, the part of
// the file it covers, what was changed after it, its timestamp and the long-term material.
#pragma once

#include "app/workspace.h"
#include "signing/pades_verify.h"

#include <wx/dialog.h>

#include <optional>

class wxDataViewListCtrl;
class wxStaticText;
class wxTextCtrl;

namespace innodesk::gui {

class PdfVerifyDialog : public wxDialog {
public:
    PdfVerifyDialog(wxWindow* parent, app::Workspace& session);

    // Verifies `path` and shows the result (with a busy cursor); a file that cannot be read says why.
    void Open(const wxString& path);
    // For tests: the verification shown, if the last file could be read.
    const std::optional<signing::PdfVerification>& Verification() const { return m_verification; }

private:
    void Choose();
    void Show(const signing::PdfVerification& verification);
    void ShowDetails(int row);

    app::Workspace& m_session;
    std::optional<signing::PdfVerification> m_verification;
    wxStaticText* m_summary = nullptr;
    wxDataViewListCtrl* m_signatures = nullptr;
    wxTextCtrl* m_details = nullptr;
};

}  // namespace innodesk::gui
