// Plans, targets and bounds: enumerations, validation and the words that describe a bound.
#include "plan.h"

#include "metric_catalogue.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <set>

namespace innodesk::domain {
namespace {

constexpr std::array<EnumEntry<TargetKind>, 7> kTargetKinds{{
    {TargetKind::DistinctEnterprises, "distinct_enterprises", "số doanh nghiệp (mỗi doanh nghiệp một lần)",
     "distinct enterprises"},
    {TargetKind::Objects, "objects", "số đối tượng", "objects"},
    {TargetKind::PersonTimes, "person_times", "lượt người", "person-times"},
    {TargetKind::Events, "events", "số sự kiện", "events"},
    {TargetKind::Money, "money", "số tiền (đồng)", "money (VND)"},
    {TargetKind::Percentage, "percentage", "tỷ lệ phần trăm", "percentage of a base"},
    {TargetKind::Rank, "rank", "thứ hạng", "rank"},
}};

constexpr std::array<EnumEntry<BoundForm>, 7> kBoundForms{{
    {BoundForm::AtLeast, "at_least", "tối thiểu", "at least"},
    {BoundForm::About, "about", "khoảng", "about"},
    {BoundForm::Range, "range", "trong khoảng", "range"},
    {BoundForm::AtMost, "at_most", "tối đa", "at most"},
    {BoundForm::GreaterThan, "greater_than", "lớn hơn", "greater than"},
    {BoundForm::Qualitative, "qualitative", "định tính (cán bộ đánh giá)",
     "qualitative (assessed by an officer)"},
    {BoundForm::ChangePerYear, "change_per_year", "tăng trung bình mỗi năm", "average change per year"},
}};

[[noreturn]] void Invalid(const std::string& vi, const std::string& en, const std::string& field) {
    throw DomainError(ErrorCode::InvalidValue, {vi, en}, field);
}

template <typename Enum>
std::string JoinCodes(std::span<const EnumEntry<Enum>> table, const std::vector<Enum>& values) {
    std::string out;
    for (const Enum value : values) out += (out.empty() ? "" : ",") + std::string(EntryOf(table, value).code);
    return out;
}

template <typename Enum>
std::vector<Enum> SplitCodes(std::span<const EnumEntry<Enum>> table, std::string_view list,
                             std::string_view field, std::string_view what_vi, std::string_view what_en) {
    std::vector<Enum> values;
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t comma = std::min(list.find(',', start), list.size());
        const Enum value = ParseEnum(table, list.substr(start, comma - start), field, what_vi, what_en);
        if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
        start = comma + 1;
    }
    return values;
}

}  // namespace

namespace {
bool IsCodeCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-' || c == '.';
}

}  // namespace

void RequireCode(const std::string& code, const std::string& what_vi, const std::string& what_en,
                 const std::string& field) {
    if (code.empty() || code.size() > 40 || !std::all_of(code.begin(), code.end(), IsCodeCharacter))
        Invalid(what_vi + " '" + code + "' không hợp lệ: dùng 1–40 ký tự A–Z, a–z, 0–9, '_', '-' hoặc '.'.",
                what_en + " '" + code + "' is not valid: use 1–40 characters A–Z, a–z, 0–9, '_', '-' or '.'.",
                field);
}

std::span<const EnumEntry<TargetKind>> TargetKinds() {
    return kTargetKinds;
}
std::span<const EnumEntry<BoundForm>> BoundForms() {
    return kBoundForms;
}

void ValidateBound(const Bound& bound, TargetKind kind, const LocalisedText& what) {
    auto bad = [&](const std::string& vi, const std::string& en) {
        Invalid(what.vi + ": " + vi, what.en + ": " + en, "bound");
    };
    if (!std::isfinite(bound.min) || !std::isfinite(bound.max) || bound.min < 0 || bound.max < 0)
        bad("con số của chỉ tiêu phải là số không âm.",
            "the figures of a bound must be numbers of zero or more.");
    if (bound.min > bound.max)
        bad("cận dưới " + FormatFigure(bound.min, Language::Vietnamese) + " lớn hơn cận trên " +
                FormatFigure(bound.max, Language::Vietnamese) + "; cần min ≤ max.",
            "the low end " + FormatFigure(bound.min, Language::English) + " is above the high end " +
                FormatFigure(bound.max, Language::English) + "; a bound needs min ≤ max.");
    if (kind == TargetKind::Percentage && bound.max > 100)
        bad("tỷ lệ không vượt quá 100%.", "a percentage cannot exceed 100%.");
    if (kind == TargetKind::Rank && bound.form != BoundForm::AtMost && bound.form != BoundForm::Qualitative)
        bad("chỉ tiêu thứ hạng phải có dạng 'tối đa' (≤ N): hạng càng nhỏ càng tốt.",
            "a rank target must be 'at most' (≤ N): a smaller rank is better.");
    if (bound.form == BoundForm::Qualitative && (bound.quality.vi.empty() || bound.quality.en.empty()))
        bad("chỉ tiêu định tính cần lời của kế hoạch bằng cả tiếng Việt và tiếng Anh.",
            "a qualitative target needs the plan's words in both Vietnamese and English.");
    if (bound.form == BoundForm::ChangePerYear && kind != TargetKind::Percentage)
        bad("chỉ tiêu tăng mỗi năm là một tỷ lệ phần trăm: dùng loại 'percentage'.",
            "a change per year is a percentage: use kind 'percentage'.");
}

std::string AboutTolerance::Text(Language language) const {
    return FormatFigure(amount, language) + (percent ? "%" : "");
}

std::string AboutTolerance::Code() const {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", amount);
    return std::string(buffer) + (percent ? "%" : "");
}

AboutTolerance AboutTolerance::Parse(std::string_view code, std::string_view field) {
    const std::string quoted(code);
    AboutTolerance tolerance;
    while (!code.empty() && code.back() == ' ') code.remove_suffix(1);
    if (!code.empty() && code.back() == '%') {
        tolerance.percent = true;
        code.remove_suffix(1);
    }
    const auto refuse = [&] {
        Invalid(
            "Dung sai của chỉ tiêu 'khoảng' '" + quoted +
                "' không hợp lệ: ghi một số không âm (1) hoặc một phần trăm của con số (10%, tối đa 100%).",
            "The tolerance of 'about' targets '" + quoted +
                "' is not valid: write a number of zero or more (1) or a percent of the figure (10%, at "
                "most 100%).",
            std::string(field));
    };
    try {
        tolerance.amount = ParseFigure(code, field);
    } catch (const DomainError&) {
        refuse();
    }
    if (tolerance.amount < 0 || (tolerance.percent && tolerance.amount > 100)) refuse();
    return tolerance;
}

std::string FormatFigure(double value, Language language) {
    const bool vi = language == Language::Vietnamese;
    const double rounded = std::round(value * 10) / 10;
    const long long whole = static_cast<long long>(std::floor(std::fabs(rounded)));
    const int tenth =
        static_cast<int>(std::lround((std::fabs(rounded) - static_cast<double>(whole)) * 10)) % 10;
    std::string digits = std::to_string(whole);
    std::string grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) grouped += vi ? '.' : ',';
        grouped += digits[i];
    }
    if (rounded < 0) grouped.insert(grouped.begin(), '-');
    if (tenth != 0) grouped += std::string(vi ? "," : ".") + std::to_string(tenth);
    return grouped;
}

double ParseFigure(std::string_view typed, std::string_view field) {
    const std::string quoted(typed);
    const auto not_space = [](char c) { return c != ' ' && c != '\t' && c != '\n' && c != '\r'; };
    while (!typed.empty() && !not_space(typed.front())) typed.remove_prefix(1);
    while (!typed.empty() && !not_space(typed.back())) typed.remove_suffix(1);
    // Either decimal mark: officers type 4,5 or 4.5.
    const bool plus = typed.size() > 1 && typed.front() == '+' && typed[1] != '-';
    std::string text(typed.substr(plus ? 1 : 0));
    std::replace(text.begin(), text.end(), ',', '.');
    double number = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), number);
    if (text.empty() || error != std::errc() || end != text.data() + text.size() || !std::isfinite(number))
        throw DomainError(ErrorCode::InvalidValue,
                          {"Giá trị '" + quoted + "' không phải là một số. Nhập ví dụ 4,5.",
                           "The value '" + quoted + "' is not a number. Type e.g. 4.5."},
                          std::string(field));
    return number;
}

LocalisedText DescribeBound(const Bound& bound, const LocalisedText& unit, const AboutTolerance& tolerance) {
    auto figure = [](double v, Language l) { return FormatFigure(v, l); };
    auto span = [&](Language l) { return figure(bound.min, l) + "–" + figure(bound.max, l); };
    auto with_unit = [](std::string text, const std::string& u) { return u.empty() ? text : text + " " + u; };
    switch (bound.form) {
        case BoundForm::AtLeast:
            return {with_unit("từ " + figure(bound.min, Language::Vietnamese), unit.vi),
                    with_unit("at least " + figure(bound.min, Language::English), unit.en)};
        case BoundForm::AtMost:
            return {with_unit("tối đa " + figure(bound.max, Language::Vietnamese), unit.vi),
                    with_unit("at most " + figure(bound.max, Language::English), unit.en)};
        case BoundForm::Range:
            return {with_unit(span(Language::Vietnamese), unit.vi),
                    with_unit(span(Language::English), unit.en)};
        case BoundForm::GreaterThan:
            return {with_unit("> " + figure(bound.min, Language::Vietnamese), unit.vi),
                    with_unit("> " + figure(bound.min, Language::English), unit.en)};
        case BoundForm::Qualitative:
            return bound.quality;
        case BoundForm::ChangePerYear:
            return {"tăng ≥ " + figure(bound.min, Language::Vietnamese) + "%/năm",
                    "up ≥ " + figure(bound.min, Language::English) + "%/year"};
        case BoundForm::About:
            break;
    }
    // The tolerance beside the figure, so that "khoảng 5" never silently means 4.
    const auto soft = [&](Language l) {
        return tolerance.None() ? std::string() : " (±" + tolerance.Text(l) + ")";
    };
    if (bound.min == bound.max)
        return {
            with_unit("khoảng " + figure(bound.min, Language::Vietnamese) + soft(Language::Vietnamese),
                      unit.vi),
            with_unit("about " + figure(bound.min, Language::English) + soft(Language::English), unit.en)};
    return {with_unit("khoảng " + span(Language::Vietnamese) + soft(Language::Vietnamese), unit.vi),
            with_unit("about " + span(Language::English) + soft(Language::English), unit.en)};
}

std::string MetricRequest::Code() const {
    std::vector<std::string> parameters;
    if (!contents.empty()) parameters.push_back("contents=" + JoinCodes(SupportContents(), contents));
    if (outcome) parameters.push_back("outcome=" + std::string(EntryOf(OutcomeKinds(), *outcome).code));
    if (!ip_types.empty()) parameters.push_back("ip_types=" + JoinCodes(IpTypes(), ip_types));
    if (event_kind)
        parameters.push_back("event_kind=" + std::string(EntryOf(EventKinds(), *event_kind).code));
    if (level) parameters.push_back("level=" + std::string(EntryOf(TaskLevels(), *level).code));
    std::string code = id;
    for (std::size_t i = 0; i < parameters.size(); ++i) code += (i == 0 ? "?" : "&") + parameters[i];
    return code;
}

MetricRequest MetricRequest::Parse(std::string_view code) {
    MetricRequest request;
    const std::size_t question = code.find('?');
    request.id = std::string(code.substr(0, question));
    if (question != std::string_view::npos) {
        std::string_view rest = code.substr(question + 1);
        while (true) {
            const std::size_t amp = rest.find('&');
            const std::string_view pair = rest.substr(0, amp);
            const std::size_t eq = pair.find('=');
            const std::string_view name = pair.substr(0, eq);
            const std::string_view value =
                eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1);
            if (eq == std::string_view::npos || value.empty())
                Invalid("Tham số '" + std::string(pair) + "' của chỉ số '" + request.id +
                            "' cần dạng tên=giá trị.",
                        "Parameter '" + std::string(pair) + "' of metric '" + request.id +
                            "' needs the form name=value.",
                        "metric");
            if (name == "contents")
                request.contents =
                    SplitCodes(SupportContents(), value, "contents", "Nội dung hỗ trợ", "Support content");
            else if (name == "outcome")
                request.outcome = ParseEnum(OutcomeKinds(), value, "outcome", "Loại kết quả", "Outcome kind");
            else if (name == "ip_types")
                request.ip_types = SplitCodes(IpTypes(), value, "ip_types", "Loại đối tượng SHTT", "IP type");
            else if (name == "event_kind")
                request.event_kind =
                    ParseEnum(EventKinds(), value, "event_kind", "Loại sự kiện", "Event kind");
            else if (name == "level")
                request.level = ParseEnum(TaskLevels(), value, "level", "Cấp nhiệm vụ", "Task level");
            else
                Invalid("Chỉ số không có tham số '" + std::string(name) +
                            "'; dùng contents, outcome, ip_types, event_kind hoặc level.",
                        "Metrics have no parameter '" + std::string(name) +
                            "'; use contents, outcome, ip_types, event_kind or level.",
                        "metric");
            if (amp == std::string_view::npos) break;
            rest = rest.substr(amp + 1);
        }
    }
    RequireMetric(request);
    return request;
}

void RequireManualValue(const Target& target, double value) {
    if (target.bound.form == BoundForm::Qualitative && value != 0 && value != 1)
        Invalid("Chỉ tiêu '" + target.code + "' là chỉ tiêu định tính (" + target.bound.quality.vi +
                    "): nhập 1 (đạt) hoặc 0 (không đạt), không phải " +
                    FormatFigure(value, Language::Vietnamese) + ".",
                "Target '" + target.code + "' is qualitative (" + target.bound.quality.en +
                    "): enter 1 (achieved) or 0 (not achieved), not " +
                    FormatFigure(value, Language::English) + ".",
                "value");
}

void RequireQualitative(const Target& target) {
    if (target.bound.form != BoundForm::Qualitative)
        Invalid("Chỉ tiêu '" + target.code +
                    "' không phải chỉ tiêu định tính; nhập giá trị của nó bằng 'indicator set'.",
                "Target '" + target.code + "' is not qualitative; enter its value with 'indicator set'.",
                "target");
}

const Target* Plan::FindTarget(const std::string& target_code) const {
    for (const auto& target : targets)
        if (target.code == target_code) return &target;
    return nullptr;
}

const WorkItem* Plan::FindWorkItem(const std::string& item_code) const {
    for (const auto& item : work_items)
        if (item.code == item_code) return &item;
    return nullptr;
}

const ReportingDuty* Plan::FindDuty(const std::string& duty_code) const {
    for (const auto& duty : reports)
        if (duty.code == duty_code) return &duty;
    return nullptr;
}

void ValidatePlan(const Plan& plan) {
    RequireCode(plan.code, "Mã kế hoạch", "Plan code", "code");
    if (plan.title.vi.empty() || plan.title.en.empty())
        Invalid("Kế hoạch '" + plan.code + "' cần tên bằng cả tiếng Việt và tiếng Anh.",
                "Plan '" + plan.code + "' needs a title in both Vietnamese and English.", "title");
    if (plan.first_year < 2000 || plan.last_year > 2100 || plan.first_year > plan.last_year)
        Invalid("Giai đoạn của kế hoạch '" + plan.code + "' (" + std::to_string(plan.first_year) + "–" +
                    std::to_string(plan.last_year) +
                    ") không hợp lệ: cần năm đầu ≤ năm cuối, trong 2000–2100.",
                "The period of plan '" + plan.code + "' (" + std::to_string(plan.first_year) + "–" +
                    std::to_string(plan.last_year) +
                    ") is not valid: it needs first ≤ last year, within 2000–2100.",
                "period");
    if (plan.targets.empty())
        Invalid("Kế hoạch '" + plan.code + "' chưa có chỉ tiêu nào.",
                "Plan '" + plan.code + "' has no targets.", "targets");
    std::set<std::string> codes;
    for (const auto& target : plan.targets) {
        RequireCode(target.code, "Mã chỉ tiêu", "Target code", "code");
        const LocalisedText what{"Chỉ tiêu '" + target.code + "'", "Target '" + target.code + "'"};
        if (!codes.insert(target.code).second)
            Invalid(what.vi + " bị lặp trong kế hoạch.", what.en + " appears twice in the plan.", "code");
        if (target.label.vi.empty() || target.label.en.empty())
            Invalid(what.vi + " cần tên bằng cả tiếng Việt và tiếng Anh.",
                    what.en + " needs a label in both Vietnamese and English.", "label");
        if (target.source.empty())
            Invalid(what.vi + " cần ghi nguồn (dòng, mục của văn bản).",
                    what.en + " needs its source (the row or section of the document).", "source");
        ValidateBound(target.bound, target.kind, what);
        if (target.due_year && (*target.due_year < plan.first_year || *target.due_year > plan.last_year))
            Invalid(what.vi + ": năm đến hạn " + std::to_string(*target.due_year) +
                        " nằm ngoài giai đoạn của kế hoạch " + std::to_string(plan.first_year) + "–" +
                        std::to_string(plan.last_year) + ".",
                    what.en + ": the year due " + std::to_string(*target.due_year) +
                        " lies outside the plan's period " + std::to_string(plan.first_year) + "–" +
                        std::to_string(plan.last_year) + ".",
                    "by");
        if (target.bound.form == BoundForm::Qualitative && target.metric)
            Invalid(what.vi + ": chỉ tiêu định tính do cán bộ đánh giá; ghi 'metric: manual'.",
                    what.en + ": a qualitative target is assessed by an officer; write 'metric: manual'.",
                    "metric");
        if (target.metric) {
            const MetricDefinition& metric = RequireMetric(*target.metric);
            // A change per year is the yearly growth, in percent, of what the metric counts.
            const bool growth = target.bound.form == BoundForm::ChangePerYear &&
                                metric.kind != TargetKind::Percentage && metric.kind != TargetKind::Rank;
            if (metric.kind != target.kind && !growth)
                Invalid(what.vi + ": chỉ số '" + std::string(metric.id) + "' cho kết quả loại '" +
                            std::string(EntryOf(TargetKinds(), metric.kind).code) +
                            "' nhưng chỉ tiêu có loại '" +
                            std::string(EntryOf(TargetKinds(), target.kind).code) + "'.",
                        what.en + ": metric '" + std::string(metric.id) + "' gives '" +
                            std::string(EntryOf(TargetKinds(), metric.kind).code) +
                            "' but the target's kind is '" +
                            std::string(EntryOf(TargetKinds(), target.kind).code) + "'.",
                        "metric");
        }
    }
    std::set<std::string> duty_codes;
    for (const auto& report : plan.reports) {
        if (report.label.vi.empty() || report.label.en.empty())
            Invalid("Mỗi hạn báo cáo cần tên bằng cả tiếng Việt và tiếng Anh.",
                    "Every report deadline needs a label in both Vietnamese and English.", "reports");
        // A duty built in code may leave its code to storage, which numbers it by position.
        if (!report.code.empty())
            RequireCode(report.code, "Mã nghĩa vụ báo cáo", "Reporting duty code", "code");
        if (!report.code.empty() && !duty_codes.insert(report.code).second)
            Invalid("Mã nghĩa vụ báo cáo '" + report.code + "' bị lặp trong kế hoạch.",
                    "Reporting duty code '" + report.code + "' appears twice in the plan.", "code");
        // The last day on time must exist every year: up to 30 in a quarter's last month, up to
        // 28 each month (0: the month's last day), a day of the month in a non-leap year.
        static constexpr int kDaysIn[] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        const bool month_ok = report.month >= 1 && report.month <= 12;
        const int highest_day = report.rule == ReportRule::Quarterly ? 30
                                : report.rule == ReportRule::Monthly ? 28
                                : month_ok                           ? kDaysIn[report.month]
                                                                     : 0;
        const int lowest_day = report.rule == ReportRule::Monthly ? 0 : 1;
        if (report.rule == ReportRule::Once
                ? !report.date.has_value()
                : (report.day < lowest_day || report.day > highest_day || !month_ok))
            Invalid(
                "Hạn báo cáo '" + report.label.vi +
                    "' cần ngày (1–28) và tháng (1–12), hoặc một ngày cụ thể.",
                "Report deadline '" + report.label.en + "' needs a day (1–28) and month (1–12), or a date.",
                "reports");
    }
    std::set<std::string> item_codes;
    for (const auto& item : plan.work_items) {
        ValidateWorkItem(item, plan.first_year, plan.last_year);
        if (!item_codes.insert(item.code).second)
            Invalid("Mã nhiệm vụ '" + item.code + "' bị lặp trong kế hoạch.",
                    "Work item code '" + item.code + "' appears twice in the plan.", "code");
    }
    if (!plan.rubric.empty()) {
        Rubric rubric;
        for (const auto& c : plan.rubric) {
            rubric.criteria.push_back(c.criterion);
            if (c.threshold && (*c.threshold < 0 || *c.threshold > c.criterion.max_score))
                Invalid("Ngưỡng của tiêu chí '" + c.criterion.code + "' phải từ 0 đến điểm tối đa " +
                            std::to_string(c.criterion.max_score) + ".",
                        "The threshold of criterion '" + c.criterion.code + "' must be 0 to its maximum " +
                            std::to_string(c.criterion.max_score) + ".",
                        "rubric");
        }
        ValidateRubric(rubric);
    }
    if (plan.rubric_threshold && (*plan.rubric_threshold < 0 || *plan.rubric_threshold > 100))
        Invalid("Ngưỡng chung của bộ tiêu chí là phần trăm, từ 0 đến 100.",
                "The rubric's overall threshold is a percentage, 0 to 100.", "rubric_threshold");
}

}  // namespace innodesk::domain
