// The demo approvers' key files of a demo database, where `innodesk-cli generate` and the
// desktop's first-run offer put them (DefaultDemoPkiDir: "<file>.demo-pki" beside an SQLite file,
// else the user's data folder), so that the signing dialog can offer them.
#pragma once

#include "persistence/database_target.h"

#include <filesystem>
#include <vector>

namespace innodesk::app {

// The folder the demo keys of `target` would be in.
std::filesystem::path DemoKeyFolder(const persistence::DatabaseTarget& target);

// Whose demo keys: the approvers' (they sign decisions) or the department's (the clerk seals with it).
enum class DemoKeyHolder { Approvers, Organisation };

// The .p12 files in that folder of those holders, by name; empty when there is none (not a demo
// database, or its keys were moved). The department's is the one named kDemoOrganisationName.
std::vector<std::filesystem::path> DemoKeyFiles(const persistence::DatabaseTarget& target,
                                                DemoKeyHolder holder = DemoKeyHolder::Approvers);

}  // namespace innodesk::app
