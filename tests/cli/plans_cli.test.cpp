// innodesk-cli plan import|list|show, targets, target records, indicator set, deadlines and
// breakdown end to end: exit codes, both languages, JSON output and the refusal of a bad file.
#include "cli_fixture.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <vector>

using namespace innodesk::testing;

namespace {

std::string ShippedPlan(const char* name) {
    return (std::filesystem::path(INNODESK_SOURCE_DIR) / "data" / "plans" / name).string();
}

}  // namespace

TEST_CASE("Plans are imported, listed, shown and evaluated from the command line", "[cli]") {
    TempFolder folder;
    CliDatabase db(folder);
    const auto imported = db.Ok(kOfficer, {"plan", "import", ShippedPlan("000-khanh-hoa-dmst-dn-2026.yaml")});
    CHECK(imported.out == "Imported plan KH-DMST-DN-2026 (version 1, 25 targets)\n");
    db.Ok(kOfficer, {"plan", "import", ShippedPlan("001-khanh-hoa-khcn-dmst-cds-2026.yaml")});

    const auto list = nlohmann::json::parse(db.Ok(kViewer, {"--json", "plan", "list"}).out);
    REQUIRE(list.size() == 2);
    CHECK(list[0]["code"] == "KH-DMST-DN-2026");
    CHECK(list[0]["targets"] == 25);

    const auto shown =
        nlohmann::json::parse(db.Ok(kViewer, {"--json", "plan", "show", "KH-DMST-DN-2026"}).out);
    CHECK(shown["targets"][0]["label"]["vi"] == "Hỗ trợ từ 15 doanh nghiệp triển khai hoạt động ĐMST");
    CHECK(shown["targets"][0]["bound_text"]["en"] == "at least 15 enterprises");

    const auto evaluation = nlohmann::json::parse(
        db.Ok(kViewer, {"--json", "targets", "--plan", "KH-DMST-DN-2026", "--as-of", "30/06/2026"}).out);
    CHECK(evaluation["period"] == "2026");
    CHECK(evaluation["as_of"] == "2026-06-30");
    REQUIRE(evaluation["targets"].size() == 25);
    const auto& t01 = evaluation["targets"][0];
    CHECK(t01["code"] == "T01");
    CHECK(t01["actual"] == 0.0);
    CHECK(t01["status"] == "behind");  // nothing supported half-way through the year
    CHECK(t01["quarters"].size() == 4);
    CHECK(t01["quarters"][2]["value"].is_null());            // Q3 is after the date
    CHECK(evaluation["targets"][2]["status"] == "no_data");  // a percentage of no supported enterprise

    // A quarter, in ISO date form.
    const auto quarter =
        nlohmann::json::parse(db.Ok(kViewer, {"--json", "targets", "--plan", "KH-DMST-DN-2026", "--period",
                                              "2026-Q1", "--as-of", "2026-03-31"})
                                  .out);
    CHECK(quarter["period"] == "2026-Q1");

    // Manual value: viewers may not, officers may; text output in Vietnamese.
    CHECK(db.Run(kViewer, {"indicator", "set", "--plan", "KH-DMST-DN-2026", "--target", "PL35", "--value",
                           "99", "--source", "Trường ĐH Nha Trang", "--date", "01/06/2026"})
              .exit_code == 1);
    const auto set = db.Run(kOfficer,
                            {"indicator", "set", "--plan", "KH-DMST-DN-2026", "--target", "PL35", "--value",
                             "99", "--source", "Trường ĐH Nha Trang", "--date", "01/06/2026"},
                            "vi");
    CHECK(set.exit_code == 0);
    CHECK(set.out == "Đã ghi giá trị 99 cho chỉ tiêu PL35\n");
    const auto after = nlohmann::json::parse(
        db.Ok(kViewer, {"--json", "targets", "--plan", "KH-DMST-DN-2026", "--as-of", "30/06/2026"}).out);
    const auto& pl35 = after["targets"][24];
    CHECK(pl35["code"] == "PL35");
    CHECK(pl35["actual"] == 99.0);
    CHECK(pl35["status"] == "met");
    CHECK(pl35["manual_value"]["source"] == "Trường ĐH Nha Trang");

    const auto text =
        db.Run(kViewer, {"targets", "--plan", "KH-DMST-DN-2026", "--as-of", "30/06/2026"}, "vi");
    CHECK(text.exit_code == 0);
    CHECK(text.out.find("Năm 2026, tính đến ngày 30/06/2026") != std::string::npos);
    CHECK(text.out.find("Chỉ tiêu: từ 15 doanh nghiệp") != std::string::npos);

    CHECK(nlohmann::json::parse(db.Ok(kViewer, {"--json", "target", "records", "--plan", "KH-DMST-DN-2026",
                                                "--target", "T01", "--as-of", "30/06/2026"})
                                    .out)
              .empty());
    const auto due =
        nlohmann::json::parse(db.Ok(kViewer, {"--json", "deadlines", "--as-of", "10/06/2026"}).out);
    // 001's duties not received: six late (monthly updates January–May in one line, action plans,
    // budget estimates, both Q1 reports, the units' half-year report by 04/06) and four due: the
    // units' Q2 report and DOST's half-year report by 19/06 ("trước ngày 20"), DOST's Q2 report by
    // 24/06, June's update by 30/06; 001's work items overdue and due by 30/06, one line each.
    REQUIRE(due.size() == 12);
    std::vector<nlohmann::json> reports_due;
    for (const auto& d : due)
        if (d["kind"] == "report" && d["escalation"] != "overdue") reports_due.push_back(d);
    REQUIRE(reports_due.size() == 4);
    CHECK(reports_due[0]["due"] == "2026-06-19");
    CHECK(reports_due[0]["escalation"] == "due_30");
    CHECK(reports_due[2]["due"] == "2026-06-24");
    CHECK(reports_due[3]["due"] == "2026-06-30");
    CHECK(std::count_if(due.begin(), due.end(), [](const auto& d) { return d["kind"] == "work_item"; }) == 2);
}

TEST_CASE("A malformed plan file is refused with its line, nothing is stored", "[cli]") {
    TempFolder folder;
    CliDatabase db(folder);
    WriteText(folder / "bad.yaml",
              "format: innodesk-plan/1\ncode: KH-BAD\ntitle: {vi: Sai, en: Bad}\ndocument: x\nperiod: "
              "2026\ntargets:\n"
              "  - code: T01\n    label: {vi: a, en: b}\n    kind: objects\n    source: x\n"
              "    bound: {range: [150, 100]}\n    metric: ip_filed\n");
    const auto refused = db.Run(kOfficer, {"plan", "import", folder / "bad.yaml"});
    CHECK(refused.exit_code == 1);
    CHECK(refused.err.find("line 7: Target 'T01': the low end 150 is above the high end 100") !=
          std::string::npos);
    CHECK(nlohmann::json::parse(db.Ok(kViewer, {"--json", "plan", "list"}).out).empty());
    CHECK(db.Run(kViewer, {"plan", "import", ShippedPlan("000-khanh-hoa-dmst-dn-2026.yaml")}).exit_code == 1);
    CHECK(db.Run(kViewer, {"targets", "--plan", "NO-SUCH"}).exit_code == 1);
    CHECK(db.Run(kViewer, {"targets", "--plan", "KH-BAD", "--period", "2026-Q5"}).exit_code == 1);
}

TEST_CASE("A qualitative target is assessed achieved or not from the command line, with a note", "[cli]") {
    TempFolder folder;
    CliDatabase db(folder);
    const std::string file = folder / "plan.yaml";
    {
        std::ofstream out(file, std::ios::binary);
        out << "format: innodesk-plan/1\n"
               "code: KH-DT\n"
               "title: {vi: Kế hoạch, en: Plan}\n"
               "document: Văn bản\n"
               "period: 2026\n"
               "targets:\n"
               "  - code: \"2\"\n"
               "    label: {vi: Hạ tầng số, en: Digital infrastructure}\n"
               "    kind: objects\n"
               "    bound: {qualitative: {vi: \"Tiên tiến, hiện đại\", en: Advanced and modern}}\n"
               "    source: 001 Phụ lục I, chỉ tiêu 2\n"
               "    metric: manual\n"
               "  - code: \"38\"\n"
               "    label: {vi: Sáng kiến, en: Initiatives}\n"
               "    kind: objects\n"
               "    bound: {at_least: 30}\n"
               "    source: 001 Phụ lục I, chỉ tiêu 38\n"
               "    metric: manual\n";
    }
    db.Ok(kOfficer, {"plan", "import", file});
    const auto shown = nlohmann::json::parse(db.Ok(kViewer, {"--json", "plan", "show", "KH-DT"}).out);
    CHECK(shown["targets"][0]["bound"]["form"] == "qualitative");
    CHECK(shown["targets"][0]["bound_text"]["vi"] == "Tiên tiến, hiện đại");

    const auto assessed = db.Run(kOfficer,
                                 {"indicator", "assess", "--plan", "KH-DT", "--target", "2", "--achieved",
                                  "no", "--note", "Còn 12 xã chưa phủ 5G", "--date", "01/06/2026"},
                                 "vi");
    CHECK(assessed.exit_code == 0);
    CHECK(assessed.out == "Chỉ tiêu 2: không đạt (Tiên tiến, hiện đại)\n");
    auto evaluation = nlohmann::json::parse(
        db.Ok(kViewer, {"--json", "targets", "--plan", "KH-DT", "--as-of", "30/06/2026"}).out);
    CHECK(evaluation["targets"][0]["actual"] == 0.0);
    CHECK(evaluation["targets"][0]["status"] == "behind");
    CHECK(evaluation["targets"][0]["manual_value"]["source"] == "Còn 12 xã chưa phủ 5G");

    db.Ok(kOfficer, {"indicator", "assess", "--plan", "KH-DT", "--target", "2", "--achieved", "yes", "--note",
                     "Biên bản kiểm tra số 5", "--date", "10/06/2026"});
    evaluation = nlohmann::json::parse(
        db.Ok(kViewer, {"--json", "targets", "--plan", "KH-DT", "--as-of", "30/06/2026"}).out);
    CHECK(evaluation["targets"][0]["status"] == "met");

    // Neither yes nor no; a target that is not qualitative; a viewer: refused.
    const auto maybe = db.Run(kOfficer, {"indicator", "assess", "--plan", "KH-DT", "--target", "2",
                                         "--achieved", "maybe", "--note", "x", "--date", "10/06/2026"});
    CHECK(maybe.exit_code != 0);
    CHECK(maybe.err.find("--achieved is 'yes' (achieved) or 'no' (not achieved), not 'maybe'") !=
          std::string::npos);
    const auto count = db.Run(kOfficer, {"indicator", "assess", "--plan", "KH-DT", "--target", "38",
                                         "--achieved", "yes", "--note", "x", "--date", "10/06/2026"});
    CHECK(count.exit_code != 0);
    CHECK(count.err.find("Target '38' is not qualitative") != std::string::npos);
    CHECK(db.Run(kViewer, {"indicator", "assess", "--plan", "KH-DT", "--target", "2", "--achieved", "yes",
                           "--note", "x", "--date", "10/06/2026"})
              .exit_code != 0);
    // 'indicator set' cannot put anything but 1 or 0 on it either.
    CHECK(db.Run(kOfficer, {"indicator", "set", "--plan", "KH-DT", "--target", "2", "--value", "0,5",
                            "--source", "x", "--date", "10/06/2026"})
              .exit_code != 0);
}
