// A page that lists records of one kind in a table, filtered as you type (accents optional),
// with the page's own action buttons above it (and in the list's right-click menu) and export of
// what is shown. The columns fill the list's width; none is narrower than its header.
#pragma once

#include "page.h"
#include "table_cells.h"

#include <wx/dataview.h>
#include <wx/sizer.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>

#include <wx/menu.h>

#include <memory>
#include <optional>
#include <vector>

namespace innodesk::gui {

struct TableColumn {
    wxString title;
    int width = 120;
    ColumnKind kind = ColumnKind::Text;
    // A key the reader looks rows up by (a voucher's serial, a decision's number): keeps its width
    // while other text columns give up theirs, as numbers do.
    bool keep_width = false;
};

struct TableRow {
    std::int64_t id = 0;
    std::vector<TableCell> cells;
};

class TablePage : public Page {
public:
    void Reload() override;
    void FocusSearch() override { m_filter->SetFocus(); }
    bool CanExport() const override { return true; }
    void ExportView() override;  // CSV or XLSX, the rows shown, in the order shown

    wxDataViewListCtrl* List() { return m_list; }
    // The id of the selected row, if any.
    std::optional<std::int64_t> SelectedId() const;
    // Selects the record's row and scrolls to it; no row stays selected when it is not shown.
    void Select(std::int64_t id);
    // After the record was created or changed: reloads, clears a filter that would hide it and
    // selects and shows it, so that the next action applies to it and to nothing else.
    void ShowRecord(std::int64_t id);
    // The right-click menu: the page's actions, enabled as their buttons are.
    std::unique_ptr<wxMenu> ContextMenu() const;

protected:
    TablePage(wxWindow* parent, app::Workspace& session, std::vector<TableColumn> columns, const char* name);
    virtual std::vector<TableRow> LoadRows() = 0;
    // An action button: disabled with `why_not` as its tooltip when the role may not use it.
    wxButton* AddAction(const wxString& label, const char* name, bool allowed, const wxString& why_not,
                        std::function<void()> action);
    // A control of the page's own (a programme chooser, a year) on the filter box's line, before the
    // count, so that the actions below keep their room.
    void AddToBar(wxWindow* control);
    // Changes one cell of a loaded row, shown or filtered out: for what is worked out after the
    // list is shown (a signature's badge).
    void SetCell(std::int64_t id, std::size_t column, const TableCell& value);
    // LoadRows calls this when it stopped at `limit` rows, so the count says that more exist.
    void NoteLimitReached(std::size_t limit) { m_limit_reached = limit; }

private:
    void Fill();
    void ShowContextMenu(const wxDataViewEvent& event);
    std::string Folded(const TableRow& row) const;  // its cells as the filter matches them

    std::vector<TableColumn> m_columns;
    std::vector<TableRow> m_rows;
    std::vector<std::string> m_folded_rows;  // each row's cells folded for the filter, made once per load
    std::vector<std::int64_t> m_shown_ids;
    std::vector<std::size_t> m_shown_rows;  // the index in m_rows of each row shown, in the store's order
    std::size_t m_limit_reached = 0;
    std::vector<wxButton*> m_actions;
    wxSizer* m_top;  // the filter box, the page's own filters and the count
    wxSizer* m_bar;
    wxSearchCtrl* m_filter;
    wxStaticText* m_count;
    wxDataViewListCtrl* m_list;
    class SortableListStore* m_store;  // owned by m_list
};

}  // namespace innodesk::gui
