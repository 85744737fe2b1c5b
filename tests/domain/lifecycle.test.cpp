// Application, voucher and task lifecycles: every allowed move, and refusals that say what is allowed.
#include "domain/application.h"
#include "domain/task.h"
#include "domain/voucher.h"

#include <catch2/catch.hpp>

using namespace innodesk::domain;
using S = ApplicationState;

TEST_CASE("The application lifecycle follows domain.md", "[domain]") {
    const auto& lifecycle = ApplicationLifecycle();
    const std::vector<std::pair<S, S>> happy{
        {S::Draft, S::Submitted},         {S::Submitted, S::UnderReview},
        {S::UnderReview, S::Recommended}, {S::Recommended, S::Approved},
        {S::Approved, S::Contracted},     {S::Contracted, S::InProgress},
        {S::InProgress, S::Accepted},     {S::Accepted, S::Monitoring},
        {S::Monitoring, S::Closed},       {S::UnderReview, S::NotRecommended},
        {S::NotRecommended, S::Refused},  {S::Recommended, S::Refused},
    };
    for (const auto& [from, to] : happy) CHECK(lifecycle.Allows(from, to));

    SECTION("withdrawal from every open state, never from a closed one") {
        for (S open : {S::Draft, S::Submitted, S::UnderReview, S::Recommended, S::NotRecommended, S::Approved,
                       S::Contracted, S::InProgress})
            CHECK(lifecycle.Allows(open, S::Withdrawn));
        for (S closed : {S::Refused, S::Closed, S::Withdrawn, S::Accepted, S::Monitoring})
            CHECK_FALSE(lifecycle.Allows(closed, S::Withdrawn));
    }
    SECTION("no skipping steps") {
        CHECK_FALSE(lifecycle.Allows(S::Draft, S::Approved));
        CHECK_FALSE(lifecycle.Allows(S::Submitted, S::Recommended));
        CHECK_FALSE(lifecycle.Allows(S::Approved, S::InProgress));
    }
    SECTION("a refused move names where the record can go") {
        try {
            lifecycle.RequireMove(S::Draft, S::Approved);
            FAIL("allowed Draft → Approved");
        } catch (const DomainError& error) {
            CHECK(error.Code() == ErrorCode::InvalidTransition);
            CHECK_THAT(error.Message(Language::English), Catch::Contains("from 'Draft' to 'Approved'") &&
                                                             Catch::Contains("Submitted, Withdrawn"));
            CHECK_THAT(error.Message(Language::Vietnamese), Catch::Contains("'Nháp'"));
        }
        CHECK_THROWS_WITH(lifecycle.RequireMove(S::Closed, S::Draft), Catch::Contains("none (it is final)"));
    }
    SECTION("which states hold budget") {
        CHECK(HoldsCommitment(S::Approved));
        CHECK(HoldsCommitment(S::Closed));
        CHECK_FALSE(HoldsCommitment(S::Recommended));
        CHECK_FALSE(HoldsCommitment(S::Withdrawn));
    }
}

TEST_CASE("The voucher lifecycle: issue, redeem, reimburse, or expire, or cancel", "[domain]") {
    using V = VoucherState;
    const auto& lifecycle = VoucherLifecycle();
    CHECK(lifecycle.Allows(V::Issued, V::Redeemed));
    CHECK(lifecycle.Allows(V::Redeemed, V::Reimbursed));
    CHECK(lifecycle.Allows(V::Issued, V::Expired));
    CHECK(lifecycle.Allows(V::Issued, V::Cancelled));
    CHECK_FALSE(lifecycle.Allows(V::Issued, V::Reimbursed));
    CHECK_FALSE(lifecycle.Allows(V::Expired, V::Redeemed));
    CHECK_FALSE(lifecycle.Allows(V::Reimbursed, V::Cancelled));
    CHECK(MayApplyAgain(CancelReason::EnterpriseRequest));
    CHECK_FALSE(MayApplyAgain(CancelReason::Misuse));
    CHECK_FALSE(MayApplyAgain(CancelReason::FalseDeclaration));
}

TEST_CASE("A task's yearly reports of its results in use fall due on the acceptance's anniversaries",
          "[domain]") {
    using innodesk::domain::CalendarDate;
    using innodesk::domain::NextFollowUpDue;
    const auto accepted = CalendarDate::FromYmd(2026, 11, 28);
    CHECK(NextFollowUpDue(accepted, 3, 0) == CalendarDate::FromYmd(2027, 11, 28));
    CHECK(NextFollowUpDue(accepted, 3, 2) == CalendarDate::FromYmd(2029, 11, 28));
    CHECK_FALSE(NextFollowUpDue(accepted, 3, 3).has_value());
    CHECK_FALSE(NextFollowUpDue(accepted, 0, 0).has_value());
    CHECK(NextFollowUpDue(CalendarDate::FromYmd(2028, 2, 29), 2, 0) == CalendarDate::FromYmd(2029, 2, 28));
}

TEST_CASE("A task's lifecycle allows acceptance only from in progress, and nothing after termination",
          "[domain]") {
    using innodesk::domain::TaskLifecycle;
    using TS = innodesk::domain::TaskState;
    const auto& lifecycle = TaskLifecycle();
    CHECK(lifecycle.Allows(TS::InProgress, TS::Accepted));
    CHECK(lifecycle.Allows(TS::InProgress, TS::Failed));
    CHECK_FALSE(lifecycle.Allows(TS::Contracted, TS::Accepted));
    CHECK_FALSE(lifecycle.Allows(TS::Failed, TS::Transferred));
    for (const auto& state : lifecycle.states) CHECK_FALSE(lifecycle.Allows(TS::Terminated, state.value));
    CHECK_THROWS_WITH(
        lifecycle.RequireMove(TS::Proposed, TS::InProgress),
        Catch::Contains("From 'Proposed' it can only move to: Selected or assigned, Terminated"));
}
