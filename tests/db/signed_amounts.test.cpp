// Money follows signatures: a payment is bounded by what the governing decision signed, not by a
// working column whoever holds the database can raise; a variation is itself a signed decision; and
// a signature back-dated by a clock turned back is refused at signing. Both backends.
#include "scenario.h"
#include "test_helpers.h"

#include <catch2/catch.hpp>

using namespace innodesk;
using namespace innodesk::domain;

namespace {

void Execute(testing::TestDatabase& db, const std::string& sql) {
    db.Store().Session() << sql;
}

// The test signer's verifier, reporting the signing time a signer's clock would have written.
class ClockedVerifier final : public SignatureVerifier {
public:
    explicit ClockedVerifier(std::int64_t signing_time) : m_signing_time(signing_time) {}
    SignatureCheck Verify(std::span<const std::uint8_t> signature,
                          std::span<const std::uint8_t> content) const override {
        SignatureCheck check = testing::TestVerifier().Verify(signature, content);
        check.signing_time_unix = m_signing_time;
        return check;
    }

private:
    std::int64_t m_signing_time;
};

struct Contracted {
    Application application;
    Decision decision;
};

Contracted ContractedApplication(testing::Scenario& s, long long amount) {
    const auto recommended = s.Recommended(s.parent, amount, amount);
    const auto issued = s.Approve(recommended.id, amount, "12/QĐ-SKHCN");
    const auto contracted = s.Applications().Contract(recommended.id, "HĐ-12", s.officer);
    return {contracted, issued.decision};
}

VariationDraft Variation(ApplicationId id, long long amount, const std::string& number) {
    VariationDraft variation;
    variation.application_id = id;
    variation.new_amount = Money::Dong(amount);
    variation.reason = "Điều chỉnh theo biên bản thẩm định lại";
    variation.number = number;
    variation.date = CalendarDate::FromYmd(2026, 7, 1);
    return variation;
}

}  // namespace

TEST_CASE("A payment follows the amount the decision signed, not a column raised behind InnoDesk's back",
          "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto applications = s.Applications();
    const auto [application, decision] = ContractedApplication(s, 91'180'000);
    const std::string id = std::to_string(application.id);
    const auto pay = [&](long long amount) {
        applications.Disburse(application.id, Money::Dong(amount), CalendarDate::FromYmd(2026, 7, 1), "UNC 1",
                              s.officer, s.verifier);
    };

    SECTION("the approved amount raised by SQL: every payment is refused, naming both figures") {
        Execute(db, "UPDATE application SET approved_amount = 850000000 WHERE id = " + id);
        const auto refusal = testing::Refusal([&] { pay(850'000'000); });
        CHECK(refusal.Code() == ErrorCode::DatabaseDamaged);
        CHECK_THAT(refusal.Text().en,
                   Catch::Contains("records an approved amount of 850.000.000 ₫") &&
                       Catch::Contains("signed decision 12/QĐ-SKHCN approved 91.180.000 ₫"));
        CHECK_THROWS_WITH(pay(1'000'000), Catch::Contains("850.000.000 ₫"));
        CHECK(testing::CountRows(db, "disbursement") == 0);
    }
    SECTION("the signed item raised too: the signature no longer verifies, and nothing is paid") {
        Execute(db, "UPDATE application SET approved_amount = 850000000 WHERE id = " + id);
        Execute(db, "UPDATE decision_item SET approved_amount = 850000000 WHERE application_id = " + id);
        const auto refusal = testing::Refusal([&] { pay(850'000'000); });
        CHECK(refusal.Code() == ErrorCode::SignatureRefused);
        CHECK_THAT(refusal.Text().en, Catch::Contains("does not verify (content_changed)"));
        CHECK(testing::CountRows(db, "disbursement") == 0);
    }
    SECTION("within the signed amount, payments are recorded up to it and no further") {
        pay(91'000'000);
        CHECK_THROWS_WITH(pay(180'001), Catch::Contains("exceeds the remaining 180.000 ₫"));
        pay(180'000);
        CHECK(testing::CountRows(db, "disbursement") == 2);
    }
}

TEST_CASE("A variation is a decision: drafted by an officer, in force only when an approver signs it",
          "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto applications = s.Applications();
    const auto [application, original] = ContractedApplication(s, 200'000'000);
    const std::string id = std::to_string(application.id);

    const auto drafted =
        s.Decisions().DraftVariation(Variation(application.id, 150'000'000, "13/QĐ-SKHCN"), s.officer);
    CHECK(drafted.decision.supersedes == original.id);
    CHECK(drafted.decision.conditions == "Điều chỉnh theo biên bản thẩm định lại");
    // A draft changes nothing: payments still follow the signed 200 million.
    CHECK(applications.Get(application.id).approved_amount == Money::Dong(200'000'000));
    applications.Disburse(application.id, Money::Dong(160'000'000), CalendarDate::FromYmd(2026, 7, 2),
                          "UNC 1", s.officer, s.verifier);
    // Signing it now would leave less than was paid: refused, the draft stays a draft.
    CHECK_THROWS_WITH(s.Decisions().Sign(drafted.decision.id, s.signer, s.verifier, s.approver),
                      Catch::Contains("less than what was already paid, 160.000.000 ₫"));
    CHECK(s.Decisions().Get(drafted.decision.id).status == DecisionStatus::Draft);
    s.Decisions().Discard(drafted.decision.id, s.officer);

    const auto raised =
        s.Decisions().DraftVariation(Variation(application.id, 250'000'000, "14/QĐ-SKHCN"), s.officer);
    s.Decisions().Sign(raised.decision.id, s.signer, s.verifier, s.approver);
    const auto varied = applications.Get(application.id);
    CHECK(varied.approved_amount == Money::Dong(250'000'000));
    CHECK(varied.original_approved_amount == Money::Dong(200'000'000));
    CHECK(varied.decision_id == raised.decision.id);
    applications.Disburse(application.id, Money::Dong(90'000'000), CalendarDate::FromYmd(2026, 7, 3), "UNC 2",
                          s.officer, s.verifier);

    // Pointing the application back at the superseded decision, with its amount, is noticed: the
    // latest signed approval governs.
    Execute(db, "UPDATE application SET decision_id = " + std::to_string(original.id) +
                    ", approved_amount = 200000000 WHERE id = " + id);
    CHECK_THROWS_WITH(
        applications.Disburse(application.id, Money::Dong(1'000'000), CalendarDate::FromYmd(2026, 7, 4),
                              "UNC 3", s.officer, s.verifier),
        Catch::Contains("signed decision 14/QĐ-SKHCN approved 250.000.000 ₫"));

    SECTION("nothing to vary, or nothing that may be varied, is refused at drafting") {
        CHECK_THROWS_WITH(
            s.Decisions().DraftVariation(Variation(application.id, 200'000'000, "15/QĐ-SKHCN"), s.officer),
            Catch::Contains("equals the amount approved now"));
        auto no_reason = Variation(application.id, 100'000'000, "15/QĐ-SKHCN");
        no_reason.reason = "  ";
        CHECK_THROWS_WITH(s.Decisions().DraftVariation(no_reason, s.officer),
                          Catch::Contains("A reason for varying the amount is required."));
        const auto draft = s.Draft(s.other, 10'000'000, 10'000'000);
        CHECK(testing::Refusal([&] {
                  s.Decisions().DraftVariation(Variation(draft.id, 5'000'000, "16/QĐ-SKHCN"), s.officer);
              }).Code() == ErrorCode::InvalidTransition);
    }
}

TEST_CASE("A signing time earlier than the latest audit entry is refused: the signer's clock was set back",
          "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    const auto recommended = s.Recommended(s.parent, 100'000'000, 100'000'000);
    Decision decision;
    decision.number = "20/QĐ-SKHCN";
    decision.date = CalendarDate::FromYmd(2026, 6, 20);
    decision.items = {{recommended.id, Money::Dong(100'000'000)}};
    const auto drafted = s.Decisions().Draft(decision, s.officer);
    const std::int64_t now = s.clock.NowUnixSeconds();

    const ClockedVerifier a_day_back(now - 24 * 3600);
    const auto refusal =
        testing::Refusal([&] { s.Decisions().Sign(drafted.decision.id, s.signer, a_day_back, s.approver); });
    CHECK(refusal.Code() == ErrorCode::SignatureRefused);
    CHECK(refusal.Field() == "signing_time");
    CHECK_THAT(refusal.Text().en, Catch::Contains("is earlier than the latest audit entry") &&
                                      Catch::Contains("the machine's clock was set back"));
    CHECK(s.Decisions().Get(drafted.decision.id).status == DecisionStatus::Draft);
    CHECK(s.Applications().Get(recommended.id).state == ApplicationState::Recommended);

    // Two workstations' clocks a minute apart are not a turned-back clock.
    const ClockedVerifier a_minute_behind(now - 60);
    s.Decisions().Sign(drafted.decision.id, s.signer, a_minute_behind, s.approver);
    const auto verification = s.Decisions().Verify(drafted.decision.id, a_minute_behind);
    CHECK(verification.Valid());
    CHECK(verification.signing_time_unix == now - 60);
    CHECK_THAT(verification.signing_clock.en, Catch::Contains("the signer's machine clock"));
}
