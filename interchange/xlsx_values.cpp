// Number, date and text conversions for XLSX cells, kept apart from the XML walking.
#include "interchange/xlsx_values.h"

#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>

namespace innodesk::interchange {

namespace {

constexpr std::size_t kMaxColumns = 16384;  // XFD
constexpr std::size_t kMaxRows = 1048576;
constexpr double kLastSerial = 2958466.0;  // 10000-01-01, one past the last date Excel shows
constexpr int kSecondsPerDay = 86400;

char Lower(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool StartsWithNoCase(std::string_view text, std::size_t at, std::string_view prefix) {
    if (text.size() - at < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (Lower(text[at + i]) != prefix[i]) return false;
    }
    return true;
}

std::string TwoDigits(long long value) {
    std::string text = std::to_string(value);
    return text.size() < 2 ? "0" + text : text;
}

std::string IsoDate(std::chrono::year_month_day date) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buffer;
}

std::string ClockTime(long long hours, long long seconds_in_hour) {
    return TwoDigits(hours) + ":" + TwoDigits(seconds_in_hour / 60) + ":" + TwoDigits(seconds_in_hour % 60);
}

// Positional notation for 15 significant `digits` (no dot) times 10^exponent.
std::string Positional(bool negative, std::string digits, int exponent) {
    std::string text = negative ? "-" : "";
    if (exponent >= 0) {
        const auto integer_digits = static_cast<std::size_t>(exponent) + 1;
        if (digits.size() <= integer_digits) {
            text += digits + std::string(integer_digits - digits.size(), '0');
        } else {
            text += digits.substr(0, integer_digits) + "." + digits.substr(integer_digits);
        }
    } else {
        text += "0." + std::string(static_cast<std::size_t>(-exponent - 1), '0') + digits;
    }
    return text;
}

// The character of a well-formed "_xHHHH_" starting at `at`, or nullopt.
std::optional<unsigned> EscapedCharacterAt(std::string_view text, std::size_t at) {
    if (at + 7 > text.size() || text[at + 6] != '_') return std::nullopt;
    const char* const first = text.data() + at + 2;
    const char* const last = first + 4;
    unsigned code = 0;
    const auto result = std::from_chars(first, last, code, 16);
    if (result.ec != std::errc() || result.ptr != last) return std::nullopt;
    if (code >= 0xD800 && code <= 0xDFFF) return std::nullopt;  // half a surrogate pair is no character
    return code;
}

void AppendUtf8(std::string& text, unsigned code) {
    if (code < 0x80) {
        text.push_back(static_cast<char>(code));
    } else if (code < 0x800) {
        text.push_back(static_cast<char>(0xC0 | (code >> 6)));
        text.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    } else {
        text.push_back(static_cast<char>(0xE0 | (code >> 12)));
        text.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        text.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    }
}

}  // namespace

NumberFormatKind ClassifyBuiltInNumberFormat(unsigned id) {
    if (id >= 14 && id <= 17) return NumberFormatKind::Date;
    if (id >= 18 && id <= 21) return NumberFormatKind::Time;
    if (id == 22) return NumberFormatKind::DateTime;
    if (id == 45 || id == 47) return NumberFormatKind::Time;
    if (id == 46) return NumberFormatKind::Duration;
    return NumberFormatKind::General;
}

NumberFormatKind ClassifyNumberFormatCode(std::string_view code) {
    // The date and time letters in order, each run of a letter once: "dd/mm/yyyy" gives "dmy".
    std::string letters;
    bool elapsed = false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = Lower(code[i]);
        if (c == ';') break;  // later sections are for negatives, zero and text
        if (c == '"') {
            const std::size_t close = code.find('"', i + 1);
            if (close == std::string_view::npos) break;
            i = close;
        } else if (c == '\\' || c == '_' || c == '*') {
            ++i;  // an escaped character, a space as wide as it, or a fill character
        } else if (c == '[') {
            const std::size_t close = code.find(']', i + 1);
            if (close == std::string_view::npos) break;
            const std::string_view inside = code.substr(i + 1, close - i - 1);
            if (!inside.empty()) {
                const char unit = Lower(inside.front());
                if ((unit == 'h' || unit == 'm' || unit == 's') &&
                    inside.find_first_not_of(inside.front()) == std::string_view::npos) {
                    elapsed = true;
                    letters.push_back(unit);
                }
            }
            i = close;
        } else if (StartsWithNoCase(code, i, "am/pm")) {
            i += 4;
        } else if (StartsWithNoCase(code, i, "a/p")) {
            i += 2;
        } else if (c == 'y' || c == 'm' || c == 'd' || c == 'h' || c == 's') {
            if (letters.empty() || letters.back() != c || Lower(code[i - 1]) != c) letters.push_back(c);
        }
    }
    bool has_date = false;
    bool has_time = false;
    for (std::size_t i = 0; i < letters.size(); ++i) {
        const char c = letters[i];
        if (c == 'y' || c == 'd') {
            has_date = true;
        } else if (c == 'h' || c == 's') {
            has_time = true;
        } else {
            const bool after_hour = i > 0 && letters[i - 1] == 'h';
            const bool before_second = i + 1 < letters.size() && letters[i + 1] == 's';
            (after_hour || before_second ? has_time : has_date) = true;
        }
    }
    if (has_date) return has_time ? NumberFormatKind::DateTime : NumberFormatKind::Date;
    if (has_time) return elapsed ? NumberFormatKind::Duration : NumberFormatKind::Time;
    return NumberFormatKind::General;
}

std::string FormatSpreadsheetNumber(double value) {
    if (value == 0.0) return "0";                          // also -0
    constexpr double kExactIntegers = 9007199254740992.0;  // 2^53
    if (std::fabs(value) < kExactIntegers && std::trunc(value) == value) {
        return std::to_string(static_cast<long long>(value));
    }
    char buffer[64];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific, 14);
    const std::string_view scientific(buffer, static_cast<std::size_t>(result.ptr - buffer));
    const bool negative = scientific.front() == '-';
    const std::string_view mantissa =
        scientific.substr(negative ? 1 : 0, scientific.find('e') - (negative ? 1 : 0));
    int exponent = 0;
    const std::string_view exponent_text = scientific.substr(scientific.find('e') + 1);
    std::from_chars(exponent_text.data() + (exponent_text.front() == '+' ? 1 : 0),
                    exponent_text.data() + exponent_text.size(), exponent);
    std::string digits;
    for (const char c : mantissa) {
        if (c != '.') digits.push_back(c);
    }
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    constexpr int kWidestPositional = 20;
    if (exponent > kWidestPositional || exponent < -kWidestPositional) {
        std::string text = negative ? "-" : "";
        text += digits.substr(0, 1);
        if (digits.size() > 1) text.append(".").append(digits, 1);
        return text + "E" + (exponent < 0 ? "-" : "+") + std::to_string(std::abs(exponent));
    }
    return Positional(negative, digits, exponent);
}

std::optional<std::string> FormatDateSerial(double serial, NumberFormatKind kind, bool date1904) {
    using namespace std::chrono;
    if (kind == NumberFormatKind::General || !std::isfinite(serial) || serial < 0.0 ||
        serial >= kLastSerial) {
        return std::nullopt;
    }
    auto days = static_cast<long long>(std::floor(serial));
    auto seconds = std::llround((serial - static_cast<double>(days)) * kSecondsPerDay);
    if (seconds == kSecondsPerDay) {
        ++days;
        seconds = 0;
    }
    if (kind == NumberFormatKind::Duration) {
        const long long total = days * kSecondsPerDay + seconds;
        return std::to_string(total / 3600) + ":" + TwoDigits(total % 3600 / 60) + ":" +
               TwoDigits(total % 60);
    }
    if (kind == NumberFormatKind::Time) return ClockTime(seconds / 3600, seconds % 3600);

    std::string date;
    if (date1904) {
        date = IsoDate(year_month_day(sys_days(year{1904} / January / 1) + std::chrono::days(days)));
    } else if (days == 0) {
        return std::nullopt;  // Excel shows "1900-01-00"; better a number than a date that is not one
    } else if (days == 60) {
        date = "1900-02-29";  // Lotus 1-2-3's leap-year bug, kept by Excel: this serial has no real date
    } else {
        // Serial 1 is 1900-01-01; past the fictitious 29 February every serial is one day late.
        const sys_days epoch =
            days < 60 ? sys_days(year{1899} / December / 31) : sys_days(year{1899} / December / 30);
        date = IsoDate(year_month_day(epoch + std::chrono::days(days)));
    }
    if (kind == NumberFormatKind::DateTime && seconds != 0)
        date.append(" ").append(ClockTime(seconds / 3600, seconds % 3600));
    return date;
}

std::string DecodeOoxmlEscapes(std::string_view text) {
    std::string decoded;
    decoded.reserve(text.size());
    std::size_t i = 0;
    for (;;) {
        const std::size_t escape = text.find("_x", i);
        if (escape == std::string_view::npos) break;
        if (const std::optional<unsigned> code = EscapedCharacterAt(text, escape)) {
            decoded.append(text.substr(i, escape - i));
            AppendUtf8(decoded, *code);
            i = escape + 7;
        } else {
            decoded.append(text.substr(i, escape + 1 - i));
            i = escape + 1;
        }
    }
    decoded.append(text.substr(i));
    return decoded;
}

std::optional<CellPosition> ParseCellReference(std::string_view reference) {
    std::size_t i = 0;
    std::size_t column = 0;
    while (i < reference.size() && reference[i] >= 'A' && reference[i] <= 'Z') {
        column = column * 26 + static_cast<std::size_t>(reference[i] - 'A' + 1);
        if (column > kMaxColumns) return std::nullopt;
        ++i;
    }
    if (i == 0 || i == reference.size()) return std::nullopt;
    std::size_t row = 0;
    const auto result = std::from_chars(reference.data() + i, reference.data() + reference.size(), row);
    if (result.ec != std::errc() || result.ptr != reference.data() + reference.size() || row == 0 ||
        row > kMaxRows) {
        return std::nullopt;
    }
    return CellPosition{column - 1, row};
}

std::string ColumnName(std::size_t column) {
    std::string name;
    std::size_t number = column + 1;
    while (number > 0) {
        const std::size_t remainder = (number - 1) % 26;
        name.insert(name.begin(), static_cast<char>('A' + remainder));
        number = (number - 1) / 26;
    }
    return name;
}

}  // namespace innodesk::interchange
