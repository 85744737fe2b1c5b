// One task's file under the Tasks page's list: its outputs and co-funding, milestones, tranches,
// acceptance, transfer and uses, history (steps and extensions) and linked applications, one tab
// each, read-only.
#pragma once

#include "app/workspace.h"
#include "domain/task_service.h"

#include <wx/dataview.h>
#include <wx/notebook.h>
#include <wx/panel.h>
#include <wx/stattext.h>

#include <vector>

namespace innodesk::gui {

class TaskFilePanel final : public wxPanel {
public:
    TaskFilePanel(wxWindow* parent, app::Workspace& session);
    void Show(const domain::TaskFile& file);
    void Clear();

private:
    wxDataViewListCtrl* AddList(const wxString& tab, const char* name,
                                const std::vector<std::pair<wxString, int>>& columns, wxStaticText** heading);

    app::Workspace& m_session;
    std::vector<wxStaticText*> m_lines;  // code and title; lead; contract and payments
    wxNotebook* m_tabs;
    wxStaticText* m_funding_heading = nullptr;
    wxDataViewListCtrl* m_outputs;
    wxDataViewListCtrl* m_milestones;
    wxDataViewListCtrl* m_tranches;
    wxStaticText* m_acceptance = nullptr;
    wxDataViewListCtrl* m_uses;
    wxDataViewListCtrl* m_history;
    wxDataViewListCtrl* m_applications;
};

}  // namespace innodesk::gui
