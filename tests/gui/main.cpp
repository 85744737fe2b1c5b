// Entry point of the GUI tests. wx starts as the program starts it, then Catch runs inside wx's
// main loop, so that timers, CallAfter, modal loops and repaints work as they do for a user.
// Listing the tests (CTest's discovery) needs no display and does not start wx.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "gui_driver.h"

#include "gui/wx_text.h"

#include <wx/app.h>
#include <wx/image.h>

#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

int g_argc = 0;
char** g_argv = nullptr;

class GuiTestApp final : public wxApp {
public:
    bool OnInit() override {
        // As InnoDeskApp::OnInit: wx converts the UTF-8 string literals with the C library.
        std::setlocale(LC_CTYPE, "C.UTF-8");
        SetAppName("innodesk-gui-tests");
        SetExitOnFrameDelete(false);  // the test cases open and close windows; Catch decides the end
        innodesk::gui::SetCurrentLanguage(innodesk::domain::Language::English);
        wxInitAllImageHandlers();
        return true;  // not wxApp::OnInit: the command line is Catch's
    }

    int OnRun() override {
        CallAfter([this] {
            m_result = Catch::Session().run(g_argc, g_argv);
            ExitMainLoop();
        });
        wxApp::OnRun();
        // A failure wx reported after the last test case's checks still fails the run.
        const auto late = innodesk::gui::testing::TakeGuiFailures();
        for (const auto& failure : late)
            std::fprintf(stderr, "GUI failure outside a test: %s\n", failure.c_str());
        return late.empty() ? m_result : 1;
    }

    // A wx assertion is a bug in the code under test: it fails the test instead of opening a
    // dialog that nobody will close.
    void OnAssertFailure(const wxChar* file, int line, const wxChar* function, const wxChar* condition,
                         const wxChar* message) override {
        innodesk::gui::testing::RecordGuiFailure("wx assertion " + wxString(condition).utf8_string() +
                                                 " failed in " + wxString(function).utf8_string() + " (" +
                                                 wxString(file).utf8_string() + ":" + std::to_string(line) +
                                                 "): " + wxString(message).utf8_string());
    }

    bool OnExceptionInMainLoop() override {
        try {
            throw;
        } catch (const std::exception& error) {
            innodesk::gui::testing::RecordGuiFailure(std::string("exception reached the event loop: ") +
                                                     error.what());
        } catch (...) {
            innodesk::gui::testing::RecordGuiFailure("unknown exception reached the event loop");
        }
        return true;
    }

private:
    int m_result = 1;
};

}  // namespace

int main(int argc, char** argv) {
    g_argc = argc;
    g_argv = argv;
    for (int i = 1; i < argc; ++i)
        if (std::string_view(argv[i]).starts_with("--list")) return Catch::Session().run(argc, argv);
    const char* display = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    if ((!display || !*display) && (!wayland || !*wayland)) {
        std::fprintf(stderr, "The GUI tests need a display: run them with ctest, or under xvfb-run -a.\n");
        return 2;
    }
    // No accessibility bus under Xvfb: without this GTK waits for it and warns.
    setenv("NO_AT_BRIDGE", "1", 0);
    wxApp::SetInstance(new GuiTestApp());
    return wxEntry(argc, argv);
}
