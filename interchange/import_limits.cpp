// The refusals of the import limits, each naming the limit, its value and where it was hit.
#include "interchange/import_limits.h"

#include "interchange/file_errors.h"

#include "domain/character_count.h"

namespace innodesk::interchange {

namespace {

using Limits = ImportLimits;

// 32767 → "32.767" (vi) or "32,767" (en).
std::string Grouped(std::uint64_t value, char separator) {
    std::string digits = std::to_string(value);
    for (std::size_t at = digits.size(); at > 3; at -= 3) digits.insert(at - 3, 1, separator);
    return digits;
}
std::string Vi(std::uint64_t value) {
    return Grouped(value, '.');
}
std::string En(std::uint64_t value) {
    return Grouped(value, ',');
}
std::string MiB(std::uint64_t bytes) {
    return std::to_string(bytes / (1024 * 1024)) + " MiB";
}

// "<place>: <what>. <advice>" in both languages.
[[noreturn]] void Refuse(const LimitPlace& place, const std::string& what_vi, const std::string& what_en) {
    ThrowFileFormat(
        "Không nhập được tệp: " + place.vi + ": " + what_vi +
            ". Giới hạn này giữ cho việc nhập không dùng quá nhiều bộ nhớ; chia dữ liệu thành nhiều "
            "tệp nhỏ hơn, hoặc kiểm tra xem tệp có đúng là danh sách cần nhập không.",
        "The file cannot be imported: " + place.en + ": " + what_en +
            ". This limit keeps an import within a fixed amount of memory; split the data into "
            "smaller files, or check that the file really is the list to import.");
}

}  // namespace

void ThrowTooManyRows(const LimitPlace& place) {
    Refuse(place, "bảng có hơn " + Vi(Limits::kMaxRows) + " dòng dữ liệu (giới hạn số dòng)",
           "the table has more than " + En(Limits::kMaxRows) + " data rows (the row limit)");
}

void ThrowTooManyColumns(std::size_t columns, const LimitPlace& place) {
    Refuse(place,
           "dòng tiêu đề có " + Vi(columns) + " cột, nhiều hơn giới hạn " + Vi(Limits::kMaxColumns) +
               " cột (có thể một ô ở rất xa bên phải dòng tiêu đề có giá trị; hãy xoá ô đó)",
           "the header has " + En(columns) + " columns, more than the limit of " + En(Limits::kMaxColumns) +
               " columns (perhaps a cell far to the right of the header holds a value; delete it)");
}

void ThrowTooManyCells(const LimitPlace& place) {
    Refuse(
        place, "bảng có hơn " + Vi(Limits::kMaxCells) + " ô (số dòng nhân số cột; giới hạn số ô)",
        "the table has more than " + En(Limits::kMaxCells) + " cells (rows times columns; the cell limit)");
}

void ThrowFieldTooLong(const LimitPlace& place) {
    Refuse(place,
           "ô dài hơn " + Vi(Limits::kMaxFieldCharacters) +
               " ký tự (giới hạn độ dài một ô, cũng là số ký tự nhiều nhất một ô Excel chứa được)",
           "the cell is longer than " + En(Limits::kMaxFieldCharacters) +
               " characters (the cell length limit, also the most an Excel cell can hold)");
}

void ThrowRecordTooLong(const LimitPlace& place) {
    Refuse(place, "dòng dài hơn " + MiB(Limits::kMaxRecordBytes) + " (giới hạn độ dài một dòng)",
           "the row is longer than " + MiB(Limits::kMaxRecordBytes) + " (the row length limit)");
}

void ThrowTooManyFields(const LimitPlace& place) {
    Refuse(place,
           "dòng có hơn " + Vi(Limits::kMaxRecordFields) +
               " trường (giới hạn số trường một dòng, như số cột của Excel)",
           "the row has more than " + En(Limits::kMaxRecordFields) +
               " fields (the limit of fields in a row, Excel's number of columns)");
}

void ThrowTooMuchText(const LimitPlace& place) {
    Refuse(place,
           "tổng văn bản của các ô vượt " + MiB(Limits::kMaxTextBytes) +
               " (giới hạn tổng văn bản, tính cả các chuỗi dùng chung được lặp lại)",
           "the cells' text adds up to more than " + MiB(Limits::kMaxTextBytes) +
               " (the total text limit, counting every repeat of a shared string)");
}

void ThrowFileTooLarge(const LimitPlace& place) {
    Refuse(
        place, "tệp lớn hơn " + MiB(Limits::kMaxTextFileBytes) + " (giới hạn kích thước tệp CSV/TSV/TXT)",
        "the file is larger than " + MiB(Limits::kMaxTextFileBytes) + " (the CSV/TSV/TXT file size limit)");
}

void ThrowTooDeep(const LimitPlace& place) {
    Refuse(place,
           "các phần tử XML lồng nhau sâu hơn " + Vi(Limits::kMaxXmlDepth) + " tầng (giới hạn độ sâu XML)",
           "XML elements are nested more than " + En(Limits::kMaxXmlDepth) + " deep (the XML depth limit)");
}

void ThrowTooManyXmlNames(const LimitPlace& place) {
    Refuse(place,
           "có hơn " + Vi(Limits::kMaxXmlNames) +
               " tên phần tử và thuộc tính XML khác nhau (giới hạn số tên XML)",
           "there are more than " + En(Limits::kMaxXmlNames) +
               " different XML element and attribute names (the limit on XML names)");
}

void ThrowXmlTokenTooLong(const LimitPlace& place) {
    Refuse(place,
           "một thẻ hoặc chú thích XML dài hơn " + MiB(Limits::kMaxXmlTokenBytes) +
               " (giới hạn độ dài một thẻ XML)",
           "an XML tag or comment is longer than " + MiB(Limits::kMaxXmlTokenBytes) +
               " (the XML tag length limit)");
}

bool ExceedsFieldLimit(std::string_view text) {
    // Bytes bound characters from above: only long texts need counting.
    return text.size() > Limits::kMaxFieldCharacters &&
           domain::CharacterCount(text) > Limits::kMaxFieldCharacters;
}

void TableBudget::Header(std::size_t columns, const LimitPlace& place) {
    if (columns > Limits::kMaxColumns) ThrowTooManyColumns(columns, place);
    m_columns = columns;
}

void TableBudget::Row(const LimitPlace& place) {
    ++m_rows;
    if (m_rows > Limits::kMaxRows) ThrowTooManyRows(place);
    if (m_rows * m_columns > Limits::kMaxCells) ThrowTooManyCells(place);
}

void TableBudget::Field(const std::string& text, const LimitPlace& place) {
    if (ExceedsFieldLimit(text)) ThrowFieldTooLong(place);
    m_text_bytes += text.size();
    if (m_text_bytes > Limits::kMaxTextBytes) ThrowTooMuchText(place);
}

}  // namespace innodesk::interchange
