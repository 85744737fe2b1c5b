// Table pages.
#include "table_page.h"

#include "error_dialog.h"
#include "wx_text.h"

#include "interchange/csv_writer.h"

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/wrapsizer.h>

#include <fstream>

namespace innodesk::gui {

TablePage::TablePage(wxWindow* parent, Session& session, std::vector<TableColumn> columns, const char* name)
    : Page(parent, session), m_columns(std::move(columns)) {
    SetName(name);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    m_filter = new wxSearchCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(260, -1)));
    m_filter->SetDescriptiveText(_("Filter…"));
    m_filter->SetName(wxString(name) + "_filter");
    top->Add(m_filter, 0, wxRIGHT, 8);
    m_count = new wxStaticText(this, wxID_ANY, wxEmptyString);
    top->Add(m_count, 1, wxALIGN_CENTER_VERTICAL);
    sizer->Add(top, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 8);
    // The actions wrap onto more lines in a narrow window rather than running off its edge.
    m_bar = new wxWrapSizer(wxHORIZONTAL);
    sizer->Add(m_bar, 0, wxEXPAND | wxALL, 8);
    m_list = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxDV_ROW_LINES | wxDV_SINGLE);
    m_list->SetName(wxString(name) + "_list");
    for (const auto& column : m_columns)
        m_list->AppendTextColumn(column.title, wxDATAVIEW_CELL_INERT, FromDIP(column.width), wxALIGN_LEFT,
                                 wxDATAVIEW_COL_RESIZABLE);
    sizer->Add(m_list, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 8);
    SetSizer(sizer);
    m_filter->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { Fill(); });
}

wxButton* TablePage::AddAction(const wxString& label, const char* name, bool allowed, const wxString& why_not,
                               std::function<void()> action) {
    auto* button = new wxButton(this, wxID_ANY, label);
    button->SetName(name);
    m_bar->Add(button, 0, wxRIGHT | wxBOTTOM, 6);
    if (!allowed) {
        button->Disable();
        button->SetToolTip(why_not);
    }
    button->Bind(wxEVT_BUTTON, [this, action = std::move(action)](wxCommandEvent&) { Attempt(this, action); });
    return button;
}

void TablePage::Reload() {
    // The selection stays on the same record across a refresh.
    const auto selected = SelectedId();
    Attempt(this, [&] {
        m_rows = LoadRows();
        Fill();
    });
    if (selected) Select(*selected);
}


void TablePage::Fill() {
    // The filter matches every word against the row's cells, folded (no accents, any case).
    std::vector<std::string> words;
    {
        const std::string folded = m_session.text.SearchFold(S(m_filter->GetValue()));
        std::size_t start = 0;
        while (start < folded.size()) {
            const auto end = folded.find(' ', start);
            const auto word = folded.substr(start, end == std::string::npos ? std::string::npos : end - start);
            if (!word.empty()) words.push_back(word);
            if (end == std::string::npos) break;
            start = end + 1;
        }
    }
    m_list->DeleteAllItems();
    m_shown_ids.clear();
    for (const auto& row : m_rows) {
        if (!words.empty()) {
            std::string haystack;
            for (const auto& cell : row.cells) haystack += S(cell) + " ";
            haystack = m_session.text.SearchFold(haystack);
            bool all = true;
            for (const auto& word : words) all = all && haystack.find(word) != std::string::npos;
            if (!all) continue;
        }
        wxVector<wxVariant> values;
        for (const auto& cell : row.cells) values.push_back(cell);
        m_list->AppendItem(values);
        m_shown_ids.push_back(row.id);
    }
    m_count->SetLabel(wxString::Format(_("%s of %s shown"), Grouped(static_cast<std::int64_t>(m_shown_ids.size())),
                                       Grouped(static_cast<std::int64_t>(m_rows.size()))));
}

std::optional<std::int64_t> TablePage::SelectedId() const {
    const int row = m_list->GetSelectedRow();
    if (row == wxNOT_FOUND || static_cast<std::size_t>(row) >= m_shown_ids.size()) return std::nullopt;
    return m_shown_ids[static_cast<std::size_t>(row)];
}

void TablePage::Select(std::int64_t id) {
    for (std::size_t i = 0; i < m_shown_ids.size(); ++i)
        if (m_shown_ids[i] == id) {
            m_list->SelectRow(static_cast<unsigned>(i));
            m_list->EnsureVisible(m_list->RowToItem(static_cast<int>(i)));
        }
}

void TablePage::ExportView() {
    wxFileDialog ask(this, _("Export the list"), wxEmptyString, GetName() + ".csv", _("CSV (*.csv)|*.csv"),
                     wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (ask.ShowModal() != wxID_OK) return;
    Attempt(this, [&] {
        std::vector<std::string> header;
        for (const auto& column : m_columns) header.push_back(S(column.title));
        std::vector<std::vector<std::string>> rows;
        for (unsigned row = 0; row < static_cast<unsigned>(m_list->GetItemCount()); ++row) {
            std::vector<std::string> cells;
            for (unsigned column = 0; column < m_columns.size(); ++column)
                cells.push_back(S(m_list->GetTextValue(row, column)));
            rows.push_back(std::move(cells));
        }
        std::ofstream out(S(ask.GetPath()), std::ios::binary);
        interchange::WriteCsv(out, header, rows);
    });
}

}  // namespace innodesk::gui
