// domain::Store on SOCI: one session on an SQLite file or a PostgreSQL server. A store and its
// transactions belong to one thread.
#pragma once

#include "database_target.h"
#include "domain/store.h"

#include <soci/soci.h>

#include <filesystem>
#include <memory>

namespace innodesk::persistence {

class SqliteIntegrityCheck;

enum class OpenMode {
    CreateIfMissing,  // `init`, and the GUI's first run
    MustExist,        // everything else: a mistyped path must not silently create an empty database
};

class SociStore final : public domain::Store {
public:
    // Connects and migrates. An SQLite file's quick_check starts in the background; opening does
    // not wait for it, but the first write transaction (and any migration) does, and a damaged
    // file is refused with DatabaseDamaged before anything is written to it.
    static std::unique_ptr<SociStore> Open(const DatabaseTarget& target, OpenMode mode);
    ~SociStore() override;

    std::unique_ptr<domain::Transaction> Begin(domain::TransactionMode mode) override;
    std::string Describe() const override { return m_target.Describe(); }

    Backend GetBackend() const { return m_target.backend; }
    int SchemaVersion();
    // A consistent copy of an SQLite database through SQLite's online-backup API; the copy is
    // written beside `destination` and renamed into place only when complete.
    void BackupTo(const std::filesystem::path& destination);
    // Direct access for tests and benchmarks that need raw SQL (never for services).
    soci::session& Session() { return m_session; }

private:
    explicit SociStore(DatabaseTarget target);
    void RequireIntactBeforeWriting();
    DatabaseTarget m_target;
    soci::session m_session;
    int m_transaction_depth = 0;
    std::unique_ptr<SqliteIntegrityCheck> m_integrity;  // until the file has been found intact
};

}  // namespace innodesk::persistence
