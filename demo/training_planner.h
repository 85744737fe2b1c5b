// The training planner: the year's courses, workshops and connection events, from March to
// November, and their sign-in sheets (most attendees representing an enterprise) imported through
// the ordinary attendance import.
#pragma once

#include "demo/demo_run.h"

namespace innodesk::demo {

void HoldEvents(DemoRun& run);

}  // namespace innodesk::demo
