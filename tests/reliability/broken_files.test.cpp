// A full disk, a read-only file, a file another program has locked, a missing file, random
// bytes, a cut-off file, a database from a newer InnoDesk and a PostgreSQL server that goes away:
// each through innodesk-cli as a person meets it (tests/db/store_opening.test.cpp covers the same
// files at the storage layer). Each must give a clear message and leave the data as it was.
#include "cli_fixture.h"
#include "domain/enterprise_import.h"
#include "domain/enterprise_service.h"
#include "persistence/postgres_connection.h"
#include "reliability_support.h"
#include "scenario.h"
#include "tests/support/raw_store.h"

#include <soci/postgresql/soci-postgresql.h>
#include <sqlite3.h>
#include <catch2/catch.hpp>

#include <unistd.h>
#include <filesystem>
#include <fstream>
#include <iostream>

using namespace innodesk;
using namespace innodesk::testing;

namespace {

std::string Bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A database with a few enterprises: something to lose.
void AddEnterprises(const CliDatabase& db, int count) {
    std::uint64_t prefix = 370'000'000;
    for (int i = 0; i < count; ++i)
        db.Ok(kOfficer, {"enterprise", "add", "--tax-code", NextValidTaxCode(prefix), "--name",
                         "Công ty TNHH Thử Nghiệm " + std::to_string(i), "--province", "Khánh Hòa"});
}

std::string Registry(const TempFolder& folder, int rows) {
    std::uint64_t prefix = 420'000'000;
    std::string csv = "Mã số thuế,Tên doanh nghiệp,Tỉnh\n";
    for (int i = 0; i < rows; ++i)
        csv += NextValidTaxCode(prefix) + ",Công ty Cổ phần Dữ liệu Lớn Số " + std::to_string(i) +
               " với một cái tên dài để chiếm chỗ trên đĩa,Khánh Hòa\n";
    const std::string file = folder / "registry.csv";
    WriteText(file, csv);
    return file;
}

void RequireRefused(const CliResult& result, const std::vector<std::string>& phrases) {
    INFO("exit " << result.exit_code << ": " << result.err << result.out);
    CHECK(result.exit_code == 1);
    for (const auto& phrase : phrases) CHECK_THAT(result.err, Catch::Contains(phrase));
}

}  // namespace

TEST_CASE("A full disk refuses the import with a clear message and keeps the data",
          "[reliability][files][sqlite-only]") {
    TempFolder folder;
    const CliDatabase db(folder);
    AddEnterprises(db, 3);
    const auto before = SqliteRows(db.Path());
    const std::string registry = Registry(folder, 20'000);

    SECTION("a small file system (tmpfs in a private mount namespace)") {
        // The database is copied onto a file system with 192 KiB to spare, the import runs there,
        // and whatever is left (the file and its write-ahead log) is copied back to be compared.
        // At the fixture's scrypt cost, as RunCli runs it: at another, signing in would rehash the
        // officer's password, a change of its own.
        const std::string mount_point = folder / "small-disk";
        const std::string back = folder / "back";
        std::filesystem::create_directories(mount_point);
        std::filesystem::create_directories(back);
        REQUIRE(SqliteValue(db.Path(), "PRAGMA wal_checkpoint(TRUNCATE)") ==
                "0");  // the file alone holds it all
        const auto size = std::filesystem::file_size(db.Path()) + 192 * 1024;
        const std::string script =
            "set -e; mount -t tmpfs -o size=" + std::to_string(size) + " innodesk-full " +
            ShellQuoted(mount_point) + "; cp " + ShellQuoted(db.Path()) + " " + ShellQuoted(mount_point) +
            "; set +e; INNODESK_SCRYPT=" + std::string(kCheapScryptCost) + " " + ShellQuoted(INNODESK_CLI) +
            " --db " + ShellQuoted(mount_point + "/t.db") + " --lang en --user " + kOfficer +
            " --password-file " + ShellQuoted(db.PasswordFile(kOfficer)) + " enterprise import " +
            ShellQuoted(registry) + " > " + ShellQuoted(folder / "out.txt") + " 2> " +
            ShellQuoted(folder / "err.txt") + "; echo $? > " + ShellQuoted(folder / "rc.txt") + "; cp " +
            ShellQuoted(mount_point) + "/t.db* " + ShellQuoted(back);
        if (Shell("unshare -m sh -c " + ShellQuoted(script) + " 2>/dev/null") != 0) {
            WARN(
                "cannot mount a tmpfs here (needs CAP_SYS_ADMIN): the full-disk case runs on max_page_count "
                "only");
            return;
        }
        const std::string err = ReadText(folder / "err.txt");
        INFO(err);
        CHECK(FirstLine(folder / "rc.txt") == "1");
        CHECK_THAT(err, Catch::Contains("the disk is full") && Catch::Contains("nothing was changed"));
        // SQLite rolled the transaction back itself; InnoDesk must not then report a failed rollback.
        CHECK_THAT(err, !Catch::Contains("rollback failed"));
        CHECK(SqliteIntegrity(back + "/t.db") == "ok");
        CHECK(SqliteRows(back + "/t.db") == before);
    }
    SECTION("SQLite's max_page_count, through the import service") {
        auto store = innodesk::testing::OpenRawStore({persistence::Backend::Sqlite, db.Path()},
                                                     persistence::OpenMode::MustExist);
        int pages = 0;
        store->Session() << "PRAGMA page_count", soci::into(pages);
        store->Session() << "PRAGMA max_page_count = " + std::to_string(pages + 40);
        const text::IcuTextRules text;
        domain::Table table{{"Mã số thuế", "Tên doanh nghiệp", "Tỉnh"}, {}};
        std::uint64_t prefix = 430'000'000;
        for (std::size_t i = 0; i < 20'000; ++i)
            table.rows.push_back(
                {i + 2, {NextValidTaxCode(prefix), "Công ty TNHH Số " + std::to_string(i), "Khánh Hòa"}});
        const domain::Actor officer{
            kOfficer, domain::Role::Officer,
            std::stoll(SqliteValue(db.Path(), "SELECT id FROM app_user WHERE name = 'canbo.an'"))};
        // The repository turns SOCI's error into words itself: no SOCI type reaches the caller.
        try {
            domain::EnterpriseImport(*store, text).Run(table, officer);
            FAIL("the import fitted in 40 pages");
        } catch (const domain::DomainError& error) {
            CHECK(error.Code() == domain::ErrorCode::Storage);
            CHECK_THAT(error.Message(domain::Language::English), Catch::Contains("the disk is full"));
            CHECK_THAT(error.Message(domain::Language::Vietnamese), Catch::Contains("ổ đĩa đã đầy"));
        }
        store.reset();
        CHECK(SqliteIntegrity(db.Path()) == "ok");
        CHECK(SqliteRows(db.Path()) == before);
    }
}

TEST_CASE("A read-only database is refused for writing with a clear message",
          "[reliability][files][sqlite-only]") {
    TempFolder folder;
    const CliDatabase db(folder);
    AddEnterprises(db, 2);
    // Checkpointed into the main file, so that the file alone holds everything.
    REQUIRE(SqliteValue(db.Path(), "PRAGMA wal_checkpoint(TRUNCATE)") == "0");
    const auto before = SqliteRows(db.Path());
    const std::string bytes = Bytes(db.Path());
    std::vector<std::string> command{"--db",
                                     db.Path(),
                                     "--lang",
                                     "en",
                                     "--user",
                                     kOfficer,
                                     "--password-file",
                                     db.PasswordFile(kOfficer),
                                     "enterprise",
                                     "add",
                                     "--tax-code",
                                     "0300588569",
                                     "--name",
                                     "Công ty TNHH Yến Sào",
                                     "--province",
                                     "Khánh Hòa"};
    CliResult result;
    if (::geteuid() == 0) {
        // Permission bits do not stop root: run the tool as `nobody`, to whom the file is read-only.
        Shell("chmod 0755 " + ShellQuoted(folder.Path().string()) + "; chmod 0644 " + ShellQuoted(db.Path()) +
              " " + ShellQuoted(db.PasswordFile(kOfficer)));
        std::string line = "runuser -u nobody -- " + ShellQuoted(INNODESK_CLI);
        for (const auto& argument : command) line += " " + ShellQuoted(argument);
        result.exit_code = WEXITSTATUS(Shell(line + " > /dev/null 2> " + ShellQuoted(folder / "err.txt")));
        result.err = ReadText(folder / "err.txt");
    } else {
        std::filesystem::permissions(db.Path(),
                                     std::filesystem::perms::owner_read | std::filesystem::perms::group_read);
        result = RunCli(command);
    }
    RequireRefused(result, {"read-only", "write permission"});
    CHECK(Bytes(db.Path()) == bytes);
    CHECK(SqliteRows(db.Path()) == before);
}

TEST_CASE("A database locked by another program is refused after waiting, unchanged",
          "[reliability][files][sqlite-only]") {
    TempFolder folder;
    const CliDatabase db(folder);
    AddEnterprises(db, 2);
    const auto before = SqliteRows(db.Path());
    {
        // This test process is the other program: it holds the write lock for the whole run.
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open(db.Path().c_str(), &raw) == SQLITE_OK);
        const std::unique_ptr<sqlite3, int (*)(sqlite3*)> holder(raw, &sqlite3_close);
        REQUIRE(sqlite3_exec(raw, "BEGIN EXCLUSIVE; UPDATE setting SET value = value WHERE 0;", nullptr,
                             nullptr, nullptr) == SQLITE_OK);
        const auto start = std::chrono::steady_clock::now();
        const auto result = db.Run(kOfficer, {"enterprise", "add", "--tax-code", "0300588569", "--name",
                                              "Công ty TNHH Yến Sào", "--province", "Khánh Hòa"});
        const double waited = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        RequireRefused(result, {"locked by another program", "nothing was changed"});
        CHECK(waited >= 9.0);  // the busy timeout: a short lock is waited out, not refused
        sqlite3_exec(raw, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    CHECK(SqliteRows(db.Path()) == before);
    // With the lock gone, the same command goes through.
    db.Ok(kOfficer, {"enterprise", "add", "--tax-code", "0300588569", "--name", "Công ty TNHH Yến Sào",
                     "--province", "Khánh Hòa"});
}

TEST_CASE("Missing, random, cut-off and newer database files are refused by every command, untouched",
          "[reliability][files][sqlite-only]") {
    TempFolder folder;
    const CliDatabase db(folder);
    AddEnterprises(db, 2);
    REQUIRE(SqliteValue(db.Path(), "PRAGMA wal_checkpoint(TRUNCATE)") == "0");
    const std::string whole = Bytes(db.Path());
    const std::string target = folder / "case.db";
    const auto run = [&](const std::vector<std::string>& command) {
        return RunCli(Joined({"--db", target, "--lang", "en", "--user", kOfficer, "--password-file",
                              db.PasswordFile(kOfficer)},
                             command));
    };
    const std::vector<std::vector<std::string>> commands{
        {"enterprise", "search", "khanh hoa"},
        {"enterprise", "add", "--tax-code", "0300588569", "--name", "Công ty TNHH Yến Sào", "--province",
         "Khánh Hòa"},
        {"audit", "verify"},
        {"backup", folder / "copy.db"},
    };
    struct Case {
        const char* name;
        std::string bytes;  // empty: no file at all
        std::vector<std::string> phrases;
    };
    std::mt19937 random(ReliabilitySeed());
    std::string noise(96 * 1024, '\0');
    for (auto& byte : noise) byte = static_cast<char>(random());
    std::string newer;
    {
        const std::string scratch = folder / "newer.db";
        std::ofstream(scratch, std::ios::binary) << whole;
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open(scratch.c_str(), &raw) == SQLITE_OK);
        REQUIRE(sqlite3_exec(
                    raw,
                    "INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'future', 0);"
                    "PRAGMA wal_checkpoint(TRUNCATE);",
                    nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(raw);
        newer = Bytes(scratch);
    }
    const std::vector<Case> cases{
        {"missing", "", {"There is no database at", "innodesk-cli init"}},
        {"random bytes", noise, {"damaged", "Restore the latest backup"}},
        {"cut in half", whole.substr(0, whole.size() / 2), {"damaged", "Restore the latest backup"}},
        {"newer schema", newer, {"schema version 99"}},
    };
    int refusals = 0;
    for (const auto& c : cases) {
        for (const auto& command : commands) {
            INFO(c.name << ": " << command[0] << " " << command[1]);
            std::filesystem::remove(target);
            std::filesystem::remove(target + "-wal");
            std::filesystem::remove(target + "-shm");
            if (!c.bytes.empty()) std::ofstream(target, std::ios::binary) << c.bytes;
            RequireRefused(run(command), c.phrases);
            ++refusals;
            if (c.bytes.empty()) {
                CHECK_FALSE(std::filesystem::exists(target));
            } else {
                CHECK(Bytes(target) == c.bytes);
            }
            CHECK_FALSE(std::filesystem::exists(folder / "copy.db"));
        }
    }
    std::cout << "broken files: " << refusals
              << " commands on 4 kinds of file, each refused with its reason, no byte changed" << std::endl;
}

TEST_CASE("A PostgreSQL server that goes away mid-session gives a clear message and keeps the data",
          "[reliability][files][postgres-only]") {
    TestDatabase db;
    const auto officer = AddFirstOfficer(db);
    domain::EnterpriseService enterprises(db.Store(), db.Text());
    domain::Enterprise e;
    e.tax_code = domain::TaxCode::Parse("0300588569");
    e.name = "Công ty TNHH Yến Sào";
    e.province = "Khánh Hòa";
    enterprises.Register(e, officer);
    auto watcher = db.Connect();
    const auto count = [&](const char* table) {
        long long n = 0;
        watcher->Session() << std::string("SELECT COUNT(*) FROM ") + table, soci::into(n);
        return n;
    };
    const long long enterprises_before = count("enterprise");
    const long long audit_before = count("audit_entry");

    // The session is ended by the server between two operations (an administrator's
    // pg_terminate_backend, a restart, a dropped network): the next operation is refused.
    const auto terminate = [&] {
        int backend = 0;
        db.Store().Session() << "SELECT pg_backend_pid()", soci::into(backend);
        watcher->Session() << "SELECT pg_terminate_backend(" + std::to_string(backend) + ")";
    };
    SECTION("between operations") {
        terminate();
        e.tax_code = domain::TaxCode::Parse("0101248141");
        try {
            enterprises.Register(e, officer);
            FAIL("registered over a closed connection");
        } catch (const domain::DomainError& error) {
            INFO(error.Message(domain::Language::English));
            CHECK(error.Code() == domain::ErrorCode::Storage);
            CHECK_THAT(error.Message(domain::Language::English),
                       Catch::Contains("connection to the database server was lost") ||
                           Catch::Contains("the PostgreSQL server cannot be reached"));
        }
    }
    SECTION("inside a transaction, before its commit") {
        auto tx = db.Store().Begin(domain::TransactionMode::Write);
        e.tax_code = domain::TaxCode::Parse("0101248141");
        const auto normalised = domain::NormaliseEnterprise(e, db.Text());
        tx->Enterprises().Insert(normalised, "yen sao", "00");
        terminate();
        try {
            tx->Commit();
            FAIL("committed over a closed connection");
        } catch (const domain::DomainError& error) {
            INFO(error.Message(domain::Language::English));
            CHECK(error.Code() == domain::ErrorCode::Storage);
            CHECK_THAT(error.Message(domain::Language::English), Catch::Contains("Cannot commit the change"));
        }
    }
    CHECK(count("enterprise") == enterprises_before);
    CHECK(count("audit_entry") == audit_before);
}
