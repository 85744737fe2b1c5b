// A clock that always says the same day and instant, so that dates in tests do not depend on when
// they run.
#pragma once

#include "domain/calendar_date.h"

#include <cstdint>

namespace innodesk::testing {

class FixedClock final : public domain::Clock {
public:
    explicit FixedClock(domain::CalendarDate today, std::int64_t now_unix_seconds = 1'780'000'000)
        : m_today(today), m_now(now_unix_seconds) {}
    domain::CalendarDate Today() const override { return m_today; }
    std::int64_t NowUnixSeconds() const override { return m_now; }

private:
    domain::CalendarDate m_today;
    std::int64_t m_now;
};

}  // namespace innodesk::testing
