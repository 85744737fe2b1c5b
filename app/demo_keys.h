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

// The .p12 files in that folder, by name; empty when there is none (not a demo database, or its
// keys were moved).
std::vector<std::filesystem::path> DemoKeyFiles(const persistence::DatabaseTarget& target);

}  // namespace innodesk::app
