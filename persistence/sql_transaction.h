// A database transaction that rolls back unless committed. On SQLite a write transaction
// begins with BEGIN IMMEDIATE: SOCI's own transaction issues a deferred BEGIN, which in WAL
// mode fails at once with "database is locked" when a read turns into a write.
#pragma once

#include "database_target.h"

#include <soci/soci.h>

namespace innodesk::persistence {

class SqlTransaction {
public:
    enum class Mode { Read, Write };
    SqlTransaction(soci::session& session, Backend backend, Mode mode);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    void Commit();

private:
    soci::session& m_session;
    bool m_open = true;
};

}  // namespace innodesk::persistence
