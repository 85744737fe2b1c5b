// Settings shows the PKCS#11 module of this workstation's tokens as its own files name it, never the
// database's setting, and why a module would be refused; it loads nothing (a marker library, whose
// constructor writes its own path to a file, would tell).
#include "gui_fixture.h"

#include "gui/settings_page.h"

#include "support/test_workstation.h"

#include <sqlite3.h>
#include <sys/stat.h>

#include <wx/stattext.h>

using namespace innodesk;
using namespace innodesk::gui::testing;
using Catch::Contains;
using innodesk::testing::TestWorkstation;

namespace {

// The label as one line: Wrap breaks it at spaces.
std::string Shown(gui::MainFrame& window) {
    auto* page = window.FindPage<gui::SettingsPage>();
    REQUIRE(page != nullptr);
    std::string text = Find<wxStaticText>(*page, "pkcs11_module").GetLabel().utf8_string();
    for (char& c : text)
        if (c == '\n') c = ' ';
    return text;
}

}  // namespace

TEST_CASE("Settings shows this workstation's PKCS11 module, never the database's, and loads nothing",
          "[gui]") {
    TestWorkstation workstation;
    GuiFixture fixture;
    const auto planted = workstation.CopyLibrary(INNODESK_MARKER_MODULE, "libplanted.so");
    {
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open_v2(fixture.DatabaseFile().c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr) ==
                SQLITE_OK);
        const std::unique_ptr<sqlite3, decltype(&sqlite3_close)> db(raw, &sqlite3_close);
        const std::string sql =
            "INSERT INTO setting (key, value) VALUES ('pkcs11_module', '" + planted.string() + "')";
        REQUIRE(sqlite3_exec(db.get(), sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
    }
    auto& window = fixture.OpenWindow("lanhdao.binh");
    ShowPage(window, "settings");
    CHECK_THAT(Shown(window), Contains("names no PKCS#11 module") &&
                                  Contains(workstation.SystemFile().string()) &&
                                  Contains("ignored and never loaded") && !Contains(planted.string()));

    const auto module = workstation.CopyLibrary(INNODESK_MARKER_MODULE, "libca.so");
    TestWorkstation::Write(workstation.UserFile(), "pkcs11_module = " + module.string() + "\n");
    ::chmod(module.parent_path().c_str(), 0775);
    Menu(window, "View", "Refresh");
    CHECK_THAT(Shown(window), Contains("may be written by its group or by others (mode 0775)"));

    ::chmod(module.parent_path().c_str(), 0755);
    Menu(window, "View", "Refresh");
    CHECK_THAT(Shown(window), Contains(module.string()) &&
                                  Contains("named in " + workstation.UserFile().string()) &&
                                  Contains("You will be asked to accept it before its first use."));
    fixture.Modals().Verify();
    CHECK_FALSE(workstation.Loaded());
}
