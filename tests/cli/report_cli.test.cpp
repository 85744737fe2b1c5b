// innodesk-cli report end to end: a quarterly report of a shipped plan in the three formats, both
// languages, the heading from the settings, and the refusals (format, period, plan, folder).
#include "cli_fixture.h"
#include "test_tools.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace innodesk::testing;

namespace {

const std::string kPlan = "KH-DMST-DN-2026";

std::string PlanFile() {
    return (std::filesystem::path(INNODESK_SOURCE_DIR) / "data" / "plans" / "000-khanh-hoa-dmst-dn-2026.yaml")
        .string();
}

std::vector<std::string> Report(const std::string& period, const std::string& out) {
    return {"report", "--plan", kPlan, "--period", period, "--as-of", "30/09/2026", "--out", out};
}

}  // namespace

TEST_CASE("report writes a plan's quarterly report as PDF, XLSX and CSV", "[cli]") {
    const std::string pdftotext = RequireTool(Tool::Pdftotext);
    TempFolder folder;
    CliDatabase db(folder);
    db.Ok(kOfficer, {"plan", "import", PlanFile()});
    db.Ok(kAdmin, {"setting", "set", "report_place", "Nha Trang"});
    CHECK_THAT(db.Ok(kViewer, {"setting", "show"}).out, Catch::Contains("report_place = Nha Trang"));

    const auto pdf =
        db.Ok(kViewer, Joined(Report("2026-Q3", folder / "q3.pdf"), {"--reference", "Số: 15/BC-SKHCN"}));
    CHECK_THAT(pdf.out, Catch::Contains("Q3 2026") && Catch::Contains("as of 30/09/2026") &&
                            Catch::Contains("q3.pdf"));
    CHECK(ReadText(folder / "q3.pdf").rfind("%PDF-", 0) == 0);
    REQUIRE(Shell(pdftotext + " -enc UTF-8 " + ShellQuoted(folder / "q3.pdf") + " " +
                  ShellQuoted(folder / "q3.txt")) == 0);
    const std::string text = ReadText(folder / "q3.txt");
    CHECK_THAT(text, Catch::Contains("REPORT") && Catch::Contains("Page 1/"));
    CHECK_THAT(text, Catch::Contains("Nha Trang, "));  // dated today, from the setting report_place
    CHECK_THAT(text, Catch::Contains("Số: 15/BC-SKHCN"));

    const auto vi = db.Run(kViewer,
                           {"report", "--plan", kPlan, "--period", "2026-Q3", "--as-of", "30/09/2026",
                            "--format", "csv", "--out", folder / "q3-vi.csv"},
                           "vi");
    INFO(vi.err);
    REQUIRE(vi.exit_code == 0);
    CHECK_THAT(vi.out,
               Catch::Contains("Đã ghi báo cáo Quý III/2026 (25 chỉ tiêu, tính đến ngày 30/09/2026)"));
    const std::string csv = ReadText(folder / "q3-vi.csv");
    CHECK(csv.rfind("\xEF\xBB\xBFSTT,\"Chỉ tiêu, nhiệm vụ\",Kế hoạch,Kết quả", 0) == 0);
    CHECK_THAT(csv, Catch::Contains(",Tổng số chỉ tiêu,,25,chỉ tiêu,,,\r\n"));

    db.Ok(kViewer, Report("2026-H1", folder / "h1.xlsx"));
    CHECK(ReadText(folder / "h1.xlsx").rfind("PK", 0) == 0);  // a zip, as every XLSX is
}

TEST_CASE("report refuses what it cannot do and leaves no file", "[cli]") {
    TempFolder folder;
    CliDatabase db(folder);
    db.Ok(kOfficer, {"plan", "import", PlanFile()});

    const auto no_format = db.Run(kViewer, Report("2026-Q3", folder / "q3.txt"));
    CHECK(no_format.exit_code == 1);
    CHECK_THAT(no_format.err,
               Catch::Contains("Cannot tell the format") && Catch::Contains("--format xlsx, pdf or csv"));

    CHECK(db.Run(kViewer, Joined(Report("2026-Q3", folder / "q3.pdf"), {"--format", "docx"})).exit_code == 2);

    const auto bad_period = db.Run(kViewer, Report("2026-Q5", folder / "q3.pdf"));
    CHECK(bad_period.exit_code == 1);
    CHECK_THAT(bad_period.err, Catch::Contains("2026-Q5"));

    const auto no_plan =
        db.Run(kViewer, {"report", "--plan", "KHONG-CO", "--period", "2026", "--out", folder / "x.pdf"});
    CHECK(no_plan.exit_code == 1);
    CHECK_THAT(no_plan.err, Catch::Contains("KHONG-CO"));

    const auto no_folder = db.Run(kViewer, Report("2026-Q3", folder / "khong-co" + "/q3.pdf"));
    CHECK(no_folder.exit_code == 1);
    CHECK_THAT(no_folder.err, Catch::Contains("does not exist") && Catch::Contains("[storage]"));

    for (const auto& entry : std::filesystem::directory_iterator(folder.Path())) {
        const auto name = entry.path().filename().string();
        CHECK_THAT(name, !Catch::Contains("q3") && !Catch::Contains("x.pdf"));
    }
}
