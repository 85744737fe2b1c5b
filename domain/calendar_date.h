// A calendar date without time: parsed from dd/mm/yyyy or ISO, shown as dd/mm/yyyy.
#pragma once

#include <chrono>
#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace innodesk::domain {

class CalendarDate {
public:
    CalendarDate() = default;  // 01/01/1970 until a real date is assigned
    static CalendarDate FromYmd(int year, unsigned month, unsigned day);  // throws InvalidValue
    // Accepts "dd/mm/yyyy", "d/m/yyyy", "dd-mm-yyyy", "dd.mm.yyyy" and ISO "yyyy-mm-dd".
    static CalendarDate Parse(std::string_view text, std::string_view field = "date");

    int Year() const { return static_cast<int>(m_ymd.year()); }
    unsigned Month() const { return static_cast<unsigned>(m_ymd.month()); }
    unsigned Day() const { return static_cast<unsigned>(m_ymd.day()); }
    unsigned Quarter() const { return (Month() - 1) / 3 + 1; }

    std::string Format() const;  // dd/mm/yyyy, for people
    std::string Iso() const;     // yyyy-mm-dd, for files and the database

    CalendarDate AddDays(int days) const;
    int DaysUntil(const CalendarDate& later) const;

    auto operator<=>(const CalendarDate& other) const {
        return std::chrono::sys_days(m_ymd) <=> std::chrono::sys_days(other.m_ymd);
    }
    bool operator==(const CalendarDate& other) const { return m_ymd == other.m_ymd; }

private:
    explicit CalendarDate(std::chrono::year_month_day ymd) : m_ymd(ymd) {}
    std::chrono::year_month_day m_ymd{std::chrono::year{1970}, std::chrono::January, std::chrono::day{1}};
};

// A moment as people in Vietnam read it: "dd/mm/yyyy hh:mm" in Vietnam time (UTC+7, no daylight
// saving), whatever the machine's time zone.
std::string FormatVietnamTime(std::int64_t unix_seconds);

// Where "today" comes from: services ask a Clock so that tests can fix the date.
class Clock {
public:
    virtual ~Clock() = default;
    virtual CalendarDate Today() const = 0;
    // Seconds since the epoch, UTC, for timestamps of records.
    virtual std::int64_t NowUnixSeconds() const = 0;
};

class SystemClock final : public Clock {
public:
    CalendarDate Today() const override;
    std::int64_t NowUnixSeconds() const override;
};

}  // namespace innodesk::domain
