// The neutral report document that every writer (XLSX, PDF, CSV) renders: the heading of a
// Vietnamese administrative report, narrative paragraphs and one table with group and total rows.
#pragma once

#include "domain/errors.h"
#include "domain/money.h"

#include <cstdint>
#include <string>
#include <vector>

namespace innodesk::reports {

enum class PageOrientation { Portrait, Landscape };

enum class ColumnAlign { Left, Centre, Right };

struct ReportColumn {
    std::string header;
    // Relative width: the PDF shares the line among columns in these proportions, the XLSX uses
    // it as the column width in characters.
    double width = 10;
    ColumnAlign align = ColumnAlign::Left;
};

// What a cell's number is, so that XLSX writes a number with the right format, CSV writes it in
// a form every locale reads, and totals can add it up. Text cells have no number.
enum class CellNumber { None, Count, Money, Percent };

struct ReportCell {
    std::string text;  // as people read it, in the document's language ("1.234", "72,5%")
    CellNumber number = CellNumber::None;
    std::int64_t whole = 0;  // Count and Money (whole đồng)
    double percent = 0;      // Percent: 72.5 means 72.5 %

    static ReportCell Text(std::string text);
    static ReportCell Count(std::int64_t count, domain::Language language);
    static ReportCell Amount(domain::Money amount, domain::Language language);
    static ReportCell Percent(double percent, domain::Language language);
};

enum class RowKind {
    Item,   // one target, task or record
    Group,  // a heading row ("I", "Hỗ trợ doanh nghiệp") that opens a group of items
    Total,  // numbers that add up item rows above it
};

struct ReportRow {
    RowKind kind = RowKind::Item;
    std::vector<ReportCell> cells;  // one per column
    // Total rows only: the indices (in ReportTable::rows) of the item rows it adds up. The XLSX
    // writer turns them into =SUM(...) over those cells; Validate checks the cached numbers.
    std::vector<std::size_t> summed_rows;
};

struct ReportTable {
    std::vector<ReportColumn> columns;
    std::vector<ReportRow> rows;

    // Appends a row and returns its index. Throws InvalidValue if it has the wrong number of cells.
    std::size_t AddItem(std::vector<ReportCell> cells);
    std::size_t AddGroup(std::vector<ReportCell> cells);
    // Appends a total row over `rows` (item rows above it): every Count or Money column whose
    // cells among those rows all hold that kind of number gets their sum; the other cells are
    // taken from `labels` (which must have one entry per column). Throws MoneyOverflow on overflow.
    std::size_t AddTotal(std::vector<ReportCell> labels, std::vector<std::size_t> rows,
                         domain::Language language);
    // The item rows since the last group row: what a group's subtotal adds up.
    std::vector<std::size_t> ItemsOfCurrentGroup() const;
    // Every item row so far: what a grand total adds up.
    std::vector<std::size_t> AllItems() const;
};

enum class ParagraphStyle {
    Heading,  // bold, a section's title ("I. Kết quả chung")
    Body,     // justified body text
    Note,     // italic, smaller: sources, remarks
    Centred,  // bold and centred: a decision's "QUYẾT ĐỊNH:" and the authority that enacts it
};

struct ReportParagraph {
    ParagraphStyle style = ParagraphStyle::Body;
    std::string text;
};

// The signature block at the bottom right (Decree 30/2020/NĐ-CP, appendix I): the authority and
// the signer's title in bold upper case ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), room for the signature
// and seal, then the signer's name in bold.
struct SignatureBlock {
    std::vector<std::string> authority;
    std::string name;  // empty: left for the signer to write in
    bool Empty() const { return authority.empty() && name.empty(); }
};

struct ReportDocument {
    domain::Language language = domain::Language::Vietnamese;
    PageOrientation orientation = PageOrientation::Portrait;
    // Top left: the issuing body, the superior first ("UBND TỈNH KHÁNH HÒA", "SỞ KHOA HỌC VÀ CÔNG NGHỆ").
    std::vector<std::string> issuing_body;
    std::string reference;  // "Số: 15/BC-SKHCN", or empty
    // Top right: the national name and motto, then the place and date (see report_labels.h).
    std::vector<std::string> national_heading;
    std::string place_and_date;
    // The records clerk fills in the number and the date after the signer has signed (a document
    // issued as a signed PDF): the reference and the place and date are laid out with the texts
    // above as placeholders ("Số:      /QĐ-SKHCN") but not drawn; form fields take their places.
    bool number_and_date_filled_later = false;
    std::string title;                  // "BÁO CÁO"
    std::vector<std::string> subtitle;  // what it reports on and the period, one line each
    std::vector<ReportParagraph> before_table;
    std::string table_caption;  // a line above the table, or empty
    ReportTable table;
    std::vector<ReportParagraph> after_table;
    // Bottom left: the recipients under "Nơi nhận:", one per line as printed ("- Bộ KH&CN;",
    // "- Lưu: VT, KHTC."); empty when the document has none. Bottom right: the signature.
    std::vector<std::string> recipients;
    SignatureBlock signature;
    // Under the closing, across the page: what is not part of the document's text but travels
    // with the copy (an exported decision's digital signature and its check at export).
    std::vector<ReportParagraph> closing_notes;
};

// Refuses a document a writer cannot render faithfully, naming the place: no columns, a row
// with the wrong number of cells, a total whose cached numbers are not the sum of its rows or
// which adds up something other than earlier item rows. Text is checked by NormalisedText.
void Validate(const ReportDocument& document);

// The document with every string in NFC (so that NFD input, as some Mac and web sources send
// it, prints and compares the same as typed text). Throws InvalidValue naming the place for
// invalid UTF-8 or control characters other than line feed and tab.
ReportDocument NormalisedText(const ReportDocument& document);

}  // namespace innodesk::reports
