// When a plan's work item is due, as the plan writes it ("Tháng 7/2026", "Quý III/2026",
// "Năm 2026", "Thường xuyên", "2026–2030", "6 tháng đầu năm") and the due date that follows.
#pragma once

#include "calendar_date.h"
#include "enum_table.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace innodesk::domain {

enum class TimingKind {
    Date,       // "20/02/2026": due that day
    Month,      // "Tháng 7/2026", "12/2026": due the month's last day
    Quarter,    // "Quý III/2026", "Quý IV năm 2026": due the quarter's last day
    HalfYear,   // "6 tháng đầu năm 2026": due 30/06 (or 31/12 for "6 tháng cuối năm")
    Year,       // "Năm 2026", "2026": due 31/12
    Years,      // "2026–2030": due 31/12 of the last year
    Recurring,  // "Thường xuyên": due at the end of each year of the plan, no single date
    Reference,  // "Theo Kế hoạch số 1489/KH-UBND": the timing of another document, no date here
};
std::span<const EnumEntry<TimingKind>> TimingKinds();

struct WorkItemTiming {
    std::string text;  // as the source writes it
    TimingKind kind = TimingKind::Year;
    // "Gửi về Sở … trước 02/2026": due before the period starts, the day before it.
    bool before = false;
    int first_year = 0;  // the year of a date, month, quarter or half; the first of Years
    int last_year = 0;
    int month = 0;    // Month, Date
    int quarter = 0;  // Quarter: 1–4
    int half = 0;     // HalfYear: 1 or 2
    int day = 0;      // Date
    // The single due date; nullopt for Recurring and Reference.
    std::optional<CalendarDate> Due() const;
    // Every date the item falls due within the plan's years: Recurring gives 31/12 of each
    // year, Reference nothing, the others their one date.
    std::vector<CalendarDate> DueDates(int plan_first_year, int plan_last_year) const;
    // "31/07/2026", "31/12 hằng năm" / "31/12 each year", "theo văn bản dẫn chiếu" / "per the referenced
    // document".
    LocalisedText DueText() const;
};

// Reads a timing as plans write it. A quarter, half or month without a year ("Quý III") takes
// the plan's year when the plan is one year; otherwise it is refused. A trailing note in
// brackets is kept in `text` ("Năm 2027 (theo tiến độ của Bộ KH&CN)"); "… (Hoàn thành trong
// Quý IV/2026)" is due when it says it is completed. Throws DomainError(InvalidValue) quoting
// the text and listing the forms accepted.
WorkItemTiming ParseWorkItemTiming(std::string_view text, int plan_first_year, int plan_last_year);

}  // namespace innodesk::domain
