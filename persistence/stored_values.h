// Reading values back from the database is reading outside input: every enum, code, date and
// tax code is parsed again, and a bad value names the table and row it came from.
#pragma once

#include "domain/calendar_date.h"
#include "domain/enum_table.h"
#include "domain/errors.h"
#include "domain/money.h"
#include "domain/tax_code.h"

#include <soci/soci.h>

#include <chrono>
#include <optional>
#include <span>
#include <string>

namespace innodesk::persistence {

[[noreturn]] void ThrowCorruptValue(const char* table, long long id, const domain::DomainError& cause);

template <typename Enum>
Enum StoredEnum(std::span<const domain::EnumEntry<Enum>> entries, const std::string& code, const char* table,
                long long id) {
    for (const auto& entry : entries)
        if (entry.code == code) return entry.value;
    ThrowCorruptValue(
        table, id,
        domain::DomainError(domain::ErrorCode::InvalidValue,
                            {"mã '" + code + "' không xác định", "unknown code '" + code + "'"}));
}

template <typename Enum>
std::string CodeOf(std::span<const domain::EnumEntry<Enum>> entries, Enum value) {
    return std::string(domain::EntryOf(entries, value).code);
}

// The quoted state codes in which a record holds its amount committed, as an SQL IN list, taken
// from the domain's own HoldsCommitment so that SQL and C++ cannot disagree. Codes are constants
// of the program, never user text.
template <typename State>
std::string CommittingStates(std::span<const domain::EnumEntry<State>> states) {
    std::string list;
    for (const auto& entry : states)
        if (HoldsCommitment(entry.value))
            list += (list.empty() ? "'" : ", '") + std::string(entry.code) + "'";
    return list;
}

// Values on their way into columns: NULL for what is absent, Unix seconds for timestamps.
inline std::optional<long long> OptionalDong(const std::optional<domain::Money>& value) {
    if (!value) return std::nullopt;
    return value->Dong();
}

inline std::optional<std::string> OptionalIso(const std::optional<domain::CalendarDate>& date) {
    if (!date) return std::nullopt;
    return date->Iso();
}

inline long long NowUnix() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

domain::TaxCode StoredTaxCode(const std::string& value, const char* table, long long id);
domain::CalendarDate StoredDate(const std::string& iso, const char* table, long long id);
std::optional<domain::CalendarDate> StoredOptionalDate(const std::string& iso, soci::indicator indicator,
                                                       const char* table, long long id);

}  // namespace innodesk::persistence
