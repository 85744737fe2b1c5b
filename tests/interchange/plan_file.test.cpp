// Plan files: every shipped plan loads with the figures of its source; a malformed file is
// refused with the line and the reason, whatever the bytes.
#include "interchange/plan_file.h"
#include "text/icu_text_rules.h"

#include "test_support.h"

#include <filesystem>

using namespace innodesk;
using innodesk::interchange::test::ErrorFrom;

namespace {

std::filesystem::path PlansFolder() {
    return std::filesystem::path(INNODESK_SOURCE_DIR) / "data" / "plans";
}

const text::IcuTextRules& Text() {
    static const text::IcuTextRules rules;
    return rules;
}

// A small valid plan; `target` replaces its one target's body (indented by four spaces).
std::string PlanText(const std::string& target = "") {
    return "format: innodesk-plan/1\n"                                                          // 1
           "code: KH-TEST\n"                                                                    // 2
           "title: {vi: Kế hoạch thử, en: Test plan}\n"                                         // 3
           "document: Văn bản thử\n"                                                            // 4
           "period: 2026\n"                                                                     // 5
           "targets:\n"                                                                         // 6
           "  - code: T01\n"                                                                    // 7
           "    label: {vi: Hỗ trợ từ 15 doanh nghiệp, en: Support at least 15 enterprises}\n"  // 8
           "    kind: distinct_enterprises\n"                                                   // 9
           "    source: 000 mục II\n" +                                                         // 10
           (target.empty() ? "    bound: {at_least: 15}\n    metric: supported_enterprises\n"
                           : target);  // 11–
}

std::string RefusalOf(const std::string& text) {
    const auto error = ErrorFrom([&] { interchange::ParsePlanFile(text, Text()); });
    CHECK(error.Code() == domain::ErrorCode::FileFormat);
    return error.Message(domain::Language::English);
}

}  // namespace

TEST_CASE("Every shipped plan file loads", "[interchange]") {
    std::size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(PlansFolder())) {
        if (entry.path().extension() != ".yaml") continue;
        INFO(entry.path().filename().string());
        ++files;
        const domain::Plan plan = interchange::ReadPlanFile(entry.path(), Text());
        CHECK_FALSE(plan.targets.empty());
        for (const auto& target : plan.targets) {
            INFO(target.code);
            CHECK_FALSE(target.label.vi.empty());
            CHECK_FALSE(target.label.en.empty());
            CHECK_FALSE(target.source.empty());
            CHECK(target.line > 0);
        }
    }
    CHECK(files == 5);
}

TEST_CASE("The shipped plans carry their sources' figures", "[interchange]") {
    const auto plan000 = interchange::ReadPlanFile(PlansFolder() / "000-khanh-hoa-dmst-dn-2026.yaml", Text());
    CHECK(plan000.code == "KH-DMST-DN-2026");
    CHECK(plan000.first_year == 2026);
    CHECK(plan000.targets.size() == 25);
    const auto* t01 = plan000.FindTarget("T01");
    REQUIRE(t01);
    CHECK(t01->label.vi == "Hỗ trợ từ 15 doanh nghiệp triển khai hoạt động ĐMST");
    CHECK(t01->bound.form == domain::BoundForm::AtLeast);
    CHECK(t01->bound.min == 15);
    const auto* t08 = plan000.FindTarget("T08");
    REQUIRE(t08);
    CHECK(t08->bound.form == domain::BoundForm::Range);
    CHECK(t08->bound.min == 100);
    CHECK(t08->bound.max == 150);
    CHECK(t08->metric->Code() == "training_person_times?event_kind=training_course");
    CHECK_FALSE(plan000.FindTarget("PL35")->metric.has_value());  // internships: entered by hand
    REQUIRE(plan000.reports.size() == 1);
    CHECK(plan000.reports[0].date == domain::CalendarDate::FromYmd(2027, 1, 9));  // "trước ngày 10/01/2027"

    const auto plan002 =
        interchange::ReadPlanFile(PlansFolder() / "002-hue-khcn-dmst-2026-2030.yaml", Text());
    CHECK(plan002.first_year == 2026);
    CHECK(plan002.last_year == 2030);
    REQUIRE(plan002.rubric.size() == 10);
    CHECK(plan002.rubric[0].criterion.code == "problem");
    CHECK(plan002.rubric[9].criterion.code == "priority");
    CHECK(plan002.FindTarget("PL2-a")->per_year);

    const auto plan001 =
        interchange::ReadPlanFile(PlansFolder() / "001-khanh-hoa-khcn-dmst-cds-2026.yaml", Text());
    CHECK(plan001.reports.size() == 9);
    CHECK(plan001.FindTarget("29")->bound.min == 2);
    const auto plan004 = interchange::ReadPlanFile(PlansFolder() / "004-kon-tum-khcn-dmst-2030.yaml", Text());
    CHECK(plan004.FindTarget("MT-TYLE-DMST")->bound.form == domain::BoundForm::About);
    CHECK(plan004.FindTarget("MT-TYLE-DMST")->bound.max == 5);
    const auto plan003 =
        interchange::ReadPlanFile(PlansFolder() / "003-khanh-hoa-khcn-dmst-2026.yaml", Text());
    CHECK(plan003.FindTarget("III.2")->kind == domain::TargetKind::Rank);
}

TEST_CASE("The shipped plans use the seeds' bound forms, units and metrics", "[interchange]") {
    const auto plan000 = interchange::ReadPlanFile(PlansFolder() / "000-khanh-hoa-dmst-dn-2026.yaml", Text());
    // "khoảng 05 nhiệm vụ ĐMST cấp tỉnh": provincial tasks, with the department's tolerance beside it.
    CHECK(plan000.about_tolerance == domain::AboutTolerance{20, true});
    CHECK(plan000.FindTarget("T02")->metric->Code() == "tasks_carried_out?level=provincial");
    CHECK(domain::DescribeBound(plan000.FindTarget("T02")->bound, plan000.FindTarget("T02")->unit,
                                plan000.about_tolerance)
              .vi == "khoảng 5 (±20%) nhiệm vụ");
    // The appendix's "Đơn vị phối hợp" column: cooperating units, not a monitoring body.
    CHECK(plan000.FindTarget("PL18")->cooperating_units.size() == 2);
    CHECK(plan000.FindTarget("PL18")->monitoring_units.empty());

    const auto plan001 =
        interchange::ReadPlanFile(PlansFolder() / "001-khanh-hoa-khcn-dmst-cds-2026.yaml", Text());
    CHECK(plan001.FindTarget("2")->bound.form == domain::BoundForm::Qualitative);
    CHECK(plan001.FindTarget("2")->bound.quality.vi == "Tiên tiến, hiện đại");
    CHECK(plan001.FindTarget("27")->bound.quality.vi == "Đạt mức cao của cả nước");
    CHECK(plan001.FindTarget("46")->bound.quality.vi == "Vận hành thông suốt");
    CHECK(plan001.FindTarget("46")->cooperating_units.at(0).vi == "Công an tỉnh và các sở, ban, ngành");
    CHECK(plan001.FindTarget("25")->bound.form == domain::BoundForm::GreaterThan);
    CHECK(plan001.FindTarget("25")->bound.min == 0.7);
    CHECK(plan001.FindTarget("28")->bound.form == domain::BoundForm::ChangePerYear);
    CHECK(plan001.FindTarget("28")->metric->Code() == "ip_filings_and_grants?ip_types=patent");
    CHECK(plan001.FindTarget("21")->metric->Code() == "tasks_accepted?level=provincial");
    CHECK(plan001.FindTarget("22")->metric->Code() == "tasks_carried_out?level=provincial");
    CHECK(plan001.FindTarget("23")->metric->Code() == "tasks_applied_share?level=provincial");
    CHECK(plan001.FindTarget("30")->metric->Code() == "ip_exploited_share?ip_types=patent");
    CHECK(plan001.FindTarget("34")->metric->Code() == "startup_projects_supported");
    CHECK(plan001.FindTarget("37")->metric->Code() == "rd_cooperation_enterprises");
    CHECK(plan001.FindTarget("40.10")->bound.min == 100);
    CHECK(plan001.FindTarget("40") == nullptr);        // a heading over its ten rows
    CHECK(plan001.FindTarget("52")->bound.max == 14);  // "14/34 tỉnh, thành phố"

    const auto plan002 =
        interchange::ReadPlanFile(PlansFolder() / "002-hue-khcn-dmst-2026-2030.yaml", Text());
    CHECK(plan002.FindTarget("MT-HOTRO-DNKHCN")->metric->Code() == "supported_st_enterprises");
    CHECK(plan002.FindTarget("MT-HOTRO-DNKHCN")->bound.min == 50);
    CHECK(plan002.FindTarget("MT-HOTRO-KNCN")->metric->Code() == "supported_startups");
    CHECK(plan002.FindTarget("MT-HOTRO-KNCN")->bound.min == 300);
    CHECK(plan002.FindTarget("PL5")->per_year);

    const auto plan003 =
        interchange::ReadPlanFile(PlansFolder() / "003-khanh-hoa-khcn-dmst-2026.yaml", Text());
    // "Cơ quan theo dõi, tổng hợp": the monitoring body.
    CHECK(plan003.FindTarget("I.2")->monitoring_units.at(0).vi == "Sở Khoa học và Công nghệ");
    CHECK(plan003.FindTarget("I.2")->cooperating_units.empty());
    CHECK(plan003.FindTarget("I.2")->metric->Code() == "tasks_ordered_share");
    CHECK(plan003.FindTarget("I.3")->metric->Code() == "tasks_ordered_cofunded_share");
    CHECK(plan003.FindTarget("I.6")->metric->Code() == "tasks_tracked_share");
    CHECK(plan003.FindTarget("II.4")->metric->Code() == "st_enterprises_certified");
    CHECK(plan003.FindTarget("II.1")->monitoring_units.at(0).vi == "Sở Tài chính");

    const auto plan004 = interchange::ReadPlanFile(PlansFolder() / "004-kon-tum-khcn-dmst-2030.yaml", Text());
    CHECK(plan004.FindTarget("MT-TFP-2025")->due_year == 2025);
    CHECK(plan004.FindTarget("MT-CHI-2025")->bound.form == domain::BoundForm::GreaterThan);
    CHECK_FALSE(plan004.FindTarget("MT-TFP")->due_year.has_value());
}

TEST_CASE("A valid plan text parses and keeps its text", "[interchange]") {
    const auto plan = interchange::ParsePlanFile(PlanText(), Text());
    CHECK(plan.code == "KH-TEST");
    CHECK(plan.source_text == PlanText());
    CHECK(plan.targets.at(0).line == 7);
    // A UTF-8 byte-order mark, as Windows editors write it, is allowed.
    CHECK(interchange::ParsePlanFile("\xEF\xBB\xBF" + PlanText(), Text()).code == "KH-TEST");
}

TEST_CASE("A malformed plan file is refused with the line and the reason", "[interchange]") {
    SECTION("a range upside down, reported at its target") {
        CHECK(RefusalOf(PlanText("    bound: {range: [150, 100]}\n    metric: supported_enterprises\n")) ==
              "Plan file, line 7: Target 'T01': the low end 150 is above the high end 100; a bound needs min "
              "≤ max.");
    }
    SECTION("an unknown key") {
        CHECK(RefusalOf(PlanText(
                  "    bound: {at_least: 15}\n    metric: supported_enterprises\n    colour: red\n")) ==
              "Plan file, line 13: key 'colour' is not used in a target; the keys are: bound, by, code, "
              "cooperating, kind, label, lead, metric, monitoring, per_year, source, stt, unit.");
    }
    SECTION("an unknown metric") {
        const auto message =
            RefusalOf(PlanText("    bound: {at_least: 15}\n    metric: happy_enterprises\n"));
        CHECK(message.rfind("Plan file, line 12: There is no metric 'happy_enterprises'; use one of: ", 0) ==
              0);
    }
    SECTION("a metric of another kind") {
        CHECK(RefusalOf(PlanText("    bound: {at_least: 15}\n    metric: ip_filed\n")) ==
              "Plan file, line 7: Target 'T01': metric 'ip_filed' gives 'objects' but the target's kind is "
              "'distinct_enterprises'.");
    }
    SECTION("a bound that is not a number") {
        CHECK(RefusalOf(PlanText("    bound: {at_least: mười lăm}\n    metric: supported_enterprises\n")) ==
              "Plan file, line 11: 'at_least' must be a number (with a point for decimals), not 'mười lăm'.");
    }
    SECTION("two bound forms") {
        CHECK(RefusalOf(
                  PlanText("    bound: {at_least: 1, at_most: 2}\n    metric: supported_enterprises\n")) ==
              "Plan file, line 11: 'bound' needs exactly one form: at_least, about, range, at_most, "
              "greater_than, qualitative or change_per_year.");
    }
    SECTION("a missing key") {
        CHECK(RefusalOf(PlanText("    metric: supported_enterprises\n")) ==
              "Plan file, line 7: the key 'bound' is missing.");
    }
    SECTION("a target code used twice") {
        const std::string twice = PlanText() +
                                  "  - code: T01\n    label: {vi: Lần hai, en: Twice}\n    kind: objects\n"
                                  "    source: x\n    bound: {about: 2}\n    metric: ip_granted\n";
        CHECK(RefusalOf(twice) ==
              "Plan file, line 13: target code 'T01' is already used by an earlier target.");
    }
    SECTION("a percentage above 100") {
        CHECK(
            RefusalOf(PlanText("    bound: {at_least: 120}\n    metric: manual\n")
                          .replace(PlanText().find("kind: distinct_enterprises"), 26, "kind: percentage")) ==
            "Plan file, line 7: Target 'T01': a percentage cannot exceed 100%.");
    }
    SECTION("broken YAML") {
        CHECK(RefusalOf("format: innodesk-plan/1\ncode: [unclosed\n")
                  .rfind("Plan file, line 3: the YAML is not valid", 0) == 0);
    }
    SECTION("the wrong format") {
        CHECK(RefusalOf("format: innodesk-plan/9\n") ==
              "Plan file, line 1: format 'innodesk-plan/9' is not supported; use 'innodesk-plan/1'.");
    }
    SECTION("invalid UTF-8, with its line") {
        CHECK(RefusalOf("format: innodesk-plan/1\ncode: K\xC3\x28\n") ==
              "Plan file, line 2: the file is not valid UTF-8 text (byte 32). Save it again as UTF-8.");
        CHECK(RefusalOf("code: \xED\xA0\x80\n").rfind("Plan file, line 1: the file is not valid UTF-8", 0) ==
              0);  // a surrogate
        CHECK(RefusalOf("code: \xC0\xAF\n").rfind("Plan file, line 1: the file is not valid UTF-8", 0) ==
              0);  // overlong
    }
    SECTION("nesting deep enough to exhaust the parser's stack") {
        CHECK(RefusalOf("code: " + std::string(10000, '[')) ==
              "Plan file, line 1: brackets are nested too deeply.");
        std::string dashes;
        for (int i = 0; i < 5000; ++i) dashes += "- ";
        CHECK(RefusalOf(dashes + "x\n") == "Plan file, line 1: the indentation or nesting is too deep.");
    }
    SECTION("not a mapping, empty, binary") {
        CHECK(RefusalOf("- a\n- b\n").rfind("Plan file, line 1: a plan file must be a mapping", 0) == 0);
        CHECK(RefusalOf("").rfind("Plan file, line 1: a plan file must be a mapping", 0) == 0);
        CHECK(RefusalOf(std::string("a\0b", 3)) ==
              "Plan file, line 1: the file contains a NUL byte; it is not a text file.");
    }
}

// PlanText() with `header` (lines of plan keys) after its period (line 5), the target's body given.
std::string PlanWith(const std::string& header, const std::string& target = "") {
    std::string text = PlanText(target);
    return text.insert(text.find("targets:\n"), header);
}

TEST_CASE("A plan names its province and its tolerance for 'about' targets", "[interchange]") {
    const auto plan =
        interchange::ParsePlanFile(PlanWith("province: tỉnh Khánh Hoà\nabout_tolerance: 1\n"), Text());
    CHECK(plan.province == "Khánh Hòa");  // the unit's one spelling
    CHECK(plan.about_tolerance == domain::AboutTolerance{1, false});
    // A former province gives the unit it merged into in 2025.
    CHECK(interchange::ParsePlanFile(PlanWith("province: Kon Tum\n"), Text()).province == "Quảng Ngãi");
    const auto percent = interchange::ParsePlanFile(PlanWith("about_tolerance: 10%\n"), Text());
    CHECK(percent.about_tolerance == domain::AboutTolerance{10, true});
    // Neither named: no province, no tolerance ("khoảng 5" means 5).
    const auto bare = interchange::ParsePlanFile(PlanText(), Text());
    CHECK(bare.province.empty());
    CHECK(bare.about_tolerance.None());
    SECTION("a province that names no unit, with its line") {
        CHECK_THAT(RefusalOf(PlanWith("province: Atlantis\n")), Catch::StartsWith("Plan file, line 6: "));
        CHECK_THAT(RefusalOf(PlanWith("province: Atlantis\n")), Catch::Contains("Atlantis"));
    }
    SECTION("a tolerance that is not a number or a percent") {
        CHECK(RefusalOf(PlanWith("period_note: x\n")).rfind("Plan file, line 6: key 'period_note'", 0) == 0);
        CHECK(
            RefusalOf(PlanWith("about_tolerance: một\n")) ==
            "Plan file, line 6: The tolerance of 'about' targets 'một' is not valid: write a number of zero "
            "or more (1) or a percent of the figure (10%, at most 100%).");
        CHECK_THAT(RefusalOf(PlanWith("about_tolerance: 150%\n")), Catch::StartsWith("Plan file, line 6: "));
        CHECK_THAT(RefusalOf(PlanWith("about_tolerance: -2\n")), Catch::StartsWith("Plan file, line 6: "));
    }
}

TEST_CASE("Bounds 'greater than', qualitative and per year, and a target's year due, are read",
          "[interchange]") {
    const std::string kind = "kind: distinct_enterprises";
    const auto with_kind = [&](const std::string& text, const std::string& other) {
        std::string copy = text;
        return copy.replace(copy.find(kind), kind.size(), "kind: " + other);
    };
    SECTION("greater than") {
        const auto plan = interchange::ParsePlanFile(
            with_kind(PlanText("    bound: {greater_than: 0.7}\n    metric: manual\n"), "objects"), Text());
        CHECK(plan.targets[0].bound.form == domain::BoundForm::GreaterThan);
        CHECK(plan.targets[0].bound.min == 0.7);
    }
    SECTION("qualitative, in the plan's words") {
        const auto plan = interchange::ParsePlanFile(
            with_kind(
                PlanText("    bound: {qualitative: {vi: \"Tiên tiến, hiện đại\", en: Advanced and modern}}\n"
                         "    metric: manual\n"),
                "objects"),
            Text());
        const auto& bound = plan.targets[0].bound;
        CHECK(bound.form == domain::BoundForm::Qualitative);
        CHECK(bound.quality.vi == "Tiên tiến, hiện đại");
        CHECK(bound.quality.en == "Advanced and modern");
        CHECK(domain::DescribeBound(bound, plan.targets[0].unit).vi == "Tiên tiến, hiện đại");
        // Assessed by an officer: never computed.
        CHECK(RefusalOf(with_kind(PlanText("    bound: {qualitative: {vi: Cao, en: High}}\n"
                                           "    metric: ip_granted\n"),
                                  "objects")) ==
              "Plan file, line 7: Target 'T01': a qualitative target is assessed by an officer; write "
              "'metric: manual'.");
        CHECK(RefusalOf(
                  with_kind(PlanText("    bound: {qualitative: Cao}\n    metric: manual\n"), "objects")) ==
              "Plan file, line 11: 'qualitative' must be a mapping of keys to values.");
    }
    SECTION("change per year") {
        const auto plan = interchange::ParsePlanFile(
            with_kind(PlanText("    bound: {change_per_year: 10}\n    metric: manual\n"), "percentage"),
            Text());
        CHECK(plan.targets[0].bound.form == domain::BoundForm::ChangePerYear);
        CHECK(plan.targets[0].bound.min == 10);
        CHECK(RefusalOf(PlanText("    bound: {change_per_year: 10}\n    metric: manual\n")) ==
              "Plan file, line 7: Target 'T01': a change per year is a percentage: use kind 'percentage'.");
    }
    SECTION("the year due, inside the plan's period") {
        std::string text = PlanText("    bound: {at_least: 5}\n    metric: manual\n    by: 2025\n");
        text.replace(text.find("period: 2026"), 12, "period: 2023-2030");
        const auto plan = interchange::ParsePlanFile(text, Text());
        CHECK(plan.targets[0].due_year == 2025);
        CHECK_FALSE(interchange::ParsePlanFile(PlanText(), Text()).targets[0].due_year.has_value());
        CHECK(RefusalOf(PlanText("    bound: {at_least: 5}\n    metric: manual\n    by: 2025\n")) ==
              "Plan file, line 7: Target 'T01': the year due 2025 lies outside the plan's period 2026–2026.");
        CHECK_THAT(RefusalOf(PlanText("    bound: {at_least: 5}\n    metric: manual\n    by: sớm\n")),
                   Catch::StartsWith("Plan file, line 13: "));
    }
    SECTION("cooperating units beside the monitoring body") {
        const auto plan = interchange::ParsePlanFile(
            PlanText("    bound: {at_least: 15}\n    metric: supported_enterprises\n"
                     "    cooperating: [{vi: Sở Tài chính, en: Department of Finance}]\n"
                     "    monitoring: [{vi: Sở KH&CN, en: DOST}]\n"),
            Text());
        CHECK(plan.targets[0].cooperating_units.at(0).en == "Department of Finance");
        CHECK(plan.targets[0].monitoring_units.at(0).en == "DOST");
        CHECK(RefusalOf(PlanText("    bound: {at_least: 15}\n    metric: supported_enterprises\n"
                                 "    cooperating: Sở Tài chính\n")) ==
              "Plan file, line 13: 'cooperating' must be a list of units {vi, en}.");
    }
}

TEST_CASE("Work items and reporting duties are read with their timing and due days", "[interchange]") {
    const std::string text = PlanText() +
                             "reports:\n"                                                        // 13
                             "  - code: R01\n"                                                   // 14
                             "    label: {vi: Báo cáo quý, en: Quarterly report}\n"              // 15
                             "    from: {vi: \"Các sở, ban, ngành\", en: Departments}\n"         // 16
                             "    to: dost\n"                                                    // 17
                             "    rule: quarterly\n"                                             // 18
                             "    before: 20\n"                                                  // 19
                             "  - label: {vi: Báo cáo năm, en: Yearly report}\n"                 // 20
                             "    rule: yearly\n"                                                // 21
                             "    before: 01/12\n"                                               // 22
                             "  - label: {vi: Báo cáo kết quả, en: Results report}\n"            // 23
                             "    rule: once\n"                                                  // 24
                             "    before: 10/01/2027\n"                                          // 25
                             "  - label: {vi: Cập nhật tháng, en: Monthly update}\n"             // 26
                             "    to: central_monitoring\n"                                      // 27
                             "    rule: monthly\n"                                               // 28
                             "work_items:\n"                                                     // 29
                             "  - code: A01\n"                                                   // 30
                             "    stt: \"1.\"\n"                                                 // 31
                             "    content: {vi: Xây dựng chính sách, en: Draft the policy}\n"    // 32
                             "    lead: {vi: Sở KH&CN, en: DOST}\n"                              // 33
                             "    cooperating: [{vi: Sở Tư pháp, en: Department of Justice}]\n"  // 34
                             "    product: {vi: Dự thảo Nghị quyết, en: Draft resolution}\n"     // 35
                             "    timing: Tháng 7/2026\n"                                        // 36
                             "    source: 000 Phụ lục, dòng 1\n"                                 // 37
                             "  - code: A12\n"                                                   // 38
                             "    content: {vi: Thông báo, en: Announce}\n"                      // 39
                             "    timing: Thường xuyên\n"                                        // 40
                             "    source: 000 Phụ lục, dòng 12\n";                               // 41
    const auto plan = interchange::ParsePlanFile(text, Text());
    REQUIRE(plan.reports.size() == 4);
    CHECK(plan.reports[0].code == "R01");
    CHECK(plan.reports[0].day == 19);  // "trước ngày 20": due by the 19th
    CHECK(plan.reports[0].from.vi == "Các sở, ban, ngành");
    CHECK(plan.reports[0].line == 14);
    CHECK(plan.reports[1].code == "R2");  // numbered by position when the file gives none
    CHECK(plan.reports[1].month == 11);
    CHECK(plan.reports[1].day == 30);  // "trước ngày 01 tháng 12"
    CHECK(plan.reports[2].date == domain::CalendarDate::FromYmd(2027, 1, 9));
    CHECK(plan.reports[3].rule == domain::ReportRule::Monthly);
    CHECK(plan.reports[3].day == 0);  // the month's last day
    CHECK(plan.reports[3].to == domain::ReportRecipient::CentralMonitoringSystem);
    REQUIRE(plan.work_items.size() == 2);
    const auto& a01 = plan.work_items[0];
    CHECK(a01.line == 30);
    CHECK(a01.cooperating_units.at(0).en == "Department of Justice");
    CHECK(a01.timing.Due() == domain::CalendarDate::FromYmd(2026, 7, 31));
    CHECK(plan.work_items[1].timing.kind == domain::TimingKind::Recurring);
}

TEST_CASE("A plan file written before work items and duty codes still loads", "[interchange]") {
    // The reports of format 1 as first shipped: day and month are the day due by.
    const auto plan = interchange::ParsePlanFile(PlanText() +
                                                     "reports:\n"
                                                     "  - label: {vi: Báo cáo quý, en: Quarterly}\n"
                                                     "    rule: quarterly\n"
                                                     "    day: 20\n",
                                                 Text());
    REQUIRE(plan.reports.size() == 1);
    CHECK(plan.reports[0].code == "R1");
    CHECK(plan.reports[0].day == 20);
    CHECK(plan.reports[0].to == domain::ReportRecipient::Dost);
    CHECK(plan.work_items.empty());
}

TEST_CASE("A malformed work item or duty is refused with its line", "[interchange]") {
    const std::string item = PlanText() +
                             "work_items:\n"                        // 13
                             "  - code: A01\n"                      // 14
                             "    content: {vi: Việc, en: Work}\n"  // 15
                             "    source: x\n";                     // 16
    SECTION("a timing that cannot be read") {
        CHECK(RefusalOf(item + "    timing: sớm thôi\n") ==
              "Plan file, line 17: work item 'A01': Timing 'sớm thôi' cannot be read: it is not one of the "
              "known forms. Use one of the forms: Tháng 7/2026, 12/2026, 20/02/2026, Quý III/2026, 6 tháng "
              "đầu năm 2026, Năm 2026, 2026–2030, Thường xuyên, Theo Kế hoạch số ….");
    }
    SECTION("a missing timing") {
        CHECK(RefusalOf(item) == "Plan file, line 14: the key 'timing' is missing.");
    }
    SECTION("a work item code used twice") {
        CHECK(RefusalOf(item + "    timing: 2026\n  - code: A01\n    content: {vi: V, en: W}\n"
                               "    timing: 2026\n    source: y\n") ==
              "Plan file, line 18: work item code 'A01' is already used by an earlier work item.");
    }
    SECTION("an unknown key") {
        CHECK_THAT(RefusalOf(item + "    timing: 2026\n    owner: me\n"),
                   Catch::StartsWith("Plan file, line 18: key 'owner' is not used in a work item"));
    }
    SECTION("a duty's 'before' in the wrong form") {
        CHECK(RefusalOf(PlanText() + "reports:\n  - label: {vi: Năm, en: Year}\n    rule: yearly\n"
                                     "    before: 20\n") ==
              "Plan file, line 16: 'before' of rule 'yearly' is a day/month (dd/mm, day 1–28), not '20'.");
    }
    SECTION("a duty code used twice") {
        CHECK(RefusalOf(PlanText() +
                        "reports:\n  - {code: R1, label: {vi: A, en: A}, rule: quarterly, day: 5}\n"
                        "  - {code: R1, label: {vi: B, en: B}, rule: quarterly, day: 5}\n") ==
              "Plan file, line 15: report code 'R1' is already used by an earlier report.");
    }
    SECTION("an unknown recipient") {
        CHECK_THAT(RefusalOf(PlanText() + "reports:\n  - {label: {vi: A, en: A}, to: mayor, rule: quarterly, "
                                          "day: 5}\n"),
                   Catch::StartsWith("Plan file, line 14: The value of 'to' 'mayor' is not valid"));
    }
}

TEST_CASE("Every shipped plan carries every target, work item and reporting duty of its source",
          "[interchange]") {
    struct Expected {
        const char* file;
        std::size_t targets;
        std::size_t work_items;
        std::size_t duties;
        const char* province;
    };
    // Counted in ../shared/seeds, not from the files. Targets:
    // 000: section II (9) and appendix rows 18-30, 34 and 35 (16): 25.
    // 001: appendix I, indicators 1-53 where 40 is a heading over ten "-" rows (52 + 10): 62.
    // 002: section I.2, its eleven points split into one target per figure (20), and appendix II
    //      items 1, 2 a)-d), 3, 4, 5 (8): 28.
    // 003: annex 01, sections I (7), II (5) and III (7): 19; section IV refers to another plan.
    // 004: section II.2, the figures of 2025 (TFP 40%, state investment above 1%) and of 2030
    //      (TFP 45%, 2%, about 5 S&T enterprises, about 3-5% innovating, 3-5 patents): 7.
    // Work items and duties:
    // 000: appendix rows 1-17, 31-33 and 36-39 (24; rows 18-30, 34 and 35 are targets). One
    //      duty: V.7, units report to DOST before 10/01/2027.
    // 001: appendix II, 13 numbered rows and 1 unnumbered row under heading II (14); appendix III,
    //      rows 1-105 where row 26 is a heading over five "-" rows (104 + 5 = 109): 123. Duties:
    //      IV.1 quarterly / half-year / yearly to DOST, IV.2 the DOST's three to the Provincial
    //      People's Committee, appendix II's footnote 1 (monthly, central monitoring system), IV.1's
    //      action plans (01/2026) and budget estimates (03/2026): 9.
    // 002: appendix II, items 1, 2 a)-d), 3, 4, 5 (8; item 2 is a heading). Section II's points
    //      name no lead unit nor timing and are not transcribed. No duty with a date.
    // 003: annex 01, section I rows 1-7 (7). No duty stated.
    // 004: no activity table (its section III is prose); duties IV.4 (units, before 20/11) and
    //      IV.1 (DOST, before 05/12): 2.
    const Expected expected[] = {
        {"000-khanh-hoa-dmst-dn-2026.yaml", 25, 24, 1, "Khánh Hòa"},
        {"001-khanh-hoa-khcn-dmst-cds-2026.yaml", 62, 123, 9, "Khánh Hòa"},
        {"002-hue-khcn-dmst-2026-2030.yaml", 28, 8, 0, "Huế"},
        {"003-khanh-hoa-khcn-dmst-2026.yaml", 19, 7, 0, "Khánh Hòa"},
        {"004-kon-tum-khcn-dmst-2030.yaml", 7, 0, 2, "Quảng Ngãi"},  // Kon Tum merged into it
    };
    for (const auto& e : expected) {
        INFO(e.file);
        const auto plan = interchange::ReadPlanFile(PlansFolder() / e.file, Text());
        CHECK(plan.targets.size() == e.targets);
        CHECK(plan.work_items.size() == e.work_items);
        CHECK(plan.reports.size() == e.duties);
        CHECK(plan.province == e.province);
        for (const auto& target : plan.targets) {
            INFO(target.code);
            CHECK(target.source.rfind(std::string(e.file).substr(0, 3) + " ", 0) == 0);
            CHECK_FALSE(target.stt.empty());
        }
        for (const auto& item : plan.work_items) {
            INFO(item.code);
            CHECK_FALSE(item.content.vi.empty());
            CHECK_FALSE(item.content.en.empty());
            CHECK(item.source.rfind(std::string(e.file).substr(0, 3) + " ", 0) == 0);
            CHECK(item.line > 0);
        }
    }
    const auto plan000 = interchange::ReadPlanFile(PlansFolder() / "000-khanh-hoa-dmst-dn-2026.yaml", Text());
    const auto* row1 = plan000.FindWorkItem("PL01");
    REQUIRE(row1);
    CHECK(row1->timing.Due() == domain::CalendarDate::FromYmd(2026, 7, 31));
    CHECK(row1->cooperating_units.size() == 3);
    CHECK(plan000.FindWorkItem("PL12")->timing.kind == domain::TimingKind::Recurring);
    CHECK(plan000.FindWorkItem("PL16")->timing.Due() == domain::CalendarDate::FromYmd(2026, 12, 31));
    const auto plan001 =
        interchange::ReadPlanFile(PlansFolder() / "001-khanh-hoa-khcn-dmst-cds-2026.yaml", Text());
    CHECK(plan001.FindWorkItem("III.001")->timing.Due() == domain::CalendarDate::FromYmd(2026, 2, 20));
    CHECK(plan001.FindWorkItem("III.028")->timing.Due() == domain::CalendarDate::FromYmd(2026, 1, 31));
    CHECK(plan001.FindWorkItem("III.060")->timing.Due() == domain::CalendarDate::FromYmd(2026, 12, 31));
    CHECK(plan001.FindWorkItem("III.26.5")->lead_unit.vi == "Sở Tài chính");
    CHECK(plan001.FindDuty("R01")->day == 19);
    CHECK(plan001.FindDuty("R03")->month == 11);
    CHECK(plan001.FindDuty("R03")->day == 30);
    CHECK(plan001.FindDuty("R07")->rule == domain::ReportRule::Monthly);
}
