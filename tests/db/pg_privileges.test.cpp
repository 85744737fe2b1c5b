// The PostgreSQL server enforces InnoDesk's roles (issue 19; docs/DEPLOYMENT.md). Each test builds
// a department's database as the deployment guide does (scripts/postgres/create_owner.sql run by
// psql as a superuser, then InnoDesk's migrations as the owner), signs users in as their own login
// roles with SCRAM passwords, and runs the attacks of whoever holds an application role's
// connection through psql: each is refused by the server, or changes nothing.
#include "one_person_rule.h"
#include "persistence/migrations.h"
#include "persistence/soci_repositories.h"
#include "persistence/sqlite_file.h"
#include "scenario.h"
#include "test_database.h"
#include "test_helpers.h"
#include "test_tools.h"
#include "tests/support/raw_store.h"

#include "app/workspace.h"
#include "domain/audit.h"
#include "domain/enterprise_service.h"
#include "domain/user_service.h"
#include "persistence/postgres_connection.h"
#include "persistence/postgres_login.h"
#include "signing/sha256.h"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <catch2/catch.hpp>

#include <unistd.h>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

using namespace innodesk;
using innodesk::testing::kTestPassword;

namespace {

std::int64_t NowUnix() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string Quoted(const std::string& text) {
    std::string quoted = "'";
    for (const char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

struct PsqlResult {
    int exit_code = 0;
    std::string output;  // stdout and stderr
};

// A department's database on the tests' cluster, set up as docs/DEPLOYMENT.md says, with four
// users (one per role) who have their own login roles.
class Deployment {
public:
    Deployment() {
        testing::RequireTool(testing::Tool::PostgresServer);
        m_psql = (std::filesystem::path(testing::RequireTool(testing::Tool::PgDump)).parent_path() / "psql")
                     .string();
        const char* base = std::getenv("INNODESK_TEST_PG");
        if (!base || !*base) FAIL("INNODESK_TEST_PG is not set: run the PostgreSQL suite under CTest");
        std::smatch port;
        const std::string base_uri = base;
        REQUIRE(std::regex_search(base_uri, port, std::regex(":([0-9]+)/")));
        m_port = port[1];
        static int counter = 0;
        const std::string suffix = std::to_string(::getpid()) + "x" + std::to_string(counter++);
        m_owner = "owner" + suffix;
        m_database = "dept" + suffix;
        admin = "qt" + suffix;
        officer = "cb" + suffix;
        approver = "ld" + suffix;
        viewer = "xem" + suffix;
        clerk = "vt" + suffix;  // added by the tests that need a records clerk (AddClerk)
        m_folder = std::filesystem::temp_directory_path() / ("innodesk-pg-" + suffix);
        std::filesystem::create_directories(m_folder);

        // Step 1: the owner and the database, by the deployment guide's own script.
        const auto made = Psql(
            "postgres", "", "innodesk_test", "",
            "-v owner=" + m_owner + " -v database=" + m_database + " -v password=" + Quoted(kOwnerPassword) +
                " -f " + Quoted(std::string(INNODESK_SOURCE_DIR) + "/scripts/postgres/create_owner.sql"));
        INFO(made.output);
        REQUIRE(made.exit_code == 0);
        // Step 2: init as the owner (the migrations, v13's roles and grants) and the first administrator.
        {
            auto owner = Open(Uri(m_owner, kOwnerPassword), persistence::OpenMode::CreateIfMissing);
            persistence::PrepareLoginPassword(owner->Store(), admin, kTestPassword);
            owner->Users().CreateFirstAdmin({admin, "Quản Trị Viên", domain::Role::Admin, kTestPassword});
        }
        // Step 3: the administrator, signed in as their own login role, adds the others.
        auto as_admin = SignedIn(admin);
        // A department with one administrator says so explicitly (four eyes, docs/SIGNATURES.md).
        testing::ConfigureOnePersonRule(as_admin->Store(), as_admin->Clock(), as_admin->Actor());
        for (const auto& [name, role] :
             {std::pair{officer, domain::Role::Officer}, std::pair{approver, domain::Role::Approver},
              std::pair{viewer, domain::Role::Viewer}}) {
            persistence::PrepareLoginPassword(as_admin->Store(), name, kTestPassword);
            as_admin->Users().Add({name, "Người dùng " + name, role, kTestPassword}, as_admin->Actor());
        }
    }

    ~Deployment() {
        try {
            Psql("postgres", "", "innodesk_test",
                 "DROP DATABASE IF EXISTS " + m_database +
                     " WITH (FORCE);\n"
                     "DROP ROLE IF EXISTS " +
                     admin + ", " + officer + ", " + approver + ", " + viewer + ", " + clerk +
                     ";\n"
                     "DROP OWNED BY " +
                     m_owner + ";\nDROP ROLE IF EXISTS " + m_owner + ";");
            std::filesystem::remove_all(m_folder);
        } catch (const std::exception& error) {
            WARN("could not clean up the deployment: " << error.what());
        }
    }

    // The URI of the department's database with `name`'s login.
    std::string Uri(const std::string& name, const std::string& password) const {
        return persistence::WithLogin("postgresql://127.0.0.1:" + m_port + "/" + m_database, name, password);
    }
    std::string UriWithoutLogin() const { return "postgresql://127.0.0.1:" + m_port + "/" + m_database; }

    std::unique_ptr<app::Workspace> Open(const std::string& uri, persistence::OpenMode mode) const {
        return app::Workspace::Open({persistence::Backend::Postgres, uri}, mode,
                                    signing::ScryptParameters{10, 8, 1});
    }
    // A workspace connected as `name`'s login role and signed in, as the CLI does.
    std::unique_ptr<app::Workspace> SignedIn(const std::string& name) const {
        auto workspace = Open(Uri(name, kTestPassword), persistence::OpenMode::MustExist);
        workspace->SignIn(name, kTestPassword);
        return workspace;
    }

    // `sql` through psql as `user` (a password over SCRAM; empty for the superuser), on
    // `database` (the department's when empty).
    PsqlResult Psql(const std::string& user, const std::string& password, const std::string& database,
                    const std::string& sql, const std::string& arguments = "") const {
        const auto script = m_folder / ("script" + std::to_string(m_scripts++) + ".sql");
        const auto output = m_folder / "psql.out";
        std::ofstream(script) << sql;
        const std::string command = "PGPASSWORD=" + Quoted(password) + " PGCONNECT_TIMEOUT=10 " +
                                    Quoted(m_psql) + " -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p " + m_port +
                                    " -U " + user + " -d " + (database.empty() ? m_database : database) +
                                    " " + (sql.empty() ? "" : "-f " + Quoted(script.string())) + " " +
                                    arguments + " >" + Quoted(output.string()) + " 2>&1";
        const int status = std::system(command.c_str());
        std::ifstream in(output);
        std::stringstream text;
        text << in.rdbuf();
        return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, text.str()};
    }
    PsqlResult As(const std::string& user, const std::string& sql) const {
        return Psql(user, kTestPassword, "", sql);
    }
    // One value, read by the superuser.
    std::string Read(const std::string& query) const {
        const auto result = Psql("postgres", "", "", "", "-A -t -c " + Quoted(query));
        INFO(result.output);
        REQUIRE(result.exit_code == 0);
        std::string value = result.output;
        while (!value.empty() && (value.back() == '\n' || value.back() == '\r')) value.pop_back();
        return value;
    }

    const std::string& Owner() const { return m_owner; }
    // pg_dump of the department's database as the owner, in plain SQL.
    PsqlResult Dump() const {
        const auto output = m_folder / "dump.sql";
        const std::string command = "PGPASSWORD=" + Quoted(kOwnerPassword) + " " +
                                    Quoted(testing::RequireTool(testing::Tool::PgDump)) +
                                    " -h 127.0.0.1 -p " + m_port + " -U " + m_owner + " -d " + m_database +
                                    " >" + Quoted(output.string()) + " 2>&1";
        const int status = std::system(command.c_str());
        std::ifstream in(output);
        std::stringstream text;
        text << in.rdbuf();
        return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, text.str()};
    }

    static constexpr const char* kOwnerPassword = "chủ sở hữu 'bí mật' \\ dài";
    std::string admin, officer, approver, viewer, clerk;

    // The records clerk (schema version 15), added by the administrator as any user is.
    void AddClerk() const {
        auto as_admin = SignedIn(admin);
        persistence::PrepareLoginPassword(as_admin->Store(), clerk, kTestPassword);
        as_admin->Users().Add({clerk, "Văn thư " + clerk, domain::Role::Clerk, kTestPassword},
                              as_admin->Actor());
    }

private:
    std::string m_psql, m_port, m_owner, m_database;
    std::filesystem::path m_folder;
    mutable int m_scripts = 0;
};

// A refusal by the server: psql failed, and said why.
void CheckRefused(const PsqlResult& result, const std::string& reason) {
    INFO(result.output);
    CHECK(result.exit_code != 0);
    CHECK_THAT(result.output, Catch::Contains(reason));
}

std::vector<domain::AuditEntry> Entries(app::Workspace& workspace) {
    auto tx = workspace.Store().Begin(domain::TransactionMode::Read);
    return tx->Audit().ListAfter(0, 100000);
}

}  // namespace

TEST_CASE("PostgreSQL refuses an application role the audit trail's table and triggers",
          "[postgres-only][pg-privileges]") {
    Deployment d;
    const std::string before = d.Read("SELECT count(*) || ':' || max(hash) FROM audit_entry");
    for (const auto& user : {d.officer, d.admin, d.approver, d.viewer}) {
        INFO("as " << user);
        CheckRefused(d.As(user, "ALTER TABLE audit_entry DISABLE TRIGGER USER;"),
                     "must be owner of table audit_entry");
        CheckRefused(d.As(user, "DROP TRIGGER audit_entry_no_change ON audit_entry;"), "must be owner");
        CheckRefused(d.As(user, "DELETE FROM audit_entry WHERE seq = 1;"),
                     "permission denied for table audit_entry");
        CheckRefused(d.As(user, "UPDATE audit_entry SET actor = 'system' WHERE seq = 1;"),
                     "permission denied for table audit_entry");
        CheckRefused(d.As(user, "TRUNCATE audit_entry;"), "permission denied for table audit_entry");
        CheckRefused(d.As(user,
                          "INSERT INTO audit_entry (seq, at, actor, action, entity, entity_id, before_json, "
                          "after_json, prev_hash, hash) SELECT max(seq) + 1, 1, 'system', 'x', 'x', 0, "
                          "'null', 'null', '', '' FROM audit_entry;"),
                     "permission denied for table audit_entry");
        // A grant by someone who holds no grant option grants nothing (PostgreSQL only warns).
        CheckRefused(d.As(user, "GRANT INSERT, UPDATE, DELETE ON audit_entry TO " + user +
                                    ";\nDELETE FROM audit_entry WHERE seq = 1;"),
                     "permission denied for table audit_entry");
        CheckRefused(d.As(user, "ALTER TABLE decision DISABLE ROW LEVEL SECURITY;"),
                     "must be owner of table decision");
        CheckRefused(d.As(user,
                          "CREATE OR REPLACE FUNCTION innodesk_audit_append(p_at bigint, p_actor text, "
                          "p_action text, p_entity text, p_entity_id bigint, p_before text, p_after text, "
                          "OUT o_seq bigint, OUT o_at bigint, OUT o_actor text, OUT o_prev_hash text, "
                          "OUT o_hash text) LANGUAGE sql AS $$ SELECT 1::bigint, 1::bigint, ''::text, "
                          "''::text, ''::text $$;"),
                     "permission denied for schema public");
        CheckRefused(d.As(user, "SET ROLE " + d.Owner() + ";"), "permission denied to set role");
        if (user != d.admin)
            CheckRefused(d.As(user, "SET ROLE innodesk_admin;"), "permission denied to set role");
    }
    CHECK(d.Read("SELECT count(*) || ':' || max(hash) FROM audit_entry") == before);
    CHECK(d.Read("SELECT string_agg(tgname || '=' || tgenabled::text, ',' ORDER BY tgname) FROM pg_trigger "
                 "WHERE tgrelid = 'audit_entry'::regclass") ==
          "audit_entry_no_change=O,audit_entry_no_truncate=O");
}

TEST_CASE(
    "PostgreSQL refuses a viewer or an officer raising a role, and an officer the trust store, "
    "enrolments and settings",
    "[postgres-only][pg-privileges]") {
    Deployment d;
    for (const auto& user : {d.viewer, d.officer, d.approver}) {
        INFO("as " << user);
        // Their own row: the row-level rule lets them at their password only.
        CheckRefused(d.As(user, "UPDATE app_user SET role = 'admin' WHERE name = session_user;"),
                     "only an administrator changes a user's name, role or state");
        // Anyone else's row: invisible to the update.
        const auto other = d.As(user, "UPDATE app_user SET role = 'viewer' WHERE name = '" + d.admin + "';");
        INFO(other.output);
        CHECK(other.exit_code == 0);
        CheckRefused(d.As(user,
                          "INSERT INTO app_user (name, display_name, role, password_hash, disabled, "
                          "created_at, version) VALUES ('ke_gian', 'x', 'admin', 'x', 0, 0, 1);"),
                     "permission denied for table app_user");
        CheckRefused(d.As(user, "GRANT innodesk_admin TO " + user + ";"),
                     "must have admin option on role \"innodesk_admin\"");
        CheckRefused(d.As(user, "ALTER ROLE " + user + " CREATEROLE;"), "permission denied");
        CheckRefused(d.As(user,
                          "INSERT INTO trust_item (kind, label, pem, fingerprint, added_at) VALUES ('ca', "
                          "'Vietnam Government Root CA', 'x', 'abc', 0);"),
                     "permission denied for table trust_item");
        CheckRefused(d.As(user,
                          "INSERT INTO user_certificate (user_id, fingerprint, subject, bound_at) "
                          "SELECT id, 'abc', 'CN=x', 0 FROM app_user WHERE name = session_user;"),
                     "permission denied for table user_certificate");
        CheckRefused(d.As(user, "INSERT INTO setting (key, value) VALUES ('x', 'y');"),
                     "permission denied for table setting");
    }
    CheckRefused(
        d.As(d.viewer,
             "INSERT INTO programme (code, name, start_year, end_year) VALUES ('X', 'x', 2026, 2026);"),
        "permission denied for table programme");
    CHECK(d.Read("SELECT string_agg(name || '=' || role, ',' ORDER BY role) FROM app_user") ==
          d.admin + "=admin," + d.approver + "=approver," + d.officer + "=officer," + d.viewer + "=viewer");
    CHECK(d.Read("SELECT count(*) FROM trust_item") == "0");
    CHECK(d.Read("SELECT count(*) FROM user_certificate") == "0");
    // An administrator may: the grants follow the service layer's rules, not "nobody writes".
    const auto admin = d.As(d.admin, "INSERT INTO setting (key, value) VALUES ('thu', 'nghiem');");
    INFO(admin.output);
    CHECK(admin.exit_code == 0);
}

TEST_CASE("PostgreSQL refuses an officer changing a signed decision or its amounts",
          "[postgres-only][pg-privileges]") {
    Deployment d;
    // A signed decision, put there by the owner (who alone may bypass the rules).
    const auto seeded = d.Psql(
        "postgres", "", "",
        "INSERT INTO decision (number, decided_on, kind, conditions, legal_basis, signer_name, created_at, "
        "status, signature) VALUES ('01/QĐ-SKHCN', '2026-05-20', 'support', 'Điều kiện', 'Luật', 'Giám đốc', "
        "0, "
        "'signed', 'MII…'), ('02/QĐ-SKHCN', '2026-05-21', 'support', 'Dự thảo', 'Luật', '', 0, 'draft', "
        "'');");
    INFO(seeded.output);
    REQUIRE(seeded.exit_code == 0);
    for (const auto& user : {d.officer, d.admin, d.approver}) {
        INFO("as " << user);
        const auto changed = d.As(user,
                                  "UPDATE decision SET conditions = 'Sửa', signature = 'giả' "
                                  "WHERE number = '01/QĐ-SKHCN';\nDELETE FROM decision WHERE number = "
                                  "'01/QĐ-SKHCN';");
        INFO(changed.output);
        CHECK(changed.exit_code == 0);  // the signed row is out of reach: nothing to update or delete
        CheckRefused(
            d.As(user,
                 "UPDATE decision SET status = 'draft' WHERE number = '01/QĐ-SKHCN' RETURNING id;\n"
                 "INSERT INTO decision (number, decided_on, kind, conditions, legal_basis, "
                 "signer_name, created_at, status) VALUES ('03/QĐ', '2026-05-22', 'support', '', '', "
                 "'', 0, 'signed');"),
            "new row violates row-level security policy for table \"decision\"");
    }
    // Only an approver turns a draft into a signed decision.
    CheckRefused(d.As(d.officer, "UPDATE decision SET status = 'signed' WHERE number = '02/QĐ-SKHCN';"),
                 "new row violates row-level security policy for table \"decision\"");
    CHECK(d.Read("SELECT conditions || '|' || signature || '|' || status FROM decision WHERE number = "
                 "'01/QĐ-SKHCN'") == "Điều kiện|MII…|signed");
    CHECK(d.Read("SELECT count(*) FROM decision") == "2");
    // The deployment guide's backup: pg_dump as the owner, whom row-level security hides nothing from.
    const auto dumped = d.Dump();
    INFO(dumped.output);
    CHECK(dumped.exit_code == 0);
    CHECK_THAT(dumped.output, Catch::Contains("01/QĐ-SKHCN") && Catch::Contains("COPY public.audit_entry"));
}

TEST_CASE(
    "PostgreSQL writes an application role's audit entries: its own name and the server's clock, "
    "in a chain InnoDesk verifies",
    "[postgres-only][pg-privileges]") {
    Deployment d;
    auto officer = d.SignedIn(d.officer);
    domain::Enterprise enterprise;
    enterprise.tax_code = domain::TaxCode::Parse("0300588569");
    enterprise.name = "Công ty TNHH \"Yến sào\" Khánh Hòa \\ chi nhánh Nha Trang";
    enterprise.province = "Khánh Hòa";
    const std::int64_t started = NowUnix();
    officer->Enterprises().Register(enterprise, officer->Actor());
    // A client back-dating an entry, or writing it in someone else's name: the server keeps its own.
    const auto backdated = d.As(d.officer, "SELECT o_seq FROM innodesk_audit_append(1000000000, '" + d.admin +
                                               "', 'user.set_role', 'user', 1, 'null', 'null');");
    INFO(backdated.output);
    REQUIRE(backdated.exit_code == 0);
    // Every byte the canonical JSON escapes, Vietnamese text and quotes, through the server's hash.
    std::string awkward = "Nguyễn Thị Ánh \"Tuyết\" \\ ' / ";
    for (int byte = 1; byte < 0x20; ++byte) awkward += static_cast<char>(byte);
    awkward += "\x7f €";
    {
        soci::session session(soci::postgresql,
                              persistence::PostgresConnectionString(d.Uri(d.officer, kTestPassword)));
        long long seq = 0;
        session << "SELECT o_seq FROM innodesk_audit_append(1, 'system', :a, 'thu', 7, :b, :c)",
            soci::use(awkward), soci::use(awkward), soci::use(awkward), soci::into(seq);
        CHECK(seq > 0);
    }
    const std::int64_t finished = NowUnix();

    const auto entries = Entries(*officer);
    domain::AuditChainChecker checker(&signing::Sha256Hex);
    for (const auto& entry : entries) {
        INFO("entry " << entry.seq << " " << entry.action);
        CHECK(checker.Feed(entry));
    }
    REQUIRE(entries.size() >= 3);
    const auto& last = entries.back();
    CHECK(last.action == awkward);
    CHECK(last.after == awkward);
    int by_officer = 0;
    for (const auto& entry : entries)
        if (entry.seq > static_cast<std::int64_t>(entries.size()) - 3 ||
            entry.action == "enterprise.create") {
            INFO("entry " << entry.seq << " " << entry.action);
            CHECK(entry.actor == d.officer);
            CHECK(entry.at_unix >= started - 1);
            CHECK(entry.at_unix <= finished + 1);
            ++by_officer;
        }
    CHECK(by_officer >= 3);
}

TEST_CASE(
    "user add on PostgreSQL creates the login role in its role's group, set-role moves it and "
    "disabling the user disables it",
    "[postgres-only][pg-privileges]") {
    Deployment d;
    CHECK(
        d.Read("SELECT string_agg(g.rolname, ',') FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
               "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '" +
               d.officer + "'") == "innodesk_officer");
    CHECK(d.Read("SELECT rolcanlogin::text || ',' || rolsuper::text || ',' || rolcreaterole::text || ',' || "
                 "(rolpassword LIKE 'SCRAM-SHA-256$%')::text FROM pg_authid WHERE rolname = '" +
                 d.officer + "'") == "true,false,false,true");
    // The password is the user's InnoDesk password, checked by the server with SCRAM.
    CHECK(d.As(d.officer, "SELECT 1;").exit_code == 0);
    CheckRefused(d.Psql(d.officer, "sai mật khẩu rồi", "", "SELECT 1;"), "password authentication failed");
    CheckRefused(d.Psql("ke_la", kTestPassword, "", "SELECT 1;"), "password authentication failed");
    // InnoDesk says so as its own sign-in does.
    const auto refused = testing::Refusal(
        [&] { d.Open(d.Uri(d.officer, "sai mật khẩu rồi"), persistence::OpenMode::MustExist); });
    CHECK(refused.Code() == domain::ErrorCode::SignInFailed);
    CHECK_THAT(refused.Text().en, Catch::Contains("Wrong user name or password"));

    // The desktop's way: the server's address only, connected at sign-in as the user.
    auto desktop = d.Open(d.UriWithoutLogin(), persistence::OpenMode::MustExist);
    CHECK(testing::Refusal([&] { desktop->SignIn(d.approver, "sai mật khẩu rồi"); }).Code() ==
          domain::ErrorCode::SignInFailed);
    CHECK(desktop->SignIn(d.approver, kTestPassword).role == domain::Role::Approver);
    CHECK(persistence::UriNamesUser(desktop->Target().location));

    auto admin = d.SignedIn(d.admin);
    admin->Users().SetRole(d.officer, domain::Role::Viewer, admin->Actor());
    CHECK(
        d.Read("SELECT string_agg(g.rolname, ',') FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
               "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '" +
               d.officer + "'") == "innodesk_viewer");
    CheckRefused(
        d.As(d.officer,
             "INSERT INTO programme (code, name, start_year, end_year) VALUES ('X', 'x', 2026, 2026);"),
        "permission denied for table programme");

    admin->Users().SetDisabled(d.officer, true, admin->Actor());
    CheckRefused(d.As(d.officer, "SELECT 1;"), "is not permitted to log in");

    // A new password reaches the login role in the same transaction as the user's row.
    const std::string changed = "một mật khẩu mới khá dài";
    persistence::PrepareLoginPassword(admin->Store(), d.viewer, changed);
    admin->Users().SetPassword(d.viewer, changed, admin->Actor());
    CHECK(d.Psql(d.viewer, changed, "", "SELECT 1;").exit_code == 0);
    CheckRefused(d.As(d.viewer, "SELECT 1;"), "password authentication failed");
}

TEST_CASE(
    "Version 13: PostgreSQL writes the audit trail of an older database from then on, in the same chain, "
    "and SQLite is unchanged",
    "[db]") {
    testing::TestDatabase db;
    // A database left at version 12, with an entry InnoDesk appended itself.
    persistence::DatabaseTarget target = db.Target();
    if (target.backend == persistence::Backend::Sqlite) {
        target.location = (db.Folder() / "innodesk-v12.db").string();
    } else {
        std::string schema;
        db.Store().Session() << "SELECT current_schema()", soci::into(schema);
        db.Store().Session() << "DROP SCHEMA " + schema + " CASCADE";  // a name the test database made
        db.Store().Session() << "CREATE SCHEMA " + schema;
    }
    domain::AuditEntry entry;
    entry.at_unix = 1'780'000'000;
    entry.actor = "canbo";
    entry.action = "enterprise.create";
    entry.entity = "enterprise";
    entry.entity_id = 1;
    entry.before = "null";
    entry.after = "{\"name\":\"Công ty \\\"A\\\"\"}";
    {
        soci::session raw;
        if (target.backend == persistence::Backend::Sqlite)
            persistence::OpenSqliteFile(raw, target.location);
        else
            raw.open(soci::postgresql, persistence::PostgresConnectionString(target.location));
        persistence::MigrateTo(raw, target.backend, 12, [](int) {});
        persistence::SociAuditRepository(raw, target.backend, &signing::Sha256Hex).Append(entry);
    }
    const auto store = testing::OpenRawStore(target, persistence::OpenMode::MustExist);
    CHECK(store->SchemaVersion() == persistence::kSchemaVersion);
    {
        auto tx = store->Begin(domain::TransactionMode::Write);
        entry.at_unix += 60;
        entry.action = "enterprise.update";
        tx->Audit().Append(entry);
        tx->Commit();
    }
    auto tx = store->Begin(domain::TransactionMode::Read);
    const auto entries = tx->Audit().ListAfter(0, 10);
    REQUIRE(entries.size() == 2);
    domain::AuditChainChecker checker(&signing::Sha256Hex);
    CHECK(checker.Feed(entries[0]));
    CHECK(checker.Feed(entries[1]));
    CHECK(entries[1].at_unix == 1'780'000'060);  // the owner's (here a superuser's) own time is kept
    auto& session = store->Session();
    int functions = 0;
    if (target.backend == persistence::Backend::Sqlite) {
        std::string description;
        session << "SELECT description FROM schema_version WHERE version = 13", soci::into(description);
        CHECK_THAT(description, Catch::EndsWith("nothing to do on SQLite"));
        return;
    }
    session << "SELECT count(*) FROM pg_proc WHERE proname = 'innodesk_audit_append' AND pronamespace = "
               "current_schema()::regnamespace",
        soci::into(functions);
    CHECK(functions == 1);
    const auto may = [&](std::string role, std::string table, std::string privilege) {
        int yes = 0;
        session << "SELECT CASE WHEN has_table_privilege(:r, :t, :p) THEN 1 ELSE 0 END", soci::use(role),
            soci::use(table), soci::use(privilege), soci::into(yes);
        return yes == 1;
    };
    CHECK(may("innodesk_viewer", "audit_entry", "SELECT"));
    CHECK_FALSE(may("innodesk_admin", "audit_entry", "INSERT"));
    CHECK_FALSE(may("innodesk_officer", "trust_item", "INSERT"));
    CHECK(may("innodesk_admin", "trust_item", "INSERT"));
    CHECK(may("innodesk_officer", "enterprise", "INSERT"));
    CHECK_FALSE(may("innodesk_viewer", "enterprise", "INSERT"));
}

TEST_CASE("PostgreSQL lets the records clerk register a number once, and nobody change or free it",
          "[postgres-only][pg-privileges]") {
    Deployment d;
    d.AddClerk();
    CHECK(d.Read("SELECT pg_has_role('" + d.clerk + "', 'innodesk_clerk', 'MEMBER')") == "t");
    const auto drafted =
        d.As(d.officer,
             "INSERT INTO decision (number, decided_on, kind, conditions, legal_basis, "
             "signer_name, created_at, status) VALUES ('#1', '2026-06-15', 'approval', '', '', "
             "'', 0, 'draft');");
    INFO(drafted.output);
    REQUIRE(drafted.exit_code == 0);
    const std::string insert =
        "INSERT INTO document_number (kind, year, sequence, number, decision_id, issued_on, clerk_user, "
        "issued_at) SELECT 'QĐ', 2026, 1, '01/QĐ-SKHCN', max(id), '2026-06-15', session_user, 0 FROM "
        "decision;";
    for (const auto& user : {d.officer, d.approver, d.admin, d.viewer}) {
        INFO("as " << user);
        CheckRefused(d.As(user, insert), "permission denied for table document_number");
        CheckRefused(d.As(user,
                          "INSERT INTO decision_issue (decision_id, number, issued_on, clerk_user, "
                          "organisation_fingerprint, organisation_subject, signature, issued_at) SELECT "
                          "max(id), '01/QĐ-SKHCN', '2026-06-15', 'x', 'x', 'x', 'x', 0 FROM decision;"),
                     "permission denied for table decision_issue");
    }
    const auto registered = d.As(d.clerk, insert);
    INFO(registered.output);
    CHECK(registered.exit_code == 0);
    CheckRefused(d.As(d.clerk, "UPDATE document_number SET sequence = 2;"),
                 "permission denied for table document_number");
    CheckRefused(d.As(d.clerk, "DELETE FROM document_number;"),
                 "permission denied for table document_number");
    CheckRefused(d.As(d.clerk, insert), "duplicate key value");
    CheckRefused(d.As(d.clerk,
                      "INSERT INTO programme (code, name, start_year, end_year) VALUES ('X', 'x', 2026, "
                      "2026);"),
                 "permission denied for table programme");
    CheckRefused(d.As(d.clerk, "UPDATE app_user SET role = 'admin' WHERE name = session_user;"),
                 "only an administrator changes a user's name, role or state");
    CheckRefused(d.As(d.clerk, "UPDATE decision SET conditions = 'x';"),
                 "permission denied for table decision");
    // The PDFs: the approver's at signing and the clerk's at issue, never replaced.
    const std::string pdf =
        "INSERT INTO decision_document (decision_id, stage, pdf, sha256, created_at) SELECT "
        "max(id), '$STAGE', 'JVBERg==', 'x', 0 FROM decision;";
    const auto stage = [&](const char* name) {
        return std::regex_replace(pdf, std::regex("\\$STAGE"), name);
    };
    CheckRefused(d.As(d.officer, stage("approver")), "permission denied for table decision_document");
    const auto approver_pdf = d.As(d.approver, stage("approver"));
    INFO(approver_pdf.output);
    CHECK(approver_pdf.exit_code == 0);
    const auto clerk_pdf = d.As(d.clerk, stage("issued"));
    INFO(clerk_pdf.output);
    CHECK(clerk_pdf.exit_code == 0);
    CheckRefused(d.As(d.clerk, "DELETE FROM decision_document;"),
                 "permission denied for table decision_document");
    CHECK(d.Read("SELECT count(*) || ':' || max(number) FROM document_number") == "1:01/QĐ-SKHCN");
    CHECK(d.Read("SELECT count(*) FROM decision_document") == "2");
}
