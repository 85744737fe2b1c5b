// Who is signing in and who is signing, through innodesk-cli: failed sign-ins audited and locking
// the account (an administrator unlocks it), the password rules, weak hashes replaced at sign-in,
// the signer printed on a decision taken from the signing account, and audit checkpoints signed
// only with the certificate enrolled for the user they name.
#include "cli_fixture.h"
#include "cli_pki.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <unistd.h>
#include <string>

using namespace innodesk::testing;

namespace {

CliResult WithPassword(const CliDatabase& db, const std::string& user, const std::string& password_file,
                       const std::vector<std::string>& arguments,
                       const std::vector<std::string>& environment = {}) {
    return RunCli(
        Joined({"--db", db.Path(), "--lang", "en", "--user", user, "--password-file", password_file},
               arguments),
        environment);
}

nlohmann::json Entries(const CliDatabase& db, const std::string& action) {
    nlohmann::json found = nlohmann::json::array();
    for (const auto& entry :
         nlohmann::json::parse(db.Ok(kAdmin, {"--json", "audit", "log", "--limit", "500"}).out))
        if (entry["action"] == action) found.push_back(entry);
    return found;
}

std::string HostName() {
    char host[256] = {};
    ::gethostname(host, sizeof host - 1);
    return host;
}

// A recommended application with an approval drafted over it; `signer_name` as the officer typed
// it, or none. Returns the decision's id.
std::string DraftNamingSigner(const CliDatabase& db, const std::string& number,
                              const std::string& signer_name) {
    db.Ok(kOfficer, {"enterprise", "add", "--tax-code", "0300588569", "--name", "Công ty TNHH Yến Sào",
                     "--province", "Khánh Hòa"});
    db.Ok(kOfficer, {"programme", "add", "--code", "KH-DMST", "--name", "Chương trình ĐMST", "--start",
                     "2025", "--end", "2030"});
    db.Ok(kOfficer, {"programme", "add-budget", "--programme", "KH-DMST", "--year", "2025", "--content",
                     "consulting", "--amount", "900.000.000"});
    const auto created = nlohmann::json::parse(
        db.Ok(kOfficer, {"--json", "application", "create", "--enterprise", "0300588569", "--programme",
                         "KH-DMST", "--year", "2025", "--content", "consulting", "--title", "Thuê tư vấn",
                         "--requested", "100.000.000"})
            .out);
    const std::string application = std::to_string(created["id"].get<long long>());
    for (const char* step : {"submit", "review", "recommend"})
        db.Ok(kOfficer, {"application", step, application});
    std::vector<std::string> draft{"--json",     "decision", "draft", application, "--amount",
                                   "80.000.000", "--number", number,  "--date",    "20/06/2025"};
    if (!signer_name.empty()) draft.insert(draft.end(), {"--signer-name", signer_name});
    return std::to_string(nlohmann::json::parse(db.Ok(kOfficer, draft).out)["id"].get<long long>());
}

}  // namespace

TEST_CASE("Failed sign-ins are audited and lock the account after five, an administrator unlocks it",
          "[cli][users]") {
    TempFolder folder;
    const CliDatabase db(folder);
    const std::string wrong_file = folder / "wrong.password";
    WriteText(wrong_file, "không phải mật khẩu của An");

    const auto first = WithPassword(db, kOfficer, wrong_file, {"enterprise", "search", "x"});
    CHECK(first.exit_code == 1);
    CHECK_THAT(first.err,
               Catch::Contains("Wrong user name or password") && Catch::Contains("[sign_in_failed]"));
    const auto failures = Entries(db, "user.sign_in_failed");
    REQUIRE(failures.size() == 1);
    const auto after = nlohmann::json::parse(failures[0]["after"].get<std::string>());
    CHECK(after["name"] == kOfficer);
    CHECK(after["reason"] == "wrong_password");
    CHECK(after["workstation"]["host"] == HostName());
    CHECK_FALSE(after["workstation"]["os_user"].get<std::string>().empty());
    CHECK(failures[0]["at"].get<long long>() > 0);
    // An unknown name is recorded too, with the same message.
    const auto unknown = WithPassword(db, "khong.co.ai", wrong_file, {"enterprise", "search", "x"});
    CHECK(unknown.err == first.err);
    CHECK(Entries(db, "user.sign_in_failed").size() == 2);

    for (int i = 0; i < 4; ++i)
        CHECK(WithPassword(db, kOfficer, wrong_file, {"enterprise", "search", "x"}).exit_code == 1);
    // Locked: the right password is refused with the very same words.
    const auto locked = db.Run(kOfficer, {"enterprise", "search", "x"});
    CHECK(locked.exit_code == 1);
    CHECK(locked.err == first.err);
    CHECK(db.Run(kViewer, {"enterprise", "search", "x"}).exit_code == 0);  // others sign in

    // The administrator sees until when; nobody else does.
    CHECK_THAT(db.Ok(kAdmin, {"user", "show", kOfficer}).out, Catch::Contains("sign-in locked until"));
    bool listed_locked = false;
    for (const auto& user : nlohmann::json::parse(db.Ok(kAdmin, {"--json", "user", "list"}).out))
        if (user["name"] == kOfficer) listed_locked = user["locked_until"].is_string();
    CHECK(listed_locked);
    CHECK_THAT(db.Ok(kViewer, {"user", "list"}).out, !Catch::Contains("locked until"));

    const auto refused = db.Run(kViewer, {"user", "unlock", kOfficer});
    CHECK(refused.exit_code == 1);
    CHECK_THAT(refused.err, Catch::Contains("[permission_denied]"));
    const auto unlocked = db.Run(kAdmin, {"user", "unlock", kOfficer});
    INFO(unlocked.err);
    CHECK(unlocked.exit_code == 0);
    CHECK_THAT(unlocked.out, Catch::Contains(kOfficer) && !Catch::Contains("locked until"));
    CHECK(Entries(db, "user.unlock").size() == 1);
    CHECK(db.Run(kOfficer, {"enterprise", "search", "x"}).exit_code == 0);
}

TEST_CASE("Passwords are refused by rule at user add, set-password and init", "[cli][users]") {
    TempFolder folder;
    const CliDatabase db(folder);
    const std::string spaces = folder / "spaces.password";
    const std::string common = folder / "common.password";
    const std::string with_name = folder / "name.password";
    WriteText(spaces, "            ");  // twelve spaces passed before
    WriteText(common, "Password1234");
    WriteText(with_name, "moi.nguoi-2026-Nha-Trang");
    const auto added =
        db.Run(kAdmin, {"user", "add", "moi.nguoi", "--role", "officer", "--new-password-file", spaces});
    CHECK(added.exit_code == 1);
    CHECK_THAT(added.err, Catch::Contains("may not be one character repeated"));
    const auto named =
        db.Run(kAdmin, {"user", "add", "moi.nguoi", "--role", "officer", "--new-password-file", with_name});
    CHECK(named.exit_code == 1);
    CHECK_THAT(named.err, Catch::Contains("may not contain the sign-in name 'moi.nguoi'"));
    const auto changed = db.Run(kOfficer, {"user", "set-password", kOfficer, "--new-password-file", common});
    CHECK(changed.exit_code == 1);
    CHECK_THAT(changed.err, Catch::Contains("list of common passwords"));
    CHECK(db.Run(kOfficer, {"enterprise", "search", "x"}).exit_code == 0);  // the old password still works

    const auto init = RunCli(
        {"--db", folder / "moi.db", "--lang", "en", "--password-file", common, "init", "--admin", "quantri"});
    CHECK(init.exit_code == 1);
    CHECK_THAT(init.err, Catch::Contains("list of common passwords"));
}

TEST_CASE("A stored hash weaker than the CLI's cost is replaced at the next sign-in", "[cli][users]") {
    TempFolder folder;
    const CliDatabase db(folder);  // hashes at ln=10
    const std::vector<std::string> stronger{"INNODESK_SCRYPT=ln=11,r=8,p=1"};
    CHECK(WithPassword(db, kOfficer, db.PasswordFile(kOfficer), {"enterprise", "search", "x"}, stronger)
              .exit_code == 0);
    const auto rehashed = Entries(db, "user.rehash_password");
    REQUIRE(rehashed.size() == 1);
    CHECK(rehashed[0]["actor"] == kOfficer);
    CHECK(rehashed[0]["before"] == R"({"hash_scheme":"$scrypt$ln=10,r=8,p=1"})");
    // With the commitment to the new hash that `check` compares (domain/password_commitment.h).
    CHECK_THAT(rehashed[0]["after"].get<std::string>(),
               Catch::StartsWith(R"({"credential_sha256":")") &&
                   Catch::EndsWith(R"(","hash_scheme":"$scrypt$ln=11,r=8,p=1"})"));
    // Signed in again at the same cost: nothing more to do; the new hash still verifies.
    CHECK(WithPassword(db, kOfficer, db.PasswordFile(kOfficer), {"enterprise", "search", "x"}, stronger)
              .exit_code == 0);
    CHECK(db.Run(kOfficer, {"enterprise", "search", "x"}).exit_code == 0);
    CHECK(Entries(db, "user.rehash_password").size() == 1);
}

TEST_CASE("The signer printed on a decision comes from the signing approver's account", "[cli][signing]") {
    TempFolder folder;
    const CliDatabase db(folder);
    TrustAndEnrol(db);
    SECTION("a draft naming someone else is refused at signing") {
        const std::string decision = DraftNamingSigner(db, "12/QĐ-SKHCN", "Giám đốc Trần Văn Bình");
        const auto refused =
            db.Run(kApprover, Joined({"decision", "sign", decision}, P12Options(SharedTestPki().signer)));
        INFO(refused.err);
        CHECK(refused.exit_code == 1);
        CHECK_THAT(refused.err, Catch::Contains("names 'Giám đốc Trần Văn Bình' as its signer, not you "
                                                "(Phó Giám đốc Lê Thị Châu)"));
        CHECK(nlohmann::json::parse(db.Ok(kViewer, {"--json", "decision", "show", decision}).out)["status"] ==
              "draft");
    }
    SECTION("without a name, the account's title and name are printed, in the PDF and HTML") {
        const std::string decision = DraftNamingSigner(db, "12/QĐ-SKHCN", "");
        db.Ok(kApprover, Joined({"decision", "sign", decision}, P12Options(SharedTestPki().signer)));
        const auto shown =
            nlohmann::json::parse(db.Ok(kViewer, {"--json", "decision", "show", decision}).out);
        CHECK(shown["signer_name"] == "Phó Giám đốc Lê Thị Châu");
        CHECK(shown["verification"]["status"] == "valid");
        const std::string out = folder / "export";
        db.Ok(kViewer, {"decision", "export", decision, "--out", out});
        // The deputy signs for the director: "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", then her name.
        CHECK_THAT(ReadText(out + "/decision.html"), Catch::Contains("<b>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</b>") &&
                                                         Catch::Contains("<b>Lê Thị Châu</b>"));
        CHECK_THAT(ReadText(out + "/decision.json"),
                   Catch::Contains(R"("signer_name":"Phó Giám đốc Lê Thị Châu")"));
    }
}

TEST_CASE("An audit checkpoint is signed only with the certificate enrolled for its maker",
          "[cli][audit][signing]") {
    TempFolder folder;
    const CliDatabase db(folder);
    TrustAndEnrol(db);
    const std::string checkpoint = folder / "audit.checkpoint";
    // The administrator has no certificate enrolled: an approver's key does not make it theirs.
    const auto refused = db.Run(
        kAdmin, Joined({"audit", "checkpoint", "--out", checkpoint}, P12Options(SharedTestPki().signer)));
    CHECK(refused.exit_code == 1);
    CHECK_THAT(refused.err, Catch::Contains("is not the one enrolled for quantri"));
    // Nor does another approver's.
    const auto other = db.Run(kSecondApprover, Joined({"audit", "checkpoint", "--out", checkpoint},
                                                      P12Options(SharedTestPki().signer)));
    CHECK(other.exit_code == 1);
    CHECK_THAT(other.err, Catch::Contains("is not the one enrolled for lanhdao.dung"));
    db.Ok(kApprover,
          Joined({"audit", "checkpoint", "--out", checkpoint}, P12Options(SharedTestPki().signer)));
    CHECK(db.Run(kViewer, {"audit", "verify", "--checkpoint", checkpoint}).exit_code == 0);
}
