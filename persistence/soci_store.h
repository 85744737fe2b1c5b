// DatabaseStore on SOCI: one session on an SQLite file or a PostgreSQL server. Private to
// persistence/ (and to tests, through persistence/testing/raw_session.h): the layers above open a
// store with OpenStore and never see SOCI.
#pragma once

#include "database_store.h"

#include <soci/soci.h>

#include <filesystem>
#include <memory>

namespace innodesk::persistence {

class SqliteIntegrityCheck;

class SociStore final : public DatabaseStore {
public:
    // As OpenStore.
    static std::unique_ptr<SociStore> Open(const DatabaseTarget& target, OpenMode mode,
                                           domain::HashFunction audit_hash);
    ~SociStore() override;

    std::unique_ptr<domain::Transaction> Begin(domain::TransactionMode mode) override;
    std::string Describe() const override { return m_target.Describe(); }

    Backend GetBackend() const override { return m_target.backend; }
    int SchemaVersion() override;
    void BackupTo(const std::filesystem::path& destination) override;
    // Direct access for tests and benchmarks that need raw SQL (never for services).
    soci::session& Session() { return m_session; }

private:
    SociStore(DatabaseTarget target, domain::HashFunction audit_hash);
    void RequireIntactBeforeWriting();
    DatabaseTarget m_target;
    domain::HashFunction m_audit_hash;
    soci::session m_session;
    int m_transaction_depth = 0;
    std::unique_ptr<SqliteIntegrityCheck> m_integrity;  // until the file has been found intact
};

}  // namespace innodesk::persistence
