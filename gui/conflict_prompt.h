// What to do when a record was changed by someone else while it was being edited: the domain's
// message says who changed it and when; the officer reloads the stored record, overwrites it with
// the form, or goes back to the form as it is.
#pragma once

#include "domain/errors.h"

#include <wx/window.h>

namespace innodesk::gui {

enum class ConflictChoice { Reload, Overwrite, KeepEditing };

// A dialog named "conflict_dialog" with the buttons "reload", "overwrite" and "cancel" (Cancel keeps the form
// as it is).
ConflictChoice AskAboutConflict(wxWindow* parent, const domain::DomainError& conflict);

}  // namespace innodesk::gui
