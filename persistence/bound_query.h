// A SOCI statement assembled piece by piece: columns to read, parameters to bind (always bound,
// never spliced into the SQL), then execute and fetch. It owns the parameters' storage, so that
// filters of any length can be bound safely, and it can run again with new parameter values
// without being prepared again (bulk imports run the same statement for every row).
#pragma once

#include <soci/soci.h>

#include <deque>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace innodesk::persistence {

class BoundQuery {
public:
    BoundQuery(soci::session& session, std::string sql) : m_statement(session), m_sql(std::move(sql)) {}

    BoundQuery& Param(long long value) {
        m_numbers.push_back(value);
        m_slots.push_back({&m_numbers.back()});
        m_statement.exchange(soci::use(m_numbers.back()));
        return *this;
    }
    BoundQuery& Param(std::string value) {
        m_texts.push_back(std::move(value));
        m_slots.push_back({&m_texts.back()});
        m_statement.exchange(soci::use(m_texts.back()));
        return *this;
    }
    // NULL when empty.
    BoundQuery& Param(const std::optional<long long>& value) {
        m_numbers.push_back(value.value_or(0));
        m_indicators.push_back(value ? soci::i_ok : soci::i_null);
        m_slots.push_back({&m_numbers.back(), &m_indicators.back()});
        m_statement.exchange(soci::use(m_numbers.back(), m_indicators.back()));
        return *this;
    }
    BoundQuery& Param(const std::optional<std::string>& value) {
        m_texts.push_back(value.value_or(std::string()));
        m_indicators.push_back(value ? soci::i_ok : soci::i_null);
        m_slots.push_back({&m_texts.back(), &m_indicators.back()});
        m_statement.exchange(soci::use(m_texts.back(), m_indicators.back()));
        return *this;
    }

    // Changes the value of the parameter at `position` (0-based, in the order they were added)
    // before the statement runs again; the type must be the one it was added with.
    void Rebind(std::size_t position, long long value) {
        *std::get<long long*>(m_slots.at(position).value) = value;
    }
    void Rebind(std::size_t position, const std::string& value) {
        *std::get<std::string*>(m_slots.at(position).value) = value;
    }
    // For a parameter added as optional: a value, or NULL.
    void Rebind(std::size_t position, const std::optional<long long>& value) {
        auto& slot = m_slots.at(position);
        *std::get<long long*>(slot.value) = value.value_or(0);
        *slot.indicator = value ? soci::i_ok : soci::i_null;
    }
    void Rebind(std::size_t position, const std::optional<std::string>& value) {
        auto& slot = m_slots.at(position);
        *std::get<std::string*>(slot.value) = value.value_or(std::string());
        *slot.indicator = value ? soci::i_ok : soci::i_null;
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

    // Runs the statement (preparing it the first time); for a SELECT or RETURNING, call
    // Fetch() for each row. SOCI's execute(true) already fetches the first row, so the first
    // Fetch() only reports it; execute(false) would skip binding an UPDATE's parameters.
    void Execute() {
        if (!m_prepared) {
            m_statement.alloc();
            m_statement.prepare(m_sql);
            m_statement.define_and_bind();
            m_prepared = true;
        }
        m_first_row_pending = m_statement.execute(true);
    }
    bool Fetch() {
        if (m_first_row_pending) {
            m_first_row_pending = false;
            return true;
        }
        return m_prepared && m_statement.got_data() && m_statement.fetch();
    }
    long long AffectedRows() { return m_statement.get_affected_rows(); }
    // Steps past any rows not fetched, so that a statement kept for reuse is not left open:
    // SQLite refuses to commit while a statement is still in progress.
    void FinishRows() {
        m_first_row_pending = false;
        while (m_prepared && m_statement.got_data() && m_statement.fetch()) {
        }
    }

private:
    soci::statement m_statement;
    std::string m_sql;
    std::deque<long long> m_numbers;  // deques: growing them never moves what use() points at
    std::deque<std::string> m_texts;
    std::deque<soci::indicator> m_indicators;
    struct Slot {
        std::variant<long long*, std::string*> value;
        soci::indicator* indicator = nullptr;  // for parameters that may be NULL
    };
    std::vector<Slot> m_slots;
    bool m_prepared = false;
    bool m_first_row_pending = false;
};

}  // namespace innodesk::persistence
