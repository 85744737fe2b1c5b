// Backup and restore as docs/RELIABILITY.md tells an administrator to do them: `innodesk-cli
// backup` for SQLite, pg_dump and pg_restore for PostgreSQL. The restored database must hold
// every record of every table exactly as it was, open, verify its audit chain and verify every
// signed decision against its trust store.
#include "cli_fixture.h"
#include "persistence/postgres_connection.h"
#include "pinned_roots.h"
#include "reliability_support.h"
#include "test_database.h"
#include "test_tools.h"

#include <soci/postgresql/soci-postgresql.h>
#include <catch2/catch.hpp>

#include <unistd.h>
#include <cstdlib>
#include <iostream>
#include <numeric>

using namespace innodesk;
using namespace innodesk::testing;

namespace {

// The demo administrator and viewer (README); `generate` hashes their passwords at full cost.
const std::vector<std::string> kAdminSignIn{"--user", "quantri"};
const std::vector<std::string> kAdminPassword{"INNODESK_PASSWORD=HeThong-demo-2026"};
// Volumes per enterprise asked for explicitly (the demo's default is a province's year, far
// fewer records): the copy is compared on a few thousand records of every kind.
const std::vector<std::string> kDemoSize{"--enterprises",
                                         "300",
                                         "--seed",
                                         "7",
                                         "--applications-per-enterprise",
                                         "0.3",
                                         "--vouchers-per-enterprise",
                                         "0.1",
                                         "--ip-filings-per-enterprise",
                                         "0.05",
                                         "--attendance-per-enterprise",
                                         "1.5"};

CliResult Cli(const std::string& db, const std::vector<std::string>& command) {
    return RunCli(Joined(Joined({"--db", db, "--lang", "en"}, kAdminSignIn), command), kAdminPassword);
}

void RequireOk(const CliResult& result) {
    INFO(result.err << result.out);
    REQUIRE(result.exit_code == 0);
}

// What a restored database must do besides holding the same records.
void RequireUsable(const std::string& db) {
    const auto audit = Cli(db, {"audit", "verify"});
    INFO(audit.err << audit.out);
    CHECK(audit.exit_code == 0);
    const auto decisions = Cli(db, {"decision", "verify", "--all"});
    INFO(decisions.err << decisions.out);
    CHECK(decisions.exit_code == 0);
    CHECK_THAT(decisions.out, Catch::Contains("failed: 0"));
}

std::size_t Records(const TableRows& rows) {
    return std::accumulate(rows.begin(), rows.end(), std::size_t{0},
                           [](std::size_t sum, const auto& table) { return sum + table.second.size(); });
}

// Every row of every table of a PostgreSQL database, as the server prints the row, in order.
TableRows PostgresRows(const std::string& uri) {
    soci::session session(soci::postgresql, persistence::PostgresConnectionString(uri));
    std::vector<std::string> tables(200);
    session << "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
               "AND table_type = 'BASE TABLE' ORDER BY table_name",
        soci::into(tables);
    TableRows rows;
    for (const auto& table : tables) {
        auto& out = rows[table];
        soci::rowset<std::string> values =
            (session.prepare << "SELECT CAST(t AS text) FROM " + table + " t ORDER BY 1");
        for (const auto& value : values) out.push_back(value);
    }
    return rows;
}

std::string WithDatabase(const std::string& uri, const std::string& database) {
    const auto slash = uri.rfind('/');
    return uri.substr(0, slash + 1) + database;
}

int Run(const std::string& command) {
    INFO(command);
    return Shell(command);
}

}  // namespace

TEST_CASE("An SQLite backup restores every record, its audit chain and its signatures",
          "[reliability][backup][sqlite-only]") {
    TempFolder folder;
    const PinnedRoots pins;  // where the demo pins its root: the test's folder, not ~/.config
    const std::string original = folder / "demo.db";
    RequireOk(RunCli(
        Joined({"--db", original, "--lang", "en", "generate", "--pki-dir", folder / "pki"}, kDemoSize)));
    const std::string copy = folder / "restored/copy.db";
    std::filesystem::create_directories(folder / "restored");
    RequireOk(Cli(original, {"backup", copy}));

    // Restoring is putting the copy where the database was; here it is opened where it lies.
    const auto before = SqliteRows(original);
    const auto after = SqliteRows(copy);
    REQUIRE(before.size() == after.size());
    std::size_t compared = 0;
    for (const auto& [table, rows] : before) {
        INFO("table " << table);
        REQUIRE(after.count(table) == 1);
        CHECK(after.at(table).size() == rows.size());
        CHECK(after.at(table) == rows);
        compared += rows.size();
    }
    CHECK(SqliteIntegrity(copy) == "ok");
    RequireUsable(copy);
    std::cout << "SQLite backup: " << before.size() << " tables, " << compared
              << " records compared value by value, 0 different or lost" << std::endl;
}

TEST_CASE("A PostgreSQL database dumped with pg_dump and restored with pg_restore is whole",
          "[reliability][backup][postgres-only]") {
    const std::string pg_dump = RequireTool(Tool::PgDump);
    const std::string pg_restore = RequireTool(Tool::PgRestore);
    const char* base = std::getenv("INNODESK_TEST_PG");
    REQUIRE(base != nullptr);
    const std::string suffix = std::to_string(::getpid());
    const std::string source_name = "innodesk_backup_" + suffix;
    const std::string restored_name = "innodesk_restored_" + suffix;
    const std::string source = WithDatabase(base, source_name);
    const std::string restored = WithDatabase(base, restored_name);
    soci::session admin(soci::postgresql, persistence::PostgresConnectionString(base));
    admin << "DROP DATABASE IF EXISTS " + source_name;
    admin << "DROP DATABASE IF EXISTS " + restored_name;
    admin << "CREATE DATABASE " + source_name;

    TempFolder folder;
    const PinnedRoots pins;  // where the demo pins its root: the test's folder, not ~/.config
    RequireOk(
        RunCli(Joined({"--db", source, "--lang", "en", "generate", "--pki-dir", folder / "pki"}, kDemoSize)));

    // The procedure in docs/RELIABILITY.md, word for word.
    const std::string dump = folder / "innodesk.dump";
    REQUIRE(Run(pg_dump + " --format=custom --file=" + ShellQuoted(dump) + " " + ShellQuoted(source)) == 0);
    admin << "CREATE DATABASE " + restored_name;
    REQUIRE(Run(pg_restore + " --exit-on-error --no-owner --dbname=" + ShellQuoted(restored) + " " +
                ShellQuoted(dump)) == 0);

    const auto before = PostgresRows(source);
    const auto after = PostgresRows(restored);
    REQUIRE(before.size() == after.size());
    for (const auto& [table, rows] : before) {
        INFO("table " << table);
        REQUIRE(after.count(table) == 1);
        CHECK(after.at(table) == rows);
    }
    RequireUsable(restored);
    // The restored log is still append-only: its guards came back with it.
    soci::session restored_session(soci::postgresql, persistence::PostgresConnectionString(restored));
    CHECK_THROWS(restored_session << "DELETE FROM audit_entry WHERE seq = 1");
    std::cout << "PostgreSQL pg_dump/pg_restore: " << before.size() << " tables, " << Records(before)
              << " records compared row by row, 0 different or lost" << std::endl;
    admin << "DROP DATABASE " + source_name + " WITH (FORCE)";
    admin << "DROP DATABASE " + restored_name + " WITH (FORCE)";
}
