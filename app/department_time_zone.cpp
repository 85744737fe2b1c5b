// The department's time zone setting.
#include "department_time_zone.h"

#include "domain/trust_service.h"
#include "text/icu_time_zone.h"

namespace innodesk::app {

domain::TimeZonePtr DepartmentTimeZone(domain::Store& store) {
    const domain::SystemClock clock;  // reading a setting needs no date
    const auto name = domain::TrustService(store, clock).Setting(kSettingTimeZone);
    if (!name || name->empty()) return text::LoadTimeZone(domain::kDefaultTimeZone);
    return text::LoadTimeZone(*name, kSettingTimeZone);
}

void UseDepartmentTimeZone(domain::Store& store, domain::SystemClock& clock) {
    clock.SetZone(DepartmentTimeZone(store));
}

std::string SetDepartmentTimeZone(domain::Store& store, const domain::Clock& clock, const std::string& name,
                                  const domain::Actor& actor) {
    std::string trimmed = name;
    trimmed.erase(0, trimmed.find_first_not_of(" \t"));
    trimmed.erase(trimmed.find_last_not_of(" \t") + 1);
    const auto zone = text::LoadTimeZone(trimmed, kSettingTimeZone);
    domain::TrustService(store, clock).SetSetting(kSettingTimeZone, zone->Name(), actor);
    return zone->Name();
}

}  // namespace innodesk::app
