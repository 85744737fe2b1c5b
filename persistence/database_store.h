// What persistence offers the layers above: a domain::Store on an SQLite file or a PostgreSQL
// server, opened by OpenStore, with the few operations a whole database has (backup, schema
// version). No SOCI type and no SOCI exception crosses this header: a database failure reaches
// the caller as a domain::DomainError that says in words what could not be done.
#pragma once

#include "database_target.h"
#include "domain/audit.h"
#include "domain/store.h"

#include <filesystem>
#include <memory>

namespace innodesk::persistence {

enum class OpenMode {
    CreateIfMissing,  // `init`, and the GUI's first run
    MustExist,        // everything else: a mistyped path must not silently create an empty database
};

class DatabaseStore : public domain::Store {
public:
    virtual Backend GetBackend() const = 0;
    virtual int SchemaVersion() = 0;
    // A consistent copy of an SQLite database through SQLite's online-backup API; the copy is
    // written beside `destination` and renamed into place only when complete.
    virtual void BackupTo(const std::filesystem::path& destination) = 0;
};

// Connects and migrates. An SQLite file's quick_check starts in the background; opening does not
// wait for it, but the first write transaction (and any migration) does, and a damaged file is
// refused with DatabaseDamaged before anything is written to it. `audit_hash` chains the audit
// trail (signing::Sha256Hex: persistence itself has no cryptography). A store and its
// transactions belong to one thread.
std::unique_ptr<DatabaseStore> OpenStore(const DatabaseTarget& target, OpenMode mode,
                                         domain::HashFunction audit_hash);

}  // namespace innodesk::persistence
