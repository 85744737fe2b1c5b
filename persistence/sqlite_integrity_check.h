// SQLite's quick_check of a database file, run on a connection of its own so that it can start
// in the background while the program reads, and must have said "ok" before anything is written.
//
// quick_check reads every page: 0.3 s on a province's 100 MB archive. Opening waited for it
// until the desktop's start-up was measured; now the window opens at once, the check runs beside
// it, and the first write transaction waits for its verdict (see SociStore::Begin).
#pragma once

#include <future>
#include <memory>
#include <string>

namespace innodesk::persistence {

class SqliteIntegrityCheck {
public:
    // Opens `path` read-only and starts the check on another thread.
    explicit SqliteIntegrityCheck(const std::string& path);
    // Interrupts a check still running and waits for its thread.
    ~SqliteIntegrityCheck();
    SqliteIntegrityCheck(const SqliteIntegrityCheck&) = delete;
    SqliteIntegrityCheck& operator=(const SqliteIntegrityCheck&) = delete;

    // Waits for the verdict: "ok", or SQLite's description of the first damage found.
    const std::string& Verdict();

private:
    struct Connection;
    std::unique_ptr<Connection> m_connection;
    std::future<std::string> m_running;
    std::string m_verdict;
    bool m_done = false;
};

}  // namespace innodesk::persistence
