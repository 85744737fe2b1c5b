// The import limits (docs/IMPORT.md, "Limits") at their edges: the largest value of each is read,
// one more is refused with a message naming the limit and where it was hit.
#include "interchange/import_limits.h"

#include <zip.h>
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "interchange/csv_reader.h"
#include "interchange/plan_file.h"
#include "interchange/xlsx_reader.h"
#include "test_support.h"
#include "text/icu_text_rules.h"

namespace {

using Catch::Matchers::Contains;
using innodesk::interchange::ImportLimits;
using innodesk::interchange::ParseCsv;
using innodesk::interchange::ReadXlsx;
using innodesk::interchange::test::English;
using innodesk::interchange::test::ErrorFrom;
using innodesk::interchange::test::TemporaryDirectory;
using innodesk::interchange::test::Vietnamese;

std::string Repeat(const std::string& piece, std::size_t times) {
    std::string text;
    text.reserve(piece.size() * times);
    for (std::size_t i = 0; i < times; ++i) text += piece;
    return text;
}

// A workbook of one sheet "DN" holding `sheet_data` (the inside of <sheetData>) and, when
// given, the shared strings `shared` (the inside of <sst>).
std::filesystem::path WriteWorkbook(const TemporaryDirectory& directory, const std::string& name,
                                    const std::string& sheet_data, const std::string& shared = {},
                                    const std::string& sheet_prefix = {}) {
    const std::vector<std::pair<std::string, std::string>> parts{
        {"_rels/.rels",
         R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
         R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)"},
        {"xl/workbook.xml",
         R"(<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
         R"(<sheets><sheet name="DN" sheetId="1" r:id="rId1"/></sheets></workbook>)"},
        {"xl/_rels/workbook.xml.rels",
         R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
         R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)"
         R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>)"},
        {"xl/worksheets/sheet1.xml",
         sheet_prefix +
             R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" +
             sheet_data + "</sheetData></worksheet>"},
        {"xl/sharedStrings.xml",
         R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)" + shared + "</sst>"},
    };
    const std::filesystem::path path = directory.Path() / name;
    int error = 0;
    zip_t* archive = zip_open(path.string().c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    REQUIRE(archive != nullptr);
    for (const auto& [part, text] : parts) {
        zip_source_t* source = zip_source_buffer(archive, text.data(), text.size(), 0);
        REQUIRE(source != nullptr);
        REQUIRE(zip_file_add(archive, part.c_str(), source, ZIP_FL_OVERWRITE) >= 0);
    }
    // The buffers must live until the archive is written, which zip_close does.
    REQUIRE(zip_close(archive) == 0);
    return path;
}

const std::string kHeaderRow = R"(<row r="1"><c r="A1" t="inlineStr"><is><t>Mã số thuế</t></is></c>)"
                               R"(<c r="B1" t="inlineStr"><is><t>Tên</t></is></c></row>)";

}  // namespace

TEST_CASE("CSV: a cell of 32,767 characters is read, one more is refused naming the line and field",
          "[interchange][limits]") {
    const std::string longest = Repeat("ệ", ImportLimits::kMaxFieldCharacters);  // 3 bytes each
    const auto table = ParseCsv("MST,Tên\n0300588569," + longest + "\n");
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows[0].cells[1] == longest);

    const auto error = ErrorFrom([&] { ParseCsv("MST,Tên\n0300588569," + longest + "ệ\n"); });
    CHECK_THAT(English(error), Contains("line 2, field 2") && Contains("longer than 32,767 characters"));
    CHECK_THAT(Vietnamese(error), Contains("dòng 2, trường thứ 2") && Contains("dài hơn 32.767 ký tự"));
}

TEST_CASE("CSV: the limits on columns, rows, cells, fields and row length", "[interchange][limits]") {
    SECTION("256 columns are read, 257 are refused") {
        const auto header = [](std::size_t columns) {
            std::string text = "c1";
            for (std::size_t i = 2; i <= columns; ++i) text += ",c" + std::to_string(i);
            return text + "\n";
        };
        CHECK(ParseCsv(header(ImportLimits::kMaxColumns) + "1\n").header.size() == ImportLimits::kMaxColumns);
        const auto error = ErrorFrom([&] { ParseCsv(header(ImportLimits::kMaxColumns + 1) + "1\n"); });
        CHECK_THAT(English(error),
                   Contains("line 1") && Contains("257 columns") && Contains("limit of 256 columns"));
    }
    SECTION("100,000 rows are read, one more is refused") {
        const std::string rows = Repeat("1\n", ImportLimits::kMaxRows);
        CHECK(ParseCsv("MST\n" + rows).rows.size() == ImportLimits::kMaxRows);
        const auto error = ErrorFrom([&] { ParseCsv("MST\n" + rows + "2\n"); });
        CHECK_THAT(English(error), Contains("line 100002") && Contains("more than 100,000 data rows"));
    }
    SECTION("rows times columns past 2,000,000 cells are refused") {
        std::string header = "c1";
        for (int i = 2; i <= 40; ++i) header += ",c" + std::to_string(i);
        const std::string rows = Repeat("1\n", 50'000);
        CHECK(ParseCsv(header + "\n" + rows).rows.size() == 50'000);
        const auto error = ErrorFrom([&] { ParseCsv(header + "\n" + rows + "1\n"); });
        CHECK_THAT(English(error), Contains("line 50002") && Contains("more than 2,000,000 cells"));
    }
    SECTION("a row longer than 1 MiB is refused, though each cell is within its limit") {
        std::string header = "c1";
        for (int i = 2; i <= 40; ++i) header += ",c" + std::to_string(i);
        std::string row = Repeat("x", 30'000);
        for (int i = 2; i <= 40; ++i) row += "," + Repeat("x", 30'000);
        const auto error = ErrorFrom([&] { ParseCsv(header + "\n" + row + "\n"); });
        CHECK_THAT(English(error), Contains("line 2") && Contains("longer than 1 MiB"));
    }
    SECTION("a row of more than 16,384 fields is refused, even empty ones") {
        const auto error = ErrorFrom([&] { ParseCsv("MST\n1" + Repeat(",", 20'000) + "\n"); });
        CHECK_THAT(English(error), Contains("line 2") && Contains("more than 16,384 fields"));
    }
    SECTION("text of more than 32 MiB is refused before it is parsed") {
        const std::string text = "MST\n" + std::string(ImportLimits::kMaxTextFileBytes, '1');
        const auto error = ErrorFrom([&] { ParseCsv(text); });
        CHECK_THAT(English(error), Contains("larger than 32 MiB"));
    }
}

TEST_CASE("XLSX: shared strings count at every cell that repeats them", "[interchange][limits]") {
    const TemporaryDirectory directory;
    const auto cells = [](std::size_t rows) {
        std::string data = kHeaderRow;
        for (std::size_t r = 2; r < rows + 2; ++r) {
            const std::string n = std::to_string(r);
            data += R"(<row r=")" + n + R"("><c r="A)" + n + R"("><v>1</v></c><c r="B)" + n +
                    R"(" t="s"><v>0</v></c></row>)";
        }
        return data;
    };
    SECTION(
        "a shared string of 32,767 characters is read; one of 32,768 is refused at the first cell using it") {
        const std::string longest = Repeat("ệ", ImportLimits::kMaxFieldCharacters);
        const auto fits = WriteWorkbook(directory, "fits.xlsx", cells(2), "<si><t>" + longest + "</t></si>");
        CHECK(ReadXlsx(fits).rows[1].cells[1] == longest);
        const auto over = WriteWorkbook(directory, "over.xlsx", cells(2), "<si><t>" + longest + "x</t></si>");
        const auto error = ErrorFrom([&] { ReadXlsx(over); });
        CHECK_THAT(English(error),
                   Contains("sheet “DN”, cell B2") && Contains("longer than 32,767 characters"));
        CHECK_THAT(Vietnamese(error), Contains("trang tính “DN”, ô B2"));
    }
    SECTION("cells repeating a 30,000-character string are refused when their text passes 32 MiB") {
        const auto bomb =
            WriteWorkbook(directory, "bomb.xlsx", cells(3000), "<si><t>" + Repeat("x", 30'000) + "</t></si>");
        const auto error = ErrorFrom([&] { ReadXlsx(bomb); });
        // The header's 18 bytes, then 30,001 bytes a row (A holds "1"): past 32 MiB at B1120.
        CHECK_THAT(English(error),
                   Contains("cell B1120") && Contains("more than 32 MiB") && Contains("total text limit"));
    }
}

TEST_CASE("XLSX: a far heading, deep nesting, too many names, a long comment and a DOCTYPE are refused",
          "[interchange][limits]") {
    const TemporaryDirectory directory;
    SECTION("a heading in column XFD makes 16,384 columns") {
        const auto far = WriteWorkbook(
            directory, "far.xlsx",
            R"(<row r="1"><c r="A1" t="inlineStr"><is><t>MST</t></is></c><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>)");
        const auto error = ErrorFrom([&] { ReadXlsx(far); });
        CHECK_THAT(English(error), Contains("sheet “DN”, row 1") && Contains("16,384 columns"));
    }
    SECTION("elements nested 65 deep") {
        const auto deep =
            WriteWorkbook(directory, "deep.xlsx", kHeaderRow + Repeat("<x>", 70) + Repeat("</x>", 70));
        const auto error = ErrorFrom([&] { ReadXlsx(deep); });
        CHECK_THAT(English(error), Contains("sheet1.xml") && Contains("more than 64 deep"));
    }
    SECTION("a document type declaration, which could define entities") {
        const auto doctype =
            WriteWorkbook(directory, "doctype.xlsx", kHeaderRow, {},
                          R"(<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">]>)");
        const auto error = ErrorFrom([&] { ReadXlsx(doctype); });
        CHECK_THAT(English(error), Contains("DOCTYPE"));
    }
    SECTION("more than 4,096 different element names, each of which the parser would keep") {
        std::string names;
        for (int i = 0; i < 5000; ++i) names += "<n" + std::to_string(i) + "/>";
        const auto many = WriteWorkbook(directory, "names.xlsx", kHeaderRow + names);
        const auto error = ErrorFrom([&] { ReadXlsx(many); });
        CHECK_THAT(English(error), Contains("more than 4,096 different XML element and attribute names"));
    }
    SECTION("a comment of 2 MiB, which the parser would hold whole") {
        const auto comment = WriteWorkbook(directory, "comment.xlsx",
                                           kHeaderRow + "<!--" + std::string(2 * 1024 * 1024, 'x') + "-->");
        const auto error = ErrorFrom([&] { ReadXlsx(comment); });
        CHECK_THAT(English(error), Contains("sheet1.xml") && Contains("longer than 1 MiB"));
    }
    SECTION("a header of 256 columns and a value in the last one are read") {
        std::string header = "<row r=\"1\">";
        for (std::size_t c = 1; c <= ImportLimits::kMaxColumns; ++c)
            header += R"(<c t="inlineStr"><is><t>c)" + std::to_string(c) + "</t></is></c>";
        header += "</row>";
        const auto wide =
            WriteWorkbook(directory, "wide.xlsx", header + R"(<row r="2"><c r="IV2"><v>7</v></c></row>)");
        const auto table = ReadXlsx(wide);
        REQUIRE(table.header.size() == ImportLimits::kMaxColumns);
        CHECK(table.rows.at(0).cells.back() == "7");
    }
}

TEST_CASE("Plan files: YAML aliases are weighed as the reader would copy them", "[interchange][limits]") {
    const innodesk::text::IcuTextRules normaliser;
    const std::string head =
        "format: innodesk-plan/1\ncode: KH-A\ntitle: {vi: Kế hoạch, en: Plan}\n"
        "document: \"Kế hoạch\"\nperiod: 2026\ntargets:\n  - code: T01\n"
        "    label: {vi: Chỉ tiêu, en: Target}\n    kind: objects\n    bound: {at_least: 1}\n"
        "    source: \"thử\"\n    metric: manual\n";
    SECTION("a few aliases are fine") {
        const auto plan = innodesk::interchange::ParsePlanFile(
            head + "    monitoring: [&u {vi: Sở KH&CN, en: DOST}, *u, *u]\n", normaliser);
        CHECK(plan.targets.at(0).monitoring_units.size() == 3);
    }
    SECTION("a flat list of aliases to a long unit is refused at the alias that passes 4 MiB") {
        const std::string unit = "&u {vi: \"" + std::string(100'000, 'x') + "\", en: x}";
        const auto error = ErrorFrom([&] {
            innodesk::interchange::ParsePlanFile(
                head + "    monitoring: [" + unit + Repeat(",*u", 100) + "]\n", normaliser);
        });
        CHECK_THAT(English(error), Contains("line 13") && Contains("larger than 4 MiB once expanded"));
        CHECK_THAT(Vietnamese(error), Contains("dòng 13") && Contains("bí danh YAML"));
    }
    SECTION("nested aliases (a billion laughs) are refused") {
        std::string laughs = head + "    monitoring: [&a0 {vi: \"" + std::string(64, 'x') + "\", en: x}\n";
        for (int i = 1; i <= 9; ++i) {
            laughs += "      , &a" + std::to_string(i) + " [*a" + std::to_string(i - 1);
            for (int k = 0; k < 8; ++k) laughs += ",*a" + std::to_string(i - 1);
            laughs += "]\n";
        }
        laughs += "    ]\n";
        const auto error = ErrorFrom([&] { innodesk::interchange::ParsePlanFile(laughs, normaliser); });
        CHECK_THAT(English(error), Contains("larger than 4 MiB once expanded"));
    }
}
