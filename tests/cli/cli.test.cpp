// innodesk-cli end to end: exit codes, messages in both languages, JSON output, the import
// error report, and an application carried from draft through a signed decision to a payment.
#include "cli_fixture.h"
#include "cli_pki.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <set>

using namespace innodesk::testing;

TEST_CASE("Version and usage errors", "[cli]") {
    const auto version = RunCli({"--version"});
    CHECK(version.exit_code == 0);
    CHECK_THAT(version.out, Catch::StartsWith("innodesk-cli "));
    CHECK(RunCli({"no-such-command"}).exit_code == 2);
    CHECK(RunCli({"enterprise", "add", "--name", "x"}).exit_code == 2);  // required options missing
    CHECK(RunCli({}).exit_code == 2);
    CHECK(RunCli({"application", "approve", "1"}).exit_code == 2);  // replaced by decision draft/sign
}

TEST_CASE("Commands on a database that does not exist say how to create it", "[cli]") {
    TempFolder folder;
    const auto result = RunCli({"--db", folder / "missing.db", "--lang", "en", "enterprise", "search", "x"});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Catch::Contains("innodesk-cli init"));
    CHECK_FALSE(std::filesystem::exists(folder / "missing.db"));
}

TEST_CASE("Refused input exits 1 with the reason in the chosen language", "[cli]") {
    TempFolder folder;
    const CliDatabase db(folder);
    const std::vector<std::string> add{"enterprise", "add", "--tax-code", "0300588568",
                                       "--name",     "A",   "--province", "Khánh Hòa"};
    auto english = db.Run(kOfficer, add);
    CHECK(english.exit_code == 1);
    CHECK_THAT(english.err, Catch::Contains("check digit (the 10th) should be 9, not 8") &&
                                Catch::Contains("[invalid_tax_code]"));
    auto vietnamese = db.Run(kOfficer, add, "vi");
    CHECK(vietnamese.exit_code == 1);
    CHECK_THAT(vietnamese.err, Catch::Contains("chữ số kiểm tra (thứ 10) phải là 9"));
    CHECK(db.Run(kOfficer, {"voucher", "issue", "--enterprise", "0300588569", "--programme", "X", "--year",
                            "2026", "--content", "consulting", "--face-value", "1,5", "--state-share", "1",
                            "--issued", "01/01/2026", "--valid-until", "31/12/2026"})
              .exit_code == 1);
    // A value refused for itself names the option it came from.
    const auto bad_date =
        db.Run(kOfficer, {"application", "disburse", "1", "--amount", "1", "--date", "31/02/2027"});
    CHECK(bad_date.exit_code == 1);
    CHECK_THAT(bad_date.err,
               Catch::StartsWith("Error in --date: Date 31/02/2027 does not exist in the calendar."));
}

TEST_CASE("Import writes a row-by-row error report and stores the good rows", "[cli]") {
    TempFolder folder;
    const CliDatabase db(folder);
    const auto errors = folder / "errors.csv";
    const auto result =
        db.Run(kOfficer,
               {"enterprise", "import", std::string(INNODESK_TEST_DATA_DIR) + "/import/enterprises_mixed.csv",
                "--errors", errors});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.out, Catch::Contains("inserted: 5") && Catch::Contains("failed: 5"));
    std::ifstream report(errors);
    std::string line;
    std::vector<std::string> lines;
    while (std::getline(report, line)) lines.push_back(line);
    REQUIRE(lines.size() == 6);
    CHECK_THAT(lines[1], Catch::StartsWith("5,Mã số thuế,0300588568,invalid_tax_code,"));

    // Anyone signed in reads: the viewer searches what the officer imported.
    const auto found = db.Ok(kViewer, {"--json", "enterprise", "search", "khanh hoa"});
    const auto list = nlohmann::json::parse(found.out);
    CHECK(list.size() == 5);
    bool hoa = false, hoa_other_placement = false;
    for (const auto& e : list) {
        hoa = hoa || e["province"] == "Khánh Hòa";
        hoa_other_placement = hoa_other_placement || e["province"] == "Khánh Hoà";
    }
    CHECK(hoa);
    CHECK_FALSE(hoa_other_placement);  // the file's "Khánh Hoà" is stored by the province's one name

    // Narrowed by sector (VSIC section C: 1079, 1020 and a bare "C") and by commune.
    CHECK(nlohmann::json::parse(db.Ok(kViewer, {"--json", "enterprise", "search", "--sector", "c"}).out)
              .size() == 3);
    const auto in_nha_trang = nlohmann::json::parse(
        db.Ok(kViewer, {"--json", "enterprise", "search", "khanh", "--commune", "Phường Nha Trang"}).out);
    REQUIRE(in_nha_trang.size() == 1);
    CHECK(in_nha_trang[0]["tax_code"] == "0300588569");
    const auto communes = nlohmann::json::parse(db.Ok(kViewer, {"--json", "enterprise", "communes"}).out);
    REQUIRE(communes.size() == 3);
    CHECK(communes[0] == nlohmann::json{{"commune", "Phường Cam Ranh"}, {"enterprises", 1}});
    CHECK(db.Run(kViewer, {"enterprise", "search"}).exit_code == 2);  // neither words nor a filter
    const auto bad_sector = db.Run(kViewer, {"enterprise", "search", "--sector", "Z"});
    CHECK(bad_sector.exit_code == 1);
    CHECK_THAT(bad_sector.err, Catch::Contains("use one letter from A to U"));
}

TEST_CASE("An application from draft to a signed approval decision, a contract and a payment", "[cli]") {
    TempFolder folder;
    const CliDatabase db(folder);
    TrustAndEnrol(db);
    db.Ok(kOfficer, {"enterprise", "add", "--tax-code", "0300588569", "--name", "Công ty TNHH Yến Sào",
                     "--province", "Khánh Hòa"});
    db.Ok(kOfficer, {"programme", "add", "--code", "KH-DMST", "--name", "Chương trình ĐMST", "--start",
                     "2026", "--end", "2030"});
    db.Ok(kOfficer, {"programme", "add-budget", "--programme", "KH-DMST", "--year", "2026", "--content",
                     "consulting", "--amount", "500.000.000"});
    db.Ok(kOfficer,
          {"programme", "set-cap", "--programme", "KH-DMST", "--content", "consulting", "--max-share", "70"});
    const auto created = nlohmann::json::parse(
        db.Ok(kOfficer, {"--json", "application", "create", "--enterprise", "0300588569", "--programme",
                         "KH-DMST", "--year", "2026", "--content", "consulting", "--title",
                         "Thuê tư vấn ISO 22000", "--requested", "100.000.000", "--co-funding", "60.000.000"})
            .out);
    const std::string id = std::to_string(created["id"].get<long long>());
    CHECK(nlohmann::json::parse(
              db.Ok(kViewer, {"--json", "application", "list", "--content", "consulting"}).out)
              .size() == 1);
    CHECK(
        nlohmann::json::parse(db.Ok(kViewer, {"--json", "application", "list", "--content", "equipment"}).out)
            .empty());
    db.Ok(kOfficer, {"application", "submit", id});
    db.Ok(kOfficer, {"application", "review", id});
    db.Ok(kOfficer, {"application", "recommend", id, "--note", "Hội đồng đồng ý"});

    // A draft that could not be issued is refused when drafted, with the reason.
    auto over = db.Run(kOfficer, {"decision", "draft", id, "--kind", "approval", "--amount", "600.000.000",
                                  "--number", "1/QĐ-SKHCN", "--date", "20/06/2026"});
    CHECK(over.exit_code == 1);
    CHECK_THAT(over.err, Catch::Contains("exceeds 70%"));
    const auto draft =
        nlohmann::json::parse(db.Ok(kOfficer, {"--json", "decision", "draft", id, "--kind", "approval",
                                               "--amount", "100.000.000", "--number", "1/QĐ-SKHCN", "--date",
                                               "20/06/2026", "--signer-name", "Phó Giám đốc Lê Thị Châu"})
                                  .out);
    const std::string decision = std::to_string(draft["id"].get<long long>());
    // Drafting decides nothing: the application waits for the signature.
    CHECK(nlohmann::json::parse(db.Ok(kOfficer, {"--json", "application", "show", id}).out)["state"] ==
          "recommended");
    CHECK(db.Run(kOfficer, {"application", "contract", id, "--number", "HĐ-01/2026"}).exit_code == 1);

    const auto signed_ =
        db.Ok(kApprover, Joined({"decision", "sign", decision}, P12Options(SharedTestPki().signer)));
    CHECK_THAT(signed_.out, Catch::Contains("1/QĐ-SKHCN") && Catch::Contains("[valid]"));
    CHECK(db.Run(kViewer, {"decision", "verify", decision}).exit_code == 0);

    const auto bad_end = db.Run(
        kOfficer, {"application", "contract", id, "--number", "HĐ-01/2026", "--ends-on", "31/02/2027"});
    CHECK(bad_end.exit_code != 0);
    CHECK_THAT(bad_end.err, Catch::Contains("31/02/2027") && Catch::Contains("does not exist"));
    db.Ok(kOfficer, {"application", "contract", id, "--number", "HĐ-01/2026", "--ends-on", "31/03/2027"});
    db.Ok(kOfficer, {"application", "disburse", id, "--amount", "40.000.000", "--date", "01/07/2026"});
    const auto shown = nlohmann::json::parse(db.Ok(kViewer, {"--json", "application", "show", id}).out);
    CHECK(shown["state"] == "contracted");
    CHECK(shown["contract_ends_on"] == "2027-03-31");
    // Its acceptance is a deadline once the end is near.
    const auto due = nlohmann::json::parse(
        db.Ok(kViewer, {"--json", "deadlines", "--as-of", "15/03/2027", "--days", "30"}).out);
    bool acceptance_due = false;
    for (const auto& d : due)
        acceptance_due = acceptance_due || (d["kind"] == "contract_end" && d["entity_id"] == std::stoll(id));
    CHECK(acceptance_due);
    CHECK(shown["approved_amount"] == 100000000);
    CHECK(shown["history"].size() == 6);
    const auto budget =
        nlohmann::json::parse(db.Ok(kViewer, {"--json", "programme", "budget", "KH-DMST"}).out);
    CHECK(budget[0]["committed"] == 100000000);
    CHECK(budget[0]["disbursed"] == 40000000);
    CHECK(budget[0]["remaining"] == 400000000);
}

TEST_CASE("A database path with spaces and Vietnamese letters is the file that is used", "[cli]") {
    TempFolder folder;
    // init, commands and backup in folders whose names SOCI's connection string split at a space
    const CliDatabase db(folder, "Hồ sơ 2027/Kho dữ liệu.db");
    db.Ok(kOfficer, {"enterprise", "add", "--tax-code", "0300588569", "--name", "Công ty A", "--province",
                     "Khánh Hòa"});
    db.Ok(kAdmin, {"backup", folder / "Bản sao lưu/ngày 06.12.db"});
    std::set<std::string> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder.Path()))
        if (entry.is_regular_file() && entry.path().extension() == ".db")
            files.insert(std::filesystem::relative(entry.path(), folder.Path()).string());
    CHECK(files == std::set<std::string>{"Hồ sơ 2027/Kho dữ liệu.db", "Bản sao lưu/ngày 06.12.db"});
    CHECK_FALSE(std::filesystem::exists(folder / "Hồ"));
    const auto shown = nlohmann::json::parse(
        RunCli({"--db", folder / "Bản sao lưu/ngày 06.12.db", "--lang", "en", "--user", kViewer,
                "--password-file", db.PasswordFile(kViewer), "--json", "enterprise", "show", "0300588569"})
            .out);
    CHECK(shown["name"] == "Công ty A");
}

TEST_CASE("Backup is for officers and administrators, and the copy is private", "[cli]") {
    TempFolder folder;
    const CliDatabase db(folder);
    const auto refused = db.Run(kViewer, {"backup", folder / "viewer.db"});
    CHECK(refused.exit_code == 1);
    CHECK_THAT(refused.err, Catch::Contains("may not back up the database"));
    CHECK_FALSE(std::filesystem::exists(folder / "viewer.db"));
    CHECK_FALSE(std::filesystem::exists(folder / "viewer.db.partial"));
    db.Ok(kOfficer, {"backup", folder / "officer.db"});
    CHECK((std::filesystem::status(folder / "officer.db").permissions() & std::filesystem::perms::all) ==
          (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
    const auto audit = db.Ok(kAdmin, {"audit", "log", "--limit", "5"});
    CHECK_THAT(audit.out, Catch::Contains("database.backup") && Catch::Contains("officer.db") &&
                              Catch::Contains("permission.refused"));
}

TEST_CASE("Backup writes a copy that opens", "[cli]") {
    TempFolder folder;
    const CliDatabase db(folder);
    db.Ok(kOfficer,
          {"enterprise", "add", "--tax-code", "0300588569", "--name", "A", "--province", "Khánh Hòa"});
    db.Ok(kAdmin, {"backup", folder / "copy.db"});
    // The copy has the users too: the same sign-in opens it.
    const auto shown = nlohmann::json::parse(
        RunCli({"--db", folder / "copy.db", "--lang", "en", "--user", kViewer, "--password-file",
                db.PasswordFile(kViewer), "--json", "enterprise", "show", "0300588569"})
            .out);
    CHECK(shown["name"] == "A");
}
