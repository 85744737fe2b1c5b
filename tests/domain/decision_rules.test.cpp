// Decision rules the front ends rely on: what a decision grants in total, and which decisions may
// be exported.
#include "domain/decision.h"
#include "domain/errors.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace innodesk::domain;

namespace {

Decision Approval(std::initializer_list<std::int64_t> amounts) {
    Decision decision;
    decision.id = 42;
    decision.number = "125/QĐ-SKHCN";
    ApplicationId application = 0;
    for (const auto dong : amounts) decision.items.push_back({++application, Money::Dong(dong)});
    return decision;
}

}  // namespace

TEST_CASE("A decision's total is the sum of its approved amounts", "[domain]") {
    CHECK(TotalApproved(Approval({100'000'000, 45'500'000})) == Money::Dong(145'500'000));
    CHECK(TotalApproved(Approval({250'000'000})) == Money::Dong(250'000'000));
    // A refusal grants nothing, and a decision without items totals zero.
    CHECK(TotalApproved(Approval({0, 0})).IsZero());
    CHECK(TotalApproved(Decision{}).IsZero());
    // A sum beyond what đồng can hold is refused, not wrapped round.
    CHECK_THROWS_AS(TotalApproved(Approval({std::numeric_limits<std::int64_t>::max(), 1})), DomainError);
}

TEST_CASE("Only a digitally signed decision may be exported", "[domain]") {
    auto decision = Approval({100'000'000});
    try {
        RequireExportable(decision);
        FAIL("a draft was accepted for export");
    } catch (const DomainError& error) {
        CHECK(error.Code() == ErrorCode::InvalidValue);
        CHECK_THAT(error.Text().en,
                   Catch::Contains("Decision id 42") && Catch::Contains("not digitally signed"));
        CHECK_THAT(error.Text().vi, Catch::Contains("chưa được ký số"));
    }
    decision.status = DecisionStatus::Recorded;  // issued before InnoDesk signed: no signature to export
    CHECK_THROWS_AS(RequireExportable(decision), DomainError);
    decision.status = DecisionStatus::Signed;
    decision.signature = DecisionSignature{"lanhdao.binh", std::string(64, 'a'), "CN=Trần Văn Bình", {}, 1};
    CHECK_NOTHROW(RequireExportable(decision));
}
