// innodesk-cli check: exit 0 on a database changed only through InnoDesk, 1 with the table, record
// and field named when the file was changed with the sqlite3 tool; the checkpoint written when a
// decision is signed, and a trail cut short after it said at every start and by check.
#include "cli_fixture.h"
#include "cli_pki.h"
#include "test_tools.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

using namespace innodesk::testing;

namespace {

// A programme, an approved application (its decision signed with the test PKI) and a payment.
void SignedWork(const CliDatabase& db) {
    TrustAndEnrol(db);
    db.Ok(kOfficer, {"enterprise", "add", "--tax-code", "0300588569", "--name", "Công ty TNHH Yến Sào",
                     "--province", "Khánh Hòa"});
    db.Ok(kOfficer, {"programme", "add", "--code", "KH-DMST", "--name", "Chương trình ĐMST", "--start",
                     "2026", "--end", "2030"});
    db.Ok(kOfficer, {"programme", "add-budget", "--programme", "KH-DMST", "--year", "2026", "--content",
                     "consulting", "--amount", "500.000.000"});
    const auto created = nlohmann::json::parse(
        db.Ok(kOfficer, {"--json", "application", "create", "--enterprise", "0300588569", "--programme",
                         "KH-DMST", "--year", "2026", "--content", "consulting", "--title",
                         "Thuê tư vấn ISO 22000", "--requested", "100.000.000", "--co-funding", "60.000.000"})
            .out);
    const std::string id = std::to_string(created["id"].get<long long>());
    db.Ok(kOfficer, {"application", "submit", id});
    db.Ok(kOfficer, {"application", "review", id});
    db.Ok(kOfficer, {"application", "recommend", id});
    const auto draft =
        nlohmann::json::parse(db.Ok(kOfficer, {"--json", "decision", "draft", id, "--kind", "approval",
                                               "--amount", "100.000.000", "--number", "1/QĐ-SKHCN", "--date",
                                               "20/06/2026", "--signer-name", "Phó Giám đốc Lê Thị Châu"})
                                  .out);
    const auto signed_ =
        db.Ok(kApprover, Joined({"decision", "sign", std::to_string(draft["id"].get<long long>())},
                                P12Options(SharedTestPki().signer)));
    CHECK_THAT(signed_.out, Catch::Contains("Audit checkpoint (entry"));
}

}  // namespace

TEST_CASE("check exits 0 on a clean database and 1 naming what was changed with sqlite3", "[cli][check]") {
    RequireTool(Tool::Sqlite3);
    TempFolder folder;
    const CliDatabase db(folder);
    const auto clean = db.Run(kViewer, {"check"});
    INFO(clean.out << clean.err);
    CHECK(clean.exit_code == 0);
    CHECK_THAT(clean.out, Catch::Contains("No discrepancies."));
    CHECK(nlohmann::json::parse(db.Ok(kViewer, {"--json", "check"}).out)["clean"] == true);

    db.Sql("UPDATE app_user SET role = 'admin' WHERE name = 'xem.giang';");
    const auto found = db.Run(kAdmin, {"check"});
    INFO(found.out << found.err);
    CHECK(found.exit_code == 1);
    CHECK_THAT(found.out, Catch::Contains("[field_changed] app_user") &&
                              Catch::Contains("field role: stored \"admin\", the audit trail"));
    CHECK_THAT(found.err, Catch::Contains("Reconciliation found 1 discrepancies"));
    const auto json = db.Run(kAdmin, {"--json", "check"});
    CHECK(json.exit_code == 1);
    const auto report = nlohmann::json::parse(json.out);
    CHECK(report["clean"] == false);
    REQUIRE(report["findings"].size() == 1);
    CHECK(report["findings"][0]["table"] == "app_user");
    CHECK(report["findings"][0]["field"] == "role");
    CHECK(report["findings"][0]["stored"] == "\"admin\"");
    CHECK(report["findings"][0]["audited"] == "\"viewer\"");
    // In Vietnamese too.
    CHECK_THAT(db.Run(kAdmin, {"check"}, "vi").out, Catch::Contains("trường role: CSDL ghi \"admin\""));
}

TEST_CASE(
    "A signed decision leaves a checkpoint, and a trail cut short after it is said at start and by check",
    "[cli][check]") {
    RequireTool(Tool::Sqlite3);
    TempFolder folder;
    const CliDatabase db(folder);
    SignedWork(db);
    REQUIRE(std::filesystem::exists(folder.Path() / "checkpoints"));
    const auto clean = db.Run(kViewer, {"check"});
    INFO(clean.out << clean.err);
    CHECK(clean.exit_code == 0);
    CHECK_THAT(clean.out, Catch::Contains("matches the audit trail"));
    CHECK(clean.err.find("WARNING") == std::string::npos);

    // The attacker removes the append-only guard and the newest entries (the signature's).
    const auto head = std::stoll(db.SqlValue("SELECT MAX(seq) FROM audit_entry;"));
    db.Sql("DROP TRIGGER audit_entry_no_delete; DELETE FROM audit_entry WHERE seq > " +
           std::to_string(head - 4) + ";");
    const auto any = db.Run(kViewer, {"enterprise", "search", "Yến"});
    CHECK_THAT(any.err, Catch::Contains("WARNING: The audit trail was cut short"));
    const auto checked = db.Run(kViewer, {"check"});
    CHECK(checked.exit_code == 1);
    CHECK_THAT(checked.out, Catch::Contains("[checkpoint] audit_entry " + std::to_string(head)));
}
