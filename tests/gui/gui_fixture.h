// What every GUI test case starts from: its own copy of a demo database (made once per run, with
// cheap scrypt parameters), sessions signed in with the demo accounts, real main windows over
// them, and the modal-dialog script. The windows are closed and the copy deleted at the end.
#pragma once

#include "gui_driver.h"

#include "app/workspace.h"
#include "gui/main_frame.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace innodesk::gui::testing {

class GuiFixture {
public:
    GuiFixture();
    ~GuiFixture();
    GuiFixture(const GuiFixture&) = delete;
    GuiFixture& operator=(const GuiFixture&) = delete;

    // Signed in through domain::UserService::SignIn with the demo account's password.
    app::Workspace& SignIn(const std::string& user_name);
    // A main window for that user, shown, as the program opens it after sign-in.
    MainFrame& OpenWindow(const std::string& user_name);
    MainFrame& OpenWindow(app::Workspace& session);
    // The administrator's session, for checking the database through the services afterwards.
    app::Workspace& Checker();

    ModalScript& Modals() { return m_modals; }
    const std::filesystem::path& DatabaseFile() const { return m_database; }
    std::filesystem::path DemoKeyFile(const std::string& approver_display_name) const;
    std::string DisplayName(const std::string& user_name) const;
    // Where screenshots go: the working directory (the build folder under CTest).
    static std::filesystem::path OutputDir();

private:
    std::filesystem::path m_folder;
    std::filesystem::path m_database;
    ModalScript m_modals;
    std::vector<std::unique_ptr<app::Workspace>> m_sessions;
    std::vector<MainFrame*> m_frames;  // owned by wx; destroyed before the sessions
    app::Workspace* m_checker = nullptr;
};

}  // namespace innodesk::gui::testing
