// Table pages.
#include "table_page.h"

#include "action_menu.h"
#include "column_fit.h"
#include "error_dialog.h"
#include "file_choice.h"
#include "sortable_list_store.h"
#include "wx_text.h"

#include "interchange/table_export.h"

#include <wx/button.h>
#include <wx/wrapsizer.h>

#include <algorithm>

namespace innodesk::gui {

TablePage::TablePage(wxWindow* parent, app::Workspace& session, std::vector<TableColumn> columns,
                     const char* name)
    : Page(parent, session), m_columns(std::move(columns)) {
    SetName(name);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    // The filters wrap onto another line in a narrow window rather than pushing the count out.
    auto* top = m_top = new wxWrapSizer(wxHORIZONTAL);
    m_filter = new wxSearchCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(260, -1)));
    m_filter->SetDescriptiveText(_("Filter…"));
    m_filter->SetName(wxString(name) + "_filter");
    top->Add(m_filter, 0, wxRIGHT | wxBOTTOM, 8);
    m_count = new wxStaticText(this, wxID_ANY, wxEmptyString);
    top->Add(m_count, 0, wxALIGN_CENTER_VERTICAL | wxBOTTOM, 8);
    sizer->Add(top, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 8);
    // The actions wrap onto more lines in a narrow window rather than running off its edge.
    m_bar = new wxWrapSizer(wxHORIZONTAL);
    sizer->Add(m_bar, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
    m_list = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                    wxDV_ROW_LINES | wxDV_SINGLE);
    m_list->SetName(wxString(name) + "_list");
    m_store = new SortableListStore;
    m_list->AssociateModel(m_store);
    m_store->DecRef();  // the control holds the reference now
    for (const auto& column : m_columns) {
        const auto align = column.kind == ColumnKind::Number || column.kind == ColumnKind::Money
                               ? wxALIGN_RIGHT
                               : wxALIGN_LEFT;
        m_list->AppendTextColumn(column.title, wxDATAVIEW_CELL_INERT, FromDIP(column.width), align,
                                 wxDATAVIEW_COL_RESIZABLE | wxDATAVIEW_COL_SORTABLE);
    }
    sizer->Add(m_list, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
    SetSizer(sizer);
    std::vector<ColumnFit> fits;
    for (const auto& column : m_columns)
        fits.push_back({FromDIP(column.width), column.kind == ColumnKind::Text && !column.keep_width});
    KeepColumnsFitted(*m_list, std::move(fits));
    m_filter->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { Fill(); });
    // Not row activation: what a double-click does is each page's own choice.
    m_list->Bind(wxEVT_DATAVIEW_ITEM_CONTEXT_MENU,
                 [this](wxDataViewEvent& event) { ShowContextMenu(event); });
}

std::unique_ptr<wxMenu> TablePage::ContextMenu() const {
    return ActionMenu(m_actions);
}

void TablePage::ShowContextMenu(const wxDataViewEvent& event) {
    // The row under the pointer is the one the actions apply to, as a left click would make it.
    if (event.GetItem().IsOk() && m_list->GetSelection() != event.GetItem()) {
        m_list->UnselectAll();
        m_list->Select(event.GetItem());
        wxDataViewEvent selected(wxEVT_DATAVIEW_SELECTION_CHANGED, m_list, event.GetItem());
        m_list->HandleWindowEvent(selected);
    }
    if (m_actions.empty()) return;
    const auto menu = ContextMenu();
    PopupMenu(menu.get());
}

wxButton* TablePage::AddAction(const wxString& label, const char* name, bool allowed, const wxString& why_not,
                               std::function<void()> action) {
    // As wide as its label: a page with a whole lifecycle of steps keeps them on two lines at 1280.
    auto* button = new wxButton(this, wxID_ANY, label, wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    // Exact fit alone lets GTK cut the label to "…": the label's own width and a margin each side.
    button->SetMinSize(wxSize(button->GetTextExtent(label).GetWidth() + FromDIP(22), -1));
    button->SetName(name);
    m_bar->Add(button, 0, wxRIGHT | wxBOTTOM, 6);
    m_actions.push_back(button);
    if (!allowed) {
        button->Disable();
        button->SetToolTip(why_not);
    }
    button->Bind(wxEVT_BUTTON,
                 [this, action = std::move(action)](wxCommandEvent&) { Attempt(this, action); });
    return button;
}

void TablePage::AddToBar(wxWindow* control) {
    m_top->Insert(m_top->GetItemCount() - 1, control, 0, wxRIGHT | wxBOTTOM | wxALIGN_CENTER_VERTICAL, 8);
}

void TablePage::Reload() {
    // The selection stays on the same record across a refresh.
    const auto selected = SelectedId();
    Attempt(this, [&] {
        m_limit_reached = 0;
        m_rows = LoadRows();
        m_folded_rows.clear();
        m_folded_rows.reserve(m_rows.size());
        for (const auto& row : m_rows) m_folded_rows.push_back(Folded(row));
        Fill();
    });
    if (selected) Select(*selected);
}

std::string TablePage::Folded(const TableRow& row) const {
    std::string haystack;
    for (const auto& cell : row.cells) haystack += S(cell.Text()) + " ";
    return m_session.Text().SearchFold(haystack);
}

void TablePage::SetCell(std::int64_t id, std::size_t column, const TableCell& value) {
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id != id || column >= m_rows[i].cells.size()) continue;
        m_rows[i].cells[column] = value;
        m_folded_rows[i] = Folded(m_rows[i]);
    }
    for (std::size_t shown = 0; shown < m_shown_ids.size(); ++shown)
        if (m_shown_ids[shown] == id)
            m_store->SetCell(static_cast<unsigned>(shown), static_cast<unsigned>(column), value.Text(),
                             value.SortKey(m_session.Text()));
}

void TablePage::Fill() {
    // The filter matches every word against the row's cells, folded (no accents, any case).
    std::vector<std::string> words;
    {
        const std::string folded = m_session.Text().SearchFold(S(m_filter->GetValue()));
        std::size_t start = 0;
        while (start < folded.size()) {
            const auto end = folded.find(' ', start);
            const auto word =
                folded.substr(start, end == std::string::npos ? std::string::npos : end - start);
            if (!word.empty()) words.push_back(word);
            if (end == std::string::npos) break;
            start = end + 1;
        }
    }
    m_list->Freeze();
    m_store->Clear();
    m_shown_ids.clear();
    m_shown_rows.clear();
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const auto& row = m_rows[i];
        if (!std::all_of(words.begin(), words.end(), [&](const std::string& word) {
                return m_folded_rows[i].find(word) != std::string::npos;
            }))
            continue;
        wxVector<wxVariant> values;
        std::vector<std::string> keys;
        for (std::size_t column = 0; column < row.cells.size(); ++column) {
            values.push_back(row.cells[column].Text());
            keys.push_back(row.cells[column].SortKey(m_session.Text()));
        }
        m_store->AppendRow(values, std::move(keys));
        m_shown_ids.push_back(row.id);
        m_shown_rows.push_back(i);
    }
    m_list->Thaw();
    wxString count =
        wxString::Format(_("%s of %s shown"), Grouped(static_cast<std::int64_t>(m_shown_ids.size())),
                         Grouped(static_cast<std::int64_t>(m_rows.size())));
    if (m_limit_reached)
        count +=
            " — " + wxString::Format(_("only the first %s were read: narrow the filters to see the rest"),
                                     Grouped(static_cast<std::int64_t>(m_limit_reached)));
    m_count->SetLabel(count);
}

std::optional<std::int64_t> TablePage::SelectedId() const {
    const int row = m_list->GetSelectedRow();
    if (row == wxNOT_FOUND || static_cast<std::size_t>(row) >= m_shown_ids.size()) return std::nullopt;
    return m_shown_ids[static_cast<std::size_t>(row)];
}

void TablePage::Select(std::int64_t id) {
    // Never the previous record left selected beside (or instead of) this one.
    m_list->UnselectAll();
    const auto shown = std::find(m_shown_ids.begin(), m_shown_ids.end(), id);
    if (shown == m_shown_ids.end()) return;
    const int row = static_cast<int>(shown - m_shown_ids.begin());
    m_list->SelectRow(static_cast<unsigned>(row));
    m_list->EnsureVisible(m_list->RowToItem(row));
}

void TablePage::ShowRecord(std::int64_t id) {
    Reload();
    if (std::find(m_shown_ids.begin(), m_shown_ids.end(), id) == m_shown_ids.end() &&
        !m_filter->GetValue().empty()) {
        m_filter->ChangeValue(wxEmptyString);
        Fill();
    }
    Select(id);
}

void TablePage::ExportView() {
    const auto path = ChooseFile(this, {"export_file", _("Export the list"), GetName() + ".xlsx",
                                        _("Excel workbook (*.xlsx)|*.xlsx|CSV, UTF-8 (*.csv)|*.csv"), true});
    if (!path) return;
    Attempt(this, [&] {
        interchange::XlsxSheet sheet;
        sheet.name = S(Title());
        for (const auto& column : m_columns) sheet.header.push_back(S(column.title));
        // The cells' own values in the order shown, not the shown text read back.
        for (const unsigned shown : m_store->ViewOrder(m_list->GetSortingColumn())) {
            const auto& row = m_rows[m_shown_rows[shown]];
            std::vector<interchange::XlsxCell> cells;
            for (std::size_t column = 0; column < m_columns.size(); ++column)
                cells.push_back(column < row.cells.size() ? row.cells[column].Xlsx() : std::string());
            sheet.rows.push_back(std::move(cells));
        }
        interchange::ExportTable(S(*path), sheet);
    });
}

}  // namespace innodesk::gui
