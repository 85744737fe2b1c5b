// Ctrl+S in a form presses its Save button, as it does in every office program the officers
// know; nothing happens while the button is disabled (the form is not valid yet).
#pragma once

#include <wx/button.h>
#include <wx/dialog.h>

namespace innodesk::gui {

void AddSaveShortcut(wxDialog* dialog, wxButton* save);

}  // namespace innodesk::gui
