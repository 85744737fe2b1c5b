// Budget envelopes and support caps: overdrafts and broken caps refused with the figures.
#include "domain/application.h"
#include "domain/programme.h"

#include <catch2/catch.hpp>

using namespace innodesk::domain;

namespace {

Application Sample() {
    Application a;
    a.year = 2026;
    a.co_funding_amount = Money::Dong(100'000'000);
    return a;
}

}  // namespace

TEST_CASE("An envelope cannot be overdrawn, and the message carries the figures", "[domain]") {
    BudgetEnvelope envelope;
    envelope.year = 2026;
    const EnvelopeBalance balance{Money::Dong(1'000'000'000), Money::Dong(900'000'000), Money::Dong(0)};
    CHECK(balance.Remaining() == Money::Dong(100'000'000));
    CHECK_NOTHROW(RequireFunds(envelope, balance, Money::Dong(100'000'000)));
    try {
        RequireFunds(envelope, balance, Money::Dong(100'000'001));
        FAIL("overdraft allowed");
    } catch (const DomainError& error) {
        CHECK(error.Code() == ErrorCode::BudgetExceeded);
        CHECK_THAT(error.Message(Language::English),
                   Catch::Contains("100.000.001 ₫ needed but only 100.000.000 ₫ remains") &&
                       Catch::Contains("envelope 1.000.000.000 ₫") &&
                       Catch::Contains("committed 900.000.000 ₫"));
        CHECK_THAT(error.Message(Language::Vietnamese), Catch::Contains("chỉ còn 100.000.000 ₫"));
    }
}

TEST_CASE("Caps: state share, ceiling per contract, ceiling per enterprise and year", "[domain]") {
    SupportCap cap;
    cap.max_state_share_percent = 50;
    cap.ceiling_per_contract = Money::Dong(150'000'000);
    cap.ceiling_per_enterprise_year = Money::Dong(200'000'000);
    const auto application = Sample();

    SECTION("within every cap") {
        CHECK_NOTHROW(RequireWithinCap(cap, application, Money::Dong(100'000'000), Money()));
    }
    SECTION("state share above 50% of the total cost") {
        CHECK_THROWS_WITH(RequireWithinCap(cap, application, Money::Dong(100'000'001), Money()),
                          Catch::Contains("exceeds 50% of the total cost 200.000.001 ₫"));
    }
    SECTION("ceiling per contract") {
        auto rich = application;
        rich.co_funding_amount = Money::Dong(1'000'000'000);
        CHECK_THROWS_WITH(RequireWithinCap(cap, rich, Money::Dong(150'000'001), Money()),
                          Catch::Contains("ceiling per contract of 150.000.000 ₫"));
    }
    SECTION("yearly ceiling counts what the family already has") {
        CHECK_THROWS_WITH(
            RequireWithinCap(cap, application, Money::Dong(100'000'000), Money::Dong(100'000'001)),
            Catch::Contains("already 100.000.001 ₫") && Catch::Contains("yearly ceiling of 200.000.000 ₫"));
    }
}

TEST_CASE("Programme periods and envelope years are checked", "[domain]") {
    Programme programme{1, "KH-DMST", "Chương trình", 2026, 2030};
    CHECK_NOTHROW(NormaliseProgramme(programme));
    programme.end_year = 2025;
    CHECK_THROWS_AS(NormaliseProgramme(programme), DomainError);
    programme.end_year = 2030;
    BudgetEnvelope envelope;
    envelope.year = 2031;
    envelope.amount = Money::Dong(1);
    CHECK_THROWS_WITH(ValidateEnvelope(envelope, programme),
                      Catch::Contains("outside programme KH-DMST's period"));
    envelope.year = 2026;
    envelope.amount = Money::Dong(-1);
    CHECK_THROWS_WITH(ValidateEnvelope(envelope, programme), Catch::Contains("cannot be negative"));
}
