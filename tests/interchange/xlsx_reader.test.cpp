// ReadXlsx on workbooks made by openpyxl and edited into what Excel and others write.
#include "interchange/xlsx_reader.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "test_support.h"

namespace {

using Catch::Matchers::Contains;
using innodesk::domain::ErrorCode;
using innodesk::interchange::ReadXlsx;
using innodesk::interchange::Table;
using innodesk::interchange::test::English;
using innodesk::interchange::test::ErrorFrom;
using innodesk::interchange::test::ImportFixture;
using innodesk::interchange::test::TemporaryDirectory;
using innodesk::interchange::test::Vietnamese;
using Cells = std::vector<std::string>;

}  // namespace

TEST_CASE("The first sheet of a workbook with every kind of cell", "[interchange]") {
    const Table table = ReadXlsx(ImportFixture("enterprises.xlsx"));
    // Row 1 is empty, so row 2 is the header.
    CHECK(table.header == Cells{"Mã số thuế", "Tên doanh nghiệp", "Loại hình", "Quy mô", "Ngành VSIC",
                                "Xã/Phường", "Tỉnh/Thành phố", "Địa chỉ", "Ngày thành lập",
                                "Vốn điều lệ (tỷ đồng)"});
    REQUIRE(table.rows.size() == 4);

    SECTION("shared strings, rich text, a numeric tax code, a built-in date format, a decimal") {
        CHECK(table.rows[0].source_line == 3);
        CHECK(table.rows[0].cells == Cells{"300588569", "Công ty Cổ phần Bánh kẹo Biên Hòa",
                                           "Công ty cổ phần", "Vừa", "1073", "Phường An Bình", "Đồng Nai",
                                           " KCN Biên Hòa 2 ", "1999-03-15", "35.5"});
    }
    SECTION("a text tax code, a skipped column, a custom date format, a large integer") {
        CHECK(table.rows[1].source_line == 4);
        CHECK(table.rows[1].cells == Cells{"0101248141", "Công ty TNHH Phần mềm Hà Nội", "Công ty TNHH", "",
                                           "6201", "Phường Dịch Vọng Hậu", "Hà Nội", "Tầng 9, Tòa nhà Việt Á",
                                           "2005-12-01", "1234567890123"});
    }
    SECTION("after an empty row: inline string, untrimmed text, cached formula text, an error value") {
        CHECK(table.rows[2].source_line == 6);
        CHECK(table.rows[2].cells == Cells{"4201234567", "Hợp tác xã Nông nghiệp Ninh Hòa", "Hợp tác xã",
                                           "Siêu nhỏ", "118", "Xã Ninh Quang", "KHÁNH HÒA", "", "", "#N/A"});
    }
    SECTION("a sparse row, padded, with a double rounded to 15 digits") {
        CHECK(table.rows[3].source_line == 8);
        CHECK(table.rows[3].cells ==
              Cells{"0312345678-001", "", "", "", "", "", "", "12 Tôn Đức Thắng", "", "0.3"});
    }
}

TEST_CASE("A sheet chosen by name, with booleans", "[interchange]") {
    const Table table = ReadXlsx(ImportFixture("enterprises.xlsx"), "Ghi chú");
    CHECK(table.header == Cells{"Mục", "Nội dung", "Đã kiểm tra"});
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].cells ==
          Cells{"1", "Danh sách lấy từ Cổng thông tin quốc gia về đăng ký doanh nghiệp", "TRUE"});
    CHECK(table.rows[1].cells == Cells{"2", "Mã số thuế thiếu số 0 ở đầu cần được sửa", "FALSE"});
}

TEST_CASE("The 1904 date system, times, relative targets and unnumbered rows", "[interchange]") {
    const Table table = ReadXlsx(ImportFixture("date1904.xlsx"));
    CHECK(table.header == Cells{"Mã số thuế", "Ngày cấp", "Giờ nộp", "Thời điểm nộp", "Thời lượng"});
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].cells ==
          Cells{"0300588569", "2021-06-30", "08:30:00", "2021-07-01 14:05:09", "26:15:00"});
    CHECK(table.rows[1].source_line == 3);  // <row> without r="" follows row 2
    CHECK(table.rows[1].cells == Cells{"0101248141", "1904-01-01", "00:00:00", "2021-07-02", ""});
}

TEST_CASE("A value in a column without a heading is refused, naming the cell", "[interchange]") {
    const auto error = ErrorFrom([] { ReadXlsx(ImportFixture("enterprises.xlsx"), "Lỗi cột"); });
    CHECK(error.Code() == ErrorCode::FileFormat);
    CHECK_THAT(English(error),
               Contains("cell E3") && Contains("column E") && Contains("row 1") && Contains("columns A–C"));
    CHECK_THAT(Vietnamese(error), Contains("ô E3") && Contains("cột E"));
}

TEST_CASE("Workbooks that cannot be read say why", "[interchange]") {
    SECTION("an empty sheet") {
        const auto error = ErrorFrom([] { ReadXlsx(ImportFixture("enterprises.xlsx"), "Trống"); });
        CHECK_THAT(English(error), Contains("“Trống”") && Contains("is empty"));
    }
    SECTION("a sheet that does not exist lists the ones that do") {
        const auto error = ErrorFrom([] { ReadXlsx(ImportFixture("enterprises.xlsx"), "Sheet9"); });
        CHECK(error.Code() == ErrorCode::FileFormat);
        CHECK_THAT(English(error),
                   Contains("no sheet called “Sheet9”") && Contains("“Doanh nghiệp”, “Ghi chú”"));
        CHECK_THAT(Vietnamese(error), Contains("không có trang tính “Sheet9”"));
    }
    SECTION("not a zip archive") {
        const auto error = ErrorFrom([] { ReadXlsx(ImportFixture("not_a_zip.xlsx")); });
        CHECK(error.Code() == ErrorCode::FileFormat);
        CHECK_THAT(English(error),
                   Contains("not_a_zip.xlsx") && Contains("not a zip archive") && Contains("CSV UTF-8"));
        CHECK_THAT(Vietnamese(error), Contains("không phải tệp nén zip"));
    }
    SECTION("a zip archive without a workbook") {
        const auto error = ErrorFrom([] { ReadXlsx(ImportFixture("no_workbook.xlsx")); });
        CHECK_THAT(English(error), Contains("has no workbook") && Contains("xl/workbook.xml"));
    }
    SECTION("an Excel 97-2003 or password-protected workbook") {
        const TemporaryDirectory directory;
        const auto path = directory.Write(
            "cu.xlsx", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(504, '\0'));
        const auto error = ErrorFrom([&] { ReadXlsx(path); });
        CHECK_THAT(English(error), Contains("97-2003") && Contains("password"));
    }
    SECTION("a missing file") {
        const auto error = ErrorFrom([] { ReadXlsx(ImportFixture("khong_co.xlsx")); });
        CHECK_THAT(English(error), Contains("khong_co.xlsx") && Contains("No such file or directory"));
        CHECK_THAT(Vietnamese(error), Contains("không tồn tại"));
    }
}
