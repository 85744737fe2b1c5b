// Copying the whole database: officers and administrators only, and audited.
#pragma once

#include "domain/actor.h"
#include "domain/calendar_date.h"
#include "persistence/database_store.h"

#include <filesystem>

namespace innodesk::app {

// A consistent copy of the SQLite database at `destination`, readable by its owner only. The copy
// holds every record and every user's password hash, so a viewer, who may read reports but not
// take the register home, is refused (audited as any refusal); the copy itself is audited with
// who made it and where, before it is taken (so the copy holds that entry too).
void BackupDatabase(persistence::DatabaseStore& store, const domain::Actor& actor, const domain::Clock& clock,
                    const std::filesystem::path& destination);

}  // namespace innodesk::app
