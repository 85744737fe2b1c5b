// A single-pass CSV parser over decoded UTF-8 text.
#include "interchange/csv_reader.h"

#include <algorithm>
#include <cstring>
#include <utility>

#include "domain/errors.h"
#include "interchange/file_errors.h"
#include "interchange/import_limits.h"
#include "interchange/table_shape.h"
#include "interchange/text_decoding.h"

namespace innodesk::interchange {

namespace {

bool IsLineEnd(char c) {
    return c == '\n' || c == '\r';
}

// Line breaks in `text`, counted as the readers count lines: CR LF, LF and lone CR are one each.
std::size_t CountLineBreaks(std::string_view text) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) ++count;
    }
    return count;
}

std::size_t CountLineFeeds(std::string_view text) {
    std::size_t count = 0;
    const char* cursor = text.data();
    const char* const end = text.data() + text.size();
    while (const void* found = std::memchr(cursor, '\n', static_cast<std::size_t>(end - cursor))) {
        ++count;
        cursor = static_cast<const char*>(found) + 1;
    }
    return count;
}

std::string DescribeDelimiter(char delimiter) {
    switch (delimiter) {
        case '\t':
            return "tab";
        case ' ':
            return "space";
        default:
            return std::string("'") + delimiter + "'";
    }
}

// Where the header starts: the first line holding anything besides spaces and candidate
// delimiters, so that blank lines Excel leaves above a table do not decide the delimiter.
std::size_t HeaderStart(std::string_view text) {
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (IsLineEnd(c)) {
            line_start = i + 1;
        } else if (c != ' ' && c != ',' && c != ';' && c != '\t') {
            return line_start;
        }
    }
    return text.size();
}

// The candidate that occurs most often in the header record outside quotes. Ties go to tab,
// then ';', then ',': headings such as "Xã/Phường, Thị trấn" hold commas far more often than
// the other two, and Excel in a Vietnamese locale exports with ';'.
char SniffDelimiter(std::string_view text, std::size_t header_start) {
    std::size_t tabs = 0;
    std::size_t semicolons = 0;
    std::size_t commas = 0;
    bool in_quotes = false;
    for (std::size_t i = header_start; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            in_quotes = !in_quotes;
        } else if (!in_quotes) {
            if (IsLineEnd(c)) break;
            if (c == '\t') ++tabs;
            if (c == ';') ++semicolons;
            if (c == ',') ++commas;
        }
    }
    if (tabs > 0 && tabs >= semicolons && tabs >= commas) return '\t';
    if (semicolons > 0 && semicolons >= commas) return ';';
    return ',';
}

LimitPlace FieldPlace(std::size_t line, std::size_t field) {
    return {"dòng " + std::to_string(line) + ", trường thứ " + std::to_string(field),
            "line " + std::to_string(line) + ", field " + std::to_string(field)};
}

// Splits the text into records. Unquoted cells are views trimmed of spaces; quoted cells are
// copied once, with "" turned into ". Tracks the physical line for error messages.
class CsvRecordReader {
public:
    // Starts at `offset`, the beginning of physical line `line`.
    CsvRecordReader(std::string_view text, char delimiter, std::size_t offset, std::size_t line)
        : m_text(text), m_delimiter(delimiter), m_pos(offset), m_line(line) {}

    // Appends the next record's fields to `fields` (which the caller cleared); false at the end.
    bool Next(std::vector<std::string>& fields, std::size_t& start_line) {
        if (m_pos >= m_text.size()) return false;
        start_line = m_line;
        const std::size_t record_start = m_pos;
        for (;;) {
            ReadField(fields);
            if (ExceedsFieldLimit(fields.back())) ThrowFieldTooLong(FieldPlace(start_line, fields.size()));
            // Checked per field, so that a line of a million delimiters stops at the limit.
            if (m_pos - record_start > ImportLimits::kMaxRecordBytes) ThrowRecordTooLong(Place(start_line));
            if (fields.size() > ImportLimits::kMaxRecordFields) ThrowTooManyFields(Place(start_line));
            if (m_pos >= m_text.size()) return true;
            const char c = m_text[m_pos];
            if (c == m_delimiter) {
                ++m_pos;
                continue;
            }
            // ReadField stops only at a delimiter, a line end or the end of the text.
            ++m_pos;
            if (c == '\r' && m_pos < m_text.size() && m_text[m_pos] == '\n') ++m_pos;
            ++m_line;
            return true;
        }
    }

    static LimitPlace Place(std::size_t line) {
        return {"dòng " + std::to_string(line), "line " + std::to_string(line)};
    }

private:
    void SkipSpaces() {
        while (m_pos < m_text.size() && m_text[m_pos] == ' ' && m_delimiter != ' ') ++m_pos;
    }

    void ReadField(std::vector<std::string>& fields) {
        SkipSpaces();
        if (m_pos < m_text.size() && m_text[m_pos] == '"') {
            fields.push_back(ReadQuoted(fields.size() + 1));
            return;
        }
        const std::size_t begin = m_pos;
        const char* const data = m_text.data();
        const std::size_t size = m_text.size();
        std::size_t end = begin;
        while (end < size) {
            const char c = data[end];
            if (c == m_delimiter || c == '\n' || c == '\r') break;
            ++end;
        }
        m_pos = end;
        while (end > begin && data[end - 1] == ' ') --end;
        fields.emplace_back(data + begin, end - begin);
    }

    std::string ReadQuoted(std::size_t field_number) {
        const std::size_t quote_line = m_line;
        ++m_pos;  // the opening quote
        std::string value;
        for (;;) {
            const std::size_t remaining = m_text.size() - m_pos;
            const void* found = std::memchr(m_text.data() + m_pos, '"', remaining);
            if (found == nullptr) ThrowUnterminated(quote_line, field_number);
            const auto quote = static_cast<std::size_t>(static_cast<const char*>(found) - m_text.data());
            const std::string_view chunk = m_text.substr(m_pos, quote - m_pos);
            m_line += CountLineBreaks(chunk);
            value.append(chunk);
            m_pos = quote + 1;
            if (m_pos < m_text.size() && m_text[m_pos] == '"') {
                value.push_back('"');
                ++m_pos;
                continue;
            }
            break;
        }
        SkipSpaces();
        if (m_pos < m_text.size() && m_text[m_pos] != m_delimiter && !IsLineEnd(m_text[m_pos])) {
            ThrowTextAfterQuote(field_number);
        }
        return value;
    }

    [[noreturn]] void ThrowUnterminated(std::size_t quote_line, std::size_t field_number) const {
        const std::string line = std::to_string(quote_line);
        const std::string field = std::to_string(field_number);
        ThrowFileFormat("Dấu ngoặc kép mở ở dòng " + line + " (trường thứ " + field +
                            ") không bao giờ được đóng, nên phần còn lại của tệp bị đọc thành một ô. "
                            "Có lẽ tệp bị cắt cụt hoặc thiếu một dấu \" kết thúc; kiểm tra dòng " +
                            line + ", hoặc xuất lại tệp từ Excel dưới dạng CSV UTF-8.",
                        "The double quote opened on line " + line + " (field " + field +
                            ") is never closed, so the rest of the file would become one cell. "
                            "The file is probably truncated or misses a closing \"; check line " +
                            line + ", or export the file again from Excel as CSV UTF-8.");
    }

    [[noreturn]] void ThrowTextAfterQuote(std::size_t field_number) const {
        const std::string line = std::to_string(m_line);
        const std::string field = std::to_string(field_number);
        ThrowFileFormat("Không đọc được tệp: dòng " + line + ", trường thứ " + field +
                            " có ký tự ngay sau dấu ngoặc kép đóng. Dấu ngoặc kép nằm trong một ô "
                            "được bao bởi ngoặc kép phải được viết đôi (\"\"). Sửa ô đó, hoặc xuất lại "
                            "tệp từ Excel dưới dạng CSV UTF-8.",
                        "The file cannot be read: line " + line + ", field " + field +
                            " has text right after a closing double quote. A double quote "
                            "inside a quoted cell must be doubled (\"\"). Fix that cell, or export the "
                            "file again from Excel as CSV UTF-8.");
    }

    std::string_view m_text;
    char m_delimiter;
    std::size_t m_pos;
    std::size_t m_line;
};

void RequireUsableDelimiter(char delimiter) {
    if (delimiter == '"' || delimiter == '\r' || delimiter == '\n' || delimiter == '\0') {
        throw domain::DomainError(
            domain::ErrorCode::InvalidValue,
            {"Không dùng được ký tự này làm dấu phân cách CSV; hãy chọn dấu phẩy, chấm phẩy hoặc tab.",
             "This character cannot separate CSV fields; choose a comma, a semicolon or a tab."},
            "delimiter");
    }
}

[[noreturn]] void ThrowTooManyFields(std::size_t line_number, std::size_t fields, std::size_t columns,
                                     char delimiter) {
    const std::string line = std::to_string(line_number);
    const std::string count = std::to_string(fields);
    const std::string width = std::to_string(columns);
    const std::string separator = DescribeDelimiter(delimiter);
    ThrowFileFormat(
        "Không đọc được tệp: dòng " + line + " có " + count + " trường nhưng dòng tiêu đề chỉ có " + width +
            " cột. Có lẽ một giá trị chứa dấu phân cách " + separator +
            " mà không được bao trong ngoặc kép. Bao giá trị đó trong ngoặc kép, "
            "hoặc lưu lại tệp từ Excel dưới dạng CSV UTF-8.",
        "The file cannot be read: line " + line + " has " + count + " fields but the header has " + width +
            ". A value probably contains the delimiter " + separator +
            " without being enclosed in double quotes. Enclose that value in double quotes, "
            "or save the file again from Excel as CSV UTF-8.");
}

// Counts the stored cells' text against the limits; an empty cell costs nothing.
void CountFields(TableBudget& budget, const std::vector<std::string>& fields, std::size_t line) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (!fields[i].empty()) budget.Field(fields[i], FieldPlace(line, i + 1));
    }
}

}  // namespace

Table ParseCsv(std::string_view bytes, const CsvOptions& options) {
    if (bytes.size() > ImportLimits::kMaxTextFileBytes) ThrowFileTooLarge({"văn bản CSV", "the CSV text"});
    const DecodedText decoded = DecodeText(bytes, options.encoding);
    const std::string_view text = decoded.View();
    // Lines above the header hold only spaces and delimiters; with a delimiter other than the
    // one they use they would not parse as blank, so they are not parsed at all.
    const std::size_t header_start = HeaderStart(text);
    const char delimiter = options.delimiter != 0 ? options.delimiter : SniffDelimiter(text, header_start);
    RequireUsableDelimiter(delimiter);

    Table table;
    // One counting pass (memchr runs at memory speed) spares the row vector its regrowth copies.
    table.rows.reserve(std::min(CountLineFeeds(text.substr(header_start)), ImportLimits::kMaxRows + 1));
    TableBudget budget;
    bool have_header = false;
    std::size_t width = 0;
    CsvRecordReader reader(text, delimiter, header_start, LineOfOffset(text, header_start));
    std::vector<std::string> fields;
    std::size_t line = 0;
    while (reader.Next(fields, line)) {
        if (IsBlankRow(fields)) {
            fields.clear();
            continue;
        }
        if (!have_header) {
            NormaliseHeader(fields);
            budget.Header(fields.size(), CsvRecordReader::Place(line));
            CountFields(budget, fields, line);
            table.header = std::move(fields);
            width = table.header.size();
            // A record of quoted spaces is not a header either.
            have_header = width > 0;
        } else {
            if (fields.size() > width) {
                if (LastNonEmptyCellFrom(fields, width) != 0)
                    ThrowTooManyFields(line, fields.size(), width, delimiter);
            }
            fields.resize(width);
            budget.Row(CsvRecordReader::Place(line));
            CountFields(budget, fields, line);
            table.rows.push_back(TableRow{line, std::move(fields)});
        }
        fields = {};
        fields.reserve(width);
    }
    if (!have_header) {
        ThrowFileFormat(
            "Tệp rỗng: không có dòng tiêu đề nào. Chọn đúng tệp cần nhập, hoặc xuất lại dữ liệu từ Excel.",
            "The file is empty: it has no header line. Choose the right file, or export the data "
            "from Excel again.");
    }
    return table;
}

}  // namespace innodesk::interchange
