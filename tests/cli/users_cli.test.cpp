// Users and roles through innodesk-cli: the first administrator, sign-in with OWASP-cost scrypt
// hashes, what each role may not do, and account changes.
#include "cli_fixture.h"
#include "cli_pki.h"
#include "test_tools.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>

using namespace innodesk::testing;

namespace {

// The CLI at its own cost (OWASP's), not the fixture's cheap one.
const std::vector<std::string> kOwaspCost{"INNODESK_SCRYPT="};

CliResult Unsigned(const std::string& db, const std::vector<std::string>& arguments) {
    return RunCli(Joined({"--db", db, "--lang", "en"}, arguments), kOwaspCost);
}

void RequireDenied(const CliResult& result) {
    INFO(result.out << result.err);
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Catch::Contains("[permission_denied]"));
}

}  // namespace

TEST_CASE("The first administrator adds an officer, who signs in: the real way, with OWASP hashes",
          "[cli][users]") {
    RequireTool(Tool::Sqlite3);  // reads the stored hashes back as an outsider would
    TempFolder folder;
    const std::string db = folder / "t.db";
    const std::string admin_password = folder / "admin.password";
    const std::string officer_password = folder / "officer.password";
    WriteText(admin_password, "Quản trị viên đầu tiên 2026");
    WriteText(officer_password, "Cán bộ An của Sở KH&CN");

    const auto bare = Unsigned(db, {"init"});
    REQUIRE(bare.exit_code == 0);
    CHECK_THAT(bare.err, Catch::Contains("run again with --admin NAME"));
    const auto nobody = Unsigned(db, {"enterprise", "search", "x"});
    CHECK(nobody.exit_code == 1);
    CHECK_THAT(nobody.err, Catch::Contains("no users yet") && Catch::Contains("init --admin NAME"));

    const auto init = Unsigned(db, {"--password-file", admin_password, "init", "--admin", kAdmin,
                                    "--display-name", "Phạm Quốc Huy"});
    INFO(init.err);
    REQUIRE(init.exit_code == 0);
    CHECK_THAT(init.out, Catch::Contains("Created administrator quantri"));
    // Only once: later administrators are added by an administrator.
    const auto again = Unsigned(db, {"--password-file", officer_password, "init", "--admin", "ke.gian"});
    CHECK(again.exit_code == 1);
    CHECK_THAT(again.err, Catch::Contains("already has users"));

    const std::vector<std::string> as_admin{"--db",   db,     "--lang",          "en",
                                            "--user", kAdmin, "--password-file", admin_password};
    const auto added =
        RunCli(Joined(as_admin, {"user", "add", kOfficer, "--role", "officer", "--display-name",
                                 "Nguyễn Thị An", "--new-password-file", officer_password}),
               kOwaspCost);
    INFO(added.err);
    REQUIRE(added.exit_code == 0);
    CHECK_THAT(added.out, Catch::Contains(kOfficer) && Catch::Contains("Nguyễn Thị An"));

    // The officer signs in through $INNODESK_USER and $INNODESK_PASSWORD.
    const auto officer = RunCli({"--db", db, "--lang", "en", "enterprise", "add", "--tax-code", "0300588569",
                                 "--name", "A", "--province", "Khánh Hòa"},
                                {std::string("INNODESK_USER=") + kOfficer,
                                 "INNODESK_PASSWORD=" + FirstLine(officer_password), "INNODESK_SCRYPT="});
    INFO(officer.err);
    CHECK(officer.exit_code == 0);
    const auto wrong =
        RunCli(Joined({"--db", db, "--lang", "en", "--user", kOfficer, "--password-file", admin_password},
                      {"enterprise", "search", "x"}),
               kOwaspCost);
    CHECK(wrong.exit_code == 1);
    CHECK_THAT(wrong.err,
               Catch::Contains("Wrong user name or password") && Catch::Contains("[sign_in_failed]"));
    const auto unknown = RunCli({"--db", db, "--lang", "en", "--user", "khong.co", "--password-file",
                                 admin_password, "enterprise", "search", "x"},
                                kOwaspCost);
    CHECK(unknown.exit_code == 1);
    CHECK_THAT(unknown.err,
               Catch::Contains("Wrong user name or password"));  // the same words: names stay private

    const auto reader = CliDatabase::Existing(folder, "t.db");
    for (const char* name : {kAdmin, kOfficer})
        CHECK_THAT(
            reader.SqlValue(std::string("SELECT password_hash FROM app_user WHERE name = '") + name + "';"),
            Catch::StartsWith("$scrypt$ln=17,r=8,p=1$"));
}

TEST_CASE("Each role is refused what it may not do", "[cli][users]") {
    TempFolder folder;
    const CliDatabase db(folder);
    const TestPki& pki = SharedTestPki();

    RequireDenied(db.Run(kOfficer, {"user", "add", "ke.gian", "--role", "admin", "--new-password-file",
                                    db.PasswordFile(kOfficer)}));
    RequireDenied(db.Run(kApprover, {"user", "set-role", kViewer, "admin"}));
    RequireDenied(db.Run(kViewer, {"user", "disable", kOfficer}));
    RequireDenied(db.Run(kOfficer, {"user", "bind-cert", kOfficer, "--cert", pki.signer.certificate_pem}));
    RequireDenied(db.Run(kViewer, {"enterprise", "add", "--tax-code", "0300588569", "--name", "A",
                                   "--province", "Khánh Hòa"}));
    RequireDenied(db.Run(
        kApprover, {"programme", "add", "--code", "X", "--name", "X", "--start", "2025", "--end", "2026"}));
    RequireDenied(db.Run(
        kAdmin, {"enterprise", "add", "--tax-code", "0300588569", "--name", "A", "--province", "Khánh Hòa"}));
    RequireDenied(db.Run(kOfficer, {"trust", "add", pki.root_pem}));
    RequireDenied(db.Run(kApprover, {"setting", "set", "report_place", "Nha Trang"}));
    const auto vietnamese = db.Run(
        kViewer, {"enterprise", "add", "--tax-code", "0300588569", "--name", "A", "--province", "Khánh Hòa"},
        "vi");
    CHECK(vietnamese.exit_code == 1);
    CHECK_THAT(vietnamese.err, Catch::Contains("[permission_denied]") && Catch::StartsWith("Lỗi: "));
    // Nothing refused was stored.
    CHECK(nlohmann::json::parse(db.Ok(kViewer, {"--json", "enterprise", "search", "a"}).out).empty());
    CHECK(nlohmann::json::parse(db.Ok(kViewer, {"--json", "trust", "list"}).out).empty());

    const auto nobody = RunCli({"--db", db.Path(), "--lang", "en", "enterprise", "search", "x"});
    CHECK(nobody.exit_code == 1);
    CHECK_THAT(nobody.err, Catch::Contains("Sign in first"));
}

TEST_CASE("user list and user commands never show a password hash", "[cli][users]") {
    TempFolder folder;
    const CliDatabase db(folder);
    const auto listed = db.Ok(kViewer, {"--json", "user", "list"});
    const auto users = nlohmann::json::parse(listed.out);
    REQUIRE(users.size() == 6);
    for (const auto& user : users) {
        INFO(user.dump());
        for (const auto& [key, value] : user.items())
            CHECK_THAT(key, !Catch::Contains("password") && !Catch::Contains("hash"));
    }
    CHECK_THAT(listed.out, !Catch::Contains("$scrypt$"));
    CHECK_THAT(db.Ok(kViewer, {"user", "list"}).out,
               !Catch::Contains("$scrypt$") && Catch::Contains(kApprover));
    const std::string new_password = folder / "new.password";
    WriteText(new_password, "Người dùng mới của Sở 2026");
    const auto added = db.Ok(kAdmin, {"--json", "user", "add", "nguoi.moi", "--role", "viewer",
                                      "--new-password-file", new_password});
    CHECK_THAT(added.out, !Catch::Contains("$scrypt$") && !Catch::Contains("password"));
    const auto disabled = db.Ok(kAdmin, {"--json", "user", "disable", "nguoi.moi"});
    CHECK_THAT(disabled.out, !Catch::Contains("$scrypt$") && !Catch::Contains("password"));
    CHECK(nlohmann::json::parse(disabled.out)["disabled"] == true);
}

TEST_CASE("Accounts: disable and enable, change of role, own password, enrolled certificate",
          "[cli][users]") {
    TempFolder folder;
    const CliDatabase db(folder);
    const TestPki& pki = SharedTestPki();

    SECTION("a disabled user cannot sign in until enabled again") {
        db.Ok(kAdmin, {"user", "disable", kSecondOfficer});
        const auto refused = db.Run(kSecondOfficer, {"enterprise", "search", "x"});
        CHECK(refused.exit_code == 1);
        CHECK_THAT(refused.err, Catch::Contains("[sign_in_failed]"));
        db.Ok(kAdmin, {"user", "enable", kSecondOfficer});
        db.Ok(kSecondOfficer, {"enterprise", "search", "x"});
    }
    SECTION("the only administrator stays") {
        const auto last = db.Run(kAdmin, {"user", "disable", kAdmin});
        CHECK(last.exit_code == 1);
        CHECK_THAT(last.err, Catch::Contains("only active administrator"));
        CHECK(db.Run(kAdmin, {"user", "set-role", kAdmin, "viewer"}).exit_code == 1);
    }
    SECTION("a new role takes effect at the next sign-in") {
        db.Ok(kAdmin, {"user", "set-role", kViewer, "officer"});
        db.Ok(kViewer,
              {"enterprise", "add", "--tax-code", "0300588569", "--name", "A", "--province", "Khánh Hòa"});
        const auto unknown = db.Run(kAdmin, {"user", "set-role", kViewer, "boss"});
        CHECK(unknown.exit_code == 1);
        CHECK_THAT(unknown.err, Catch::Contains("boss"));
    }
    SECTION("users change their own password, not someone else's") {
        const std::string mine = folder / "mine.password";
        WriteText(mine, "Mật khẩu mới của Bình 2026");
        RequireDenied(
            db.Run(kSecondOfficer, {"user", "set-password", kOfficer, "--new-password-file", mine}));
        const std::string short_password = folder / "short.password";
        WriteText(short_password, "ngắn");
        const auto weak = db.Run(
            kSecondOfficer, {"user", "set-password", kSecondOfficer, "--new-password-file", short_password});
        CHECK(weak.exit_code == 1);
        CHECK_THAT(weak.err, Catch::Contains("at least 12 characters"));
        db.Ok(kSecondOfficer, {"user", "set-password", kSecondOfficer, "--new-password-file", mine});
        CHECK(db.Run(kSecondOfficer, {"enterprise", "search", "x"}).exit_code ==
              1);  // the old one no longer works
        const auto signed_in = RunCli({"--db", db.Path(), "--lang", "en", "--user", kSecondOfficer,
                                       "--password-file", mine, "enterprise", "search", "x"});
        INFO(signed_in.err);
        CHECK(signed_in.exit_code == 0);
    }
    SECTION("the enrolled certificate is listed, and a new one replaces it") {
        const auto bound =
            db.Ok(kAdmin, {"user", "bind-cert", kApprover, "--cert", pki.signer.certificate_pem});
        CHECK_THAT(bound.out, Catch::Contains("Certificate enrolled for lanhdao.chau") &&
                                  Catch::Contains("Lê Thị Châu") && Catch::Contains("SHA-256"));
        CHECK_THAT(db.Ok(kViewer, {"user", "list"}).out, Catch::Contains("certificate CN=Lê Thị Châu"));
        const auto not_a_certificate =
            db.Run(kAdmin, {"user", "bind-cert", kApprover, "--cert", db.PasswordFile(kAdmin)});
        CHECK(not_a_certificate.exit_code == 1);
    }
}
