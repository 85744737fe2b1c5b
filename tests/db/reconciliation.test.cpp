// Reconciliation (app/reconciliation.h): each change made behind InnoDesk's back — straight SQL on
// the tables, as whoever holds the database would — is named by table, record and field, with the
// stored and the audited value; a database changed only through the services reconciles clean. On
// SQLite, a trail rewritten with its hash chain recomputed is caught by the signed checkpoint kept
// outside the database.
#include "scenario.h"
#include "test_helpers.h"

#include "app/audit_checkpoint.h"
#include "app/reconciliation.h"
#include "domain/audit.h"
#include "domain/password_commitment.h"
#include "domain/sha256.h"
#include "domain/trust_service.h"
#include "signing/sha256.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

using namespace innodesk;
using namespace innodesk::domain;
using S = ApplicationState;

namespace {

// The Scenario's services stamp entries with two clocks (a fixed day in May 2026, and the machine's
// for the services without a clock), so its trail steps back months by construction; the times are
// tested on their own below with the default tolerance.
app::ReconciliationOptions ScenarioOptions(const std::filesystem::path& checkpoints) {
    app::ReconciliationOptions options;
    options.clock_tolerance_seconds = 400LL * 24 * 3600;
    options.checkpoint_folder = checkpoints;
    return options;
}

struct Fixture {
    testing::TestDatabase db;
    testing::Scenario s{db};
    std::filesystem::path checkpoints =
        db.Folder().empty() ? std::filesystem::temp_directory_path() / "innodesk-no-checkpoints"
                            : db.Folder() / "checkpoints";

    app::ReconciliationReport Check(app::ReconciliationOptions options) {
        return app::Reconcile({db.Store(), db.Target(), s.Decisions(), s.verifier}, options);
    }
    app::ReconciliationReport Check() { return Check(ScenarioOptions(checkpoints)); }
    soci::session& Sql() { return db.Store().Session(); }
};

// A programme's worth of work, all through the services: an approved, contracted application with
// a payment, a trust store item.
struct Worked {
    Application application;
    TrustItem trusted;
};

Worked Work(Fixture& f) {
    auto& s = f.s;
    const auto recommended = s.Recommended(s.parent, 200'000'000, 100'000'000);
    s.Approve(recommended.id, 180'000'000, "101/QĐ-SKHCN");
    auto service = s.Applications();
    service.Contract(recommended.id, "15/2026/HĐ-KHCN", s.officer);
    service.Move(recommended.id, S::InProgress, s.officer, "");
    service.Disburse(recommended.id, Money::Dong(60'000'000), CalendarDate::FromYmd(2026, 7, 1), "UNC 01",
                     s.officer, s.verifier);
    service.Disburse(recommended.id, Money::Dong(40'000'000), CalendarDate::FromYmd(2026, 8, 1), "UNC 02",
                     s.officer, s.verifier);
    TrustItem ca;
    ca.kind = TrustKind::CaCertificate;
    ca.label = "CN=Sở KH&CN Test CA";
    ca.pem = "-----BEGIN CERTIFICATE-----\nMA==\n-----END CERTIFICATE-----\n";
    ca.fingerprint = "ca00000000000000000000000000000000000000000000000000000000000001";
    const auto trusted = TrustService(f.db.Store(), s.clock).Add(ca, s.admin);
    return {service.Get(recommended.id), trusted};
}

// The findings of one kind about one table.
std::vector<app::ReconciliationFinding> Findings(const app::ReconciliationReport& report,
                                                 const std::string& kind, const std::string& table) {
    std::vector<app::ReconciliationFinding> found;
    for (const auto& finding : report.findings)
        if (finding.kind == kind && finding.table == table) found.push_back(finding);
    return found;
}

std::string Describe(const app::ReconciliationReport& report) {
    std::string text;
    for (const auto& finding : report.findings) text += finding.explanation.en + "\n";
    return text;
}

long long IdOf(Fixture& f, const std::string& sql) {
    long long id = 0;
    f.Sql() << sql, soci::into(id);
    return id;
}

}  // namespace

TEST_CASE("Reconciliation: a database changed only through the services reconciles clean",
          "[db][reconcile]") {
    Fixture f;
    const auto worked = Work(f);
    const auto report = f.Check();
    INFO(Describe(report));
    CHECK(report.Clean());
    CHECK(report.audit_entries == testing::CountRows(f.db, "audit_entry"));
    CHECK(report.decisions_verified == 1);
    CHECK(report.applications_summed >= 1);
    CHECK(report.envelopes_summed >= 1);
    CHECK(report.records_compared >= 10);
    // Changed again through the services (a role, a password, an enterprise): still clean.
    auto users = f.s.Users();
    users.SetRole("viewer.dung", Role::Officer, f.s.admin);
    users.SetPassword("viewer.dung", "một mật khẩu mới rất dài", f.s.admin);
    auto edited = f.s.Enterprises().Get(f.s.other.id);
    edited.name = "Hợp tác xã Diên Khánh";
    f.s.Enterprises().Update(edited, f.s.officer);
    const auto again = f.Check();
    INFO(Describe(again));
    CHECK(again.Clean());
    (void)worked;
}

TEST_CASE("Reconciliation names each change made behind InnoDesk's back", "[db][reconcile]") {
    Fixture f;
    const auto worked = Work(f);
    REQUIRE(f.Check().Clean());
    const long long viewer_id = IdOf(f, "SELECT id FROM app_user WHERE name = 'viewer.dung'");

    SECTION("a viewer made an administrator") {
        f.Sql() << "UPDATE app_user SET role = 'admin' WHERE name = 'viewer.dung'";
        const auto report = f.Check();
        const auto found = Findings(report, "field_changed", "app_user");
        REQUIRE(found.size() == 1);
        CHECK(found[0].record == viewer_id);
        CHECK(found[0].field == "role");
        CHECK(found[0].stored == "\"admin\"");
        CHECK(found[0].audited == "\"viewer\"");
        CHECK_THAT(found[0].explanation.en, Catch::Contains("app_user") && Catch::Contains("field role"));
    }
    SECTION("a password hash replaced") {
        std::string admin_hash;
        f.Sql() << "SELECT password_hash FROM app_user WHERE name = 'admin.hoa'", soci::into(admin_hash);
        // The attacker copies a hash whose password they know onto the viewer.
        f.Sql() << "UPDATE app_user SET password_hash = :h WHERE name = 'viewer.dung'", soci::use(admin_hash);
        const auto found = Findings(f.Check(), "field_changed", "app_user");
        REQUIRE(found.size() == 1);
        CHECK(found[0].record == viewer_id);
        CHECK(found[0].field == std::string(kPasswordCommitmentField));
        CHECK(found[0].stored == "\"" + PasswordCommitment(admin_hash) + "\"");
    }
    SECTION("an enterprise's tax code") {
        f.Sql() << "UPDATE enterprise SET tax_code = '0312345673' WHERE id = " + std::to_string(f.s.other.id);
        const auto found = Findings(f.Check(), "field_changed", "enterprise");
        REQUIRE(found.size() == 1);
        CHECK(found[0].record == f.s.other.id);
        CHECK(found[0].field == "tax_code");
        CHECK(found[0].stored == "\"0312345673\"");
        CHECK(found[0].audited == "\"" + f.s.other.tax_code.Value() + "\"");
    }
    SECTION("an application's approved amount raised, and its envelope's commitment with it") {
        f.Sql() << "UPDATE application SET approved_amount = 850000000 WHERE id = " +
                       std::to_string(worked.application.id);
        const auto report = f.Check();
        const auto found = Findings(report, "field_changed", "application");
        REQUIRE(found.size() == 1);
        CHECK(found[0].record == worked.application.id);
        CHECK(found[0].field == "approved_amount");
        CHECK(found[0].stored == "850000000");
        CHECK(found[0].audited == "180000000");
        const auto envelope = Findings(report, "envelope_committed", "budget_envelope");
        REQUIRE(envelope.size() == 1);
        CHECK(envelope[0].record == f.s.testing_envelope.id);
        CHECK(envelope[0].stored == "850000000");
        CHECK(envelope[0].audited == "180000000");
    }
    SECTION("a trust store row changed, and one added") {
        f.Sql() << "UPDATE trust_item SET label = 'Vietnam Government Root CA' WHERE id = " +
                       std::to_string(worked.trusted.id);
        f.Sql()
            << "INSERT INTO trust_item (kind, label, pem, fingerprint, added_at) VALUES ('ca', 'Planted', "
               "'-----BEGIN CERTIFICATE-----', 'ff00', 1780000000)";
        const auto report = f.Check();
        const auto changed = Findings(report, "field_changed", "trust_item");
        REQUIRE(changed.size() == 1);
        CHECK(changed[0].record == worked.trusted.id);
        CHECK(changed[0].field == "label");
        CHECK(changed[0].stored == "\"Vietnam Government Root CA\"");
        const auto planted = Findings(report, "row_unaudited", "trust_item");
        REQUIRE(planted.size() == 1);
        CHECK(planted[0].record == IdOf(f, "SELECT id FROM trust_item WHERE fingerprint = 'ff00'"));
    }
    SECTION("a disbursement deleted") {
        f.Sql() << "DELETE FROM disbursement WHERE reference = 'UNC 02'";
        const auto report = f.Check();
        const auto found = Findings(report, "disbursements", "disbursement");
        REQUIRE(found.size() == 1);
        CHECK(found[0].record == worked.application.id);
        CHECK(found[0].stored == "60000000");
        CHECK(found[0].audited == "100000000");
        CHECK_THAT(found[0].explanation.en,
                   Catch::Contains("(1 payments)") && Catch::Contains("(2 payments)"));
        CHECK(Findings(report, "envelope_disbursed", "budget_envelope").size() == 1);
    }
    SECTION("a user inserted without InnoDesk") {
        f.Sql() << "INSERT INTO app_user (name, display_name, role, password_hash, disabled, created_at, "
                   "version) "
                   "VALUES ('ghost', 'Ghost', 'admin', 'x', 0, 1780000000, 1)";
        const auto found = Findings(f.Check(), "row_unaudited", "app_user");
        REQUIRE(found.size() == 1);
        CHECK(found[0].record == IdOf(f, "SELECT id FROM app_user WHERE name = 'ghost'"));
    }
}

TEST_CASE("Reconciliation names audit times that run backwards", "[db][reconcile]") {
    testing::TestDatabase db;
    testing::AddFirstOfficer(db);  // both entries at the fixed instant
    const testing::FixedClock june{CalendarDate::FromYmd(2026, 6, 15)};
    testing::TestVerifier verifier;
    const auto check = [&] {
        app::ReconciliationOptions options;
        options.checkpoint_folder = db.Folder().empty() ? std::filesystem::path("/nonexistent") : db.Folder();
        return app::Reconcile(
            {db.Store(), db.Target(), DecisionService(db.Store(), db.Text(), june), verifier}, options);
    };
    REQUIRE(check().Clean());
    // A workstation's clock turned back a hundred days, as in the issue: the entries it writes chain
    // correctly but run backwards.
    const testing::FixedClock turned_back{CalendarDate::FromYmd(2026, 3, 7),
                                          1'780'000'000 - 100LL * 24 * 3600};
    UserService users(db.Store(), db.Text(), testing::TestHasher(), turned_back,
                      testing::TestCommonPasswords());
    const auto admin = Actor{"admin.hoa", Role::Admin, 1};
    users.Add({"viewer.dung", "Phạm Dũng", Role::Viewer, testing::kTestPassword}, admin);
    const auto report = check();
    const auto found = Findings(report, "audit_time", "audit_entry");
    REQUIRE(found.size() == 1);
    CHECK(found[0].record == testing::CountRows(db, "audit_entry"));
    CHECK(found[0].field == "at");
    CHECK_THAT(found[0].explanation.en, Catch::Contains("runs backwards"));
    // Within the tolerance (workstations' clocks differ by seconds), not a finding.
    const testing::FixedClock slightly{CalendarDate::FromYmd(2026, 6, 15), 1'780'000'000 - 60};
    UserService(db.Store(), db.Text(), testing::TestHasher(), slightly, testing::TestCommonPasswords())
        .SetRole("viewer.dung", Role::Officer, admin);
    CHECK(Findings(check(), "audit_time", "audit_entry").size() == 1);
}

TEST_CASE(
    "On SQLite the signed checkpoint outside the database catches a trail rewritten with its chain "
    "recomputed",
    "[db][reconcile][sqlite-only]") {
    Fixture f;
    Work(f);
    // Written as a front end does after signing: the head, signed with the approver's key.
    const auto written = app::WriteCheckpoint(f.checkpoints, f.db.Target(), f.db.Store(), f.s.signer);
    REQUIRE(written.state == app::CheckpointState::Intact);
    CHECK(std::filesystem::exists(written.file));
    const auto head = testing::CountRows(f.db, "audit_entry");
    CHECK(written.seq == head);
    auto report = f.Check();
    INFO(Describe(report));
    REQUIRE(report.Clean());
    CHECK(report.checkpoint.state == app::CheckpointState::Intact);

    // The attacker rewrites the application's approval (its after-image says 850,000,000 đồng),
    // then recomputes every hash after it, so that the chain verifies again.
    f.Sql() << "DROP TRIGGER audit_entry_no_update";
    f.Sql() << "DROP TRIGGER audit_entry_no_delete";
    SECTION("rewritten") {
        const long long from =
            IdOf(f, "SELECT MIN(seq) FROM audit_entry WHERE action = 'application.approve'");
        std::string previous_hash;
        f.Sql() << "SELECT hash FROM audit_entry WHERE seq = :s", soci::use(from - 1),
            soci::into(previous_hash);
        for (long long seq = from; seq <= head; ++seq) {
            AuditEntry entry;
            {
                auto tx = f.db.Store().Begin(TransactionMode::Read);
                entry = *tx->Audit().FindBySeq(seq);
            }
            if (seq == from) {
                const auto at = entry.after.find("\"approved_amount\":180000000");
                REQUIRE(at != std::string::npos);
                entry.after.replace(at, std::string("\"approved_amount\":180000000").size(),
                                    "\"approved_amount\":850000000");
            }
            entry.prev_hash = previous_hash;
            entry.hash = signing::Sha256Hex(AuditHashInput(entry));
            f.Sql() << "UPDATE audit_entry SET after_json = :a, prev_hash = :p, hash = :h WHERE seq = :s",
                soci::use(entry.after), soci::use(entry.prev_hash), soci::use(entry.hash), soci::use(seq);
            previous_hash = entry.hash;
        }
        report = f.Check();
        CHECK(Findings(report, "audit_chain", "audit_entry").empty());  // the chain alone is fooled
        const auto found = Findings(report, "checkpoint", "audit_entry");
        REQUIRE(found.size() == 1);
        CHECK(found[0].record == head);
        CHECK_THAT(found[0].explanation.en, Catch::Contains("rewritten"));
        CHECK(report.checkpoint.state == app::CheckpointState::Broken);
    }
    SECTION("cut short") {
        f.Sql() << "DELETE FROM audit_entry WHERE seq > :s", soci::use(head - 3);
        report = f.Check();
        const auto found = Findings(report, "checkpoint", "audit_entry");
        REQUIRE(found.size() == 1);
        CHECK_THAT(found[0].explanation.en, Catch::Contains("cut short"));
    }
    SECTION("the checkpoint file itself edited") {
        std::ifstream in(written.file);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        in.close();
        const auto at = text.find("\"seq\": " + std::to_string(head));
        REQUIRE(at != std::string::npos);
        text.replace(at, ("\"seq\": " + std::to_string(head)).size(), "\"seq\": 1");
        std::ofstream(written.file, std::ios::trunc) << text;
        report = f.Check();
        const auto found = Findings(report, "checkpoint", "audit_entry");
        REQUIRE(found.size() == 1);
        CHECK_THAT(found[0].explanation.en, Catch::Contains("signature of the checkpoint"));
    }
    SECTION("the checkpoint file unreadable") {
        std::ofstream(written.file, std::ios::trunc) << "not json";
        report = f.Check();
        REQUIRE(Findings(report, "checkpoint", "audit_entry").size() == 1);
        CHECK(report.checkpoint.state == app::CheckpointState::Unreadable);
    }
}

TEST_CASE("Reconciliation says when there is no checkpoint, rather than passing silently",
          "[db][reconcile][sqlite-only]") {
    Fixture f;
    Work(f);
    const auto report = f.Check();
    CHECK(report.Clean());
    CHECK(report.checkpoint.state == app::CheckpointState::None);
    bool said = false;
    for (const auto& note : report.notes)
        said = said || note.en.find("no checkpoint") != std::string::npos ||
               note.en.find("does not exist") != std::string::npos;
    CHECK(said);
}

TEST_CASE("The domain's SHA-256 (the password commitment) agrees with OpenSSL's at every padding length",
          "[db][reconcile]") {
    CHECK(Sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    std::string bytes;
    for (int size = 0; size <= 300; ++size) {
        INFO(size << " bytes");
        CHECK(Sha256Hex(bytes) == signing::Sha256Hex(bytes));
        bytes += static_cast<char>('a' + size % 26 + (size % 7 == 0 ? 128 : 0));
    }
}
