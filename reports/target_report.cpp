// A plan's evaluation as a report document.
#include "reports/target_report.h"

#include "reports/report_labels.h"
#include "reports/target_narrative.h"

#include <cmath>

namespace innodesk::reports {

namespace {

using domain::Language;
using domain::TargetEvaluation;
using domain::TargetKind;

std::string In(const domain::LocalisedText& text, Language language) {
    return text.In(language);
}

// The actual as a number the spreadsheet can compute with, or words when there is none.
ReportCell ResultCell(const TargetEvaluation& target, Language language) {
    if (!target.actual) return ReportCell::Text(language == Language::Vietnamese ? "Chưa có" : "None");
    const double actual = *target.actual;
    switch (target.kind) {
        case TargetKind::Percentage:
            return ReportCell::Percent(actual, language);
        case TargetKind::Money:
            return ReportCell::Amount(domain::Money::Dong(std::llround(actual)), language);
        case TargetKind::DistinctEnterprises:
        case TargetKind::Objects:
        case TargetKind::PersonTimes:
        case TargetKind::Events:
        case TargetKind::Rank:
            break;
    }
    // Counts are whole; a manual value typed with a fraction stays as the words people entered.
    if (std::abs(actual - std::round(actual)) < 1e-9)
        return ReportCell::Count(std::llround(actual), language);
    return ReportCell::Text(domain::FormatFigure(actual, language));
}

std::string Note(const TargetEvaluation& target, Language language) {
    const bool vi = language == Language::Vietnamese;
    std::vector<std::string> parts;
    if (target.kind == TargetKind::Percentage && target.numerator && target.denominator)
        parts.push_back((vi ? "Tỷ lệ " : "Share ") +
                        domain::FormatFigure(static_cast<double>(*target.numerator), language) + "/" +
                        domain::FormatFigure(static_cast<double>(*target.denominator), language));
    if (target.manual) {
        if (target.manual_value)
            parts.push_back((vi ? "Nhập tay: " : "Entered by hand: ") + target.manual_value->source + " (" +
                            target.manual_value->as_of.Format() + ")");
        else
            parts.push_back(vi ? "Chỉ tiêu nhập tay, chưa có số liệu" : "Entered by hand, no value yet");
    }
    if (target.quarters.size() > 1) {
        std::string quarters;
        for (const auto& quarter : target.quarters) {
            if (!quarter.value) continue;
            const auto period = domain::Period::Parse(quarter.period);
            quarters += (quarters.empty() ? "" : ", ") + period.Label().In(language) + ": " +
                        domain::FormatFigure(*quarter.value, language);
        }
        if (!quarters.empty()) parts.push_back((vi ? "Theo quý: " : "By quarter: ") + quarters);
    }
    if (!target.monitoring_units.empty()) {
        std::string units;
        for (const auto& unit : target.monitoring_units)
            units += (units.empty() ? "" : ", ") + unit.In(language);
        parts.push_back((vi ? "Phối hợp: " : "With: ") + units);
    }
    if (!target.source.empty()) parts.push_back((vi ? "Nguồn: " : "Source: ") + target.source);
    std::string note;
    for (const auto& part : parts) note += (note.empty() ? "" : ". ") + part;
    return note;
}

}  // namespace

ReportDocument TargetReport(const domain::PlanEvaluation& evaluation, const TargetReportHeading& heading,
                            Language language) {
    const bool vi = language == Language::Vietnamese;
    ReportDocument doc;
    doc.language = language;
    doc.orientation = PageOrientation::Landscape;
    doc.issuing_body = heading.issuing_body;
    doc.reference = heading.reference;
    doc.national_heading = NationalHeading(language);
    doc.place_and_date = PlaceAndDate(heading.place, heading.date, language);
    doc.title = vi ? "BÁO CÁO" : "REPORT";
    doc.subtitle = {(vi ? "Kết quả thực hiện " : "Progress of ") + In(evaluation.plan_title, language),
                    evaluation.period.Label().In(language)};
    doc.before_table.push_back({ParagraphStyle::Heading, vi ? "1. Đánh giá chung" : "1. Overview"});
    for (auto& paragraph : TargetNarrative(evaluation, language))
        doc.before_table.push_back(std::move(paragraph));
    doc.table_caption = vi ? "2. Kết quả thực hiện các chỉ tiêu" : "2. Results by target";

    auto& table = doc.table;
    table.columns = {{"STT", 5, ColumnAlign::Centre},
                     {vi ? "Chỉ tiêu, nhiệm vụ" : "Target or task", 31, ColumnAlign::Left},
                     {vi ? "Kế hoạch" : "Plan", 16, ColumnAlign::Left},
                     {vi ? "Kết quả" : "Result", 14, ColumnAlign::Right},
                     {vi ? "Đơn vị tính" : "Unit", 10, ColumnAlign::Centre},
                     {vi ? "Đánh giá" : "Status", 12, ColumnAlign::Centre},
                     {vi ? "Đơn vị chủ trì" : "Lead unit", 18, ColumnAlign::Left},
                     {vi ? "Ghi chú" : "Note", 24, ColumnAlign::Left}};
    const auto text = [](std::string value) { return ReportCell::Text(std::move(value)); };

    table.AddGroup({text("I"), text(vi ? "Các chỉ tiêu của kế hoạch" : "The plan's targets"), text(""),
                    text(""), text(""), text(""), text(""), text("")});
    for (const auto& target : evaluation.targets) {
        const auto& status = domain::EntryOf(domain::TargetStatuses(), target.status);
        table.AddItem({text(target.stt.empty() ? std::to_string(target.order) : target.stt),
                       text(In(target.label, language)), text(In(target.bound_text, language)),
                       ResultCell(target, language), text(In(target.unit, language)),
                       text(std::string(vi ? status.vi : status.en)), text(In(target.lead_unit, language)),
                       text(Note(target, language))});
    }

    table.AddGroup({text("II"), text(vi ? "Tổng hợp mức độ thực hiện" : "Summary by status"), text(""),
                    text(""), text(""), text(""), text(""), text("")});
    const std::string unit = vi ? "chỉ tiêu" : "targets";
    int number = 0;
    for (const auto& status : domain::TargetStatuses()) {
        std::int64_t count = 0;
        for (const auto& target : evaluation.targets) count += target.status == status.value ? 1 : 0;
        table.AddItem({text(std::to_string(++number)), text(std::string(vi ? status.vi : status.en)),
                       text(""), ReportCell::Count(count, language), text(unit), text(""), text(""),
                       text("")});
    }
    table.AddTotal({text(""), text(vi ? "Tổng số chỉ tiêu" : "All targets"), text(""), text(""), text(unit),
                    text(""), text(""), text("")},
                   table.ItemsOfCurrentGroup(), language);

    doc.after_table.push_back(
        {ParagraphStyle::Note,
         vi ? "Số liệu tính đến ngày " + evaluation.as_of.Format() +
                  " từ cơ sở dữ liệu InnoDesk. Chỉ tiêu “khoảng” được coi là đạt khi thấp hơn con số kế "
                  "hoạch "
                  "không quá 1; đánh giá tiến độ so với tỷ lệ thời gian đã qua của kỳ báo cáo."
            : "Figures as of " + evaluation.as_of.Format() +
                  " from the InnoDesk database. An “about” target counts as met when at most 1 below its "
                  "figure; "
                  "progress is judged against the share of the reporting period elapsed."});
    return doc;
}

}  // namespace innodesk::reports
