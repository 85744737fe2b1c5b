// Enterprises page.
#include "enterprises_page.h"

#include "action_menu.h"
#include "column_fit.h"
#include "enterprise_dialog.h"
#include "error_dialog.h"
#include "file_choice.h"
#include "wx_text.h"

#include "domain/enterprise_service.h"
#include "domain/vsic_section.h"
#include "interchange/table_export.h"

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/sizer.h>
#include <wx/wupdlock.h>

namespace innodesk::gui {

EnterprisesPage::EnterprisesPage(wxWindow* parent, app::Workspace& session)
    : Page(parent, session), m_model(new EnterpriseListModel(session)), m_typing(this) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    m_search = new wxSearchCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(320, -1)));
    m_search->SetDescriptiveText(_("Search name, tax code, commune, province…"));
    m_search->SetName("enterprise_search");
    bar->Add(m_search, 0, wxRIGHT, 8);
    m_commune = new wxChoice(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(200, -1)));
    m_commune->SetName("enterprise_commune");
    m_commune->SetToolTip(_("Only the enterprises registered in this commune or ward"));
    bar->Add(m_commune, 0, wxRIGHT | wxALIGN_CENTER_VERTICAL, 8);
    m_sector = new wxChoice(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(220, -1)));
    m_sector->SetName("enterprise_sector");
    m_sector->SetToolTip(_("Only the enterprises whose VSIC 2018 code falls in this section"));
    m_sector->Append(_("All sectors"));
    for (const auto& section : domain::VsicSections())
        m_sector->Append(wxString::Format("%c — %s", section.letter, Say(section.vi, section.en)));
    m_sector->SetSelection(0);
    bar->Add(m_sector, 0, wxRIGHT | wxALIGN_CENTER_VERTICAL, 8);
    bar->AddStretchSpacer();
    m_add = new wxButton(this, wxID_ANY, _("New enterprise…"));
    m_add->SetName("new_enterprise");
    m_edit = new wxButton(this, wxID_ANY, _("Edit…"));
    m_edit->SetName("edit_enterprise");
    bar->Add(m_add, 0, wxLEFT, 8);
    bar->Add(m_edit, 0, wxLEFT, 8);
    sizer->Add(bar, 0, wxEXPAND | wxALL, 8);
    m_list =
        new wxDataViewCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxDV_ROW_LINES | wxDV_SINGLE);
    m_list->SetName("enterprise_list");
    m_list->AssociateModel(m_model.get());
    m_list->AppendTextColumn(_("Name"), EnterpriseListModel::kName, wxDATAVIEW_CELL_INERT, FromDIP(380));
    m_list->AppendTextColumn(_("Tax code"), EnterpriseListModel::kTaxCode, wxDATAVIEW_CELL_INERT,
                             FromDIP(130));
    m_list->AppendTextColumn(_("Commune / ward"), EnterpriseListModel::kCommune, wxDATAVIEW_CELL_INERT,
                             FromDIP(170));
    m_list->AppendTextColumn(_("Province"), EnterpriseListModel::kProvince, wxDATAVIEW_CELL_INERT,
                             FromDIP(120));
    m_list->AppendTextColumn(_("Legal form"), EnterpriseListModel::kLegalForm, wxDATAVIEW_CELL_INERT,
                             FromDIP(140));
    KeepColumnsFitted(
        *m_list, {{FromDIP(380)}, {FromDIP(130), false}, {FromDIP(170)}, {FromDIP(120)}, {FromDIP(140)}});
    sizer->Add(m_list, 1, wxEXPAND | wxLEFT | wxRIGHT, 8);
    // Below the list, where a long "first 5.000 matches — refine the search" has the room.
    m_count = new wxStaticText(this, wxID_ANY, wxEmptyString);
    m_count->SetName("enterprise_count");
    sizer->Add(m_count, 0, wxALL, 8);
    SetSizer(sizer);

    if (!CanCreate()) {
        m_add->Disable();
        m_add->SetToolTip(CannotCreateReason());
        m_edit->SetToolTip(CannotCreateReason());
    }
    UpdateActions();
    // Search as you type, once typing pauses: one query per pause rather than per key.
    m_search->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { m_typing.StartOnce(150); });
    m_search->Bind(wxEVT_SEARCHCTRL_SEARCH_BTN, [this](wxCommandEvent&) { ShowMatches(); });
    Bind(wxEVT_TIMER, [this](wxTimerEvent&) { ShowMatches(); });
    m_commune->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { ShowMatches(); });
    m_sector->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { ShowMatches(); });
    m_add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { CreateRecord(); });
    m_edit->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EditSelected(); });
    // A double-click or Enter on a row.
    m_list->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { EditSelected(); });
    m_list->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) { UpdateActions(); });
    m_list->Bind(wxEVT_DATAVIEW_ITEM_CONTEXT_MENU, [this](wxDataViewEvent& event) {
        // The row under the pointer is the one Edit applies to, as a left click would make it.
        if (event.GetItem().IsOk()) {
            m_list->UnselectAll();
            m_list->Select(event.GetItem());
            UpdateActions();
        }
        const auto menu = ContextMenu();
        PopupMenu(menu.get());
    });
}

std::unique_ptr<wxMenu> EnterprisesPage::ContextMenu() const {
    return ActionMenu({m_add, m_edit});
}

void EnterprisesPage::UpdateActions() {
    m_edit->Enable(CanCreate() && m_list->GetSelection().IsOk());
}

wxString EnterprisesPage::CannotCreateReason() const {
    return _("Only officers add and edit enterprises; your role reads them.");
}

void EnterprisesPage::Reload() {
    Attempt(this, [&] { LoadCommunes(); });
    ShowMatches();
}

void EnterprisesPage::LoadCommunes() {
    // The chosen commune stays chosen across a reload, even if it has no enterprise left.
    const domain::EnterpriseFilter before = CurrentFilter();
    const auto communes = m_session.Enterprises().Communes();
    wxWindowUpdateLocker freeze(m_commune);
    m_commune->Clear();
    m_communes.clear();
    m_commune->Append(_("All communes"));
    int selection = 0;
    for (const auto& commune : communes) {
        if (commune.commune == before.commune) selection = static_cast<int>(m_communes.size()) + 1;
        m_communes.push_back(commune.commune);
        m_commune->Append(wxString::Format("%s (%s)", U(commune.commune), Grouped(commune.enterprises)));
    }
    if (!before.commune.empty() && selection == 0) {
        m_communes.push_back(before.commune);
        m_commune->Append(wxString::Format("%s (0)", U(before.commune)));
        selection = static_cast<int>(m_communes.size());
    }
    m_commune->SetSelection(selection);
}

domain::EnterpriseFilter EnterprisesPage::CurrentFilter() const {
    domain::EnterpriseFilter filter;
    const int commune = m_commune->GetSelection();
    if (commune > 0 && static_cast<std::size_t>(commune) <= m_communes.size())
        filter.commune = m_communes[static_cast<std::size_t>(commune - 1)];
    const int sector = m_sector->GetSelection();
    if (sector > 0) filter.sector = domain::VsicSections()[static_cast<std::size_t>(sector - 1)].letter;
    return filter;
}

void EnterprisesPage::ShowMatches() {
    Attempt(this, [&] {
        const domain::EnterpriseFilter filter = CurrentFilter();
        const std::size_t count = m_model->SetQuery(S(m_search->GetValue()), filter);
        UpdateActions();
        const wxString digits = Grouped(static_cast<std::int64_t>(count));
        m_count->SetLabel(m_model->Truncated()
                              ? wxString::Format(_("first %s matches — refine the search"), digits)
                              : wxString::Format(_("%s enterprises"), digits));
    });
}

void EnterprisesPage::CreateRecord() {
    if (!CanCreate()) return;
    EnterpriseDialog dialog(this, m_session, std::nullopt);
    if (dialog.ShowModal() == wxID_OK) ShowEnterprise(dialog.Saved());
}

void EnterprisesPage::EditSelected() {
    if (!CanCreate()) return;
    const wxDataViewItem item = m_list->GetSelection();
    if (!item.IsOk()) return;
    const auto* enterprise = m_model->At(m_model->GetRow(item));
    if (!enterprise) return;
    EnterpriseDialog dialog(this, m_session, *enterprise);
    if (dialog.ShowModal() == wxID_OK) ShowEnterprise(dialog.Saved());
}

void EnterprisesPage::ShowEnterprise(const domain::Enterprise& saved) {
    Reload();
    auto row = m_model->RowOfMatch(saved.id);
    if (!row) {
        m_search->ChangeValue(U(saved.tax_code.Value()));
        m_commune->SetSelection(0);
        m_sector->SetSelection(0);
        ShowMatches();
        row = m_model->RowOfMatch(saved.id);
    }
    m_list->UnselectAll();
    if (row) {
        const wxDataViewItem item = m_model->GetItem(*row);
        m_list->Select(item);
        m_list->EnsureVisible(item);
    }
    UpdateActions();
}

void EnterprisesPage::ExportView() {
    const auto path = ChooseFile(this, {"export_file", _("Export the list"), "enterprises.xlsx",
                                        _("Excel workbook (*.xlsx)|*.xlsx|CSV, UTF-8 (*.csv)|*.csv"), true});
    if (!path) return;
    Attempt(this, [&] {
        interchange::XlsxSheet sheet{S(Title()),
                                     {S(_("Tax code")), S(_("Name")), S(_("Commune / ward")),
                                      S(_("Province")), S(_("Address")), S(_("Phone")), S(_("Email"))},
                                     {}};
        const unsigned count = m_model->GetCount();
        for (unsigned row = 0; row < count; ++row) {
            const auto* e = m_model->At(row);
            if (!e) continue;
            sheet.rows.push_back(
                {e->tax_code.Value(), e->name, e->commune, e->province, e->address, e->phone, e->email});
        }
        interchange::ExportTable(S(*path), sheet);
    });
}

}  // namespace innodesk::gui
