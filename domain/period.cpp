// Reporting periods: construction, parsing and labels.
#include "period.h"

#include <cctype>
#include <charconv>

namespace innodesk::domain {
namespace {

[[noreturn]] void ThrowBadPeriod(std::string_view text, std::string_view field) {
    throw DomainError(
        ErrorCode::InvalidValue,
        {"Kỳ '" + std::string(text) +
             "' không hợp lệ. Viết một quý (2026-Q3), nửa năm (2026-H1), một năm (2026) hoặc "
             "một giai đoạn (2026-2030).",
         "Period '" + std::string(text) +
             "' is not valid. Write a quarter (2026-Q3), a half-year (2026-H1), a year (2026) or "
             "a span of years (2026-2030)."},
        std::string(field));
}

bool ReadYear(std::string_view digits, int& year) {
    if (digits.size() != 4) return false;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), year);
    return error == std::errc() && end == digits.data() + digits.size() && year >= 1900 && year <= 2200;
}

const char* Roman(int quarter) {
    static const char* const numerals[] = {"I", "II", "III", "IV"};
    return numerals[quarter - 1];
}

}  // namespace

Period Period::Quarter(int year, int quarter) {
    if (quarter < 1 || quarter > 4)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Quý " + std::to_string(quarter) + " không tồn tại; dùng 1–4.",
                           "Quarter " + std::to_string(quarter) + " does not exist; use 1–4."},
                          "period");
    const unsigned first_month = static_cast<unsigned>(quarter - 1) * 3 + 1;
    const CalendarDate from = CalendarDate::FromYmd(year, first_month, 1);
    const CalendarDate to = quarter == 4 ? CalendarDate::FromYmd(year, 12, 31)
                                         : CalendarDate::FromYmd(year, first_month + 3, 1).AddDays(-1);
    return Period(PeriodKind::Quarter, from, to);
}

Period Period::HalfYear(int year, int half) {
    if (half < 1 || half > 2)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Nửa năm " + std::to_string(half) + " không tồn tại; dùng H1 hoặc H2.",
                           "Half-year " + std::to_string(half) + " does not exist; use H1 or H2."},
                          "period");
    return half == 1 ? Period(PeriodKind::HalfYear, CalendarDate::FromYmd(year, 1, 1),
                              CalendarDate::FromYmd(year, 6, 30))
                     : Period(PeriodKind::HalfYear, CalendarDate::FromYmd(year, 7, 1),
                              CalendarDate::FromYmd(year, 12, 31));
}

Period Period::Year(int year) {
    return Period(PeriodKind::Year, CalendarDate::FromYmd(year, 1, 1), CalendarDate::FromYmd(year, 12, 31));
}

Period Period::Years(int first_year, int last_year) {
    if (first_year > last_year)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Giai đoạn " + std::to_string(first_year) + "-" + std::to_string(last_year) +
                               " kết thúc trước khi bắt đầu.",
                           "The span " + std::to_string(first_year) + "-" + std::to_string(last_year) +
                               " ends before it starts."},
                          "period");
    if (first_year == last_year) return Year(first_year);
    return Period(PeriodKind::Years, CalendarDate::FromYmd(first_year, 1, 1),
                  CalendarDate::FromYmd(last_year, 12, 31));
}

Period Period::Parse(std::string_view text, std::string_view field) {
    std::string t;
    for (char c : text)
        if (c != ' ') t += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    int year = 0;
    if (t.size() == 4 && ReadYear(t, year)) return Year(year);
    // "2026-Q3", "2026-H1", "2026-2030"
    if (t.size() >= 7 && t[4] == '-' && ReadYear(std::string_view(t).substr(0, 4), year)) {
        const std::string_view rest = std::string_view(t).substr(5);
        if (rest.size() == 2 && (rest[0] == 'Q' || rest[0] == 'H') &&
            std::isdigit(static_cast<unsigned char>(rest[1]))) {
            const int n = rest[1] - '0';
            if (rest[0] == 'Q' && n >= 1 && n <= 4) return Quarter(year, n);
            if (rest[0] == 'H' && n >= 1 && n <= 2) return HalfYear(year, n);
        }
        int last = 0;
        if (ReadYear(rest, last) && last >= year) return Years(year, last);
    }
    // "Q3/2026", "H1/2026"
    if (t.size() == 7 && (t[0] == 'Q' || t[0] == 'H') && t[2] == '/' &&
        ReadYear(std::string_view(t).substr(3), year) && std::isdigit(static_cast<unsigned char>(t[1]))) {
        const int n = t[1] - '0';
        if (t[0] == 'Q' && n >= 1 && n <= 4) return Quarter(year, n);
        if (t[0] == 'H' && n >= 1 && n <= 2) return HalfYear(year, n);
    }
    ThrowBadPeriod(text, field);
}

std::string Period::Code() const {
    const std::string year = std::to_string(FirstYear());
    switch (m_kind) {
        case PeriodKind::Quarter:
            return year + "-Q" + std::to_string(m_from.Quarter());
        case PeriodKind::HalfYear:
            return year + (m_from.Month() == 1 ? "-H1" : "-H2");
        case PeriodKind::Year:
            return year;
        case PeriodKind::Years:
            break;
    }
    return year + "-" + std::to_string(LastYear());
}

LocalisedText Period::Label() const {
    const std::string year = std::to_string(FirstYear());
    switch (m_kind) {
        case PeriodKind::Quarter:
            return {std::string("Quý ") + Roman(static_cast<int>(m_from.Quarter())) + "/" + year,
                    "Q" + std::to_string(m_from.Quarter()) + " " + year};
        case PeriodKind::HalfYear:
            return m_from.Month() == 1 ? LocalisedText{"6 tháng đầu năm " + year, "first half of " + year}
                                       : LocalisedText{"6 tháng cuối năm " + year, "second half of " + year};
        case PeriodKind::Year:
            return {"Năm " + year, "Year " + year};
        case PeriodKind::Years:
            break;
    }
    const std::string span = year + "–" + std::to_string(LastYear());
    return {"Giai đoạn " + span, span};
}

std::vector<Period> Period::Quarters() const {
    std::vector<Period> quarters;
    for (int year = FirstYear(); year <= LastYear(); ++year)
        for (int q = 1; q <= 4; ++q) {
            Period quarter = Quarter(year, q);
            if (quarter.m_to >= m_from && quarter.m_from <= m_to) quarters.push_back(quarter);
        }
    return quarters;
}

}  // namespace innodesk::domain
