// Versioned schema migrations: each in one transaction, the version recorded, an SQLite file
// copied before it is migrated, and a database from a newer InnoDesk refused.
#pragma once

#include "database_target.h"

#include <soci/soci.h>

#include <functional>

namespace innodesk::persistence {

inline constexpr int kSchemaVersion = 15;

// 0 for an empty database.
int ReadSchemaVersion(soci::session& session, Backend backend);

// Brings the schema to kSchemaVersion. `backup_before` is called with the current version
// when an existing database (version ≥ 1) is about to be migrated.
void Migrate(soci::session& session, Backend backend, const std::function<void(int)>& backup_before);

// Migrate, stopping at `target_version` (1 … kSchemaVersion) instead of the latest version; a
// database already at or past `target_version` is left as it is. For tests, which need
// databases as older InnoDesk versions left them in order to test the migrations after them.
void MigrateTo(soci::session& session, Backend backend, int target_version,
               const std::function<void(int)>& backup_before);

}  // namespace innodesk::persistence
