// Settings: the window's language and the database it opens (this workstation), and for
// administrators the trust store (CA certificates and CRLs) and the PKCS#11 module of the
// department's tokens and its time zone (kept in the database).
#pragma once

#include "page.h"

#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/textctrl.h>

namespace innodesk::gui {

class SettingsPage final : public Page {
public:
    SettingsPage(wxWindow* parent, Session& session);
    wxString Title() const override { return _("Settings"); }
    void Reload() override;

private:
    void AddTrustFile();
    void RemoveTrustItem();
    void SaveModule();
    // Checks the name against the zone database, stores it and sets this window's clock to it.
    void SaveTimeZone();
    void TestDatabase();
    void SaveDatabase();

    wxChoice* m_language;
    wxTextCtrl* m_database;
    wxTextCtrl* m_module;
    wxTextCtrl* m_time_zone;
    wxDataViewListCtrl* m_trust;
    std::vector<std::int64_t> m_trust_ids;
};

}  // namespace innodesk::gui
