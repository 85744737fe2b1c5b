// The department's time zone from ICU's zone database (IANA names, daylight saving rules), for
// domain::SystemClock: the domain knows zones only as the TimeZone interface it declares.
#pragma once

#include "domain/calendar_date.h"

#include <string_view>

namespace innodesk::text {

// The zone named `name` ("Asia/Ho_Chi_Minh", "UTC", "Europe/Paris"). A name the zone database
// does not know (a typo, "GMT+7", an empty text) throws a DomainError (InvalidValue, field
// `field`) that names it and gives an example.
domain::TimeZonePtr LoadTimeZone(std::string_view name, std::string_view field = "time_zone");

}  // namespace innodesk::text
