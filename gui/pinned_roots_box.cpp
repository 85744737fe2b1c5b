// The pinned roots in Settings.
#include "pinned_roots_box.h"

#include "wx_text.h"

#include "app/pinned_trust.h"

#include <wx/intl.h>
#include <wx/statbox.h>

namespace innodesk::gui {

PinnedRootsBox::PinnedRootsBox(wxWindow* parent)
    : m_box(new wxStaticBoxSizer(wxVERTICAL, parent, _("Trusted roots pinned on this workstation"))) {
    m_where = new wxStaticText(m_box->GetStaticBox(), wxID_ANY, wxEmptyString);
    m_where->SetName("pinned_roots_where");
    m_box->Add(m_where, 0, wxEXPAND | wxALL, 6);
    m_list = new wxDataViewListCtrl(m_box->GetStaticBox(), wxID_ANY, wxDefaultPosition,
                                    parent->FromDIP(wxSize(-1, 120)));
    m_list->SetName("pinned_roots");
    m_list->AppendTextColumn(_("Root certificate"), wxDATAVIEW_CELL_INERT, parent->FromDIP(360));
    m_list->AppendTextColumn(_("Pinned in"), wxDATAVIEW_CELL_INERT, parent->FromDIP(300));
    m_list->AppendTextColumn(_("SHA-256"), wxDATAVIEW_CELL_INERT, parent->FromDIP(300));
    m_box->Add(m_list, 1, wxEXPAND | wxALL, 6);
    Reload();
}

void PinnedRootsBox::Reload() {
    const app::PinnedAnchors pinned = app::ReadPinnedAnchors();
    m_list->DeleteAllItems();
    for (const auto& anchor : pinned.anchors) {
        wxVector<wxVariant> values;
        values.push_back(U(anchor.subject));
        values.push_back(U(anchor.file.string()) + " (" + Say(app::AnchorSourceName(anchor.source)) + ")");
        values.push_back(U(anchor.fingerprint));
        m_list->AppendItem(values);
    }
    wxString where = Say(app::WhereToPin());
    for (const auto& refused : pinned.refused)
        where += "\n" + wxString::Format(_("Not used: %s: %s"), U(refused.file.string()), Say(refused.why));
    m_where->SetLabel(where);
    m_where->Wrap(m_box->GetStaticBox()->FromDIP(860));
}

}  // namespace innodesk::gui
