// Reading every row of a SELECT into domain records, through a Row type that binds its own
// columns (Bind) and turns them into a record (ToDomain).
#pragma once

#include "bound_query.h"
#include "sql_filter.h"

#include <string>
#include <utility>
#include <vector>

namespace innodesk::persistence {

// `sql` has its parameters in this order: the texts, then the numbers.
template <typename Row>
auto SelectRows(soci::session& session, const std::string& sql, const std::vector<std::string>& texts,
                const std::vector<long long>& numbers) {
    Row row;
    BoundQuery query(session, sql);
    row.Bind(query);
    for (const auto& text : texts) query.Param(text);
    for (const auto number : numbers) query.Param(number);
    query.Execute();
    std::vector<decltype(row.ToDomain())> records;
    while (query.Fetch()) records.push_back(row.ToDomain());
    return records;
}

// `sql` ends with the filter's WHERE clause, then `tail` (ORDER BY … LIMIT :limit).
template <typename Row>
auto SelectRows(soci::session& session, const std::string& select_from, const SqlFilter& filter,
                const std::string& tail, long long limit) {
    Row row;
    BoundQuery query(session, select_from + " " + filter.Where() + " " + tail);
    row.Bind(query);
    filter.Bind(query);
    query.Param(limit);
    query.Execute();
    std::vector<decltype(row.ToDomain())> records;
    while (query.Fetch()) records.push_back(row.ToDomain());
    return records;
}

}  // namespace innodesk::persistence
