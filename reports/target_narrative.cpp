// The narrative summary of a plan's evaluation.
#include "reports/target_narrative.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace innodesk::reports {

namespace {

using domain::Language;
using domain::TargetEvaluation;
using domain::TargetKind;
using domain::TargetStatus;

bool Vi(Language language) {
    return language == Language::Vietnamese;
}

std::string Figure(double value, Language language) {
    return domain::FormatFigure(value, language);
}

std::string Quantity(double value, const TargetEvaluation& target, Language language) {
    const std::string& unit = target.unit.In(language);
    return unit.empty() ? Figure(value, language) : Figure(value, language) + " " + unit;
}

// Counts and sums grow through the period, so a pace applies; shares and ranks do not.
bool HasPace(TargetKind kind) {
    return kind != TargetKind::Percentage && kind != TargetKind::Rank;
}

// The share of the period's days elapsed by the as-of date, from 0 to 1.
double ElapsedShare(const domain::PlanEvaluation& evaluation) {
    const auto& period = evaluation.period;
    if (evaluation.as_of < period.From()) return 0;
    if (evaluation.as_of >= period.To()) return 1;
    return static_cast<double>(period.From().DaysUntil(evaluation.as_of) + 1) / period.Days();
}

// A target as a summary names it: its label in quotes, cut at a word after about 90 characters
// (the table below gives it whole).
std::string Named(const TargetEvaluation& target, Language language) {
    std::string label = target.label.In(language);
    constexpr std::size_t kLongest = 90;
    if (label.size() > kLongest) {
        auto cut = label.rfind(' ', kLongest);
        if (cut == std::string::npos || cut < kLongest / 2) cut = kLongest;
        while (cut > 0 && (static_cast<unsigned char>(label[cut]) & 0xC0) == 0x80) --cut;  // whole letters
        label = label.substr(0, cut);
        while (!label.empty() && (label.back() == ',' || label.back() == ';' || label.back() == ' '))
            label.pop_back();
        label += "…";
    }
    return "“" + label + "”";
}

// "“Hỗ trợ tư vấn” (đạt 8 doanh nghiệp; kế hoạch từ 15 doanh nghiệp; còn thiếu 7 doanh
// nghiệp; theo tiến độ cần khoảng 11 doanh nghiệp)".
std::string Describe(const TargetEvaluation& target, const domain::PlanEvaluation& evaluation,
                     Language language) {
    const bool vi = Vi(language);
    std::string text = Named(target, language) + " (";
    if (!target.actual) {
        text += vi ? "chưa có số liệu" : "no data yet";
        if (target.manual) text += vi ? ", cần nhập số liệu thủ công" : ", a value must be entered by hand";
        if (target.kind == TargetKind::Percentage && target.denominator && *target.denominator == 0)
            text += vi ? ", chưa có đối tượng để tính tỷ lệ" : ", the base of the percentage is empty";
        return text + (vi ? "; kế hoạch " : "; plan: ") + target.bound_text.In(language) + ")";
    }
    const double actual = *target.actual;
    text += (vi ? "đạt " : "reached ") + Quantity(actual, target, language);
    if (target.kind == TargetKind::Percentage && target.numerator && target.denominator)
        text += " (" + Figure(static_cast<double>(*target.numerator), language) + "/" +
                Figure(static_cast<double>(*target.denominator), language) + ")";
    text += (vi ? "; kế hoạch " : "; plan: ") + target.bound_text.In(language);
    if (target.status != TargetStatus::Met) {
        const auto& bound = target.bound;
        if (bound.form == domain::BoundForm::AtMost) {
            if (actual > bound.max)
                text += (vi ? "; vượt mức tối đa " : "; above the maximum by ") +
                        Figure(actual - bound.max, language);
        } else if (bound.Goal() > actual) {
            text += (vi ? "; còn thiếu " : "; short by ") + Quantity(bound.Goal() - actual, target, language);
        }
        const double share = ElapsedShare(evaluation);
        if (HasPace(target.kind) && share < 1 && bound.form != domain::BoundForm::AtMost)
            text +=
                (vi ? "; theo tiến độ đến ngày " : "; the pace asks for about ") +
                (vi ? evaluation.as_of.Format() + " cần khoảng " +
                          Quantity(bound.Goal() * share, target, language)
                    : Quantity(bound.Goal() * share, target, language) + " by " + evaluation.as_of.Format());
    }
    return text + ")";
}

struct StatusWords {
    TargetStatus status;
    const char* count_vi;  // after the number: "4 đã đạt"
    const char* count_en;
    const char* list_vi;  // before the list: "Các chỉ tiêu đã đạt: "
    const char* list_en;
    bool with_figures;  // targets not met are named with their result and shortfall
    std::size_t named;  // at most this many are named; the table lists them all
};

constexpr std::array<StatusWords, 5> kStatusWords{{
    {TargetStatus::Met, "đã đạt", "met", "Đã đạt kế hoạch: ", "Met: ", false, 3},
    {TargetStatus::OnTrack, "đúng tiến độ", "on track", "Đang thực hiện đúng tiến độ: ", "On track: ", false,
     3},
    {TargetStatus::AtRisk, "có nguy cơ không đạt", "at risk",
     "Có nguy cơ không đạt, cần tập trung chỉ đạo: ", "At risk, needing attention: ", true, 3},
    {TargetStatus::Behind, "chậm tiến độ", "behind", "Chậm tiến độ: ", "Behind: ", true, 3},
    {TargetStatus::NoData, "chưa có số liệu", "without data",
     "Chưa có số liệu, cần cập nhật: ", "Without data, to be updated: ", false, 3},
}};

}  // namespace

std::vector<ReportParagraph> TargetNarrative(const domain::PlanEvaluation& evaluation, Language language) {
    const bool vi = Vi(language);
    std::vector<ReportParagraph> paragraphs;
    const auto& targets = evaluation.targets;
    std::string overall = (vi ? "Tính đến ngày " : "As of ") + evaluation.as_of.Format() + ", " +
                          (vi ? "kế hoạch “" : "the plan “") + evaluation.plan_title.In(language) + "” (" +
                          evaluation.plan_code + ") " + (vi ? "có " : "has ") +
                          std::to_string(targets.size()) +
                          (vi                    ? " chỉ tiêu"
                           : targets.size() == 1 ? " target"
                                                 : " targets") +
                          " " + (vi ? "trong " : "for ") + evaluation.period.Label().In(language);
    std::vector<std::string> counts;
    for (const auto& words : kStatusWords) {
        const auto n = std::count_if(targets.begin(), targets.end(),
                                     [&](const TargetEvaluation& t) { return t.status == words.status; });
        if (n > 0) counts.push_back(std::to_string(n) + " " + (vi ? words.count_vi : words.count_en));
    }
    if (counts.empty()) {
        overall += ".";
    } else {
        overall += ": ";
        for (std::size_t i = 0; i < counts.size(); ++i) {
            if (i > 0) overall += i + 1 == counts.size() ? (vi ? " và " : " and ") : ", ";
            overall += counts[i];
        }
        overall += ".";
    }
    paragraphs.push_back({ParagraphStyle::Body, overall});

    // One sentence a status, naming a few targets each: an officer's summary, not the table again.
    for (const auto& words : kStatusWords) {
        std::vector<std::string> named;
        std::size_t others = 0;
        for (const auto& target : targets) {
            if (target.status != words.status) continue;
            if (named.size() == words.named) {
                ++others;
                continue;
            }
            named.push_back(words.with_figures ? Describe(target, evaluation, language)
                                               : Named(target, language));
        }
        if (named.empty()) continue;
        std::string list;
        const std::string separator = words.with_figures ? "; " : ", ";
        for (std::size_t i = 0; i < named.size(); ++i)
            list +=
                (i == 0 ? "" : (i + 1 == named.size() && others == 0 ? (vi ? " và " : " and ") : separator)) +
                named[i];
        if (others > 0)
            list += vi ? " và " + std::to_string(others) + " chỉ tiêu khác (chi tiết tại bảng)"
                       : " and " + std::to_string(others) + " more (see the table)";
        paragraphs.push_back({ParagraphStyle::Body, (vi ? words.list_vi : words.list_en) + list + "."});
    }
    return paragraphs;
}

}  // namespace innodesk::reports
