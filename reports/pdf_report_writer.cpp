// Report documents as PDF: pango layouts measured and drawn on a cairo PDF surface.
#include "reports/pdf_report_writer.h"

#include "reports/output_file.h"
#include "reports/pdf_fonts.h"
#include "reports/pdf_pagination.h"
#include "reports/report_labels.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <set>

namespace innodesk::reports {

namespace {

using domain::DomainError;
using domain::ErrorCode;

struct SurfaceDestroy {
    void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct CairoDestroy {
    void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};
struct GObjectUnref {
    void operator()(gpointer object) const { g_object_unref(object); }
};
struct FontDescriptionFree {
    void operator()(PangoFontDescription* description) const { pango_font_description_free(description); }
};
using SurfacePtr = std::unique_ptr<cairo_surface_t, SurfaceDestroy>;
using CairoPtr = std::unique_ptr<cairo_t, CairoDestroy>;
using ContextPtr = std::unique_ptr<PangoContext, GObjectUnref>;
using LayoutPtr = std::unique_ptr<PangoLayout, GObjectUnref>;
using DescriptionPtr = std::unique_ptr<PangoFontDescription, FontDescriptionFree>;
struct AttrListUnref {
    void operator()(PangoAttrList* list) const { pango_attr_list_unref(list); }
};
using AttrListPtr = std::unique_ptr<PangoAttrList, AttrListUnref>;

constexpr double kMillimetre = 72.0 / 25.4;
constexpr double kA4Short = 210 * kMillimetre;
constexpr double kA4Long = 297 * kMillimetre;
// Margins of Decree 30/2020/NĐ-CP: 30 mm on the left for binding, 15 mm right, 20 mm top and bottom.
constexpr double kMarginLeft = 30 * kMillimetre;
constexpr double kMarginRight = 15 * kMillimetre;
constexpr double kMarginTop = 20 * kMillimetre;
constexpr double kMarginBottom = 20 * kMillimetre;

constexpr double kBodySize = 12;
constexpr double kHeadingSize = 11.5;
constexpr double kSmallestHeadingSize = 8;
constexpr double kHeadingGutter = 5;
constexpr double kTitleSize = 14;
constexpr double kTableSize = 10;
constexpr double kNoteSize = 10.5;
constexpr double kFooterSize = 9.5;
constexpr double kRecipientsLabelSize = 12;  // "Nơi nhận:" (Decree 30: 12 pt, bold italic)
constexpr double kRecipientsSize = 11;       // the list (Decree 30: 11 pt)
constexpr double kSignatureRoom = 60;        // between the title and the name: signature and seal
// The department's seal signature in the first page's top margin (20 mm): 3 mm from the page's top
// edge, as wide as the national heading's motto.
constexpr double kSealTop = 3 * kMillimetre;
constexpr double kSealHeight = 16 * kMillimetre;
constexpr double kSealWidth = 82 * kMillimetre;
constexpr double kCellPadX = 3;
constexpr double kCellPadY = 2.5;
constexpr double kRuleWidth = 0.6;
constexpr double kBorderWidth = 0.5;

[[noreturn]] void CairoFailed(cairo_status_t status) {
    throw DomainError(ErrorCode::Storage,
                      {std::string("Thư viện cairo không tạo được tệp PDF: ") +
                           cairo_status_to_string(status) + ". Không có tệp nào được tạo.",
                       std::string("cairo could not make the PDF: ") + cairo_status_to_string(status) +
                           ". No file was created."},
                      "out");
}

cairo_status_t AppendToString(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

double FromPango(int units) {
    return static_cast<double>(units) / PANGO_SCALE;
}

int ToPango(double points) {
    return pango_units_from_double(points);
}

// Lines joined with line feeds, and the byte range of the last one (to set in bold).
struct JoinedLines {
    std::string text;
    std::size_t last_start = 0;
};

JoinedLines Join(const std::vector<std::string>& lines) {
    JoinedLines joined;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i > 0) joined.text += '\n';
        joined.last_start = joined.text.size();
        joined.text += lines[i];
    }
    return joined;
}

struct TextStyle {
    double size = kBodySize;
    bool bold = false;
    bool italic = false;
    PangoAlignment align = PANGO_ALIGN_LEFT;
    bool justify = false;
    double first_line_indent = 0;
};

struct CellBox {
    double x = 0;
    double width = 0;
    double pad_x = 0;
    double pad_y = 0;
    LayoutPtr layout;
    bool hidden = false;  // laid out for its room only: a form field shows it
};

struct Rule {  // a short line under a heading, relative to its block
    double x1 = 0;
    double x2 = 0;
    double y = 0;
};

struct Block {
    FlowBlock flow;
    std::vector<CellBox> cells;
    std::vector<Rule> rules;
    bool bordered = false;
    std::optional<double> shade;  // grey level of the background
};

class PdfRenderer {
public:
    explicit PdfRenderer(const ReportDocument& document) : m_document(document) {
        const bool landscape = document.orientation == PageOrientation::Landscape;
        m_width = landscape ? kA4Long : kA4Short;
        m_height = landscape ? kA4Short : kA4Long;
        m_content_width = m_width - kMarginLeft - kMarginRight;
    }

    std::string Render() { return RenderWithPlaces().bytes; }

    LaidOutPdf RenderWithPlaces() {
        RequirePdfFont(pango_cairo_font_map_get_default());
        std::string bytes;
        SurfacePtr surface(cairo_pdf_surface_create_for_stream(AppendToString, &bytes, m_width, m_height));
        if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
            CairoFailed(cairo_surface_status(surface.get()));
        SetMetadata(surface.get());
        CairoPtr cr(cairo_create(surface.get()));
        if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS) CairoFailed(cairo_status(cr.get()));
        m_cr = cr.get();
        m_pango.reset(pango_cairo_create_context(m_cr));

        BuildBlocks();
        std::vector<FlowBlock> flow;
        for (const auto& block : m_blocks) flow.push_back(block.flow);
        const PageFrame frame{kMarginTop, kMarginTop, m_height - kMarginBottom};
        const auto slices = Paginate(flow, frame, m_table_header);
        const int pages = PageCount(slices);
        std::size_t next = 0;
        for (int page = 0; page < pages; ++page) {
            for (; next < slices.size() && slices[next].page == page; ++next) {
                DrawSlice(slices[next]);
                NotePlaces(slices[next]);
            }
            DrawFooter(page + 1, pages);
            cairo_show_page(m_cr);
        }
        m_cr = nullptr;
        cr.reset();
        cairo_surface_finish(surface.get());
        if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
            CairoFailed(cairo_surface_status(surface.get()));
        m_places.first_page_top_right = FirstPageTopRight(m_document.orientation);
        return {std::move(bytes), m_places};
    }

private:
    void SetMetadata(cairo_surface_t* surface) const {
        std::string title = m_document.title;
        for (const auto& line : m_document.subtitle) title += " — " + line;
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "InnoDesk");
        if (!m_document.issuing_body.empty())
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR,
                                           m_document.issuing_body.back().c_str());
    }

    // Plain text, never markup, so that "<", "&" and the like in the data need no escaping.
    // `bold_from`: the text from that byte on is bold (the issuing body's last line).
    LayoutPtr Layout(const std::string& text, const TextStyle& style, double width,
                     std::optional<std::size_t> bold_from = std::nullopt) const {
        LayoutPtr layout(pango_layout_new(m_pango.get()));
        const DescriptionPtr font(pango_font_description_new());
        pango_font_description_set_family(font.get(), kPdfFontFamily);
        // Absolute: in the surface's units, which are points; a plain size would be scaled by
        // pango's default 96 dpi.
        pango_font_description_set_absolute_size(font.get(), style.size * PANGO_SCALE);
        pango_font_description_set_weight(font.get(), style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
        pango_font_description_set_style(font.get(), style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
        pango_layout_set_font_description(layout.get(), font.get());
        pango_layout_set_width(layout.get(), ToPango(std::max(width, 1.0)));
        pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
        pango_layout_set_alignment(layout.get(), style.align);
        pango_layout_set_justify(layout.get(), style.justify);
        pango_layout_set_indent(layout.get(), ToPango(style.first_line_indent));
        // "70 %" stays on one line: the space before a percent sign becomes a no-break space
        // here, on paper only, so that the data and the other formats keep an ordinary space.
        std::string laid_out;
        laid_out.reserve(text.size() + 8);
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == ' ' && i + 1 < text.size() && text[i + 1] == '%') {
                laid_out += "\u00A0";
                if (bold_from && i < *bold_from) ++*bold_from;  // one byte longer before it
            } else {
                laid_out += text[i];
            }
        }
        pango_layout_set_text(layout.get(), laid_out.c_str(), static_cast<int>(laid_out.size()));
        if (bold_from) {
            const AttrListPtr attributes(pango_attr_list_new());
            PangoAttribute* bold =
                pango_attr_weight_new(PANGO_WEIGHT_BOLD);  // owned by the list once inserted
            bold->start_index = static_cast<guint>(*bold_from);
            bold->end_index = PANGO_ATTR_INDEX_TO_TEXT_END;
            pango_attr_list_insert(attributes.get(), bold);
            pango_layout_set_attributes(layout.get(), attributes.get());
        }
        return layout;
    }

    static double Height(PangoLayout* layout) {
        int width = 0;
        int height = 0;
        pango_layout_get_size(layout, &width, &height);
        return FromPango(height);
    }

    // The width of a layout's last line, for the rule drawn under it.
    static double LastLineWidth(PangoLayout* layout) {
        const int count = pango_layout_get_line_count(layout);
        if (count == 0) return 0;
        PangoRectangle logical{};
        pango_layout_line_get_extents(pango_layout_get_line_readonly(layout, count - 1), nullptr, &logical);
        return FromPango(logical.width);
    }

    // Heights and cut points of a block from its cells: a cut is allowed where no cell has a
    // line across it.
    static void Measure(Block& block) {
        double height = 0;
        std::set<double> candidates;
        std::vector<std::vector<std::pair<double, double>>> lines(block.cells.size());
        for (std::size_t c = 0; c < block.cells.size(); ++c) {
            auto& cell = block.cells[c];
            height = std::max(height, Height(cell.layout.get()) + 2 * cell.pad_y);
            PangoLayoutIter* iter = pango_layout_get_iter(cell.layout.get());
            do {
                int top = 0;
                int bottom = 0;
                pango_layout_iter_get_line_yrange(iter, &top, &bottom);
                lines[c].emplace_back(cell.pad_y + FromPango(top), cell.pad_y + FromPango(bottom));
                candidates.insert(cell.pad_y + FromPango(bottom));
            } while (pango_layout_iter_next_line(iter));
            pango_layout_iter_free(iter);
        }
        block.flow.height = height;
        block.flow.breaks.clear();
        for (const double cut : candidates) {
            if (cut <= 0 || cut >= height) continue;
            const bool clean = std::all_of(lines.begin(), lines.end(), [cut](const auto& cell_lines) {
                return std::none_of(cell_lines.begin(), cell_lines.end(), [cut](const auto& line) {
                    return line.first < cut - 0.01 && cut + 0.01 < line.second;
                });
            });
            if (clean) block.flow.breaks.push_back(cut);
        }
    }

    Block& AddText(const std::string& text, const TextStyle& style, double space_before,
                   bool keep_with_next) {
        Block block;
        block.cells.push_back({kMarginLeft, m_content_width, 0, 0, Layout(text, style, m_content_width)});
        block.flow.space_before = space_before;
        block.flow.keep_with_next = keep_with_next;
        Measure(block);
        return m_blocks.emplace_back(std::move(block));
    }

    void BuildBlocks() {
        AddHeading();
        if (!m_document.title.empty()) {
            TextStyle title{kTitleSize, true, false, PANGO_ALIGN_CENTER, false, 0};
            AddText(m_document.title, title, 16, true);
        }
        if (!m_document.subtitle.empty()) {
            AddText(Join(m_document.subtitle).text,
                    {kBodySize + 0.5, true, false, PANGO_ALIGN_CENTER, false, 0}, 2, true);
        }
        AddParagraphs(m_document.before_table, 12);
        if (!m_document.table_caption.empty())
            AddText(m_document.table_caption, {kBodySize, true, false, PANGO_ALIGN_CENTER, false, 0}, 12,
                    true);
        AddTable();
        AddParagraphs(m_document.after_table, 12);
        AddClosing();
        AddParagraphs(m_document.closing_notes, 10);
    }

    // Nơi nhận at the bottom left (its label bold italic, the list smaller) and the signature
    // block at the bottom right (authority and title bold, room for the signature and seal, then
    // the name bold), kept together on one page as Decree 30/2020's model lays them out.
    void AddClosing() {
        const auto& signature = m_document.signature;
        if (m_document.recipients.empty() && signature.Empty()) return;
        const double left_width = m_content_width * 0.45;
        const double right_x = kMarginLeft + left_width;
        const double right_width = m_content_width - left_width;
        Block block;
        if (!m_document.recipients.empty()) {
            const bool vi = m_document.language == domain::Language::Vietnamese;
            LayoutPtr label =
                Layout(vi ? "Nơi nhận:" : "Recipients:",
                       {kRecipientsLabelSize, true, true, PANGO_ALIGN_LEFT, false, 0}, left_width);
            const double below = Height(label.get());
            block.cells.push_back({kMarginLeft, left_width, 0, 0, std::move(label)});
            block.cells.push_back(
                {kMarginLeft, left_width, 0, below,
                 Layout(Join(m_document.recipients).text,
                        {kRecipientsSize, false, false, PANGO_ALIGN_LEFT, false, 0}, left_width)});
        }
        if (!signature.Empty()) {
            m_signature_cell = block.cells.size();
            const TextStyle bold{kBodySize + 1, true, false, PANGO_ALIGN_CENTER, false, 0};
            LayoutPtr authority = Layout(Join(signature.authority).text, bold, right_width);
            const double below = Height(authority.get()) + kSignatureRoom;
            block.cells.push_back({right_x, right_width, 0, 0, std::move(authority)});
            block.cells.push_back(
                {right_x, right_width, 0, below, Layout(signature.name, bold, right_width)});
        }
        block.flow.space_before = 18;
        Measure(block);
        // Measure counts a cell's offset (pad_y) above and below it; here it only places the name
        // under the authority, so the block ends at the lowest cell's last line.
        double bottom = 0;
        for (const auto& cell : block.cells)
            bottom = std::max(bottom, cell.pad_y + Height(cell.layout.get()));
        block.flow.height = bottom;
        block.flow.breaks.clear();  // never split across pages
        // Never alone on the last page: the paragraph above comes with it.
        if (!m_blocks.empty()) m_blocks.back().flow.keep_with_next = true;
        m_closing_block = m_blocks.size();
        m_blocks.push_back(std::move(block));
    }

    // The heading's names are set one per line, as on paper: when a long name (or a wide font)
    // would wrap at the usual size, the size steps down until every name fits its line.
    LayoutPtr FittedLayout(const std::string& text, std::size_t lines, double width, bool bold = false,
                           std::optional<std::size_t> bold_from = std::nullopt) const {
        TextStyle style{kHeadingSize, bold, false, PANGO_ALIGN_CENTER, false, 0};
        LayoutPtr layout = Layout(text, style, width, bold_from);
        while (pango_layout_get_line_count(layout.get()) >
                   static_cast<int>(std::max<std::size_t>(lines, 1)) &&
               style.size > kSmallestHeadingSize) {
            style.size -= 0.5;
            layout = Layout(text, style, width, bold_from);
        }
        return layout;
    }

    // Issuing body on the left and the national heading on the right, each centred over its half
    // with a short rule beneath; then the reference and the place and date.
    void AddHeading() {
        const double left_width = m_content_width * 0.42;
        const double right_x = kMarginLeft + left_width;
        const double right_width = m_content_width - left_width;
        const JoinedLines left = Join(m_document.issuing_body);
        const JoinedLines right = Join(m_document.national_heading);
        Block block;
        // A gutter between the halves, so that two long names never touch.
        block.cells.push_back({kMarginLeft, left_width, kHeadingGutter, 0,
                               FittedLayout(left.text, m_document.issuing_body.size(),
                                            left_width - 2 * kHeadingGutter, false, left.last_start)});
        block.cells.push_back({right_x, right_width, kHeadingGutter, 0,
                               FittedLayout(right.text, m_document.national_heading.size(),
                                            right_width - 2 * kHeadingGutter, true)});
        // Decree 30/2020: a rule a third to a half as long as the body's name under it, and one as
        // long as the motto under the motto.
        if (!m_document.issuing_body.empty()) {
            const double length = LastLineWidth(block.cells[0].layout.get()) * 0.4;
            const double centre = kMarginLeft + left_width / 2;
            block.rules.push_back(
                {centre - length / 2, centre + length / 2, Height(block.cells[0].layout.get()) + 3});
        }
        if (!m_document.national_heading.empty()) {
            const double length = LastLineWidth(block.cells[1].layout.get());
            const double centre = right_x + right_width / 2;
            block.rules.push_back(
                {centre - length / 2, centre + length / 2, Height(block.cells[1].layout.get()) + 3});
        }
        Measure(block);
        block.flow.height += 4;  // room for the rules
        block.flow.breaks.clear();
        m_blocks.push_back(std::move(block));

        if (m_document.reference.empty() && m_document.place_and_date.empty()) return;
        Block dated;
        dated.cells.push_back({kMarginLeft, left_width, kHeadingGutter, 0,
                               FittedLayout(m_document.reference, 1, left_width - 2 * kHeadingGutter)});
        const TextStyle italic{kHeadingSize + 0.5, false, true, PANGO_ALIGN_CENTER, false, 0};
        dated.cells.push_back({right_x, right_width, kHeadingGutter, 0,
                               Layout(m_document.place_and_date, italic, right_width - 2 * kHeadingGutter)});
        dated.flow.space_before = 8;
        Measure(dated);
        dated.flow.breaks.clear();
        // Filled in later: the placeholders give the cells their heights, form fields show them.
        if (m_document.number_and_date_filled_later)
            for (auto& cell : dated.cells) cell.hidden = true;
        m_dated_block = m_blocks.size();
        m_blocks.push_back(std::move(dated));
    }

    void AddParagraphs(const std::vector<ReportParagraph>& paragraphs, double space_before_first) {
        for (std::size_t i = 0; i < paragraphs.size(); ++i) {
            const auto& paragraph = paragraphs[i];
            const double gap = i == 0 ? space_before_first : 5;
            switch (paragraph.style) {
                case ParagraphStyle::Heading:
                    AddText(paragraph.text, {kBodySize, true, false, PANGO_ALIGN_LEFT, false, 0}, gap + 3,
                            true);
                    break;
                case ParagraphStyle::Body:
                    AddText(paragraph.text,
                            {kBodySize, false, false, PANGO_ALIGN_LEFT, true, 10 * kMillimetre}, gap, false);
                    break;
                case ParagraphStyle::Note:
                    AddText(paragraph.text, {kNoteSize, false, true, PANGO_ALIGN_LEFT, false, 0}, gap, false);
                    break;
                case ParagraphStyle::Centred:
                    AddText(paragraph.text, {kBodySize + 0.5, true, false, PANGO_ALIGN_CENTER, false, 0},
                            gap + 3, true);
                    break;
            }
        }
    }

    static PangoAlignment Alignment(ColumnAlign align) {
        switch (align) {
            case ColumnAlign::Centre:
                return PANGO_ALIGN_CENTER;
            case ColumnAlign::Right:
                return PANGO_ALIGN_RIGHT;
            case ColumnAlign::Left:
                break;
        }
        return PANGO_ALIGN_LEFT;
    }

    void AddTable() {
        const auto& table = m_document.table;
        double weights = 0;
        for (const auto& column : table.columns) weights += column.width;
        std::vector<double> xs;
        std::vector<double> widths;
        double x = kMarginLeft;
        for (const auto& column : table.columns) {
            xs.push_back(x);
            widths.push_back(m_content_width * column.width / weights);
            x += widths.back();
        }
        const auto row_block = [&](const std::vector<std::string>& texts, bool bold, bool header) {
            Block block;
            for (std::size_t c = 0; c < texts.size(); ++c) {
                const TextStyle style{
                    kTableSize, bold, false, header ? PANGO_ALIGN_CENTER : Alignment(table.columns[c].align),
                    false,      0};
                block.cells.push_back({xs[c], widths[c], kCellPadX, kCellPadY,
                                       Layout(texts[c], style, widths[c] - 2 * kCellPadX)});
            }
            block.bordered = true;
            Measure(block);
            return block;
        };

        std::vector<std::string> headers;
        for (const auto& column : table.columns) headers.push_back(column.header);
        Block header = row_block(headers, true, true);
        header.shade = 0.85;
        header.flow.space_before = 8;
        header.flow.keep_with_next = true;
        header.flow.breaks.clear();  // a header row is never split
        m_table_header = m_blocks.size();
        m_blocks.push_back(std::move(header));

        for (const auto& row : table.rows) {
            std::vector<std::string> texts;
            for (const auto& cell : row.cells) texts.push_back(cell.text);
            Block block = row_block(texts, row.kind != RowKind::Item, false);
            block.flow.table_row = true;
            if (row.kind == RowKind::Group) {
                block.shade = 0.93;
                block.flow.keep_with_next = true;  // a group's title never ends a page alone
            }
            m_blocks.push_back(std::move(block));
        }
    }

    void DrawSlice(const FlowSlice& slice) {
        const Block& block = m_blocks[slice.block];
        const double height = slice.to - slice.from;
        const bool partial = slice.from > 0 || slice.to < block.flow.height;
        if (block.shade) {
            cairo_set_source_rgb(m_cr, *block.shade, *block.shade, *block.shade);
            for (const auto& cell : block.cells) cairo_rectangle(m_cr, cell.x, slice.y, cell.width, height);
            cairo_fill(m_cr);
        }
        cairo_set_source_rgb(m_cr, 0, 0, 0);
        cairo_save(m_cr);
        if (partial) {
            cairo_rectangle(m_cr, kMarginLeft - 1, slice.y, m_content_width + 2, height);
            cairo_clip(m_cr);
        }
        for (const auto& cell : block.cells) {
            if (cell.hidden) continue;
            cairo_move_to(m_cr, cell.x + cell.pad_x, slice.y - slice.from + cell.pad_y);
            pango_cairo_show_layout(m_cr, cell.layout.get());
        }
        cairo_restore(m_cr);
        cairo_set_line_width(m_cr, kRuleWidth);
        for (const auto& rule : block.rules) {
            if (rule.y < slice.from || rule.y > slice.to) continue;
            cairo_move_to(m_cr, rule.x1, slice.y - slice.from + rule.y);
            cairo_line_to(m_cr, rule.x2, slice.y - slice.from + rule.y);
            cairo_stroke(m_cr);
        }
        if (block.bordered) {
            cairo_set_line_width(m_cr, kBorderWidth);
            for (const auto& cell : block.cells) cairo_rectangle(m_cr, cell.x, slice.y, cell.width, height);
            cairo_stroke(m_cr);
        }
    }

    // A cell of a block drawn on a page, as a rectangle in PDF coordinates (from the bottom).
    PdfPlace CellPlace(const FlowSlice& slice, const CellBox& cell, double top_in_block,
                       double height) const {
        const double top = slice.y - slice.from + top_in_block;
        return {slice.page, cell.x, m_height - top - height, cell.width, height};
    }

    void NotePlaces(const FlowSlice& slice) {
        if (m_dated_block && slice.block == *m_dated_block) {
            const Block& block = m_blocks[slice.block];
            if (!m_document.reference.empty())
                m_places.reference = CellPlace(slice, block.cells[0], 0, Height(block.cells[0].layout.get()));
            if (!m_document.place_and_date.empty())
                m_places.place_and_date =
                    CellPlace(slice, block.cells[1], 0, Height(block.cells[1].layout.get()));
        }
        if (m_signature_cell && m_closing_block && slice.block == *m_closing_block) {
            const CellBox& authority = m_blocks[slice.block].cells[*m_signature_cell];
            const double below_title = Height(authority.layout.get());
            m_places.signature_room = CellPlace(slice, authority, below_title, kSignatureRoom);
        }
    }

    void DrawFooter(int page, int pages) {
        const TextStyle style{kFooterSize, false, false, PANGO_ALIGN_CENTER, false, 0};
        const LayoutPtr footer = Layout(PageLabel(page, pages, m_document.language), style, m_content_width);
        cairo_set_source_rgb(m_cr, 0, 0, 0);
        cairo_move_to(m_cr, kMarginLeft, m_height - kMarginBottom / 2 - Height(footer.get()) / 2);
        pango_cairo_show_layout(m_cr, footer.get());
    }

    const ReportDocument& m_document;
    double m_width = 0;
    double m_height = 0;
    double m_content_width = 0;
    cairo_t* m_cr = nullptr;  // owned by Render
    ContextPtr m_pango;
    std::vector<Block> m_blocks;
    std::optional<std::size_t> m_table_header;
    std::optional<std::size_t> m_dated_block;     // the reference and the place and date
    std::optional<std::size_t> m_closing_block;   // Nơi nhận and the signature block
    std::optional<std::size_t> m_signature_cell;  // the signer's title, in the closing block
    PdfPlaces m_places;
};

}  // namespace

std::string PdfReport(const ReportDocument& original) {
    Validate(original);
    const ReportDocument document = NormalisedText(original);
    return PdfRenderer(document).Render();
}

PdfPlace FirstPageTopRight(PageOrientation orientation) {
    const bool landscape = orientation == PageOrientation::Landscape;
    const double width = landscape ? kA4Long : kA4Short;
    const double height = landscape ? kA4Short : kA4Long;
    return {0, width - kMarginRight - kSealWidth, height - kSealTop - kSealHeight, kSealWidth, kSealHeight};
}

LaidOutPdf LaidOutPdfReport(const ReportDocument& original) {
    Validate(original);
    const ReportDocument document = NormalisedText(original);
    return PdfRenderer(document).RenderWithPlaces();
}

void WritePdfReport(const ReportDocument& document, const std::filesystem::path& target) {
    WriteFileWhole(target, PdfReport(document));
}

}  // namespace innodesk::reports
