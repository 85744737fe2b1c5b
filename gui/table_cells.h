// What a table column holds, so that it sorts the way people expect (Vietnamese alphabetical
// order for text, by value for numbers and amounts, by time for dates) and exports to XLSX as
// typed cells rather than text.
#pragma once

#include "domain/text_rules.h"
#include "interchange/xlsx_table_writer.h"

#include <string>

namespace innodesk::gui {

enum class ColumnKind {
    Text,     // Vietnamese collation: "Đ" after "D", "Ă" and "Â" after "A"
    Number,   // 1.234 (grouped with dots, as Grouped() writes)
    Money,    // 1.234.567 ₫
    Decimal,  // 83,5 or 83.5: one decimal, either separator (scores, shares)
    Date,     // dd/mm/yyyy
    Moment,   // dd/mm/yyyy hh:mm
};

// A key that orders cells of the column under byte-wise comparison. Empty cells come first,
// then values of the column's kind in order, then anything that does not read as that kind.
std::string SortKeyOf(ColumnKind kind, const std::string& cell, const domain::TextRules& text);

// The cell as a typed XLSX value; text when it does not read as the column's kind.
interchange::XlsxCell XlsxCellOf(ColumnKind kind, const std::string& cell);

}  // namespace innodesk::gui
