// innodesk-cli report end to end: a quarterly report of a shipped plan in the three formats, both
// languages, the heading from the settings, and the refusals (format, period, plan, folder).
#include "cli_fixture.h"
#include "test_tools.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

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
    CHECK(
        csv.rfind(
            "\xEF\xBB\xBFSTT,Nội dung,Sản phẩm/kết quả,Đơn vị chủ trì,Đơn vị phối hợp,Thời gian,Đánh giá\r\n",
            0) == 0);
    CHECK_THAT(csv, Catch::Contains(",Tổng số chỉ tiêu,25,chỉ tiêu,,,\r\n"));
    CHECK_THAT(csv, !Catch::Contains("Nguồn") && !Catch::Contains("Phụ lục"));

    db.Ok(kViewer, Report("2026-H1", folder / "h1.xlsx"));
    CHECK(ReadText(folder / "h1.xlsx").rfind("PK", 0) == 0);  // a zip, as every XLSX is
}

TEST_CASE("report refuses what it cannot do and leaves no file", "[cli]") {
    TempFolder folder;
    CliDatabase db(folder);
    db.Ok(kOfficer, {"plan", "import", PlanFile()});

    const auto no_format = db.Run(kViewer, Report("2026-Q3", folder / "q3.txt"));
    CHECK(no_format.exit_code == 1);
    CHECK_THAT(no_format.err, Catch::Contains("Cannot tell the format") &&
                                  Catch::Contains("--format docx, pdf, xlsx or csv"));

    CHECK(db.Run(kViewer, Joined(Report("2026-Q3", folder / "q3.pdf"), {"--format", "odt"})).exit_code == 2);
    const auto no_out = db.Run(kViewer, {"report", "--plan", kPlan, "--period", "2026-Q3"});
    CHECK(no_out.exit_code == 1);
    CHECK_THAT(no_out.err, Catch::Contains("--out is required"));

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

TEST_CASE("report writes an editable DOCX in the administrative form, its closing from the settings",
          "[cli]") {
    TempFolder folder;
    CliDatabase db(folder);
    db.Ok(kOfficer, {"plan", "import", PlanFile()});
    db.Ok(kAdmin, {"setting", "set", "report_signer_title", "KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC"});
    db.Ok(kAdmin, {"setting", "set", "report_signer_name", "Nguyễn Văn An"});
    db.Ok(kAdmin,
          {"setting", "set", "report_recipients", "Bộ Khoa học và Công nghệ|UBND tỉnh|Lưu: VT, KHTC"});
    const auto done = db.Run(
        kViewer,
        Joined(Report("2026-Q3", folder / "q3.docx"),
               {"--difficulties", "Kinh phí bố trí chậm.", "--proposals", "Đề nghị bổ sung kinh phí."}),
        "vi");
    INFO(done.err);
    REQUIRE(done.exit_code == 0);
    // python-docx reads it back (exit code 2 from the script: python3-docx is not installed).
    REQUIRE(Shell(std::string("/usr/bin/python3 ") + INNODESK_READ_DOCX_SCRIPT + " " +
                  ShellQuoted(folder / "q3.docx") + " > " + ShellQuoted(folder / "q3.json")) == 0);
    const auto docx = nlohmann::json::parse(ReadText(folder / "q3.json"));
    const std::string heading = docx["tables"][0][0][0];
    CHECK_THAT(heading, Catch::StartsWith("UBND TỈNH KHÁNH HÒA\nSỞ KHOA HỌC VÀ CÔNG NGHỆ"));
    CHECK_THAT(heading, Catch::EndsWith("Số:     /BC-SKHCN"));  // a draft: the number left to fill in
    CHECK(docx["tables"][2][0][0] ==
          "Nơi nhận:\n- Bộ Khoa học và Công nghệ;\n- UBND tỉnh;\n- Lưu: VT, KHTC.");
    CHECK_THAT(std::string(docx["tables"][2][0][1]),
               Catch::StartsWith("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC") && Catch::EndsWith("Nguyễn Văn An"));
    std::string paragraphs;
    for (const auto& p : docx["paragraphs"]) paragraphs += p["text"].get<std::string>() + "\n";
    CHECK_THAT(paragraphs, Catch::Contains("II. KHÓ KHĂN, VƯỚNG MẮC\nKinh phí bố trí chậm.\n"));
}

TEST_CASE(
    "report issue keeps the report as issued: numbered once a year, rendered later with its old figures",
    "[cli]") {
    TempFolder folder;
    CliDatabase db(folder);
    db.Ok(kOfficer, {"plan", "import", PlanFile()});
    WriteText(folder / "kho-khan.txt", "Kinh phí bố trí chậm.\n\nMột số doanh nghiệp chưa báo cáo.");
    const std::vector<std::string> issue{"report",
                                         "issue",
                                         "--plan",
                                         kPlan,
                                         "--period",
                                         "2026-Q3",
                                         "--as-of",
                                         "30/09/2026",
                                         "--number",
                                         "15",
                                         "--date",
                                         "05/10/2026",
                                         "--signer-name",
                                         "Nguyễn Văn An",
                                         "--difficulties-file",
                                         folder / "kho-khan.txt",
                                         "--proposals",
                                         "Đề nghị bổ sung kinh phí."};
    CHECK(db.Run(kViewer, issue).exit_code == 1);  // viewers may not issue
    const auto issued = db.Run(kOfficer, Joined(issue, {"--out", folder / "15.csv"}), "vi");
    INFO(issued.err);
    REQUIRE(issued.exit_code == 0);
    CHECK_THAT(issued.out, Catch::Contains("Đã ban hành báo cáo số 15/BC-SKHCN ngày 05/10/2026"));
    const std::string as_issued = ReadText(folder / "15.csv");
    CHECK_THAT(as_issued, Catch::Contains("Xây dựng chính sách") || Catch::Contains("Nghiên cứu, xây dựng"));

    // The same number again in that year is refused, naming the report that has it.
    const auto again = db.Run(kOfficer, issue);
    CHECK(again.exit_code == 1);
    CHECK_THAT(again.err, Catch::Contains("15/BC-SKHCN") && Catch::Contains("already issued") &&
                              Catch::Contains("[duplicate]"));
    // A report needs the officer's difficulties and proposals.
    const auto empty =
        db.Run(kOfficer, {"report", "issue", "--plan", kPlan, "--period", "2026-Q3", "--number", "16",
                          "--signer-name", "Nguyễn Văn An", "--proposals", "Đề nghị."});
    CHECK(empty.exit_code == 1);
    CHECK_THAT(empty.err, Catch::Contains("difficulties"));

    // Later data: the work item PL01 is done. A new draft shows it; the issued report does not.
    db.Ok(kOfficer, {"workitem", "progress", "--plan", kPlan, "--item", "PL01", "--status", "done", "--date",
                     "01/12/2026", "--result", "Đã ban hành Nghị quyết số 99"});
    db.Ok(kViewer, {"report", "--plan", kPlan, "--period", "2026-Q3", "--out", folder / "draft.csv"});
    CHECK_THAT(ReadText(folder / "draft.csv"), Catch::Contains("Đã ban hành Nghị quyết số 99"));
    db.Ok(kViewer, {"report", "render", "--number", "15", "--year", "2026", "--out", folder / "again.csv"});
    CHECK(ReadText(folder / "again.csv") == as_issued);
    CHECK_THAT(as_issued, !Catch::Contains("Nghị quyết số 99"));
    db.Ok(kViewer, {"report", "render", "--number", "15", "--year", "2026", "--out", folder / "again.docx"});
    CHECK(ReadText(folder / "again.docx").rfind("PK", 0) == 0);

    const auto list = nlohmann::json::parse(db.Ok(kViewer, {"--json", "report", "list"}).out);
    REQUIRE(list.size() == 1);
    CHECK(list[0]["reference"] == "15/BC-SKHCN");
    CHECK(list[0]["issued_on"] == "05/10/2026");
    CHECK(list[0]["signer_name"] == "Nguyễn Văn An");
    CHECK(list[0]["signer_title"] == "GIÁM ĐỐC");
    CHECK(list[0]["difficulties"] == "Kinh phí bố trí chậm.\nMột số doanh nghiệp chưa báo cáo.");
    CHECK(list[0]["issued_by"] == kOfficer);
    const auto show = db.Ok(kViewer, {"report", "show", "--number", "15", "--year", "2026"});
    CHECK_THAT(show.out, Catch::Contains("Đề nghị bổ sung kinh phí.") &&
                             Catch::Contains("Kinh phí bố trí chậm.\nMột số doanh nghiệp chưa báo cáo."));
    const auto missing =
        db.Run(kViewer, {"report", "render", "--number", "16", "--year", "2026", "--out", folder / "16.pdf"});
    CHECK(missing.exit_code == 1);
    CHECK_THAT(missing.err, Catch::Contains("16/BC-SKHCN"));

    const auto audit = db.Ok(kViewer, {"--json", "audit", "log", "--limit", "3"}).out;
    CHECK_THAT(audit, Catch::Contains("report.issue"));
}
