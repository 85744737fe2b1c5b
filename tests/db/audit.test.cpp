// The audit trail in storage: every kind of service write appends an entry, the hash chain
// finds the first entry edited, deleted, inserted or moved behind InnoDesk's back, signed
// checkpoints catch what the chain alone cannot (a shortened log), and the append-only triggers
// refuse changes made without first removing them.
#include "scenario.h"
#include "signing/sha256.h"
#include "test_helpers.h"

#include "domain/audit_service.h"
#include "domain/enterprise_import.h"
#include "domain/ip_service.h"
#include "domain/outcome_service.h"
#include "domain/review_service.h"
#include "domain/training_service.h"
#include "domain/trust_service.h"
#include "signing/sha256.h"

#include <catch2/catch.hpp>

using namespace innodesk;
using namespace innodesk::domain;
using S = ApplicationState;

using innodesk::testing::CountRows;
using innodesk::testing::Refusal;

namespace {

AuditService Audit(testing::Scenario& s) {
    return {s.db.Store(), signing::Sha256Hex, s.clock};
}

// The last entry with `action`; the test fails when there is none.
AuditEntry LastOf(const std::vector<AuditEntry>& newest_first, const std::string& action) {
    for (const auto& entry : newest_first)
        if (entry.action == action) return entry;
    FAIL("no audit entry " << action);
    return {};
}

bool IsBusy(const std::string& json) {
    return json != "null" && json.size() > 2;
}

// What an attacker with access to the database does first: remove the append-only guard.
void DisableAuditGuard(testing::TestDatabase& db) {
    auto& sql = db.Store().Session();
    if (db.Target().backend == persistence::Backend::Sqlite) {
        sql << "DROP TRIGGER audit_entry_no_update";
        sql << "DROP TRIGGER audit_entry_no_delete";
    } else {
        sql << "ALTER TABLE audit_entry DISABLE TRIGGER USER";  // the test role owns the table
    }
}

AuditEntry EntryAt(testing::TestDatabase& db, std::int64_t seq) {
    auto tx = db.Store().Begin(TransactionMode::Read);
    const auto entry = tx->Audit().FindBySeq(seq);
    REQUIRE(entry.has_value());
    return *entry;
}

// Writes every field of `content` but the sequence number into the row at `seq`.
void Overwrite(testing::TestDatabase& db, std::int64_t seq, const AuditEntry& content) {
    const long long at = content.at_unix, entity_id = content.entity_id, where = seq;
    db.Store().Session()
        << "UPDATE audit_entry SET at = :at, actor = :ac, action = :an, entity = :e, entity_id = :id, "
           "before_json = :b, after_json = :a, prev_hash = :p, hash = :h WHERE seq = :s",
        soci::use(at), soci::use(content.actor), soci::use(content.action), soci::use(content.entity),
        soci::use(entity_id), soci::use(content.before), soci::use(content.after),
        soci::use(content.prev_hash), soci::use(content.hash), soci::use(where);
}

void InsertRaw(testing::TestDatabase& db, const AuditEntry& entry) {
    const long long seq = entry.seq, at = entry.at_unix, entity_id = entry.entity_id;
    db.Store().Session()
        << "INSERT INTO audit_entry (seq, at, actor, action, entity, entity_id, before_json, "
           "after_json, prev_hash, hash) VALUES (:s, :at, :ac, :an, :e, :id, :b, :a, :p, :h)",
        soci::use(seq), soci::use(at), soci::use(entry.actor), soci::use(entry.action),
        soci::use(entry.entity), soci::use(entity_id), soci::use(entry.before), soci::use(entry.after),
        soci::use(entry.prev_hash), soci::use(entry.hash);
}

// An entry that chains correctly after `previous`, as someone who knows the format would make it.
AuditEntry Forged(const AuditEntry& previous, std::int64_t seq) {
    AuditEntry entry;
    entry.seq = seq;
    entry.at_unix = previous.at_unix;
    entry.actor = "officer.an";
    entry.action = "enterprise.update";
    entry.entity = "enterprise";
    entry.entity_id = 1;
    entry.before = "{\"name\":\"A\"}";
    entry.after = "{\"name\":\"B\"}";
    entry.prev_hash = previous.hash;
    entry.hash = signing::Sha256Hex(AuditHashInput(entry));
    return entry;
}

std::span<const std::uint8_t> Bytes(const std::string& text) {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

}  // namespace

TEST_CASE("Every kind of service write appends an audit entry with who, what, before and after", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);

    // Records: an application through review, decision, contract and payment.
    auto applications = s.Applications();
    const auto application = s.Draft(s.parent, 200'000'000, 200'000'000);
    applications.Move(application.id, S::Submitted, s.officer, "");
    applications.Move(application.id, S::UnderReview, s.officer, "");
    ReviewService reviews(db.Store(), db.Text(), s.clock);
    reviews.Declare(application.id, s.reviewer, false, "");
    std::vector<CriterionScore> scores;
    for (const auto& criterion : reviews.RubricFor(s.programme.id).criteria)
        scores.push_back({criterion.code, 8});
    const auto review = reviews.Score(application.id, s.reviewer, scores, "Tốt");
    applications.Move(application.id, S::Recommended, s.officer, "");
    s.Approve(application.id, 150'000'000, "1/QĐ");
    applications.Contract(application.id, "HĐ-1", s.officer);
    applications.Disburse(application.id, Money::Dong(50'000'000), CalendarDate::FromYmd(2026, 7, 1), "UNC 1",
                          s.officer, s.verifier);
    VariationDraft variation;
    variation.application_id = application.id;
    variation.new_amount = Money::Dong(140'000'000);
    variation.reason = "giảm quy mô";
    variation.number = "1a/QĐ";
    variation.date = CalendarDate::FromYmd(2026, 7, 2);
    const auto varying = s.Decisions().DraftVariation(variation, s.officer);
    s.Decisions().Sign(varying.decision.id, s.signer, s.verifier, s.approver);
    const auto other = s.Recommended(s.other, 100'000'000, 100'000'000);
    Decision discarded;
    discarded.number = "2/QĐ";
    discarded.date = CalendarDate::FromYmd(2026, 6, 20);
    discarded.items = {{other.id, Money::Dong(10'000'000)}};
    const auto drafted = s.Decisions().Draft(discarded, s.officer);
    s.Decisions().Discard(drafted.decision.id, s.officer);

    // Enterprises, vouchers, IP, training, outcomes.
    auto renamed = s.other;
    renamed.name = "Hợp tác xã Nông nghiệp Diên Khánh (đổi tên)";
    s.Enterprises().Update(renamed, s.officer);
    Table table;
    table.header = {"Mã số thuế", "Tên doanh nghiệp", "Tỉnh/Thành phố"};
    table.rows = {{2, {"4200000011", "Công ty Nhập Khẩu", "Khánh Hòa"}}};
    EnterpriseImport(db.Store(), db.Text()).Run(table, s.officer);
    auto vouchers = s.Vouchers();
    ServiceProvider provider;
    provider.name = "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Khánh Hòa";
    provider.tax_code = TaxCode::Parse("0300588569");
    provider.contents = {SupportContent::TestingCertification};
    const auto stored_provider = vouchers.RegisterProvider(provider, s.officer);
    VoucherRequest request;
    request.enterprise_id = s.branch.id;
    request.programme_id = s.programme.id;
    request.year = 2026;
    request.content = SupportContent::TestingCertification;
    request.face_value = Money::Dong(10'000'000);
    request.state_share = Money::Dong(5'000'000);
    request.issued_on = CalendarDate::FromYmd(2026, 3, 1);
    request.valid_until = CalendarDate::FromYmd(2026, 8, 31);
    const auto voucher = vouchers.Issue(request, s.officer);
    vouchers.Cancel(voucher.id, CancelReason::EnterpriseRequest, "", s.officer);
    IpFiling filing;
    filing.enterprise_id = s.parent.id;
    filing.type = IpType::Patent;
    filing.route = IpRoute::Domestic;
    filing.title = "Quy trình chế biến chả cá Nha Trang";
    filing.filed_on = CalendarDate::FromYmd(2026, 1, 10);
    const auto ip = IpService(db.Store(), db.Text(), s.clock).Add(filing, s.officer);
    TrainingService training(db.Store(), db.Text());
    TrainingEvent event;
    event.title = "Tập huấn SHTT";
    event.starts_on = CalendarDate::FromYmd(2026, 3, 10);
    event.ends_on = CalendarDate::FromYmd(2026, 3, 11);
    event.location = "Nha Trang";
    event.organiser = "Sở KH&CN Khánh Hòa";
    const auto stored_event = training.AddEvent(event, s.officer);
    training.AddAttendance(stored_event.id, {"Nguyễn Văn An", "056123456789", "0101248141"}, s.officer);
    EnterpriseOutcome outcome;
    outcome.enterprise_id = s.parent.id;
    outcome.kind = OutcomeKind::TechnologyApplied;
    outcome.description = "Áp dụng hệ thống truy xuất nguồn gốc";
    outcome.recorded_on = CalendarDate::FromYmd(2026, 5, 1);
    outcome.year = 2026;
    const auto stored_outcome = OutcomeService(db.Store(), db.Text(), s.clock).Add(outcome, s.officer);

    // Administration: trust store and settings.
    TrustService trust(db.Store(), s.clock);
    TrustItem ca;
    ca.kind = TrustKind::CaCertificate;
    ca.label = "CN=Test CA";
    ca.pem = "-----BEGIN CERTIFICATE-----\nMA==\n-----END CERTIFICATE-----\n";
    ca.fingerprint = "ca00000000000000000000000000000000000000000000000000000000000001";
    const auto trusted = trust.Add(ca, s.admin);
    trust.SetSetting(kSettingPkcs11Module, "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so", s.admin);

    const auto entries = Audit(s).Latest(1000);
    REQUIRE(entries.size() == static_cast<std::size_t>(CountRows(db, "audit_entry")));
    struct Expected {
        const char* action;
        const char* entity;
        std::int64_t entity_id;
        std::string actor;
        bool has_before;
        bool has_after;
    };
    const std::vector<Expected> expected{
        {"user.create", "user", s.viewer.user_id, "admin.hoa", false, true},
        {"user.bind_certificate", "user", s.approver.user_id, "admin.hoa", false, true},
        {"programme.create", "programme", s.programme.id, "officer.an", false, true},
        {"budget.create", "budget_envelope", s.testing_envelope.id, "officer.an", false, true},
        {"cap.set", "programme", s.programme.id, "officer.an", false, true},
        {"enterprise.create", "enterprise", s.other.id, "officer.an", false, true},
        {"enterprise.update", "enterprise", s.other.id, "officer.an", true, true},
        {"enterprise.import", "enterprise", 0, "officer.an", false, true},
        {"application.create", "application", other.id, "officer.an", false, true},
        {"application.submitted", "application", other.id, "officer.an", true, true},
        {"application.recommended", "application", other.id, "officer.an", true, true},
        {"review.declare", "review", review.id, "officer.chi", false, true},
        {"review.score", "review", review.id, "officer.chi", true, true},
        {"decision.draft", "decision", drafted.decision.id, "officer.an", false, true},
        {"decision.discard", "decision", drafted.decision.id, "officer.an", true, false},
        {"decision.sign", "decision", varying.decision.id, "leader.binh", true, true},
        {"application.approve", "application", application.id, "leader.binh", true, true},
        {"application.contract", "application", application.id, "officer.an", true, true},
        {"application.disburse", "application", application.id, "officer.an", false, true},
        {"application.vary", "application", application.id, "leader.binh", true, true},
        {"provider.create", "provider", stored_provider.id, "officer.an", false, true},
        {"voucher.issue", "voucher", voucher.id, "officer.an", false, true},
        {"voucher.cancel", "voucher", voucher.id, "officer.an", true, true},
        {"ip_filing.create", "ip_filing", ip.id, "officer.an", false, true},
        {"training_event.create", "training_event", stored_event.id, "officer.an", false, true},
        {"attendance.create", "attendance", 0, "officer.an", false, true},
        {"outcome.create", "outcome", stored_outcome.id, "officer.an", false, true},
        {"trust.add", "trust_item", trusted.id, "admin.hoa", false, true},
        {"setting.set", "setting", 0, "admin.hoa", false, true},
    };
    for (const auto& e : expected) {
        INFO(e.action);
        const auto entry = LastOf(entries, e.action);
        CHECK(entry.entity == e.entity);
        if (e.entity_id != 0) CHECK(entry.entity_id == e.entity_id);
        CHECK(entry.actor == e.actor);
        CHECK(entry.at_unix > 0);
        CHECK(IsBusy(entry.before) == e.has_before);
        CHECK(IsBusy(entry.after) == e.has_after);
        if (e.has_before && e.has_after) CHECK(entry.before != entry.after);
    }
    // What changed is in the before/after pair.
    const auto update = LastOf(entries, "enterprise.update");
    CHECK_THAT(update.before, Catch::Contains("Hợp tác xã Nông nghiệp Diên Khánh\""));
    CHECK_THAT(update.after, Catch::Contains("(đổi tên)"));
    const auto sign = LastOf(entries, "decision.sign");
    CHECK_THAT(sign.before, Catch::Contains("\"status\":\"draft\""));
    CHECK_THAT(sign.after, Catch::Contains("\"status\":\"signed\"") &&
                               Catch::Contains(s.signer.CertificateFingerprint()));

    // Each record's history is its own entries in order.
    std::vector<std::string> steps;
    for (const auto& entry : Audit(s).History("application", application.id)) steps.push_back(entry.action);
    CHECK(steps == std::vector<std::string>{"application.create", "application.submitted",
                                            "application.under_review", "application.recommended",
                                            "application.approve", "application.contract",
                                            "application.disburse", "application.vary"});

    const auto verified = Audit(s).Verify();
    CHECK_FALSE(verified.broken.has_value());
    CHECK(verified.entries == CountRows(db, "audit_entry"));
    CHECK(verified.head_hash == entries.front().hash);
    CHECK(entries.back().seq == 1);
    CHECK(entries.back().prev_hash == kAuditGenesisHash);
}

TEST_CASE("The hash chain finds the first entry changed behind InnoDesk's back", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    const auto total = CountRows(db, "audit_entry");
    REQUIRE(total >= 8);
    REQUIRE_FALSE(Audit(s).Verify().broken.has_value());
    DisableAuditGuard(db);
    auto& sql = db.Store().Session();

    const auto broken_at = [&](std::int64_t seq, const char* reason) {
        const auto verified = Audit(s).Verify();
        REQUIRE(verified.broken.has_value());
        CHECK(verified.broken->seq == seq);
        CHECK(verified.broken->reason == reason);
        CHECK(verified.entries == seq - 1);
        CHECK(verified.head_hash == EntryAt(db, seq - 1).hash);
        CHECK_THAT(verified.broken->explanation.en, Catch::Contains("entry " + std::to_string(seq)));
    };
    SECTION("an entry edited") {
        sql << "UPDATE audit_entry SET actor = 'intruder' WHERE seq = 5";
        broken_at(5, "hash_mismatch");
    }
    SECTION("an entry edited and its hash recomputed") {
        auto entry = EntryAt(db, 5);
        entry.actor = "intruder";
        entry.hash = signing::Sha256Hex(AuditHashInput(entry));
        Overwrite(db, 5, entry);
        broken_at(6, "prev_hash_mismatch");
    }
    SECTION("an entry in the middle deleted") {
        sql << "DELETE FROM audit_entry WHERE seq = 5";
        broken_at(5, "sequence_gap");
    }
    SECTION("an entry deleted and the later ones renumbered") {
        sql << "DELETE FROM audit_entry WHERE seq = 5";
        sql << "UPDATE audit_entry SET seq = -seq WHERE seq > 5";
        sql << "UPDATE audit_entry SET seq = -seq - 1 WHERE seq < 0";
        broken_at(5, "prev_hash_mismatch");
    }
    SECTION("an entry inserted in the middle, the later ones renumbered") {
        // Two steps, because a primary key cannot pass through a value another row holds.
        sql << "UPDATE audit_entry SET seq = -seq WHERE seq >= 5";
        sql << "UPDATE audit_entry SET seq = 1 - seq WHERE seq < 0";
        InsertRaw(db, Forged(EntryAt(db, 4), 5));
        CHECK(CountRows(db, "audit_entry") == total + 1);
        broken_at(6, "prev_hash_mismatch");
    }
    SECTION("two entries swapped") {
        const auto fifth = EntryAt(db, 5);
        const auto sixth = EntryAt(db, 6);
        Overwrite(db, 5, sixth);
        Overwrite(db, 6, fifth);
        broken_at(5, "prev_hash_mismatch");
    }
    SECTION("the first entry deleted") {
        sql << "DELETE FROM audit_entry WHERE seq = 1";
        const auto verified = Audit(s).Verify();
        REQUIRE(verified.broken.has_value());
        CHECK(verified.broken->seq == 1);
        CHECK(verified.broken->reason == "sequence_gap");
        CHECK(verified.entries == 0);
    }
    SECTION("a broken chain is not signed into a checkpoint") {
        sql << "UPDATE audit_entry SET after_json = '{}' WHERE seq = 3";
        const auto error = Refusal([&] { Audit(s).MakeCheckpoint(s.signer, s.verifier, s.approver); });
        CHECK(error.Code() == ErrorCode::DatabaseDamaged);
        CHECK_THAT(error.Message(Language::English), Catch::Contains("entry 3"));
    }
}

TEST_CASE("A signed checkpoint catches a log cut short or rewritten, which the chain alone cannot", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto audit = Audit(s);
    CHECK(Refusal([&] { audit.MakeCheckpoint(s.signer, s.verifier, s.officer); }).Code() ==
          ErrorCode::PermissionDenied);
    CHECK(Refusal([&] { audit.MakeCheckpoint(s.signer, s.verifier, s.viewer); }).Code() ==
          ErrorCode::PermissionDenied);

    const auto before = CountRows(db, "audit_entry");
    const auto made = audit.MakeCheckpoint(s.signer, s.verifier, s.approver);
    // Making the checkpoint is itself recorded, and the checkpoint covers that entry too: cutting
    // even the newest entry after a checkpoint is caught.
    const auto covered = before + 1;
    CHECK(CountRows(db, "audit_entry") == covered);
    CHECK(EntryAt(db, covered).action == "audit.checkpoint");
    CHECK(made.checkpoint.entries == covered);
    CHECK(made.checkpoint.head_hash == EntryAt(db, covered).hash);
    CHECK(made.checkpoint.made_by == "leader.binh");
    CHECK(made.payload == CheckpointPayload(made.checkpoint));

    const auto check = [&] {
        return audit.CheckCheckpoint(made.checkpoint, made.payload, made.signature_der, s.verifier,
                                     audit.Verify());
    };
    REQUIRE(check().extends);
    // Later work extends the log; the checkpoint still holds.
    auto renamed = s.other;
    renamed.name = "Hợp tác xã Diên Khánh";
    s.Enterprises().Update(renamed, s.officer);
    CHECK(check().extends);

    DisableAuditGuard(db);
    auto& sql = db.Store().Session();
    SECTION("the last entries deleted") {
        // Cutting the tail leaves a chain that verifies: nothing after the cut points back at it.
        sql << "DELETE FROM audit_entry WHERE seq > " + std::to_string(covered);
        CHECK_FALSE(audit.Verify().broken.has_value());
        CHECK(check().extends);  // every entry the checkpoint covers is still there
        sql << "DELETE FROM audit_entry WHERE seq >= " + std::to_string(covered);  // only its own entry
        const auto verified = audit.Verify();
        CHECK_FALSE(verified.broken.has_value());
        CHECK(verified.entries == covered - 1);
        const auto cut = check();
        CHECK_FALSE(cut.extends);
        CHECK(cut.signature.verdict == SignatureVerdict::Valid);
        CHECK_THAT(cut.explanation.en, Catch::Contains("covers " + std::to_string(covered) +
                                                       " entries but only " + std::to_string(covered - 1)));
    }
    SECTION("the tail rewritten so that the chain verifies again") {
        sql << "DELETE FROM audit_entry WHERE seq >= " + std::to_string(covered);
        InsertRaw(db, Forged(EntryAt(db, covered - 1), covered));
        const auto verified = audit.Verify();
        CHECK_FALSE(verified.broken.has_value());
        CHECK(verified.entries == covered);
        const auto rewritten = check();
        CHECK_FALSE(rewritten.extends);
        CHECK_THAT(rewritten.explanation.en, Catch::Contains("the log was rewritten"));
    }
}

TEST_CASE("A checkpoint that does not match the log or its signature is refused", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto audit = Audit(s);
    const auto made =
        audit.MakeCheckpoint(s.signer, s.verifier, s.approver);  // with the enrolled certificate
    const auto verified = audit.Verify();
    REQUIRE(audit.CheckCheckpoint(made.checkpoint, made.payload, made.signature_der, s.verifier, verified)
                .extends);

    SECTION("a wrong head hash, even when properly signed") {
        AuditCheckpoint wrong = made.checkpoint;
        wrong.head_hash = EntryAt(db, wrong.entries - 1).hash;
        const std::string payload = CheckpointPayload(wrong);
        const auto signature = s.signer.Sign(Bytes(payload));
        const auto check = audit.CheckCheckpoint(wrong, payload, signature, s.verifier, verified);
        CHECK(check.signature.verdict == SignatureVerdict::Valid);
        CHECK_FALSE(check.extends);
        CHECK_THAT(check.explanation.en, Catch::Contains("no longer the one signed in the checkpoint"));
    }
    SECTION("more entries than the log holds") {
        AuditCheckpoint longer = made.checkpoint;
        longer.entries = verified.entries + 5;
        const std::string payload = CheckpointPayload(longer);
        const auto check =
            audit.CheckCheckpoint(longer, payload, s.signer.Sign(Bytes(payload)), s.verifier, verified);
        CHECK_FALSE(check.extends);
        CHECK_THAT(check.explanation.en, Catch::Contains("entries were deleted or edited"));
    }
    SECTION("a payload edited after signing") {
        AuditCheckpoint edited = made.checkpoint;
        edited.head_hash = EntryAt(db, edited.entries - 1).hash;
        const auto check = audit.CheckCheckpoint(edited, CheckpointPayload(edited), made.signature_der,
                                                 s.verifier, verified);
        CHECK(check.signature.verdict == SignatureVerdict::Invalid);
        CHECK_FALSE(check.extends);
    }
    SECTION("fields that do not match the signed payload") {
        AuditCheckpoint edited = made.checkpoint;
        edited.entries -= 1;
        edited.head_hash = EntryAt(db, edited.entries).hash;
        const auto check =
            audit.CheckCheckpoint(edited, made.payload, made.signature_der, s.verifier, verified);
        CHECK_FALSE(check.extends);
        CHECK_THAT(check.explanation.en, Catch::Contains("not in InnoDesk's canonical form"));
    }
}

TEST_CASE("The append-only triggers refuse changes to the audit trail", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto& sql = db.Store().Session();
    const auto total = CountRows(db, "audit_entry");
    const auto first = EntryAt(db, 1);
    CHECK_THROWS_WITH(sql << "UPDATE audit_entry SET actor = 'someone' WHERE seq = 1",
                      Catch::Contains("append-only"));
    CHECK_THROWS_WITH(sql << "UPDATE audit_entry SET seq = seq + 1000", Catch::Contains("append-only"));
    CHECK_THROWS_WITH(sql << "DELETE FROM audit_entry WHERE seq = 1", Catch::Contains("append-only"));
    CHECK_THROWS_WITH(sql << "DELETE FROM audit_entry", Catch::Contains("append-only"));
    if (db.Target().backend == persistence::Backend::Postgres)
        CHECK_THROWS_WITH(sql << "TRUNCATE audit_entry", Catch::Contains("append-only"));
    CHECK(CountRows(db, "audit_entry") == total);
    CHECK(EntryAt(db, 1).actor == first.actor);
    CHECK_FALSE(Audit(s).Verify().broken.has_value());
    // Appending still works.
    s.Enterprises().Update(s.other, s.officer);
    CHECK(CountRows(db, "audit_entry") == total + 1);
}
