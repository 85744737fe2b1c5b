// Error dialogs.
#include "error_dialog.h"

#include "wx_text.h"

#include "domain/errors.h"

#include <wx/msgdlg.h>

namespace innodesk::gui {

void ShowError(wxWindow* parent, const std::exception& error) {
    wxString message;
    wxString title = _("InnoDesk cannot do this");
    if (const auto* domain_error = dynamic_cast<const domain::DomainError*>(&error)) {
        message = Say(domain_error->Text());
        message += "\n\n[" + U(std::string(domain::CodeName(domain_error->Code()))) + "]";
    } else {
        title = _("Unexpected error");
        message = U(error.what());
    }
    wxMessageDialog dialog(parent, message, title, wxOK | wxICON_ERROR);
    dialog.ShowModal();
}

bool Attempt(wxWindow* parent, const std::function<void()>& action) {
    try {
        action();
        return true;
    } catch (const std::exception& error) {
        ShowError(parent, error);
        return false;
    }
}

}  // namespace innodesk::gui
