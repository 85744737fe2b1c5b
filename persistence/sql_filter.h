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
    // `condition` holds one '?' where the value goes, e.g. "f.status = ?". The value is always
    // bound, never spliced into the SQL.
    SqlFilter& Add(const std::string& condition, long long value) { return Push(condition, value); }
    SqlFilter& Add(const std::string& condition, std::string value) {
        return Push(condition, std::move(value));
    }
    // A condition with several '?', e.g. "(a = ? OR b BETWEEN ? AND ?)", their values in order.
    SqlFilter& Add(std::string condition, const std::vector<std::variant<long long, std::string>>& values) {
        for (const auto& value : values) {
            const std::string placeholder = ":f" + std::to_string(m_values.size());
            condition.replace(condition.find('?'), 1, placeholder);
            m_values.push_back(value);
        }
        Append(condition);
        return *this;
    }

    // "" or "WHERE a = :f0 AND b = :f1".
    const std::string& Where() const { return m_where; }
    // Binds the values in the order of the conditions; call where the WHERE clause's
    // placeholders come in the statement.
    void Bind(BoundQuery& query) const {
        for (const auto& value : m_values) std::visit([&query](const auto& v) { query.Param(v); }, value);
    }

private:
    SqlFilter& Push(const std::string& condition, std::variant<long long, std::string> value) {
        const std::string placeholder = ":f" + std::to_string(m_values.size());
        std::string text = condition;
        text.replace(text.find('?'), 1, placeholder);
        Append(text);
        m_values.push_back(std::move(value));
        return *this;
    }
    void Append(const std::string& condition) { m_where += (m_where.empty() ? "WHERE " : " AND ") + condition; }

    std::string m_where;
    std::vector<std::variant<long long, std::string>> m_values;
};

}  // namespace innodesk::persistence
