// The audit trail through innodesk-cli: its history, the hash chain catching rows edited,
// deleted, inserted or reordered with the sqlite3 tool, and signed checkpoints catching a log cut
// short.
#include "cli_fixture.h"
#include "cli_pki.h"
#include "test_tools.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <string>

using namespace innodesk::testing;

namespace {

// After the seeding the log holds one user.create entry per test user and the administrator's
// setting.set of the one-person rule (tests/support/one_person_rule.h): seven entries.
constexpr int kSeededEntries = 7;

CliResult Verify(const CliDatabase& db, const std::vector<std::string>& more = {}) {
    return db.Run(kViewer, Joined({"audit", "verify"}, more));
}

void RequireBrokenAt(const CliDatabase& db, int entry, const std::string& reason) {
    const auto result = Verify(db);
    INFO(result.out << result.err);
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.out, Catch::Contains("The log breaks at entry " + std::to_string(entry) + ":") &&
                               Catch::Contains("[" + reason + "]"));
    CHECK_THAT(result.err, Catch::Contains("The log was changed outside InnoDesk") &&
                               Catch::Contains("[database_damaged]"));
}

}  // namespace

TEST_CASE("audit log shows who changed what", "[cli][audit]") {
    TempFolder folder;
    const CliDatabase db(folder);
    db.Ok(kOfficer, {"enterprise", "add", "--tax-code", "0300588569", "--name", "Công ty TNHH Yến Sào",
                     "--province", "Khánh Hòa"});
    const auto latest = nlohmann::json::parse(db.Ok(kViewer, {"--json", "audit", "log", "--limit", "2"}).out);
    REQUIRE(latest.size() == 2);
    const auto& newest = latest[0]["seq"] > latest[1]["seq"] ? latest[0] : latest[1];
    CHECK(newest["actor"] == kOfficer);
    CHECK(newest["entity"] == "enterprise");
    CHECK(newest["seq"] == kSeededEntries + 1);
    const auto history = nlohmann::json::parse(
        db.Ok(kViewer, {"--json", "audit", "log", "--entity", "user", "--id", "2"}).out);
    REQUIRE(history.size() == 1);
    CHECK(history[0]["actor"] == kAdmin);
    CHECK(history[0]["action"] == "user.create");
    // Sign-in and reading change nothing.
    CHECK(nlohmann::json::parse(db.Ok(kViewer, {"--json", "audit", "log", "--limit", "100"}).out).size() ==
          kSeededEntries + 1);
}

TEST_CASE("audit verify finds rows changed outside InnoDesk", "[cli][audit]") {
    RequireTool(Tool::Sqlite3);  // tampers with the file as an outsider would
    TempFolder folder;
    const CliDatabase db(folder);
    const auto fresh = Verify(db);
    INFO(fresh.err);
    REQUIRE(fresh.exit_code == 0);
    CHECK_THAT(fresh.out,
               Catch::Contains("The log's chain is intact: " + std::to_string(kSeededEntries) + " entries"));

    SECTION("the triggers refuse changes until dropped") {
        CHECK_FALSE(db.SqlSucceeds("UPDATE audit_entry SET actor = 'x' WHERE seq = 3;"));
        CHECK_FALSE(db.SqlSucceeds("DELETE FROM audit_entry WHERE seq = 3;"));
        CHECK(Verify(db).exit_code == 0);
    }
    SECTION("an entry edited") {
        db.Sql("DROP TRIGGER audit_entry_no_update; UPDATE audit_entry SET actor = 'x' WHERE seq = 3;");
        RequireBrokenAt(db, 3, "hash_mismatch");
    }
    SECTION("an entry deleted") {
        db.Sql("DROP TRIGGER audit_entry_no_delete; DELETE FROM audit_entry WHERE seq = 3;");
        RequireBrokenAt(db, 3, "sequence_gap");
    }
    SECTION("an entry inserted at the end, chained to the last one") {
        db.Sql(
            "INSERT INTO audit_entry (seq, at, actor, action, entity, entity_id, before_json, after_json, "
            "prev_hash, hash) SELECT seq + 1, at, 'quantri', 'user.create', 'user', 99, 'null', '{}', hash, "
            "'forged' FROM audit_entry ORDER BY seq DESC LIMIT 1;");
        RequireBrokenAt(db, kSeededEntries + 1, "hash_mismatch");
    }
    SECTION("an entry inserted in the middle, the later ones renumbered") {
        db.Sql(
            "DROP TRIGGER audit_entry_no_update;"
            "UPDATE audit_entry SET seq = -seq WHERE seq >= 3; UPDATE audit_entry SET seq = 1 - seq WHERE "
            "seq < 0;"
            "INSERT INTO audit_entry (seq, at, actor, action, entity, entity_id, before_json, after_json, "
            "prev_hash, hash) SELECT 3, at, 'quantri', 'user.create', 'user', 99, 'null', '{}', hash, "
            "'forged' "
            "FROM audit_entry WHERE seq = 2;");
        REQUIRE(db.SqlValue("SELECT count(*) FROM audit_entry;") == std::to_string(kSeededEntries + 1));
        RequireBrokenAt(db, 3, "hash_mismatch");
    }
    SECTION("two entries swapped") {
        db.Sql(
            "DROP TRIGGER audit_entry_no_update;"
            "UPDATE audit_entry SET seq = -3 WHERE seq = 3; UPDATE audit_entry SET seq = 3 WHERE seq = 4;"
            "UPDATE audit_entry SET seq = 4 WHERE seq = -3;");
        RequireBrokenAt(db, 3, "prev_hash_mismatch");
    }
}

TEST_CASE("A signed audit checkpoint catches a log cut short", "[cli][audit][signing]") {
    RequireTool(Tool::Sqlite3);  // tampers with the file as an outsider would
    TempFolder folder;
    const CliDatabase db(folder);
    TrustAndEnrol(db);
    db.Ok(kOfficer,
          {"enterprise", "add", "--tax-code", "0300588569", "--name", "A", "--province", "Khánh Hòa"});
    const std::string checkpoint = folder / "audit.checkpoint";
    const auto refused = db.Run(
        kOfficer, Joined({"audit", "checkpoint", "--out", checkpoint}, P12Options(SharedTestPki().signer)));
    CHECK(refused.exit_code == 1);
    CHECK_THAT(refused.err, Catch::Contains("[permission_denied]"));

    const auto made = db.Ok(
        kApprover, Joined({"audit", "checkpoint", "--out", checkpoint}, P12Options(SharedTestPki().signer)));
    const auto payload = nlohmann::json::parse(ReadText(checkpoint));
    const int covered = payload["entries"].get<int>();
    // The checkpoint covers its own entry, the newest: cutting even that one is caught.
    CHECK(covered == std::stoi(db.SqlValue("SELECT max(seq) FROM audit_entry;")));
    CHECK(db.SqlValue("SELECT action FROM audit_entry WHERE seq = " + std::to_string(covered) + ";") ==
          "audit.checkpoint");
    CHECK(payload["made_by"] == kApprover);
    CHECK_THAT(made.out, Catch::Contains("Checkpoint signed: " + std::to_string(covered) + " entries"));
    CHECK(ReadText(checkpoint + ".p7s").size() > 500);

    // The log grows past a checkpoint and still extends it.
    db.Ok(kOfficer,
          {"enterprise", "add", "--tax-code", "0101248141", "--name", "B", "--province", "Khánh Hòa"});
    const auto extends = Verify(db, {"--checkpoint", checkpoint});
    INFO(extends.out << extends.err);
    CHECK(extends.exit_code == 0);
    CHECK_THAT(extends.out,
               Catch::Contains("still holds the checkpoint's " + std::to_string(covered) + " entries"));

    // Cut the log back to before the checkpoint's last entry: the chain that is left is intact,
    // so only the checkpoint kept outside the database can tell.
    db.Sql("DROP TRIGGER audit_entry_no_delete; DELETE FROM audit_entry WHERE seq >= " +
           std::to_string(covered) + ";");
    const auto plain = Verify(db);
    INFO(plain.out << plain.err);
    CHECK(plain.exit_code == 0);
    const auto against = Verify(db, {"--checkpoint", checkpoint});
    CHECK(against.exit_code == 1);
    CHECK_THAT(against.out, Catch::Contains("The checkpoint covers " + std::to_string(covered) +
                                            " entries but only " + std::to_string(covered - 1)));
    CHECK_THAT(against.err, Catch::Contains("[database_damaged]"));
}

TEST_CASE("A checkpoint whose signature or file was changed is not trusted", "[cli][audit][signing]") {
    TempFolder folder;
    const CliDatabase db(folder);
    TrustAndEnrol(db);
    const std::string checkpoint = folder / "audit.checkpoint";
    db.Ok(kApprover,
          Joined({"audit", "checkpoint", "--out", checkpoint}, P12Options(SharedTestPki().signer)));
    REQUIRE(Verify(db, {"--checkpoint", checkpoint}).exit_code == 0);

    std::string payload = ReadText(checkpoint);
    const auto at = payload.find("\"entries\":");
    REQUIRE(at != std::string::npos);
    payload.insert(at + 10, "1");  // claims ten times more entries
    {
        std::ofstream edited(checkpoint, std::ios::binary | std::ios::trunc);
        edited << payload;
    }
    const auto result = Verify(db, {"--checkpoint", checkpoint});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.out, Catch::Contains("The checkpoint's signature is not valid"));

    const auto missing = Verify(db, {"--checkpoint", folder / "no-such-checkpoint"});
    CHECK(missing.exit_code == 1);
    CHECK_THAT(missing.err, Catch::Contains("Cannot read the file"));
}
