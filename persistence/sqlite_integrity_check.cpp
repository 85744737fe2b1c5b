// The background quick_check.
#include "sqlite_integrity_check.h"

#include "domain/utf8_path.h"

#include <sqlite3.h>

#include <filesystem>

namespace innodesk::persistence {

struct SqliteIntegrityCheck::Connection {
    sqlite3* handle = nullptr;
    ~Connection() { sqlite3_close(handle); }
};

namespace {

std::string RunQuickCheck(sqlite3* handle) {
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(handle, "PRAGMA quick_check", -1, &raw, nullptr) != SQLITE_OK)
        return sqlite3_errmsg(handle);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> statement(raw, &sqlite3_finalize);
    // The first row is "ok" or the first problem; later rows only list more problems.
    const int step = sqlite3_step(statement.get());
    if (step != SQLITE_ROW)
        return step == SQLITE_DONE ? "no answer from quick_check" : sqlite3_errmsg(handle);
    const auto* text = sqlite3_column_text(statement.get(), 0);
    return text ? reinterpret_cast<const char*>(text) : "no answer from quick_check";
}

}  // namespace

SqliteIntegrityCheck::SqliteIntegrityCheck(const std::string& path)
    : m_connection(std::make_unique<Connection>()) {
    // sqlite3_open_v2 reads its file name as UTF-8 on every platform.
    if (sqlite3_open_v2(domain::Utf8Of(std::filesystem::absolute(domain::PathFromUtf8(path))).c_str(),
                        &m_connection->handle, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        m_verdict = m_connection->handle ? sqlite3_errmsg(m_connection->handle) : "cannot open the file";
        m_done = true;
        return;
    }
    sqlite3_busy_timeout(m_connection->handle, 10000);
    m_running =
        std::async(std::launch::async, [handle = m_connection->handle] { return RunQuickCheck(handle); });
}

SqliteIntegrityCheck::~SqliteIntegrityCheck() {
    if (m_running.valid()) {
        sqlite3_interrupt(m_connection->handle);  // a window closed early need not wait for the check
        m_running.wait();
    }
}

const std::string& SqliteIntegrityCheck::Verdict() {
    if (!m_done) {
        m_verdict = m_running.get();
        m_done = true;
    }
    return m_verdict;
}

}  // namespace innodesk::persistence
