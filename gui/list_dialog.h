// A read-only list in a dialog of its own (a record's history, an event's attendance), with an
// optional line above it.
#pragma once

#include "table_page.h"

#include <wx/window.h>

#include <vector>

namespace innodesk::gui {

void ShowListDialog(wxWindow* parent, const wxString& title, const char* name, const wxString& heading,
                    const std::vector<TableColumn>& columns, const std::vector<std::vector<wxString>>& rows,
                    wxSize size = wxSize(760, 300));

}  // namespace innodesk::gui
