// A database transaction that rolls back unless committed. On SQLite a write transaction
// begins with BEGIN IMMEDIATE: SOCI's own transaction issues a deferred BEGIN, which in WAL
// mode fails at once with "database is locked" when a read turns into a write.
// A transaction begun while another is open on the same session is a savepoint inside it: it
// commits with the outer one, and rolls back alone. That lets a batch (the demo-data generator)
// call the ordinary services and still write everything in one transaction.
#pragma once

#include "database_target.h"

#include <soci/soci.h>

#include <string>

namespace innodesk::persistence {

class SqlTransaction {
public:
    enum class Mode { Read, Write };
    // `depth` counts the transactions open on the session; the constructor and destructor keep it.
    SqlTransaction(soci::session& session, Backend backend, Mode mode, int& depth);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    void Commit();

private:
    // SQLite itself rolls a transaction back after some errors (a full disk, an I/O error):
    // there is then nothing left to roll back.
    bool AlreadyRolledBack() const;

    soci::session& m_session;
    Backend m_backend;
    int& m_depth;
    std::string m_savepoint;  // empty for an outermost transaction
    bool m_open = true;
};

}  // namespace innodesk::persistence
