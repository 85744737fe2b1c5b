// Decisions from draft to signature in storage: who may draft and sign, a draft that changes
// nothing, separation of duties, the enrolled certificate, one signature only, discarding and
// superseding, and verification that catches what was changed behind InnoDesk's back.
#include "scenario.h"
#include "signing/sha256.h"
#include "test_helpers.h"

#include "domain/audit_service.h"
#include "domain/review_service.h"
#include "signing/sha256.h"

#include <catch2/catch.hpp>

using namespace innodesk;
using namespace innodesk::domain;
using S = ApplicationState;

using innodesk::testing::CountRows;
using innodesk::testing::kTestPassword;
using innodesk::testing::kTestWorkstation;
using innodesk::testing::Refusal;

namespace {

// A verifier that judges every signature invalid, as a trust store without the signer's CA would.
class RefusingVerifier final : public SignatureVerifier {
public:
    SignatureCheck Verify(std::span<const std::uint8_t>, std::span<const std::uint8_t>) const override {
        SignatureCheck check;
        check.verdict = SignatureVerdict::Invalid;
        check.reason = SignatureReason::UntrustedChain;
        check.explanation = {"Chứng thư không tin cậy.", "The certificate is not trusted."};
        return check;
    }
};

Decision Approval(const char* number, std::vector<DecisionItem> items) {
    Decision decision;
    decision.number = number;
    decision.date = CalendarDate::FromYmd(2026, 6, 20);
    decision.kind = DecisionKind::Approval;
    decision.items = std::move(items);
    decision.legal_basis = "Nghị định 80/2021/NĐ-CP";
    decision.conditions = "Hoàn thành trong năm 2026";
    decision.signer_name = "Phó Giám đốc Trần Văn Bình";
    return decision;
}

Money Committed(testing::Scenario& s) {
    return s.Programmes().Budget(s.programme.id).at(0).balance.committed;
}

std::vector<std::string> AuditActions(testing::Scenario& s, const std::string& entity, std::int64_t id) {
    std::vector<std::string> actions;
    for (const auto& entry : AuditService(s.db.Store(), signing::Sha256Hex, s.clock).History(entity, id))
        actions.push_back(entry.action);
    return actions;
}

void Execute(testing::TestDatabase& db, const std::string& sql) {
    db.Store().Session() << sql;
}

}  // namespace

TEST_CASE("A draft is made by an officer and changes nothing until it is signed", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    const auto a = s.Recommended(s.parent, 200'000'000, 200'000'000);
    auto decisions = s.Decisions();

    for (const Actor* actor : {&s.approver, &s.admin, &s.viewer})
        CHECK(Refusal([&] {
                  decisions.Draft(Approval("1/QĐ", {{a.id, Money::Dong(150'000'000)}}), *actor);
              }).Code() == ErrorCode::PermissionDenied);
    CHECK(CountRows(db, "decision") == 0);

    const auto drafted = decisions.Draft(Approval("1/QĐ", {{a.id, Money::Dong(150'000'000)}}), s.officer);
    CHECK(drafted.decision.id > 0);
    CHECK(drafted.decision.status == DecisionStatus::Draft);
    CHECK(drafted.decision.drafted_by == "officer.an");
    CHECK_FALSE(drafted.decision.signature.has_value());

    const auto stored = decisions.Get(drafted.decision.id);
    CHECK(stored.status == DecisionStatus::Draft);
    CHECK(stored.drafted_by == "officer.an");
    REQUIRE(stored.items.size() == 1);
    CHECK(stored.items[0].approved_amount == Money::Dong(150'000'000));

    const auto application = s.Applications().Get(a.id);
    CHECK(application.state == S::Recommended);
    CHECK_FALSE(application.approved_amount.has_value());
    CHECK_FALSE(application.decision_id.has_value());
    CHECK(application.version == a.version);
    CHECK(s.Applications().History(a.id).size() == 4);
    CHECK(Committed(s) == Money());
    CHECK(AuditActions(s, "application", a.id) ==
          std::vector<std::string>{"application.create", "application.submitted", "application.under_review",
                                   "application.recommended"});
    CHECK(AuditActions(s, "decision", drafted.decision.id) == std::vector<std::string>{"decision.draft"});

    const auto verification = decisions.Verify(drafted.decision.id, s.verifier);
    CHECK(verification.status == VerificationStatus::Draft);
    CHECK_FALSE(verification.Valid());
    CHECK_THROWS_WITH(decisions.SignedPayload(stored), Catch::Contains("is not digitally signed"));
}

TEST_CASE("A draft that could not be issued today is refused with the reason, and nothing is kept", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    const auto a = s.Recommended(s.parent, 300'000'000, 100'000'000);
    const auto error = Refusal([&] {
        s.Decisions().Draft(Approval("1/QĐ", {{a.id, Money::Dong(300'000'000)}}), s.officer);
    });
    CHECK(error.Code() == ErrorCode::CapExceeded);
    CHECK_THAT(error.Message(Language::English), Catch::Contains("exceeds 70% of the total cost"));
    CHECK(CountRows(db, "decision") == 0);
    CHECK(CountRows(db, "decision_item") == 0);
    CHECK(s.Applications().Get(a.id).state == S::Recommended);
}

TEST_CASE("Signing by an approver issues the decision and applies it", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    const auto a = s.Recommended(s.parent, 200'000'000, 200'000'000);
    auto decisions = s.Decisions();
    const auto drafted = decisions.Draft(Approval("1/QĐ", {{a.id, Money::Dong(150'000'000)}}), s.officer);

    for (const Actor* actor : {&s.officer, &s.admin, &s.viewer})
        CHECK(Refusal([&] { decisions.Sign(drafted.decision.id, s.signer, s.verifier, *actor); }).Code() ==
              ErrorCode::PermissionDenied);
    CHECK(decisions.Get(drafted.decision.id).status == DecisionStatus::Draft);

    const auto signed_outcome = decisions.Sign(drafted.decision.id, s.signer, s.verifier, s.approver);
    const auto& decision = signed_outcome.decision;
    CHECK(decision.status == DecisionStatus::Signed);
    REQUIRE(decision.signature.has_value());
    CHECK(decision.signature->signer_user == "leader.binh");
    CHECK(decision.signature->signer_fingerprint == s.signer.CertificateFingerprint());
    CHECK(decision.signature->signer_subject == s.signer.CertificateSubject());
    CHECK(decision.signature->signed_at_unix == s.clock.NowUnixSeconds());

    const auto stored = decisions.Get(decision.id);
    CHECK(stored.status == DecisionStatus::Signed);
    REQUIRE(stored.signature.has_value());
    CHECK(stored.signature->cms_der == decision.signature->cms_der);
    CHECK(stored.drafted_by == "officer.an");
    // What was signed is what is rebuilt from the records.
    const std::string payload = decisions.SignedPayload(stored);
    CHECK_THAT(payload,
               Catch::Contains("\"number\":\"1/QĐ\"") && Catch::Contains("\"user\":\"leader.binh\""));
    CHECK(std::string(stored.signature->cms_der.begin() + 4, stored.signature->cms_der.end()) == payload);

    const auto application = s.Applications().Get(a.id);
    CHECK(application.state == S::Approved);
    CHECK(application.approved_amount == Money::Dong(150'000'000));
    CHECK(application.decision_id == decision.id);
    CHECK(Committed(s) == Money::Dong(150'000'000));
    CHECK(AuditActions(s, "decision", decision.id) ==
          std::vector<std::string>{"decision.draft", "decision.sign"});
    CHECK(AuditActions(s, "application", a.id).back() == "application.approve");

    const auto verification = decisions.Verify(decision.id, s.verifier);
    CHECK(verification.status == VerificationStatus::Valid);
    CHECK(verification.reason == SignatureReason::None);
    CHECK(verification.Valid());
    CHECK(verification.Signed());
    CHECK(decisions.List({DecisionStatus::Signed, 10}).size() == 1);
    CHECK(decisions.List({DecisionStatus::Draft, 10}).empty());
}

TEST_CASE("Signing applies every item or none, as things stand when it is signed", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    const auto a = s.Recommended(s.parent, 100'000'000, 100'000'000);
    const auto b = s.Recommended(s.other, 100'000'000, 100'000'000);
    auto decisions = s.Decisions();
    const auto drafted = decisions.Draft(
        Approval("1/QĐ", {{a.id, Money::Dong(50'000'000)}, {b.id, Money::Dong(50'000'000)}}), s.officer);
    // The enterprise withdraws after the draft was made.
    s.Applications().Move(b.id, S::Withdrawn, s.officer, "Doanh nghiệp rút hồ sơ");
    CHECK_THROWS_WITH(decisions.Sign(drafted.decision.id, s.signer, s.verifier, s.approver),
                      Catch::Contains("from 'Withdrawn' to 'Approved'"));
    CHECK(decisions.Get(drafted.decision.id).status == DecisionStatus::Draft);
    CHECK(s.Applications().Get(a.id).state == S::Recommended);
    CHECK(Committed(s) == Money());
    CHECK(AuditActions(s, "decision", drafted.decision.id) == std::vector<std::string>{"decision.draft"});
}

TEST_CASE("An approver who reviewed an application may not sign a decision on it", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto users = s.Users();
    // Cường reviewed as an officer and was made an approver afterwards.
    const auto cuong_user =
        users.Add({"leader.cuong", "Lê Văn Cường", Role::Officer, kTestPassword}, s.admin);
    const Actor cuong_as_officer{cuong_user.name, Role::Officer, cuong_user.id};
    const auto draft = s.Draft(s.parent, 100'000'000, 100'000'000);
    s.Applications().Move(draft.id, S::Submitted, s.officer, "");
    s.Applications().Move(draft.id, S::UnderReview, s.officer, "");
    ReviewService(db.Store(), db.Text(), s.clock).Declare(draft.id, cuong_as_officer, false, "");
    s.Applications().Move(draft.id, S::Recommended, s.officer, "");
    users.SetRole("leader.cuong", Role::Approver, s.admin);
    const testing::TestSigner cuong_signer{
        "5eed000000000000000000000000000000000000000000000000000000000002"};
    users.BindCertificate("leader.cuong", cuong_signer.CertificateFingerprint(),
                          cuong_signer.CertificateSubject(), s.admin);
    const Actor cuong = users.SignIn("leader.cuong", kTestPassword, kTestWorkstation);
    REQUIRE(cuong.role == Role::Approver);

    auto decisions = s.Decisions();
    const auto drafted = decisions.Draft(Approval("1/QĐ", {{draft.id, Money::Dong(50'000'000)}}), s.officer);
    const auto error = Refusal([&] { decisions.Sign(drafted.decision.id, cuong_signer, s.verifier, cuong); });
    CHECK(error.Code() == ErrorCode::PermissionDenied);
    CHECK(error.Field() == "signer");
    CHECK_THAT(error.Message(Language::English), Catch::Contains("separation of duties"));
    CHECK(decisions.Get(drafted.decision.id).status == DecisionStatus::Draft);
    CHECK(s.Applications().Get(draft.id).state == S::Recommended);

    // Another approver, who did not review it, signs.
    CHECK(decisions.Sign(drafted.decision.id, s.signer, s.verifier, s.approver).decision.status ==
          DecisionStatus::Signed);
}

TEST_CASE("Only the certificate enrolled for the approver signs", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    const auto a = s.Recommended(s.parent, 100'000'000, 100'000'000);
    auto decisions = s.Decisions();
    const auto drafted = decisions.Draft(Approval("1/QĐ", {{a.id, Money::Dong(50'000'000)}}), s.officer);

    SECTION("a certificate that is not the enrolled one") {
        const testing::TestSigner stranger{
            "bad0000000000000000000000000000000000000000000000000000000000009"};
        const auto error =
            Refusal([&] { decisions.Sign(drafted.decision.id, stranger, s.verifier, s.approver); });
        CHECK(error.Code() == ErrorCode::SignatureRefused);
        CHECK(error.Field() == "certificate");
        CHECK_THAT(error.Message(Language::English),
                   Catch::Contains("is not the one enrolled for leader.binh") &&
                       Catch::Contains("CN=Test signer bad00000"));
    }
    SECTION("an approver with no certificate enrolled") {
        const auto dung_user =
            s.Users().Add({"leader.dung", "Hoàng Dũng", Role::Approver, kTestPassword}, s.admin);
        const Actor dung{dung_user.name, dung_user.role, dung_user.id};
        const auto error = Refusal([&] { decisions.Sign(drafted.decision.id, s.signer, s.verifier, dung); });
        CHECK(error.Code() == ErrorCode::SignatureRefused);
        CHECK_THAT(error.Message(Language::English),
                   Catch::Contains("No certificate is enrolled for leader.dung"));
    }
    SECTION("a certificate replaced by a new one") {
        s.Users().BindCertificate("leader.binh",
                                  "5eed000000000000000000000000000000000000000000000000000000000007",
                                  "CN=Bình 2027", s.admin);
        CHECK(Refusal([&] {
                  decisions.Sign(drafted.decision.id, s.signer, s.verifier, s.approver);
              }).Code() == ErrorCode::SignatureRefused);
    }
    const auto still = decisions.Get(drafted.decision.id);
    CHECK(still.status == DecisionStatus::Draft);
    CHECK_FALSE(still.signature.has_value());
    CHECK(s.Applications().Get(a.id).state == S::Recommended);
    CHECK(Committed(s) == Money());
}

TEST_CASE("A signature the verifier does not accept is refused, and the draft stays as it was", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    const auto a = s.Recommended(s.parent, 100'000'000, 100'000'000);
    auto decisions = s.Decisions();
    const auto drafted = decisions.Draft(Approval("1/QĐ", {{a.id, Money::Dong(50'000'000)}}), s.officer);
    const auto audit_before = CountRows(db, "audit_entry");
    const RefusingVerifier refusing;
    const auto error = Refusal([&] { decisions.Sign(drafted.decision.id, s.signer, refusing, s.approver); });
    CHECK(error.Code() == ErrorCode::SignatureRefused);
    CHECK_THAT(error.Message(Language::English),
               Catch::Contains("untrusted_chain") && Catch::Contains("The decision stays a draft"));
    const auto still = decisions.Get(drafted.decision.id);
    CHECK(still.status == DecisionStatus::Draft);
    CHECK_FALSE(still.signature.has_value());
    long long signature_bytes = -1;
    const long long decision_id = drafted.decision.id;
    db.Store().Session() << "SELECT LENGTH(signature) FROM decision WHERE id = :id", soci::use(decision_id),
        soci::into(signature_bytes);
    CHECK(signature_bytes == 0);
    CHECK(s.Applications().Get(a.id).state == S::Recommended);
    CHECK(Committed(s) == Money());
    CHECK(CountRows(db, "audit_entry") == audit_before);
}

TEST_CASE("A signed decision is never signed again", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    const auto a = s.Recommended(s.parent, 100'000'000, 100'000'000);
    const auto issued = s.Approve(a.id, 50'000'000, "1/QĐ");
    const auto signature = issued.decision.signature->cms_der;
    const auto error =
        Refusal([&] { s.Decisions().Sign(issued.decision.id, s.signer, s.verifier, s.approver); });
    CHECK(error.Code() == ErrorCode::InvalidTransition);
    CHECK_THAT(error.Message(Language::English), Catch::Contains("never edited or signed again"));
    CHECK(s.Decisions().Get(issued.decision.id).signature->cms_der == signature);
    CHECK(Committed(s) == Money::Dong(50'000'000));
}

TEST_CASE("An approver disabled or demoted after signing in signs nothing more", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    const auto a = s.Recommended(s.parent, 100'000'000, 100'000'000);
    const auto drafted = s.Decisions().Draft(Approval("1/QĐ", {{a.id, Money::Dong(50'000'000)}}), s.officer);
    const auto approver_session = s.approver;  // signed in before the administrator acts
    SECTION("disabled") {
        s.Users().SetDisabled(s.approver.user_name, true, s.admin);
    }
    SECTION("demoted") {
        s.Users().SetRole(s.approver.user_name, Role::Viewer, s.admin);
    }
    const auto error =
        Refusal([&] { s.Decisions().Sign(drafted.decision.id, s.signer, s.verifier, approver_session); });
    CHECK(error.Code() == ErrorCode::PermissionDenied);
    CHECK_THAT(error.Message(Language::English), Catch::Contains("no longer an active approver"));
    CHECK(s.Decisions().Get(drafted.decision.id).status == DecisionStatus::Draft);
}

TEST_CASE("Only drafts are discarded, by officers", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    const auto a = s.Recommended(s.parent, 100'000'000, 100'000'000);
    auto decisions = s.Decisions();
    const auto drafted = decisions.Draft(Approval("1/QĐ", {{a.id, Money::Dong(50'000'000)}}), s.officer);
    CHECK(Refusal([&] { decisions.Discard(drafted.decision.id, s.approver); }).Code() ==
          ErrorCode::PermissionDenied);
    decisions.Discard(drafted.decision.id, s.officer);
    CHECK(CountRows(db, "decision") == 0);
    CHECK(CountRows(db, "decision_item") == 0);
    CHECK(Refusal([&] { decisions.Get(drafted.decision.id); }).Code() == ErrorCode::NotFound);
    CHECK(Refusal([&] { decisions.Discard(drafted.decision.id, s.officer); }).Code() == ErrorCode::NotFound);
    CHECK(AuditActions(s, "decision", drafted.decision.id) ==
          std::vector<std::string>{"decision.draft", "decision.discard"});
    // The number is free again.
    const auto issued = s.Approve(a.id, 50'000'000, "1/QĐ");
    const auto error = Refusal([&] { decisions.Discard(issued.decision.id, s.officer); });
    CHECK(error.Code() == ErrorCode::InvalidTransition);
    CHECK_THAT(error.Message(Language::English), Catch::Contains("cannot be discarded"));
    CHECK(decisions.Get(issued.decision.id).status == DecisionStatus::Signed);
}

TEST_CASE("A signed decision is changed only by a new decision that supersedes it", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    const auto a = s.Recommended(s.parent, 200'000'000, 200'000'000);
    auto decisions = s.Decisions();
    const auto draft = decisions.Draft(Approval("1/QĐ", {{a.id, Money::Dong(150'000'000)}}), s.officer);

    auto superseding_draft = Approval("2/QĐ", {{a.id, Money::Dong(120'000'000)}});
    superseding_draft.supersedes = draft.decision.id;
    const auto over_draft = Refusal([&] { decisions.Draft(superseding_draft, s.officer); });
    CHECK(over_draft.Code() == ErrorCode::InvalidValue);
    CHECK_THAT(over_draft.Message(Language::English), Catch::Contains("is still a draft"));

    const auto first = decisions.Sign(draft.decision.id, s.signer, s.verifier, s.approver);
    auto change = Approval("2/QĐ", {{a.id, Money::Dong(120'000'000)}});
    change.supersedes = first.decision.id;
    const auto second = s.Issue(change);
    CHECK(second.decision.supersedes == first.decision.id);
    const auto varied = s.Applications().Get(a.id);
    CHECK(varied.approved_amount == Money::Dong(120'000'000));
    CHECK(varied.original_approved_amount == Money::Dong(150'000'000));
    CHECK(varied.decision_id == second.decision.id);
    CHECK(Committed(s) == Money::Dong(120'000'000));

    // The superseding decision names the one it replaces in what was signed; both still verify.
    CHECK_THAT(decisions.SignedPayload(decisions.Get(second.decision.id)),
               Catch::Contains("\"supersedes\":\"1/QĐ\""));
    CHECK(decisions.Verify(first.decision.id, s.verifier).status == VerificationStatus::Valid);
    CHECK(decisions.Verify(second.decision.id, s.verifier).status == VerificationStatus::Valid);
}

TEST_CASE("Verification catches signed content changed in the database", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    const auto a = s.Recommended(s.parent, 200'000'000, 200'000'000);
    const auto issued = s.Issue(Approval("1/QĐ", {{a.id, Money::Dong(150'000'000)}}));
    const auto id = std::to_string(issued.decision.id);
    auto decisions = s.Decisions();
    REQUIRE(decisions.Verify(issued.decision.id, s.verifier).status == VerificationStatus::Valid);

    const auto invalid_because = [&](SignatureReason reason) {
        const auto verification = decisions.Verify(issued.decision.id, s.verifier);
        CHECK(verification.status == VerificationStatus::Invalid);
        CHECK(verification.reason == reason);
        CHECK_FALSE(verification.Valid());
    };
    SECTION("a signed decision passed off as recorded before signing existed, or as a draft") {
        auto& sql = db.Store().Session();
        for (const char* status : {"recorded", "draft"}) {
            sql << std::string("UPDATE decision SET status = '") + status + "' WHERE id = " + id;
            invalid_because(SignatureReason::StatusChanged);
        }
    }
    SECTION("an approved amount") {
        Execute(db, "UPDATE decision_item SET approved_amount = 190000000 WHERE decision_id = " + id);
        invalid_because(SignatureReason::ContentChanged);
    }
    SECTION("the legal basis") {
        Execute(db, "UPDATE decision SET legal_basis = 'Nghị định khác' WHERE id = " + id);
        invalid_because(SignatureReason::ContentChanged);
    }
    SECTION("the decision's date") {
        Execute(db, "UPDATE decision SET decided_on = '2026-06-21' WHERE id = " + id);
        invalid_because(SignatureReason::ContentChanged);
    }
    SECTION("the title of an application it covers") {
        Execute(db, "UPDATE application SET title = 'Đề tài khác' WHERE id = " + std::to_string(a.id));
        invalid_because(SignatureReason::ContentChanged);
    }
    SECTION("the tax code of the enterprise") {
        Execute(db,
                "UPDATE enterprise SET tax_code = '4200000011' WHERE id = " + std::to_string(s.parent.id));
        invalid_because(SignatureReason::ContentChanged);
    }
    SECTION("an item added to the decision") {
        const auto b = s.Recommended(s.other, 100'000'000, 100'000'000);
        Execute(db, "INSERT INTO decision_item (decision_id, application_id, approved_amount) VALUES (" + id +
                        ", " + std::to_string(b.id) + ", 50000000)");
        invalid_because(SignatureReason::ContentChanged);
    }
    SECTION("the signer's certificate fingerprint") {
        Execute(db,
                "UPDATE decision SET signer_fingerprint = "
                "'5eed000000000000000000000000000000000000000000000000000000000002' WHERE id = " +
                    id);
        CHECK(decisions.Verify(issued.decision.id, s.verifier).status == VerificationStatus::Invalid);
    }
    SECTION("the signer's name") {
        Execute(db, "UPDATE decision SET signer_user = 'officer.an' WHERE id = " + id);
        CHECK(decisions.Verify(issued.decision.id, s.verifier).status == VerificationStatus::Invalid);
    }
    SECTION("the signature's bytes") {
        Execute(db, "UPDATE decision SET signature = 'not base64 at all' WHERE id = " + id);
        invalid_because(SignatureReason::ContentChanged);
    }
    SECTION("the certificate's enrolment removed") {
        Execute(db, "DELETE FROM user_certificate");
        invalid_because(SignatureReason::SignerNotBound);
    }
}

TEST_CASE("A certificate replaced after signing still verifies what it signed", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    const auto a = s.Recommended(s.parent, 200'000'000, 200'000'000);
    const auto issued = s.Approve(a.id, 150'000'000, "1/QĐ");
    const testing::FixedClock later(CalendarDate::FromYmd(2027, 1, 5), 1'795'000'000);  // half a year on
    UserService(db.Store(), db.Text(), testing::TestHasher(), later)
        .BindCertificate("leader.binh", "5eed000000000000000000000000000000000000000000000000000000000007",
                         "CN=Bình 2027", s.admin);
    CHECK(s.Decisions().Verify(issued.decision.id, s.verifier).status == VerificationStatus::Valid);
}
