// The XLSX writer, read back with openpyxl (python3-openpyxl) as an outside reader.
#include "report_samples.h"
#include "test_support.h"

#include "interchange/xlsx_table_writer.h"
#include "reports/xlsx_report_writer.h"
#include "test_tools.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace innodesk;
using namespace innodesk::reports;
using nlohmann::json;

namespace {

json ReadBack(const std::filesystem::path& xlsx) {
    const auto result =
        test::RunTool(innodesk::testing::RequireTool(innodesk::testing::Tool::Python3WithOpenpyxl),
                      {INNODESK_READ_XLSX_SCRIPT, xlsx.string()});
    INFO(result.out);
    REQUIRE(result.exit_code == 0);
    return json::parse(result.out);
}

std::string Cell(char column, int row) {
    return std::string(1, column) + std::to_string(row);
}

// The sheet row (1-based) of the table's header: the cell "STT" in column A.
int HeaderRow(const json& sheet) {
    for (const auto& [name, cell] : sheet["cells"].items())
        if (name[0] == 'A' && cell["value"] == "STT") return std::stoi(name.substr(1));
    FAIL("no header cell STT in column A");
    return 0;
}

}  // namespace

TEST_CASE("XLSX: values, bold header, borders, number formats and =SUM formulas with cached values",
          "[reports]") {
    test::TemporaryFolder folder;
    const auto xlsx = folder / "bao-cao.xlsx";
    const auto doc = test::SampleReport(5);
    WriteXlsxReport(doc, xlsx);
    CHECK(folder.Entries() == std::vector<std::string>{"bao-cao.xlsx"});
    const json sheet = ReadBack(xlsx);
    const auto& cells = sheet["cells"];

    CHECK(sheet["sheet"] == "Báo cáo");
    CHECK(sheet["landscape"] == true);
    CHECK(sheet["paper"] == 9);
    CHECK_THAT(sheet["title"].get<std::string>(), Catch::Contains("BÁO CÁO — Kết quả thực hiện"));

    const int header = HeaderRow(sheet);
    CHECK(sheet["print_title_rows"] == "$" + std::to_string(header) + ":$" + std::to_string(header));
    for (const char column : std::string("ABCDEF")) {
        const auto& cell = cells[Cell(column, header)];
        CHECK(cell["bold"] == true);
        CHECK(cell["border"] == "thin");
        CHECK(cell["wrap"] == true);
    }
    CHECK(cells[Cell('B', header)]["value"] == "Chỉ tiêu, nhiệm vụ");
    CHECK(sheet["widths"]["B"].get<double>() >= 40);
    CHECK(sheet["widths"]["B"].get<double>() < 41);

    bool found_title = false;
    for (const auto& range : sheet["merged"]) {
        const std::string name = range.get<std::string>();
        const std::string first = name.substr(0, name.find(':'));
        if (cells.contains(first) && cells[first]["value"] == "BÁO CÁO")
            found_title = name == first + ":F" + first.substr(1);
    }
    CHECK(found_title);

    const auto normalised = NormalisedText(doc);
    const auto& rows = normalised.table.rows;
    int totals = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const int row = header + 1 + static_cast<int>(i);
        INFO("table row " << i + 1 << ", sheet row " << row);
        const auto& label = cells[Cell('B', row)];
        CHECK(label["bold"] == (rows[i].kind != RowKind::Item));
        if (rows[i].kind == RowKind::Group) {
            CHECK(cells[Cell('A', row)]["value"] == rows[i].cells[0].text);
            continue;
        }
        CHECK(label["value"] == rows[i].cells[1].text);
        const auto& count = cells[Cell('C', row)];
        const auto& amount = cells[Cell('D', row)];
        CHECK(amount["format"] == "#,##0");
        CHECK(count["format"] == "#,##0");
        if (rows[i].kind == RowKind::Item) {
            CHECK(count["value"].get<double>() == static_cast<double>(rows[i].cells[2].whole));
            CHECK(amount["value"].get<double>() == static_cast<double>(rows[i].cells[3].whole));
            continue;
        }
        ++totals;
        const std::string formula = amount["value"].get<std::string>();
        CHECK_THAT(formula, Catch::StartsWith("=SUM(D"));
        CHECK(amount["cached"].get<double>() == static_cast<double>(rows[i].cells[3].whole));
        CHECK(count["cached"].get<double>() == static_cast<double>(rows[i].cells[2].whole));
        const auto& summed = rows[i].summed_rows;
        const std::string first = "D" + std::to_string(header + 1 + static_cast<int>(summed.front()));
        const std::string last = "D" + std::to_string(header + 1 + static_cast<int>(summed.back()));
        CHECK_THAT(formula, Catch::Contains(first + ":"));
        CHECK_THAT(formula, Catch::EndsWith(":" + last + ")"));
    }
    CHECK(totals == 3);
    // The grand total adds two runs of item rows, skipping the group and subtotal rows between.
    const int grand = header + static_cast<int>(rows.size());
    const std::string grand_formula = cells[Cell('C', grand)]["value"].get<std::string>();
    CHECK(std::count(grand_formula.begin(), grand_formula.end(), ',') == 1);

    // Vietnamese text arrives NFC, the NFD row included.
    bool nfc = false;
    for (const auto& [name, cell] : cells.items()) {
        if (!cell["value"].is_string()) continue;
        const std::string value = cell["value"].get<std::string>();
        CHECK(value.find(test::kKhanhHoaNfd) == std::string::npos);
        nfc = nfc || value == test::kKhanhHoaNfc;
    }
    CHECK(nfc);
}

TEST_CASE("XLSX: percentages are numbers with a percent format", "[reports]") {
    test::TemporaryFolder folder;
    const auto xlsx = folder / "nho.xlsx";
    WriteXlsxReport(test::SmallReport(), xlsx);
    const json sheet = ReadBack(xlsx);
    const int header = HeaderRow(sheet);
    const auto& cells = sheet["cells"];
    CHECK(cells[Cell('D', header + 1)]["value"].get<double>() == Approx(0.725));
    CHECK(cells[Cell('D', header + 1)]["format"] == "0.0%");
    CHECK(cells[Cell('D', header + 2)]["value"].get<double>() == Approx(1.0));
    CHECK(cells[Cell('D', header + 2)]["format"] == "0%");
    CHECK(cells[Cell('B', header + 3)]["value"] == "=1+1 không phải công thức");
    CHECK(cells[Cell('B', header + 3)]["type"] == "s");  // text, never a formula
    CHECK(cells[Cell('C', header + 4)]["value"] ==
          "=SUM(C" + std::to_string(header + 1) + ":C" + std::to_string(header + 3) + ")");
    CHECK(cells[Cell('C', header + 4)]["type"] == "f");
    CHECK(cells[Cell('C', header + 4)]["cached"].get<double>() == 1240);
}

TEST_CASE("XLSX lists write text that looks like a formula as text", "[reports]") {
    // Names and notes come from enterprises' own files: whatever they hold must open as text.
    const std::vector<std::string> hostile{"=1+1",
                                           "  =HYPERLINK(\"http://x\",\"y\")",
                                           "＝1+1",
                                           "@SUM(A1)",
                                           "+cmd|' /C calc'!A0",
                                           "-2+3",
                                           "\t=1",
                                           "－2＋3"};
    test::TemporaryFolder folder;
    const auto xlsx = folder / "danh-sach.xlsx";
    interchange::XlsxSheet sheet{"Doanh nghiệp", {"Ghi chú"}, {}};
    for (const auto& text : hostile) sheet.rows.push_back({text});
    interchange::WriteXlsxTables(xlsx, {sheet});
    const json read = ReadBack(xlsx);
    for (std::size_t i = 0; i < hostile.size(); ++i) {
        const auto& cell = read["cells"][Cell('A', static_cast<int>(i) + 2)];
        INFO(hostile[i]);
        CHECK(cell["type"] == "s");
        CHECK(cell["value"] == hostile[i]);
    }
}
