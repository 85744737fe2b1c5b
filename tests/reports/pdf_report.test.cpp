// The PDF writer, read back with poppler's pdftotext, pdffonts and pdfinfo.
#include "report_samples.h"
#include "test_support.h"

#include "reports/pdf_report_writer.h"
#include "test_tools.h"

#include <catch2/catch.hpp>

#include <sstream>

using namespace innodesk;
using namespace innodesk::reports;

namespace {

std::size_t Occurrences(const std::string& text, const std::string& what) {
    std::size_t count = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++count;
    return count;
}

// The fonts pdffonts lists, each with whether it is embedded ("yes"/"no").
std::vector<std::pair<std::string, std::string>> EmbeddedColumn(const std::string& listing) {
    std::vector<std::pair<std::string, std::string>> fonts;
    std::istringstream lines(listing);
    std::string line;
    int number = 0;
    while (std::getline(lines, line)) {
        if (++number <= 2) continue;  // the column titles and the rule under them
        std::istringstream words(line);
        std::vector<std::string> tokens;
        for (std::string word; words >> word;) tokens.push_back(word);
        // name … emb sub uni object-number generation: "emb" is fifth from the end.
        if (tokens.size() >= 6) fonts.emplace_back(tokens.front(), tokens[tokens.size() - 5]);
    }
    return fonts;
}

// Keeps a copy of the rendered sample beside the build for a person to look at (pdftoppm).
void KeepSample(const std::filesystem::path& pdf, const std::string& name) {
    std::error_code ignored;
    std::filesystem::create_directories(INNODESK_REPORT_SAMPLES_DIR, ignored);
    std::filesystem::copy_file(pdf, std::filesystem::path(INNODESK_REPORT_SAMPLES_DIR) / name,
                               std::filesystem::copy_options::overwrite_existing, ignored);
}

}  // namespace

TEST_CASE("PDF: Vietnamese text extracts exactly, the font is embedded, the table header repeats",
          "[reports]") {
    test::TemporaryFolder folder;
    const auto pdf = folder / "bao-cao-quy.pdf";
    WritePdfReport(test::SampleReport(30), pdf);
    KeepSample(pdf, "sample-report.pdf");
    CHECK(folder.Entries() == std::vector<std::string>{"bao-cao-quy.pdf"});

    const int pages = test::PdfPages(pdf);
    CHECK(pages >= 3);
    const std::string text = test::PdfText(pdf);
    for (const auto& tones : test::ToneSamples()) CHECK_THAT(text, Catch::Contains(tones));
    CHECK_THAT(text, Catch::Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    CHECK_THAT(text, Catch::Contains("Độc lập - Tự do - Hạnh phúc"));
    CHECK_THAT(text, Catch::Contains("UBND TỈNH KHÁNH HÒA"));
    CHECK_THAT(text, Catch::Contains("Khánh Hòa, ngày 05 tháng 10 năm 2026"));
    // Markup characters arrive as text (the cell wraps after "khoa").
    CHECK_THAT(text, Catch::Contains("học & công nghệ"));
    CHECK_THAT(text, Catch::Contains("<QLKH>"));
    CHECK(text.find(test::kKhanhHoaNfd) == std::string::npos);
    CHECK_THAT(text, Catch::Contains("Tổng cộng"));
    CHECK_THAT(text, Catch::Contains("Trang 1/" + std::to_string(pages)));
    CHECK_THAT(text, Catch::Contains("Trang " + std::to_string(pages) + "/" + std::to_string(pages)));
    // Once on the first page the table starts on, and again on every page it continues on.
    CHECK(Occurrences(text, "Đơn vị chủ trì") == static_cast<std::size_t>(pages));

    const auto fonts = EmbeddedColumn(test::PdfFonts(pdf));
    REQUIRE_FALSE(fonts.empty());
    for (const auto& [name, embedded] : fonts) {
        INFO(name);
        CHECK_THAT(name, Catch::Contains("DejaVuSerif"));
        CHECK(embedded == "yes");
    }
}

TEST_CASE("PDF in English: page numbers in English, the grand total's amount in English notation",
          "[reports]") {
    test::TemporaryFolder folder;
    const auto pdf = folder / "report.pdf";
    const auto doc = test::SampleReport(2, domain::Language::English);
    WritePdfReport(doc, pdf);
    const std::string text = test::PdfText(pdf);
    CHECK_THAT(text, Catch::Contains("Page 1/"));
    CHECK_THAT(text, !Catch::Contains("Trang "));
    CHECK_THAT(text, Catch::Contains("SOCIALIST REPUBLIC OF VIET NAM"));
    CHECK_THAT(text, Catch::Contains(doc.table.rows.back().cells[3].text));
    CHECK_THAT(doc.table.rows.back().cells[3].text, Catch::Contains(","));
}

TEST_CASE("PDF of a short document is one A4 page", "[reports]") {
    test::TemporaryFolder folder;
    const auto pdf = folder / "short.pdf";
    WritePdfReport(test::SmallReport(), pdf);
    CHECK(test::PdfPages(pdf) == 1);
    const auto info =
        test::RunTool(innodesk::testing::RequireTool(innodesk::testing::Tool::Pdfinfo), {pdf.string()});
    CHECK_THAT(info.out, Catch::Contains("(A4)"));
    CHECK_THAT(test::PdfText(pdf), Catch::Contains("Trang 1/1"));
}
