// Errors as the user sees them: what went wrong and what to do, in the window's language; never
// a crash. Domain errors carry their own sentences; anything else is said as it is.
#pragma once

#include <wx/window.h>

#include <functional>

namespace innodesk::gui {

void ShowError(wxWindow* parent, const std::exception& error);

// Runs `action`; an exception becomes an error dialog. Returns whether it succeeded.
bool Attempt(wxWindow* parent, const std::function<void()>& action);

}  // namespace innodesk::gui
