// A plan's evaluation, work items and tasks as an administrative report document.
#include "reports/target_report.h"

#include "reports/report_labels.h"
#include "reports/target_narrative.h"

#include <cctype>
#include <cmath>
#include <map>
#include <set>

namespace innodesk::reports {

namespace {

using domain::Language;
using domain::TargetEvaluation;
using domain::TargetKind;

constexpr std::size_t kColumns = 7;

std::string In(const domain::LocalisedText& text, Language language) {
    return text.In(language);
}

ReportCell Text(std::string value) {
    return ReportCell::Text(std::move(value));
}

std::string Joined(const std::vector<domain::LocalisedText>& units, Language language) {
    std::string joined;
    for (const auto& unit : units) joined += (joined.empty() ? "" : "; ") + unit.In(language);
    return joined;
}

// The actual in words with its unit: "16 doanh nghiệp", "50 % (8/16)", "1.250.000.000 đồng".
std::string ActualText(const TargetEvaluation& target, Language language) {
    const bool vi = language == Language::Vietnamese;
    if (!target.actual) return vi ? "chưa có số liệu" : "no data yet";
    const double actual = *target.actual;
    std::string text;
    if (target.kind == TargetKind::Percentage)
        text = domain::FormatFigure(actual, language) + " %";  // as the plan's figure is written
    else if (std::abs(actual - std::round(actual)) < 1e-9)
        text = GroupedNumber(std::llround(actual), language);
    else
        text = domain::FormatFigure(actual, language);
    const std::string unit = In(target.unit, language);
    if (!unit.empty() && unit != "%") text += " " + unit;
    if (target.kind == TargetKind::Percentage && target.numerator && target.denominator)
        text += " (" + GroupedNumber(*target.numerator, language) + "/" +
                GroupedNumber(*target.denominator, language) + ")";
    return text;
}

// The "sản phẩm/kết quả" of a target: the plan's figure, the result, the quarters of a longer
// period, and where a value entered by hand came from.
std::string TargetResult(const TargetEvaluation& target, Language language) {
    const bool vi = language == Language::Vietnamese;
    std::string text = (vi ? "Kế hoạch: " : "Plan: ") + In(target.bound_text, language) + "\n" +
                       (vi ? "Kết quả: " : "Result: ") + ActualText(target, language);
    if (target.quarters.size() > 1) {
        std::string quarters;
        for (const auto& quarter : target.quarters) {
            if (!quarter.value) continue;
            quarters += (quarters.empty() ? "" : "; ") +
                        domain::Period::Parse(quarter.period).Label().In(language) + ": " +
                        domain::FormatFigure(*quarter.value, language);
        }
        if (!quarters.empty()) text += "\n" + quarters;
    }
    if (target.manual) {
        if (target.manual_value)
            text += "\n" + std::string(vi ? "Số liệu do " : "Figure from ") + target.manual_value->source +
                    (vi ? " cung cấp, ngày " : ", dated ") + target.manual_value->as_of.Format();
        else
            text += vi ? "\nChỉ tiêu cần nhập số liệu" : "\nA figure must be entered";
    }
    return text;
}

std::string StatusText(const TargetEvaluation& target, Language language) {
    const auto& status = domain::EntryOf(domain::TargetStatuses(), target.status);
    return std::string(language == Language::Vietnamese ? status.vi : status.en);
}

// The appendix row a source names, so that a target and a work item transcribed from the same
// row are recognised: the part before a colon, letters and digits only ("002 Phụ lục II, mục
// 2.a" and "002 Phụ lục II, mục 2 a)" are the same row).
std::string RowKey(const std::string& source) {
    const std::string row = source.substr(0, source.find(':'));
    std::string key;
    for (const char c : row)
        if (static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c))) key += c;
    return key;
}

// "I. Triển khai …" → {"I", "Triển khai …"}; a heading without a roman number keeps its words.
std::pair<std::string, std::string> SectionParts(const std::string& heading) {
    std::size_t end = 0;
    while (end < heading.size() && std::string_view("IVXLC").find(heading[end]) != std::string_view::npos)
        ++end;
    if (end == 0 || end >= heading.size() || heading[end] != '.') {
        // "2. Các chương trình …": an arabic number is the section's number too.
        end = 0;
        while (end < heading.size() && std::isdigit(static_cast<unsigned char>(heading[end]))) ++end;
        if (end == 0 || end >= heading.size() || heading[end] != '.') return {"", heading};
    }
    std::size_t rest = end + 1;
    while (rest < heading.size() && heading[rest] == ' ') ++rest;
    return {heading.substr(0, end), heading.substr(rest)};
}

std::string WorkItemStatusText(const ReportWorkItem& row, Language language) {
    const bool vi = language == Language::Vietnamese;
    std::string text;
    if (row.latest) {
        const auto& status = domain::EntryOf(domain::WorkItemStatuses(), row.latest->status);
        text = std::string(vi ? status.vi : status.en);
        if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    } else {
        text = vi ? "Chưa có báo cáo" : "Not reported";
    }
    if (row.overdue) text += vi ? " (quá hạn)" : " (overdue)";
    return text;
}

std::string TaskDates(const ReportTask& task) {
    if (task.starts_on && task.ends_on) return task.starts_on->Format() + " – " + task.ends_on->Format();
    if (task.ends_on) return task.ends_on->Format();
    if (task.starts_on) return task.starts_on->Format();
    return "";
}

std::string TaskStateText(const ReportTask& task, Language language) {
    const auto& state = domain::EntryOf(domain::TaskLifecycle().states, task.state);
    std::string text(language == Language::Vietnamese ? state.vi : state.en);
    if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    return text;
}

void AddParagraphs(std::vector<ReportParagraph>& paragraphs, const std::string& text,
                   const std::string& missing) {
    std::size_t start = 0;
    bool any = false;
    while (start <= text.size()) {
        const auto end = text.find('\n', start);
        std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        const auto first = line.find_first_not_of(" \t");
        if (first != std::string::npos) {
            paragraphs.push_back({ParagraphStyle::Body, line.substr(first)});
            any = true;
        }
        if (end == std::string::npos) break;
        start = end + 1;
    }
    if (!any) paragraphs.push_back({ParagraphStyle::Note, missing});
}

// "- Bộ Khoa học và Công nghệ;" … "- Lưu: VT, KHTC." as Decree 30's model prints the list.
std::vector<std::string> RecipientLines(const std::vector<std::string>& recipients) {
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < recipients.size(); ++i) {
        std::string line = recipients[i];
        while (!line.empty() && (line.back() == ';' || line.back() == '.' || line.back() == ' '))
            line.pop_back();
        if (line.rfind("- ", 0) != 0) line = "- " + line;
        lines.push_back(line + (i + 1 == recipients.size() ? "." : ";"));
    }
    return lines;
}

}  // namespace

std::string ReferenceLine(int number, const std::string& symbol, Language language) {
    const std::string label = language == Language::Vietnamese ? "Số: " : "No.: ";
    if (symbol.empty()) return number > 0 ? label + std::to_string(number) : std::string();
    // Decree 30: numbers below 10 take a leading zero ("Số: 05/BC-SKHCN").
    const std::string figure = number <= 0 ? "    " : (number < 10 ? "0" : "") + std::to_string(number);
    return label + figure + "/" + symbol;
}

ReportDocument TargetReport(const domain::PlanEvaluation& evaluation, const TargetReportHeading& heading,
                            Language language) {
    TargetReportContent content;
    content.evaluation = evaluation;
    return TargetReport(content, heading, language);
}

ReportDocument TargetReport(const TargetReportContent& content, const TargetReportHeading& heading,
                            Language language) {
    const bool vi = language == Language::Vietnamese;
    const auto& evaluation = content.evaluation;
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
    doc.before_table.push_back({ParagraphStyle::Heading, vi ? "I. KẾT QUẢ THỰC HIỆN" : "I. RESULTS"});
    doc.before_table.push_back({ParagraphStyle::Heading, vi ? "1. Đánh giá chung" : "1. Overview"});
    for (auto& paragraph : TargetNarrative(evaluation, language))
        doc.before_table.push_back(std::move(paragraph));
    if (!content.work_items.empty()) {
        std::map<domain::WorkItemStatus, int> by_status;
        int overdue = 0;
        int unreported = 0;
        for (const auto& row : content.work_items) {
            if (row.latest)
                ++by_status[row.latest->status];
            else
                ++unreported;
            overdue += row.overdue ? 1 : 0;
        }
        const auto count = [&](domain::WorkItemStatus status) {
            const auto found = by_status.find(status);
            return found == by_status.end() ? 0 : found->second;
        };
        const std::string total = std::to_string(content.work_items.size());
        std::string sentence =
            vi ? "Về các nhiệm vụ của kế hoạch: " + std::to_string(count(domain::WorkItemStatus::Done)) +
                     "/" + total + " nhiệm vụ đã hoàn thành, " +
                     std::to_string(count(domain::WorkItemStatus::InProgress)) + " đang thực hiện, " +
                     std::to_string(count(domain::WorkItemStatus::Late)) + " chậm tiến độ, " +
                     std::to_string(count(domain::WorkItemStatus::NotStarted) + unreported) +
                     " chưa triển khai hoặc chưa có báo cáo"
               : "Of the plan's work items, " + std::to_string(count(domain::WorkItemStatus::Done)) + " of " +
                     total + " are done, " + std::to_string(count(domain::WorkItemStatus::InProgress)) +
                     " in progress, " + std::to_string(count(domain::WorkItemStatus::Late)) + " late, " +
                     std::to_string(count(domain::WorkItemStatus::NotStarted) + unreported) +
                     " not started or not reported";
        if (count(domain::WorkItemStatus::Dropped) > 0)
            sentence += (vi ? ", " : ", ") + std::to_string(count(domain::WorkItemStatus::Dropped)) +
                        (vi ? " không thực hiện" : " dropped");
        sentence += overdue > 0 ? (vi ? "; " + std::to_string(overdue) + " nhiệm vụ đã quá hạn."
                                      : "; " + std::to_string(overdue) + " are overdue.")
                                : ".";
        doc.before_table.push_back({ParagraphStyle::Body, sentence});
    }
    doc.table_caption =
        vi ? "2. Kết quả thực hiện các chỉ tiêu, nhiệm vụ" : "2. Results by target and work item";

    auto& table = doc.table;
    table.columns = {{"STT", 5, ColumnAlign::Centre},
                     {vi ? "Nội dung" : "Content", 36, ColumnAlign::Left},
                     {vi ? "Sản phẩm/kết quả" : "Product or result", 30, ColumnAlign::Left},
                     {vi ? "Đơn vị chủ trì" : "Lead unit", 14, ColumnAlign::Left},
                     {vi ? "Đơn vị phối hợp" : "Cooperating units", 16, ColumnAlign::Left},
                     {vi ? "Thời gian" : "Timing", 11, ColumnAlign::Centre},
                     {vi ? "Đánh giá" : "Assessment", 12, ColumnAlign::Centre}};
    const auto group = [&](std::string number, std::string title) {
        std::vector<ReportCell> cells(kColumns, Text(""));
        cells[0] = Text(std::move(number));
        cells[1] = Text(std::move(title));
        table.AddGroup(std::move(cells));
    };

    // A target transcribed from the same appendix row as a work item is reported on that row.
    std::map<std::string, const TargetEvaluation*> target_of_row;
    for (const auto& target : evaluation.targets)
        if (!target.source.empty()) target_of_row.emplace(RowKey(target.source), &target);
    std::set<const TargetEvaluation*> on_work_items;
    for (const auto& row : content.work_items) {
        const auto found = target_of_row.find(RowKey(row.item.source));
        if (!row.item.source.empty() && found != target_of_row.end()) on_work_items.insert(found->second);
    }

    const std::string period = evaluation.period.Label().In(language);
    if (on_work_items.size() < evaluation.targets.size())
        group("A", vi ? "CÁC CHỈ TIÊU CỦA KẾ HOẠCH" : "THE PLAN'S TARGETS");
    for (const auto& target : evaluation.targets) {
        if (on_work_items.count(&target) > 0) continue;
        table.AddItem({Text(target.stt.empty() ? std::to_string(target.order) : target.stt),
                       Text(In(target.label, language)), Text(TargetResult(target, language)),
                       Text(In(target.lead_unit, language)), Text(Joined(target.cooperating_units, language)),
                       Text(period), Text(StatusText(target, language))});
    }

    if (!content.work_items.empty()) {
        group("B", vi ? "CÁC NHIỆM VỤ CỦA KẾ HOẠCH" : "THE PLAN'S WORK ITEMS");
        std::string section;
        bool first = true;
        for (const auto& row : content.work_items) {
            const std::string heading_text = In(row.item.section, language);
            if (first || heading_text != section) {
                section = heading_text;
                first = false;
                if (!section.empty()) {
                    auto [number, title] = SectionParts(section);
                    group(std::move(number), std::move(title));
                }
            }
            std::string result = In(row.item.product, language);
            if (row.latest && !row.latest->result.empty())
                result += (result.empty() ? "" : "\n") + std::string(vi ? "Kết quả: " : "Result: ") +
                          row.latest->result;
            std::string assessment = WorkItemStatusText(row, language);
            const auto target = target_of_row.find(RowKey(row.item.source));
            if (!row.item.source.empty() && target != target_of_row.end()) {
                result += (result.empty() ? "" : "\n") + TargetResult(*target->second, language);
                assessment = StatusText(*target->second, language);
            }
            std::string cooperating = Joined(row.item.cooperating_units, language);
            table.AddItem({Text(row.item.stt), Text(In(row.item.content, language)), Text(result),
                           Text(In(row.item.lead_unit, language)), Text(cooperating),
                           Text(row.item.timing.text), Text(assessment)});
            for (const auto& task : row.tasks)
                table.AddItem({Text("-"), Text((vi ? "Nhiệm vụ " : "Task ") + task.code + ": " + task.title),
                               Text(""), Text(task.lead), Text(""), Text(TaskDates(task)),
                               Text(TaskStateText(task, language))});
        }
    }

    group("C", vi ? "TỔNG HỢP MỨC ĐỘ THỰC HIỆN CHỈ TIÊU" : "TARGETS BY STATUS");
    const std::string unit = vi ? "chỉ tiêu" : "targets";
    int number = 0;
    for (const auto& status : domain::TargetStatuses()) {
        std::int64_t count = 0;
        for (const auto& target : evaluation.targets) count += target.status == status.value ? 1 : 0;
        table.AddItem({Text(std::to_string(++number)), Text(std::string(vi ? status.vi : status.en)),
                       ReportCell::Count(count, language), Text(unit), Text(""), Text(""), Text("")});
    }
    table.AddTotal({Text(""), Text(vi ? "Tổng số chỉ tiêu" : "All targets"), Text(""), Text(unit), Text(""),
                    Text(""), Text("")},
                   table.ItemsOfCurrentGroup(), language);

    doc.after_table.push_back(
        {ParagraphStyle::Note, vi ? "Số liệu tổng hợp đến ngày " + evaluation.as_of.Format() + "."
                                  : "Figures as of " + evaluation.as_of.Format() + "."});
    doc.after_table.push_back(
        {ParagraphStyle::Heading, vi ? "II. KHÓ KHĂN, VƯỚNG MẮC" : "II. DIFFICULTIES AND OBSTACLES"});
    AddParagraphs(doc.after_table, content.difficulties,
                  vi ? "(Cán bộ theo dõi ghi khó khăn, vướng mắc trước khi ban hành.)"
                     : "(The officer writes the difficulties before the report is issued.)");
    doc.after_table.push_back(
        {ParagraphStyle::Heading, vi ? "III. ĐỀ XUẤT, KIẾN NGHỊ" : "III. PROPOSALS AND RECOMMENDATIONS"});
    AddParagraphs(doc.after_table, content.proposals,
                  vi ? "(Cán bộ theo dõi ghi đề xuất, kiến nghị trước khi ban hành.)"
                     : "(The officer writes the proposals before the report is issued.)");
    doc.recipients = RecipientLines(heading.recipients);
    doc.signature = heading.signature;
    return doc;
}

}  // namespace innodesk::reports
