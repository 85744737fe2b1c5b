// ParseCsv on the messes real CSV exports come with: encodings, delimiters, quotes, debris.
#include "interchange/csv_reader.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "test_support.h"

namespace {

using Catch::Matchers::Contains;
using innodesk::domain::ErrorCode;
using innodesk::interchange::CsvOptions;
using innodesk::interchange::ParseCsv;
using innodesk::interchange::Table;
using innodesk::interchange::test::English;
using innodesk::interchange::test::ErrorFrom;
using innodesk::interchange::test::ImportFixture;
using innodesk::interchange::test::Vietnamese;
using Cells = std::vector<std::string>;

const Cells kHeader = {"Mã số thuế", "Tên doanh nghiệp", "Loại hình",      "Quy mô",
                       "Ngành VSIC", "Xã/Phường",        "Tỉnh/Thành phố", "Địa chỉ"};

std::string FixtureBytes(const std::string& name) {
    std::ifstream in(ImportFixture(name), std::ios::binary);
    REQUIRE(in);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

Table ParseFixture(const std::string& name, const CsvOptions& options = {}) {
    return ParseCsv(FixtureBytes(name), options);
}

}  // namespace

TEST_CASE("UTF-8 with BOM, comma and quoted addresses", "[interchange]") {
    const Table table = ParseFixture("utf8_bom_comma.csv");
    CHECK(table.header == kHeader);  // the BOM is not part of "Mã số thuế"
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].source_line == 2);
    CHECK(table.rows[0].cells == Cells{"0300588569", "Công ty Cổ phần Bánh kẹo Biên Hòa", "Công ty cổ phần",
                                       "Vừa", "1073", "Phường An Bình", "Đồng Nai",
                                       "Số 5, Đường 3A, KCN Biên Hòa 2"});
    CHECK(table.rows[1].source_line == 3);
    CHECK(table.rows[1].cells[7] == "Tầng 9, Tòa nhà Việt Á, 9 Duy Tân");
}

TEST_CASE("UTF-8 without BOM, semicolons, spaces around cells and a row of delimiters", "[interchange]") {
    const Table table = ParseFixture("utf8_semicolon.csv");
    CHECK(table.header == kHeader);
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].cells == Cells{"4201234567", "Hợp tác xã Nông nghiệp Ninh Hòa", "Hợp tác xã",
                                       "Siêu nhỏ", "0118", "Xã Ninh Quang", "Khánh Hòa",
                                       "Thôn Phú Hữu, Ninh Quang"});
    CHECK(table.rows[1].source_line == 4);  // line 3 is ";;;;;;;" and is skipped
    CHECK(table.rows[1].cells[0] == "0312345678-001");
    CHECK(table.rows[1].cells[7] == "12 Tôn Đức Thắng, Quận 1");
}

TEST_CASE("Excel 'Unicode text': UTF-16LE with BOM, tab, CRLF", "[interchange]") {
    const Table table = ParseFixture("utf16le_tab.txt");
    CHECK(table.header == kHeader);
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].cells[1] == "Công ty Cổ phần Bánh kẹo Biên Hòa");
    CHECK(table.rows[0].cells[7] == "Số 5, Đường 3A, KCN Biên Hòa 2");
    CHECK(table.rows[1].cells[1] == "Công ty TNHH Thương mại \"Sao Việt\"");
    CHECK(table.rows[1].source_line == 3);
}

TEST_CASE("UTF-16BE with BOM is converted too", "[interchange]") {
    const std::u16string text = u"Mã số thuế,Tỉnh/Thành phố\r\n0300588569,Đồng Nai\r\n";
    std::string bytes = "\xFE\xFF";
    for (const char16_t unit : text) {
        bytes.push_back(static_cast<char>(unit >> 8));
        bytes.push_back(static_cast<char>(unit & 0xFF));
    }
    const Table table = ParseCsv(bytes);
    CHECK(table.header == Cells{"Mã số thuế", "Tỉnh/Thành phố"});
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows[0].cells == Cells{"0300588569", "Đồng Nai"});
}

TEST_CASE("Quoted cells keep line breaks and doubled quotes, and source lines follow physical lines",
          "[interchange]") {
    const Table table = ParseFixture("quoted_multiline.csv");
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].source_line == 2);
    CHECK(table.rows[0].cells[1] == "Công ty TNHH \"Phần mềm\" Hà Nội");
    CHECK(table.rows[0].cells[7] == "Tầng 9\nTòa nhà Việt Á\n9 Duy Tân");
    CHECK(table.rows[1].source_line == 5);
    CHECK(table.rows[1].cells[0] == "4201234567");
}

TEST_CASE("CRLF with Excel debris: empty trailing columns, blank rows, short rows", "[interchange]") {
    const Table table = ParseFixture("crlf_blank_rows.csv");
    CHECK(table.header == kHeader);  // the two empty trailing headings are dropped
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].source_line == 2);
    CHECK(table.rows[0].cells.size() == kHeader.size());  // the empty extra fields are dropped
    CHECK(table.rows[0].cells[7] == "KCN Biên Hòa 2");
    CHECK(table.rows[1].source_line == 5);
    CHECK(table.rows[1].cells ==
          Cells{"0101248141", "Công ty TNHH Phần mềm Hà Nội", "Công ty TNHH", "", "", "", "", ""});
}

TEST_CASE("Windows-1258 is refused by default and converted to NFC when named", "[interchange]") {
    SECTION("refused, naming the line and byte and suggesting the fix") {
        const auto error = ErrorFrom([] { ParseFixture("windows1258.csv"); });
        CHECK(error.Code() == ErrorCode::FileFormat);
        CHECK_THAT(English(error), Contains("line 1, byte 3") && Contains("0xDE") &&
                                       Contains("--encoding windows-1258") && Contains("CSV UTF-8"));
        CHECK_THAT(Vietnamese(error), Contains("dòng 1") && Contains("--encoding windows-1258") &&
                                          Contains("Lưu lại tệp dưới dạng CSV UTF-8"));
    }
    SECTION("converted with --encoding windows-1258") {
        CsvOptions options;
        options.encoding = "windows-1258";
        const Table table = ParseFixture("windows1258.csv", options);
        // The file stores "ế" as ê + combining acute; the table holds the precomposed letter.
        CHECK(table.header == kHeader);
        REQUIRE(table.rows.size() == 2);
        CHECK(table.rows[0].cells[1] == "Công ty Cổ phần Bánh kẹo Biên Hòa");
        CHECK(table.rows[1].cells == Cells{"4201234567", "Hợp tác xã Nông nghiệp Ninh Hòa", "Hợp tác xã",
                                           "Siêu nhỏ", "0118", "Xã Ninh Quang", "Khánh Hòa", "Thôn Phú Hữu"});
    }
}

TEST_CASE("Invalid UTF-8 is refused with its line and byte", "[interchange]") {
    const auto error =
        ErrorFrom([] { ParseCsv("Mã số thuế,Tên\n0300588569,Công ty A\n0101248141,C\xF4ng ty B\n"); });
    CHECK(error.Code() == ErrorCode::FileFormat);
    CHECK_THAT(English(error), Contains("line 3, byte 13") && Contains("0xF4"));
    CHECK_THAT(Vietnamese(error), Contains("dòng 3, byte thứ 13"));

    SECTION("overlong encodings and surrogates are not UTF-8 either") {
        const std::string bad = GENERATE(std::string("\xC0\xAF"), std::string("\xED\xA0\x80"),
                                         std::string("\xF4\x90\x80\x80"), std::string("\xE1\x80"));
        INFO("bytes: " << bad.size());
        const auto overlong = ErrorFrom([&] { ParseCsv("a,b\nx," + bad + "\n"); });
        CHECK_THAT(English(overlong), Contains("line 2, byte 3"));
    }
}

TEST_CASE("A NUL byte suggests UTF-16 without a BOM", "[interchange]") {
    const std::string bytes("a\0,\0b\0\n\0", 8);
    const auto error = ErrorFrom([&] { ParseCsv(bytes); });
    CHECK_THAT(English(error), Contains("NUL") && Contains("line 1") && Contains("UTF-16"));
}

TEST_CASE("An unknown encoding name is refused", "[interchange]") {
    CsvOptions options;
    options.encoding = "tcvn-nonexistent";
    const auto error = ErrorFrom([&] { ParseCsv("a,b\n1,2\n", options); });
    CHECK(error.Code() == ErrorCode::FileFormat);
    CHECK_THAT(English(error), Contains("tcvn-nonexistent"));
}

TEST_CASE("Undecodable bytes in a named encoding are refused with the line", "[interchange]") {
    CsvOptions options;
    options.encoding = "UTF-16LE";
    // "a,b\n1,2\n" then an unpaired high surrogate on line 3.
    const std::string bytes("a\0,\0b\0\n\0001\0,\0002\0\n\0x\0\x00\xD8\n\0", 22);
    const auto error = ErrorFrom([&] { ParseCsv(bytes, options); });
    CHECK_THAT(English(error), Contains("line 3") && Contains("UTF-16LE"));
    CHECK_THAT(Vietnamese(error), Contains("dòng 3"));
}

TEST_CASE("An unterminated quote names the line where it opened", "[interchange]") {
    const auto error = ErrorFrom([] { ParseFixture("unterminated_quote.csv"); });
    CHECK(error.Code() == ErrorCode::FileFormat);
    CHECK_THAT(English(error), Contains("line 3") && Contains("field 8") && Contains("never closed"));
    CHECK_THAT(Vietnamese(error), Contains("dòng 3"));

    SECTION("also when the record began on an earlier line") {
        const auto later = ErrorFrom([] { ParseCsv("a,b,c\n\"x\ny\",\"open\n"); });
        CHECK_THAT(English(later), Contains("line 3 (field 2)"));
    }
}

TEST_CASE("A row with more non-empty fields than the header is refused with its line", "[interchange]") {
    const auto error = ErrorFrom([] { ParseFixture("unquoted_commas.csv"); });
    CHECK(error.Code() == ErrorCode::FileFormat);
    CHECK_THAT(English(error), Contains("line 3 has 10 fields but the header has 8") && Contains("','"));
    CHECK_THAT(Vietnamese(error), Contains("dòng 3 có 10 trường") && Contains("8 cột"));
}

TEST_CASE("Text after a closing quote is refused", "[interchange]") {
    const auto error = ErrorFrom([] { ParseCsv("Tên,Tỉnh\n\"Công ty \"Sao\" Việt\",Hà Nội\n"); });
    CHECK_THAT(English(error), Contains("line 2, field 1") && Contains("\"\""));
}

TEST_CASE("Empty files and header-only files", "[interchange]") {
    SECTION("an empty file is an error") {
        const auto error = ErrorFrom([] { ParseFixture("empty.csv"); });
        CHECK(error.Code() == ErrorCode::FileFormat);
        CHECK_THAT(English(error), Contains("the file is empty") || Contains("The file is empty"));
        CHECK_THAT(Vietnamese(error), Contains("Tệp rỗng"));
    }
    SECTION("only a BOM and blank lines is empty too") {
        const auto error = ErrorFrom([] { ParseCsv("\xEF\xBB\xBF\r\n,,,\r\n\r\n"); });
        CHECK_THAT(English(error), Contains("empty"));
    }
    SECTION("a header alone gives a table without rows") {
        const Table table = ParseFixture("header_only.csv");
        CHECK(table.header == kHeader);
        CHECK(table.rows.empty());
    }
}

TEST_CASE("CR LF, LF and lone CR all end lines", "[interchange]") {
    const std::string end = GENERATE(std::string("\r\n"), std::string("\n"), std::string("\r"));
    INFO("line end of " << end.size() << " bytes, first " << static_cast<int>(end[0]));
    const std::string text = "Mã,Tên" + end + "1,\"A" + end + "B\"" + end + end + "2,C" + end;
    const Table table = ParseCsv(text);
    CHECK(table.header == Cells{"Mã", "Tên"});
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].source_line == 2);
    CHECK(table.rows[0].cells[1] == "A" + end + "B");  // what is inside quotes is kept as written
    CHECK(table.rows[1].source_line == 5);
    CHECK(table.rows[1].cells == Cells{"2", "C"});
}

TEST_CASE("Trimming: unquoted cells and headings lose spaces, quoted cells keep them", "[interchange]") {
    const Table table = ParseCsv("  Mã số thuế , \" Tên \" \n  0300588569  ,  \"  Công ty A  \"  \n");
    CHECK(table.header == Cells{"Mã số thuế", "Tên"});
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows[0].cells == Cells{"0300588569", "  Công ty A  "});
}

TEST_CASE("The last line may lack a line end, and a trailing delimiter makes an empty field",
          "[interchange]") {
    const Table table = ParseCsv("a,b,c\n1,2,");
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows[0].cells == Cells{"1", "2", ""});
}

TEST_CASE("Delimiter sniffing looks at the header, outside quotes", "[interchange]") {
    SECTION("semicolons win over commas inside a heading") {
        const Table table = ParseCsv("Mã số thuế;Xã/Phường, Thị trấn;Tỉnh\n1;Phường 1, Quận 3;HCM\n");
        CHECK(table.header == Cells{"Mã số thuế", "Xã/Phường, Thị trấn", "Tỉnh"});
        CHECK(table.rows[0].cells[1] == "Phường 1, Quận 3");
    }
    SECTION("delimiters inside quoted headings do not count") {
        const Table table = ParseCsv("\"a;b;c\",d\n1,2\n");
        CHECK(table.header == Cells{"a;b;c", "d"});
    }
    SECTION("tabs") {
        const Table table = ParseCsv("a\tb, c\n1\t2\n");
        CHECK(table.header == Cells{"a", "b, c"});
    }
    SECTION("blank lines above the header do not decide") {
        const Table table = ParseCsv("\n,,\na;b\n1;2\n");
        CHECK(table.header == Cells{"a", "b"});
        CHECK(table.rows[0].source_line == 4);
    }
    SECTION("a record of quoted spaces is not the header") {
        const Table table = ParseCsv("\"  \",\" \"\na,b\n1,2\n");
        CHECK(table.header == Cells{"a", "b"});
        CHECK(table.rows.size() == 1);
    }
    SECTION("a single column") {
        const Table table = ParseCsv("Mã số thuế\n0300588569\n");
        CHECK(table.header == Cells{"Mã số thuế"});
        CHECK(table.rows[0].cells == Cells{"0300588569"});
    }
    SECTION("an explicit delimiter wins") {
        CsvOptions options;
        options.delimiter = ',';
        const Table table = ParseCsv("a;b,c\n1;2,3\n", options);
        CHECK(table.header == Cells{"a;b", "c"});
    }
}

TEST_CASE("A quote cannot be the delimiter", "[interchange]") {
    CsvOptions options;
    options.delimiter = '"';
    const auto error = ErrorFrom([&] { ParseCsv("a,b\n", options); });
    CHECK(error.Code() == ErrorCode::InvalidValue);
    CHECK(error.Field() == "delimiter");
}
