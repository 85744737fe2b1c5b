// The reload-or-overwrite question.
#include "application_conflict_dialog.h"

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace innodesk::gui {

ConflictChoice AskReloadOrOverwrite(wxWindow* parent, const wxString& what_happened) {
    wxDialog dialog(parent, wxID_ANY, _("Changed by someone else"));
    dialog.SetName("application_conflict_dialog");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* message = new wxStaticText(&dialog, wxID_ANY, what_happened);
    message->SetName("conflict_message");
    message->Wrap(dialog.FromDIP(460));
    sizer->Add(message, 0, wxALL, 12);
    auto* question =
        new wxStaticText(&dialog, wxID_ANY,
                         _("Reload the stored application into the form (what you typed is lost), "
                           "or overwrite it with what you typed?"));
    question->Wrap(dialog.FromDIP(460));
    sizer->Add(question, 0, wxLEFT | wxRIGHT | wxBOTTOM, 12);
    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    // Neither choice is the default: Enter must not throw away someone's work by accident.
    const auto add = [&](const wxString& label, const char* name, int id) {
        auto* button = new wxButton(&dialog, id, label);
        button->SetName(name);
        button->Bind(wxEVT_BUTTON, [&dialog, id](wxCommandEvent&) { dialog.EndModal(id); });
        bar->Add(button, 0, wxLEFT, 6);
    };
    enum { kReload = wxID_HIGHEST + 1, kOverwrite };
    bar->AddStretchSpacer();
    add(_("Reload"), "reload", kReload);
    add(_("Overwrite"), "overwrite", kOverwrite);
    add(_("Keep editing"), "keep_editing", wxID_CANCEL);
    sizer->Add(bar, 0, wxEXPAND | wxALL, 12);
    dialog.SetSizerAndFit(sizer);
    switch (dialog.ShowModal()) {
        case kReload:
            return ConflictChoice::Reload;
        case kOverwrite:
            return ConflictChoice::Overwrite;
        default:
            return ConflictChoice::KeepEditing;
    }
}

}  // namespace innodesk::gui
