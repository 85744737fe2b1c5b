// Enterprises: search as you type (accents, case and tone placement optional), filters by
// commune and by sector, a virtual list that stays instant at 100,000 rows, add and edit (Edit…,
// a double-click, Enter or the right-click menu), and export of the current view.
#pragma once

#include "enterprise_list_model.h"
#include "page.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/menu.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/timer.h>

#include <memory>

namespace innodesk::gui {

class EnterprisesPage final : public Page {
public:
    EnterprisesPage(wxWindow* parent, app::Workspace& session);

    wxString Title() const override { return _("Enterprises"); }
    void Reload() override;
    bool CanCreate() const override { return m_session.Is(domain::Role::Officer); }
    wxString CannotCreateReason() const override;
    void CreateRecord() override;
    void FocusSearch() override { m_search->SetFocus(); }
    bool CanExport() const override { return true; }
    void ExportView() override;

    wxSearchCtrl* SearchField() { return m_search; }
    wxChoice* CommuneFilter() { return m_commune; }
    wxChoice* SectorFilter() { return m_sector; }
    wxDataViewCtrl* List() { return m_list; }
    EnterpriseListModel& Model() { return *m_model; }
    // The right-click menu: New and Edit, enabled as their buttons are.
    std::unique_ptr<wxMenu> ContextMenu() const;

private:
    void EditSelected();
    // Edit is for the selected enterprise, by an officer.
    void UpdateActions();
    // After an enterprise was added or edited: selects and shows it, in the current search when
    // it is among the matches, else by searching its tax code (filters cleared).
    void ShowEnterprise(const domain::Enterprise& saved);
    // Reads the list again for the search and filters as they are now (F5 also re-reads the
    // communes the filter offers).
    void ShowMatches();
    void LoadCommunes();
    domain::EnterpriseFilter CurrentFilter() const;

    wxObjectDataPtr<EnterpriseListModel> m_model;
    wxSearchCtrl* m_search;
    wxChoice* m_commune;                  // "All communes", then each commune recorded, with its count
    wxChoice* m_sector;                   // "All sectors", then the VSIC 2018 sections
    std::vector<std::string> m_communes;  // as recorded, in the order of m_commune after its first item
    wxDataViewCtrl* m_list;
    wxButton* m_add;
    wxButton* m_edit;
    wxStaticText* m_count;
    wxTimer m_typing;
};

}  // namespace innodesk::gui
