// Table cells: their sort keys and export values, from the values the pages loaded.
#include "table_cells.h"

#include "number_text.h"
#include "wx_text.h"

#include <cstdio>

namespace innodesk::gui {
namespace {

// A signed number as 20 digits that order correctly as text.
std::string OrderedDigits(std::int64_t value) {
    const auto shifted = static_cast<std::uint64_t>(value) ^ (std::uint64_t{1} << 63);
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%020llu", static_cast<unsigned long long>(shifted));
    return buffer;
}

}  // namespace

TableCell TableCell::Number(std::int64_t value) {
    return {wxString::Format("%lld", static_cast<long long>(value)), value};
}

TableCell TableCell::GroupedNumber(std::int64_t value) {
    return {Grouped(value), value};
}

TableCell TableCell::Amount(domain::Money amount) {
    return {AmountText(amount), amount};
}

TableCell TableCell::Date(const domain::CalendarDate& date) {
    return {U(date.Format()), date};
}

TableCell TableCell::Score(const domain::ScorePercent& score) {
    return {U(score.Format(CurrentLanguage())), Tenths{score.Tenths()}};
}

TableCell TableCell::Moment(std::int64_t unix_seconds, const wxString& shown) {
    return {shown, UnixSeconds{unix_seconds}};
}

std::string TableCell::SortKey(const domain::TextRules& text) const {
    struct Key {
        std::string operator()(std::monostate) const { return {}; }
        std::string operator()(std::int64_t value) const { return "1" + OrderedDigits(value); }
        std::string operator()(domain::Money amount) const { return "1" + OrderedDigits(amount.Dong()); }
        std::string operator()(const domain::CalendarDate& date) const { return "1" + date.Iso(); }
        std::string operator()(Tenths tenths) const { return "1" + OrderedDigits(tenths.value); }
        std::string operator()(UnixSeconds moment) const { return "1" + OrderedDigits(moment.value); }
    };
    if (m_text.empty()) return "0";
    if (auto key = std::visit(Key{}, m_value); !key.empty()) return key;
    return "2" + text.SortKey(S(m_text));
}

interchange::XlsxCell TableCell::Xlsx() const {
    struct Cell {
        const wxString& shown;
        interchange::XlsxCell operator()(std::monostate) const { return S(shown); }
        interchange::XlsxCell operator()(std::int64_t value) const { return value; }
        interchange::XlsxCell operator()(domain::Money amount) const { return amount; }
        interchange::XlsxCell operator()(const domain::CalendarDate& date) const { return date; }
        interchange::XlsxCell operator()(Tenths tenths) const {
            return interchange::XlsxDecimal{static_cast<double>(tenths.value) / 10.0};
        }
        interchange::XlsxCell operator()(UnixSeconds) const { return S(shown); }
    };
    return std::visit(Cell{m_text}, m_value);
}

}  // namespace innodesk::gui
