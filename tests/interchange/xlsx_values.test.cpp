// Numbers, date serials, number-format kinds, OOXML escapes and cell references.
#include "interchange/xlsx_values.h"

#include <catch2/catch.hpp>

#include <string>

namespace {

using innodesk::interchange::ClassifyBuiltInNumberFormat;
using innodesk::interchange::ClassifyNumberFormatCode;
using innodesk::interchange::ColumnName;
using innodesk::interchange::DecodeOoxmlEscapes;
using innodesk::interchange::FormatDateSerial;
using innodesk::interchange::FormatSpreadsheetNumber;
using innodesk::interchange::NumberFormatKind;
using innodesk::interchange::ParseCellReference;

}  // namespace

TEST_CASE("Numbers are written as Excel keeps them, without exponents for integers", "[interchange]") {
    CHECK(FormatSpreadsheetNumber(300588569) == "300588569");
    CHECK(FormatSpreadsheetNumber(1234567890123) == "1234567890123");
    CHECK(FormatSpreadsheetNumber(-42) == "-42");
    CHECK(FormatSpreadsheetNumber(-0.0) == "0");
    CHECK(FormatSpreadsheetNumber(35.5) == "35.5");
    CHECK(FormatSpreadsheetNumber(-12.25) == "-12.25");
    CHECK(FormatSpreadsheetNumber(0.1 + 0.2) == "0.3");
    CHECK(FormatSpreadsheetNumber(123456.7890123456789) == "123456.789012346");
    CHECK(FormatSpreadsheetNumber(1.5e-7) == "0.00000015");
    CHECK(FormatSpreadsheetNumber(1e20) == "100000000000000000000");
    CHECK(FormatSpreadsheetNumber(12345678901234567890.0) == "12345678901234600000");
    CHECK(FormatSpreadsheetNumber(1.234567890123456e25) == "1.23456789012346E+25");
    CHECK(FormatSpreadsheetNumber(1e-25) == "1E-25");
}

TEST_CASE("Built-in number formats 14-22 and 45-47 are dates and times", "[interchange]") {
    CHECK(ClassifyBuiltInNumberFormat(0) == NumberFormatKind::General);
    CHECK(ClassifyBuiltInNumberFormat(13) == NumberFormatKind::General);
    CHECK(ClassifyBuiltInNumberFormat(14) == NumberFormatKind::Date);
    CHECK(ClassifyBuiltInNumberFormat(17) == NumberFormatKind::Date);
    CHECK(ClassifyBuiltInNumberFormat(18) == NumberFormatKind::Time);
    CHECK(ClassifyBuiltInNumberFormat(22) == NumberFormatKind::DateTime);
    CHECK(ClassifyBuiltInNumberFormat(45) == NumberFormatKind::Time);
    CHECK(ClassifyBuiltInNumberFormat(46) == NumberFormatKind::Duration);
    CHECK(ClassifyBuiltInNumberFormat(49) == NumberFormatKind::General);
}

TEST_CASE("Custom format codes: d, m, y outside quotes and brackets make a date", "[interchange]") {
    CHECK(ClassifyNumberFormatCode("dd/mm/yyyy") == NumberFormatKind::Date);
    CHECK(ClassifyNumberFormatCode("yyyy\\-mm\\-dd") == NumberFormatKind::Date);
    CHECK(ClassifyNumberFormatCode("[$-42A]d mmmm yyyy;@") == NumberFormatKind::Date);
    CHECK(ClassifyNumberFormatCode("mmm-yy") == NumberFormatKind::Date);
    CHECK(ClassifyNumberFormatCode("dd/mm/yyyy hh:mm") == NumberFormatKind::DateTime);
    CHECK(ClassifyNumberFormatCode("h:mm AM/PM") == NumberFormatKind::Time);
    CHECK(ClassifyNumberFormatCode("mm:ss") == NumberFormatKind::Time);  // minutes, not months
    CHECK(ClassifyNumberFormatCode("[h]:mm:ss") == NumberFormatKind::Duration);
    CHECK(ClassifyNumberFormatCode("General") == NumberFormatKind::General);
    CHECK(ClassifyNumberFormatCode("@") == NumberFormatKind::General);
    CHECK(ClassifyNumberFormatCode("#,##0.00") == NumberFormatKind::General);
    CHECK(ClassifyNumberFormatCode("0.00E+00") == NumberFormatKind::General);
    CHECK(ClassifyNumberFormatCode("\"Ngày \"0") == NumberFormatKind::General);
    CHECK(ClassifyNumberFormatCode("[Red]#,##0;[Blue]-#,##0") == NumberFormatKind::General);
    CHECK(ClassifyNumberFormatCode("#,##0 \\d") == NumberFormatKind::General);
    CHECK(ClassifyNumberFormatCode("0;\"dd/mm/yyyy\";0") == NumberFormatKind::General);
}

TEST_CASE("Date serials in the 1900 system, with its fictitious 29 February", "[interchange]") {
    const auto date = [](double serial) { return FormatDateSerial(serial, NumberFormatKind::Date, false); };
    CHECK(date(1) == "1900-01-01");
    CHECK(date(59) == "1900-02-28");
    CHECK(date(60) == "1900-02-29");
    CHECK(date(61) == "1900-03-01");
    CHECK(date(36234) == "1999-03-15");
    CHECK(date(45292) == "2024-01-01");
    CHECK(date(45292.75) == "2024-01-01");  // a date format shows no time
    CHECK(date(2958465) == "9999-12-31");
    CHECK_FALSE(date(0).has_value());
    CHECK_FALSE(date(-1).has_value());
    CHECK_FALSE(date(2958466).has_value());
    CHECK_FALSE(FormatDateSerial(45292, NumberFormatKind::General, false).has_value());
}

TEST_CASE("Date serials in the 1904 system", "[interchange]") {
    CHECK(FormatDateSerial(0, NumberFormatKind::Date, true) == "1904-01-01");
    CHECK(FormatDateSerial(42915, NumberFormatKind::Date, true) == "2021-06-30");
}

TEST_CASE("Times, date-times and durations", "[interchange]") {
    CHECK(FormatDateSerial(45292.5, NumberFormatKind::DateTime, false) == "2024-01-01 12:00:00");
    CHECK(FormatDateSerial(45292, NumberFormatKind::DateTime, false) == "2024-01-01");
    CHECK(FormatDateSerial(0.75, NumberFormatKind::Time, false) == "18:00:00");
    CHECK(FormatDateSerial(0.99999999, NumberFormatKind::Time, false) == "00:00:00");
    CHECK(FormatDateSerial(1.09375, NumberFormatKind::Duration, false) == "26:15:00");
}

TEST_CASE("OOXML _xHHHH_ escapes are decoded", "[interchange]") {
    CHECK(DecodeOoxmlEscapes("Dòng 1_x000D_\nDòng 2") == "Dòng 1\r\nDòng 2");
    CHECK(DecodeOoxmlEscapes("_x005F_x0041_") == "_x0041_");
    CHECK(DecodeOoxmlEscapes("Thu_x1EBF_") == "Thuế");
    CHECK(DecodeOoxmlEscapes("a_x12_b_xZZZZ_c_x") == "a_x12_b_xZZZZ_c_x");
    CHECK(DecodeOoxmlEscapes("_xD800_") == "_xD800_");
    CHECK(DecodeOoxmlEscapes("") == "");
}

TEST_CASE("Cell references within Excel's limits", "[interchange]") {
    const auto reference = [](std::string_view text) -> std::pair<std::size_t, std::size_t> {
        const auto position = ParseCellReference(text);
        REQUIRE(position.has_value());
        return {position->column, position->row};
    };
    CHECK(reference("A1") == std::pair<std::size_t, std::size_t>{0, 1});
    CHECK(reference("C5") == std::pair<std::size_t, std::size_t>{2, 5});
    CHECK(reference("XFD1048576") == std::pair<std::size_t, std::size_t>{16383, 1048576});
    const std::string bad =
        GENERATE(std::string("XFE1"), std::string("A0"), std::string("a1"), std::string("1A"),
                 std::string("A"), std::string("A1048577"), std::string("$A$1"), std::string(""));
    INFO(bad);
    CHECK_FALSE(ParseCellReference(bad).has_value());
}

TEST_CASE("Column names", "[interchange]") {
    CHECK(ColumnName(0) == "A");
    CHECK(ColumnName(25) == "Z");
    CHECK(ColumnName(26) == "AA");
    CHECK(ColumnName(701) == "ZZ");
    CHECK(ColumnName(702) == "AAA");
    CHECK(ColumnName(16383) == "XFD");
}
