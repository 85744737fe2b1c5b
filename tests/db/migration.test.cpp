// Migrating a database that InnoDesk with schema version 1 left: an SQLite copy is taken first,
// the records survive, decisions issued back then become 'recorded' (issued without a digital
// signature) and verify as such, and the migrated database takes users and signed decisions.
#include "one_person_rule.h"
#include "scenario.h"
#include "test_helpers.h"
#include "tests/support/raw_store.h"

#include "domain/audit_service.h"
#include "domain/base64.h"
#include "domain/issue_repository.h"
#include "domain/task_service.h"
#include "persistence/migrations.h"
#include "persistence/postgres_connection.h"
#include "persistence/sqlite_file.h"
#include "signing/sha256.h"

#include <catch2/catch.hpp>

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <filesystem>
#include <memory>

using namespace innodesk;
using namespace innodesk::domain;
using persistence::Backend;

using innodesk::testing::kTestPassword;
using innodesk::testing::Refusal;

namespace {

struct VersionOneRecords {
    long long enterprise = 0;
    long long programme = 0;
    long long envelope = 0;
    long long application = 0;
    long long decision = 0;
};

long long InsertReturningId(soci::session& sql, const std::string& insert) {
    long long id = 0;
    sql << insert + " RETURNING id", soci::into(id);
    return id;
}

// An approved application and the decision that approved it, written as version 1 wrote them.
VersionOneRecords FillVersionOne(soci::session& sql) {
    VersionOneRecords r;
    const auto family = TaxCode::Parse("0101248141").FamilyKey();
    r.programme =
        InsertReturningId(sql,
                          "INSERT INTO programme (code, name, start_year, end_year) VALUES "
                          "('KH-DMST-2026-2030', 'Chương trình hỗ trợ đổi mới sáng tạo', 2026, 2030)");
    r.envelope =
        InsertReturningId(sql,
                          "INSERT INTO budget_envelope (programme_id, year, source, content, amount) "
                          "VALUES (" +
                              std::to_string(r.programme) +
                              ", 2026, 'provincial_science', 'testing_certification', 1000000000)");
    r.enterprise = InsertReturningId(
        sql,
        "INSERT INTO enterprise (tax_code, family_key, tax_code_kind, name, legal_form, size_class, vsic, "
        "commune, "
        "province, address, phone, email, st_enterprise, innovative_startup, search_text, sort_key, version, "
        "created_at, updated_at) VALUES ('0101248141', '" +
            family +
            "', 'enterprise', 'Công ty Cổ phần Thủy sản Nha Trang', 'company', 'medium', '', '', 'Khánh "
            "Hòa', '', "
            "'', '', 0, 0, '', 'cong ty co phan thuy san nha trang', 1, 1750000000, 1750000000)");
    r.decision =
        InsertReturningId(sql,
                          "INSERT INTO decision (number, decided_on, kind, conditions, legal_basis, "
                          "signer_name, supersedes, created_at) VALUES ('15/QĐ-SKHCN', '2026-03-02', "
                          "'approval', '', 'Nghị định 80/2021/NĐ-CP', 'Giám đốc Trần Văn Bình', NULL, "
                          "1772400000)");
    r.application = InsertReturningId(
        sql,
        "INSERT INTO application (enterprise_id, programme_id, year, content, title, requested_amount, "
        "co_funding_amount, state, envelope_id, decision_id, approved_amount, original_approved_amount, "
        "contract_number, submitted_on, version, created_at, updated_at) VALUES (" +
            std::to_string(r.enterprise) + ", " + std::to_string(r.programme) +
            ", 2026, 'testing_certification', 'Chứng nhận HACCP', 200000000, 200000000, 'approved', " +
            std::to_string(r.envelope) + ", " + std::to_string(r.decision) +
            ", 150000000, 150000000, '', '2026-02-01', 5, 1770000000, 1772400000)");
    sql << "INSERT INTO decision_item (decision_id, application_id, approved_amount) VALUES (" +
               std::to_string(r.decision) + ", " + std::to_string(r.application) + ", 150000000)";
    sql << "INSERT INTO application_transition (application_id, from_state, to_state, at, actor, note) "
           "VALUES (" +
               std::to_string(r.application) +
               ", 'recommended', 'approved', 1772400000, 'canbo.an', "
               "'decision 15/QĐ-SKHCN')";
    return r;
}

// A database at schema version 1 where the test's own database would be: another SQLite file
// in the test's folder, or the test's PostgreSQL schema emptied and rebuilt.
persistence::DatabaseTarget VersionOneTarget(testing::TestDatabase& db) {
    if (db.Target().backend == Backend::Sqlite)
        return {Backend::Sqlite, (db.Folder() / "innodesk-v1.db").string()};
    std::string schema;
    db.Store().Session() << "SELECT current_schema()", soci::into(schema);
    db.Store().Session() << "DROP SCHEMA " + schema + " CASCADE";  // a name the test database made
    db.Store().Session() << "CREATE SCHEMA " + schema;
    return db.Target();
}

std::unique_ptr<soci::session> RawSession(const persistence::DatabaseTarget& target) {
    if (target.backend == Backend::Sqlite) {
        auto session = std::make_unique<soci::session>();
        persistence::OpenSqliteFile(*session, target.location);
        return session;
    }
    return std::make_unique<soci::session>(soci::postgresql,
                                           persistence::PostgresConnectionString(target.location));
}

std::vector<std::filesystem::path> BackupsOf(const std::filesystem::path& database) {
    std::vector<std::filesystem::path> found;
    const std::string prefix = database.filename().string() + ".v1-";
    for (const auto& file : std::filesystem::directory_iterator(database.parent_path()))
        if (file.path().filename().string().rfind(prefix, 0) == 0 && file.path().extension() == ".bak")
            found.push_back(file.path());
    return found;
}

}  // namespace

TEST_CASE("A version 1 database is migrated to version 2 with its records, old decisions recorded", "[db]") {
    testing::TestDatabase db;
    const auto target = VersionOneTarget(db);
    VersionOneRecords records;
    {
        const auto raw = RawSession(target);
        persistence::MigrateTo(*raw, target.backend, 1, [](int) { FAIL("a new database needs no copy"); });
        REQUIRE(persistence::ReadSchemaVersion(*raw, target.backend) == 1);
        records = FillVersionOne(*raw);
    }

    const auto store = innodesk::testing::OpenRawStore(target, persistence::OpenMode::MustExist);
    CHECK(store->SchemaVersion() == persistence::kSchemaVersion);

    if (target.backend == Backend::Sqlite) {
        // The copy was taken before anything changed: version 1, with the decision, without users.
        const auto backups = BackupsOf(target.location);
        REQUIRE(backups.size() == 1);
        soci::session copy;
        persistence::OpenSqliteFile(copy, backups.front());
        CHECK(persistence::ReadSchemaVersion(copy, Backend::Sqlite) == 1);
        long long decisions = 0, user_tables = 0;
        copy << "SELECT COUNT(*) FROM decision", soci::into(decisions);
        copy << "SELECT COUNT(*) FROM sqlite_master WHERE name = 'app_user'", soci::into(user_tables);
        CHECK(decisions == 1);
        CHECK(user_tables == 0);
    }

    const testing::FixedClock clock{CalendarDate::FromYmd(2026, 6, 15)};
    DecisionService decisions(*store, db.Text(), clock);
    const auto old = decisions.Get(records.decision);
    CHECK(old.status == DecisionStatus::Recorded);
    CHECK(old.number == "15/QĐ-SKHCN");
    CHECK(old.legal_basis == "Nghị định 80/2021/NĐ-CP");
    CHECK_FALSE(old.signature.has_value());
    REQUIRE(old.items.size() == 1);
    CHECK(old.items[0].approved_amount == Money::Dong(150'000'000));
    const testing::TestVerifier verifier;
    const auto verification = decisions.Verify(records.decision, verifier);
    CHECK(verification.status == VerificationStatus::Recorded);
    CHECK(verification.reason == SignatureReason::Unsigned);
    CHECK_THROWS_WITH(decisions.SignedPayload(old), Catch::Contains("is not digitally signed"));

    ApplicationService applications(*store, db.Text(), clock);
    const auto application = applications.Get(records.application);
    CHECK(application.state == ApplicationState::Approved);
    CHECK(application.approved_amount == Money::Dong(150'000'000));
    CHECK(application.decision_id == records.decision);
    CHECK(application.title == "Chứng nhận HACCP");
    const auto history = applications.History(records.application);
    REQUIRE(history.size() == 1);
    CHECK(history[0].actor == "canbo.an");
    EnterpriseService enterprises(*store, db.Text());
    CHECK(enterprises.GetByTaxCode("0101248141").name == "Công ty Cổ phần Thủy sản Nha Trang");
    ProgrammeService programmes(*store, db.Text());
    CHECK(programmes.Budget(records.programme).at(0).balance.committed == Money::Dong(150'000'000));

    // The migrated database starts its users and its audit trail from nothing.
    UserService users(*store, db.Text(), testing::TestHasher(), clock, testing::TestCommonPasswords());
    CHECK_FALSE(users.HasUsers());
    long long audit_entries = -1;
    store->Session() << "SELECT COUNT(*) FROM audit_entry", soci::into(audit_entries);
    CHECK(audit_entries == 0);
    const auto admin_user = users.CreateFirstAdmin({"quantri", "Phạm Quốc Huy", Role::Admin, kTestPassword});
    const Actor admin{admin_user.name, admin_user.role, admin_user.id};
    testing::ConfigureOnePersonRule(*store, clock, admin);
    const auto officer_user = users.Add({"canbo.an", "Nguyễn Thị An", Role::Officer, kTestPassword}, admin);
    const Actor officer{officer_user.name, officer_user.role, officer_user.id};
    const auto approver_user =
        users.Add({"lanhdao.binh", "Trần Văn Bình", Role::Approver, kTestPassword}, admin);
    const Actor approver{approver_user.name, approver_user.role, approver_user.id};
    const testing::TestSigner signer{"5eed000000000000000000000000000000000000000000000000000000000001"};
    users.BindCertificate(approver.user_name, signer.CertificateFingerprint(), signer.CertificateSubject(),
                          admin);

    // Enterprises written before the migration are found once the index is rebuilt.
    CHECK(enterprises.RebuildSearchIndex(officer) == 1);
    REQUIRE(enterprises.Search("thuy san").size() == 1);

    // A recorded decision can be superseded by a signed one.
    Decision change;
    change.number = "40/QĐ-SKHCN";
    change.date = CalendarDate::FromYmd(2026, 6, 20);
    change.items = {{records.application, Money::Dong(120'000'000)}};
    change.supersedes = records.decision;
    change.signer_name = "Giám đốc Trần Văn Bình";
    const auto drafted = decisions.Draft(change, officer);
    const auto issued = decisions.Sign(drafted.decision.id, signer, verifier, approver);
    CHECK(decisions.Verify(issued.decision.id, verifier).status == VerificationStatus::Valid);
    CHECK_THAT(decisions.SignedPayload(decisions.Get(issued.decision.id)),
               Catch::Contains("\"supersedes\":\"15/QĐ-SKHCN\""));
    CHECK(applications.Get(records.application).approved_amount == Money::Dong(120'000'000));
    CHECK(applications.Get(records.application).original_approved_amount == Money::Dong(150'000'000));
    CHECK(decisions.Verify(records.decision, verifier).status == VerificationStatus::Recorded);
    CHECK_FALSE(AuditService(*store, signing::Sha256Hex, clock).Verify().broken.has_value());

    // Opening again migrates nothing more and takes no further copy.
    innodesk::testing::OpenRawStore(target, persistence::OpenMode::MustExist);
    if (target.backend == Backend::Sqlite) CHECK(BackupsOf(target.location).size() == 1);
}

TEST_CASE("Migrating stops at the version asked for", "[db][sqlite-only]") {
    testing::TestDatabase db;
    const std::string path = (db.Folder() / "steps.db").string();
    soci::session sql;
    persistence::OpenSqliteFile(sql, path);
    std::vector<int> copies;
    const auto copy = [&](int version) { copies.push_back(version); };
    persistence::MigrateTo(sql, Backend::Sqlite, 1, copy);
    CHECK(persistence::ReadSchemaVersion(sql, Backend::Sqlite) == 1);
    persistence::MigrateTo(sql, Backend::Sqlite, 1, copy);  // already there: nothing happens
    CHECK(copies.empty());
    persistence::Migrate(sql, Backend::Sqlite, copy);
    CHECK(persistence::ReadSchemaVersion(sql, Backend::Sqlite) == persistence::kSchemaVersion);
    CHECK(copies == std::vector<int>{1});
    long long versions = 0;
    sql << "SELECT COUNT(*) FROM schema_version", soci::into(versions);
    CHECK(versions == persistence::kSchemaVersion);
}

TEST_CASE("Version 5 gives every enterprise already stored its sector, and the filters find them", "[db]") {
    testing::TestDatabase db;
    const auto target = VersionOneTarget(db);
    {
        const auto raw = RawSession(target);
        persistence::MigrateTo(*raw, target.backend, 4, [](int) {});
        REQUIRE(persistence::ReadSchemaVersion(*raw, target.backend) == 4);
        int row = 0;
        for (const char* vsic : {"1075", "C", "0321", "", "0400"}) {
            const std::string suffix = std::to_string(++row);
            *raw << "INSERT INTO enterprise (tax_code, family_key, tax_code_kind, name, legal_form, "
                    "size_class, vsic, "
                    "commune, province, address, phone, email, st_enterprise, innovative_startup, "
                    "search_text, "
                    "sort_key, version, created_at, updated_at) VALUES ('0101248141-00" +
                        suffix + "', '0101248141', 'branch', 'Chi nhánh " + suffix +
                        "', 'company', 'unknown', '" + vsic + "', '" +
                        (row <= 2 ? "Phường Nha Trang" : "Xã Cam Lâm") +
                        "', 'Khánh Hòa', '', '', '', 0, 0, '', '" + suffix + "', 1, 1750000000, 1750000000)";
        }
    }
    const auto store = innodesk::testing::OpenRawStore(target, persistence::OpenMode::MustExist);
    CHECK(store->SchemaVersion() == persistence::kSchemaVersion);
    EnterpriseService enterprises(*store, db.Text());
    CHECK(enterprises.Count(EnterpriseFilter{"", 'C'}) == 2);
    CHECK(enterprises.Count(EnterpriseFilter{"", 'A'}) == 1);
    CHECK(enterprises.Count(EnterpriseFilter{"Phường Nha Trang", 'C'}) == 2);
    CHECK(enterprises.Count(EnterpriseFilter{"Xã Cam Lâm", {}}) == 3);
    CHECK(enterprises.Communes().size() == 2);
}

TEST_CASE("Version 6 stores every province by its unit's name and keeps, counted, those that name none",
          "[db]") {
    testing::TestDatabase db;
    const auto target = VersionOneTarget(db);
    {
        const auto raw = RawSession(target);
        persistence::MigrateTo(*raw, target.backend, 5, [](int) {});
        REQUIRE(persistence::ReadSchemaVersion(*raw, target.backend) == 5);
        int row = 0;
        for (const char* province : {"Khánh Hòa", "Khánh Hoà", "tỉnh Khánh Hòa", "KHÁNH HÒA", "Ninh Thuận",
                                     "TP.HCM", "Atlantis", "Atlantis"}) {
            const std::string suffix = std::to_string(++row);
            *raw << "INSERT INTO enterprise (tax_code, family_key, tax_code_kind, name, legal_form, "
                    "size_class, vsic, "
                    "commune, province, address, phone, email, st_enterprise, innovative_startup, "
                    "search_text, "
                    "sort_key, version, created_at, updated_at) VALUES ('0101248141-00" +
                        suffix + "', '0101248141', 'branch', 'Chi nhánh " + suffix +
                        "', 'company', 'unknown', '', '', '" + province + "', '', '', '', 0, 0, 'chi nhanh " +
                        suffix + "', '" + suffix + "', 1, 1750000000, 1750000000)";
        }
        if (target.backend == Backend::Sqlite) {  // indexed, as rows stored by InnoDesk are
            *raw << "UPDATE enterprise SET search_rank = id * 1024";
            *raw << "INSERT INTO enterprise_fts (enterprise_fts) VALUES ('rebuild')";
        }
    }
    const auto store = innodesk::testing::OpenRawStore(target, persistence::OpenMode::MustExist);
    CHECK(store->SchemaVersion() == persistence::kSchemaVersion);
    std::vector<std::string> provinces;
    {
        std::string province;
        soci::statement rows =
            (store->Session().prepare << "SELECT province FROM enterprise ORDER BY id", soci::into(province));
        rows.execute();
        while (rows.fetch()) provinces.push_back(province);
    }
    CHECK(provinces == std::vector<std::string>{"Khánh Hòa", "Khánh Hòa", "Khánh Hòa", "Khánh Hòa",
                                                "Khánh Hòa", "Thành phố Hồ Chí Minh", "Atlantis",
                                                "Atlantis"});
    std::string description;
    store->Session() << "SELECT description FROM schema_version WHERE version = 6", soci::into(description);
    CHECK_THAT(
        description,
        Catch::Contains("5 rows changed, 2 rows kept whose province names none of the 34 ('Atlantis')"));
    // The rows changed were changed through the search index too: the former Ninh Thuận is found
    // as Khánh Hòa, and the version moved so that a form opened before cannot overwrite it.
    EnterpriseService enterprises(*store, db.Text());
    CHECK(enterprises.Search("khanh hoa").size() == 4);  // the first row's search text was stored without it
    CHECK(enterprises.Search("ho chi minh").size() == 1);
    CHECK(enterprises.GetByTaxCode("0101248141-005").version == 2);
    CHECK(enterprises.GetByTaxCode("0101248141-001").version == 1);
}

TEST_CASE("Version 7 adds tasks to a version 6 database, which keeps its records and its signatures",
          "[db]") {
    testing::TestDatabase db;
    const auto target = VersionOneTarget(db);
    VersionOneRecords records;
    const testing::TestSigner signer{"5eed000000000000000000000000000000000000000000000000000000000001"};
    long long signed_decision = 0, officer_id = 0;
    {
        const auto raw = RawSession(target);
        persistence::MigrateTo(*raw, target.backend, 1, [](int) {});
        records = FillVersionOne(*raw);
        persistence::MigrateTo(*raw, target.backend, 6, [](int) {});
        REQUIRE(persistence::ReadSchemaVersion(*raw, target.backend) == 6);
        // A decision signed under version 6: the signature is over the payload as version 6 built it.
        Decision decision;
        decision.number = "41/QĐ-SKHCN";
        decision.date = CalendarDate::FromYmd(2026, 6, 20);
        decision.kind = DecisionKind::Refusal;
        decision.signer_name = "Giám đốc Trần Văn Bình";
        const long long application = InsertReturningId(
            *raw,
            "INSERT INTO application (enterprise_id, programme_id, year, content, title, requested_amount, "
            "co_funding_amount, state, contract_number, version, created_at, updated_at) VALUES (" +
                std::to_string(records.enterprise) + ", " + std::to_string(records.programme) +
                ", 2026, 'testing_certification', 'Chứng nhận ISO 22000', 90000000, 90000000, 'refused', '', "
                "3, "
                "1770000000, 1772400000)");
        const std::string payload =
            DecisionPayload(decision,
                            {{application, "0101248141", "KH-DMST-2026-2030", 2026,
                              SupportContent::TestingCertification, "Chứng nhận ISO 22000", Money()}},
                            std::nullopt, {"lanhdao.binh", signer.CertificateFingerprint()});
        const auto signature =
            signer.Sign({reinterpret_cast<const std::uint8_t*>(payload.data()), payload.size()});
        signed_decision = InsertReturningId(
            *raw,
            "INSERT INTO decision (number, decided_on, kind, conditions, legal_basis, signer_name, "
            "supersedes, "
            "created_at, status, drafted_by, signer_user, signer_fingerprint, signer_subject, signature, "
            "signed_at) VALUES ('41/QĐ-SKHCN', '2026-06-20', 'refusal', '', '', 'Giám đốc Trần Văn Bình', "
            "NULL, 1772400000, 'signed', 'canbo.an', 'lanhdao.binh', '" +
                signer.CertificateFingerprint() + "', '" + signer.CertificateSubject() + "', '" +
                Base64Encode(signature) + "', 1772400100)");
        *raw << "INSERT INTO decision_item (decision_id, application_id, approved_amount) VALUES (" +
                    std::to_string(signed_decision) + ", " + std::to_string(application) + ", 0)";
        // The approver and the certificate enrolled for them before the signing time.
        const long long approver = InsertReturningId(
            *raw,
            "INSERT INTO app_user (name, display_name, role, password_hash, disabled, created_at, version) "
            "VALUES ('lanhdao.binh', 'Giám đốc Trần Văn Bình', 'approver', 'x', 0, 1772000000, 1)");
        *raw << "INSERT INTO user_certificate (user_id, fingerprint, subject, bound_at) VALUES (" +
                    std::to_string(approver) + ", '" + signer.CertificateFingerprint() + "', '" +
                    signer.CertificateSubject() + "', 1772000000)";
        officer_id = InsertReturningId(
            *raw,
            "INSERT INTO app_user (name, display_name, role, password_hash, disabled, created_at, version) "
            "VALUES ('canbo.an', 'Nguyễn Thị An', 'officer', 'x', 0, 1772000000, 1)");
    }

    const auto store = innodesk::testing::OpenRawStore(target, persistence::OpenMode::MustExist);
    CHECK(store->SchemaVersion() == persistence::kSchemaVersion);
    const testing::FixedClock clock{CalendarDate::FromYmd(2026, 6, 25)};
    DecisionService decisions(*store, db.Text(), clock);
    const testing::TestVerifier verifier;
    CHECK(decisions.Verify(signed_decision, verifier).status == VerificationStatus::Valid);
    CHECK(decisions.Verify(records.decision, verifier).status == VerificationStatus::Recorded);
    CHECK_FALSE(decisions.Get(signed_decision).task_id.has_value());
    ApplicationService applications(*store, db.Text(), clock);
    CHECK(applications.Get(records.application).approved_amount == Money::Dong(150'000'000));
    ProgrammeService programmes(*store, db.Text());
    CHECK(programmes.Budget(records.programme).at(0).balance.committed == Money::Dong(150'000'000));

    // The migrated database takes tasks, led by an enterprise it already had.
    const Actor officer{"canbo.an", Role::Officer, officer_id};
    TaskService tasks(*store, db.Text(), clock);
    Task task;
    task.code = "ĐTCT.2026.01";
    task.title = "Ứng dụng truy xuất nguồn gốc thủy sản";
    task.year = 2026;
    task.lead_enterprise_id = records.enterprise;
    task.principal_investigator = "ThS. Lê Văn Tâm";
    const Task proposed = tasks.Propose(task, officer);
    CHECK(tasks.List({}).size() == 1);
    CHECK(tasks.File(proposed.id).lead_name == "Công ty Cổ phần Thủy sản Nha Trang");
}

TEST_CASE("Version 8 keeps a plan's report deadlines as reporting duties and the plan reads whole", "[db]") {
    testing::TestDatabase db;
    const auto target = VersionOneTarget(db);
    {
        const auto raw = RawSession(target);
        persistence::MigrateTo(*raw, target.backend, 6, [](int) {});
        REQUIRE(persistence::ReadSchemaVersion(*raw, target.backend) == 6);
        const long long plan = InsertReturningId(
            *raw,
            "INSERT INTO plan (code, title_vi, title_en, document, programme_code, first_year, "
            "last_year, "
            "rubric_threshold, source_text, version, imported_at) VALUES ('KH-CU', 'Kế hoạch cũ', 'Old "
            "plan', "
            "'Văn bản', '', 2026, 2026, NULL, 'format: innodesk-plan/1', 3, 1770000000)");
        const std::string id = std::to_string(plan);
        *raw << "INSERT INTO plan_target (plan_id, position, code, stt, label_vi, label_en, kind, "
                "bound_form, "
                "bound_min, bound_max, unit_vi, unit_en, lead_vi, lead_en, monitoring, source, metric, "
                "per_year, "
                "line) VALUES (" +
                    id +
                    ", 1, 'T01', 'II.1', 'Hỗ trợ', 'Support', 'objects', 'at_least', 5, 5, '', '', '', "
                    "'', "
                    "'', "
                    "'000', '', 0, 7)";
        *raw << "INSERT INTO plan_report (plan_id, position, label_vi, label_en, rule, month, day, "
                "due_on, "
                "source) VALUES (" +
                    id + ", 1, 'Báo cáo quý', 'Quarterly report', 'quarterly', 12, 20, NULL, '001 mục IV')";
        *raw << "INSERT INTO plan_report (plan_id, position, label_vi, label_en, rule, month, day, "
                "due_on, "
                "source) VALUES (" +
                    id + ", 2, 'Báo cáo năm', 'Yearly report', 'once', 1, 1, '2027-01-10', '000 mục V.7')";
        *raw << "INSERT INTO indicator_value (plan_code, target_code, value, source, as_of, entered_by, "
                "entered_at) VALUES ('KH-CU', 'T01', 4, 'Sở KH&CN', '2026-09-30', 'canbo.an', 1770000000)";
    }
    const auto store = innodesk::testing::OpenRawStore(target, persistence::OpenMode::MustExist);
    CHECK(store->SchemaVersion() == persistence::kSchemaVersion);
    auto tx = store->Begin(TransactionMode::Read);
    const auto plan = tx->Plans().Find("KH-CU");
    REQUIRE(plan);
    CHECK(plan->version == 3);
    CHECK(plan->targets.size() == 1);
    CHECK(plan->work_items.empty());
    REQUIRE(plan->reports.size() == 2);
    CHECK(plan->reports[0].code == "R1");
    CHECK(plan->reports[0].rule == ReportRule::Quarterly);
    CHECK(plan->reports[0].day == 20);  // stored as the day due by, as it was
    CHECK(plan->reports[0].to == ReportRecipient::Dost);
    CHECK(plan->reports[1].code == "R2");
    CHECK(plan->reports[1].date == CalendarDate::FromYmd(2027, 1, 10));
    REQUIRE(tx->Plans().Indicators("KH-CU").size() == 1);
    CHECK(tx->Plans().Indicators("KH-CU")[0].value == 4);
    CHECK(tx->WorkItemProgress().ForPlan("KH-CU").empty());
    CHECK(tx->DutyReceipts().ForPlan("KH-CU").empty());
}

TEST_CASE("Version 9 dates the register's flags, places organisations and keeps every outcome", "[db]") {
    testing::TestDatabase db;
    const auto target = VersionOneTarget(db);
    VersionOneRecords records;
    long long organisation = 0, elsewhere = 0, outcome = 0;
    {
        const auto raw = RawSession(target);
        persistence::MigrateTo(*raw, target.backend, 1, [](int) {});
        records = FillVersionOne(*raw);
        persistence::MigrateTo(*raw, target.backend, 8, [](int) {});
        REQUIRE(persistence::ReadSchemaVersion(*raw, target.backend) == 8);
        // Flagged under version 8, created 1770000000 (02/02/2026 02:40 UTC, 09:40 in Vietnam).
        *raw << "UPDATE enterprise SET st_enterprise = 1, created_at = 1770000000 WHERE id = " +
                    std::to_string(records.enterprise);
        organisation =
            InsertReturningId(*raw,
                              "INSERT INTO organisation (name, kind, tax_code, address, contact, version) "
                              "VALUES ('Viện Hải dương học', 'research_institute', '', '01 Cầu Đá, "
                              "phường Nha Trang, tỉnh Khánh Hòa', '', 1)");
        elsewhere =
            InsertReturningId(*raw,
                              "INSERT INTO organisation (name, kind, tax_code, address, contact, version) "
                              "VALUES ('Hiệp hội Doanh nghiệp', 'association', '', 'Số 5', '', 1)");
        outcome = InsertReturningId(
            *raw,
            "INSERT INTO enterprise_outcome (enterprise_id, kind, description, recorded_on, "
            "year, created_at) VALUES (" +
                std::to_string(records.enterprise) +
                ", 'new_product', 'Sản phẩm mới', '2026-05-05', 2026, 0)");
    }
    const auto store = innodesk::testing::OpenRawStore(target, persistence::OpenMode::MustExist);
    CHECK(store->SchemaVersion() == persistence::kSchemaVersion);
    {
        auto tx = store->Begin(TransactionMode::Read);
        const auto enterprise = tx->Enterprises().FindById(records.enterprise);
        REQUIRE(enterprise);
        CHECK(enterprise->science_technology_since == CalendarDate::FromYmd(2026, 2, 2));
        CHECK_FALSE(enterprise->science_technology_until);
        CHECK_FALSE(enterprise->innovative_startup_since);
        CHECK(tx->Organisations().FindById(organisation)->province == "Khánh Hòa");
        CHECK(tx->Organisations().FindById(elsewhere)->province.empty());
        const auto history = tx->Metrics().RegisterHistory();
        REQUIRE(history.size() == 1);
        CHECK(history[0].enterprise_id == records.enterprise);
    }
    // The outcome kept its row, and the widened check takes the new kind and still refuses others.
    auto tx = store->Begin(TransactionMode::Write);
    auto& sql = store->Session();
    int kept = 0;
    sql << "SELECT COUNT(*) FROM enterprise_outcome WHERE id = " + std::to_string(outcome), soci::into(kept);
    CHECK(kept == 1);
    sql << "INSERT INTO enterprise_outcome (enterprise_id, kind, description, recorded_on, year, created_at) "
           "VALUES (" +
               std::to_string(records.enterprise) + ", 'rd_cooperation', 'Hợp tác', '2026-07-07', 2026, 0)";
    CHECK_THROWS(
        sql << "INSERT INTO enterprise_outcome (enterprise_id, kind, description, recorded_on, year, "
               "created_at) VALUES (" +
                   std::to_string(records.enterprise) + ", 'bogus', 'x', '2026-07-07', 2026, 0)");
}

TEST_CASE(
    "Version 10 keeps a plan's targets and the ±1 its 'about' targets were given, and stores the new keys",
    "[db]") {
    testing::TestDatabase db;
    const auto target = VersionOneTarget(db);
    {
        const auto raw = RawSession(target);
        persistence::MigrateTo(*raw, target.backend, 9, [](int) {});
        REQUIRE(persistence::ReadSchemaVersion(*raw, target.backend) == 9);
        const long long plan = InsertReturningId(
            *raw,
            "INSERT INTO plan (code, title_vi, title_en, document, programme_code, first_year, last_year, "
            "rubric_threshold, source_text, version, imported_at) VALUES ('KH-CU', 'Kế hoạch cũ', 'Old "
            "plan', "
            "'Văn bản', '', 2026, 2026, NULL, 'format: innodesk-plan/1', 2, 1770000000)");
        *raw
            << "INSERT INTO plan_target (plan_id, position, code, stt, label_vi, label_en, kind, bound_form, "
               "bound_min, bound_max, unit_vi, unit_en, lead_vi, lead_en, monitoring, source, metric, "
               "per_year, "
               "line) VALUES (" +
                   std::to_string(plan) +
                   ", 1, 'T02', 'II.2', 'Khoảng 05 nhiệm vụ', 'About 5 tasks', 'objects', 'about', 5, 5, "
                   "'nhiệm vụ', 'tasks', 'Sở KH&CN', 'DOST', 'Sở Tài chính\tDepartment of Finance', '000', "
                   "'', 0, 7)";
    }
    const auto store = innodesk::testing::OpenRawStore(target, persistence::OpenMode::MustExist);
    CHECK(store->SchemaVersion() == persistence::kSchemaVersion);
    {
        auto tx = store->Begin(TransactionMode::Read);
        const auto plan = tx->Plans().Find("KH-CU");
        REQUIRE(plan);
        CHECK(plan->version == 2);
        CHECK(plan->province.empty());
        // Stored before the tolerance was a setting: it keeps the ±1 it was judged by.
        CHECK(plan->about_tolerance == AboutTolerance{1, false});
        REQUIRE(plan->targets.size() == 1);
        const Target& t02 = plan->targets[0];
        CHECK(t02.bound.form == BoundForm::About);
        CHECK(t02.bound.min == 5);
        CHECK(t02.unit.vi == "nhiệm vụ");
        CHECK(t02.line == 7);
        // The units stay where they were stored.
        REQUIRE(t02.monitoring_units.size() == 1);
        CHECK(t02.monitoring_units[0].en == "Department of Finance");
        CHECK(t02.cooperating_units.empty());
        CHECK_FALSE(t02.due_year.has_value());
        CHECK(t02.bound.quality.vi.empty());
    }
    // The rebuilt table takes the new forms and keys.
    Plan next;
    next.code = "KH-MOI";
    next.title = {"Kế hoạch mới", "New plan"};
    next.document = "Văn bản";
    next.province = "Khánh Hòa";
    next.about_tolerance = {10, true};
    next.first_year = 2026;
    next.last_year = 2030;
    Target qualitative;
    qualitative.code = "HT";
    qualitative.label = {"Hạ tầng số", "Digital infrastructure"};
    qualitative.kind = TargetKind::Objects;
    qualitative.bound = {BoundForm::Qualitative, 1, 1, {"Tiên tiến, hiện đại", "Advanced and modern"}};
    qualitative.cooperating_units = {{"Công an tỉnh", "Provincial Police"}};
    qualitative.source = "001 Phụ lục I, chỉ tiêu 2";
    qualitative.due_year = 2027;
    next.targets.push_back(qualitative);
    {
        auto tx = store->Begin(TransactionMode::Write);
        tx->Plans().Replace(next);
        tx->Commit();
    }
    auto tx = store->Begin(TransactionMode::Read);
    const auto stored = tx->Plans().Find("KH-MOI");
    REQUIRE(stored);
    CHECK(stored->province == "Khánh Hòa");
    CHECK(stored->about_tolerance == AboutTolerance{10, true});
    CHECK(stored->targets.at(0).bound.form == BoundForm::Qualitative);
    CHECK(stored->targets.at(0).bound.quality.en == "Advanced and modern");
    CHECK(stored->targets.at(0).cooperating_units.at(0).en == "Provincial Police");
    CHECK(stored->targets.at(0).due_year == 2027);
}

TEST_CASE("Version 11 adds issued reports to a database of version 8, which then keeps them", "[db]") {
    testing::TestDatabase db;
    const auto target = VersionOneTarget(db);
    {
        const auto raw = RawSession(target);
        persistence::MigrateTo(*raw, target.backend, 8, [](int) {});
        REQUIRE(persistence::ReadSchemaVersion(*raw, target.backend) == 8);
        *raw
            << "INSERT INTO plan (code, title_vi, title_en, document, programme_code, first_year, last_year, "
               "rubric_threshold, source_text, version, imported_at) VALUES ('KH-CU', 'Kế hoạch cũ', 'Old "
               "plan', "
               "'Văn bản', '', 2026, 2026, NULL, 'format: innodesk-plan/1', 1, 1770000000)";
    }
    const auto store = innodesk::testing::OpenRawStore(target, persistence::OpenMode::MustExist);
    CHECK(store->SchemaVersion() == persistence::kSchemaVersion);
    {
        auto tx = store->Begin(TransactionMode::Read);
        CHECK(tx->IssuedReports().List("").empty());
    }
    IssuedReport report;
    report.year = 2026;
    report.number = 7;
    report.symbol = "BC-SKHCN";
    report.plan_code = "KH-CU";
    report.period = "2026-Q3";
    report.issued_on = CalendarDate::FromYmd(2026, 10, 5);
    report.signer_title = "GIÁM ĐỐC";
    report.signer_name = "Nguyễn Văn An";
    report.difficulties = "Kinh phí chậm.";
    report.proposals = "Bổ sung kinh phí.";
    report.language = "vi";
    report.snapshot = R"({"format":"innodesk-issued-report/1"})";
    report.issued_by = "canbo.an";
    report.issued_at_unix = 1780000000;
    {
        auto tx = store->Begin(TransactionMode::Write);
        CHECK(tx->IssuedReports().Add(report) > 0);
        tx->Commit();
    }
    auto tx = store->Begin(TransactionMode::Write);
    const auto found = tx->IssuedReports().Find(2026, "BC-SKHCN", 7);
    REQUIRE(found);
    CHECK(found->issued_on == report.issued_on);
    CHECK(found->snapshot == report.snapshot);
    CHECK(found->signer_name == "Nguyễn Văn An");
    // The table itself refuses a number issued twice in a year under a symbol.
    CHECK(Refusal([&] { tx->IssuedReports().Add(report); }).Code() == ErrorCode::Duplicate);
}

TEST_CASE("Version 12 gives contracts a signing day, unknown for those recorded before", "[db]") {
    testing::TestDatabase db;
    const auto target = VersionOneTarget(db);
    VersionOneRecords records;
    {
        const auto raw = RawSession(target);
        persistence::MigrateTo(*raw, target.backend, 1, [](int) {});
        records = FillVersionOne(*raw);
        persistence::MigrateTo(*raw, target.backend, 11, [](int) {});
        *raw << "UPDATE application SET state = 'contracted', contract_number = '07/2026/HĐ', "
                "contract_ends_on = '2026-12-31' WHERE id = " +
                    std::to_string(records.application);
    }
    const auto store = innodesk::testing::OpenRawStore(target, persistence::OpenMode::MustExist);
    CHECK(store->SchemaVersion() == persistence::kSchemaVersion);  // opening migrates to the latest
    auto tx = store->Begin(TransactionMode::Write);
    auto application = tx->Applications().FindById(records.application).value();
    CHECK(application.contract_number == "07/2026/HĐ");
    CHECK(application.contract_ends_on == CalendarDate::FromYmd(2026, 12, 31));
    CHECK_FALSE(application.contract_signed_on.has_value());
    application.contract_signed_on = CalendarDate::FromYmd(2026, 3, 10);
    tx->Applications().Update(application);
    CHECK(tx->Applications().FindById(records.application)->contract_signed_on ==
          CalendarDate::FromYmd(2026, 3, 10));
}

TEST_CASE(
    "Version 15 adds the clerk's number register to a version 14 database, whose decisions keep their "
    "numbers",
    "[db]") {
    testing::TestDatabase db;
    const auto target = VersionOneTarget(db);
    VersionOneRecords records;
    {
        const auto raw = RawSession(target);
        persistence::MigrateTo(*raw, target.backend, 1, [](int) {});
        records = FillVersionOne(*raw);
        persistence::MigrateTo(*raw, target.backend, 14, [](int) {});
    }
    const auto store = innodesk::testing::OpenRawStore(target, persistence::OpenMode::MustExist);
    CHECK(store->SchemaVersion() == 15);
    auto tx = store->Begin(TransactionMode::Write);
    const auto old = tx->Decisions().FindById(records.decision).value();
    CHECK_FALSE(old.number.empty());
    CHECK_FALSE(old.issue.has_value());
    auto& issues = IssuesOf(*tx);
    CHECK(issues.LastSequence("QĐ", 2026) == 0);
    const DocumentNumber number{"QĐ",
                                2026,
                                3,
                                "03/QĐ-SKHCN",
                                records.decision,
                                std::nullopt,
                                CalendarDate::FromYmd(2026, 6, 15),
                                "vanthu.dung",
                                1'780'000'000};
    issues.RegisterNumber(number);
    CHECK(issues.LastSequence("QĐ", 2026) == 3);
    CHECK(issues.FindNumber("03/QĐ-SKHCN", 2026)->decision_id == records.decision);
    CHECK_FALSE(issues.FindNumber("03/QĐ-SKHCN", 2027).has_value());
    CHECK(Refusal([&] { issues.RegisterNumber(number); }).Code() == ErrorCode::Duplicate);
}
