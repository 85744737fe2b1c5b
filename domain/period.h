// A reporting period: a quarter, a half-year, a year or a span of years (a plan's period),
// written "2026-Q3", "2026-H1", "2026", "2026-2030".
#pragma once

#include "calendar_date.h"
#include "errors.h"

#include <string>
#include <string_view>
#include <vector>

namespace innodesk::domain {

enum class PeriodKind { Quarter, HalfYear, Year, Years };

class Period {
public:
    Period() = default;                            // the year 1970 until assigned
    static Period Quarter(int year, int quarter);  // quarter 1–4; throws InvalidValue
    static Period HalfYear(int year, int half);    // half 1–2
    static Period Year(int year);
    static Period Years(int first_year, int last_year);  // first ≤ last; one year gives Year()
    // "2026-Q3", "2026-H1", "2026", "2026-2030", also "Q3/2026" and "H1/2026"; lower case
    // accepted. Throws InvalidValue naming `field` and the accepted forms.
    static Period Parse(std::string_view text, std::string_view field = "period");

    PeriodKind Kind() const { return m_kind; }
    const CalendarDate& From() const { return m_from; }
    const CalendarDate& To() const { return m_to; }  // inclusive
    int FirstYear() const { return m_from.Year(); }
    int LastYear() const { return m_to.Year(); }
    bool Contains(const CalendarDate& date) const { return date >= m_from && date <= m_to; }
    std::string Code() const;              // the form Parse reads back
    LocalisedText Label() const;           // "Quý III/2026" / "Q3 2026"
    std::vector<Period> Quarters() const;  // the quarters it covers, in order
    int Days() const { return m_from.DaysUntil(m_to) + 1; }
    bool operator==(const Period& other) const = default;

private:
    Period(PeriodKind kind, CalendarDate from, CalendarDate to) : m_kind(kind), m_from(from), m_to(to) {}
    PeriodKind m_kind = PeriodKind::Year;
    CalendarDate m_from;
    CalendarDate m_to;
};

}  // namespace innodesk::domain
