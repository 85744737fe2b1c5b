// List dialogs.
#include "list_dialog.h"

#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace innodesk::gui {

void ShowListDialog(wxWindow* parent, const wxString& title, const char* name, const wxString& heading,
                    const std::vector<TableColumn>& columns, const std::vector<std::vector<wxString>>& rows,
                    wxSize size) {
    wxDialog dialog(parent, wxID_ANY, title, wxDefaultPosition, wxDefaultSize,
                    wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER);
    dialog.SetName(wxString(name) + "_dialog");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    if (!heading.empty())
        sizer->Add(new wxStaticText(&dialog, wxID_ANY, heading), 0, wxLEFT | wxRIGHT | wxTOP, 8);
    auto* list = new wxDataViewListCtrl(&dialog, wxID_ANY, wxDefaultPosition, dialog.FromDIP(size));
    list->SetName(wxString(name) + "_list");
    for (const auto& column : columns)
        list->AppendTextColumn(column.title, wxDATAVIEW_CELL_INERT, dialog.FromDIP(column.width));
    for (const auto& row : rows) {
        wxVector<wxVariant> values;
        for (const auto& cell : row) values.push_back(cell);
        list->AppendItem(values);
    }
    sizer->Add(list, 1, wxEXPAND | wxALL, 8);
    sizer->Add(dialog.CreateStdDialogButtonSizer(wxOK), 0, wxALL | wxEXPAND, 8);
    dialog.SetSizerAndFit(sizer);
    dialog.ShowModal();
}

}  // namespace innodesk::gui
