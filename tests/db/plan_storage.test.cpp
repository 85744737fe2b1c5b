// What a plan file says beyond its figures, on both backends: the plan's province and 'about'
// tolerance, every bound form, a target's year due and its cooperating and monitoring units are
// stored and read back whole; the tolerance decides an 'about' target's status and is shown beside
// it; a qualitative target is assessed achieved (1) or not (0) and nothing else.
#include "scenario.h"
#include "test_helpers.h"

#include "domain/target_service.h"
#include "interchange/plan_file.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace innodesk;
using namespace innodesk::domain;

namespace {

CalendarDate D(int y, unsigned m, unsigned d) {
    return CalendarDate::FromYmd(y, m, d);
}

// Four targets, one of each new form and an "about" one; `tolerance` the plan's setting.
std::string PlanText(const std::string& tolerance) {
    return "format: innodesk-plan/1\n"
           "code: KH-MOI\n"
           "title: {vi: Kế hoạch mới, en: New plan}\n"
           "document: Văn bản\n"
           "province: Kon Tum\n"
           "about_tolerance: " +
           tolerance +
           "\n"
           "period: 2023-2030\n"
           "targets:\n"
           "  - code: HDI\n"
           "    label: {vi: Chỉ số phát triển con người, en: Human development index}\n"
           "    kind: objects\n"
           "    bound: {greater_than: 0.7}\n"
           "    source: 001 Phụ lục I, chỉ tiêu 25\n"
           "    metric: manual\n"
           "    by: 2025\n"
           "  - code: HATANG\n"
           "    label: {vi: Hạ tầng số, en: Digital infrastructure}\n"
           "    kind: objects\n"
           "    bound: {qualitative: {vi: \"Tiên tiến, hiện đại\", en: Advanced and modern}}\n"
           "    lead: {vi: Sở KH&CN, en: DOST}\n"
           "    cooperating: [{vi: Sở Tài chính, en: Department of Finance}, {vi: Công an tỉnh, en: "
           "Police}]\n"
           "    monitoring: [{vi: Văn phòng UBND tỉnh, en: Office of the People's Committee}]\n"
           "    source: 001 Phụ lục I, chỉ tiêu 2\n"
           "    metric: manual\n"
           "  - code: SANGCHE\n"
           "    label: {vi: Đơn sáng chế tăng, en: Patent filings up}\n"
           "    kind: percentage\n"
           "    bound: {change_per_year: 10}\n"
           "    source: 001 Phụ lục I, chỉ tiêu 28\n"
           "    metric: manual\n"
           "  - code: DNKHCN\n"
           "    label: {vi: Doanh nghiệp KH&CN, en: S&T enterprises}\n"
           "    kind: objects\n"
           "    bound: {about: 5}\n"
           "    unit: {vi: doanh nghiệp, en: enterprises}\n"
           "    source: 004 mục II\n"
           "    metric: manual\n";
}

const TargetEvaluation& Of(const PlanEvaluation& evaluation, const std::string& code) {
    const auto found = std::find_if(evaluation.targets.begin(), evaluation.targets.end(),
                                    [&](const TargetEvaluation& t) { return t.code == code; });
    REQUIRE(found != evaluation.targets.end());
    return *found;
}

}  // namespace

TEST_CASE("A plan's province, tolerance, bound forms, year due and units are stored and read back whole",
          "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    TargetService service(db.Store(), s.clock);
    service.Import(interchange::ParsePlanFile(PlanText("20%"), db.Text()), s.officer);

    const Plan plan = service.Get("KH-MOI");
    CHECK(plan.province == "Quảng Ngãi");  // Kon Tum merged into it in 2025
    CHECK(plan.about_tolerance == AboutTolerance{20, true});
    const Target* hdi = plan.FindTarget("HDI");
    REQUIRE(hdi);
    CHECK(hdi->bound.form == BoundForm::GreaterThan);
    CHECK(hdi->bound.min == 0.7);
    CHECK(hdi->due_year == 2025);
    const Target* infrastructure = plan.FindTarget("HATANG");
    REQUIRE(infrastructure);
    CHECK(infrastructure->bound.form == BoundForm::Qualitative);
    CHECK(infrastructure->bound.quality.vi == "Tiên tiến, hiện đại");
    CHECK(infrastructure->bound.quality.en == "Advanced and modern");
    REQUIRE(infrastructure->cooperating_units.size() == 2);
    CHECK(infrastructure->cooperating_units[1].vi == "Công an tỉnh");
    REQUIRE(infrastructure->monitoring_units.size() == 1);
    CHECK(infrastructure->monitoring_units[0].en == "Office of the People's Committee");
    CHECK(plan.FindTarget("SANGCHE")->bound.form == BoundForm::ChangePerYear);
    CHECK(plan.FindTarget("SANGCHE")->bound.min == 10);
    CHECK_FALSE(plan.FindTarget("DNKHCN")->due_year.has_value());
    CHECK(plan.FindTarget("DNKHCN")->cooperating_units.empty());

    // Imported again with another tolerance: the plan is replaced, its setting with it.
    service.Import(interchange::ParsePlanFile(PlanText("1"), db.Text()), s.officer);
    CHECK(service.Get("KH-MOI").about_tolerance == AboutTolerance{1, false});
    CHECK(service.Get("KH-MOI").version == 2);
}

TEST_CASE("The plan's tolerance decides an 'about' target and is shown beside it", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);  // today is 15/06/2026
    TargetService service(db.Store(), s.clock);
    service.Import(interchange::ParsePlanFile(PlanText("1"), db.Text()), s.officer);
    service.SetIndicator("KH-MOI", "DNKHCN", 4, "Sở KH&CN, báo cáo 2026", D(2026, 6, 1), s.officer);
    const auto loose = Of(service.Evaluate("KH-MOI", Period::Parse("2023-2030"), D(2026, 6, 15)), "DNKHCN");
    CHECK(loose.bound_text.vi == "khoảng 5 (±1) doanh nghiệp");
    CHECK(loose.bound_text.en == "about 5 (±1) enterprises");
    CHECK(loose.status == TargetStatus::Met);  // 4 is within 1 of 5

    // 10% of 5 is 0,5: 4 falls short of 4,5 and is judged by the pace of 2023–2030 instead.
    service.Import(interchange::ParsePlanFile(PlanText("10%"), db.Text()), s.officer);
    const auto strict = Of(service.Evaluate("KH-MOI", Period::Parse("2023-2030"), D(2026, 6, 15)), "DNKHCN");
    CHECK(strict.bound_text.vi == "khoảng 5 (±10%) doanh nghiệp");
    CHECK(strict.status == TargetStatus::OnTrack);  // 4 + 0,5 ≥ 5 × 1.262 / 2.922 days ≈ 2,2
}

TEST_CASE("A qualitative target is assessed achieved or not, with the officer's note", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    TargetService service(db.Store(), s.clock);
    service.Import(interchange::ParsePlanFile(PlanText("0"), db.Text()), s.officer);
    const auto before = Of(service.Evaluate("KH-MOI", Period::Parse("2023-2030"), D(2026, 6, 15)), "HATANG");
    CHECK(before.status == TargetStatus::NoData);
    CHECK(before.bound_text.vi == "Tiên tiến, hiện đại");

    // Anything but 1 or 0 is refused, and nothing is stored.
    const auto refused = testing::Refusal(
        [&] { service.SetIndicator("KH-MOI", "HATANG", 0.5, "Đánh giá", D(2026, 6, 1), s.officer); });
    CHECK(refused.Message(Language::English) ==
          "Target 'HATANG' is qualitative (Advanced and modern): enter 1 (achieved) or 0 (not achieved), not "
          "0.5.");
    CHECK(Of(service.Evaluate("KH-MOI", Period::Parse("2023-2030"), D(2026, 6, 15)), "HATANG").status ==
          TargetStatus::NoData);

    service.SetIndicator("KH-MOI", "HATANG", 0, "Chưa phủ 5G ở 12 xã miền núi", D(2026, 6, 1), s.officer);
    const auto behind = Of(service.Evaluate("KH-MOI", Period::Parse("2023-2030"), D(2026, 6, 15)), "HATANG");
    CHECK(behind.status == TargetStatus::Behind);  // not achieved is not a pace
    REQUIRE(behind.manual_value);
    CHECK(behind.manual_value->source == "Chưa phủ 5G ở 12 xã miền núi");

    service.SetIndicator("KH-MOI", "HATANG", 1, "Đã hoàn thành", D(2026, 6, 10), s.officer);
    CHECK(Of(service.Evaluate("KH-MOI", Period::Parse("2023-2030"), D(2026, 6, 15)), "HATANG").status ==
          TargetStatus::Met);
    CHECK_NOTHROW(RequireQualitative(*service.Get("KH-MOI").FindTarget("HATANG")));
    CHECK_THROWS_AS(RequireQualitative(*service.Get("KH-MOI").FindTarget("HDI")), DomainError);
}
