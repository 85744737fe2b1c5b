// Dates: dd/mm/yyyy and ISO input, impossible dates refused, dd/mm/yyyy output.
#include "domain/calendar_date.h"
#include "domain/errors.h"

#include <catch2/catch.hpp>

using innodesk::domain::CalendarDate;
using innodesk::domain::DomainError;
using innodesk::domain::Language;

TEST_CASE("Dates parse from Vietnamese and ISO notation", "[domain]") {
    const auto [text, iso] = GENERATE(table<std::string, std::string>({
        {"05/06/2026", "2026-06-05"},
        {"5/6/2026", "2026-06-05"},
        {"05-06-2026", "2026-06-05"},
        {"05.06.2026", "2026-06-05"},
        {"2026-06-05", "2026-06-05"},
        {"29/02/2028", "2028-02-29"},
    }));
    INFO(text);
    const auto date = CalendarDate::Parse(text);
    CHECK(date.Iso() == iso);
}

TEST_CASE("Impossible dates are refused with the reason", "[domain]") {
    const auto [text, reason] = GENERATE(table<std::string, std::string>({
        {"31/02/2026", "does not exist"},
        {"29/02/2026", "does not exist"},
        {"01/13/2026", "month 13"},
        {"01/01/26", "4 digits"},
        {"tomorrow", "separators"},
        {"", "empty"},
        {"01/01/1800", "outside 1900"},
    }));
    INFO(text);
    try {
        CalendarDate::Parse(text, "issued_on");
        FAIL("accepted " << text);
    } catch (const DomainError& error) {
        CHECK(error.Field() == "issued_on");
        CHECK_THAT(error.Message(Language::English), Catch::Contains(reason));
    }
}

TEST_CASE("Dates format as dd/mm/yyyy and do arithmetic", "[domain]") {
    const auto date = CalendarDate::FromYmd(2026, 1, 10);
    CHECK(date.Format() == "10/01/2026");
    CHECK(date.Quarter() == 1);
    CHECK(date.AddDays(30).Format() == "09/02/2026");
    CHECK(date.DaysUntil(CalendarDate::FromYmd(2027, 1, 10)) == 365);
    CHECK(CalendarDate::FromYmd(2026, 12, 31) > date);
}

TEST_CASE("A moment is shown in Vietnam time whatever the machine's zone", "[calendar]") {
    CHECK(innodesk::domain::FormatVietnamTime(0) == "01/01/1970 07:00");
    CHECK(innodesk::domain::FormatVietnamTime(1'780'000'000) ==
          "29/05/2026 03:26");  // 20:26 UTC the day before
}
