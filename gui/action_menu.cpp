// A list's right-click menu made of its page's action buttons.
#include "action_menu.h"

namespace innodesk::gui {

std::unique_ptr<wxMenu> ActionMenu(const std::vector<wxButton*>& buttons) {
    auto menu = std::make_unique<wxMenu>();
    for (wxButton* button : buttons) {
        if (!button->IsShown()) continue;
        wxMenuItem* item = menu->Append(wxID_ANY, button->GetLabel(), button->GetToolTipText());
        item->Enable(button->IsEnabled());
        // The button's own handler, as a click runs it: one place decides what the action does.
        menu->Bind(
            wxEVT_MENU,
            [button](wxCommandEvent&) {
                wxCommandEvent click(wxEVT_BUTTON, button->GetId());
                click.SetEventObject(button);
                button->HandleWindowEvent(click);
            },
            item->GetId());
    }
    return menu;
}

}  // namespace innodesk::gui
