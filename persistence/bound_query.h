// A SOCI statement assembled piece by piece: columns to read, parameters to bind (always bound,
// never spliced into the SQL), then execute and fetch. It owns the parameters' storage, so that
// filters of any length can be bound safely.
#pragma once

#include <soci/soci.h>

#include <deque>
#include <optional>
#include <string>

namespace innodesk::persistence {

class BoundQuery {
public:
    BoundQuery(soci::session& session, std::string sql) : m_statement(session), m_sql(std::move(sql)) {}

    BoundQuery& Param(long long value) {
        m_numbers.push_back(value);
        m_statement.exchange(soci::use(m_numbers.back()));
        return *this;
    }
    BoundQuery& Param(std::string value) {
        m_texts.push_back(std::move(value));
        m_statement.exchange(soci::use(m_texts.back()));
        return *this;
    }
    // NULL when empty.
    BoundQuery& Param(const std::optional<long long>& value) {
        m_numbers.push_back(value.value_or(0));
        m_indicators.push_back(value ? soci::i_ok : soci::i_null);
        m_statement.exchange(soci::use(m_numbers.back(), m_indicators.back()));
        return *this;
    }
    BoundQuery& Param(const std::optional<std::string>& value) {
        m_texts.push_back(value.value_or(std::string()));
        m_indicators.push_back(value ? soci::i_ok : soci::i_null);
        m_statement.exchange(soci::use(m_texts.back(), m_indicators.back()));
        return *this;
    }

    template <typename T>
    BoundQuery& Into(T& target) {
        m_statement.exchange(soci::into(target));
        return *this;
    }
    template <typename T>
    BoundQuery& Into(T& target, soci::indicator& indicator) {
        m_statement.exchange(soci::into(target, indicator));
        return *this;
    }

    // Runs the statement; for a SELECT, call Fetch() for each row.
    void Execute() {
        m_statement.alloc();
        m_statement.prepare(m_sql);
        m_statement.define_and_bind();
        m_statement.execute(false);
    }
    bool Fetch() { return m_statement.fetch(); }
    long long AffectedRows() { return m_statement.get_affected_rows(); }

private:
    soci::statement m_statement;
    std::string m_sql;
    std::deque<long long> m_numbers;  // deques: growing them never moves what use() points at
    std::deque<std::string> m_texts;
    std::deque<soci::indicator> m_indicators;
};

}  // namespace innodesk::persistence
