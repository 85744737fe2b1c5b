// The DOCX writer, read back with python-docx (text, tables, fonts, page) and converted to PDF by
// LibreOffice (the file opens in a word processor and keeps its text).
#include "report_samples.h"
#include "test_support.h"

#include "reports/docx_report_writer.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>

using namespace innodesk;
using namespace innodesk::reports;
using json = nlohmann::json;

namespace {

// The sample with the closing of an administrative document.
ReportDocument Sample() {
    auto doc = test::SampleReport(3);
    doc.recipients = {"- Bộ Khoa học và Công nghệ;", "- Lưu: VT, KHTC."};
    doc.signature = {{"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"}, "Nguyễn Văn An"};
    return doc;
}

json ReadBack(const std::filesystem::path& docx) {
    return json::parse(test::DocxJson(docx));
}

}  // namespace

TEST_CASE("DOCX: heading, body, Word tables and closing read back exactly, markup characters escaped",
          "[reports]") {
    test::TemporaryFolder folder;
    WriteDocxReport(Sample(), folder / "bao-cao.docx");
    CHECK(folder.Entries() == std::vector<std::string>{"bao-cao.docx"});
    const json docx = ReadBack(folder / "bao-cao.docx");

    REQUIRE(docx["tables"].size() == 3);  // the heading, the results, the closing
    const auto& heading = docx["tables"][0];
    REQUIRE(heading.size() == 1);
    const std::string left = heading[0][0];
    const std::string right = heading[0][1];
    CHECK_THAT(left, Catch::StartsWith("UBND TỈNH KHÁNH HÒA\nSỞ KHOA HỌC VÀ CÔNG NGHỆ\n"));
    CHECK_THAT(left, Catch::EndsWith("Số: 15/BC-SKHCN"));
    CHECK_THAT(right, Catch::StartsWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"));
    // Typed in NFD, written in NFC.
    CHECK_THAT(right, Catch::EndsWith(std::string(test::kKhanhHoaNfc) + ", ngày 05 tháng 10 năm 2026"));

    std::vector<std::string> paragraphs;
    for (const auto& paragraph : docx["paragraphs"]) paragraphs.push_back(paragraph["text"]);
    CHECK(std::find(paragraphs.begin(), paragraphs.end(), "BÁO CÁO") != paragraphs.end());
    CHECK(std::find(paragraphs.begin(), paragraphs.end(), "Quý III/2026") != paragraphs.end());
    CHECK(std::find(paragraphs.begin(), paragraphs.end(), "1. Đánh giá chung") != paragraphs.end());

    const auto& results = docx["tables"][1];
    CHECK(results[0] == json::array({"STT", "Chỉ tiêu, nhiệm vụ", "Kết quả", "Kinh phí (đồng)",
                                     "Đơn vị chủ trì", "Ghi chú"}));
    CHECK(docx["header_rows"][1][0] == true);   // the header row repeats on every page
    CHECK(docx["header_rows"][1][1] == false);  // and only it
    // A group's title spans the empty columns after it.
    CHECK(results[1] == json::array({"I", "Dấu thanh trên mọi nguyên âm", "Dấu thanh trên mọi nguyên âm",
                                     "Dấu thanh trên mọi nguyên âm", "Dấu thanh trên mọi nguyên âm",
                                     "Dấu thanh trên mọi nguyên âm"}));
    CHECK(results[2][1] == test::ToneSamples().front());
    CHECK(results[2][4] == "Phòng Quản lý khoa học & công nghệ <QLKH>");
    CHECK(results[2][5] == "Ghi chú \"trích dẫn\", có dấu phẩy");
    CHECK(results.back()[1] == "Tổng cộng");
    CHECK(results.size() == 1 + 1 + test::ToneSamples().size() + 1 + 1 + 1 + 3 + 1 + 1);

    const auto& closing = docx["tables"][2][0];
    CHECK(closing[0] == "Nơi nhận:\n- Bộ Khoa học và Công nghệ;\n- Lưu: VT, KHTC.");
    CHECK_THAT(std::string(closing[1]), Catch::StartsWith("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n"));
    CHECK_THAT(std::string(closing[1]), Catch::EndsWith("\nNguyễn Văn An"));
    CHECK(docx["core_title"] ==
          "BÁO CÁO — Kết quả thực hiện Kế hoạch hỗ trợ đổi mới sáng tạo trong doanh nghiệp — "
          "Quý III/2026");
}

TEST_CASE("DOCX: Times New Roman 13–14 pt, A4 with the margins of Decree 30", "[reports]") {
    test::TemporaryFolder folder;
    WriteDocxReport(Sample(), folder / "bao-cao.docx");
    const json docx = ReadBack(folder / "bao-cao.docx");
    std::size_t runs = 0;
    for (const auto& paragraph : docx["paragraphs"])
        for (const auto& run : paragraph["runs"]) {
            INFO(run.dump());
            ++runs;
            CHECK(run["font"] == "Times New Roman");
            CHECK(run["size"].get<double>() >= 13);
            CHECK(run["size"].get<double>() <= 14);
        }
    CHECK(runs > 5);
    for (const auto& run : docx["table_runs"][1]) {  // the results table
        INFO(run.dump());
        CHECK(run["font"] == "Times New Roman");
        CHECK(run["size"] == kDocxTablePoints);
    }
    const auto& page = docx["page"];
    CHECK(page["width"] == 297.0);  // the sample is landscape
    CHECK(page["height"] == 210.0);
    CHECK_THAT(std::string(page["orientation"]), Catch::Contains("LANDSCAPE"));
    CHECK(page["top"].get<double>() >= 20);
    CHECK(page["top"].get<double>() <= 25);
    CHECK(page["bottom"].get<double>() >= 20);
    CHECK(page["bottom"].get<double>() <= 25);
    CHECK(page["left"].get<double>() >= 30);
    CHECK(page["left"].get<double>() <= 35);
    CHECK(page["right"].get<double>() >= 15);
    CHECK(page["right"].get<double>() <= 20);

    auto portrait = Sample();
    portrait.orientation = PageOrientation::Portrait;
    WriteDocxReport(portrait, folder / "doc.docx");
    const json upright = ReadBack(folder / "doc.docx");
    CHECK(upright["page"]["width"] == 210.0);
    CHECK(upright["page"]["height"] == 297.0);
}

TEST_CASE("DOCX: a document the writers cannot render is refused and no file is left", "[reports]") {
    test::TemporaryFolder folder;
    auto doc = Sample();
    doc.table.rows[1].cells.pop_back();
    const auto error = test::ErrorFrom([&] { WriteDocxReport(doc, folder / "bao-cao.docx"); });
    CHECK(error.Code() == domain::ErrorCode::InvalidValue);
    CHECK(folder.Entries().empty());
}

TEST_CASE("DOCX opens in LibreOffice Writer: converted to PDF headless, its text is all there",
          "[reports][libreoffice]") {
    test::TemporaryFolder folder;
    WriteDocxReport(Sample(), folder / "bao-cao.docx");
    std::filesystem::create_directories(folder / "home");
    // A private profile and home, so that the test neither reads nor changes the user's own.
    const auto result =
        test::RunTool("/usr/bin/env", {"HOME=" + (folder / "home").string(), "/usr/bin/soffice",
                                       "-env:UserInstallation=file://" + (folder / "profile").string(),
                                       "--headless", "--convert-to", "pdf", "--outdir",
                                       folder.Path().string(), (folder / "bao-cao.docx").string()});
    INFO("soffice is LibreOffice (apt-get install libreoffice-writer-nogui); exit code 127: not installed");
    INFO(result.out);
    REQUIRE(result.exit_code == 0);
    REQUIRE(std::filesystem::exists(folder / "bao-cao.pdf"));
    const std::string text = test::PdfText(folder / "bao-cao.pdf");
    CHECK_THAT(text, Catch::Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    CHECK_THAT(text, Catch::Contains("BÁO CÁO"));
    CHECK_THAT(text, Catch::Contains("<QLKH>"));  // escaped in the XML, read back as written
    CHECK_THAT(text, Catch::Contains("Nơi nhận:"));
    CHECK_THAT(text, Catch::Contains("Nguyễn Văn An"));
    CHECK_THAT(text, Catch::Contains("Tổng cộng"));
    CHECK(test::PdfPages(folder / "bao-cao.pdf") >= 2);
    // Kept beside the build for a person to look at (pdftoppm -png).
    std::error_code ignored;
    std::filesystem::create_directories(INNODESK_REPORT_SAMPLES_DIR, ignored);
    for (const char* name : {"bao-cao.docx", "bao-cao.pdf"})
        std::filesystem::copy_file(
            folder / name,
            std::filesystem::path(INNODESK_REPORT_SAMPLES_DIR) / ("docx-sample-" + std::string(name)),
            std::filesystem::copy_options::overwrite_existing, ignored);
}
