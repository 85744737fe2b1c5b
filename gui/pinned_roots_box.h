// Settings' list of the roots pinned on this workstation (app/pinned_trust.h), shown apart from the
// database's trust store: these, and only these, are what a signature must chain to.
#pragma once

#include <wx/dataview.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace innodesk::gui {

class PinnedRootsBox {
public:
    // Builds the box on `parent` (its list is named "pinned_roots") and fills it.
    explicit PinnedRootsBox(wxWindow* parent);
    wxStaticBoxSizer* Sizer() const { return m_box; }
    // Reads the pin folders again (an administrator may have pinned a root meanwhile).
    void Reload();

private:
    wxStaticBoxSizer* m_box;
    wxDataViewListCtrl* m_list;
    wxStaticText* m_where;
};

}  // namespace innodesk::gui
