// The Ctrl+S shortcut.
#include "save_shortcut.h"

#include <wx/accel.h>

namespace innodesk::gui {

void AddSaveShortcut(wxDialog* dialog, wxButton* save) {
    const int id = wxWindow::NewControlId();
    wxAcceleratorEntry entries[1];
    entries[0].Set(wxACCEL_CTRL, 'S', id);
    dialog->SetAcceleratorTable(wxAcceleratorTable(1, entries));
    dialog->Bind(
        wxEVT_MENU,
        [save](wxCommandEvent&) {
            if (!save->IsEnabled()) return;
            wxCommandEvent click(wxEVT_BUTTON, save->GetId());
            click.SetEventObject(save);
            save->ProcessWindowEvent(click);
        },
        id);
}

}  // namespace innodesk::gui
