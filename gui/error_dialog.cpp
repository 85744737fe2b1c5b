// Error dialogs.
#include "error_dialog.h"

#include "wx_text.h"

#include "domain/errors.h"

#include <wx/stockitem.h>

#include <cxxabi.h>

#include <cstdlib>
#include <memory>
#include <typeinfo>

namespace innodesk::gui {
namespace {

// "innodesk::domain::DomainError" rather than the mangled "N8innodesk6domain11DomainErrorE".
wxString TypeName(const std::exception& error) {
    const char* mangled = typeid(error).name();
    int status = 0;
    const std::unique_ptr<char, void (*)(void*)> readable(
        abi::__cxa_demangle(mangled, nullptr, nullptr, &status), std::free);
    return wxString::FromUTF8(status == 0 && readable ? readable.get() : mangled);
}

}  // namespace

std::unique_ptr<wxRichMessageDialog> MakeErrorDialog(wxWindow* parent, const std::exception& error) {
    wxString message;
    wxString title = _("InnoDesk cannot do this");
    wxString details;
    if (const auto* domain_error = dynamic_cast<const domain::DomainError*>(&error)) {
        message = Say(domain_error->Text());
        details =
            wxString::Format(_("Error code: %s"), U(std::string(domain::CodeName(domain_error->Code()))));
        if (!domain_error->Field().empty())
            details += "\n" + wxString::Format(_("Field: %s"), U(domain_error->Field()));
    } else {
        // Not one of InnoDesk's own refusals: its text comes from a library, in English, so it
        // goes behind Details for whoever looks into it.
        title = _("Unexpected error");
        message =
            _("Something unexpected stopped this action. Try it again; if it happens again, open "
              "Details and give what it says to the administrator.");
        details = wxString::Format(_("Message: %s"), U(error.what()));
    }
    details += "\n" + wxString::Format(_("Kind: %s"), TypeName(error));
    auto dialog = std::make_unique<wxRichMessageDialog>(parent, message, title, wxOK | wxICON_ERROR);
    dialog->SetName("error_dialog");
    dialog->ShowDetailedText(details);
    // Its own label, from our catalog: left to GTK, the button reads "OK" in every language.
    dialog->SetOKLabel(wxGetStockLabel(wxID_OK));
    return dialog;
}

void ShowError(wxWindow* parent, const std::exception& error) {
    MakeErrorDialog(parent, error)->ShowModal();
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
