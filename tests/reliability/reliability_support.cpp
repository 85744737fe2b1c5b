// Child processes, seeds and SQLite inspection for the reliability tests.
#include "reliability_support.h"

#include "domain/errors.h"
#include "domain/tax_code.h"

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace innodesk::testing {
namespace {

using Clock = std::chrono::steady_clock;

struct SqliteFile {
    sqlite3* db = nullptr;
    explicit SqliteFile(const std::string& path) {
        if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            throw std::runtime_error("cannot open " + path + ": " +
                                     (db ? sqlite3_errmsg(db) : "out of memory"));
        sqlite3_busy_timeout(db, 10'000);
    }
    ~SqliteFile() { sqlite3_close(db); }
    SqliteFile(const SqliteFile&) = delete;
    SqliteFile& operator=(const SqliteFile&) = delete;
};

struct Statement {
    sqlite3_stmt* stmt = nullptr;
    Statement(sqlite3* db, const std::string& sql) {
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
            throw std::runtime_error("cannot prepare '" + sql + "': " + sqlite3_errmsg(db));
    }
    ~Statement() { sqlite3_finalize(stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    bool Step() {
        const int rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) return true;
        if (rc == SQLITE_DONE) return false;
        throw std::runtime_error(std::string("sqlite3_step: ") + sqlite3_errmsg(sqlite3_db_handle(stmt)));
    }
    std::string Text(int column) {
        const auto* text = sqlite3_column_text(stmt, column);
        return text ? std::string(reinterpret_cast<const char*>(text),
                                  static_cast<std::size_t>(sqlite3_column_bytes(stmt, column)))
                    : std::string();
    }
};

// The tables a person's data lives in; the full-text index's shadow tables are derived from them.
std::vector<std::string> DataTables(sqlite3* db) {
    Statement tables(db,
                     "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                     "AND name NOT LIKE 'enterprise_fts%' ORDER BY name");
    std::vector<std::string> names;
    while (tables.Step()) names.push_back(tables.Text(0));
    return names;
}

std::vector<std::string> Columns(sqlite3* db, const std::string& table) {
    Statement info(db, "SELECT name FROM pragma_table_info('" + table + "') ORDER BY cid");
    std::vector<std::string> names;
    while (info.Step()) names.push_back(info.Text(0));
    return names;
}

bool ValidUtf8WithoutControls(const std::string& text) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n;) {
        const unsigned char c = bytes[i];
        if (c < 0x80) {
            if (c < 0x20 || c == 0x7F) return false;
            ++i;
            continue;
        }
        std::size_t length = 0;
        std::uint32_t code = 0;
        if ((c & 0xE0) == 0xC0)
            length = 2, code = c & 0x1F;
        else if ((c & 0xF0) == 0xE0)
            length = 3, code = c & 0x0F;
        else if ((c & 0xF8) == 0xF0)
            length = 4, code = c & 0x07;
        else
            return false;
        if (i + length > n) return false;
        for (std::size_t k = 1; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80) return false;
            code = (code << 6) | (bytes[i + k] & 0x3F);
        }
        const std::uint32_t minimum = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
        if (code >= 0x80 && code <= 0x9F) return false;  // C1 controls
        i += length;
    }
    return true;
}

}  // namespace

unsigned ReliabilitySeed() {
    static const unsigned seed = [] {
        const char* given = std::getenv("INNODESK_RELIABILITY_SEED");
        const unsigned chosen = given && *given ? static_cast<unsigned>(std::strtoul(given, nullptr, 10))
                                                : std::random_device{}();
        std::cout << "reliability seed: " << chosen << " (INNODESK_RELIABILITY_SEED=" << chosen
                  << " repeats this run)" << std::endl;
        return chosen;
    }();
    return seed;
}

std::mt19937_64& ReliabilityRandom() {
    static std::mt19937_64 random(ReliabilitySeed());
    return random;
}

KilledRun RunCliKilledAfter(const std::vector<std::string>& arguments, std::chrono::microseconds delay) {
    std::vector<std::string> argv_storage{INNODESK_CLI};
    argv_storage.insert(argv_storage.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (auto& argument : argv_storage) argv.push_back(argument.data());
    argv.push_back(nullptr);
    // Standard error goes to a file: a pipe that nobody reads while waiting could fill and stall it.
    char err_path[] = "/tmp/innodesk-killed-XXXXXX";
    const int err_fd = ::mkstemp(err_path);
    if (err_fd < 0) throw std::runtime_error(std::string("mkstemp: ") + std::strerror(errno));

    const auto start = Clock::now();
    const pid_t child = ::fork();
    if (child < 0) throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
    if (child == 0) {
        const int null_fd = ::open("/dev/null", O_RDWR);
        ::dup2(null_fd, STDIN_FILENO);
        ::dup2(null_fd, STDOUT_FILENO);
        ::dup2(err_fd, STDERR_FILENO);
        ::execve(argv[0], argv.data(), environ);
        ::_exit(127);
    }
    KilledRun run;
    int status = 0;
    const auto deadline = start + delay;
    for (;;) {
        const pid_t done = ::waitpid(child, &status, WNOHANG);
        if (done == child) break;
        if (Clock::now() >= deadline) {
            ::kill(child, SIGKILL);
            ::waitpid(child, &status, 0);
            break;
        }
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    run.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    run.killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    std::string err;
    char buffer[4096];
    ::lseek(err_fd, 0, SEEK_SET);
    for (ssize_t n; (n = ::read(err_fd, buffer, sizeof buffer)) > 0;)
        err.append(buffer, static_cast<std::size_t>(n));
    ::close(err_fd);
    ::unlink(err_path);
    run.err = std::move(err);
    return run;
}

std::string SqliteIntegrity(const std::string& path) {
    SqliteFile file(path);
    Statement check(file.db, "PRAGMA integrity_check");
    std::string result;
    while (check.Step()) result += (result.empty() ? "" : "\n") + check.Text(0);
    return result;
}

TableRows SqliteRows(const std::string& path) {
    SqliteFile file(path);
    TableRows rows;
    for (const auto& table : DataTables(file.db)) {
        std::string order;  // every column, so that rows sharing a first column still come in one order
        const auto columns = Columns(file.db, table);
        for (std::size_t c = 1; c <= columns.size(); ++c) order += (c > 1 ? ", " : "") + std::to_string(c);
        Statement select(file.db, "SELECT * FROM \"" + table + "\" ORDER BY " + order);
        auto& out = rows[table];
        while (select.Step()) {
            std::string row;
            for (int c = 0; c < sqlite3_column_count(select.stmt); ++c) {
                const int type = sqlite3_column_type(select.stmt, c);
                row += "|" + std::to_string(type) + ":";
                if (type != SQLITE_NULL) {
                    const auto* blob = static_cast<const char*>(sqlite3_column_blob(select.stmt, c));
                    row.append(blob ? blob : "",
                               static_cast<std::size_t>(sqlite3_column_bytes(select.stmt, c)));
                }
            }
            out.push_back(std::move(row));
        }
    }
    return rows;
}

std::vector<std::string> InvalidStoredText(const std::string& path) {
    SqliteFile file(path);
    std::vector<std::string> invalid;
    for (const auto& table : DataTables(file.db)) {
        for (const auto& column : Columns(file.db, table)) {
            Statement select(file.db, "SELECT \"" + column + "\" FROM \"" + table + "\" WHERE typeof(\"" +
                                          column + "\") = 'text'");
            while (select.Step()) {
                const std::string value = select.Text(0);
                if (!ValidUtf8WithoutControls(value))
                    invalid.push_back(table + "." + column + ": " + value.substr(0, 80));
            }
        }
    }
    return invalid;
}

std::string SqliteValue(const std::string& path, const std::string& query) {
    SqliteFile file(path);
    Statement select(file.db, query);
    return select.Step() ? select.Text(0) : std::string();
}

std::string NextValidTaxCode(std::uint64_t& prefix) {
    for (;; ++prefix) {
        char digits[16];
        for (int check = 0; check <= 9; ++check) {
            std::snprintf(digits, sizeof digits, "%09llu%d",
                          static_cast<unsigned long long>(prefix % 1'000'000'000), check);
            try {
                domain::TaxCode::Parse(digits);
                ++prefix;
                return digits;
            } catch (const domain::DomainError&) {
                // not this check digit, or a prefix that is never issued
            }
        }
    }
}

}  // namespace innodesk::testing
