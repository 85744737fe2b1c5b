// The report model: totals, validation, NFC normalisation and the fixed words.
#include "report_samples.h"
#include "test_support.h"

#include "reports/report_document.h"
#include "reports/report_labels.h"

#include <catch2/catch.hpp>

#include <functional>
#include <limits>

using namespace innodesk;
using namespace innodesk::reports;
using domain::Language;

TEST_CASE("A total row adds up the counts and amounts of the rows it names", "[reports]") {
    const auto doc = test::SampleReport(4);
    const auto& rows = doc.table.rows;
    const auto& grand = rows.back();
    REQUIRE(grand.kind == RowKind::Total);
    std::int64_t count = 0;
    std::int64_t amount = 0;
    for (const auto& row : rows) {
        if (row.kind != RowKind::Item) continue;
        count += row.cells[2].whole;
        amount += row.cells[3].whole;
    }
    CHECK(grand.cells[2].number == CellNumber::Count);
    CHECK(grand.cells[2].whole == count);
    CHECK(grand.cells[3].number == CellNumber::Money);
    CHECK(grand.cells[3].whole == amount);
    CHECK(grand.cells[3].text == GroupedNumber(amount, Language::Vietnamese));
    CHECK(grand.cells[1].text == "Tổng cộng");
    CHECK(grand.summed_rows == doc.table.AllItems());
    CHECK_NOTHROW(Validate(doc));
}

TEST_CASE("A total leaves alone a column whose cells mix kinds of number", "[reports]") {
    ReportTable table;
    table.columns = {{"A", 10, ColumnAlign::Left}};
    table.AddItem({ReportCell::Count(3, Language::Vietnamese)});
    table.AddItem({ReportCell::Percent(50, Language::Vietnamese)});
    table.AddTotal({ReportCell::Text("—")}, table.AllItems(), Language::Vietnamese);
    CHECK(table.rows.back().cells[0].number == CellNumber::None);
    CHECK(table.rows.back().cells[0].text == "—");
}

TEST_CASE("Validate refuses a document the writers could not render faithfully", "[reports]") {
    auto doc = test::SmallReport();
    SECTION("a row with a cell too many") {
        doc.table.rows[0].cells.push_back(ReportCell::Text("x"));
        const auto error = test::ErrorFrom([&] { Validate(doc); });
        CHECK(error.Code() == domain::ErrorCode::InvalidValue);
        CHECK_THAT(error.Message(Language::English), Catch::Contains("Row 1") && Catch::Contains("5 cells"));
    }
    SECTION("a total whose number is not the sum of its rows") {
        doc.table.rows.back().cells[2].whole += 1;
        const auto error = test::ErrorFrom([&] { Validate(doc); });
        CHECK_THAT(error.Message(Language::English),
                   Catch::Contains("says 1241") && Catch::Contains("sum to 1240"));
        CHECK_THAT(error.Message(Language::Vietnamese), Catch::Contains("Dòng tổng 4"));
    }
    SECTION("a total that adds up a row below it") {
        doc.table.rows.back().summed_rows.push_back(7);
        CHECK_THAT(test::ErrorFrom([&] { Validate(doc); }).Message(Language::English),
                   Catch::Contains("may only add up each item row above it once"));
    }
    SECTION("a table without columns") {
        doc.table = {};
        CHECK_THAT(test::ErrorFrom([&] { Validate(doc); }).Message(Language::English),
                   Catch::Contains("no columns"));
    }
    SECTION("AddItem with the wrong number of cells") {
        CHECK_THAT(
            test::ErrorFrom([&] { doc.table.AddItem({ReportCell::Text("1")}); }).Message(Language::English),
            Catch::Contains("has 1 cells but the table has 4 columns"));
    }
}

TEST_CASE("Text is normalised to NFC and bad characters are refused with their place", "[reports]") {
    auto doc = test::SmallReport();
    const auto normalised = NormalisedText(doc);
    CHECK(normalised.table.rows[1].cells[1].text == test::kKhanhHoaNfc);
    CHECK(std::string(test::kKhanhHoaNfd) != test::kKhanhHoaNfc);

    SECTION("invalid UTF-8") {
        doc.table.rows[2].cells[1].text = "abc\xC3(";
        const auto error = test::ErrorFrom([&] { NormalisedText(doc); });
        CHECK(error.Code() == domain::ErrorCode::InvalidValue);
        CHECK_THAT(error.Message(Language::English), Catch::Contains("the table, row 3, column 2") &&
                                                         Catch::Contains("not valid UTF-8 (byte 4)"));
    }
    SECTION("a control character") {
        doc.title = "BÁO\x07 CÁO";
        CHECK_THAT(test::ErrorFrom([&] { NormalisedText(doc); }).Message(Language::Vietnamese),
                   Catch::Contains("tiêu đề") && Catch::Contains("U+0007"));
    }
    SECTION("line feeds and tabs are kept") {
        doc.title = "BÁO CÁO\nQUÝ\tIII";
        CHECK(NormalisedText(doc).title == "BÁO CÁO\nQUÝ\tIII");
    }
}

TEST_CASE("The fixed words and numbers of a report", "[reports]") {
    const auto date = domain::CalendarDate::FromYmd(2026, 3, 5);
    CHECK(PlaceAndDate("Khánh Hòa", date, Language::Vietnamese) == "Khánh Hòa, ngày 05 tháng 3 năm 2026");
    CHECK(PlaceAndDate("Khánh Hòa", date, Language::English) == "Khánh Hòa, 05/03/2026");
    CHECK(PlaceAndDate("Huế", domain::CalendarDate::FromYmd(2026, 2, 15), Language::Vietnamese) ==
          "Huế, ngày 15 tháng 02 năm 2026");
    CHECK(PlaceAndDate("Huế", domain::CalendarDate::FromYmd(2026, 7, 15), Language::Vietnamese) ==
          "Huế, ngày 15 tháng 7 năm 2026");
    CHECK(UpperCase("Thành phố Huế, tỉnh Khánh Hòa") == "THÀNH PHỐ HUẾ, TỈNH KHÁNH HÒA");
    CHECK(NationalHeading(Language::Vietnamese) ==
          std::vector<std::string>{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"});
    CHECK(PageLabel(1, 3, Language::Vietnamese) == "Trang 1/3");
    CHECK(PageLabel(2, 3, Language::English) == "Page 2/3");
    CHECK(GroupedNumber(1234567, Language::Vietnamese) == "1.234.567");
    CHECK(GroupedNumber(-1234567, Language::English) == "-1,234,567");
    CHECK(GroupedNumber(999, Language::Vietnamese) == "999");
    CHECK(GroupedNumber(std::numeric_limits<std::int64_t>::min(), Language::Vietnamese) ==
          "-9.223.372.036.854.775.808");
    CHECK(PercentText(72.5, Language::Vietnamese) == "72,5%");
    CHECK(PercentText(72.5, Language::English) == "72.5%");
    CHECK(PercentText(100, Language::Vietnamese) == "100%");
}
