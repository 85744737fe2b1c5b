// The token's PKCS#11 module comes from the workstation, never from the shared database: a library
// planted in the database's settings, or named by a file or folder others may write, is never loaded
// (a marker library, whose constructor writes its own path to a file, proves it), and a module is
// loaded only after the approver accepted its path and fingerprint once.
#include "cli_fixture.h"
#include "cli_pki.h"

#include "support/test_workstation.h"
#include "test_tools.h"

#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <memory>

using namespace innodesk::testing;
using Catch::Contains;

namespace {

constexpr const char* kUri = "pkcs11:token=InnoDesk%20CLI%20Token;id=%0c%2d;type=private";

// A database whose trust store and approvers are ready, so that an approver's audit checkpoint
// reaches the token (LoadSigner, as decision sign does); made once, copied for each SECTION.
const CliDatabase& ReadyDatabase() {
    static const TempFolder folder;
    static const CliDatabase db(folder);
    static const bool ready = (TrustAndEnrol(db), true);
    (void)ready;
    return db;
}

// The approver signs an audit checkpoint with a key on a token named by kUri.
CliResult SignWithToken(const CliDatabase& db, const TempFolder& folder,
                        std::vector<std::string> extra = {}) {
    WriteText(folder / "pin", "135792");
    return db.Run(kApprover, Joined({"audit", "checkpoint", "--out", folder / "checkpoint", "--pkcs11-uri",
                                     kUri, "--pin-file", folder / "pin"},
                                    extra));
}

std::string ModuleLine(const std::filesystem::path& module) {
    return "pkcs11_module = " + module.string() + "\n";
}

}  // namespace

TEST_CASE("A PKCS11 module planted in the database's settings is never loaded", "[cli][signing][pkcs11]") {
    RequireTool(Tool::Sqlite3);
    TempFolder folder;
    const CliDatabase db(folder, ReadyDatabase());
    TestWorkstation workstation;
    const auto planted = workstation.CopyLibrary(INNODESK_MARKER_MODULE, "libplanted.so");
    db.Sql("INSERT INTO setting (key, value) VALUES ('pkcs11_module', '" + planted.string() + "');");

    SECTION("with no module on the workstation, signing says where to name one") {
        const auto result = SignWithToken(db, folder, {"--trust-module"});
        INFO(result.err);
        CHECK(result.exit_code == 1);
        CHECK_THAT(result.err, Contains("The database still has the pkcs11_module setting") &&
                                   Contains("ignored and never loaded"));
        CHECK_THAT(result.err, Contains("names no PKCS#11 module") &&
                                   Contains(workstation.SystemFile().string()) &&
                                   Contains(workstation.UserFile().string()));
        const auto vietnamese = db.Run(kApprover,
                                       {"audit", "checkpoint", "--out", folder / "checkpoint", "--pkcs11-uri",
                                        kUri, "--pin-file", folder / "pin", "--trust-module"},
                                       "vi");
        CHECK_THAT(vietnamese.err, Contains("chưa chỉ định mô-đun PKCS#11") && Contains("bị bỏ qua"));
        CHECK_FALSE(workstation.Loaded());
    }
    SECTION("the workstation's module is the one loaded, once the approver accepted it") {
        const auto own = workstation.CopyLibrary(INNODESK_MARKER_MODULE, "libworkstation.so");
        TestWorkstation::Write(workstation.UserFile(), "# this workstation's token\n" + ModuleLine(own));

        // First use: the path, where it is named and its fingerprint are shown; nothing is loaded.
        const auto first = SignWithToken(db, folder);
        INFO(first.err);
        CHECK(first.exit_code == 1);
        CHECK_THAT(first.err, Contains("has not been used on this workstation") && Contains(own.string()) &&
                                  Contains("named in " + workstation.UserFile().string()) &&
                                  Contains("SHA-256 ") && Contains(kUri) && Contains("--trust-module"));
        CHECK_FALSE(workstation.Loaded());

        // Accepted: this library, and only it, is loaded (it is no PKCS#11 module, so signing stops there).
        const auto accepted = SignWithToken(db, folder, {"--trust-module"});
        INFO(accepted.err);
        CHECK(accepted.exit_code == 1);
        CHECK_THAT(accepted.err,
                   Contains("Module accepted on this workstation") && Contains("is not a PKCS#11 module"));
        CHECK(workstation.LoadedLibraries() == own.string() + "\n");
        struct stat status {};
        REQUIRE(::stat(workstation.AcceptedFile().c_str(), &status) == 0);
        CHECK((status.st_mode & 0777) == 0600);

        // Remembered: no flag needed the next time.
        CHECK_THAT(SignWithToken(db, folder).err, Contains("is not a PKCS#11 module"));
        CHECK(workstation.LoadedLibraries() == own.string() + "\n" + own.string() + "\n");

        // The same path with other bytes is another library: asked again, not loaded.
        std::ofstream(own, std::ios::app) << "changed";
        const auto replaced = SignWithToken(db, folder);
        CHECK(replaced.exit_code == 1);
        CHECK_THAT(replaced.err, Contains("has not been used on this workstation"));
        CHECK(workstation.LoadedLibraries() == own.string() + "\n" + own.string() + "\n");
    }
    SECTION("the machine's administrator's file wins over the user's") {
        const auto system = workstation.CopyLibrary(INNODESK_MARKER_MODULE, "libsystem.so");
        const auto user = workstation.CopyLibrary(INNODESK_MARKER_MODULE, "libuser.so");
        TestWorkstation::Write(workstation.SystemFile(), ModuleLine(system));
        TestWorkstation::Write(workstation.UserFile(), ModuleLine(user));
        const auto result = SignWithToken(db, folder, {"--trust-module"});
        CHECK_THAT(result.err, Contains("named in " + workstation.SystemFile().string()));
        CHECK(workstation.LoadedLibraries() == system.string() + "\n");
    }
    CHECK_THAT(workstation.LoadedLibraries(), !Contains("libplanted.so"));
}

TEST_CASE("A PKCS11 module others may change is refused before it is loaded", "[cli][signing][pkcs11]") {
    TempFolder folder;
    const CliDatabase db(folder, ReadyDatabase());
    TestWorkstation workstation;
    const auto module = workstation.CopyLibrary(INNODESK_MARKER_MODULE, "libca.so");
    const auto lib = module.parent_path();
    const auto user_folder = workstation.UserFile().parent_path();
    TestWorkstation::Write(workstation.UserFile(), ModuleLine(module));
    std::string reason;
    std::unique_ptr<TempFolder> outside;  // lives until the module is looked for

    SECTION("the user's file writable by its group") {
        ::chmod(workstation.UserFile().c_str(), 0664);
        reason = "The workstation configuration " + workstation.UserFile().string() +
                 " is refused: its group or others may write to it (mode 0664)";
    }
    SECTION("the user's file in a folder others may write") {
        ::chmod(user_folder.c_str(), 0777);
        reason =
            "its folder " + user_folder.string() + " may be written by its group or by others (mode 0777)";
    }
    SECTION("the system file writable by others, even with a good user file") {
        TestWorkstation::Write(workstation.SystemFile(), ModuleLine(module), 0646);
        reason = "The workstation configuration " + workstation.SystemFile().string() +
                 " is refused: its group or others may write to it (mode 0646)";
    }
    SECTION("the module writable by its group") {
        ::chmod(module.c_str(), 0664);
        reason = "The PKCS#11 module " + module.string() + " is refused: its group or others may write to it";
    }
    SECTION("the module in a folder its group may write") {
        ::chmod(lib.c_str(), 0775);
        reason = "its folder " + lib.string() + " may be written by its group or by others (mode 0775)";
    }
    SECTION("a symbolic link in /tmp, which anyone may write, to the module") {
        outside = std::make_unique<TempFolder>();
        const auto link = outside->Path() / "libca.so";
        std::filesystem::create_symlink(module, link);
        TestWorkstation::Write(workstation.UserFile(), ModuleLine(link));
        reason = "may be written by its group or by others";
    }
    SECTION("a relative path") {
        TestWorkstation::Write(workstation.UserFile(), "pkcs11_module = libca.so\n");
        reason = "the path must be absolute";
    }
    SECTION("a module that is not there") {
        TestWorkstation::Write(workstation.UserFile(), ModuleLine(lib / "libmissing.so"));
        reason = "there is no such file";
    }
    SECTION("a misspelt key") {
        TestWorkstation::Write(workstation.UserFile(), "pkcs11-module = " + module.string() + "\n");
        reason = workstation.UserFile().string() + ":1: the key 'pkcs11-module' is unknown";
    }
    if (::geteuid() == 0) {
        SECTION("the module owned by another user") {
            REQUIRE(::chown(module.c_str(), 65534, 65534) == 0);
            reason = "it belongs to user 65534, neither root nor the user running InnoDesk";
        }
    }

    const auto result = SignWithToken(db, folder, {"--trust-module"});
    INFO(result.err);
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Contains(reason));
    CHECK_FALSE(workstation.Loaded());
    CHECK_FALSE(std::filesystem::exists(workstation.AcceptedFile()));
}

TEST_CASE("pkcs11_module is no longer a database setting", "[cli][signing][pkcs11]") {
    TempFolder folder;
    const CliDatabase db(folder, ReadyDatabase());
    TestWorkstation workstation;
    const auto refused = db.Run(kAdmin, {"setting", "set", "pkcs11_module", "/usr/lib/x.so"});
    CHECK(refused.exit_code == 1);
    CHECK_THAT(refused.err, Contains("no longer a database setting") &&
                                Contains("pkcs11_module = PATH' in " + workstation.SystemFile().string()));
    CHECK_THAT(db.Ok(kViewer, {"setting", "show"}).out, !Contains("pkcs11_module"));
}
