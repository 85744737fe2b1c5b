// The department's time zone, a setting (an IANA name; Asia/Ho_Chi_Minh when unset) that both
// front ends put into their clock once the database is open, so that every "today" and every
// time shown is the department's whatever the machine's zone:
//   innodesk-cli setting set time_zone Asia/Ho_Chi_Minh
#pragma once

#include "domain/actor.h"
#include "domain/calendar_date.h"
#include "domain/store.h"

#include <string>

namespace innodesk::app {

inline constexpr const char* kSettingTimeZone = "time_zone";

// The zone the settings name, or the default. A stored name that is not a zone (written behind
// InnoDesk's back) throws, naming the setting: dates must not silently move to another zone.
domain::TimeZonePtr DepartmentTimeZone(domain::Store& store);
// Puts that zone into the clock.
void UseDepartmentTimeZone(domain::Store& store, domain::SystemClock& clock);
// Stores a new zone after checking it is one (administrators; audited as any setting).
// Returns the zone's name as stored.
std::string SetDepartmentTimeZone(domain::Store& store, const domain::Clock& clock, const std::string& name,
                                  const domain::Actor& actor);

}  // namespace innodesk::app
