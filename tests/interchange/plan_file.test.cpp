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
    CHECK(plan000.reports[0].date == domain::CalendarDate::FromYmd(2027, 1, 10));

    const auto plan002 =
        interchange::ReadPlanFile(PlansFolder() / "002-hue-khcn-dmst-2026-2030.yaml", Text());
    CHECK(plan002.first_year == 2026);
    CHECK(plan002.last_year == 2030);
    REQUIRE(plan002.rubric.size() == 10);
    CHECK(plan002.rubric[0].criterion.code == "problem");
    CHECK(plan002.rubric[9].criterion.code == "priority");
    CHECK(plan002.targets[0].per_year);

    const auto plan001 =
        interchange::ReadPlanFile(PlansFolder() / "001-khanh-hoa-khcn-dmst-cds-2026.yaml", Text());
    CHECK(plan001.reports.size() == 6);
    CHECK(plan001.FindTarget("29")->bound.min == 2);
    const auto plan004 = interchange::ReadPlanFile(PlansFolder() / "004-kon-tum-khcn-dmst-2030.yaml", Text());
    CHECK(plan004.FindTarget("MT-TYLE-DMST")->bound.form == domain::BoundForm::About);
    CHECK(plan004.FindTarget("MT-TYLE-DMST")->bound.max == 5);
    const auto plan003 =
        interchange::ReadPlanFile(PlansFolder() / "003-khanh-hoa-khcn-dmst-2026.yaml", Text());
    CHECK(plan003.FindTarget("III.2")->kind == domain::TargetKind::Rank);
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
              "Plan file, line 13: key 'colour' is not used in a target; the keys are: bound, code, kind, "
              "label, lead, "
              "metric, monitoring, per_year, source, stt, unit.");
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
              "Plan file, line 11: 'bound' needs exactly one form: at_least, about, range or at_most.");
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
