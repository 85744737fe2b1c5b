// The limits every table import stays within, so that no file, however small or hostile, makes
// an import hold more than a fixed amount of memory (docs/IMPORT.md, "Limits").
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace innodesk::interchange {

// A real provincial registry list (tens of thousands of rows, a few dozen columns, a few hundred
// bytes a row) fits each of these several times over; docs/IMPORT.md gives the reasons.
struct ImportLimits {
    // Bytes of a CSV, TSV or TXT file: about 100,000 registry rows.
    static constexpr std::uint64_t kMaxTextFileBytes = 32ULL * 1024 * 1024;
    // Decompressed bytes of an XLSX sheet or shared-string part, read as a stream.
    static constexpr std::uint64_t kMaxStreamedPartBytes = 512ULL * 1024 * 1024;
    // Decompressed bytes of the small XLSX parts read whole (workbook, relationships, styles).
    static constexpr std::uint64_t kMaxWholePartBytes = 16ULL * 1024 * 1024;
    // Rows below the header: each costs the enterprise import a few kilobytes as it validates and
    // stores, so this bounds the whole import's memory, not just the reader's.
    static constexpr std::size_t kMaxRows = 100'000;
    // Columns of the header.
    static constexpr std::size_t kMaxColumns = 256;
    // Rows × header columns: every row holds a cell for each column.
    static constexpr std::size_t kMaxCells = 2'000'000;
    // Characters of one cell: the most an Excel cell can hold.
    static constexpr std::size_t kMaxFieldCharacters = 32'767;
    // Bytes of one CSV record or XLSX row, and fields of one CSV record (Excel's 16,384 columns).
    static constexpr std::size_t kMaxRecordBytes = 1024 * 1024;
    static constexpr std::size_t kMaxRecordFields = 16'384;
    // Bytes of all the cells' text once shared strings are expanded, and of a workbook's shared strings.
    static constexpr std::size_t kMaxTextBytes = 32ULL * 1024 * 1024;
    // Nesting of XML elements in an XLSX part (a sheet needs six); different element and
    // attribute names in one part (the parser keeps each one for the whole part; a sheet uses
    // a few dozen); bytes of one XML token the parser must hold whole, such as a start tag.
    static constexpr std::size_t kMaxXmlDepth = 64;
    static constexpr std::size_t kMaxXmlNames = 4096;
    static constexpr std::uint64_t kMaxXmlTokenBytes = 1024 * 1024;
};

// Where a limit was hit, in both languages: "dòng 12, trường thứ 3" / "line 12, field 3".
struct LimitPlace {
    std::string vi;
    std::string en;
};

// Throws DomainError(FileFormat) naming the limit, its value and `place`.
[[noreturn]] void ThrowTooManyRows(const LimitPlace& place);
[[noreturn]] void ThrowTooManyColumns(std::size_t columns, const LimitPlace& place);
[[noreturn]] void ThrowTooManyCells(const LimitPlace& place);
[[noreturn]] void ThrowFieldTooLong(const LimitPlace& place);
[[noreturn]] void ThrowRecordTooLong(const LimitPlace& place);
[[noreturn]] void ThrowTooManyFields(const LimitPlace& place);
[[noreturn]] void ThrowTooMuchText(const LimitPlace& place);
[[noreturn]] void ThrowFileTooLarge(const LimitPlace& place);
[[noreturn]] void ThrowTooDeep(const LimitPlace& place);
[[noreturn]] void ThrowTooManyXmlNames(const LimitPlace& place);
[[noreturn]] void ThrowXmlTokenTooLong(const LimitPlace& place);

bool ExceedsFieldLimit(std::string_view text);

// Counts what a reader has put in its table so far and throws when a limit is passed.
class TableBudget {
public:
    // The header's width; refuses more than kMaxColumns.
    void Header(std::size_t columns, const LimitPlace& place);
    // One more data row of the header's width.
    void Row(const LimitPlace& place);
    // One more stored cell's text: refuses a cell longer than kMaxFieldCharacters and a table
    // whose text passes kMaxTextBytes.
    void Field(const std::string& text, const LimitPlace& place);

private:
    std::size_t m_columns = 0;
    std::size_t m_rows = 0;
    std::size_t m_text_bytes = 0;
};

}  // namespace innodesk::interchange
