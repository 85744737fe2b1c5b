// Start-up of the desktop application.
#include "innodesk_app.h"

#include "background_work.h"
#include "enterprises_page.h"
#include "error_dialog.h"
#include "first_run_dialog.h"
#include "sign_in_dialog.h"
#include "startup_probe.h"
#include "ui_language.h"
#include "workstation_database.h"
#include "wx_text.h"

#include "app/audit_checkpoint.h"
#include "app/common_passwords.h"
#include "app/demo_database.h"
#include "app/preferred_language.h"
#include "app/workspace.h"
#include "domain/department_province.h"
#include "domain/province.h"
#include "domain/user_service.h"

#include <wx/cmdline.h>
#include <wx/config.h>
#include <wx/intl.h>
#include <wx/msgdlg.h>

#include <algorithm>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string_view>
#include <utility>
#include <vector>

namespace innodesk::gui {

void InnoDeskApp::OnInitCmdLine(wxCmdLineParser& parser) {
    wxApp::OnInitCmdLine(parser);
    parser.AddOption(
        "", "db",
        "SQLite file or postgresql:// URI (default: $INNODESK_DB, else the database chosen in Settings, "
        "else the embedded database)");
    parser.AddOption("", "lang", "vi or en (default: Settings, else the system's language)");
    parser.AddOption("", "page", "Open at a page: enterprises, applications, decisions, audit, settings");
    parser.AddSwitch(
        "", "measure-startup",
        "For the benchmark: print the start-up time and memory once the window is usable and the "
        "enterprise list has scrolled to its end, then quit");
}

bool InnoDeskApp::OnCmdLineParsed(wxCmdLineParser& parser) {
    parser.Found("db", &m_db);
    parser.Found("lang", &m_lang);
    parser.Found("page", &m_page);
    m_measure_startup = parser.Found("measure-startup");
    return wxApp::OnCmdLineParsed(parser);
}

void InnoDeskApp::UseDayFirstDates() {
    // wx takes the pickers' format from its UI locale, which follows the C library's once a
    // wxLocale is set up; only the time category changes, so numbers, text and messages stay as
    // they were.
    if (!wxLocale::IsAvailable(wxLANGUAGE_VIETNAMESE)) return;  // the pickers keep the system's order
    m_dates = std::make_unique<wxLocale>();
    const std::string ctype = std::setlocale(LC_CTYPE, nullptr);
    const std::string numeric = std::setlocale(LC_NUMERIC, nullptr);
    const std::string messages = std::setlocale(LC_MESSAGES, nullptr);
    m_dates->Init(wxLANGUAGE_VIETNAMESE, wxLOCALE_DONT_LOAD_DEFAULT);
    std::setlocale(LC_CTYPE, ctype.c_str());
    std::setlocale(LC_NUMERIC, numeric.c_str());
    std::setlocale(LC_MESSAGES, messages.c_str());
}

void InnoDeskApp::SetUpLanguage() {
    wxString chosen = m_lang;
    if (chosen.empty()) chosen = wxConfigBase::Get()->Read("/Language", wxEmptyString);
    const bool vietnamese = app::PreferredLanguage(S(chosen)) == domain::Language::Vietnamese;
    const UiLanguageSetUp set_up =
        UseUiLanguage(vietnamese ? domain::Language::Vietnamese : domain::Language::English);
    if (!set_up.own_catalog)
        wxLogWarning("The Vietnamese catalog innodesk.mo was not found; the window shows English.");
    else if (!set_up.toolkit_catalog)
        wxLogWarning("The catalog innodesk-wx.mo was not found; standard buttons and dialogs show English.");
}

bool InnoDeskApp::OnInit() {
    // Strings in the source are UTF-8 ("…", "—"); wx converts them with the C library's
    // character set, which must therefore be UTF-8 even when the session's locale is plain C.
    if (const char* codeset = std::setlocale(LC_CTYPE, nullptr);
        !codeset || (std::string_view(codeset).find("UTF-8") == std::string_view::npos &&
                     std::string_view(codeset).find("utf8") == std::string_view::npos))
        std::setlocale(LC_CTYPE, "C.UTF-8");
    // Dates show as dd/mm/yyyy in both languages; the date pickers take their format from
    // LC_TIME, which writes the day first in a Vietnamese (or British) locale, if installed.
    if (!wxApp::OnInit()) return false;
    UseDayFirstDates();
    SetAppName("innodesk");
    SetVendorName("InnoDesk");
    SetUpLanguage();
    persistence::DatabaseTarget target;
    const bool ok = Attempt(nullptr, [&] {
        std::string location = S(m_db);
        if (location.empty())
            if (const char* env = std::getenv("INNODESK_DB"); env && *env) location = env;
        if (location.empty()) location = SavedDatabaseLocation().value_or("");
        target = location.empty() ? persistence::DatabaseTarget::Default()
                                  : persistence::DatabaseTarget::Parse(location);
    });
    if (!ok) return false;
    if (target.backend == persistence::Backend::Sqlite && !std::filesystem::exists(target.location)) {
        if (!CreateDatabase(target)) return false;
    }
    if (!Attempt(nullptr,
                 [&] { m_session = app::Workspace::Open(target, persistence::OpenMode::MustExist); }))
        return false;
    const double before_sign_in = SecondsSinceProcessStart();
    if (!SignIn()) return false;
    m_sign_in_seconds = SecondsSinceProcessStart() - before_sign_in;
    m_frame = new MainFrame(*m_session);
    if (!m_page.empty()) m_frame->ShowPage(m_page);
    m_frame->Show();
    // An SQLite trail rewritten or cut short since the last signature is said on every start.
    if (const auto warning = app::CheckpointWarningOnOpening(
            m_session->Target(), m_session->Store(), [this] { return m_session->VerifierForDisplay(); }))
        CallAfter([this, text = Say(*warning)] {
            wxMessageBox(text, _("Audit checkpoint"), wxOK | wxICON_WARNING, m_frame);
        });
    if (m_measure_startup) CallAfter([this] { MeasureStartup(); });
    return true;
}

bool InnoDeskApp::CreateDatabase(const persistence::DatabaseTarget& target) {
    const text::IcuTextRules text;                             // no database yet, so no workspace either
    std::vector<std::pair<std::string, std::string>> ordered;  // Vietnamese alphabetical order
    const domain::ProvinceDirectory directory(text);
    for (const auto& unit : directory.Units()) ordered.emplace_back(text.SortKey(unit.name), unit.name);
    std::sort(ordered.begin(), ordered.end());
    std::vector<std::string> provinces;
    for (auto& [key, name] : ordered) provinces.push_back(std::move(name));
    domain::CommonPasswords common;
    if (!Attempt(nullptr, [&] { common = app::LoadCommonPasswords(text); })) return false;
    FirstRunDialog dialog(nullptr, U(target.Describe()), provinces, text, common);
    if (dialog.ShowModal() != wxID_OK) return false;
    if (dialog.WantsDemo()) {
        return Attempt(nullptr, [&] {
            std::filesystem::create_directories(std::filesystem::path(target.location).parent_path());
            RunInBackground(nullptr, _("New database"), _("Creating the demo database…"),
                            [&](domain::ProgressObserver& progress) {
                                const auto workspace =
                                    app::Workspace::Open(target, persistence::OpenMode::CreateIfMissing);
                                demo::DemoSpec spec;
                                spec.enterprises = 2000;
                                spec.seed = 2026;
                                app::CreateDemoDatabase(workspace->Store(), workspace->Text(),
                                                        workspace->Clock(), workspace->Hasher(), spec,
                                                        app::DefaultDemoPkiDir(target.location), &progress);
                            });
            wxMessageBox(
                _("The demo database is ready. Sign in with one of the demo accounts listed in the README, "
                  "e.g. canbo.an (officer) or lanhdao.binh (approver)."),
                _("New database"), wxOK | wxICON_INFORMATION);
        });
    }
    return Attempt(nullptr, [&] {
        std::filesystem::create_directories(std::filesystem::path(target.location).parent_path());
        const auto workspace = app::Workspace::Open(target, persistence::OpenMode::CreateIfMissing);
        domain::SetDepartmentProvinceAtSetUp(workspace->Store(), workspace->Text(), dialog.Province());
        workspace->Users().CreateFirstAdmin(
            {dialog.AdminName(), dialog.AdminDisplayName(), domain::Role::Admin, dialog.AdminPassword()});
    });
}

bool InnoDeskApp::SignIn() {
    // For scripted runs (the GUI tests and the screenshot script) the same variables as
    // innodesk-cli's sign the user in without the dialog.
    const char* user = std::getenv("INNODESK_USER");
    const char* password = std::getenv("INNODESK_PASSWORD");
    if (user && *user && password && *password) {
        return Attempt(nullptr, [&] { m_session->SignIn(user, password); });
    }
    SignInDialog dialog(nullptr, *m_session);
    return dialog.ShowModal() == wxID_OK;
}

void InnoDeskApp::MeasureStartup() {
    // Called from the event loop once the window is up: the window is usable now. The password
    // check (scrypt, about a second by design, whatever the database) is reported apart.
    const double startup = SecondsSinceProcessStart() - m_sign_in_seconds;
    if (auto* page = m_frame->FindPage<EnterprisesPage>()) {
        m_frame->ShowPage("enterprises");
        const unsigned rows = page->Model().GetCount();
        if (rows > 0) page->List()->EnsureVisible(page->Model().GetItem(rows - 1));
        m_frame->Update();
        wxYield();
    }
    std::printf("%s sign_in_seconds=%.3f\n", StartupReport(startup).c_str(), m_sign_in_seconds);
    std::fflush(stdout);
    m_frame->Close(true);
}

int InnoDeskApp::OnExit() {
    m_session.reset();
    return wxApp::OnExit();
}

bool InnoDeskApp::OnExceptionInMainLoop() {
    // An exception that escaped an event handler: say it and keep the window alive.
    try {
        throw;
    } catch (const std::exception& error) {
        ShowError(GetTopWindow(), error);
    }
    return true;
}

}  // namespace innodesk::gui
