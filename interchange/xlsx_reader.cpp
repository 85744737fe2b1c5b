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

#include "interchange/file_errors.h"
#include "interchange/table_shape.h"
#include "interchange/xlsx_values.h"
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
    explicit XlsxPackage(const std::filesystem::path& path) : m_zip(path), m_file(path.filename().string()) {}

    const std::string& FileName() const { return m_file; }

    // Parses the part into `document`, keeping the bytes alive in `storage` (pugixml parses in
    // place, which saves a copy of a sheet that may be hundreds of megabytes).
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
std::string TextOf(const pugi::xml_node& t) {
    const std::string_view raw = t.child_value();
    const bool preserve = std::string_view(t.attribute("xml:space").value()) == "preserve";
    return DecodeOoxmlEscapes(preserve ? raw : TrimAsciiWhitespace(raw));
}

// A string item (<si> or <is>): its own <t>, or its rich-text runs <r><t> joined. Phonetic
// guides (<rPh>) are not part of the value.
std::string StringItemText(const pugi::xml_node& item) {
    std::string text;
    for (const pugi::xml_node& child : item.children()) {
        if (Is(child, "t")) {
            text += TextOf(child);
        } else if (Is(child, "r")) {
            if (const pugi::xml_node t = Child(child, "t")) text += TextOf(t);
        }
    }
    return text;
}

std::vector<std::string> ReadSharedStrings(const XlsxPackage& package,
                                           const std::optional<std::string>& part) {
    std::vector<std::string> strings;
    std::string storage;
    pugi::xml_document document;
    if (!part || !package.Load(*part, storage, document)) return strings;
    const pugi::xml_node table = Child(document, "sst");
    for (const pugi::xml_node& item : table.children()) {
        if (Is(item, "si")) strings.push_back(StringItemText(item));
    }
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

// Turns <c> elements into text, knowing the workbook's strings, styles and date system.
class CellReader {
public:
    CellReader(const XlsxPackage& package, std::vector<std::string> shared_strings,
               std::vector<NumberFormatKind> style_kinds, bool date1904)
        : m_package(package),
          m_shared_strings(std::move(shared_strings)),
          m_style_kinds(std::move(style_kinds)),
          m_date1904(date1904) {}

    std::string Text(const pugi::xml_node& cell, const std::string& reference) const {
        const std::string_view type = cell.attribute("t").value();
        const std::string_view value = Child(cell, "v").child_value();
        if (type == "inlineStr") return StringItemText(Child(cell, "is"));
        if (type == "s") return SharedString(value, reference);
        if (type == "str") return DecodeOoxmlEscapes(value);
        if (type == "e") return std::string(value);
        if (type == "b") return value == "1" ? "TRUE" : "FALSE";
        if (type == "d") return IsoDateText(value);
        if (value.empty()) return {};
        return Number(value, cell.attribute("s").as_uint(), reference);
    }

private:
    std::string SharedString(std::string_view value, const std::string& reference) const {
        const std::optional<std::size_t> index = ParseIndex(value);
        if (!index || *index >= m_shared_strings.size()) {
            const std::string count = std::to_string(m_shared_strings.size());
            m_package.ThrowDamaged("ô " + reference + " trỏ tới chuỗi dùng chung số “" + std::string(value) +
                                       "” nhưng sổ tính chỉ có " + count + " chuỗi",
                                   "cell " + reference + " refers to shared string “" + std::string(value) +
                                       "” but the workbook has only " + count);
        }
        return m_shared_strings[*index];
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
    std::vector<std::string> m_shared_strings;
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

    void Add(std::size_t row_number, const SparseRow& cells) {
        if (cells.empty()) return;
        if (!m_have_header) {
            std::size_t width = 0;
            for (const auto& [column, text] : cells) width = std::max(width, column + 1);
            m_table.header = Dense(cells, width);
            NormaliseHeader(m_table.header);
            // A row of nothing but spaces is not a header either.
            m_have_header = !m_table.header.empty();
            m_header_row = row_number;
            return;
        }
        const std::size_t width = m_table.header.size();
        for (const auto& [column, text] : cells) {
            if (column >= width) ThrowNoHeading(row_number, column);
        }
        m_table.rows.push_back(TableRow{row_number, Dense(cells, width)});
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
    static std::vector<std::string> Dense(const SparseRow& cells, std::size_t width) {
        std::vector<std::string> dense(width);
        for (const auto& [column, text] : cells) {
            if (column < width) dense[column] = text;
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
    bool m_have_header = false;
    std::size_t m_header_row = 0;
};

void ReadSheetRows(const XlsxPackage& package, const pugi::xml_document& sheet, const CellReader& cells,
                   TableBuilder& builder) {
    const pugi::xml_node data = Child(Child(sheet, "worksheet"), "sheetData");
    std::size_t previous_row = 0;
    for (const pugi::xml_node& row : data.children()) {
        if (!Is(row, "row")) continue;
        std::size_t row_number = previous_row + 1;
        bool numbered = false;
        if (const pugi::xml_attribute r = row.attribute("r")) {
            const std::optional<std::size_t> parsed = ParseIndex(r.value());
            if (!parsed || *parsed == 0) {
                package.ThrowDamaged("số dòng “" + std::string(r.value()) + "” không hợp lệ",
                                     "the row number “" + std::string(r.value()) + "” is invalid");
            }
            row_number = *parsed;
            numbered = true;
        }
        SparseRow values;
        std::size_t next_column = 0;
        for (const pugi::xml_node& cell : row.children()) {
            if (!Is(cell, "c")) continue;
            std::size_t column = next_column;
            if (const pugi::xml_attribute r = cell.attribute("r")) {
                const std::optional<CellPosition> position = ParseCellReference(r.value());
                if (!position) {
                    package.ThrowDamaged("địa chỉ ô “" + std::string(r.value()) + "” không hợp lệ",
                                         "the cell reference “" + std::string(r.value()) + "” is invalid");
                }
                column = position->column;
                // A row without r="" still has its number in its cells' references.
                if (!numbered) {
                    row_number = position->row;
                    numbered = true;
                }
            }
            std::string text = cells.Text(cell, ColumnName(column) + std::to_string(row_number));
            if (!text.empty()) values.emplace_back(column, std::move(text));
            next_column = column + 1;
        }
        if (row_number <= previous_row) {
            package.ThrowDamaged(
                "dòng " + std::to_string(row_number) + " xuất hiện sau dòng " + std::to_string(previous_row),
                "row " + std::to_string(row_number) + " comes after row " + std::to_string(previous_row));
        }
        previous_row = row_number;
        builder.Add(row_number, values);
    }
}

}  // namespace

Table ReadXlsx(const std::filesystem::path& path, std::string_view sheet_name) {
    const XlsxPackage package(path);
    const std::string& file = package.FileName();

    // The package's own relationships name the workbook part; Excel always calls it xl/workbook.xml.
    const std::string workbook_part =
        TargetOfType(ReadRelationships(package, ""), "/officeDocument").value_or("xl/workbook.xml");
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
    const bool date1904 = date1904_text == "1" || date1904_text == "true";

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
    const SheetEntry* chosen = &sheets.front();
    if (!sheet_name.empty()) {
        chosen = nullptr;
        std::string names;
        for (const SheetEntry& sheet : sheets) {
            if (sheet.name == sheet_name) chosen = &sheet;
            names += (names.empty() ? "“" : ", “") + sheet.name + "”";
        }
        if (chosen == nullptr) {
            const std::string wanted(sheet_name);
            ThrowFileFormat("Tệp “" + file + "” không có trang tính “" + wanted +
                                "”. Các trang tính có trong tệp: " + names + ". Chọn một trong các tên đó.",
                            "The file “" + file + "” has no sheet called “" + wanted +
                                "”. Its sheets are: " + names + ". Choose one of those names.");
        }
    }

    const auto relationships = ReadRelationships(package, workbook_part);
    std::optional<std::string> sheet_part;
    for (const auto& [id, relationship] : relationships) {
        if (id != chosen->relationship_id) continue;
        if (EndsWith(relationship.type, "/chartsheet")) {
            ThrowFileFormat("Trang tính “" + chosen->name + "” trong tệp “" + file +
                                "” là biểu đồ, không có bảng dữ liệu. Chọn trang tính chứa dữ liệu.",
                            "The sheet “" + chosen->name + "” in the file “" + file +
                                "” is a chart, not a table of data. Choose the sheet that holds the data.");
        }
        sheet_part = relationship.target;
    }
    std::string sheet_storage;
    pugi::xml_document sheet_document;
    if (!sheet_part || !package.Load(*sheet_part, sheet_storage, sheet_document)) {
        package.ThrowDamaged("không tìm thấy nội dung của trang tính “" + chosen->name + "”",
                             "the content of the sheet “" + chosen->name + "” is missing");
    }

    const CellReader cells(package, ReadSharedStrings(package, TargetOfType(relationships, "/sharedStrings")),
                           ReadStyleKinds(package, TargetOfType(relationships, "/styles")), date1904);
    TableBuilder builder(package, chosen->name);
    ReadSheetRows(package, sheet_document, cells, builder);
    return builder.Finish();
}

}  // namespace innodesk::interchange
