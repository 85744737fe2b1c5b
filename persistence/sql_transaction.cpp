// BEGIN / COMMIT / ROLLBACK with the right flavour for each backend.
#include "sql_transaction.h"

#include <iostream>

namespace innodesk::persistence {

SqlTransaction::SqlTransaction(soci::session& session, Backend backend, Mode mode) : m_session(session) {
    if (backend == Backend::Sqlite)
        m_session << (mode == Mode::Write ? "BEGIN IMMEDIATE" : "BEGIN");
    else
        m_session << (mode == Mode::Write ? "BEGIN ISOLATION LEVEL READ COMMITTED"
                                          : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

SqlTransaction::~SqlTransaction() {
    if (!m_open) return;
    try {
        m_session << "ROLLBACK";
    } catch (const std::exception& error) {
        // A destructor cannot throw; the failed rollback means the connection is gone, and the
        // server or SQLite discards the open transaction on its own. Say so rather than hide it.
        std::cerr << "innodesk: rollback failed (the transaction is discarded by the database): " << error.what()
                  << '\n';
    }
}

void SqlTransaction::Commit() {
    m_session << "COMMIT";
    m_open = false;
}

}  // namespace innodesk::persistence
