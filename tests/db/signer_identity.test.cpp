// Who a signature says signed: the signer printed on a decision is the signing approver's account
// (title and name, inside the signed payload), never the draft's free text; and an audit
// checkpoint's signer is checked against the user it says made it.
#include "scenario.h"
#include "signing/sha256.h"
#include "test_helpers.h"

#include "domain/audit_service.h"
#include "signing/sha256.h"

#include <catch2/catch.hpp>

using namespace innodesk;
using namespace innodesk::domain;

using innodesk::testing::kTestPassword;
using innodesk::testing::Refusal;

namespace {

Decision Naming(const char* number, ApplicationId application, const std::string& signer_name) {
    Decision decision;
    decision.number = number;
    decision.date = CalendarDate::FromYmd(2026, 6, 20);
    decision.kind = DecisionKind::Approval;
    decision.items = {{application, Money::Dong(50'000'000)}};
    decision.signer_name = signer_name;
    return decision;
}

std::span<const std::uint8_t> Bytes(const std::string& text) {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

}  // namespace

TEST_CASE("The signer printed on a decision is the signing approver's account, inside the signed payload",
          "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);  // leader.binh, "Trần Văn Bình", signs with s.signer
    auto decisions = s.Decisions();
    const auto a = s.Recommended(s.parent, 100'000'000, 100'000'000);

    SECTION("a draft naming another person is refused, and stays a draft") {
        const auto chau_user = s.Users().Add(
            {"leader.chau", "Phó Giám đốc Lê Thị Châu", Role::Approver, kTestPassword}, s.admin);
        const testing::TestSigner chau_signer{
            "5eed000000000000000000000000000000000000000000000000000000000002"};
        s.Users().BindCertificate("leader.chau", chau_signer.CertificateFingerprint(),
                                  chau_signer.CertificateSubject(), s.admin);
        const Actor chau{chau_user.name, chau_user.role, chau_user.id};
        const auto drafted = decisions.Draft(Naming("1/QĐ", a.id, "Giám đốc Trần Văn Bình"), s.officer);
        const auto error =
            Refusal([&] { decisions.Sign(drafted.decision.id, chau_signer, s.verifier, chau); });
        CHECK(error.Code() == ErrorCode::SignatureRefused);
        CHECK(error.Field() == "signer_name");
        CHECK_THAT(error.Message(Language::English),
                   Catch::Contains(
                       "names 'Giám đốc Trần Văn Bình' as its signer, not you (Phó Giám đốc Lê Thị Châu)"));
        CHECK_THAT(error.Message(Language::Vietnamese), Catch::Contains("không phải bạn"));
        CHECK(decisions.Get(drafted.decision.id).status == DecisionStatus::Draft);
        CHECK(decisions.Get(drafted.decision.id).signature == std::nullopt);
        // Nor does the check before the key is opened let it through.
        CHECK(Refusal([&] { decisions.RequireCanSign(drafted.decision.id, chau); }).Field() == "signer_name");
    }
    SECTION("the person named signs: the account's title and name are printed and signed") {
        // The draft says more than the account; the account decides what is printed.
        const auto drafted = decisions.Draft(Naming("1/QĐ", a.id, "phó giám đốc TRẦN VĂN BÌNH"), s.officer);
        const auto issued = decisions.Sign(drafted.decision.id, s.signer, s.verifier, s.approver);
        CHECK(issued.decision.signer_name == "Trần Văn Bình");
        const Decision stored = decisions.Get(drafted.decision.id);
        CHECK(stored.signer_name == "Trần Văn Bình");
        CHECK_THAT(decisions.SignedPayload(stored), Catch::Contains(R"("signer_name":"Trần Văn Bình")") &&
                                                        Catch::Contains(R"("user":"leader.binh")"));
        CHECK(decisions.Verify(stored.id, s.verifier).Valid());
        // Printing another name afterwards breaks the signature.
        db.Store().Session() << "UPDATE decision SET signer_name = 'Giám đốc Nguyễn Văn Khác' WHERE id = " +
                                    std::to_string(stored.id);
        const auto tampered = decisions.Verify(stored.id, s.verifier);
        CHECK(tampered.status == VerificationStatus::Invalid);
    }
    SECTION("a draft that names nobody gets the signing account's name") {
        const auto drafted = decisions.Draft(Naming("1/QĐ", a.id, ""), s.officer);
        const auto issued = decisions.Sign(drafted.decision.id, s.signer, s.verifier, s.approver);
        CHECK(decisions.Get(issued.decision.id).signer_name == "Trần Văn Bình");
        CHECK(decisions.Verify(issued.decision.id, s.verifier).Valid());
    }
}

TEST_CASE("An audit checkpoint's signer is checked against the user it says made it", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    AuditService audit(db.Store(), signing::Sha256Hex, s.clock);

    SECTION("made with a certificate not enrolled for the user: refused") {
        // admin.hoa has no certificate; s.signer is leader.binh's.
        const auto error = Refusal([&] { audit.MakeCheckpoint(s.signer, s.verifier, s.admin); });
        CHECK(error.Code() == ErrorCode::SignatureRefused);
        CHECK_THAT(error.Message(Language::English),
                   Catch::Contains("is not the one enrolled for admin.hoa"));
    }
    SECTION("a checkpoint that names someone other than its signer does not hold") {
        const auto made = audit.MakeCheckpoint(s.signer, s.verifier, s.approver);
        const auto verified = audit.Verify();
        REQUIRE(audit.CheckCheckpoint(made.checkpoint, made.payload, made.signature_der, s.verifier, verified)
                    .extends);
        // The same head, signed with leader.binh's key, but saying the administrator made it.
        AuditCheckpoint claimed = made.checkpoint;
        claimed.made_by = "admin.hoa";
        const std::string payload = CheckpointPayload(claimed);
        const auto check =
            audit.CheckCheckpoint(claimed, payload, s.signer.Sign(Bytes(payload)), s.verifier, verified);
        CHECK(check.signature.verdict == SignatureVerdict::Valid);
        CHECK_FALSE(check.extends);
        CHECK_THAT(check.explanation.en, Catch::Contains("says admin.hoa made it") &&
                                             Catch::Contains("not the one enrolled for admin.hoa"));
    }
}
