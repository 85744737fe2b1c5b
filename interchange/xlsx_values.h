// Turns raw XLSX cell contents (numbers, date serials, cell references, escapes) into text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace innodesk::interchange {

// How a number format shows a value, as far as turning it into text is concerned.
enum class NumberFormatKind {
    General,   // a number
    Date,      // a calendar date: "yyyy-mm-dd"
    DateTime,  // a date with a time of day: "yyyy-mm-dd", or "yyyy-mm-dd hh:mm:ss" when the time is not
               // 00:00:00
    Time,      // a time of day: "hh:mm:ss"
    Duration,  // elapsed time such as [h]:mm:ss: "h:mm:ss" with hours past 24
};

// Built-in formats 14–22 and 45–47; any other id is General unless it has a custom code.
NumberFormatKind ClassifyBuiltInNumberFormat(unsigned id);

// A custom format code such as "dd/mm/yyyy" or "[$-42A]h:mm AM/PM;@". Only the first section
// counts; quoted text, escaped characters and [colour]/[$locale] brackets are ignored, and 'm'
// means minutes right after an hour or right before a second, as in Excel.
NumberFormatKind ClassifyNumberFormatCode(std::string_view code);

// Integers below 2^53 exactly ("300588569", "1234567890123"); anything else with at most 15
// significant digits, as Excel keeps them, without trailing zeros or, for integers, an exponent.
std::string FormatSpreadsheetNumber(double value);

// A date serial shown as `kind` says, in the 1900 date system (with its fictitious
// 29 February 1900) or the 1904 one. nullopt for General and for serials Excel cannot show as
// a date (negative, or after 9999-12-31), which the caller then shows as a number.
std::optional<std::string> FormatDateSerial(double serial, NumberFormatKind kind, bool date1904);

// Decodes OOXML's "_xHHHH_" escapes for characters XML cannot hold (Excel writes a carriage
// return as "_x000D_", and a literal "_x" as "_x005F_x").
std::string DecodeOoxmlEscapes(std::string_view text);

// A cell reference such as "C5": 0-based column and 1-based row. nullopt unless it is letters
// then digits inside Excel's limits (XFD1048576).
struct CellPosition {
    std::size_t column = 0;
    std::size_t row = 0;
};
std::optional<CellPosition> ParseCellReference(std::string_view reference);

// "A" for column 0, "AA" for 26. The reference of a cell is ColumnName(column) + row.
std::string ColumnName(std::size_t column);

}  // namespace innodesk::interchange
