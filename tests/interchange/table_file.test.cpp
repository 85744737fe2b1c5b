// ReadTableFile: choosing the reader by extension, and reporting files that cannot be read.
#include "interchange/table_file.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "test_support.h"

namespace {

using Catch::Matchers::Contains;
using innodesk::domain::ErrorCode;
using innodesk::interchange::CsvOptions;
using innodesk::interchange::ReadTableFile;
using innodesk::interchange::Table;
using innodesk::interchange::test::English;
using innodesk::interchange::test::ErrorFrom;
using innodesk::interchange::test::ImportFixture;
using innodesk::interchange::test::TemporaryDirectory;
using innodesk::interchange::test::Vietnamese;
using Cells = std::vector<std::string>;

}  // namespace

TEST_CASE("The extension chooses the reader", "[interchange]") {
    SECTION(".csv") {
        const Table table = ReadTableFile(ImportFixture("utf8_bom_comma.csv"));
        CHECK(table.rows.size() == 2);
        CHECK(table.header.front() == "Mã số thuế");
    }
    SECTION(".txt, as Excel saves Unicode text") {
        const Table table = ReadTableFile(ImportFixture("utf16le_tab.txt"));
        CHECK(table.rows.size() == 2);
    }
    SECTION(".xlsx, first sheet") {
        const Table table = ReadTableFile(ImportFixture("enterprises.xlsx"));
        CHECK(table.rows.size() == 4);
    }
    SECTION("extensions in capitals") {
        const TemporaryDirectory directory;
        const auto path = directory.Write("DANH_SACH.CSV", "Mã;Tên\n1;A\n");
        CHECK(ReadTableFile(path).header == Cells{"Mã", "Tên"});
    }
    SECTION(".tsv is tab-separated even when the header holds commas") {
        const TemporaryDirectory directory;
        const auto path = directory.Write("danh_sach.tsv", "Xã, Phường\tTỉnh\nPhường 1, Quận 3\tHCM\n");
        const Table table = ReadTableFile(path);
        CHECK(table.header == Cells{"Xã, Phường", "Tỉnh"});
        CHECK(table.rows[0].cells == Cells{"Phường 1, Quận 3", "HCM"});
    }
    SECTION("options reach the CSV reader") {
        CsvOptions options;
        options.encoding = "windows-1258";
        const Table table = ReadTableFile(ImportFixture("windows1258.csv"), options);
        CHECK(table.rows[1].cells[1] == "Hợp tác xã Nông nghiệp Ninh Hòa");
    }
}

TEST_CASE("Unsupported extensions are named", "[interchange]") {
    const TemporaryDirectory directory;
    SECTION("an unknown extension") {
        const auto path = directory.Write("bao_cao.pdf", "%PDF-1.7");
        const auto error = ErrorFrom([&] { ReadTableFile(path); });
        CHECK(error.Code() == ErrorCode::FileFormat);
        CHECK_THAT(English(error), Contains("“.pdf”") && Contains(".csv, .tsv, .txt and .xlsx"));
        CHECK_THAT(Vietnamese(error), Contains("“.pdf”"));
    }
    SECTION("no extension") {
        const auto path = directory.Write("danh_sach", "a,b\n");
        CHECK_THAT(English(ErrorFrom([&] { ReadTableFile(path); })), Contains("(no extension)"));
    }
    SECTION("the old .xls format") {
        const auto path = directory.Write("cu.xls", "");
        CHECK_THAT(English(ErrorFrom([&] { ReadTableFile(path); })), Contains("Excel 97-2003 format (.xls)"));
    }
}

TEST_CASE("Files that cannot be opened give the path and the reason", "[interchange]") {
    SECTION("missing") {
        const auto path = ImportFixture("khong_co.csv");
        const auto error = ErrorFrom([&] { ReadTableFile(path); });
        CHECK(error.Code() == ErrorCode::FileFormat);
        CHECK_THAT(English(error), Contains(path.string()) && Contains("No such file or directory"));
        CHECK_THAT(Vietnamese(error), Contains(path.string()) && Contains("tệp không tồn tại"));
    }
    SECTION("a directory") {
        const TemporaryDirectory directory;
        std::filesystem::create_directory(directory.Path() / "thu_muc.csv");
        const auto error = ErrorFrom([&] { ReadTableFile(directory.Path() / "thu_muc.csv"); });
        CHECK_THAT(English(error), Contains("Is a directory"));
        CHECK_THAT(Vietnamese(error), Contains("thư mục"));
    }
}

TEST_CASE("CSV errors from a file start with the file's name", "[interchange]") {
    const auto error = ErrorFrom([] { ReadTableFile(ImportFixture("unterminated_quote.csv")); });
    CHECK_THAT(English(error), Contains("File “unterminated_quote.csv”:") && Contains("line 3"));
    CHECK_THAT(Vietnamese(error), Contains("Tệp “unterminated_quote.csv”:") && Contains("dòng 3"));
}
