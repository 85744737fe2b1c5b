// Errors as the user sees them: what went wrong and what to do, in the window's language; never
// a crash. Domain errors carry their own sentences; the codes a developer needs (the error code,
// the field, the kind of exception) wait behind "Details", folded, so the message itself stays
// in the user's words.
#pragma once

#include <wx/richmsgdlg.h>
#include <wx/window.h>

#include <exception>
#include <functional>
#include <memory>

namespace innodesk::gui {

// The dialog ShowError shows, made but not shown: for ShowError and the tests.
std::unique_ptr<wxRichMessageDialog> MakeErrorDialog(wxWindow* parent, const std::exception& error);

void ShowError(wxWindow* parent, const std::exception& error);

// Runs `action`; an exception becomes an error dialog. Returns whether it succeeded.
bool Attempt(wxWindow* parent, const std::function<void()>& action);

}  // namespace innodesk::gui
