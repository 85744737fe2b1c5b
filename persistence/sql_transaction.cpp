// BEGIN / COMMIT / ROLLBACK with the right flavour for each backend, and savepoints when nested.
#include "sql_transaction.h"

#include <soci/sqlite3/soci-sqlite3.h>

#include <iostream>

namespace innodesk::persistence {

SqlTransaction::SqlTransaction(soci::session& session, Backend backend, Mode mode, int& depth)
    : m_session(session), m_backend(backend), m_depth(depth) {
    if (m_depth > 0) {
        m_savepoint = "innodesk_" + std::to_string(m_depth);
        m_session << "SAVEPOINT " + m_savepoint;
    } else if (backend == Backend::Sqlite) {
        m_session << (mode == Mode::Write ? "BEGIN IMMEDIATE" : "BEGIN");
    } else {
        m_session << (mode == Mode::Write ? "BEGIN ISOLATION LEVEL READ COMMITTED"
                                          : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    }
    ++m_depth;
}

SqlTransaction::~SqlTransaction() {
    --m_depth;
    if (!m_open || AlreadyRolledBack()) return;
    try {
        if (m_savepoint.empty()) {
            m_session << "ROLLBACK";
        } else {
            m_session << "ROLLBACK TO SAVEPOINT " + m_savepoint;
            m_session << "RELEASE SAVEPOINT " + m_savepoint;
        }
    } catch (const std::exception& error) {
        // A destructor cannot throw; a failed rollback means the connection is gone, and the
        // server or SQLite discards the open transaction on its own. Say so rather than hide it.
        std::cerr << "innodesk: rollback failed (the database discards the transaction): " << error.what()
                  << '\n';
    }
}

bool SqlTransaction::AlreadyRolledBack() const {
    if (m_backend != Backend::Sqlite) return false;
    sqlite_api::sqlite3* handle = static_cast<soci::sqlite3_session_backend*>(m_session.get_backend())->conn_;
    return handle && sqlite_api::sqlite3_get_autocommit(handle) != 0;
}

void SqlTransaction::Commit() {
    m_session << (m_savepoint.empty() ? std::string("COMMIT") : "RELEASE SAVEPOINT " + m_savepoint);
    m_open = false;
}

}  // namespace innodesk::persistence
