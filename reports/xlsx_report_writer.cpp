// Report documents as XLSX through libxlsxwriter.
#include "reports/xlsx_report_writer.h"

#include "reports/output_file.h"

#include "domain/character_count.h"
#include "domain/utf8_path.h"
#include "interchange/fopen_name.h"

#include <xlsxwriter.h>

#include <cerrno>
#include <cmath>
#include <map>
#include <memory>
#include <tuple>

namespace innodesk::reports {

namespace {

using domain::DomainError;
using domain::ErrorCode;

constexpr const char* kFontName = "Times New Roman";  // the font of Vietnamese administrative documents
constexpr double kFontSize = 12;
constexpr double kLineHeight = 15.75;  // points per line of 12 pt text
constexpr lxw_color_t kGroupShade = 0xE8E8E8;
constexpr lxw_color_t kHeaderShade = 0xD9D9D9;

[[noreturn]] void LibraryFailed(lxw_error error, const char* step) {
    throw DomainError(ErrorCode::Storage,
                      {std::string("Thư viện libxlsxwriter báo lỗi khi ") + step + ": " +
                           lxw_strerror(error) + ". Không có tệp nào được tạo.",
                       std::string("libxlsxwriter failed while writing the workbook (") + step +
                           "): " + lxw_strerror(error) + ". No file was created."},
                      "out");
}

void Check(lxw_error error, const char* step) {
    if (error != LXW_NO_ERROR) LibraryFailed(error, step);
}

// Owns a workbook until workbook_close, which writes and frees it; abandoned, it is only freed.

class Workbook {
public:
    explicit Workbook(const std::filesystem::path& file) {
        lxw_workbook_options options{};
#ifdef _WIN32
        const std::string name = interchange::NameForFopen(file);
        m_workbook = workbook_new_opt(name.c_str(), &options);
#else
        m_workbook = workbook_new_opt(file.c_str(), &options);
#endif
        if (m_workbook == nullptr)
            throw DomainError(
                ErrorCode::Storage,
                {"Không tạo được bảng tính: hết bộ nhớ.", "Cannot create the workbook: out of memory."},
                "out");
    }
    ~Workbook() {
        if (m_workbook != nullptr) lxw_workbook_free(m_workbook);
    }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    lxw_workbook* Get() const {
        return m_workbook;
    }

    // Writes the file. On failure the system's errno (disk full…) is the better reason, when set.
    void Close(const PendingFile& file) {
        lxw_workbook* workbook = m_workbook;
        m_workbook = nullptr;
        errno = 0;
        const lxw_error error = workbook_close(workbook);
        const int error_number = errno;
        if (error == LXW_NO_ERROR) return;
        if (error_number != 0 &&
            (error == LXW_ERROR_CREATING_XLSX_FILE || error == LXW_ERROR_CREATING_TMPFILE ||
             error == LXW_ERROR_ZIP_FILE_OPERATION || error == LXW_ERROR_ZIP_FILE_ADD ||
             error == LXW_ERROR_ZIP_CLOSE))
            file.Fail(error_number);
        const std::string name = domain::Utf8Of(file.Target());
        throw DomainError(ErrorCode::Storage,
                          {"Không ghi được tệp “" + name + "”: thư viện libxlsxwriter báo lỗi “" +
                               lxw_strerror(error) + "”. Không có tệp nào được tạo hay thay đổi.",
                           "Cannot write the file “" + name + "”: libxlsxwriter reported “" +
                               lxw_strerror(error) + "”. No file was created or changed."},
                          "out");
    }

private:
    lxw_workbook* m_workbook = nullptr;
};

enum class Look { Heading, HeadingBold, Title, Italic, Paragraph, ParagraphBold, Note, TableHeader };

class Formats {
public:
    explicit Formats(lxw_workbook* workbook) : m_workbook(workbook) {}

    lxw_format* Of(Look look) {
        auto& format = m_looks[look];
        if (format != nullptr) return format;
        format = New();
        switch (look) {
            case Look::Heading:
                format_set_align(format, LXW_ALIGN_CENTER);
                break;
            case Look::HeadingBold:
                format_set_align(format, LXW_ALIGN_CENTER);
                format_set_bold(format);
                break;
            case Look::Title:
                format_set_align(format, LXW_ALIGN_CENTER);
                format_set_bold(format);
                format_set_font_size(format, 14);
                break;
            case Look::Italic:
                format_set_align(format, LXW_ALIGN_CENTER);
                format_set_italic(format);
                break;
            case Look::Paragraph:
            case Look::ParagraphBold:
            case Look::Note:
                format_set_text_wrap(format);
                format_set_align(format, LXW_ALIGN_JUSTIFY);
                format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
                if (look == Look::ParagraphBold) format_set_bold(format);
                if (look == Look::Note) format_set_italic(format);
                break;
            case Look::TableHeader:
                format_set_bold(format);
                format_set_border(format, LXW_BORDER_THIN);
                format_set_text_wrap(format);
                format_set_align(format, LXW_ALIGN_CENTER);
                format_set_align(format, LXW_ALIGN_VERTICAL_CENTER);
                format_set_bg_color(format, kHeaderShade);
                break;
        }
        return format;
    }

    // A table cell: bordered, wrapped, aligned as its column, bold on group and total rows, with
    // the number format its number needs.
    lxw_format* Cell(RowKind kind, ColumnAlign align, const ReportCell& cell) {
        const bool whole_percent =
            cell.number == CellNumber::Percent && cell.percent == std::round(cell.percent);
        auto& format = m_cells[{kind, align, cell.number, whole_percent}];
        if (format != nullptr) return format;
        format = New();
        format_set_border(format, LXW_BORDER_THIN);
        format_set_text_wrap(format);
        format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
        format_set_align(format, align == ColumnAlign::Left     ? LXW_ALIGN_LEFT
                                 : align == ColumnAlign::Centre ? LXW_ALIGN_CENTER
                                                                : LXW_ALIGN_RIGHT);
        if (kind != RowKind::Item) format_set_bold(format);
        if (kind == RowKind::Group) format_set_bg_color(format, kGroupShade);
        switch (cell.number) {
            case CellNumber::Count:
            case CellNumber::Money:
                format_set_num_format(format, "#,##0");
                break;
            case CellNumber::Percent:
                format_set_num_format(format, whole_percent ? "0%" : "0.0%");
                break;
            case CellNumber::None:
                break;
        }
        return format;
    }

private:
    lxw_format* New() {
        lxw_format* format = workbook_add_format(m_workbook);
        if (format == nullptr)
            throw DomainError(
                ErrorCode::Storage,
                {"Không tạo được định dạng ô: hết bộ nhớ.", "Cannot create a cell format: out of memory."},
                "out");
        format_set_font_name(format, kFontName);
        format_set_font_size(format, kFontSize);
        return format;
    }

    lxw_workbook* m_workbook;
    std::map<Look, lxw_format*> m_looks;
    std::map<std::tuple<RowKind, ColumnAlign, CellNumber, bool>, lxw_format*> m_cells;
};

// Lines a text needs in a wrapped cell `width` characters wide (of the default font, Excel's
// column unit): greedy word wrapping over code points, each '\n' starting a line.
// `characters_per_width` is how many characters of 12 pt text fit in one width unit.
double WrappedLines(std::string_view text, double width, double characters_per_width) {
    const double per_line = std::max(4.0, width * characters_per_width);
    double lines = 0;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find('\n', start);
        const auto piece =
            text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        double current = 0;
        double piece_lines = 1;
        std::size_t word_start = 0;
        while (word_start <= piece.size()) {
            const std::size_t word_end = std::min(piece.find(' ', word_start), piece.size());
            const auto length =
                static_cast<double>(domain::CharacterCount(piece.substr(word_start, word_end - word_start)));
            if (current > 0 && current + 1 + length > per_line) {
                ++piece_lines;
                current = 0;
            }
            current += (current > 0 ? 1 : 0) + length;
            while (current > per_line) {  // a word longer than the line breaks inside itself
                ++piece_lines;
                current -= per_line;
            }
            word_start = word_end + 1;
        }
        lines += piece_lines;
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return lines;
}

// Neither Excel nor LibreOffice Calc grows a row to fit wrapped text when it opens a file (and
// never a merged cell), so every row gets a height estimated from its text. One character per
// width unit: LibreOffice Calc with DejaVu Serif (what it substitutes where Times New Roman is
// missing) fits about 1.1–1.2 of them, Excel with Times New Roman more, so text is never
// clipped and the rows keep a little room to spare.
constexpr double kCellCharactersPerWidth = 1.0;
constexpr double kParagraphCharactersPerWidth = 1.0;

double HeightFor(double lines) {
    return lines * kLineHeight + 3;
}

class SheetWriter {
public:
    SheetWriter(lxw_workbook* workbook, lxw_worksheet* sheet, const ReportDocument& document)
        : m_sheet(sheet),
          m_formats(workbook),
          m_document(document),
          m_last_column(static_cast<lxw_col_t>(document.table.columns.size() - 1)) {}

    void Write() {
        SetUpPage();
        WriteHeading();
        WriteParagraphs(m_document.before_table);
        if (!m_document.table_caption.empty())
            Span(m_row++, 0, m_last_column, m_document.table_caption, Look::ParagraphBold);
        WriteTable();
        ++m_row;
        WriteParagraphs(m_document.after_table);
        WriteClosing();
        ++m_row;
        WriteParagraphs(m_document.closing_notes);
    }

private:
    void SetUpPage() {
        const auto& columns = m_document.table.columns;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            Check(worksheet_set_column(m_sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                                       columns[c].width, nullptr),
                  "đặt độ rộng cột / setting a column width");
            m_total_width += columns[c].width;
        }
        if (m_document.orientation == PageOrientation::Landscape)
            worksheet_set_landscape(m_sheet);
        else
            worksheet_set_portrait(m_sheet);
        worksheet_set_paper(m_sheet, 9);  // A4
        // Inches: 30 mm left for binding, 15 mm right, 20 mm top and bottom (Decree 30/2020).
        worksheet_set_margins(m_sheet, 1.18, 0.59, 0.79, 0.79);
        worksheet_fit_to_pages(m_sheet, 1, 0);  // all columns on the page's width, as many pages as needed
        const std::string footer =
            m_document.language == domain::Language::Vietnamese ? "&CTrang &P/&N" : "&CPage &P/&N";
        Check(worksheet_set_footer(m_sheet, footer.c_str()), "đặt chân trang / setting the footer");
    }

    // The issuing body on the left, the national heading on the right, as on paper.
    void WriteHeading() {
        const lxw_col_t split = m_last_column == 0 ? 0 : static_cast<lxw_col_t>((m_last_column + 1) / 2 - 1);
        const lxw_col_t right_first = m_last_column == 0 ? 0 : static_cast<lxw_col_t>(split + 1);
        const auto& left = m_document.issuing_body;
        const auto& right = m_document.national_heading;
        const std::size_t lines = std::max(left.size(), right.size());
        for (std::size_t i = 0; i < lines; ++i) {
            if (m_last_column == 0) {
                if (i < left.size())
                    Span(m_row++, 0, 0, left[i], i + 1 == left.size() ? Look::HeadingBold : Look::Heading);
                if (i < right.size()) Span(m_row++, 0, 0, right[i], Look::HeadingBold);
                continue;
            }
            if (i < left.size())
                Span(m_row, 0, split, left[i], i + 1 == left.size() ? Look::HeadingBold : Look::Heading);
            if (i < right.size()) Span(m_row, right_first, m_last_column, right[i], Look::HeadingBold);
            ++m_row;
        }
        const auto& reference = m_document.reference;
        const auto& place = m_document.place_and_date;
        if (m_last_column == 0) {
            if (!reference.empty()) Span(m_row++, 0, 0, reference, Look::Heading);
            if (!place.empty()) Span(m_row++, 0, 0, place, Look::Italic);
        } else if (!reference.empty() || !place.empty()) {
            if (!reference.empty()) Span(m_row, 0, split, reference, Look::Heading);
            if (!place.empty()) Span(m_row, right_first, m_last_column, place, Look::Italic);
            ++m_row;
        }
        ++m_row;
        if (!m_document.title.empty()) Span(m_row++, 0, m_last_column, m_document.title, Look::Title);
        for (const auto& line : m_document.subtitle) Span(m_row++, 0, m_last_column, line, Look::HeadingBold);
        ++m_row;
    }

    // Nơi nhận on the left and the signature block on the right, as on paper; three empty rows
    // leave room for the signature and seal above the name.
    void WriteClosing() {
        const auto& signature = m_document.signature;
        if (m_document.recipients.empty() && signature.Empty()) return;
        ++m_row;
        std::vector<std::pair<std::string, Look>> left;
        std::vector<std::pair<std::string, Look>> right;
        if (!m_document.recipients.empty()) {
            left.emplace_back(
                m_document.language == domain::Language::Vietnamese ? "Nơi nhận:" : "Recipients:",
                Look::ParagraphBold);
            for (const auto& line : m_document.recipients) left.emplace_back(line, Look::Paragraph);
        }
        if (!signature.Empty()) {
            for (const auto& line : signature.authority) right.emplace_back(line, Look::HeadingBold);
            for (int i = 0; i < 3; ++i) right.emplace_back("", Look::Heading);
            right.emplace_back(signature.name, Look::HeadingBold);
        }
        const lxw_col_t split = m_last_column == 0 ? 0 : static_cast<lxw_col_t>((m_last_column + 1) / 2 - 1);
        const lxw_col_t right_first = m_last_column == 0 ? 0 : static_cast<lxw_col_t>(split + 1);
        if (m_last_column == 0) {
            for (const auto& [text, look] : left) Span(m_row++, 0, 0, text, look);
            for (const auto& [text, look] : right) {
                if (!text.empty()) Span(m_row, 0, 0, text, look);
                ++m_row;
            }
            return;
        }
        for (std::size_t i = 0; i < std::max(left.size(), right.size()); ++i) {
            if (i < left.size()) Span(m_row, 0, split, left[i].first, left[i].second);
            if (i < right.size() && !right[i].first.empty())
                Span(m_row, right_first, m_last_column, right[i].first, right[i].second);
            ++m_row;
        }
    }

    void WriteParagraphs(const std::vector<ReportParagraph>& paragraphs) {
        for (const auto& paragraph : paragraphs) {
            const Look look = paragraph.style == ParagraphStyle::Heading   ? Look::ParagraphBold
                              : paragraph.style == ParagraphStyle::Centred ? Look::HeadingBold
                              : paragraph.style == ParagraphStyle::Note    ? Look::Note
                                                                           : Look::Paragraph;
            SetHeight(m_row,
                      HeightFor(WrappedLines(paragraph.text, m_total_width, kParagraphCharactersPerWidth)));
            Span(m_row++, 0, m_last_column, paragraph.text, look);
        }
    }

    void WriteTable() {
        const auto& table = m_document.table;
        const lxw_row_t header_row = m_row;
        double header_lines = 1;
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            Text(m_row, static_cast<lxw_col_t>(c), table.columns[c].header, m_formats.Of(Look::TableHeader));
            header_lines = std::max(
                header_lines,
                WrappedLines(table.columns[c].header, table.columns[c].width, kCellCharactersPerWidth));
        }
        SetHeight(m_row, HeightFor(header_lines));
        // Printed pages repeat the table's header row, as the PDF does.
        Check(worksheet_repeat_rows(m_sheet, header_row, header_row),
              "lặp dòng tiêu đề / repeating the header row");
        ++m_row;
        const lxw_row_t first = m_row;
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            const auto& row = table.rows[r];
            double lines = 1;
            for (std::size_t c = 0; c < row.cells.size(); ++c)
                lines = std::max(
                    lines, WrappedLines(row.cells[c].text, table.columns[c].width, kCellCharactersPerWidth));
            SetHeight(m_row, HeightFor(lines));
            for (std::size_t c = 0; c < row.cells.size(); ++c) {
                const auto column = static_cast<lxw_col_t>(c);
                const auto& cell = row.cells[c];
                lxw_format* format = m_formats.Cell(row.kind, table.columns[c].align, cell);
                if (row.kind == RowKind::Total &&
                    (cell.number == CellNumber::Count || cell.number == CellNumber::Money) &&
                    !row.summed_rows.empty()) {
                    const std::string formula = SumFormula(row.summed_rows, first, column);
                    Check(worksheet_write_formula_num(m_sheet, m_row, column, formula.c_str(), format,
                                                      static_cast<double>(cell.whole)),
                          "ghi công thức / writing a formula");
                    continue;
                }
                switch (cell.number) {
                    case CellNumber::Count:
                    case CellNumber::Money:
                        Check(worksheet_write_number(m_sheet, m_row, column, static_cast<double>(cell.whole),
                                                     format),
                              "ghi số / writing a number");
                        break;
                    case CellNumber::Percent:
                        Check(worksheet_write_number(m_sheet, m_row, column, cell.percent / 100.0, format),
                              "ghi số / writing a number");
                        break;
                    case CellNumber::None:
                        Text(m_row, column, cell.text, format);
                        break;
                }
            }
            ++m_row;
        }
    }

    // =SUM over the cells of `rows` in `column`, consecutive rows joined into ranges: E12:E15,E18.
    static std::string SumFormula(const std::vector<std::size_t>& rows, lxw_row_t first, lxw_col_t column) {
        std::string formula = "=SUM(";
        for (std::size_t i = 0; i < rows.size();) {
            std::size_t j = i;
            while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1) ++j;
            if (i > 0) formula += ",";
            formula += CellName(static_cast<lxw_row_t>(first + rows[i]), column);
            if (j > i) formula += ":" + CellName(static_cast<lxw_row_t>(first + rows[j]), column);
            i = j + 1;
        }
        return formula + ")";
    }

    static std::string CellName(lxw_row_t row, lxw_col_t column) {
        char name[LXW_MAX_CELL_NAME_LENGTH];
        lxw_rowcol_to_cell(name, row, column);
        return name;
    }

    void SetHeight(lxw_row_t row, double height) {
        Check(worksheet_set_row(m_sheet, row, height, nullptr), "đặt chiều cao dòng / setting a row height");
    }

    void Text(lxw_row_t row, lxw_col_t column, const std::string& text, lxw_format* format) {
        if (text.empty())
            Check(worksheet_write_blank(m_sheet, row, column, format), "ghi ô trống / writing a blank cell");
        else
            Check(worksheet_write_string(m_sheet, row, column, text.c_str(), format),
                  "ghi chữ / writing text");
    }

    void Span(lxw_row_t row, lxw_col_t first, lxw_col_t last, const std::string& text, Look look) {
        if (first == last) {
            Text(row, first, text, m_formats.Of(look));
            return;
        }
        Check(worksheet_merge_range(m_sheet, row, first, row, last, text.c_str(), m_formats.Of(look)),
              "gộp ô / merging cells");
    }

    lxw_worksheet* m_sheet;
    Formats m_formats;
    const ReportDocument& m_document;
    lxw_col_t m_last_column;
    lxw_row_t m_row = 0;
    double m_total_width = 0;
};

}  // namespace

void WriteXlsxReport(const ReportDocument& original, const std::filesystem::path& target) {
    Validate(original);
    const ReportDocument document = NormalisedText(original);
    PendingFile file(target);
    Workbook workbook(file.TemporaryPath());
    std::string title = document.title;
    for (const auto& line : document.subtitle) title += " — " + line;
    std::string author = "InnoDesk";
    std::string company = document.issuing_body.empty() ? std::string() : document.issuing_body.back();
    lxw_doc_properties properties{};
    properties.title = title.data();
    properties.author = author.data();
    properties.company = company.data();
    Check(workbook_set_properties(workbook.Get(), &properties), "ghi thuộc tính / writing the properties");
    const char* sheet_name = document.language == domain::Language::Vietnamese ? "Báo cáo" : "Report";
    lxw_worksheet* sheet = workbook_add_worksheet(workbook.Get(), sheet_name);
    if (sheet == nullptr) LibraryFailed(LXW_ERROR_MEMORY_MALLOC_FAILED, "thêm trang tính / adding the sheet");
    SheetWriter(workbook.Get(), sheet, document).Write();
    workbook.Close(file);
    file.Commit();
}

}  // namespace innodesk::reports
