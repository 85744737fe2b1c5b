// Report documents as JSON (nlohmann/json), for the snapshots of issued reports.
#include "reports/report_document_json.h"

#include <nlohmann/json.hpp>

namespace innodesk::reports {

namespace {

using json = nlohmann::json;

constexpr const char* kFormat = "innodesk-report-document/1";

json Lines(const std::vector<std::string>& lines) {
    return json(lines);
}

json Paragraphs(const std::vector<ReportParagraph>& paragraphs) {
    json out = json::array();
    for (const auto& p : paragraphs)
        out.push_back({{"style", p.style == ParagraphStyle::Heading   ? "heading"
                                 : p.style == ParagraphStyle::Note    ? "note"
                                 : p.style == ParagraphStyle::Centred ? "centred"
                                                                      : "body"},
                       {"text", p.text}});
    return out;
}

const char* NumberName(CellNumber number) {
    switch (number) {
        case CellNumber::Count:
            return "count";
        case CellNumber::Money:
            return "money";
        case CellNumber::Percent:
            return "percent";
        case CellNumber::None:
            break;
    }
    return "none";
}

[[noreturn]] void Bad(const std::string& what) {
    throw domain::DomainError(domain::ErrorCode::FileFormat,
                              {"Bản lưu báo cáo đã ban hành bị hỏng: " + what + ".",
                               "The stored copy of the issued report is damaged: " + what + "."},
                              "snapshot");
}

std::vector<ReportParagraph> ParagraphsFrom(const json& items) {
    std::vector<ReportParagraph> out;
    for (const auto& item : items) {
        const std::string style = item.at("style");
        out.push_back({style == "heading"   ? ParagraphStyle::Heading
                       : style == "note"    ? ParagraphStyle::Note
                       : style == "centred" ? ParagraphStyle::Centred
                                            : ParagraphStyle::Body,
                       item.at("text")});
    }
    return out;
}

}  // namespace

std::string DocumentJson(const ReportDocument& d) {
    json table_columns = json::array();
    for (const auto& c : d.table.columns)
        table_columns.push_back({{"header", c.header},
                                 {"width", c.width},
                                 {"align", c.align == ColumnAlign::Centre  ? "centre"
                                           : c.align == ColumnAlign::Right ? "right"
                                                                           : "left"}});
    json rows = json::array();
    for (const auto& row : d.table.rows) {
        json cells = json::array();
        for (const auto& cell : row.cells)
            cells.push_back({{"text", cell.text},
                             {"number", NumberName(cell.number)},
                             {"whole", cell.whole},
                             {"percent", cell.percent}});
        rows.push_back({{"kind", row.kind == RowKind::Group   ? "group"
                                 : row.kind == RowKind::Total ? "total"
                                                              : "item"},
                        {"cells", cells},
                        {"summed_rows", row.summed_rows}});
    }
    const json out{{"format", kFormat},
                   {"language", d.language == domain::Language::Vietnamese ? "vi" : "en"},
                   {"orientation", d.orientation == PageOrientation::Landscape ? "landscape" : "portrait"},
                   {"issuing_body", Lines(d.issuing_body)},
                   {"reference", d.reference},
                   {"national_heading", Lines(d.national_heading)},
                   {"place_and_date", d.place_and_date},
                   {"title", d.title},
                   {"subtitle", Lines(d.subtitle)},
                   {"before_table", Paragraphs(d.before_table)},
                   {"table_caption", d.table_caption},
                   {"columns", table_columns},
                   {"rows", rows},
                   {"after_table", Paragraphs(d.after_table)},
                   {"recipients", Lines(d.recipients)},
                   {"signature", {{"authority", Lines(d.signature.authority)}, {"name", d.signature.name}}},
                   {"closing_notes", Paragraphs(d.closing_notes)}};
    return out.dump();
}

ReportDocument DocumentFromJson(const std::string& text) {
    const json in = json::parse(text, nullptr, false);
    if (in.is_discarded() || !in.is_object()) Bad("không phải JSON / not JSON");
    if (in.value("format", "") != kFormat) Bad("định dạng không phải " + std::string(kFormat));
    ReportDocument d;
    try {
        d.language = in.at("language") == "en" ? domain::Language::English : domain::Language::Vietnamese;
        d.orientation =
            in.at("orientation") == "landscape" ? PageOrientation::Landscape : PageOrientation::Portrait;
        d.issuing_body = in.at("issuing_body").get<std::vector<std::string>>();
        d.reference = in.at("reference");
        d.national_heading = in.at("national_heading").get<std::vector<std::string>>();
        d.place_and_date = in.at("place_and_date");
        d.title = in.at("title");
        d.subtitle = in.at("subtitle").get<std::vector<std::string>>();
        d.before_table = ParagraphsFrom(in.at("before_table"));
        d.table_caption = in.at("table_caption");
        for (const auto& c : in.at("columns")) {
            const std::string align = c.at("align");
            d.table.columns.push_back({c.at("header"), c.at("width"),
                                       align == "centre"  ? ColumnAlign::Centre
                                       : align == "right" ? ColumnAlign::Right
                                                          : ColumnAlign::Left});
        }
        for (const auto& r : in.at("rows")) {
            ReportRow row;
            const std::string kind = r.at("kind");
            row.kind = kind == "group" ? RowKind::Group : kind == "total" ? RowKind::Total : RowKind::Item;
            for (const auto& c : r.at("cells")) {
                const std::string number = c.at("number");
                row.cells.push_back({c.at("text"),
                                     number == "count"     ? CellNumber::Count
                                     : number == "money"   ? CellNumber::Money
                                     : number == "percent" ? CellNumber::Percent
                                                           : CellNumber::None,
                                     c.at("whole").get<std::int64_t>(), c.at("percent").get<double>()});
            }
            row.summed_rows = r.at("summed_rows").get<std::vector<std::size_t>>();
            d.table.rows.push_back(std::move(row));
        }
        d.after_table = ParagraphsFrom(in.at("after_table"));
        d.recipients = in.at("recipients").get<std::vector<std::string>>();
        d.signature.authority = in.at("signature").at("authority").get<std::vector<std::string>>();
        d.signature.name = in.at("signature").at("name");
        // Copies stored before closing notes existed have none.
        if (in.contains("closing_notes")) d.closing_notes = ParagraphsFrom(in.at("closing_notes"));
    } catch (const json::exception& error) {
        Bad(error.what());
    }
    Validate(d);
    return d;
}

}  // namespace innodesk::reports
