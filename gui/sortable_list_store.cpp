// Sorting table rows by their keys.
#include "sortable_list_store.h"

#include <algorithm>
#include <numeric>

namespace innodesk::gui {

void SortableListStore::AppendRow(const wxVector<wxVariant>& values, std::vector<std::string> keys) {
    m_keys.push_back(std::move(keys));
    AppendItem(values);
}

void SortableListStore::SetCell(unsigned row, unsigned column, const wxVariant& value, std::string key) {
    if (row >= m_keys.size() || column >= m_keys[row].size()) return;
    m_keys[row][column] = std::move(key);
    SetValueByRow(value, row, column);
    RowValueChanged(row, column);
}

void SortableListStore::Clear() {
    DeleteAllItems();
    m_keys.clear();
}

int SortableListStore::CompareRows(unsigned first, unsigned second, unsigned column) const {
    if (first >= m_keys.size() || second >= m_keys.size()) return 0;
    const auto& a = m_keys[first];
    const auto& b = m_keys[second];
    if (column < a.size() && column < b.size())
        if (const int order = a[column].compare(b[column])) return order < 0 ? -1 : 1;
    // Equal keys keep the order the rows were loaded in, so a sort is stable and repeatable.
    return first < second ? -1 : first > second ? 1 : 0;
}

int SortableListStore::Compare(const wxDataViewItem& first, const wxDataViewItem& second, unsigned column,
                               bool ascending) const {
    const int order = CompareRows(GetRow(first), GetRow(second), column);
    return ascending ? order : -order;
}

std::vector<unsigned> SortableListStore::ViewOrder(const wxDataViewColumn* sorting) const {
    std::vector<unsigned> rows(m_keys.size());
    std::iota(rows.begin(), rows.end(), 0u);
    if (!sorting) return rows;
    const unsigned column = sorting->GetModelColumn();
    const bool ascending = sorting->IsSortOrderAscending();
    std::sort(rows.begin(), rows.end(), [&](unsigned a, unsigned b) {
        const int order = CompareRows(a, b, column);
        return ascending ? order < 0 : order > 0;
    });
    return rows;
}

}  // namespace innodesk::gui
