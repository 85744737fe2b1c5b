// Fresh databases for the persistence suite.
#include "test_database.h"
#include "tests/support/raw_store.h"

#include "persistence/postgres_connection.h"
#include "test_tools.h"

#include <catch2/catch.hpp>

#include <soci/postgresql/soci-postgresql.h>

#include <unistd.h>
#include <atomic>
#include <cstdlib>

namespace innodesk::testing {
namespace {

std::string PostgresBaseUri() {
    RequireTool(Tool::PostgresServer);  // without it pg_cluster.sh started no server: skip or fail
    const char* uri = std::getenv("INNODESK_TEST_PG");
    if (!uri || !*uri)
        FAIL(
            "INNODESK_TEST_PG is not set: the PostgreSQL suite runs under CTest, which starts the cluster "
            "(tests/support/pg_cluster.sh) and passes its URI.");
    return uri;
}

std::string UniqueName(const char* prefix) {
    static std::atomic<int> counter{0};
    return std::string(prefix) + std::to_string(::getpid()) + "_" + std::to_string(counter++);
}

}  // namespace

std::string& SuiteBackend() {
    static std::string backend = "sqlite";
    return backend;
}

TestDatabase::TestDatabase() {
    if (SuiteBackend() == "postgres") {
        m_schema = UniqueName("t_");
        soci::session admin(soci::postgresql, persistence::PostgresConnectionString(PostgresBaseUri()));
        admin << "CREATE SCHEMA " + m_schema;  // a name made here, never user text
        m_target = {persistence::Backend::Postgres,
                    PostgresBaseUri() + "?options=-csearch_path%3D" + m_schema};
    } else {
        m_folder = std::filesystem::temp_directory_path() / UniqueName("innodesk-test-");
        std::filesystem::create_directories(m_folder);
        // A space and Vietnamese letters, as officers name their files: every test opens such a path.
        m_target = {persistence::Backend::Sqlite, (m_folder / "Kho dữ liệu thử.db").string()};
    }
    m_store = innodesk::testing::OpenRawStore(m_target, persistence::OpenMode::CreateIfMissing);
}

TestDatabase::~TestDatabase() {
    m_store.reset();
    try {
        if (!m_schema.empty()) {
            soci::session admin(soci::postgresql, persistence::PostgresConnectionString(PostgresBaseUri()));
            admin << "DROP SCHEMA " + m_schema + " CASCADE";
        }
        if (!m_folder.empty()) std::filesystem::remove_all(m_folder);
    } catch (const std::exception& error) {
        WARN("could not clean up the test database: " << error.what());
    }
}

std::unique_ptr<persistence::SociStore> TestDatabase::Connect() const {
    return innodesk::testing::OpenRawStore(m_target, persistence::OpenMode::MustExist);
}

}  // namespace innodesk::testing
