// Report document as HTML.
#include "reports/html_report_writer.h"

namespace innodesk::reports {
namespace {

std::string Escape(const std::string& text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\n':
                out += "<br>";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string Lines(const std::vector<std::string>& lines) {
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) out += (i ? "<br>" : "") + Escape(lines[i]);
    return out;
}

std::string Paragraphs(const std::vector<ReportParagraph>& paragraphs) {
    std::string out;
    for (const auto& paragraph : paragraphs) {
        const char* kind = "body";
        switch (paragraph.style) {
            case ParagraphStyle::Heading:
                kind = "heading";
                break;
            case ParagraphStyle::Body:
                break;
            case ParagraphStyle::Note:
                kind = "note";
                break;
            case ParagraphStyle::Centred:
                kind = "centred";
                break;
        }
        out += "<p class=\"" + std::string(kind) + "\">" + Escape(paragraph.text) + "</p>\n";
    }
    return out;
}

const char* Align(ColumnAlign align) {
    switch (align) {
        case ColumnAlign::Centre:
            return "center";
        case ColumnAlign::Right:
            return "right";
        case ColumnAlign::Left:
            break;
    }
    return "left";
}

std::string Table(const ReportTable& table) {
    if (table.columns.empty()) return {};
    std::string out = "<table class=\"data\"><thead><tr>";
    for (const auto& column : table.columns) out += "<th>" + Escape(column.header) + "</th>";
    out += "</tr></thead><tbody>\n";
    for (const auto& row : table.rows) {
        out += row.kind == RowKind::Item ? "<tr>" : "<tr class=\"strong\">";
        for (std::size_t c = 0; c < row.cells.size() && c < table.columns.size(); ++c)
            out += "<td style=\"text-align:" + std::string(Align(table.columns[c].align)) + "\">" +
                   Escape(row.cells[c].text) + "</td>";
        out += "</tr>\n";
    }
    return out + "</tbody></table>\n";
}

}  // namespace

std::string HtmlReport(const ReportDocument& original) {
    Validate(original);
    const ReportDocument d = NormalisedText(original);
    const bool vi = d.language == domain::Language::Vietnamese;
    std::string html = "<!DOCTYPE html>\n<html lang=\"" + std::string(vi ? "vi" : "en") +
                       "\"><head><meta charset=\"utf-8\">\n<title>" + Escape(d.title);
    for (const auto& line : d.subtitle) html += " — " + Escape(line);
    html +=
        "</title>\n<style>\n"
        "body{font-family:'Times New Roman',serif;font-size:14pt;max-width:44em;margin:2em "
        "auto;line-height:1.4}\n"
        "table.frame{width:100%;border-collapse:collapse}table.frame td{vertical-align:top;text-align:center;"
        "width:50%}\n.upper{font-weight:bold}h1{text-align:center;font-size:1.15em;margin:1.2em 0 0}\n"
        ".subtitle{text-align:center;font-weight:bold;margin:0 0 1em}.date{font-style:italic}\n"
        "p.body{text-align:justify;text-indent:2.5em;margin:.35em 0}p.heading{font-weight:bold}\n"
        "p.centred{text-align:center;font-weight:bold;margin:.8em "
        "0}p.note{font-style:italic;font-size:.8em}\n"
        "table.data{border-collapse:collapse;width:100%;font-size:.85em;margin:.5em 0}\n"
        "table.data td,table.data th{border:1px solid #444;padding:.2em .4em}tr.strong td{font-weight:bold}\n"
        ".caption{text-align:center;font-weight:bold;margin-top:1em}\n"
        ".recipients{text-align:left;font-size:.8em}.sign{height:5em}\n</style></head><body>\n";
    html += "<table class=\"frame\"><tr><td>" + Lines(d.issuing_body) + "</td><td class=\"upper\">" +
            Lines(d.national_heading) + "</td></tr>\n<tr><td>" + Escape(d.reference) +
            "</td><td class=\"date\">" + Escape(d.place_and_date) + "</td></tr></table>\n";
    if (!d.title.empty()) html += "<h1>" + Escape(d.title) + "</h1>\n";
    if (!d.subtitle.empty()) html += "<p class=\"subtitle\">" + Lines(d.subtitle) + "</p>\n";
    html += Paragraphs(d.before_table);
    if (!d.table_caption.empty()) html += "<p class=\"caption\">" + Escape(d.table_caption) + "</p>\n";
    html += Table(d.table);
    html += Paragraphs(d.after_table);
    if (!d.recipients.empty() || !d.signature.Empty()) {
        html += "<table class=\"frame\"><tr><td class=\"recipients\">";
        if (!d.recipients.empty())
            html += "<b><i>" + std::string(vi ? "Nơi nhận:" : "Recipients:") + "</i></b><br>" +
                    Lines(d.recipients);
        html += "</td><td><b>" + Lines(d.signature.authority) + "</b><div class=\"sign\"></div><b>" +
                Escape(d.signature.name) + "</b></td></tr></table>\n";
    }
    html += Paragraphs(d.closing_notes);
    return html + "</body></html>\n";
}

}  // namespace innodesk::reports
