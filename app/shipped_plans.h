// The plan files InnoDesk ships (data/plans/, installed to share/innodesk/plans): imported into a
// demo database so that its dashboard has targets from the start.
#pragma once

#include "domain/actor.h"
#include "domain/calendar_date.h"
#include "domain/store.h"
#include "domain/text_rules.h"

#include <cstddef>
#include <filesystem>

namespace innodesk::app {

// Imports every *.yaml file of `folder` (default: PlansDirectory()) in name order, each through
// TargetService::Import as `actor`; returns how many. A folder that does not exist gives 0; a
// file that does not parse throws, naming the file and the line.
std::size_t ImportShippedPlans(domain::Store& store, const domain::TextRules& text,
                               const domain::Clock& clock, const domain::Actor& actor,
                               const std::filesystem::path& folder = {});

}  // namespace innodesk::app
