// BEGIN / COMMIT / ROLLBACK with the right flavour for each backend, and savepoints when nested.
#include "sql_transaction.h"

#include <iostream>

namespace innodesk::persistence {

SqlTransaction::SqlTransaction(soci::session& session, Backend backend, Mode mode, int& depth)
    : m_session(session), m_depth(depth) {
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
    if (!m_open) return;
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
        std::cerr << "innodesk: rollback failed (the database discards the transaction): " << error.what() << '\n';
    }
}

void SqlTransaction::Commit() {
    m_session << (m_savepoint.empty() ? std::string("COMMIT") : "RELEASE SAVEPOINT " + m_savepoint);
    m_open = false;
}

}  // namespace innodesk::persistence
