// innodesk-cli's "today" and the times it prints are the department's (setting time_zone, by
// default Asia/Ho_Chi_Minh), not the machine's: run here on a machine on UTC, with zones 26 hours
// apart so that their dates always differ; a name the zone database does not know is refused.
#include "cli_fixture.h"

#include "domain/calendar_date.h"
#include "text/icu_time_zone.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>

using namespace innodesk::testing;
using innodesk::domain::DateAt;
using innodesk::text::LoadTimeZone;

namespace {

std::int64_t Now() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

}  // namespace

TEST_CASE("The CLI's today and its audit times follow the department's time zone, not the machine's",
          "[cli][time_zone]") {
    setenv("TZ", "UTC", 1);  // the machine's zone, inherited by innodesk-cli
    tzset();
    TempFolder folder;
    const CliDatabase db(folder);
    db.Ok(kOfficer,
          {"plan", "import",
           (std::filesystem::path(INNODESK_SOURCE_DIR) / "data" / "plans" / "000-khanh-hoa-dmst-dn-2026.yaml")
               .string()});
    CHECK_THAT(db.Ok(kAdmin, {"setting", "show"}).out, Catch::Contains("time_zone = Asia/Ho_Chi_Minh\n"));

    const auto refused = db.Run(kAdmin, {"setting", "set", "time_zone", "Asia/Ha_Noi"});
    CHECK(refused.exit_code != 0);
    CHECK_THAT(refused.err, Catch::Contains("Time zone 'Asia/Ha_Noi' is not in the IANA time zone database"));

    // +14 and -12 hours: whatever the hour, their dates differ from each other.
    for (const char* zone_name : {"Pacific/Kiritimati", "Etc/GMT+12", "Asia/Ho_Chi_Minh"}) {
        INFO(zone_name);
        const auto zone = LoadTimeZone(zone_name);
        CHECK(db.Ok(kAdmin, {"setting", "set", "time_zone", zone_name}).out ==
              std::string("time_zone = ") + zone_name + "\n");
        const auto before = Now();
        const auto targets = db.Ok(kViewer, {"targets", "--plan", "KH-DMST-DN-2026"}).out;
        const auto after = Now();
        CHECK_THAT(targets, Catch::Contains(", as of " + DateAt(before, *zone).Format()) ||
                                Catch::Contains(", as of " + DateAt(after, *zone).Format()));

        const auto latest =
            nlohmann::json::parse(db.Ok(kViewer, {"--json", "audit", "log", "--limit", "1"}).out);
        REQUIRE(latest.size() == 1);
        CHECK(latest[0]["action"] == "setting.set");
        const std::int64_t at = latest[0]["at"];
        CHECK_THAT(db.Ok(kViewer, {"audit", "log", "--limit", "1"}).out,
                   Catch::StartsWith(std::to_string(latest[0]["seq"].get<std::int64_t>()) + "  " +
                                     innodesk::domain::FormatMoment(at, *zone) + "  " + kAdmin));
    }
    unsetenv("TZ");
    tzset();
}
