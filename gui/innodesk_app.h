// The desktop application: language, database, first run, sign-in, then the main window.
#pragma once

#include "main_frame.h"

#include "app/workspace.h"

#include <wx/app.h>
#include <wx/intl.h>

#include <memory>

namespace innodesk::gui {

class InnoDeskApp : public wxApp {
public:
    bool OnInit() override;
    int OnExit() override;
    void OnInitCmdLine(wxCmdLineParser& parser) override;
    bool OnCmdLineParsed(wxCmdLineParser& parser) override;
    bool OnExceptionInMainLoop() override;

    app::Workspace* CurrentSession() { return m_session.get(); }
    MainFrame* Frame() { return m_frame; }

private:
    void SetUpLanguage();
    // Date pickers show dd/mm/yyyy in both languages (the Vietnamese locale's time format).
    void UseDayFirstDates();
    // The first run: a new database at `target`, with its first administrator or the demo data.
    bool CreateDatabase(const persistence::DatabaseTarget& target);
    bool SignIn();
    void MeasureStartup();

    wxString m_db;
    wxString m_lang;
    wxString m_page;
    bool m_measure_startup = false;
    double m_sign_in_seconds = 0;
    std::unique_ptr<app::Workspace> m_session;
    std::unique_ptr<wxLocale> m_dates;
    MainFrame* m_frame = nullptr;  // owned by wx
};

}  // namespace innodesk::gui
