// Column kinds.
#include "table_cells.h"

#include "domain/calendar_date.h"
#include "domain/errors.h"
#include "domain/money.h"

#include <cstdio>
#include <limits>
#include <optional>

namespace innodesk::gui {
namespace {

std::optional<std::int64_t> ReadGroupedNumber(const std::string& cell) {
    std::int64_t value = 0;
    bool any = false;
    std::size_t i = 0;
    const bool negative = !cell.empty() && cell[0] == '-';
    if (negative) i = 1;
    for (; i < cell.size(); ++i) {
        const char c = cell[i];
        if (c == '.') continue;
        if (c < '0' || c > '9') return std::nullopt;
        if (value > (std::numeric_limits<std::int64_t>::max() - (c - '0')) / 10) return std::nullopt;
        value = value * 10 + (c - '0');
        any = true;
    }
    if (!any) return std::nullopt;
    return negative ? -value : value;
}

// "83,5" or "83.5" (a trailing " %" allowed) as tenths: 835.
std::optional<std::int64_t> ReadTenths(std::string cell) {
    if (cell.size() > 2 && cell.compare(cell.size() - 2, 2, " %") == 0) cell.resize(cell.size() - 2);
    const auto separator = cell.find_first_of(".,");
    if (separator == std::string::npos) {
        const auto whole = ReadGroupedNumber(cell);
        return whole && *whole < std::numeric_limits<std::int64_t>::max() / 10 ? std::optional(*whole * 10)
                                                                               : std::nullopt;
    }
    if (separator + 2 != cell.size()) return std::nullopt;
    cell.erase(separator, 1);
    return ReadGroupedNumber(cell);
}

std::optional<std::int64_t> ReadMoney(const std::string& cell) {
    try {
        return domain::Money::Parse(cell).Dong();
    } catch (const domain::DomainError&) {
        return std::nullopt;  // not an amount: the cell sorts and exports as text
    }
}

std::optional<domain::CalendarDate> ReadDate(const std::string& cell) {
    if (cell.size() < 10) return std::nullopt;
    try {
        return domain::CalendarDate::Parse(cell.substr(0, 10));
    } catch (const domain::DomainError&) {
        return std::nullopt;  // not a date: the cell sorts and exports as text
    }
}

// A signed number as 20 digits that order correctly as text.
std::string OrderedDigits(std::int64_t value) {
    const auto shifted = static_cast<std::uint64_t>(value) ^ (std::uint64_t{1} << 63);
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%020llu", static_cast<unsigned long long>(shifted));
    return buffer;
}

}  // namespace

std::string SortKeyOf(ColumnKind kind, const std::string& cell, const domain::TextRules& text) {
    if (cell.empty()) return "0";
    switch (kind) {
        case ColumnKind::Text:
            break;
        case ColumnKind::Number:
            if (const auto number = ReadGroupedNumber(cell)) return "1" + OrderedDigits(*number);
            break;
        case ColumnKind::Money:
            if (const auto dong = ReadMoney(cell)) return "1" + OrderedDigits(*dong);
            break;
        case ColumnKind::Decimal:
            if (const auto tenths = ReadTenths(cell)) return "1" + OrderedDigits(*tenths);
            break;
        case ColumnKind::Date:
        case ColumnKind::Moment:
            // "dd/mm/yyyy hh:mm": the date's ISO form, then the time as written.
            if (const auto date = ReadDate(cell)) return "1" + date->Iso() + cell.substr(10);
            break;
    }
    return "2" + text.SortKey(cell);
}

interchange::XlsxCell XlsxCellOf(ColumnKind kind, const std::string& cell) {
    switch (kind) {
        case ColumnKind::Text:
        case ColumnKind::Moment:
            break;
        case ColumnKind::Number:
            if (const auto number = ReadGroupedNumber(cell)) return *number;
            break;
        case ColumnKind::Money:
            if (const auto dong = ReadMoney(cell)) return domain::Money::Dong(*dong);
            break;
        case ColumnKind::Decimal:
            if (const auto tenths = ReadTenths(cell))
                return interchange::XlsxDecimal{static_cast<double>(*tenths) / 10.0};
            break;
        case ColumnKind::Date:
            if (cell.size() == 10)
                if (const auto date = ReadDate(cell)) return *date;
            break;
    }
    return cell;
}

}  // namespace innodesk::gui
