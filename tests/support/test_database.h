// A fresh, empty, migrated database for each test, on the backend the suite runs on: an SQLite
// file in its own temporary folder, or a schema of its own on the tests' PostgreSQL server.
#pragma once

#include "fixed_clock.h"
#include "persistence/soci_store.h"
#include "text/icu_text_rules.h"

#include <filesystem>
#include <memory>
#include <string>

namespace innodesk::testing {

// "sqlite" or "postgres", chosen by the suite's --backend option.
std::string& SuiteBackend();

class TestDatabase {
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    persistence::SociStore& Store() { return *m_store; }
    const persistence::DatabaseTarget& Target() const { return m_target; }
    // A second, independent connection to the same database (for concurrency tests).
    std::unique_ptr<persistence::SociStore> Connect() const;
    const std::filesystem::path& Folder() const { return m_folder; }  // SQLite only
    const domain::TextRules& Text() const { return m_text; }

private:
    persistence::DatabaseTarget m_target;
    std::filesystem::path m_folder;
    std::string m_schema;  // PostgreSQL only
    text::IcuTextRules m_text;
    std::unique_ptr<persistence::SociStore> m_store;
};

}  // namespace innodesk::testing
