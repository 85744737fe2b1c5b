// innodesk-cli workitem list|show|progress and duty list|receive end to end: exit codes, both
// languages, JSON output, role checks and refusals. The CLI reads the machine's clock: every date
// used here is in the first half of 2026, before any day the tests run on.
#include "cli_fixture.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace innodesk::testing;

namespace {

std::string ShippedPlan(const char* name) {
    return (std::filesystem::path(INNODESK_SOURCE_DIR) / "data" / "plans" / name).string();
}

}  // namespace

TEST_CASE("Work items are listed, shown and their progress recorded from the command line", "[cli]") {
    TempFolder folder;
    CliDatabase db(folder);
    db.Ok(kOfficer, {"plan", "import", ShippedPlan("000-khanh-hoa-dmst-dn-2026.yaml")});

    const auto all = nlohmann::json::parse(
        db.Ok(kViewer, {"--json", "workitem", "list", "--plan", "KH-DMST-DN-2026", "--as-of", "01/08/2026"})
            .out);
    REQUIRE(all.size() == 24);
    CHECK(all[0]["code"] == "PL01");
    CHECK(all[0]["timing"] == "Tháng 7/2026");
    CHECK(all[0]["due"] == "2026-07-31");
    CHECK(all[0]["overdue"] == true);
    const auto overdue =
        nlohmann::json::parse(db.Ok(kViewer, {"--json", "workitem", "list", "--plan", "KH-DMST-DN-2026",
                                              "--as-of", "01/08/2026", "--overdue"})
                                  .out);
    CHECK(overdue.size() == 5);  // rows 1–5, "Tháng 7/2026"

    // A viewer may not record progress; done needs its result; an unknown status is named.
    CHECK(db.Run(kViewer, {"workitem", "progress", "--plan", "KH-DMST-DN-2026", "--item", "PL01", "--status",
                           "in_progress", "--date", "01/07/2026"})
              .exit_code == 1);
    const auto no_result = db.Run(kOfficer, {"workitem", "progress", "--plan", "KH-DMST-DN-2026", "--item",
                                             "PL01", "--status", "done", "--date", "01/07/2026"});
    CHECK(no_result.exit_code == 1);
    CHECK_THAT(no_result.err, Catch::Contains("--result"));
    const auto bad_status = db.Run(kOfficer, {"workitem", "progress", "--plan", "KH-DMST-DN-2026", "--item",
                                              "PL01", "--status", "finished", "--date", "01/07/2026"});
    CHECK(bad_status.exit_code == 1);
    CHECK_THAT(bad_status.err, Catch::Contains("not_started, in_progress, done, late, dropped"));

    const auto recorded =
        db.Run(kOfficer,
               {"workitem", "progress", "--plan", "KH-DMST-DN-2026", "--item", "PL01", "--status", "done",
                "--date", "15/07/2026", "--result", "Đã trình UBND tỉnh dự thảo Nghị quyết"},
               "vi");
    CHECK(recorded.exit_code == 0);
    CHECK(recorded.out == "Đã ghi tiến độ nhiệm vụ PL01: hoàn thành (15/07/2026)\n");

    const auto shown =
        nlohmann::json::parse(db.Ok(kViewer, {"--json", "workitem", "show", "--plan", "KH-DMST-DN-2026",
                                              "--item", "PL01", "--as-of", "01/08/2026"})
                                  .out);
    CHECK(shown["overdue"] == false);
    CHECK(shown["latest"]["status"] == "done");
    REQUIRE(shown["history"].size() == 1);
    CHECK(shown["history"][0]["recorded_by"] == kOfficer);
    const auto text = db.Run(
        kViewer, {"workitem", "list", "--plan", "KH-DMST-DN-2026", "--as-of", "01/08/2026", "--overdue"});
    CHECK(text.exit_code == 0);
    CHECK_THAT(text.out, Catch::Contains("PL02  [OVERDUE]  due 31/07/2026 (Tháng 7/2026)"));
    CHECK_THAT(text.out, Catch::EndsWith("4 work items, 4 overdue\n"));
    CHECK(db.Run(kViewer, {"workitem", "show", "--plan", "KH-DMST-DN-2026", "--item", "PL99"}).exit_code ==
          1);
}

TEST_CASE("Reporting duties are listed late until received, from the command line", "[cli]") {
    TempFolder folder;
    CliDatabase db(folder);
    db.Ok(kOfficer, {"plan", "import", ShippedPlan("001-khanh-hoa-khcn-dmst-cds-2026.yaml")});
    const auto late =
        nlohmann::json::parse(db.Ok(kViewer, {"--json", "duty", "list", "--plan", "KH-KHCN-DMST-CDS-2026",
                                              "--as-of", "20/04/2026", "--late"})
                                  .out);
    // On 20/04/2026: the action plans (by 31/01), the budget estimates (by 31/03), the units' Q1
    // report (by 19/03), DOST's (by 24/03) and the monthly updates of January to March.
    REQUIRE(late.size() == 7);
    CHECK(late[0]["duty"] == "R07");
    CHECK(late[0]["period"] == "2026-01");
    CHECK(late[0]["state"] == "late");
    const auto q1 = std::find_if(late.begin(), late.end(), [](const auto& v) { return v["duty"] == "R01"; });
    REQUIRE(q1 != late.end());
    CHECK((*q1)["due"] == "2026-03-19");
    CHECK((*q1)["days_late"] == 32);

    CHECK(db.Run(kViewer, {"duty", "receive", "--plan", "KH-KHCN-DMST-CDS-2026", "--duty", "R01", "--period",
                           "2026-Q1", "--date", "21/04/2026", "--number", "12/BC-SXD"})
              .exit_code == 1);
    const auto wrong =
        db.Run(kOfficer, {"duty", "receive", "--plan", "KH-KHCN-DMST-CDS-2026", "--duty", "R01", "--period",
                          "2026-03", "--date", "21/04/2026", "--number", "12/BC-SXD"});
    CHECK(wrong.exit_code == 1);
    CHECK_THAT(wrong.err, Catch::Contains("its periods: 2026-Q1, 2026-Q2, 2026-Q3, 2026-Q4"));
    const auto received = db.Run(kOfficer,
                                 {"duty", "receive", "--plan", "KH-KHCN-DMST-CDS-2026", "--duty", "R01",
                                  "--period", "2026-Q1", "--date", "21/04/2026", "--number", "12/BC-SXD"},
                                 "vi");
    CHECK(received.exit_code == 0);
    CHECK(received.out == "Đã ghi nhận báo cáo R01 2026-Q1 ngày 21/04/2026, số 12/BC-SXD\n");
    const auto after = db.Run(kViewer, {"duty", "list", "--plan", "KH-KHCN-DMST-CDS-2026", "--as-of",
                                        "22/04/2026", "--period", "2026-Q1"});
    CHECK(after.exit_code == 0);
    CHECK_THAT(after.out, Catch::Contains("19/03/2026  KH-KHCN-DMST-CDS-2026 R01  Q1 2026  [received/sent: "
                                          "21/04/2026, number 12/BC-SXD, 33 days late]"));
    CHECK(db.Run(kOfficer, {"duty", "receive", "--plan", "KH-KHCN-DMST-CDS-2026", "--duty", "R01", "--period",
                            "2026-Q1", "--date", "22/04/2026", "--number", "13/BC-SXD"})
              .exit_code == 1);  // already received
}
