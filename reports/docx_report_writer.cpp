// Report documents as .docx: WordprocessingML built as a pugixml tree (so every text is escaped
// by the serialiser, never by hand) and zipped in memory with libzip.
#include "reports/docx_report_writer.h"

#include "reports/output_file.h"

#include <zip.h>
#include <pugixml.hpp>

#include <algorithm>
#include <cmath>
#include <deque>
#include <memory>
#include <sstream>
#include <string_view>

namespace innodesk::reports {

namespace {

using domain::DomainError;
using domain::ErrorCode;

// Twips (1/20 point, 1440 an inch): Word's unit for page and table geometry.
constexpr int Twips(double millimetres) {
    return static_cast<int>(millimetres * 1440 / 25.4 + 0.5);
}
constexpr int kA4ShortTwips = 11906;
constexpr int kA4LongTwips = 16838;
constexpr int kMarginTop = Twips(20);
constexpr int kMarginBottom = Twips(20);
constexpr int kMarginLeft = Twips(30);
constexpr int kMarginRight = Twips(15);

constexpr const char* kMainNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kRelationshipsNamespace =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

int HalfPoints(double points) {
    return static_cast<int>(std::lround(points * 2));
}

enum class Align { Left, Centre, Right, Justify };

struct RunLook {
    double points = kDocxBodyPoints;
    bool bold = false;
    bool italic = false;
};

struct ParagraphLook {
    Align align = Align::Left;
    int before = 0;  // spacing before, in points
    int after = 0;
    int first_line_indent = 0;  // twips
    bool keep_next = false;
};

const char* AlignValue(Align align) {
    switch (align) {
        case Align::Centre:
            return "center";
        case Align::Right:
            return "right";
        case Align::Justify:
            return "both";
        case Align::Left:
            break;
    }
    return "left";
}

Align FromColumn(ColumnAlign align) {
    switch (align) {
        case ColumnAlign::Centre:
            return Align::Centre;
        case ColumnAlign::Right:
            return Align::Right;
        case ColumnAlign::Left:
            break;
    }
    return Align::Left;
}

void SetValue(pugi::xml_node node, const char* name, const std::string& value) {
    node.append_child(name).append_attribute("w:val") = value.c_str();
}

void RunProperties(pugi::xml_node run, const RunLook& look) {
    auto properties = run.append_child("w:rPr");
    auto fonts = properties.append_child("w:rFonts");
    for (const char* script : {"w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"})
        fonts.append_attribute(script) = kDocxFont;
    if (look.bold) properties.append_child("w:b");
    if (look.italic) properties.append_child("w:i");
    SetValue(properties, "w:sz", std::to_string(HalfPoints(look.points)));
    SetValue(properties, "w:szCs", std::to_string(HalfPoints(look.points)));
}

// A run of text; line feeds become line breaks and tabs tabs, inside the one paragraph.
void AddRun(pugi::xml_node paragraph, std::string_view text, const RunLook& look) {
    auto run = paragraph.append_child("w:r");
    RunProperties(run, look);
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto end = text.find_first_of("\n\t", start);
        const std::string_view piece =
            text.substr(start, end == std::string_view::npos ? text.npos : end - start);
        if (!piece.empty()) {
            auto words = run.append_child("w:t");
            words.append_attribute("xml:space") = "preserve";
            words.text().set(std::string(piece).c_str());
        }
        if (end == std::string_view::npos) break;
        run.append_child(text[end] == '\n' ? "w:br" : "w:tab");
        start = end + 1;
    }
}

pugi::xml_node AddParagraph(pugi::xml_node parent, const ParagraphLook& look) {
    auto paragraph = parent.append_child("w:p");
    auto properties = paragraph.append_child("w:pPr");
    // The order of a w:pPr's children is fixed by the schema; Word refuses a file that breaks it.
    if (look.keep_next) properties.append_child("w:keepNext");
    auto spacing = properties.append_child("w:spacing");
    spacing.append_attribute("w:before") = look.before * 20;
    spacing.append_attribute("w:after") = look.after * 20;
    if (look.first_line_indent > 0)
        properties.append_child("w:ind").append_attribute("w:firstLine") = look.first_line_indent;
    SetValue(properties, "w:jc", AlignValue(look.align));
    return paragraph;
}

void AddText(pugi::xml_node parent, const std::string& text, const ParagraphLook& paragraph,
             const RunLook& run) {
    AddRun(AddParagraph(parent, paragraph), text, run);
}

// A short horizontal rule under a heading line (Decree 30: under the issuing body's name and the
// motto): an empty paragraph's top border, indented from both sides to the rule's length.
void AddRule(pugi::xml_node parent, int cell_width, int length) {
    auto paragraph = parent.append_child("w:p");
    auto properties = paragraph.append_child("w:pPr");
    auto border = properties.append_child("w:pBdr").append_child("w:top");
    border.append_attribute("w:val") = "single";
    border.append_attribute("w:sz") = 6;
    border.append_attribute("w:space") = 1;
    border.append_attribute("w:color") = "auto";
    auto spacing = properties.append_child("w:spacing");
    spacing.append_attribute("w:before") = 40;  // clear of the descenders of the line above
    spacing.append_attribute("w:after") = 0;
    spacing.append_attribute("w:line") = 120;
    spacing.append_attribute("w:lineRule") = "exact";
    const int side = std::max(0, (cell_width - length) / 2);
    auto indent = properties.append_child("w:ind");
    indent.append_attribute("w:left") = side;
    indent.append_attribute("w:right") = side;
    auto run_properties = properties.append_child("w:rPr");
    SetValue(run_properties, "w:sz", "4");
}

void Borders(pugi::xml_node table_properties, bool visible) {
    auto borders = table_properties.append_child("w:tblBorders");
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
        auto border = borders.append_child(side);
        border.append_attribute("w:val") = visible ? "single" : "nil";
        if (!visible) continue;
        border.append_attribute("w:sz") = 4;
        border.append_attribute("w:space") = 0;
        border.append_attribute("w:color") = "000000";
    }
}

pugi::xml_node AddTable(pugi::xml_node parent, const std::vector<int>& widths, bool bordered) {
    auto table = parent.append_child("w:tbl");
    auto properties = table.append_child("w:tblPr");
    int total = 0;
    for (const int width : widths) total += width;
    auto width = properties.append_child("w:tblW");
    width.append_attribute("w:w") = total;
    width.append_attribute("w:type") = "dxa";
    Borders(properties, bordered);
    properties.append_child("w:tblLayout").append_attribute("w:type") = "fixed";
    auto margins = properties.append_child("w:tblCellMar");
    for (const char* side : {"w:left", "w:right"}) {
        auto margin = margins.append_child(side);
        margin.append_attribute("w:w") = bordered ? 70 : 0;
        margin.append_attribute("w:type") = "dxa";
    }
    auto grid = table.append_child("w:tblGrid");
    for (const int column : widths) grid.append_child("w:gridCol").append_attribute("w:w") = column;
    return table;
}

pugi::xml_node AddRow(pugi::xml_node table, bool header) {
    auto row = table.append_child("w:tr");
    auto properties = row.append_child("w:trPr");
    properties.append_child("w:cantSplit");
    if (header) properties.append_child("w:tblHeader");  // repeated at the top of every page
    return row;
}

pugi::xml_node AddCell(pugi::xml_node row, int width, int span = 1, const char* fill = nullptr) {
    auto cell = row.append_child("w:tc");
    auto properties = cell.append_child("w:tcPr");
    auto cell_width = properties.append_child("w:tcW");
    cell_width.append_attribute("w:w") = width;
    cell_width.append_attribute("w:type") = "dxa";
    if (span > 1) properties.append_child("w:gridSpan").append_attribute("w:val") = span;
    if (fill) {
        auto shade = properties.append_child("w:shd");
        shade.append_attribute("w:val") = "clear";
        shade.append_attribute("w:color") = "auto";
        shade.append_attribute("w:fill") = fill;
    }
    return cell;
}

class DocumentBuilder {
public:
    explicit DocumentBuilder(const ReportDocument& document) : m_document(document) {
        const bool landscape = document.orientation == PageOrientation::Landscape;
        m_page_width = landscape ? kA4LongTwips : kA4ShortTwips;
        m_page_height = landscape ? kA4ShortTwips : kA4LongTwips;
        m_content_width = m_page_width - kMarginLeft - kMarginRight;
    }

    std::string Build() {
        auto root = m_xml.append_child("w:document");
        root.append_attribute("xmlns:w") = kMainNamespace;
        root.append_attribute("xmlns:r") = kRelationshipsNamespace;
        m_body = root.append_child("w:body");
        Heading();
        Title();
        Paragraphs(m_document.before_table, 12);
        if (!m_document.table_caption.empty())
            AddText(m_body, m_document.table_caption, {Align::Left, 12, 6, 0, true}, {kDocxBodyPoints, true});
        Table();
        Paragraphs(m_document.after_table, 12);
        Closing();
        Paragraphs(m_document.closing_notes, 18);
        Section();
        std::ostringstream out;
        m_xml.save(out, "", pugi::format_raw | pugi::format_no_declaration);
        return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
               "\n" +
               std::move(out).str();
    }

private:
    // The issuing body (the superior over the body, the body bold) and the number on the left; the
    // national name, the motto and the place and date on the right; a borderless table, as Word
    // templates of Decree 30 lay it out.
    void Heading() {
        const int left = m_content_width * 2 / 5;
        const int right = m_content_width - left;
        auto table = AddTable(m_body, {left, right}, false);
        auto row = AddRow(table, false);
        auto left_cell = AddCell(row, left);
        const auto& body = m_document.issuing_body;
        for (std::size_t i = 0; i < body.size(); ++i)
            AddText(left_cell, body[i], {Align::Centre}, {13, i + 1 == body.size()});
        if (!body.empty()) AddRule(left_cell, left, left / 3);
        if (!m_document.reference.empty()) AddText(left_cell, m_document.reference, {Align::Centre, 6}, {13});
        if (left_cell.children("w:p").begin() == left_cell.children("w:p").end()) AddParagraph(left_cell, {});
        auto right_cell = AddCell(row, right);
        const auto& national = m_document.national_heading;
        for (std::size_t i = 0; i < national.size(); ++i)
            AddText(right_cell, national[i], {Align::Centre}, {i == 0 ? 13.0 : 14.0, true});
        if (!national.empty()) AddRule(right_cell, right, right * 9 / 20);
        if (!m_document.place_and_date.empty())
            AddText(right_cell, m_document.place_and_date, {Align::Centre, 6}, {14, false, true});
        if (right_cell.children("w:p").begin() == right_cell.children("w:p").end())
            AddParagraph(right_cell, {});
    }

    void Title() {
        if (!m_document.title.empty())
            AddText(m_body, m_document.title, {Align::Centre, 18, 0, 0, true}, {14, true});
        for (const auto& line : m_document.subtitle)
            AddText(m_body, line, {Align::Centre, 0, 0, 0, true}, {14, true});
        if (!m_document.subtitle.empty()) AddRule(m_body, m_content_width, m_content_width / 8);
    }

    void Paragraphs(const std::vector<ReportParagraph>& paragraphs, int before_first) {
        for (std::size_t i = 0; i < paragraphs.size(); ++i) {
            const auto& paragraph = paragraphs[i];
            const int before = i == 0 ? before_first : 6;
            switch (paragraph.style) {
                case ParagraphStyle::Heading:
                    AddText(m_body, paragraph.text, {Align::Justify, before, 0, 0, true},
                            {kDocxBodyPoints, true});
                    break;
                case ParagraphStyle::Body:
                    AddText(m_body, paragraph.text, {Align::Justify, before, 0, Twips(10)},
                            {kDocxBodyPoints});
                    break;
                case ParagraphStyle::Note:
                    AddText(m_body, paragraph.text, {Align::Justify, before, 0, Twips(10)},
                            {kDocxBodyPoints - 1, false, true});
                    break;
                case ParagraphStyle::Centred:
                    AddText(m_body, paragraph.text, {Align::Centre, before, 0, 0, true},
                            {kDocxBodyPoints, true});
                    break;
            }
        }
    }

    void Table() {
        const auto& table = m_document.table;
        double weights = 0;
        for (const auto& column : table.columns) weights += column.width;
        std::vector<int> widths;
        int used = 0;
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            const int width = c + 1 == table.columns.size()
                                  ? m_content_width - used
                                  : static_cast<int>(m_content_width * table.columns[c].width / weights);
            widths.push_back(width);
            used += width;
        }
        // A narrow column (STT) keeps room for three digits in bold; the widest column gives it.
        for (std::size_t c = 0; c < widths.size(); ++c) {
            const int deficit = Twips(14) - widths[c];
            const auto widest = std::max_element(widths.begin(), widths.end());
            if (deficit > 0 && *widest - deficit > Twips(14)) {
                widths[c] += deficit;
                *widest -= deficit;
            }
        }
        auto word_table = AddTable(m_body, widths, true);
        auto header = AddRow(word_table, true);
        for (std::size_t c = 0; c < table.columns.size(); ++c)
            AddText(AddCell(header, widths[c], 1, "D9D9D9"), table.columns[c].header, {Align::Centre},
                    {kDocxTablePoints, true});
        for (const auto& row : table.rows) {
            auto word_row = AddRow(word_table, false);
            const bool bold = row.kind != RowKind::Item;
            const char* fill = row.kind == RowKind::Group ? "F2F2F2" : nullptr;
            // A group's title spans the columns after it when they are empty, as in the appendices.
            bool spans = row.kind == RowKind::Group && row.cells.size() > 2;
            for (std::size_t c = 2; spans && c < row.cells.size(); ++c) spans = row.cells[c].text.empty();
            for (std::size_t c = 0; c < row.cells.size(); ++c) {
                if (spans && c == 1) {
                    int width = 0;
                    for (std::size_t rest = 1; rest < widths.size(); ++rest) width += widths[rest];
                    AddText(AddCell(word_row, width, static_cast<int>(widths.size() - 1), fill),
                            row.cells[c].text, {Align::Left}, {kDocxTablePoints, bold});
                    break;
                }
                AddText(AddCell(word_row, widths[c], 1, fill), row.cells[c].text,
                        {FromColumn(table.columns[c].align)}, {kDocxTablePoints, bold});
            }
        }
    }

    // Nơi nhận at the bottom left, the signature block at the bottom right: a borderless table.
    void Closing() {
        const auto& signature = m_document.signature;
        if (m_document.recipients.empty() && signature.Empty()) return;
        AddParagraph(m_body, {});
        const int left = m_content_width * 9 / 20;
        const int right = m_content_width - left;
        auto table = AddTable(m_body, {left, right}, false);
        auto row = AddRow(table, false);
        auto left_cell = AddCell(row, left);
        if (!m_document.recipients.empty()) {
            const bool vi = m_document.language == domain::Language::Vietnamese;
            AddText(left_cell, vi ? "Nơi nhận:" : "Recipients:", {Align::Left}, {12, true, true});
            for (const auto& line : m_document.recipients) AddText(left_cell, line, {Align::Left}, {11});
        } else {
            AddParagraph(left_cell, {});
        }
        auto right_cell = AddCell(row, right);
        for (const auto& line : signature.authority) AddText(right_cell, line, {Align::Centre}, {14, true});
        for (int i = 0; i < 4; ++i) AddParagraph(right_cell, {});  // the signature and the seal
        AddText(right_cell, signature.name, {Align::Centre}, {14, true});
    }

    void Section() {
        auto section = m_body.append_child("w:sectPr");
        auto header = section.append_child("w:headerReference");
        header.append_attribute("w:type") = "default";
        header.append_attribute("r:id") = "rIdHeader";
        auto size = section.append_child("w:pgSz");
        size.append_attribute("w:w") = m_page_width;
        size.append_attribute("w:h") = m_page_height;
        if (m_document.orientation == PageOrientation::Landscape)
            size.append_attribute("w:orient") = "landscape";
        auto margins = section.append_child("w:pgMar");
        margins.append_attribute("w:top") = kMarginTop;
        margins.append_attribute("w:right") = kMarginRight;
        margins.append_attribute("w:bottom") = kMarginBottom;
        margins.append_attribute("w:left") = kMarginLeft;
        margins.append_attribute("w:header") = Twips(10);
        margins.append_attribute("w:footer") = Twips(10);
        margins.append_attribute("w:gutter") = 0;
        // Decree 30: the page number at the top centre, from the second page on.
        section.append_child("w:titlePg");
    }

    const ReportDocument& m_document;
    pugi::xml_document m_xml;
    pugi::xml_node m_body;
    int m_page_width = 0;
    int m_page_height = 0;
    int m_content_width = 0;
};

std::string Serialised(const pugi::xml_document& xml) {
    std::ostringstream out;
    xml.save(out, "", pugi::format_raw);
    return std::move(out).str();
}

// The page number field, centred, for the header of the pages after the first.
std::string HeaderPart() {
    pugi::xml_document xml;
    auto declaration = xml.append_child(pugi::node_declaration);
    declaration.append_attribute("version") = "1.0";
    declaration.append_attribute("encoding") = "UTF-8";
    auto header = xml.append_child("w:hdr");
    header.append_attribute("xmlns:w") = kMainNamespace;
    auto paragraph = AddParagraph(header, {Align::Centre});
    auto field = paragraph.append_child("w:fldSimple");
    field.append_attribute("w:instr") = " PAGE ";
    AddRun(field, "2", {kDocxTablePoints});
    return Serialised(xml);
}

std::string StylesPart(domain::Language language) {
    pugi::xml_document xml;
    auto declaration = xml.append_child(pugi::node_declaration);
    declaration.append_attribute("version") = "1.0";
    declaration.append_attribute("encoding") = "UTF-8";
    auto styles = xml.append_child("w:styles");
    styles.append_attribute("xmlns:w") = kMainNamespace;
    auto defaults = styles.append_child("w:docDefaults");
    auto run = defaults.append_child("w:rPrDefault").append_child("w:rPr");
    auto fonts = run.append_child("w:rFonts");
    for (const char* script : {"w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"})
        fonts.append_attribute(script) = kDocxFont;
    SetValue(run, "w:sz", std::to_string(HalfPoints(kDocxBodyPoints)));
    SetValue(run, "w:szCs", std::to_string(HalfPoints(kDocxBodyPoints)));
    SetValue(run, "w:lang", language == domain::Language::Vietnamese ? "vi-VN" : "en-GB");
    auto spacing = defaults.append_child("w:pPrDefault").append_child("w:pPr").append_child("w:spacing");
    spacing.append_attribute("w:after") = 0;
    spacing.append_attribute("w:line") = 264;  // 1.1 lines
    spacing.append_attribute("w:lineRule") = "auto";
    auto normal = styles.append_child("w:style");
    normal.append_attribute("w:type") = "paragraph";
    normal.append_attribute("w:default") = "1";
    normal.append_attribute("w:styleId") = "Normal";
    SetValue(normal, "w:name", "Normal");
    return Serialised(xml);
}

std::string CorePart(const ReportDocument& document) {
    pugi::xml_document xml;
    auto declaration = xml.append_child(pugi::node_declaration);
    declaration.append_attribute("version") = "1.0";
    declaration.append_attribute("encoding") = "UTF-8";
    auto core = xml.append_child("cp:coreProperties");
    core.append_attribute("xmlns:cp") =
        "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    core.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
    std::string title = document.title;
    for (const auto& line : document.subtitle) title += " — " + line;
    core.append_child("dc:title").text().set(title.c_str());
    core.append_child("dc:creator")
        .text()
        .set(document.issuing_body.empty() ? "InnoDesk" : document.issuing_body.back().c_str());
    return Serialised(xml);
}

constexpr const char* kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
    R"(<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>)"
    R"(<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>)"
    R"(<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>)"
    R"(</Types>)";

constexpr const char* kPackageRelationships =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>)"
    R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>)"
    R"(</Relationships>)";

constexpr const char* kDocumentRelationships =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
    R"(<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>)"
    R"(</Relationships>)";

[[noreturn]] void ZipFailed(const char* step_vi, const char* step_en, zip_error_t* error) {
    const std::string reason = error ? zip_error_strerror(error) : "unknown";
    throw DomainError(ErrorCode::Storage,
                      {std::string("Thư viện libzip không ") + step_vi + " của tệp DOCX (" + reason +
                           "). Không có tệp nào được tạo.",
                       std::string("libzip could not ") + step_en + " of the DOCX file (" + reason +
                           "). No file was created."},
                      "out");
}

struct SourceFree {
    void operator()(zip_source_t* source) const { zip_source_free(source); }
};
struct ArchiveDiscard {
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct ErrorFini {
    void operator()(zip_error_t* error) const { zip_error_fini(error); }
};

struct Part {
    const char* name;
    std::string bytes;
};

// The parts zipped in memory; the buffers stay alive in `parts` until zip_close has read them.
std::string Zip(const std::deque<Part>& parts) {
    zip_error_t error_storage;
    zip_error_init(&error_storage);
    const std::unique_ptr<zip_error_t, ErrorFini> error(&error_storage);
    std::unique_ptr<zip_source_t, SourceFree> buffer(zip_source_buffer_create(nullptr, 0, 0, error.get()));
    if (!buffer) ZipFailed("tạo được vùng nhớ", "create the buffer", error.get());
    std::unique_ptr<zip_t, ArchiveDiscard> archive(
        zip_open_from_source(buffer.get(), ZIP_TRUNCATE, error.get()));
    if (!archive) ZipFailed("mở được vùng nhớ", "open the buffer", error.get());
    zip_source_keep(buffer.get());  // the archive takes a reference; ours outlives zip_close
    for (const auto& part : parts) {
        zip_source_t* source = zip_source_buffer(archive.get(), part.bytes.data(), part.bytes.size(), 0);
        if (!source) ZipFailed("thêm được một phần", "add a part", zip_get_error(archive.get()));
        if (zip_file_add(archive.get(), part.name, source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            ZipFailed("thêm được một phần", "add a part", zip_get_error(archive.get()));
        }
    }
    if (zip_close(archive.get()) < 0) ZipFailed("ghi được", "write the parts", zip_get_error(archive.get()));
    archive.release();  // zip_close freed it
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(buffer.get(), &stat) < 0 || zip_source_open(buffer.get()) < 0)
        ZipFailed("đọc lại được", "read back", zip_source_error(buffer.get()));
    std::string bytes(static_cast<std::size_t>(stat.size), '\0');
    const zip_int64_t read = zip_source_read(buffer.get(), bytes.data(), stat.size);
    zip_source_close(buffer.get());
    if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size)
        ZipFailed("đọc lại được", "read back", zip_source_error(buffer.get()));
    return bytes;
}

}  // namespace

std::string DocxReport(const ReportDocument& original) {
    Validate(original);
    const ReportDocument document = NormalisedText(original);
    const std::deque<Part> parts{
        {"[Content_Types].xml", kContentTypes},
        {"_rels/.rels", kPackageRelationships},
        {"word/document.xml", DocumentBuilder(document).Build()},
        {"word/_rels/document.xml.rels", kDocumentRelationships},
        {"word/styles.xml", StylesPart(document.language)},
        {"word/header1.xml", HeaderPart()},
        {"docProps/core.xml", CorePart(document)},
    };
    return Zip(parts);
}

void WriteDocxReport(const ReportDocument& document, const std::filesystem::path& target) {
    WriteFileWhole(target, DocxReport(document));
}

}  // namespace innodesk::reports
