// Walks the parts of an XLSX package (workbook, relationships, shared strings, styles, sheet).
#include "interchange/xlsx_reader.h"

#include <pugixml.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/utf8_path.h"
#include "interchange/file_errors.h"
#include "interchange/import_limits.h"
#include "interchange/table_shape.h"
#include "interchange/xlsx_values.h"
#include "interchange/xml_stream.h"
#include "interchange/zip_archive.h"

namespace innodesk::interchange {

namespace {

// Excel writes unprefixed SpreadsheetML, but other producers prefix every element ("x:row"),
// so elements are matched on their local name.
std::string_view LocalName(const char* qualified) {
    const std::string_view name(qualified);
    const std::size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool Is(const pugi::xml_node& node, std::string_view local_name) {
    return node.type() == pugi::node_element && LocalName(node.name()) == local_name;
}

pugi::xml_node Child(const pugi::xml_node& parent, std::string_view local_name) {
    for (const pugi::xml_node& child : parent.children()) {
        if (Is(child, local_name)) return child;
    }
    return {};
}

bool EndsWith(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

std::optional<std::size_t> ParseIndex(std::string_view text) {
    std::size_t value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size()) return std::nullopt;
    return value;
}

// The package, its file name for messages, and the parsing of its XML parts.
class XlsxPackage {
public:
    // Parts read whole are small; a sheet and its shared strings are streamed (Stream).
    explicit XlsxPackage(const std::filesystem::path& path)
        : m_zip(path, ImportLimits::kMaxWholePartBytes), m_file(domain::Utf8Of(path.filename())) {}

    const std::string& FileName() const { return m_file; }

    // Streams the part through `handler`; false if the package has no such part.
    bool Stream(const std::string& part, XmlHandler& handler) const {
        return StreamXmlPart(m_zip, m_file, part, ImportLimits::kMaxStreamedPartBytes, handler);
    }

    // Parses the part into `document`, keeping the bytes alive in `storage` (pugixml parses in
    // place, which saves a copy).
    bool Load(const std::string& part, std::string& storage, pugi::xml_document& document) const {
        std::optional<std::string> bytes = m_zip.Read(part);
        if (!bytes) return false;
        storage = std::move(*bytes);
        // Whitespace-only text is kept when it is an element's only content: <t> </t> is a space.
        const pugi::xml_parse_result result = document.load_buffer_inplace(
            storage.data(), storage.size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
        if (!result) {
            const std::string offset = std::to_string(result.offset);
            ThrowFileFormat("Tệp “" + m_file + "” bị hỏng: phần “" + part + "” không phải XML hợp lệ (" +
                                result.description() + ", ở byte " + offset +
                                "). Mở tệp trong Excel và lưu lại, hoặc xuất dưới dạng CSV UTF-8.",
                            "The file “" + m_file + "” is damaged: its part “" + part +
                                "” is not valid XML (" + result.description() + " at byte " + offset +
                                "). Open it in Excel and save it again, or export it as CSV UTF-8.");
        }
        return true;
    }

    [[noreturn]] void ThrowDamaged(const std::string& vi_reason, const std::string& en_reason) const {
        ThrowFileFormat(
            "Tệp “" + m_file + "” bị hỏng: " + vi_reason + ". Mở tệp trong Excel và lưu lại.",
            "The file “" + m_file + "” is damaged: " + en_reason + ". Open it in Excel and save it again.");
    }

private:
    ZipArchive m_zip;
    std::string m_file;
};

struct Relationship {
    std::string type;
    std::string target;  // a part name inside the package, without a leading '/'
};

std::string DirectoryOf(std::string_view part) {
    const std::size_t slash = part.rfind('/');
    return slash == std::string_view::npos ? std::string() : std::string(part.substr(0, slash + 1));
}

// Targets are relative to the source part's folder ("worksheets/sheet1.xml", as Excel writes)
// or absolute within the package ("/xl/worksheets/sheet1.xml", as openpyxl writes).
std::string ResolveTarget(std::string_view base_directory, std::string_view target) {
    std::string joined = target.starts_with('/') ? std::string(target.substr(1))
                                                 : std::string(base_directory) + std::string(target);
    std::vector<std::string> segments;
    std::size_t start = 0;
    while (start <= joined.size()) {
        std::size_t slash = joined.find('/', start);
        if (slash == std::string::npos) slash = joined.size();
        const std::string segment = joined.substr(start, slash - start);
        if (segment == "..") {
            if (!segments.empty()) segments.pop_back();
        } else if (!segment.empty() && segment != ".") {
            segments.push_back(segment);
        }
        start = slash + 1;
    }
    std::string resolved;
    for (const std::string& segment : segments) {
        if (!resolved.empty()) resolved.push_back('/');
        resolved += segment;
    }
    return resolved;
}

// Relationships of `part`, stored in "<folder>/_rels/<name>.rels"; Id → relationship.
std::vector<std::pair<std::string, Relationship>> ReadRelationships(const XlsxPackage& package,
                                                                    std::string_view part) {
    const std::string directory = DirectoryOf(part);
    const std::string rels_part = directory + "_rels/" + std::string(part.substr(directory.size())) + ".rels";
    std::string storage;
    pugi::xml_document document;
    std::vector<std::pair<std::string, Relationship>> relationships;
    if (!package.Load(rels_part, storage, document)) return relationships;
    for (const pugi::xml_node& node : Child(document, "Relationships").children()) {
        if (!Is(node, "Relationship")) continue;
        if (std::string_view(node.attribute("TargetMode").value()) == "External") continue;
        relationships.emplace_back(node.attribute("Id").value(),
                                   Relationship{node.attribute("Type").value(),
                                                ResolveTarget(directory, node.attribute("Target").value())});
    }
    return relationships;
}

std::optional<std::string> TargetOfType(
    const std::vector<std::pair<std::string, Relationship>>& relationships, std::string_view type_suffix) {
    for (const auto& [id, relationship] : relationships) {
        if (EndsWith(relationship.type, type_suffix)) return relationship.target;
    }
    return std::nullopt;
}

// The text of a <t>: trimmed unless xml:space="preserve", as Excel shows it.
std::string TextOf(std::string_view raw, bool preserve) {
    return DecodeOoxmlEscapes(preserve ? raw : TrimAsciiWhitespace(raw));
}

bool Preserves(const char* const* attributes) {
    const char* space = XmlAttribute(attributes, "xml:space");
    return space != nullptr && std::string_view(space) == "preserve";
}

// The text of a string item (<si> or <is>) as its parts stream by: its own <t>, or its
// rich-text runs' <r><t> joined. Phonetic guides (<rPh>) are not part of the value. Depths are
// counted from the item's own element.
class StringItem {
public:
    // Add reports when the text gathered passes `limit`; the caller says which limit that is.
    explicit StringItem(std::size_t limit) : m_limit(limit) {}

    void Start(std::size_t depth, std::string_view local_name, const char* const* attributes) {
        if (depth == 1 && local_name == "t") {
            BeginText(depth, attributes);
        } else if (depth == 1 && local_name == "r") {
            m_in_run = true;
            m_run_has_text = false;
        } else if (depth == 2 && m_in_run && local_name == "t" && !m_run_has_text) {
            m_run_has_text = true;
            BeginText(depth, attributes);
        }
    }
    void End(std::size_t depth) {
        if (m_collecting && depth == m_text_depth) {
            m_text += TextOf(m_raw, m_preserve);
            m_raw.clear();
            m_collecting = false;
        }
        if (depth == 1) m_in_run = false;
    }
    // False when the item's text has grown past the limit.
    bool Add(std::string_view text) {
        if (!m_collecting) return true;
        m_raw.append(text);
        return m_text.size() + m_raw.size() <= m_limit;
    }
    std::string& Text() { return m_text; }
    void Clear() {
        m_text.clear();
        m_raw.clear();
        m_collecting = m_in_run = false;
    }

private:
    void BeginText(std::size_t depth, const char* const* attributes) {
        m_collecting = true;
        m_text_depth = depth;
        m_preserve = Preserves(attributes);
        m_raw.clear();
    }

    std::size_t m_limit;
    std::string m_text;
    std::string m_raw;  // the current <t>'s characters, before trimming and unescaping
    std::size_t m_text_depth = 0;
    bool m_collecting = false;
    bool m_preserve = false;
    bool m_in_run = false;
    bool m_run_has_text = false;
};

// The workbook's shared strings, packed in one buffer: a table of a million short strings
// costs their text and one offset each, not a std::string each.
class SharedStrings {
public:
    std::size_t Count() const { return m_ends.size(); }
    std::string_view At(std::size_t index) const {
        const std::size_t begin = index == 0 ? 0 : m_ends[index - 1];
        return std::string_view(m_text).substr(begin, m_ends[index] - begin);
    }
    void Append(std::string_view text) {
        m_text.append(text);
        m_ends.push_back(m_text.size());
    }
    std::size_t TextBytes() const { return m_text.size(); }

private:
    std::string m_text;
    std::vector<std::size_t> m_ends;
};

// Streams sharedStrings.xml: <sst><si>…</si>…</sst>.
class SharedStringsReader final : public XmlHandler {
public:
    explicit SharedStringsReader(SharedStrings& strings)
        : m_strings(strings), m_item(ImportLimits::kMaxTextBytes) {}

    void StartElement(std::string_view name, const char* const* attributes) override {
        ++m_depth;
        const std::string_view local = LocalXmlName(name);
        if (m_depth == 1) m_in_table = local == "sst";
        if (!m_in_table) return;
        if (m_depth == 2) {
            m_in_item = local == "si";
            m_item.Clear();
        } else if (m_in_item) {
            m_item.Start(m_depth - 2, local, attributes);
        }
    }
    void EndElement(std::string_view) override {
        if (m_in_item && m_depth > 2) m_item.End(m_depth - 2);
        if (m_in_item && m_depth == 2) {
            m_in_item = false;
            if (m_strings.Count() >= ImportLimits::kMaxCells) ThrowTooManyCells(Place());
            m_strings.Append(m_item.Text());
            if (m_strings.TextBytes() > ImportLimits::kMaxTextBytes) ThrowTooMuchText(Place());
        }
        --m_depth;
    }
    void Text(std::string_view text) override {
        if (m_in_item && !m_item.Add(text)) ThrowTooMuchText(Place());
    }

private:
    LimitPlace Place() const {
        const std::string number = std::to_string(m_strings.Count() + 1);
        return {"chuỗi dùng chung thứ " + number + " của sổ tính",
                "shared string " + number + " of the workbook"};
    }

    SharedStrings& m_strings;
    StringItem m_item;
    std::size_t m_depth = 0;
    bool m_in_table = false;
    bool m_in_item = false;
};

SharedStrings ReadSharedStrings(const XlsxPackage& package, const std::optional<std::string>& part) {
    SharedStrings strings;
    if (!part) return strings;
    SharedStringsReader reader(strings);
    package.Stream(*part, reader);
    return strings;
}
// The kind of number format of every cell style (cellXfs), by style index.
std::vector<NumberFormatKind> ReadStyleKinds(const XlsxPackage& package,
                                             const std::optional<std::string>& part) {
    std::vector<NumberFormatKind> kinds;
    std::string storage;
    pugi::xml_document document;
    if (!part || !package.Load(*part, storage, document)) return kinds;
    const pugi::xml_node style_sheet = Child(document, "styleSheet");
    std::vector<std::pair<unsigned, NumberFormatKind>> custom;
    for (const pugi::xml_node& format : Child(style_sheet, "numFmts").children()) {
        if (!Is(format, "numFmt")) continue;
        custom.emplace_back(format.attribute("numFmtId").as_uint(),
                            ClassifyNumberFormatCode(format.attribute("formatCode").value()));
    }
    for (const pugi::xml_node& xf : Child(style_sheet, "cellXfs").children()) {
        if (!Is(xf, "xf")) continue;
        const unsigned id = xf.attribute("numFmtId").as_uint();
        NumberFormatKind kind = ClassifyBuiltInNumberFormat(id);
        for (const auto& [custom_id, custom_kind] : custom) {
            if (custom_id == id) kind = custom_kind;
        }
        kinds.push_back(kind);
    }
    return kinds;
}

struct SheetEntry {
    std::string name;
    std::string relationship_id;
};

// What a <c> element held once streamed: its attributes and its value or inline string.
struct CellContent {
    std::string type;           // t=""
    std::size_t style = 0;      // s=""
    std::string value;          // the first <v>
    std::string inline_string;  // <is>
};

// A style index as pugixml's as_uint read it: leading digits, 0 when there are none.
std::size_t StyleIndex(const char* text) {
    if (text == nullptr) return 0;
    const std::string_view digits = TrimAsciiWhitespace(text);
    std::size_t value = 0;
    const auto result = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    return result.ec == std::errc() ? value : 0;
}

LimitPlace CellPlace(const std::string& sheet, const std::string& reference) {
    return {"trang tính “" + sheet + "”, ô " + reference, "sheet “" + sheet + "”, cell " + reference};
}

// Turns cells into text, knowing the workbook's strings, styles and date system.
class CellReader {
public:
    CellReader(const XlsxPackage& package, std::string sheet, SharedStrings shared_strings,
               std::vector<NumberFormatKind> style_kinds, bool date1904)
        : m_package(package),
          m_sheet(std::move(sheet)),
          m_shared_strings(std::move(shared_strings)),
          m_style_kinds(std::move(style_kinds)),
          m_date1904(date1904) {}

    std::string Text(const CellContent& cell, const std::string& reference) const {
        const std::string_view type = cell.type;
        const std::string_view value = cell.value;
        if (type == "inlineStr") return cell.inline_string;
        if (type == "s") return SharedString(value, reference);
        if (type == "str") return DecodeOoxmlEscapes(value);
        if (type == "e") return std::string(value);
        if (type == "b") return value == "1" ? "TRUE" : "FALSE";
        if (type == "d") return IsoDateText(value);
        if (value.empty()) return {};
        return Number(value, cell.style, reference);
    }

private:
    std::string SharedString(std::string_view value, const std::string& reference) const {
        const std::optional<std::size_t> index = ParseIndex(value);
        if (!index || *index >= m_shared_strings.Count()) {
            const std::string count = std::to_string(m_shared_strings.Count());
            m_package.ThrowDamaged("ô " + reference + " trỏ tới chuỗi dùng chung số “" + std::string(value) +
                                       "” nhưng sổ tính chỉ có " + count + " chuỗi",
                                   "cell " + reference + " refers to shared string “" + std::string(value) +
                                       "” but the workbook has only " + count);
        }
        // Checked before the copy: a cell is where a long shared string would be repeated.
        const std::string_view text = m_shared_strings.At(*index);
        if (ExceedsFieldLimit(text)) ThrowFieldTooLong(CellPlace(m_sheet, reference));
        return std::string(text);
    }

    std::string Number(std::string_view value, std::size_t style, const std::string& reference) const {
        double number = 0;
        const auto result = std::from_chars(value.data(), value.data() + value.size(), number);
        if (result.ec != std::errc() || result.ptr != value.data() + value.size() || !std::isfinite(number)) {
            m_package.ThrowDamaged(
                "ô " + reference + " có giá trị số không hợp lệ “" + std::string(value) + "”",
                "cell " + reference + " holds an invalid number “" + std::string(value) + "”");
        }
        // A style index past the table only loses formatting, as in Excel, so it reads as General.
        const NumberFormatKind kind =
            style < m_style_kinds.size() ? m_style_kinds[style] : NumberFormatKind::General;
        if (std::optional<std::string> date = FormatDateSerial(number, kind, m_date1904)) return *date;
        return FormatSpreadsheetNumber(number);
    }

    // t="d" holds ISO 8601 text; a midnight time adds nothing to a date.
    static std::string IsoDateText(std::string_view value) {
        const std::size_t time = value.find('T');
        if (time != std::string_view::npos) {
            const std::string_view clock = value.substr(time + 1);
            if (clock == "00:00:00" || clock == "00:00:00Z" || clock.starts_with("00:00:00.000")) {
                return std::string(value.substr(0, time));
            }
        }
        return std::string(value);
    }

    const XlsxPackage& m_package;
    std::string m_sheet;
    SharedStrings m_shared_strings;
    std::vector<NumberFormatKind> m_style_kinds;
    bool m_date1904;
};

// A row's non-empty cells as (0-based column, text), in the order the sheet lists them.
using SparseRow = std::vector<std::pair<std::size_t, std::string>>;

// Builds the Table row by row: the first non-blank row is the header. Rows arrive sparse so
// that a stray cell in column XFD costs one entry, not 16 384 empty strings.
class TableBuilder {
public:
    TableBuilder(const XlsxPackage& package, std::string sheet)
        : m_package(package), m_sheet(std::move(sheet)) {}

    // Takes the cells' text (the row is left empty).
    void Add(std::size_t row_number, SparseRow& cells) {
        if (cells.empty()) return;
        if (!m_have_header) {
            std::size_t width = 0;
            for (const auto& [column, text] : cells) width = std::max(width, column + 1);
            m_table.header = Dense(cells, width);
            NormaliseHeader(m_table.header);
            // A stray heading in column XFD would make every row 16,384 cells wide.
            m_budget.Header(m_table.header.size(), RowPlace(row_number));
            // A row of nothing but spaces is not a header either.
            m_have_header = !m_table.header.empty();
            m_header_row = row_number;
            return;
        }
        const std::size_t width = m_table.header.size();
        for (const auto& [column, text] : cells) {
            if (column >= width) ThrowNoHeading(row_number, column);
        }
        m_budget.Row(RowPlace(row_number));
        m_table.rows.push_back(TableRow{row_number, Dense(cells, width)});
    }

    // Counts a cell's text before the row holding it is added.
    void CountCell(const std::string& text, const std::string& reference) {
        m_budget.Field(text, CellPlace(m_sheet, reference));
    }

    LimitPlace RowPlace(std::size_t row_number) const {
        const std::string row = std::to_string(row_number);
        return {"trang tính “" + m_sheet + "”, dòng " + row, "sheet “" + m_sheet + "”, row " + row};
    }

    Table Finish() {
        if (!m_have_header) {
            ThrowFileFormat("Trang tính “" + m_sheet + "” trong tệp “" + m_package.FileName() +
                                "” không có dữ liệu. Chọn đúng trang tính, hoặc kiểm tra lại tệp.",
                            "The sheet “" + m_sheet + "” in the file “" + m_package.FileName() +
                                "” is empty. Choose the right sheet, or check the file.");
        }
        return std::move(m_table);
    }

private:
    static std::vector<std::string> Dense(SparseRow& cells, std::size_t width) {
        std::vector<std::string> dense(width);
        for (auto& [column, text] : cells) {
            if (column < width) dense[column] = std::move(text);
        }
        return dense;
    }

    [[noreturn]] void ThrowNoHeading(std::size_t row_number, std::size_t column) const {
        const std::string cell = ColumnName(column) + std::to_string(row_number);
        const std::string header_row = std::to_string(m_header_row);
        const std::string last = m_table.header.empty() ? "" : ColumnName(m_table.header.size() - 1);
        ThrowFileFormat("Trang tính “" + m_sheet + "”: ô " + cell + " có giá trị nhưng cột " +
                            ColumnName(column) + " không có tên trong dòng tiêu đề (dòng " + header_row +
                            ", các cột A–" + last + "). Đặt tên cho cột đó, hoặc xoá giá trị thừa.",
                        "Sheet “" + m_sheet + "”: cell " + cell + " has a value but column " +
                            ColumnName(column) + " has no heading in the header row (row " + header_row +
                            ", columns A–" + last +
                            "). Give that column a heading, or delete the stray value.");
    }

    const XlsxPackage& m_package;
    std::string m_sheet;
    Table m_table;
    TableBudget m_budget;
    bool m_have_header = false;
    std::size_t m_header_row = 0;
};

// Streams a worksheet: <worksheet><sheetData><row><c><v/> or <is/></c></row></sheetData>.
// Only what a row keeps is held: its non-empty cells, until the row ends.
class SheetReader final : public XmlHandler {
public:
    SheetReader(const XlsxPackage& package, std::string sheet_name, const CellReader& cells,
                TableBuilder& builder)
        : m_package(package),
          m_cells(cells),
          m_builder(builder),
          m_sheet_name(std::move(sheet_name)),
          m_inline(kMaxCellBytes) {}

    void StartElement(std::string_view name, const char* const* attributes) override {
        ++m_depth;
        const std::string_view local = LocalXmlName(name);
        if (m_depth == 1) {
            m_in_worksheet = local == "worksheet";
        } else if (m_depth == 2) {
            // Only the first <sheetData> holds the sheet's cells.
            m_in_sheet_data = m_in_worksheet && local == "sheetData" && !m_read_sheet_data;
        } else if (m_depth == 3 && m_in_sheet_data && local == "row") {
            StartRow(attributes);
        } else if (m_depth == 4 && m_in_row && local == "c") {
            StartCell(attributes);
        } else if (m_depth == 5 && m_in_cell) {
            m_in_value = local == "v" && !m_have_value;
            m_in_inline = local == "is";
            if (m_in_value) m_have_value = true;
        } else if (m_depth > 5 && m_in_inline) {
            m_inline.Start(m_depth - 5, local, attributes);
        }
    }

    void EndElement(std::string_view) override {
        if (m_depth > 5 && m_in_inline) {
            m_inline.End(m_depth - 5);
        } else if (m_depth == 5) {
            m_in_value = false;
            m_in_inline = false;
        } else if (m_depth == 4 && m_in_cell) {
            EndCell();
        } else if (m_depth == 3 && m_in_row) {
            EndRow();
        } else if (m_depth == 2 && m_in_sheet_data) {
            m_in_sheet_data = false;
            m_read_sheet_data = true;
        }
        --m_depth;
    }

    void Text(std::string_view text) override {
        if (m_in_value) {
            m_cell.value.append(text);
            if (m_cell.value.size() > kMaxCellBytes) ThrowFieldTooLong(CellPlace(m_sheet_name, Reference()));
        } else if (m_in_inline && !m_inline.Add(text)) {
            ThrowFieldTooLong(CellPlace(m_sheet_name, Reference()));
        }
    }

private:
    // A cell's raw text longer than this is over the field limit whatever it holds (a character
    // is at most four bytes; "_xHHHH_" escapes are seven bytes for one).
    static constexpr std::size_t kMaxCellBytes = 7 * ImportLimits::kMaxFieldCharacters;

    void StartRow(const char* const* attributes) {
        m_in_row = true;
        m_row_number = m_previous_row + 1;
        m_numbered = false;
        m_values.clear();
        m_row_bytes = 0;
        m_next_column = 0;
        if (const char* r = XmlAttribute(attributes, "r")) {
            const std::optional<std::size_t> parsed = ParseIndex(r);
            if (!parsed || *parsed == 0) {
                m_package.ThrowDamaged("số dòng “" + std::string(r) + "” không hợp lệ",
                                       "the row number “" + std::string(r) + "” is invalid");
            }
            m_row_number = *parsed;
            m_numbered = true;
        }
    }

    void StartCell(const char* const* attributes) {
        m_in_cell = true;
        m_have_value = false;
        m_cell.value.clear();
        m_cell.inline_string.clear();
        m_inline.Clear();
        const char* type = XmlAttribute(attributes, "t");
        m_cell.type = type != nullptr ? type : "";
        m_cell.style = StyleIndex(XmlAttribute(attributes, "s"));
        m_column = m_next_column;
        if (const char* r = XmlAttribute(attributes, "r")) {
            const std::optional<CellPosition> position = ParseCellReference(r);
            if (!position) {
                m_package.ThrowDamaged("địa chỉ ô “" + std::string(r) + "” không hợp lệ",
                                       "the cell reference “" + std::string(r) + "” is invalid");
            }
            m_column = position->column;
            // A row without r="" still has its number in its cells' references.
            if (!m_numbered) {
                m_row_number = position->row;
                m_numbered = true;
            }
        }
    }

    void EndCell() {
        m_in_cell = false;
        m_next_column = m_column + 1;
        // Formatted empty cells can be most of a sheet: they cost no reference and no text.
        if (m_cell.type.empty() && m_cell.value.empty()) return;
        m_cell.inline_string = std::move(m_inline.Text());
        const std::string reference = Reference();
        std::string text = m_cells.Text(m_cell, reference);
        if (text.empty()) return;
        m_builder.CountCell(text, reference);
        m_row_bytes += text.size();
        if (m_row_bytes > ImportLimits::kMaxRecordBytes) ThrowRecordTooLong(m_builder.RowPlace(m_row_number));
        if (m_values.size() >= ImportLimits::kMaxRecordFields)
            ThrowTooManyFields(m_builder.RowPlace(m_row_number));
        m_values.emplace_back(m_column, std::move(text));
    }

    void EndRow() {
        m_in_row = false;
        if (m_row_number <= m_previous_row) {
            m_package.ThrowDamaged(
                "dòng " + std::to_string(m_row_number) + " xuất hiện sau dòng " +
                    std::to_string(m_previous_row),
                "row " + std::to_string(m_row_number) + " comes after row " + std::to_string(m_previous_row));
        }
        m_previous_row = m_row_number;
        m_builder.Add(m_row_number, m_values);
        m_values.clear();
    }

    std::string Reference() const { return ColumnName(m_column) + std::to_string(m_row_number); }

    const XlsxPackage& m_package;
    const CellReader& m_cells;
    TableBuilder& m_builder;
    std::string m_sheet_name;
    std::size_t m_depth = 0;
    bool m_in_worksheet = false;
    bool m_in_sheet_data = false;
    bool m_read_sheet_data = false;
    // the current row
    bool m_in_row = false;
    bool m_numbered = false;
    std::size_t m_row_number = 0;
    std::size_t m_previous_row = 0;
    std::size_t m_next_column = 0;
    std::size_t m_row_bytes = 0;
    SparseRow m_values;
    // the current cell
    bool m_in_cell = false;
    bool m_in_value = false;
    bool m_have_value = false;
    bool m_in_inline = false;
    std::size_t m_column = 0;
    CellContent m_cell;
    StringItem m_inline;
};

}  // namespace

Table ReadXlsx(const std::filesystem::path& path, std::string_view sheet_name) {
    const XlsxPackage package(path);
    const std::string& file = package.FileName();

    // The package's own relationships name the workbook part; Excel always calls it xl/workbook.xml.
    const std::string workbook_part =
        TargetOfType(ReadRelationships(package, ""), "/officeDocument").value_or("xl/workbook.xml");
    // The workbook's document is let go before the sheet is read.
    bool date1904 = false;
    SheetEntry chosen;
    {
        std::string workbook_storage;
        pugi::xml_document workbook_document;
        if (!package.Load(workbook_part, workbook_storage, workbook_document)) {
            ThrowFileFormat(
                "Tệp “" + file + "” không có sổ tính (thiếu phần “" + workbook_part +
                    "”), nên không phải tệp Excel .xlsx. Mở tệp trong Excel và lưu lại dưới dạng .xlsx "
                    "hoặc CSV UTF-8.",
                "The file “" + file + "” has no workbook (the part “" + workbook_part +
                    "” is missing), so it is not an Excel .xlsx file. Open it in Excel and save it again "
                    "as .xlsx or CSV UTF-8.");
        }
        const pugi::xml_node workbook = Child(workbook_document, "workbook");
        const std::string_view date1904_text = Child(workbook, "workbookPr").attribute("date1904").value();
        date1904 = date1904_text == "1" || date1904_text == "true";

        std::vector<SheetEntry> sheets;
        for (const pugi::xml_node& sheet : Child(workbook, "sheets").children()) {
            if (!Is(sheet, "sheet")) continue;
            SheetEntry entry{sheet.attribute("name").value(), {}};
            for (const pugi::xml_attribute& attribute : sheet.attributes()) {
                const std::string_view name = attribute.name();
                if (name.find(':') != std::string_view::npos && LocalName(attribute.name()) == "id") {
                    entry.relationship_id = attribute.value();
                }
            }
            sheets.push_back(std::move(entry));
        }
        if (sheets.empty()) {
            package.ThrowDamaged("sổ tính không có trang tính nào", "the workbook has no sheets");
        }
        chosen = sheets.front();
        if (!sheet_name.empty()) {
            bool found = false;
            std::string names;
            for (const SheetEntry& sheet : sheets) {
                if (sheet.name == sheet_name) {
                    chosen = sheet;
                    found = true;
                }
                names += (names.empty() ? "“" : ", “") + sheet.name + "”";
            }
            if (!found) {
                const std::string wanted(sheet_name);
                ThrowFileFormat("Tệp “" + file + "” không có trang tính “" + wanted +
                                    "”. Các trang tính có trong tệp: " + names +
                                    ". Chọn một trong các tên đó.",
                                "The file “" + file + "” has no sheet called “" + wanted +
                                    "”. Its sheets are: " + names + ". Choose one of those names.");
            }
        }
    }

    const auto relationships = ReadRelationships(package, workbook_part);
    std::optional<std::string> sheet_part;
    for (const auto& [id, relationship] : relationships) {
        if (id != chosen.relationship_id) continue;
        if (EndsWith(relationship.type, "/chartsheet")) {
            ThrowFileFormat("Trang tính “" + chosen.name + "” trong tệp “" + file +
                                "” là biểu đồ, không có bảng dữ liệu. Chọn trang tính chứa dữ liệu.",
                            "The sheet “" + chosen.name + "” in the file “" + file +
                                "” is a chart, not a table of data. Choose the sheet that holds the data.");
        }
        sheet_part = relationship.target;
    }
    const auto missing_sheet = [&] {
        package.ThrowDamaged("không tìm thấy nội dung của trang tính “" + chosen.name + "”",
                             "the content of the sheet “" + chosen.name + "” is missing");
    };
    if (!sheet_part) missing_sheet();

    // Styles first: their document is let go before the shared strings are held.
    std::vector<NumberFormatKind> style_kinds =
        ReadStyleKinds(package, TargetOfType(relationships, "/styles"));
    const CellReader cells(package, chosen.name,
                           ReadSharedStrings(package, TargetOfType(relationships, "/sharedStrings")),
                           std::move(style_kinds), date1904);
    TableBuilder builder(package, chosen.name);
    SheetReader sheet(package, chosen.name, cells, builder);
    if (!package.Stream(*sheet_part, sheet)) missing_sheet();
    return builder.Finish();
}

}  // namespace innodesk::interchange
