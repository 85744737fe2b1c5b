// Long work (generation, import, verifying everything) runs on a worker thread while a progress
// dialog that can be cancelled keeps the window alive. The work must use its own database
// connection: a SOCI session belongs to one thread.
#pragma once

#include "domain/progress.h"

#include <wx/window.h>

#include <functional>

namespace innodesk::gui {

// Runs `work` off the UI thread; returns when it ends. An exception thrown by the work (including
// Cancelled when the user pressed Cancel) is rethrown here, on the UI thread.
void RunInBackground(wxWindow* parent, const wxString& title, const wxString& message,
                     const std::function<void(domain::ProgressObserver&)>& work);

}  // namespace innodesk::gui
