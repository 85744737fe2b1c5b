// The right-click menu of a list: the page's action buttons as menu items, each enabled as its
// button is (a disabled one says why in the status bar, as its button's tooltip does), and an
// item chosen does exactly what a click on its button does.
#pragma once

#include <wx/button.h>
#include <wx/menu.h>

#include <memory>
#include <vector>

namespace innodesk::gui {

std::unique_ptr<wxMenu> ActionMenu(const std::vector<wxButton*>& buttons);

}  // namespace innodesk::gui
