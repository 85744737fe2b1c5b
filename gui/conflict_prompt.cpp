// The reload-or-overwrite question after an optimistic-locking conflict.
#include "conflict_prompt.h"

#include "wx_text.h"

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace innodesk::gui {

ConflictChoice AskAboutConflict(wxWindow* parent, const domain::DomainError& conflict) {
    wxDialog dialog(parent, wxID_ANY, _("Changed by someone else"));
    dialog.SetName("conflict_dialog");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* message = new wxStaticText(&dialog, wxID_ANY, Say(conflict.Text()));
    message->SetName("conflict_message");
    message->Wrap(dialog.FromDIP(460));
    sizer->Add(message, 0, wxALL, 12);
    auto* question = new wxStaticText(
        &dialog, wxID_ANY,
        _("Reload the stored record (your changes in the form are dropped), or overwrite it with what "
          "the form shows?"));
    question->Wrap(dialog.FromDIP(460));
    sizer->Add(question, 0, wxLEFT | wxRIGHT | wxBOTTOM, 12);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->AddStretchSpacer();
    auto* reload = new wxButton(&dialog, wxID_ANY, _("Reload"));
    reload->SetName("reload");
    auto* overwrite = new wxButton(&dialog, wxID_ANY, _("Overwrite"));
    overwrite->SetName("overwrite");
    auto* cancel = new wxButton(&dialog, wxID_CANCEL, _("Cancel"));
    cancel->SetName("cancel");
    buttons->Add(reload, 0, wxRIGHT, 6);
    buttons->Add(overwrite, 0, wxRIGHT, 6);
    buttons->Add(cancel, 0);
    sizer->Add(buttons, 0, wxALL | wxEXPAND, 12);
    dialog.SetSizerAndFit(sizer);
    cancel->SetDefault();  // Enter never overwrites someone's work by accident
    reload->Bind(wxEVT_BUTTON, [&dialog](wxCommandEvent&) { dialog.EndModal(wxID_YES); });
    overwrite->Bind(wxEVT_BUTTON, [&dialog](wxCommandEvent&) { dialog.EndModal(wxID_NO); });
    switch (dialog.ShowModal()) {
        case wxID_YES:
            return ConflictChoice::Reload;
        case wxID_NO:
            return ConflictChoice::Overwrite;
        default:
            return ConflictChoice::KeepEditing;
    }
}

}  // namespace innodesk::gui
