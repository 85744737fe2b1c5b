// The department's "today" and its times: the clock's date and moments are those of the
// department's time zone (a setting, Asia/Ho_Chi_Minh by default), whatever the machine's zone,
// with the zones taken from ICU's database and names it does not know refused.
#include "domain/calendar_date.h"
#include "domain/errors.h"
#include "text/icu_time_zone.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <ctime>

using innodesk::domain::CalendarDate;
using innodesk::domain::DomainError;
using innodesk::domain::Language;
using innodesk::domain::SystemClock;
using innodesk::text::LoadTimeZone;

namespace {

constexpr std::int64_t kSixDecember2330Utc = 1'796'599'800;  // 06/12/2026 23:30 UTC = 07/12 06:30 in Vietnam

// The process runs as a machine on UTC does, for the length of a test.
class MachineOnUtc {
public:
    MachineOnUtc() {
        if (const char* tz = std::getenv("TZ")) m_before = tz, m_had = true;
        setenv("TZ", "UTC", 1);
        tzset();
    }
    ~MachineOnUtc() {
        if (m_had)
            setenv("TZ", m_before.c_str(), 1);
        else
            unsetenv("TZ");
        tzset();
    }

private:
    std::string m_before;
    bool m_had = false;
};

SystemClock ClockAt(std::int64_t instant, const std::string& zone) {
    return SystemClock(LoadTimeZone(zone), [instant] { return instant; });
}

}  // namespace

TEST_CASE("At 23:30 UTC the department's today is already the next day in Asia/Ho_Chi_Minh",
          "[domain][time_zone]") {
    const MachineOnUtc utc;
    SECTION("the zone from ICU") {
        const auto clock = ClockAt(kSixDecember2330Utc, "Asia/Ho_Chi_Minh");
        CHECK(clock.Today() == CalendarDate::FromYmd(2026, 12, 7));
        CHECK(clock.FormatMoment(kSixDecember2330Utc) == "07/12/2026 06:30");
        CHECK(clock.NowUnixSeconds() == kSixDecember2330Utc);
    }
    SECTION("the default before the settings are read is the same zone") {
        const SystemClock clock(nullptr, [] { return kSixDecember2330Utc; });
        CHECK(clock.Zone()->Name() == "Asia/Ho_Chi_Minh");
        CHECK(clock.Today() == CalendarDate::FromYmd(2026, 12, 7));
    }
    SECTION("a department on UTC is still on the 6th") {
        const auto clock = ClockAt(kSixDecember2330Utc, "UTC");
        CHECK(clock.Today() == CalendarDate::FromYmd(2026, 12, 6));
        CHECK(clock.FormatMoment(kSixDecember2330Utc) == "06/12/2026 23:30");
    }
    SECTION("changing the zone changes today and the times shown") {
        auto clock = ClockAt(kSixDecember2330Utc, "Asia/Ho_Chi_Minh");
        clock.SetZone(LoadTimeZone("America/New_York"));
        CHECK(clock.Today() == CalendarDate::FromYmd(2026, 12, 6));
        CHECK(clock.FormatMoment(kSixDecember2330Utc) == "06/12/2026 18:30");
    }
}

TEST_CASE("A zone with daylight saving gives each moment its own offset", "[domain][time_zone]") {
    const auto paris = LoadTimeZone("Europe/Paris");
    CHECK(paris->OffsetSecondsAt(1'782'945'000) == 2 * 3600);  // 01/07/2026 22:30 UTC, summer time
    CHECK(paris->OffsetSecondsAt(1'768'516'200) == 3600);      // 15/01/2026 22:30 UTC, winter time
    CHECK(innodesk::domain::FormatMoment(1'782'945'000, *paris) == "02/07/2026 00:30");
    CHECK(innodesk::domain::DateAt(1'768'516'200, *paris) == CalendarDate::FromYmd(2026, 1, 15));
}

TEST_CASE("A time zone name the IANA database does not know is refused, naming it", "[domain][time_zone]") {
    CHECK(LoadTimeZone("Asia/Saigon")->OffsetSecondsAt(kSixDecember2330Utc) ==
          7 * 3600);  // the old name, a link
    const std::string name =
        GENERATE("Asia/Ha_Noi", "GMT+7", "UTC+07:00", "Vietnam/Nha_Trang", "", "asia/ho chi minh");
    INFO("'" << name << "'");
    try {
        LoadTimeZone(name);
        FAIL("accepted");
    } catch (const DomainError& error) {
        CHECK(error.Field() == "time_zone");
        CHECK_THAT(error.Message(Language::English),
                   Catch::Contains("'" + name + "' is not in the IANA time zone database"));
        CHECK_THAT(error.Message(Language::Vietnamese), Catch::Contains("Múi giờ '" + name + "'"));
    }
}
