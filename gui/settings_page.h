// Settings: the window's language, the database it opens and the PKCS#11 module of its signing
// tokens (this workstation: the module is shown, it is set in the workstation's files, never in the
// database), and for administrators the trust store (CA certificates and CRLs) and the
// department's time zone (kept in the database).
#pragma once

#include "page.h"

#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace innodesk::gui {

class SettingsPage final : public Page {
public:
    SettingsPage(wxWindow* parent, app::Workspace& session);
    wxString Title() const override { return _("Settings"); }
    void Reload() override;

private:
    void AddTrustFile();
    void RemoveTrustItem();
    void ShowModule();
    // Checks the name against the zone database, stores it and sets this window's clock to it.
    void SaveTimeZone();
    void TestDatabase();
    void SaveDatabase();

    wxChoice* m_language;
    wxTextCtrl* m_database;
    wxStaticText* m_module;
    wxTextCtrl* m_time_zone;
    wxDataViewListCtrl* m_trust;
    std::vector<std::int64_t> m_trust_ids;
};

}  // namespace innodesk::gui
