// Money and date arithmetic the demo planners share: amounts in đồng rounded as officers round
// them, months added as contracts and vouchers count them.
#pragma once

#include "domain/calendar_date.h"
#include "domain/money.h"

#include <algorithm>
#include <cstdint>

namespace innodesk::demo {

inline constexpr std::int64_t kThousand = 1'000;
inline constexpr std::int64_t kMillion = 1'000'000;

inline domain::Money Dong(std::int64_t dong) {
    return domain::Money::Dong(dong);
}
inline std::int64_t FloorTo(std::int64_t value, std::int64_t step) {
    return value / step * step;
}
inline std::int64_t CeilTo(std::int64_t value, std::int64_t step) {
    return (value + step - 1) / step * step;
}

// Days past the 28th move back to the 28th, which every month has.
inline domain::CalendarDate AddMonths(const domain::CalendarDate& date, int months) {
    const int index = date.Year() * 12 + static_cast<int>(date.Month()) - 1 + months;
    return domain::CalendarDate::FromYmd(index / 12, static_cast<unsigned>(index % 12 + 1),
                                         std::min(date.Day(), 28u));
}

}  // namespace innodesk::demo
