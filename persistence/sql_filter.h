// A WHERE clause built from optional filter conditions, each with its own bound value, so that
// the placeholders and the values cannot get out of order however many conditions apply.
#pragma once

#include "bound_query.h"

#include <string>
#include <variant>
#include <vector>

namespace innodesk::persistence {

class SqlFilter {
public:
    using Value = std::variant<long long, std::string>;

    // `condition` holds one '?' where the value goes, e.g. "f.status = ?". The value is always
    // bound, never spliced into the SQL.
    SqlFilter& Add(const std::string& condition, long long value) { return Add(condition, {Value(value)}); }
    SqlFilter& Add(const std::string& condition, std::string value) {
        return Add(condition, {Value(std::move(value))});
    }
    // A condition with several '?', e.g. "(a = ? OR b BETWEEN ? AND ?)", their values in order.
    SqlFilter& Add(std::string condition, const std::vector<Value>& values) {
        for (const auto& value : values) {
            condition.replace(condition.find('?'), 1, ":f" + std::to_string(m_values.size()));
            m_values.push_back(value);
        }
        m_where += (m_where.empty() ? "WHERE " : " AND ") + condition;
        return *this;
    }
    // "column IN (…)" with one bound value each; no values match no row.
    SqlFilter& AddIn(const std::string& column, const std::vector<long long>& values) {
        if (values.empty()) return Add("1 = 0", std::vector<Value>{});
        std::string marks;
        for (std::size_t i = 0; i < values.size(); ++i) marks += i == 0 ? "?" : ", ?";
        return Add(column + " IN (" + marks + ")", std::vector<Value>(values.begin(), values.end()));
    }

    // "" or "WHERE a = :f0 AND b = :f1".
    const std::string& Where() const { return m_where; }
    // Binds the values in the order of the conditions; call where the WHERE clause's
    // placeholders come in the statement.
    void Bind(BoundQuery& query) const {
        for (const auto& value : m_values) std::visit([&query](const auto& v) { query.Param(v); }, value);
    }

private:
    std::string m_where;
    std::vector<Value> m_values;
};

}  // namespace innodesk::persistence
