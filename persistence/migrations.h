// Versioned schema migrations: each in one transaction, the version recorded, an SQLite file
// copied before it is migrated, and a database from a newer InnoDesk refused.
#pragma once

#include "database_target.h"

#include <soci/soci.h>

#include <functional>

namespace innodesk::persistence {

inline constexpr int kSchemaVersion = 1;

// 0 for an empty database.
int ReadSchemaVersion(soci::session& session, Backend backend);

// Brings the schema to kSchemaVersion. `backup_before` is called with the current version
// when an existing database (version ≥ 1) is about to be migrated.
void Migrate(soci::session& session, Backend backend, const std::function<void(int)>& backup_before);

}  // namespace innodesk::persistence
