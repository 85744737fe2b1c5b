// Opening databases: creation, migration, and refusing damaged, foreign or newer files
// without writing to them.
#include "domain/enterprise_service.h"
#include "persistence/migrations.h"
#include "scenario.h"
#include "tests/support/raw_store.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <random>
#include <set>

#include <sys/stat.h>

using namespace innodesk;
using persistence::OpenMode;
using persistence::SociStore;

namespace {

std::string ReadAll(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

domain::ErrorCode OpenErrorCode(const persistence::DatabaseTarget& target, OpenMode mode) {
    try {
        innodesk::testing::OpenRawStore(target, mode);
    } catch (const domain::DomainError& error) {
        return error.Code();
    }
    FAIL("opened " << target.location);
    return domain::ErrorCode::InvalidValue;
}

// The quick_check runs beside the reading, so a file damaged inside may open; it must then be
// refused at the first write, before anything is written.
domain::ErrorCode OpenOrFirstWriteErrorCode(const persistence::DatabaseTarget& target) {
    try {
        auto store = innodesk::testing::OpenRawStore(target, OpenMode::MustExist);
        store->Begin(domain::TransactionMode::Write);
    } catch (const domain::DomainError& error) {
        return error.Code();
    }
    FAIL("opened " << target.location << " and began writing");
    return domain::ErrorCode::InvalidValue;
}

}  // namespace

TEST_CASE("A new database is created at the current schema version and reopens as it is", "[db]") {
    testing::TestDatabase db;
    CHECK(db.Store().SchemaVersion() == persistence::kSchemaVersion);
    auto again = db.Connect();
    CHECK(again->SchemaVersion() == persistence::kSchemaVersion);
}

TEST_CASE("A database from a newer InnoDesk is refused and left unchanged", "[db]") {
    testing::TestDatabase db;
    db.Store().Session()
        << "INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'future', 0)";
    try {
        db.Connect();
        FAIL("opened a newer database");
    } catch (const domain::DomainError& error) {
        CHECK(error.Code() == domain::ErrorCode::SchemaTooNew);
        CHECK_THAT(error.Message(domain::Language::English), Catch::Contains("schema version 99"));
    }
    int count = 0;
    db.Store().Session() << "SELECT COUNT(*) FROM schema_version", soci::into(count);
    CHECK(count == persistence::kSchemaVersion + 1);  // one row per migration, and the future one
}

TEST_CASE("A missing SQLite file is not created by ordinary commands", "[db][sqlite-only]") {
    testing::TestDatabase db;
    const auto missing = db.Folder() / "absent.db";
    CHECK(OpenErrorCode({persistence::Backend::Sqlite, missing.string()}, OpenMode::MustExist) ==
          domain::ErrorCode::NotFound);
    CHECK_FALSE(std::filesystem::exists(missing));
}

TEST_CASE("Random bytes and truncated files are refused and never written to", "[db][sqlite-only]") {
    testing::TestDatabase db;
    SECTION("random bytes") {
        const auto path = db.Folder() / "random.db";
        std::mt19937 random(42);
        std::string bytes(64 * 1024, '\0');
        for (auto& byte : bytes) byte = static_cast<char>(random());
        std::ofstream(path, std::ios::binary) << bytes;
        CHECK(OpenErrorCode({persistence::Backend::Sqlite, path.string()}, OpenMode::MustExist) ==
              domain::ErrorCode::DatabaseDamaged);
        CHECK(ReadAll(path) == bytes);
        CHECK_FALSE(std::filesystem::exists(path.string() + "-wal"));
    }
    SECTION("a real database cut short") {
        domain::EnterpriseService service(db.Store(), db.Text());
        domain::Enterprise e;
        e.tax_code = domain::TaxCode::Parse("0300588569");
        e.name = "Công ty TNHH Yến Sào";
        e.province = "Khánh Hòa";
        service.Register(e, testing::AddFirstOfficer(db));
        const auto copy = db.Folder() / "copy.db";
        db.Store().BackupTo(copy);
        const std::string whole = ReadAll(copy);
        REQUIRE(whole.size() > 8192);
        const auto cut = db.Folder() / "cut.db";
        std::ofstream(cut, std::ios::binary) << whole.substr(0, whole.size() / 2);
        const std::string before = ReadAll(cut);
        CHECK(OpenOrFirstWriteErrorCode({persistence::Backend::Sqlite, cut.string()}) ==
              domain::ErrorCode::DatabaseDamaged);
        CHECK(ReadAll(cut) == before);
    }
}

TEST_CASE("The online backup is a complete, openable copy", "[db][sqlite-only]") {
    testing::TestDatabase db;
    domain::EnterpriseService service(db.Store(), db.Text());
    domain::Enterprise e;
    e.tax_code = domain::TaxCode::Parse("0300588569");
    e.name = "Công ty TNHH Yến Sào";
    e.province = "Khánh Hòa";
    service.Register(e, testing::AddFirstOfficer(db));
    const auto copy = db.Folder() / "backup.db";
    db.Store().BackupTo(copy);
    CHECK_FALSE(std::filesystem::exists(copy.string() + ".partial"));
    auto restored =
        innodesk::testing::OpenRawStore({persistence::Backend::Sqlite, copy.string()}, OpenMode::MustExist);
    domain::EnterpriseService restored_service(*restored, db.Text());
    CHECK(restored_service.GetByTaxCode("0300588569").name == "Công ty TNHH Yến Sào");
}

namespace {

// Every file below `folder`, as paths relative to it.
std::set<std::string> FilesBelow(const std::filesystem::path& folder) {
    std::set<std::string> found;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder))
        if (entry.is_regular_file()) found.insert(std::filesystem::relative(entry.path(), folder).string());
    return found;
}

}  // namespace

TEST_CASE("An SQLite path opens exactly that file, whatever characters it has", "[db][sqlite-only]") {
    testing::TestDatabase db;
    // "Hồ sơ" written with combining marks (NFD), as macOS file systems and some copies write it:
    // a different name, byte for byte, from the NFC one, and it must stay so.
    const std::string nfd_ho_so = "Ho\xcc\x82\xcc\x80 so\xcc\x9b";
    const std::string name =
        GENERATE_COPY(as<std::string>{}, "Hồ sơ 2027/Kho dữ liệu.db", "a b.db", "db=\"x y\" timeout=1.db",
                      "it's \"quoted\".db", "a=b;c=d.db", "file:local.db", ":memory:", nfd_ho_so + "/kho.db",
                      " leading space.db");
    INFO(name);
    const auto folder = db.Folder() / "exact";
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    const auto path = folder / name;
    const persistence::DatabaseTarget target{persistence::Backend::Sqlite, path.string()};
    const auto listing = [] {
        std::set<std::string> names;
        for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::current_path()))
            names.insert(entry.path().filename().string());
        return names;
    };
    const auto working_folder_before = listing();
    {
        const auto store = innodesk::testing::OpenRawStore(target, OpenMode::CreateIfMissing);
        store->Session() << "CREATE TABLE marker (value TEXT)";
        store->Session() << "INSERT INTO marker VALUES ('here')";
    }
    // Only the file named, and nothing beside it (no "Hồ", no "a"), nor in the working folder.
    CHECK(FilesBelow(folder) == std::set<std::string>{name});
    CHECK(listing() == working_folder_before);
    const auto again = innodesk::testing::OpenRawStore(target, OpenMode::MustExist);
    std::string value;
    again->Session() << "SELECT value FROM marker", soci::into(value);
    CHECK(value == "here");
    if (name.rfind(nfd_ho_so, 0) == 0)  // the NFC spelling of the same folder was never made
        CHECK_FALSE(std::filesystem::exists(folder / "Hồ sơ"));
}

TEST_CASE("A database, its write-ahead log and its backups are private to their owner", "[db][sqlite-only]") {
    testing::TestDatabase db;
    const mode_t previous = ::umask(0);  // the most permissive umask: nothing may be left to it
    const auto path = db.Folder() / "Sở KH&CN" / "kho dữ liệu.db";
    const persistence::DatabaseTarget target{persistence::Backend::Sqlite, path.string()};
    {
        const auto store = innodesk::testing::OpenRawStore(target, OpenMode::CreateIfMissing);
        store->Session() << "CREATE TABLE marker (value TEXT)";
        store->Session() << "INSERT INTO marker VALUES ('here')";
        const auto copy = db.Folder() / "bản sao 01.db";
        store->BackupTo(copy);
        for (const auto& file : {path, std::filesystem::path(path.string() + "-wal"),
                                 std::filesystem::path(path.string() + "-shm"), copy}) {
            INFO(file.string());
            REQUIRE(std::filesystem::exists(file));
            CHECK((std::filesystem::status(file).permissions() & std::filesystem::perms::all) ==
                  (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
        }
    }
    ::umask(previous);
}
