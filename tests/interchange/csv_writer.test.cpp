// WriteCsv: the bytes Excel needs, the formula guard, and a round trip through ParseCsv.
#include "interchange/csv_writer.h"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "domain/errors.h"
#include "interchange/csv_reader.h"

namespace {

using innodesk::interchange::NeedsFormulaGuard;
using innodesk::interchange::ParseCsv;
using innodesk::interchange::Table;
using innodesk::interchange::WriteCsv;
using Cells = std::vector<std::string>;

std::string Written(const Cells& header, const std::vector<Cells>& rows) {
    std::ostringstream out;
    WriteCsv(out, header, rows);
    return out.str();
}

}  // namespace

TEST_CASE("WriteCsv writes a BOM, CR LF, and quotes only what needs it", "[interchange]") {
    const std::string csv = Written({"Mã số thuế", "Địa chỉ"}, {{"0300588569", "Số 5, Đường 3A"},
                                                                {"0101248141", "Tòa nhà \"Việt Á\""},
                                                                {"4201234567", "Tầng 9\nDuy Tân"},
                                                                {"", " có khoảng trắng "}});
    CHECK(csv ==
          "\xEF\xBB\xBFMã số thuế,Địa chỉ\r\n"
          "0300588569,\"Số 5, Đường 3A\"\r\n"
          "0101248141,\"Tòa nhà \"\"Việt Á\"\"\"\r\n"
          "4201234567,\"Tầng 9\nDuy Tân\"\r\n"
          ",\" có khoảng trắng \"\r\n");
}

TEST_CASE("Cells a spreadsheet would run as formulas get an apostrophe", "[interchange]") {
    SECTION("formulas and commands") {
        const std::string field = GENERATE(
            std::string("=SUM(A1:A9)"), std::string("@SUM(A1)"), std::string("+cmd|' /C calc'!A0"),
            std::string("-2+3"), std::string("\t=1"), std::string("\r=1"), std::string("+84 912 345 678"),
            // after leading spaces, which spreadsheets skip
            std::string("  =1+1"), std::string(" @SUM(A1)"), std::string("   -2+3"), std::string(" \t=1"),
            // full-width ＝ ＋ － ＠, alone and after spaces
            std::string("＝HYPERLINK(\"http://x\")"), std::string("＋cmd"), std::string("－2＋3"),
            std::string("＠SUM(A1)"), std::string("  ＝1"), std::string("\tplain"), std::string("\rplain"));
        INFO(field);
        CHECK(NeedsFormulaGuard(field));
    }
    SECTION("plain numbers, phone numbers and text are left alone") {
        const std::string field =
            GENERATE(std::string("-5"), std::string("+84912345678"), std::string("-1.5"), std::string("-1,5"),
                     std::string("+1.5e3"), std::string("0300588569"), std::string("Công ty = tốt"),
                     std::string(""), std::string("-"), std::string("   "), std::string("  -5"),
                     std::string("Giá ＝ 5"), std::string("a=b"));
        INFO(field);
        CHECK(NeedsFormulaGuard(field) == (field == "-"));
    }
    SECTION("in the written file") {
        const std::string csv = Written({"Ghi chú"}, {{"=HYPERLINK(\"http://x\",\"y\")"}, {"-5"}, {"@A1"}});
        CHECK(csv == "\xEF\xBB\xBFGhi chú\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n-5\r\n'@A1\r\n");
        CHECK(Written({"Ghi chú"}, {{"  =1+1"}, {"＝1"}}) ==
              "\xEF\xBB\xBFGhi chú\r\n\"'  =1+1\"\r\n'＝1\r\n");
    }
}

TEST_CASE("WriteCsv then ParseCsv gives the table back", "[interchange]") {
    const Cells header = {"Mã số thuế", "Tên doanh nghiệp", "Địa chỉ", "Ghi chú"};
    const std::vector<Cells> rows = {
        {"0300588569", "Công ty Cổ phần Bánh kẹo \"Biên Hòa\"", "Số 5, Đường 3A\r\nKCN Biên Hòa 2", "-12"},
        {"0101248141", "Công ty TNHH Phần mềm Hà Nội", "  Tầng 9  ", "Đã kiểm tra; đạt"},
        {"4201234567", "Hợp tác xã Nông nghiệp Ninh Hòa", "", "\"\""},
    };
    const Table table = ParseCsv(Written(header, rows));
    CHECK(table.header == header);
    REQUIRE(table.rows.size() == rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        INFO("row " << i);
        CHECK(table.rows[i].cells == rows[i]);
    }
    CHECK(table.rows[1].source_line == 4);  // the first row spans lines 2 and 3
}

TEST_CASE("A failing stream is reported, not ignored", "[interchange]") {
    std::ostringstream out;
    out.setstate(std::ios::badbit);
    CHECK_THROWS_AS(WriteCsv(out, {"a"}, {{"1"}}), innodesk::domain::DomainError);
}
