// The CSV writer, checked byte for byte.
#include "report_samples.h"
#include "test_support.h"

#include "reports/csv_report_writer.h"

#include <catch2/catch.hpp>

using namespace innodesk::reports;

TEST_CASE("CSV: BOM, CR LF, RFC 4180 quoting, plain digits for numbers, NFC text", "[reports]") {
    const std::string expected =
        "\xEF\xBB\xBF"
        "STT,Chỉ tiêu,Kết quả,Tỷ lệ\r\n"
        "1,\"Doanh nghiệp được hỗ trợ, \"\"từ 15\"\"\",1234,\"72,5%\"\r\n"
        "2,Khánh Hòa,6,100%\r\n"
        "3,'=1+1 không phải công thức,0,\r\n"
        ",Tổng cộng,1240,\r\n";
    CHECK(CsvReport(test::SmallReport()) == expected);

    test::TemporaryFolder folder;
    WriteCsvReport(test::SmallReport(), folder / "bao-cao.csv");
    CHECK(test::ReadBytes(folder / "bao-cao.csv") == expected);
    CHECK(folder.Entries() == std::vector<std::string>{"bao-cao.csv"});
}

TEST_CASE("CSV of the sample report: group and total rows as in the table", "[reports]") {
    const std::string csv = CsvReport(test::SampleReport(3));
    CHECK(
        csv.rfind("\xEF\xBB\xBFSTT,\"Chỉ tiêu, nhiệm vụ\",Kết quả,Kinh phí (đồng),Đơn vị chủ trì,Ghi chú\r\n",
                  0) == 0);
    CHECK_THAT(csv, Catch::Contains("I,Dấu thanh trên mọi nguyên âm,,,,\r\n"));
    for (const auto& tones : test::ToneSamples()) CHECK_THAT(csv, Catch::Contains("," + tones + ","));
    CHECK_THAT(csv, Catch::Contains(",Khánh Hòa,1,999,Sở KH&CN,\r\n"));
    CHECK_THAT(
        csv,
        Catch::Contains(
            ",Phòng Quản lý khoa học & công nghệ <QLKH>,\"Ghi chú \"\"trích dẫn\"\", có dấu phẩy\"\r\n"));
    CHECK(csv.find(test::kKhanhHoaNfd) == std::string::npos);
    CHECK(csv.size() >= 2);
    CHECK(csv.substr(csv.size() - 2) == "\r\n");
}
