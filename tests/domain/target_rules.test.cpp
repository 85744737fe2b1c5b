// Target rules: periods, bounds and their words, statuses by pace with the boundaries (exactly at
// a bound, "about" within the plan's tolerance, ranges, "greater than", qualitative and yearly
// change bounds, percentages), metric codes, report due dates and escalation.
#include "domain/deadline.h"
#include "domain/metric_catalogue.h"
#include "domain/period.h"
#include "domain/plan.h"
#include "domain/target_status.h"

#include <catch2/catch.hpp>

using namespace innodesk::domain;

namespace {

CalendarDate D(int y, unsigned m, unsigned d) {
    return CalendarDate::FromYmd(y, m, d);
}

Bound AtLeast(double n) {
    return {BoundForm::AtLeast, n, n};
}
Bound About(double n) {
    return {BoundForm::About, n, n};
}
Bound Range(double a, double b) {
    return {BoundForm::Range, a, b};
}
Bound AtMost(double n) {
    return {BoundForm::AtMost, 0, n};
}

const AboutTolerance kNone{};
const AboutTolerance kOne{1, false};
const AboutTolerance kTenPercent{10, true};

}  // namespace

TEST_CASE("Periods parse from their codes and cover the right dates", "[domain]") {
    const Period q3 = Period::Parse("2026-Q3");
    CHECK(q3.Kind() == PeriodKind::Quarter);
    CHECK(q3.From() == D(2026, 7, 1));
    CHECK(q3.To() == D(2026, 9, 30));
    CHECK(q3.Code() == "2026-Q3");
    CHECK(q3.Label().vi == "Quý III/2026");
    CHECK(Period::Parse("q1/2026") == Period::Quarter(2026, 1));
    CHECK(Period::Parse("2026-h2").To() == D(2026, 12, 31));
    CHECK(Period::Parse("2026-H1").To() == D(2026, 6, 30));
    CHECK(Period::Parse("2026").Kind() == PeriodKind::Year);
    const Period span = Period::Parse("2026-2030");
    CHECK(span.Kind() == PeriodKind::Years);
    CHECK(span.Quarters().size() == 20);
    CHECK(Period::Parse("2026-H2").Quarters().front().Code() == "2026-Q3");
    CHECK(Period::Parse("2026-2026") == Period::Year(2026));
    CHECK(Period::Quarter(2028, 1).Days() == 91);  // 2028 is a leap year

    for (const char* bad : {"", "2026-Q5", "2026-H3", "2030-2026", "26", "2026/Q1", "Q3-2026", "năm 2026"}) {
        INFO(bad);
        try {
            Period::Parse(bad);
            FAIL("accepted");
        } catch (const DomainError& error) {
            CHECK(error.Code() == ErrorCode::InvalidValue);
            CHECK(error.Field() == "period");
        }
    }
}

TEST_CASE("A figure is read with either decimal mark, and anything else is refused naming it", "[domain]") {
    CHECK(ParseFigure("4,5") == 4.5);
    CHECK(ParseFigure("4.5") == 4.5);
    CHECK(ParseFigure(" 12 ") == 12);
    CHECK(ParseFigure("-3") == -3);
    CHECK(ParseFigure("+0,25") == 0.25);
    for (const std::string typed :
         {"", "  ", "abc", "4,5%", "1.234,5", "4 5", "+-4", "inf", "nan", "1e999"}) {
        INFO(typed);
        try {
            ParseFigure(typed, "indicator_value");
            FAIL("accepted");
        } catch (const DomainError& error) {
            CHECK(error.Field() == "indicator_value");
            CHECK_THAT(error.Text().en, Catch::Contains("'" + typed + "' is not a number"));
            CHECK_THAT(error.Text().vi, Catch::Contains("không phải là một số"));
        }
    }
}

TEST_CASE("Bounds are described in both languages and validated", "[domain]") {
    const LocalisedText enterprises{"doanh nghiệp", "enterprises"};
    CHECK(DescribeBound(AtLeast(15), enterprises).vi == "từ 15 doanh nghiệp");
    CHECK(DescribeBound(AtLeast(15), enterprises).en == "at least 15 enterprises");
    CHECK(DescribeBound(About(5), enterprises).vi == "khoảng 5 doanh nghiệp");
    CHECK(DescribeBound(Range(100, 150), {"lượt", "person-times"}).en == "100–150 person-times");
    CHECK(DescribeBound({BoundForm::About, 3, 5}, {"%", "%"}).vi == "khoảng 3–5 %");
    CHECK(DescribeBound(AtMost(23), {"", ""}).en == "at most 23");
    CHECK(DescribeBound({BoundForm::GreaterThan, 0.7, 0.7}, {"", ""}).vi == "> 0,7");
    CHECK(DescribeBound({BoundForm::GreaterThan, 0.7, 0.7}, {"HDI", "HDI"}).en == "> 0.7 HDI");
    CHECK(DescribeBound({BoundForm::ChangePerYear, 10, 10}, {"%/năm", "%/year"}).vi == "tăng ≥ 10%/năm");
    CHECK(DescribeBound({BoundForm::ChangePerYear, 10, 10}, {"%/năm", "%/year"}).en == "up ≥ 10%/year");
    const Bound advanced{BoundForm::Qualitative, 1, 1, {"Tiên tiến, hiện đại", "Advanced and modern"}};
    CHECK(DescribeBound(advanced, {"", ""}).vi == "Tiên tiến, hiện đại");
    CHECK(DescribeBound(advanced, {"", ""}).en == "Advanced and modern");
    CHECK(FormatFigure(1234567, Language::Vietnamese) == "1.234.567");
    CHECK(FormatFigure(1234567, Language::English) == "1,234,567");
    CHECK(FormatFigure(66.666, Language::Vietnamese) == "66,7");
    CHECK(FormatFigure(70, Language::English) == "70");

    const LocalisedText what{"Chỉ tiêu 'T05'", "Target 'T05'"};
    CHECK_NOTHROW(ValidateBound(Range(5, 5), TargetKind::Objects, what));
    try {
        ValidateBound(Range(150, 100), TargetKind::PersonTimes, what);
        FAIL("min > max accepted");
    } catch (const DomainError& error) {
        CHECK(error.Message(Language::English) ==
              "Target 'T05': the low end 150 is above the high end 100; a bound needs min ≤ max.");
    }
    CHECK_THROWS_AS(ValidateBound(AtLeast(101), TargetKind::Percentage, what), DomainError);
    CHECK_THROWS_AS(ValidateBound(AtLeast(-1), TargetKind::Objects, what), DomainError);
    CHECK_THROWS_AS(ValidateBound(AtLeast(5), TargetKind::Rank, what), DomainError);
    // A qualitative bound needs its words in both languages; a change per year is a percentage.
    CHECK_THROWS_AS(
        ValidateBound({BoundForm::Qualitative, 1, 1, {"Tiên tiến", ""}}, TargetKind::Objects, what),
        DomainError);
    CHECK_NOTHROW(ValidateBound({BoundForm::Qualitative, 1, 1, {"Cao", "High"}}, TargetKind::Rank, what));
    CHECK_THROWS_AS(ValidateBound({BoundForm::ChangePerYear, 10, 10}, TargetKind::Objects, what),
                    DomainError);
    CHECK_NOTHROW(ValidateBound({BoundForm::ChangePerYear, 10, 10}, TargetKind::Percentage, what));
}

TEST_CASE(
    "A bound is met exactly at it, 'about' forgives its tolerance below, a range is met from its low end",
    "[domain]") {
    CHECK(MeetsBound(AtLeast(15), 15));
    CHECK_FALSE(MeetsBound(AtLeast(15), 14));
    CHECK(MeetsBound(About(5), 4, kOne));                 // the plan's tolerance: one below still meets it
    CHECK_FALSE(MeetsBound(About(5), 4));                 // no tolerance named: the figure itself
    CHECK_FALSE(MeetsBound(About(5), 4.4, kTenPercent));  // 10% of 5 is 0,5 below
    CHECK(MeetsBound(About(5), 4.5, kTenPercent));
    CHECK(MeetsBound(About(100), 90, kTenPercent));
    CHECK_FALSE(MeetsBound(About(100), 89.9, kTenPercent));
    CHECK(MeetsBound(About(5), 6));
    CHECK_FALSE(MeetsBound(About(5), 3, kOne));
    CHECK(MeetsBound(Range(100, 150), 100));
    CHECK(MeetsBound(Range(100, 150), 151));
    CHECK_FALSE(MeetsBound(Range(100, 150), 99));
    CHECK(MeetsBound(AtMost(23), 23));
    CHECK_FALSE(MeetsBound(AtMost(23), 24));
    CHECK(MeetsBound({BoundForm::About, 3, 5}, 2, kOne));
    CHECK_FALSE(MeetsBound({BoundForm::About, 3, 5}, 1.9, kOne));
    // "> 0,7": strictly greater.
    CHECK_FALSE(MeetsBound({BoundForm::GreaterThan, 0.7, 0.7}, 0.7));
    CHECK(MeetsBound({BoundForm::GreaterThan, 0.7, 0.7}, 0.71));
    // "tăng ≥ 10%/năm": the growth computed reaches the figure.
    CHECK(MeetsBound({BoundForm::ChangePerYear, 10, 10}, 10));
    CHECK_FALSE(MeetsBound({BoundForm::ChangePerYear, 10, 10}, 9.9));
    // Qualitative: 1 is assessed achieved, 0 not.
    const Bound advanced{BoundForm::Qualitative, 1, 1, {"Tiên tiến, hiện đại", "Advanced and modern"}};
    CHECK(MeetsBound(advanced, 1));
    CHECK_FALSE(MeetsBound(advanced, 0));
}

TEST_CASE("A qualitative target is met or behind as the officer assessed it, whatever the date", "[domain]") {
    const Period year = Period::Year(2026);
    const Bound advanced{BoundForm::Qualitative, 1, 1, {"Tiên tiến, hiện đại", "Advanced and modern"}};
    CHECK(TargetStatusFor(advanced, TargetKind::Objects, 1.0, year, D(2026, 3, 1), kNone) ==
          TargetStatus::Met);
    // Not achieved is not a pace: behind even early in the year.
    CHECK(TargetStatusFor(advanced, TargetKind::Objects, 0.0, year, D(2026, 3, 1), kNone) ==
          TargetStatus::Behind);
    CHECK(TargetStatusFor(advanced, TargetKind::Objects, std::nullopt, year, D(2026, 3, 1), kNone) ==
          TargetStatus::NoData);
    // A change per year is a percentage: no pace before the end, behind after it.
    const Bound growth{BoundForm::ChangePerYear, 10, 10};
    CHECK(TargetStatusFor(growth, TargetKind::Percentage, 4.0, year, D(2026, 7, 1), kNone) ==
          TargetStatus::AtRisk);
    CHECK(TargetStatusFor(growth, TargetKind::Percentage, 12.0, year, D(2026, 7, 1), kNone) ==
          TargetStatus::Met);
    CHECK(TargetStatusFor(growth, TargetKind::Percentage, 4.0, year, D(2027, 1, 1), kNone) ==
          TargetStatus::Behind);
}

TEST_CASE("The tolerance of 'about' targets is a number or a percent of the figure, shown beside it",
          "[domain]") {
    CHECK(AboutTolerance::Parse("1") == kOne);
    CHECK(AboutTolerance::Parse("10%") == kTenPercent);
    CHECK(AboutTolerance::Parse("0,5").amount == 0.5);
    CHECK(AboutTolerance::Parse("0").None());
    CHECK(AboutTolerance::Parse("20%").Code() == "20%");
    CHECK(AboutTolerance::Parse("0.5").Code() == "0.5");
    CHECK(AboutTolerance::Parse(kTenPercent.Code()) == kTenPercent);
    for (const char* bad : {"-1", "101%", "abc", "%", "", "1 %%"}) {
        INFO(bad);
        CHECK_THROWS_AS(AboutTolerance::Parse(bad), DomainError);
    }
    try {
        AboutTolerance::Parse("-1");
    } catch (const DomainError& error) {
        CHECK(error.Message(Language::English).find("'-1' is not valid") != std::string::npos);
        CHECK(error.Field() == "about_tolerance");
    }
    const LocalisedText tasks{"nhiệm vụ", "tasks"};
    CHECK(DescribeBound(About(5), tasks, kOne).vi == "khoảng 5 (±1) nhiệm vụ");
    CHECK(DescribeBound(About(5), tasks, kOne).en == "about 5 (±1) tasks");
    CHECK(DescribeBound(About(5), tasks, kTenPercent).vi == "khoảng 5 (±10%) nhiệm vụ");
    CHECK(DescribeBound(About(5), tasks, AboutTolerance{0.5, false}).vi == "khoảng 5 (±0,5) nhiệm vụ");
    CHECK(DescribeBound({BoundForm::About, 3, 5}, {"%", "%"}, kOne).en == "about 3–5 (±1) %");
    CHECK(DescribeBound(About(5), tasks).vi == "khoảng 5 nhiệm vụ");      // none: nothing beside it
    CHECK(DescribeBound(AtLeast(5), tasks, kOne).vi == "từ 5 nhiệm vụ");  // only "about" is soft
}

TEST_CASE("The status follows the pace toward the period's end", "[domain]") {
    const Period year = Period::Year(2026);
    const auto mid = D(2026, 7, 2);  // day 183 of 365: half the year has passed
    // Met as soon as the bound is reached, whatever the date.
    CHECK(TargetStatusFor(AtLeast(10), TargetKind::Objects, 10.0, year, D(2026, 1, 5), kNone) ==
          TargetStatus::Met);
    // Half-way: 5 of 10 is on pace; 3 is at risk (at least half the pace); 2 is behind.
    CHECK(TargetStatusFor(AtLeast(10), TargetKind::Objects, 5.02, year, mid, kNone) == TargetStatus::OnTrack);
    CHECK(TargetStatusFor(AtLeast(10), TargetKind::Objects, 3.0, year, mid, kNone) == TargetStatus::AtRisk);
    CHECK(TargetStatusFor(AtLeast(10), TargetKind::Objects, 2.0, year, mid, kNone) == TargetStatus::Behind);
    // On the last day the whole goal is due; after it, anything short is behind.
    CHECK(TargetStatusFor(AtLeast(10), TargetKind::Objects, 6.0, year, D(2026, 12, 31), kNone) ==
          TargetStatus::AtRisk);
    CHECK(TargetStatusFor(AtLeast(10), TargetKind::Objects, 9.0, year, D(2027, 1, 1), kNone) ==
          TargetStatus::Behind);
    // Before the period starts nothing is due yet.
    CHECK(TargetStatusFor(AtLeast(10), TargetKind::Objects, 0.0, year, D(2025, 12, 1), kNone) ==
          TargetStatus::OnTrack);
    // "About" keeps its tolerance on the way: 1.6 + 1 reaches the 2.51 expected half-way to 5;
    // without a tolerance it is a plain pace.
    CHECK(TargetStatusFor(About(5), TargetKind::Objects, 1.6, year, mid, kOne) == TargetStatus::OnTrack);
    CHECK(TargetStatusFor(About(5), TargetKind::Objects, 1.6, year, mid, kNone) == TargetStatus::AtRisk);
    CHECK(TargetStatusFor(About(5), TargetKind::Objects, 4.0, year, D(2027, 1, 1), kOne) ==
          TargetStatus::Met);
    CHECK(TargetStatusFor(About(5), TargetKind::Objects, 4.0, year, D(2027, 1, 1), kNone) ==
          TargetStatus::Behind);
    CHECK(TargetStatusFor(AtLeast(5), TargetKind::Objects, 1.6, year, mid, kNone) == TargetStatus::AtRisk);
    // Percentages and ranks have no pace.
    CHECK(TargetStatusFor(AtLeast(70), TargetKind::Percentage, 10.0, year, D(2026, 1, 2), kNone) ==
          TargetStatus::AtRisk);
    CHECK(TargetStatusFor(AtLeast(70), TargetKind::Percentage, 69.9, year, D(2027, 1, 2), kNone) ==
          TargetStatus::Behind);
    CHECK(TargetStatusFor(AtMost(23), TargetKind::Rank, 25.0, year, mid, kNone) == TargetStatus::AtRisk);
    CHECK(TargetStatusFor(AtMost(23), TargetKind::Rank, 23.0, year, mid, kNone) == TargetStatus::Met);
    // Nothing to judge: a percentage of an empty base, a manual value not entered.
    CHECK(TargetStatusFor(AtLeast(70), TargetKind::Percentage, std::nullopt, year, mid, kNone) ==
          TargetStatus::NoData);
}

TEST_CASE("Metric requests round-trip through their code and are checked against the catalogue", "[domain]") {
    MetricRequest request;
    request.id = "supported_enterprises";
    request.contents = {SupportContent::Consulting, SupportContent::TestingCertification};
    CHECK(request.Code() == "supported_enterprises?contents=consulting,testing_certification");
    CHECK(MetricRequest::Parse(request.Code()) == request);
    const auto ip = MetricRequest::Parse("ip_filed?ip_types=patent,utility_solution");
    CHECK(ip.ip_types.size() == 2);
    CHECK(MetricRequest::Parse("events?event_kind=workshop").event_kind == EventKind::Workshop);
    CHECK(RequireMetric(MetricRequest::Parse("outcome_share?outcome=technology_applied")).kind ==
          TargetKind::Percentage);
    CHECK_THROWS_AS(MetricRequest::Parse("no_such_metric"), DomainError);
    CHECK_THROWS_AS(MetricRequest::Parse("outcome_share"), DomainError);               // outcome required
    CHECK_THROWS_AS(MetricRequest::Parse("events?contents=consulting"), DomainError);  // not its parameter
    CHECK_THROWS_AS(MetricRequest::Parse("supported_enterprises?contents=teleportation"), DomainError);
    CHECK_THROWS_AS(MetricRequest::Parse("supported_enterprises?contents"), DomainError);
    for (const auto& metric : MetricCatalogue()) {
        INFO(metric.id);
        CHECK(FindMetric(metric.id) == &metric);
        CHECK_FALSE(metric.vi.empty());
    }
}

TEST_CASE("A plan is refused when its parts disagree", "[domain]") {
    Plan plan;
    plan.code = "KH-2026";
    plan.title = {"Kế hoạch", "Plan"};
    plan.first_year = plan.last_year = 2026;
    Target target;
    target.code = "T01";
    target.label = {"Hỗ trợ từ 15 doanh nghiệp", "Support at least 15 enterprises"};
    target.kind = TargetKind::DistinctEnterprises;
    target.bound = AtLeast(15);
    target.source = "000 mục II";
    target.metric = MetricRequest::Parse("supported_enterprises");
    plan.targets = {target};
    CHECK_NOTHROW(ValidatePlan(plan));
    plan.targets.push_back(target);
    CHECK_THROWS_AS(ValidatePlan(plan), DomainError);  // the same code twice
    plan.targets.pop_back();
    plan.targets[0].kind = TargetKind::Objects;
    try {
        ValidatePlan(plan);
        FAIL("a metric of another kind was accepted");
    } catch (const DomainError& error) {
        CHECK(error.Message(Language::English) ==
              "Target 'T01': metric 'supported_enterprises' gives 'distinct_enterprises' but the target's "
              "kind is 'objects'.");
    }
}

TEST_CASE("Report rules give their due dates, deadlines escalate at 30 and 7 days and when overdue",
          "[domain]") {
    Plan plan;
    plan.code = "KH";
    plan.first_year = plan.last_year = 2026;
    plan.reports = {
        ReportDeadline{{"Báo cáo quý", "Quarterly report"}, ReportRule::Quarterly, 12, 20, std::nullopt, ""},
        ReportDeadline{
            {"Báo cáo 6 tháng", "Half-year report"}, ReportRule::HalfYearly, 6, 5, std::nullopt, ""},
        ReportDeadline{{"Báo cáo năm 2026", "2026 report"}, ReportRule::Once, 1, 1, D(2027, 1, 10), ""}};
    const auto due = ReportDueDates(plan, D(2026, 5, 1), D(2027, 1, 31));
    REQUIRE(due.size() == 5);  // 05/06, 20/06, 20/09, 20/12, 10/01/2027, in order
    CHECK(due[0].due == D(2026, 6, 5));
    CHECK(due[0].label.en == "Half-year report (first half of 2026)");
    CHECK(due[1].due == D(2026, 6, 20));
    CHECK(due[1].label.vi == "Báo cáo quý (Quý II/2026)");
    CHECK(due.back().due == D(2027, 1, 10));

    CHECK(EscalationFor(D(2026, 6, 20), D(2026, 6, 21)) == Escalation::Overdue);
    CHECK(EscalationFor(D(2026, 6, 20), D(2026, 6, 20)) == Escalation::Due7);
    CHECK(EscalationFor(D(2026, 6, 20), D(2026, 6, 13)) == Escalation::Due7);
    CHECK(EscalationFor(D(2026, 6, 20), D(2026, 6, 12)) == Escalation::Due30);
    CHECK(EscalationFor(D(2026, 6, 20), D(2026, 5, 21)) == Escalation::Due30);
    CHECK(EscalationFor(D(2026, 6, 20), D(2026, 5, 20)) == Escalation::Later);
}
