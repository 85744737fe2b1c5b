// Calendar date parsing and formatting.
#include "calendar_date.h"

#include "errors.h"

#include <charconv>
#include <cstdio>
#include <vector>

namespace innodesk::domain {
namespace {

[[noreturn]] void ThrowBadDate(std::string_view text, std::string_view field, std::string_view why_vi,
                               std::string_view why_en) {
    throw DomainError(ErrorCode::InvalidValue,
                      {"Ngày '" + std::string(text) + "' không hợp lệ: " + std::string(why_vi) +
                           ". Nhập theo dạng ngày/tháng/năm, ví dụ 05/06/2026.",
                       "Date '" + std::string(text) + "' is not valid: " + std::string(why_en) +
                           ". Enter it as dd/mm/yyyy, for example 05/06/2026."},
                      std::string(field));
}

std::vector<std::string_view> SplitDigitGroups(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == separator) {
            parts.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    }
    return parts;
}

bool ParseNumber(std::string_view digits, int& out) {
    if (digits.empty() || digits.size() > 4) return false;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), out);
    return error == std::errc() && end == digits.data() + digits.size();
}

}  // namespace

CalendarDate CalendarDate::FromYmd(int year, unsigned month, unsigned day) {
    const std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month{month},
                                          std::chrono::day{day}};
    if (year < 1900 || year > 2200)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Năm " + std::to_string(year) + " nằm ngoài khoảng 1900–2200.",
                           "Year " + std::to_string(year) + " is outside 1900–2200."});
    if (!ymd.ok()) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%02u/%02u/%04d", day, month, year);
        throw DomainError(ErrorCode::InvalidValue,
                          {std::string("Ngày ") + buffer + " không có trên lịch.",
                           std::string("Date ") + buffer + " does not exist in the calendar."});
    }
    return CalendarDate(ymd);
}

CalendarDate CalendarDate::Parse(std::string_view text, std::string_view field) {
    std::string_view trimmed = text;
    while (!trimmed.empty() && trimmed.front() == ' ') trimmed.remove_prefix(1);
    while (!trimmed.empty() && trimmed.back() == ' ') trimmed.remove_suffix(1);
    if (trimmed.empty()) ThrowBadDate(text, field, "trống", "it is empty");

    char separator = 0;
    for (char candidate : {'/', '-', '.'})
        if (trimmed.find(candidate) != std::string_view::npos) separator = candidate;
    if (separator == 0) ThrowBadDate(text, field, "thiếu dấu phân cách", "it has no separators");
    const auto parts = SplitDigitGroups(trimmed, separator);
    int first = 0, second = 0, third = 0;
    if (parts.size() != 3 || !ParseNumber(parts[0], first) || !ParseNumber(parts[1], second) ||
        !ParseNumber(parts[2], third))
        ThrowBadDate(text, field, "phải gồm ngày, tháng, năm bằng chữ số",
                     "it must be day, month, year in digits");

    const bool iso = parts[0].size() == 4;
    const int year = iso ? first : third;
    const int month = second;
    const int day = iso ? third : first;
    if ((iso ? parts[0] : parts[2]).size() != 4)
        ThrowBadDate(text, field, "năm phải có 4 chữ số", "the year must have 4 digits");
    if (month < 1 || month > 12)
        ThrowBadDate(text, field, "tháng " + std::to_string(month) + " không tồn tại",
                     "month " + std::to_string(month) + " does not exist");
    try {
        return FromYmd(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    } catch (const DomainError& error) {
        throw DomainError(error.Code(), error.Text(), std::string(field));
    }
}

std::string CalendarDate::Format() const {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%02u/%02u/%04d", Day(), Month(), Year());
    return buffer;
}

std::string CalendarDate::Iso() const {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", Year(), Month(), Day());
    return buffer;
}

CalendarDate CalendarDate::AddDays(int days) const {
    return CalendarDate(std::chrono::year_month_day(std::chrono::sys_days(m_ymd) + std::chrono::days(days)));
}

int CalendarDate::DaysUntil(const CalendarDate& later) const {
    return static_cast<int>((std::chrono::sys_days(later.m_ymd) - std::chrono::sys_days(m_ymd)).count());
}

namespace {

class FixedOffsetZone final : public TimeZone {
public:
    FixedOffsetZone(std::string name, int offset_seconds)
        : m_name(std::move(name)), m_offset(offset_seconds) {}
    const std::string& Name() const override { return m_name; }
    int OffsetSecondsAt(std::int64_t) const override { return m_offset; }

private:
    std::string m_name;
    int m_offset;
};

std::chrono::sys_seconds LocalSeconds(std::int64_t unix_seconds, const TimeZone& zone) {
    return std::chrono::sys_seconds{std::chrono::seconds(unix_seconds + zone.OffsetSecondsAt(unix_seconds))};
}

}  // namespace

TimeZonePtr VietnamTimeZone() {
    static const TimeZonePtr zone = std::make_shared<FixedOffsetZone>(kDefaultTimeZone, 7 * 3600);
    return zone;
}

CalendarDate DateAt(std::int64_t unix_seconds, const TimeZone& zone) {
    const std::chrono::year_month_day ymd(
        std::chrono::floor<std::chrono::days>(LocalSeconds(unix_seconds, zone)));
    return CalendarDate::FromYmd(static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                                 static_cast<unsigned>(ymd.day()));
}

std::string FormatMoment(std::int64_t unix_seconds, const TimeZone& zone) {
    const auto moment = LocalSeconds(unix_seconds, zone);
    const auto day = std::chrono::floor<std::chrono::days>(moment);
    const std::chrono::year_month_day ymd(day);
    const std::chrono::hh_mm_ss time(moment - day);
    char text[32];
    std::snprintf(text, sizeof text, "%02u/%02u/%04d %02d:%02d", static_cast<unsigned>(ymd.day()),
                  static_cast<unsigned>(ymd.month()), static_cast<int>(ymd.year()),
                  static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()));
    return text;
}

std::string FormatVietnamTime(std::int64_t unix_seconds) {
    return FormatMoment(unix_seconds, *VietnamTimeZone());
}

SystemClock::SystemClock() : m_zone(VietnamTimeZone()) {}

const Clock& MachineClock() {
    static const SystemClock clock;
    return clock;
}

SystemClock::SystemClock(TimeZonePtr zone, Now now)
    : m_zone(zone ? std::move(zone) : VietnamTimeZone()), m_now(std::move(now)) {}

void SystemClock::SetZone(TimeZonePtr zone) {
    m_zone = zone ? std::move(zone) : VietnamTimeZone();
}

CalendarDate SystemClock::Today() const {
    // The department's day: a date typed at 6:30 in the morning in Nha Trang belongs to that day,
    // not to yesterday as a machine on UTC would have it.
    return DateAt(NowUnixSeconds(), *m_zone);
}

std::int64_t SystemClock::NowUnixSeconds() const {
    if (m_now) return m_now();
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

}  // namespace innodesk::domain
