// A calendar date without time: parsed from dd/mm/yyyy or ISO, shown as dd/mm/yyyy.
#pragma once

#include <chrono>
#include <compare>
#include <cstdint>
#include <functional>
#include <memory>
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

// The department's time zone, an IANA name (a setting, "time_zone"); its dates and times are the
// department's whatever the machine's zone.
inline constexpr const char* kDefaultTimeZone = "Asia/Ho_Chi_Minh";

// What the domain needs of a time zone: its offset from UTC at a moment (daylight saving
// included where the zone has it). text/ implements it from ICU's zone database.
class TimeZone {
public:
    virtual ~TimeZone() = default;
    virtual const std::string& Name() const = 0;
    virtual int OffsetSecondsAt(std::int64_t unix_seconds) const = 0;
};
using TimeZonePtr = std::shared_ptr<const TimeZone>;

// Asia/Ho_Chi_Minh without a zone database: UTC+7 all year (no daylight saving since 1975).
TimeZonePtr VietnamTimeZone();

// The calendar date of a moment in a zone.
CalendarDate DateAt(std::int64_t unix_seconds, const TimeZone& zone);
// A moment as people in the zone read it: "dd/mm/yyyy hh:mm".
std::string FormatMoment(std::int64_t unix_seconds, const TimeZone& zone);
// The same in Vietnam time (UTC+7).
std::string FormatVietnamTime(std::int64_t unix_seconds);

// Where "today" comes from: services ask a Clock so that tests can fix the date.
class Clock {
public:
    virtual ~Clock() = default;
    virtual CalendarDate Today() const = 0;
    // Seconds since the epoch, UTC, for timestamps of records.
    virtual std::int64_t NowUnixSeconds() const = 0;
    // The department's time zone: Today() is the date there. Vietnam's unless a clock says otherwise.
    virtual TimeZonePtr Zone() const { return VietnamTimeZone(); }
    // A moment as the department reads it, "dd/mm/yyyy hh:mm" in its zone.
    std::string FormatMoment(std::int64_t unix_seconds) const {
        return domain::FormatMoment(unix_seconds, *Zone());
    }
};

// The machine's clock read in the department's time zone: Today() is the department's date, not
// the machine's (a workstation or server on UTC is seven hours behind Khánh Hòa's day).
class SystemClock;
// The machine's clock in Vietnam's zone, for services a caller builds without a clock of its own.
const Clock& MachineClock();

class SystemClock final : public Clock {
public:
    using Now = std::function<std::int64_t()>;  // seconds since the epoch, UTC
    SystemClock();                              // Asia/Ho_Chi_Minh until the department's zone is set
    // `now` replaces the machine's clock (tests fix the instant with it).
    explicit SystemClock(TimeZonePtr zone, Now now = {});

    // The department's zone, read from its settings once the database is open.
    void SetZone(TimeZonePtr zone);
    TimeZonePtr Zone() const override { return m_zone; }

    CalendarDate Today() const override;
    std::int64_t NowUnixSeconds() const override;

private:
    TimeZonePtr m_zone;
    Now m_now;
};

}  // namespace innodesk::domain
