// The department's time zone setting on both backends: Asia/Ho_Chi_Minh until set, set by an
// administrator only after the zone database knows the name (audited as any setting), and a
// stored name that is not a zone stops the clock from being set rather than moving the dates.
#include "scenario.h"
#include "signing/sha256.h"
#include "test_helpers.h"

#include "app/department_time_zone.h"
#include "domain/audit_service.h"
#include "domain/trust_service.h"
#include "signing/sha256.h"

#include <catch2/catch.hpp>

using namespace innodesk;
using namespace innodesk::domain;
using innodesk::testing::Refusal;

namespace {
constexpr std::int64_t kSixDecember2330Utc = 1'796'599'800;
}

TEST_CASE("The department's time zone is a setting that only a real zone name passes", "[db][time_zone]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    CHECK(app::DepartmentTimeZone(db.Store())->Name() == "Asia/Ho_Chi_Minh");
    SystemClock clock(nullptr, [] { return kSixDecember2330Utc; });
    app::UseDepartmentTimeZone(db.Store(), clock);
    CHECK(clock.Today() == CalendarDate::FromYmd(2026, 12, 7));

    SECTION("an administrator sets it; the clocks made afterwards follow it") {
        CHECK(app::SetDepartmentTimeZone(db.Store(), s.clock, " Europe/London ", s.admin) == "Europe/London");
        CHECK(TrustService(db.Store(), s.clock).Setting(app::kSettingTimeZone) ==
              std::optional<std::string>("Europe/London"));
        app::UseDepartmentTimeZone(db.Store(), clock);
        CHECK(clock.Zone()->Name() == "Europe/London");
        CHECK(clock.Today() == CalendarDate::FromYmd(2026, 12, 6));
        CHECK(clock.FormatMoment(kSixDecember2330Utc) == "06/12/2026 23:30");
        const auto latest = AuditService(db.Store(), &signing::Sha256Hex, s.clock).Latest(1).at(0);
        CHECK(latest.action == "setting.set");
        CHECK_THAT(latest.after, Catch::Contains("Europe/London"));
    }
    SECTION("a name the zone database does not know is refused and nothing is stored") {
        const auto error =
            Refusal([&] { app::SetDepartmentTimeZone(db.Store(), s.clock, "Asia/Ha_Noi", s.admin); });
        CHECK(error.Code() == ErrorCode::InvalidValue);
        CHECK(error.Field() == "time_zone");
        CHECK_FALSE(TrustService(db.Store(), s.clock).Setting(app::kSettingTimeZone).has_value());
    }
    SECTION("only administrators change it") {
        CHECK(Refusal([&] { app::SetDepartmentTimeZone(db.Store(), s.clock, "UTC", s.officer); }).Code() ==
              ErrorCode::PermissionDenied);
    }
    SECTION("a name written behind InnoDesk's back is not taken for some other zone") {
        {
            auto tx = db.Store().Begin(TransactionMode::Write);
            tx->Settings().Put(app::kSettingTimeZone, "Mars/Olympus_Mons");
            tx->Commit();
        }
        const auto error = Refusal([&] { app::UseDepartmentTimeZone(db.Store(), clock); });
        CHECK(error.Field() == "time_zone");
        CHECK_THAT(error.Message(Language::English), Catch::Contains("Mars/Olympus_Mons"));
    }
}
