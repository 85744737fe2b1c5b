// Asked when a correction meets a change someone else saved meanwhile: the domain's sentence (who
// changed the application and when), then reload the stored record, overwrite it, or go back to
// the form as typed.
#pragma once

#include <wx/window.h>

namespace innodesk::gui {

enum class ConflictChoice { Reload, Overwrite, KeepEditing };

ConflictChoice AskReloadOrOverwrite(wxWindow* parent, const wxString& what_happened);

}  // namespace innodesk::gui
