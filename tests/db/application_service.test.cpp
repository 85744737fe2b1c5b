// The application lifecycle in storage: history, decisions against budget and caps, amount
// variations, payments, double funding and concurrent changes — and nothing half-written.
#include "scenario.h"
#include "test_helpers.h"

#include <catch2/catch.hpp>

using namespace innodesk;
using namespace innodesk::domain;
using S = ApplicationState;

using innodesk::testing::CountRows;

TEST_CASE("An application goes from draft to closed, with every step in its history", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto service = s.Applications();
    const auto recommended = s.Recommended(s.parent, 200'000'000, 100'000'000);
    CHECK(recommended.state == S::Recommended);
    CHECK(recommended.submitted_on == s.clock.Today());

    const auto outcome = s.Approve(recommended.id, 180'000'000, "101/QĐ-SKHCN");
    CHECK(outcome.warnings.empty());
    auto approved = service.Get(recommended.id);
    CHECK(approved.state == S::Approved);
    CHECK(approved.approved_amount == Money::Dong(180'000'000));
    CHECK(approved.original_approved_amount == Money::Dong(180'000'000));
    CHECK(approved.decision_id == outcome.decision.id);

    service.Contract(approved.id, "15/2026/HĐ-KHCN", s.officer);
    service.Move(approved.id, S::InProgress, s.officer, "");
    service.Disburse(approved.id, Money::Dong(100'000'000), CalendarDate::FromYmd(2026, 7, 1), "UNC 01",
                     s.officer, s.verifier);
    service.Move(approved.id, S::Accepted, s.officer, "Nghiệm thu đạt");
    service.Move(approved.id, S::Monitoring, s.officer, "");
    const auto closed = service.Move(approved.id, S::Closed, s.officer, "");
    CHECK(closed.state == S::Closed);

    const auto history = service.History(approved.id);
    std::vector<S> steps;
    for (const auto& step : history) steps.push_back(step.to);
    CHECK(steps == std::vector<S>{S::Draft, S::Submitted, S::UnderReview, S::Recommended, S::Approved,
                                  S::Contracted, S::InProgress, S::Accepted, S::Monitoring, S::Closed});
    CHECK(history[4].actor == "leader.binh");
    CHECK(history[4].note == "decision 101/QĐ-SKHCN");

    // Closing releases what was approved but never paid.
    const auto budget = s.Programmes().Budget(s.programme.id);
    REQUIRE(budget.size() == 1);
    CHECK(budget[0].balance.committed == Money::Dong(100'000'000));
    CHECK(budget[0].balance.disbursed == Money::Dong(100'000'000));
    CHECK(budget[0].balance.Remaining() == Money::Dong(900'000'000));
}

TEST_CASE("Approvals and refusals only through decisions, and a plain move to Approved is refused", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    const auto a = s.Recommended(s.parent, 100'000'000, 100'000'000);
    CHECK_THROWS_WITH(s.Applications().Move(a.id, S::Approved, s.officer, ""),
                      Catch::Contains("only through a decision"));
    CHECK_THROWS_WITH(s.Applications().Move(a.id, S::Closed, s.officer, ""),
                      Catch::Contains("from 'Recommended' to 'Closed'"));
}

TEST_CASE("An approval that would overdraw the envelope is refused with the figures, and nothing is written",
          "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    const auto first = s.Recommended(s.parent, 500'000'000, 500'000'000);
    s.Approve(first.id, 500'000'000, "1/QĐ");
    const auto second = s.Recommended(s.other, 500'000'000, 500'000'000);
    s.Approve(second.id, 450'000'000, "2/QĐ");
    const auto third = s.Recommended(s.branch, 100'000'000, 100'000'000);
    const auto decisions_before = CountRows(db, "decision");
    try {
        s.Approve(third.id, 60'000'000, "3/QĐ");
        FAIL("overdraft accepted");
    } catch (const DomainError& error) {
        CHECK(error.Code() == ErrorCode::BudgetExceeded);
        CHECK_THAT(error.Message(Language::English),
                   Catch::Contains("60.000.000 ₫ needed but only 50.000.000 ₫ remains"));
    }
    CHECK(CountRows(db, "decision") == decisions_before);
    CHECK(s.Applications().Get(third.id).state == S::Recommended);
}

TEST_CASE("Caps are checked on every approval, counting the enterprise's family", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    SECTION("state share above 70%") {
        const auto a = s.Recommended(s.parent, 300'000'000, 100'000'000);
        CHECK_THROWS_WITH(s.Approve(a.id, 300'000'000, "1/QĐ"),
                          Catch::Contains("exceeds 70% of the total cost"));
    }
    SECTION("the yearly ceiling adds the branch's approvals to the parent's") {
        const auto a = s.Recommended(s.parent, 400'000'000, 400'000'000);
        s.Approve(a.id, 400'000'000, "1/QĐ");
        const auto b = s.Recommended(s.branch, 300'000'000, 300'000'000);
        CHECK_THROWS_WITH(
            s.Approve(b.id, 300'000'000, "2/QĐ"),
            Catch::Contains("already 400.000.000 ₫") && Catch::Contains("yearly ceiling of 600.000.000 ₫"));
        const auto within = s.Approve(b.id, 200'000'000, "3/QĐ");
        REQUIRE(within.warnings.size() == 1);  // same content, same year, same parent: double funding
        CHECK(within.warnings[0].other_application == a.id);
        CHECK_THAT(within.warnings[0].message.en, Catch::Contains("(same parent)"));
    }
}

TEST_CASE("A decision is all or nothing, and its number is unique", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    const auto ok = s.Recommended(s.parent, 100'000'000, 100'000'000);
    const auto draft = s.Draft(s.other, 100'000'000, 100'000'000);  // not yet reviewed: cannot be approved
    Decision decision;
    decision.number = "7/QĐ-SKHCN";
    decision.date = CalendarDate::FromYmd(2026, 6, 20);
    decision.items = {{ok.id, Money::Dong(50'000'000)}, {draft.id, Money::Dong(50'000'000)}};
    // The draft is tried as if signed, so the bad item refuses the whole draft.
    CHECK_THROWS_WITH(s.Decisions().Draft(decision, s.officer),
                      Catch::Contains("from 'Draft' to 'Approved'"));
    CHECK(s.Applications().Get(ok.id).state == S::Recommended);
    CHECK(CountRows(db, "decision") == 0);
    CHECK(CountRows(db, "decision_item") == 0);

    decision.items = {{ok.id, Money::Dong(50'000'000)}};
    s.Issue(decision);
    CHECK(s.Applications().Get(ok.id).state == S::Approved);
    const auto again = s.Recommended(s.other, 100'000'000, 100'000'000);
    decision.items = {{again.id, Money::Dong(50'000'000)}};
    CHECK_THROWS_WITH(s.Decisions().Draft(decision, s.officer),
                      Catch::Contains("7/QĐ-SKHCN is already used"));
    CHECK(CountRows(db, "decision") == 1);
}

TEST_CASE("Refusal by decision, and a superseding decision varies the amount", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    const auto a = s.Recommended(s.parent, 200'000'000, 200'000'000);
    const auto first = s.Approve(a.id, 150'000'000, "1/QĐ");
    Decision change;
    change.number = "2/QĐ";
    change.date = CalendarDate::FromYmd(2026, 8, 1);
    change.items = {{a.id, Money::Dong(120'000'000)}};
    change.supersedes = first.decision.id;
    s.Issue(change);
    const auto varied = s.Applications().Get(a.id);
    CHECK(varied.state == S::Approved);
    CHECK(varied.approved_amount == Money::Dong(120'000'000));
    CHECK(varied.original_approved_amount == Money::Dong(150'000'000));
    CHECK(CountRows(db, "application_amount_change") == 1);

    const auto b = s.Recommended(s.other, 100'000'000, 100'000'000);
    Decision refusal;
    refusal.number = "3/QĐ";
    refusal.date = CalendarDate::FromYmd(2026, 8, 1);
    refusal.kind = DecisionKind::Refusal;
    refusal.items = {{b.id, Money()}};
    s.Issue(refusal);
    CHECK(s.Applications().Get(b.id).state == S::Refused);
    CHECK_FALSE(s.Applications().Get(b.id).approved_amount.has_value());
}

TEST_CASE("Varying and paying: the original stays, payments never exceed the approval", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto service = s.Applications();
    const auto a = s.Recommended(s.parent, 200'000'000, 200'000'000);
    s.Approve(a.id, 200'000'000, "1/QĐ");
    CHECK_THROWS_WITH(
        service.Disburse(a.id, Money::Dong(1), CalendarDate::FromYmd(2026, 7, 1), "", s.officer, s.verifier),
        Catch::Contains("only on contracted applications"));
    service.Contract(a.id, "HĐ-1", s.officer);
    service.Disburse(a.id, Money::Dong(150'000'000), CalendarDate::FromYmd(2026, 7, 1), "UNC 1", s.officer,
                     s.verifier);
    CHECK_THROWS_WITH(
        service.Disburse(a.id, Money::Dong(60'000'000), CalendarDate::FromYmd(2026, 7, 2), "UNC 2", s.officer,
                         s.verifier),
        Catch::Contains("exceeds the remaining 50.000.000 ₫ (decision 1/QĐ approved 200.000.000 ₫"));
    // A variation is a decision: drafted by an officer, in force once an approver signs it.
    VariationDraft variation;
    variation.application_id = a.id;
    variation.new_amount = Money::Dong(100'000'000);
    variation.reason = "giảm quy mô";
    variation.number = "2/QĐ";
    variation.date = CalendarDate::FromYmd(2026, 7, 3);
    CHECK(testing::Refusal([&] { s.Decisions().DraftVariation(variation, s.approver); }).Code() ==
          ErrorCode::PermissionDenied);
    CHECK_THROWS_WITH(s.Decisions().DraftVariation(variation, s.officer),
                      Catch::Contains("less than what was already paid, 150.000.000 ₫"));
    variation.new_amount = Money::Dong(160'000'000);
    const auto drafted = s.Decisions().DraftVariation(variation, s.officer);
    CHECK(drafted.decision.supersedes.has_value());
    CHECK(service.Get(a.id).approved_amount == Money::Dong(200'000'000));  // nothing until signed
    s.Decisions().Sign(drafted.decision.id, s.signer, s.verifier, s.approver);
    const auto varied = service.Get(a.id);
    CHECK(varied.approved_amount == Money::Dong(160'000'000));
    CHECK(varied.original_approved_amount == Money::Dong(200'000'000));
    CHECK(varied.decision_id == drafted.decision.id);
    CHECK_THROWS_WITH(
        service.Disburse(a.id, Money::Dong(20'000'000), CalendarDate::FromYmd(2026, 7, 4), "UNC 2", s.officer,
                         s.verifier),
        Catch::Contains("exceeds the remaining 10.000.000 ₫ (decision 2/QĐ approved 160.000.000 ₫"));
    CHECK(CountRows(db, "disbursement") == 1);
}

TEST_CASE("Two officers changing the same application: one wins, the other gets a conflict", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    const auto draft = s.Draft(s.parent, 100'000'000, 100'000'000);
    auto second_connection = db.Connect();
    ApplicationService other_officer(*second_connection, db.Text(), s.clock);
    s.Applications().Move(draft.id, S::Submitted, s.officer, "", draft.version);
    CHECK_THROWS_WITH(other_officer.Move(draft.id, S::Withdrawn, s.reviewer, "", draft.version),
                      Catch::Contains("was changed by officer.an at"));
    CHECK(s.Applications().Get(draft.id).state == S::Submitted);
}

TEST_CASE("An application for a missing enterprise or outside the programme period is refused", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    Application draft;
    draft.enterprise_id = 9999;
    draft.programme_id = s.programme.id;
    draft.year = 2026;
    draft.title = "X";
    draft.requested_amount = Money::Dong(1);
    CHECK_THROWS_WITH(s.Applications().Create(draft, s.officer),
                      Catch::Contains("no enterprise with id 9999"));
    draft.enterprise_id = s.parent.id;
    draft.year = 2031;
    CHECK_THROWS_WITH(s.Applications().Create(draft, s.officer),
                      Catch::Contains("outside the programme's period"));
    draft.year = 2026;
    draft.requested_amount = Money::Dong(-5);
    CHECK_THROWS_WITH(s.Applications().Create(draft, s.officer), Catch::Contains("cannot be negative"));
    CHECK(CountRows(db, "application") == 0);
}

TEST_CASE("Listing applications narrows by support content, year and state together", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto service = s.Applications();
    const auto testing_one = s.Draft(s.parent, 50'000'000, 10'000'000);
    Application consulting = testing_one;
    consulting.id = 0;
    consulting.content = SupportContent::Consulting;
    consulting.title = "Thuê tư vấn ISO 22000";
    const auto consulting_one = service.Create(consulting, s.officer);
    service.Move(consulting_one.id, S::Submitted, s.officer, "");

    ApplicationFilter filter;
    filter.content = SupportContent::Consulting;
    auto ids = [&](const ApplicationFilter& f) {
        std::vector<ApplicationId> found;
        for (const auto& a : service.List(f)) found.push_back(a.id);
        return found;
    };
    CHECK(ids(filter) == std::vector<ApplicationId>{consulting_one.id});
    filter.content = SupportContent::TestingCertification;
    CHECK(ids(filter) == std::vector<ApplicationId>{testing_one.id});
    filter.state = S::Submitted;
    CHECK(ids(filter).empty());
    filter.content = SupportContent::Consulting;
    filter.year = 2026;
    CHECK(ids(filter) == std::vector<ApplicationId>{consulting_one.id});
    filter.content = SupportContent::Equipment;
    filter.state.reset();
    CHECK(ids(filter).empty());
}

TEST_CASE(
    "A draft or submitted application is corrected in place, and a stale correction names who "
    "changed it",
    "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto service = s.Applications();
    auto draft = s.Draft(s.parent, 100'000'000, 100'000'000);
    draft.title = "  Thử nghiệm   sản phẩm mới ";
    draft.requested_amount = Money::Dong(120'000'000);
    draft.enterprise_id = s.other.id;
    const auto edited = service.Edit(draft, s.officer);
    CHECK(edited.title == "Thử nghiệm sản phẩm mới");
    CHECK(edited.requested_amount == Money::Dong(120'000'000));
    CHECK(edited.enterprise_id == s.other.id);
    CHECK(edited.version == draft.version + 1);
    CHECK(service.Get(draft.id).requested_amount == Money::Dong(120'000'000));

    // Someone who still sees the first version is told who changed it since, and when.
    auto stale = draft;
    stale.title = "Bản cũ";
    const auto conflict = testing::Refusal([&] { service.Edit(stale, s.officer); });
    CHECK(conflict.Code() == ErrorCode::Conflict);
    CHECK_THAT(conflict.Message(Language::English), Catch::Contains("changed by officer.an at"));
    CHECK_THAT(conflict.Message(Language::Vietnamese), Catch::Contains("bởi officer.an lúc"));
    CHECK(service.Get(draft.id).title == "Thử nghiệm sản phẩm mới");

    // A submitted application can still be corrected; one under review cannot.
    auto submitted = service.Move(draft.id, S::Submitted, s.officer, "", edited.version);
    submitted.co_funding_amount = Money::Dong(130'000'000);
    submitted = service.Edit(submitted, s.officer);
    CHECK(submitted.co_funding_amount == Money::Dong(130'000'000));
    auto reviewing = service.Move(draft.id, S::UnderReview, s.officer, "", submitted.version);
    reviewing.title = "Muộn";
    CHECK(testing::Refusal([&] { service.Edit(reviewing, s.officer); }).Code() ==
          ErrorCode::InvalidTransition);
    CHECK_THROWS_AS(service.Edit(service.Get(draft.id), s.viewer), DomainError);

    // A year outside the programme is refused as at creation, and nothing changes.
    auto bad = s.Draft(s.branch, 50'000'000, 50'000'000);
    bad.year = 1999;
    CHECK(testing::Refusal([&] { service.Edit(bad, s.officer); }).Field() == "year");
    CHECK(service.Get(bad.id).year == 2026);
}

TEST_CASE("A submission is undone on its own day only, back to draft", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto service = s.Applications();
    const auto draft = s.Draft(s.parent, 100'000'000, 100'000'000);
    const auto submitted = service.Move(draft.id, S::Submitted, s.officer, "", draft.version);
    const auto undone = service.UndoSubmission(draft.id, s.officer, submitted.version);
    CHECK(undone.state == S::Draft);
    CHECK_FALSE(undone.submitted_on.has_value());
    CHECK(service.History(draft.id).back().from == S::Submitted);
    CHECK(service.History(draft.id).back().to == S::Draft);
    CHECK(testing::Refusal([&] { service.UndoSubmission(draft.id, s.officer, undone.version); }).Code() ==
          ErrorCode::InvalidTransition);

    // The next day it is a withdrawal, not an undo.
    const auto again = service.Move(draft.id, S::Submitted, s.officer, "", undone.version);
    testing::FixedClock tomorrow(s.clock.Today().AddDays(1));
    ApplicationService later(db.Store(), db.Text(), tomorrow);
    const auto refusal = testing::Refusal([&] { later.UndoSubmission(draft.id, s.officer, again.version); });
    CHECK_THAT(refusal.Message(Language::English), Catch::Contains("withdraw"));
    CHECK(service.Get(draft.id).state == S::Submitted);
}

TEST_CASE("A contract is signed between its decision and today and ends after its signing", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    const auto recommended = s.Recommended(s.parent, 200'000'000, 100'000'000);
    s.Approve(recommended.id, 150'000'000, "101/QĐ-SKHCN");  // dated 20/06/2026
    const auto today = CalendarDate::FromYmd(2026, 7, 1);
    testing::FixedClock clock(today);
    ApplicationService service(db.Store(), db.Text(), clock);
    auto contract = [&](std::optional<CalendarDate> ends_on, std::optional<CalendarDate> signed_on) {
        return testing::Refusal(
            [&] { service.Contract(recommended.id, "HĐ-1", s.officer, ends_on, signed_on); });
    };
    CHECK(contract(std::nullopt, today.AddDays(1)).Field() == "signed_on");                    // the future
    CHECK(contract(std::nullopt, CalendarDate::FromYmd(2026, 6, 19)).Field() == "signed_on");  // before 20/06
    CHECK(contract(CalendarDate::FromYmd(2026, 6, 25), CalendarDate::FromYmd(2026, 6, 25)).Field() ==
          "ends_on");
    CHECK(service.Get(recommended.id).state == S::Approved);
    const auto contracted = service.Contract(recommended.id, "HĐ-1", s.officer, today.AddDays(200),
                                             CalendarDate::FromYmd(2026, 6, 25));
    CHECK(contracted.contract_signed_on == CalendarDate::FromYmd(2026, 6, 25));
    CHECK(service.Get(recommended.id).contract_signed_on == CalendarDate::FromYmd(2026, 6, 25));
    CHECK(service.Get(recommended.id).contract_ends_on == today.AddDays(200));
}

TEST_CASE("An application's payments are listed oldest first, as recorded", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto service = s.Applications();
    const auto a = s.Recommended(s.parent, 200'000'000, 100'000'000);
    s.Approve(a.id, 150'000'000, "101/QĐ-SKHCN");
    service.Contract(a.id, "HĐ-1", s.officer);
    CHECK(service.Disbursements(a.id).empty());
    service.Disburse(a.id, Money::Dong(50'000'000), CalendarDate::FromYmd(2026, 8, 1), "UNC 2", s.officer,
                     s.verifier);
    service.Disburse(a.id, Money::Dong(40'000'000), CalendarDate::FromYmd(2026, 7, 1), "UNC 1", s.officer,
                     s.verifier);
    const auto payments = service.Disbursements(a.id);
    REQUIRE(payments.size() == 2);
    CHECK(payments[0].paid_on == CalendarDate::FromYmd(2026, 7, 1));
    CHECK(payments[0].amount == Money::Dong(40'000'000));
    CHECK(payments[0].reference == "UNC 1");
    CHECK(payments[0].actor == "officer.an");
    CHECK(payments[1].reference == "UNC 2");
    CHECK(testing::Refusal([&] { service.Disbursements(999'999); }).Code() == ErrorCode::NotFound);
}

TEST_CASE("Amounts are checked against the caps and the budget as they are typed", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto service = s.Applications();
    auto draft = s.Draft(s.parent, 100'000'000, 100'000'000);
    CHECK(service.AmountProblems(draft).empty());
    // 70% of the total cost at most: 300 of 400 is 75%.
    draft.requested_amount = Money::Dong(300'000'000);
    auto problems = service.AmountProblems(draft);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].Code() == ErrorCode::CapExceeded);
    // More than a contract's ceiling (500 triệu) and than the envelope holds (1 tỷ): both are named.
    draft.requested_amount = Money::Dong(1'500'000'000);
    draft.co_funding_amount = Money::Dong(1'500'000'000);
    problems = service.AmountProblems(draft);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].Code() == ErrorCode::CapExceeded);
    CHECK(problems[1].Code() == ErrorCode::BudgetExceeded);
    // A year with no envelope says so.
    draft.requested_amount = Money::Dong(100'000'000);
    draft.year = 2027;
    problems = service.AmountProblems(draft);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].Code() == ErrorCode::BudgetExceeded);
}
