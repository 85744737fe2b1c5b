// The rows of a table page, with one sort key per cell, so that clicking a column header orders
// the rows by what the cells mean (see table_cells.h) instead of by their characters.
#pragma once

#include <wx/dataview.h>

#include <string>
#include <vector>

namespace innodesk::gui {

class SortableListStore : public wxDataViewListStore {
public:
    void AppendRow(const wxVector<wxVariant>& values, std::vector<std::string> keys);
    // Changes one cell of a row already shown, with its sort key.
    void SetCell(unsigned row, unsigned column, const wxVariant& value, std::string key);
    void Clear();

    int Compare(const wxDataViewItem& first, const wxDataViewItem& second, unsigned column,
                bool ascending) const override;

    // The store's rows in the order the view shows them when sorted by `sorting` (or in
    // their own order when nullptr).
    std::vector<unsigned> ViewOrder(const wxDataViewColumn* sorting) const;

private:
    int CompareRows(unsigned first, unsigned second, unsigned column) const;
    std::vector<std::vector<std::string>> m_keys;
};

}  // namespace innodesk::gui
