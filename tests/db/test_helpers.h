// Small helpers the database tests share: catching the refusal a call throws, counting rows.
#pragma once

#include "domain/errors.h"
#include "test_database.h"

#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

namespace innodesk::testing {

// The DomainError `work` throws; the test fails if it throws none.
template <typename Work>
domain::DomainError Refusal(Work&& work) {
    try {
        work();
    } catch (const domain::DomainError& error) {
        return error;
    }
    FAIL("no DomainError was thrown");
    throw std::logic_error("unreachable");
}

inline long long CountRows(TestDatabase& db, const std::string& table) {
    long long count = 0;
    db.Store().Session() << "SELECT COUNT(*) FROM " + table,
        soci::into(count);  // table names are test constants
    return count;
}

}  // namespace innodesk::testing
