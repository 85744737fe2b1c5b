// Columns that fill their list: widths follow the window, text columns take what is left or give
// up room first (their text then ends in "…"), and no column is ever narrower than its header.
#pragma once

#include <wx/dataview.h>

#include <vector>

namespace innodesk::gui {

struct ColumnFit {
    int preferred = 120;    // device pixels, what the column wants when there is room
    bool stretches = true;  // text: grows and shrinks with the window; numbers keep their width
};

// The narrowest a column may be: its header's words, the sort arrow and the header's margins.
int HeaderWidth(wxDataViewCtrl& list, unsigned column);

// Sets the columns' widths for the list's width now: each at least its header; the rest of the
// width shared among stretching columns (then numbers) in proportion to their preferred widths.
void FitColumns(wxDataViewCtrl& list, const std::vector<ColumnFit>& columns);

// Fits the columns now and whenever the list's width changes; cut text ends in "…".
void KeepColumnsFitted(wxDataViewCtrl& list, std::vector<ColumnFit> columns);

}  // namespace innodesk::gui
