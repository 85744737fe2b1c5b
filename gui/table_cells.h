// A table cell as the page loaded it: the text it shows and the value behind it (a number, an
// amount, a date, a score, a moment), so that clicking a column header orders rows by that value
// (Vietnamese alphabetical order for text) and the export writes typed cells, without reading the
// shown text back.
#pragma once

#include "domain/calendar_date.h"
#include "domain/money.h"
#include "domain/review.h"
#include "domain/text_rules.h"
#include "interchange/xlsx_table_writer.h"

#include <wx/string.h>

#include <cstdint>
#include <string>
#include <variant>

namespace innodesk::gui {

// How a column's cells are aligned: figures to the right.
enum class ColumnKind {
    Text,
    Number,   // ids, years, counts
    Money,    // 1.234.567 ₫ (1,234,567 ₫ in English)
    Decimal,  // scores and shares with one decimal
    Date,     // dd/mm/yyyy
    Moment,   // dd/mm/yyyy hh:mm
};

class TableCell {
public:
    TableCell() = default;
    // Text: sorts in Vietnamese order and exports as text. Implicit, so that a row of words reads
    // as a list of strings.
    TableCell(const wxString& text) : m_text(text) {}  // NOLINT(google-explicit-constructor)

    static TableCell Number(std::int64_t value);         // shown as "1234"
    static TableCell GroupedNumber(std::int64_t value);  // "1.234" or "1,234" by the language
    static TableCell Amount(domain::Money amount);       // "1.234.567 ₫" or "1,234,567 ₫"
    static TableCell Date(const domain::CalendarDate& date);
    static TableCell Score(const domain::ScorePercent& score);  // "83,5" or "83.5" by the language
    // A point in time shown as the department's clock writes it.
    static TableCell Moment(std::int64_t unix_seconds, const wxString& shown);

    const wxString& Text() const { return m_text; }
    // A key that orders cells under byte-wise comparison: empty cells first, then values in
    // order (all of a column's values are of one kind), then text in Vietnamese order.
    std::string SortKey(const domain::TextRules& text) const;
    // The cell for an XLSX or CSV export: numbers, whole đồng, dates and one-decimal scores as
    // such; moments and words as their text.
    interchange::XlsxCell Xlsx() const;

private:
    struct Tenths {
        std::int64_t value = 0;
    };
    struct UnixSeconds {
        std::int64_t value = 0;
    };
    TableCell(
        wxString text,
        std::variant<std::monostate, std::int64_t, domain::Money, domain::CalendarDate, Tenths, UnixSeconds>
            value)
        : m_text(std::move(text)), m_value(value) {}

    wxString m_text;
    std::variant<std::monostate, std::int64_t, domain::Money, domain::CalendarDate, Tenths, UnixSeconds>
        m_value;
};

}  // namespace innodesk::gui
