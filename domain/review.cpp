// Review rules: the default rubric, score validation, conflict and state checks, score arithmetic.
#include "review.h"

#include <algorithm>
#include <array>
#include <set>

namespace innodesk::domain {
namespace {

struct DefaultCriterion {
    const char* code;
    const char* vi;
    const char* en;
};

// Appendix I of 002, each criterion shortened to what a reviewer scores; the order is the plan's.
constexpr std::array<DefaultCriterion, 10> kDefaultCriteria{{
    {"problem",
     "Giải quyết bài toán lớn của địa phương hoặc doanh nghiệp; phù hợp mục tiêu tăng trưởng, năng suất, tự "
     "chủ và các chiến lược phát triển",
     "Solves a major problem of the locality or the enterprise; fits the goals of growth, productivity and "
     "self-reliance and the development strategies"},
    {"spillover",
     "Có tác động lan tỏa mạnh đến tăng trưởng, năng suất, năng lực cạnh tranh và phát triển bền vững",
     "Strong spill-over effect on growth, productivity, competitiveness and sustainable development"},
    {"outputs",
     "Có sản phẩm đầu ra rõ ràng, đo lường được, có địa chỉ ứng dụng, cơ quan tiếp nhận và lộ trình triển "
     "khai",
     "Clear, measurable outputs with a named user, a receiving body and a roll-out roadmap"},
    {"participation", "Có doanh nghiệp tham gia, cùng chủ trì, cùng tài trợ hoặc đối ứng",
     "Enterprises take part, co-lead, co-fund or provide counterpart funds"},
    {"technology",
     "Tiếp thu, làm chủ và phát triển công nghệ lõi, công nghệ chiến lược; góp phần nội địa hóa, thay thế "
     "nhập khẩu",
     "Absorbs, masters and develops core or strategic technology; contributes to localisation and import "
     "substitution"},
    {"commercialisation",
     "Có khả năng ứng dụng, thương mại hóa, mở rộng quy mô, tạo thị trường hoặc nâng cao năng lực công nghệ",
     "Can be applied, commercialised and scaled up, create a market or raise technological capability"},
    {"cross_sector",
     "Có tính liên ngành, liên vùng; sử dụng chung hạ tầng, dữ liệu, nền tảng hoặc phòng thí nghiệm",
     "Cross-sector and cross-regional; shares infrastructure, data, platforms or laboratories"},
    {"feasibility",
     "Khả thi về nguồn lực, tổ chức thực hiện và quản trị rủi ro; có mục tiêu và chỉ tiêu đánh giá được",
     "Feasible in resources, organisation and risk management; has goals and indicators that can be "
     "assessed"},
    {"no_duplication", "Không trùng lặp với chương trình, nhiệm vụ, dự án đã có",
     "Does not duplicate existing programmes, tasks or projects"},
    {"priority",
     "Ưu tiên tác động trực tiếp đến năng suất các nhân tố tổng hợp (TFP), xuất khẩu công nghệ cao, năng "
     "suất doanh nghiệp và thương mại hóa kết quả nghiên cứu",
     "Priority for direct impact on total factor productivity (TFP), high-tech exports, enterprise "
     "productivity and commercialisation of research results"},
}};

constexpr int kLimit = 100;  // largest weight and largest maximum score a rubric may use

[[noreturn]] void Invalid(const std::string& vi, const std::string& en, const char* field) {
    throw DomainError(ErrorCode::InvalidValue, {vi, en}, field);
}

bool IsCodeCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

std::string CodeList(const Rubric& rubric) {
    std::string list;
    for (const auto& criterion : rubric.criteria) list += (list.empty() ? "" : ", ") + criterion.code;
    return list;
}

// Σ weight·score and Σ weight·max over the rubric; a criterion the review lacks is refused,
// since a silent zero would lower the score without anyone seeing why.
std::pair<std::int64_t, std::int64_t> WeightedSums(const Rubric& rubric, const Review& review) {
    std::int64_t numerator = 0;
    std::int64_t denominator = 0;
    for (const auto& criterion : rubric.criteria) {
        const auto found = std::find_if(review.scores.begin(), review.scores.end(),
                                        [&](const CriterionScore& s) { return s.code == criterion.code; });
        if (found == review.scores.end())
            Invalid("Bài chấm của " + review.reviewer + " thiếu điểm tiêu chí '" + criterion.code +
                        "'; cần chấm lại.",
                    "The review by " + review.reviewer + " has no score for criterion '" + criterion.code +
                        "'; it needs rescoring.",
                    "scores");
        numerator += static_cast<std::int64_t>(criterion.weight) * found->score;
        denominator += static_cast<std::int64_t>(criterion.weight) * criterion.max_score;
    }
    return {numerator, denominator};
}

}  // namespace

const ReviewCriterion* Rubric::Find(const std::string& code) const {
    for (const auto& criterion : criteria)
        if (criterion.code == code) return &criterion;
    return nullptr;
}

Rubric DefaultRubric(ProgrammeId programme) {
    Rubric rubric;
    rubric.programme_id = programme;
    rubric.is_default = true;
    for (const auto& c : kDefaultCriteria)
        rubric.criteria.push_back({c.code, c.vi, c.en, 1, 10, std::nullopt});
    return rubric;
}

void ValidateRubric(const Rubric& rubric) {
    if (rubric.criteria.empty())
        Invalid("Bộ tiêu chí chấm phải có ít nhất một tiêu chí.", "A rubric needs at least one criterion.",
                "criteria");
    std::set<std::string> codes;
    for (const auto& c : rubric.criteria) {
        if (c.code.empty() || c.code.size() > 32 ||
            !std::all_of(c.code.begin(), c.code.end(), IsCodeCharacter))
            Invalid("Mã tiêu chí '" + c.code + "' không hợp lệ: dùng 1–32 ký tự a–z, 0–9 hoặc '_'.",
                    "Criterion code '" + c.code + "' is not valid: use 1–32 characters a–z, 0–9 or '_'.",
                    "code");
        if (!codes.insert(c.code).second)
            Invalid("Mã tiêu chí '" + c.code + "' bị lặp.", "Criterion code '" + c.code + "' appears twice.",
                    "code");
        if (c.label_vi.empty() || c.label_en.empty())
            Invalid("Tiêu chí '" + c.code + "' cần tên bằng cả tiếng Việt và tiếng Anh.",
                    "Criterion '" + c.code + "' needs a label in both Vietnamese and English.", "label");
        if (c.weight < 1 || c.weight > kLimit)
            Invalid("Trọng số của tiêu chí '" + c.code + "' phải từ 1 đến 100, đang là " +
                        std::to_string(c.weight) + ".",
                    "The weight of criterion '" + c.code + "' must be 1–100, it is " +
                        std::to_string(c.weight) + ".",
                    "weight");
        if (c.max_score < 1 || c.max_score > kLimit)
            Invalid("Điểm tối đa của tiêu chí '" + c.code + "' phải từ 1 đến 100, đang là " +
                        std::to_string(c.max_score) + ".",
                    "The maximum score of criterion '" + c.code + "' must be 1–100, it is " +
                        std::to_string(c.max_score) + ".",
                    "max_score");
        if (c.threshold && (*c.threshold < 0 || *c.threshold > c.max_score))
            Invalid("Điểm đạt của tiêu chí '" + c.code + "' phải từ 0 đến điểm tối đa " +
                        std::to_string(c.max_score) + ", đang là " + std::to_string(*c.threshold) + ".",
                    "The pass mark of criterion '" + c.code + "' must be 0 to its maximum " +
                        std::to_string(c.max_score) + ", it is " + std::to_string(*c.threshold) + ".",
                    "threshold");
    }
    if (rubric.threshold && (*rubric.threshold < 0 || *rubric.threshold > 100))
        Invalid("Điểm đạt chung là tỷ lệ phần trăm, từ 0 đến 100; đang là " +
                    std::to_string(*rubric.threshold) + ".",
                "The overall pass mark is a percentage, 0 to 100; it is " +
                    std::to_string(*rubric.threshold) + ".",
                "threshold");
}

ScorePercent ScorePercent::FromRatio(std::int64_t numerator, std::int64_t denominator) {
    if (denominator <= 0 || numerator < 0)
        Invalid("Không tính được tỷ lệ điểm.", "The score ratio cannot be computed.", "score");
    // Tenths of a percent, rounded half up in integers: (2·1000·n + d) / (2·d).
    return ScorePercent(static_cast<int>((2000 * numerator + denominator) / (2 * denominator)));
}

std::string ScorePercent::Format(Language language) const {
    const char separator = language == Language::Vietnamese ? ',' : '.';
    return std::to_string(m_tenths / 10) + separator + std::to_string(m_tenths % 10);
}

std::vector<CriterionScore> ValidateScores(const Rubric& rubric, std::vector<CriterionScore> scores) {
    std::set<std::string> seen;
    for (const auto& s : scores) {
        const ReviewCriterion* criterion = rubric.Find(s.code);
        if (!criterion)
            Invalid("Không có tiêu chí '" + s.code +
                        "' trong bộ tiêu chí chấm; các mã hợp lệ: " + CodeList(rubric) + ".",
                    "There is no criterion '" + s.code + "' in the rubric; valid codes: " + CodeList(rubric) +
                        ".",
                    "scores");
        if (!seen.insert(s.code).second)
            Invalid("Tiêu chí '" + s.code + "' được chấm hai lần.",
                    "Criterion '" + s.code + "' is scored twice.", "scores");
        if (s.score < 0 || s.score > criterion->max_score)
            Invalid("Điểm tiêu chí '" + s.code + "' phải là số nguyên từ 0 đến " +
                        std::to_string(criterion->max_score) + ", đang là " + std::to_string(s.score) + ".",
                    "The score for '" + s.code + "' must be a whole number from 0 to " +
                        std::to_string(criterion->max_score) + ", it is " + std::to_string(s.score) + ".",
                    "scores");
    }
    std::string missing;
    for (const auto& criterion : rubric.criteria)
        if (!seen.contains(criterion.code)) missing += (missing.empty() ? "" : ", ") + criterion.code;
    if (!missing.empty())
        Invalid("Phải chấm đủ mọi tiêu chí; còn thiếu: " + missing + ".",
                "Every criterion must be scored; missing: " + missing + ".", "scores");
    std::vector<CriterionScore> ordered;
    ordered.reserve(rubric.criteria.size());
    for (const auto& criterion : rubric.criteria)
        for (const auto& s : scores)
            if (s.code == criterion.code) ordered.push_back(s);
    return ordered;
}

void RequireNoConflict(const Review& review) {
    if (!review.has_conflict) return;
    throw DomainError(ErrorCode::PermissionDenied,
                      {"Chuyên gia " + review.reviewer + " đã khai có xung đột lợi ích với hồ sơ số " +
                           std::to_string(review.application_id) + " nên không được chấm hồ sơ này.",
                       "Reviewer " + review.reviewer + " declared a conflict of interest in application " +
                           std::to_string(review.application_id) + " and may not score it."},
                      "reviewer");
}

void RequireUnderReview(const Application& application) {
    if (application.state == ApplicationState::UnderReview) return;
    const auto& state = EntryOf(ApplicationLifecycle().states, application.state);
    throw DomainError(
        ErrorCode::InvalidTransition,
        {"Hồ sơ số " + std::to_string(application.id) + " đang ở trạng thái '" + std::string(state.vi) +
             "'; chỉ chấm điểm và khai xung đột lợi ích khi hồ sơ 'Đang thẩm định'.",
         "Application " + std::to_string(application.id) + " is '" + std::string(state.en) +
             "'; scores and conflict declarations are recorded only while it is 'Under review'."},
        "state");
}

ScorePercent WeightedScore(const Rubric& rubric, const Review& review) {
    if (!review.IsScored())
        Invalid("Chuyên gia " + review.reviewer + " chưa chấm điểm.",
                "Reviewer " + review.reviewer + " has not scored yet.", "scores");
    const auto [numerator, denominator] = WeightedSums(rubric, review);
    return ScorePercent::FromRatio(numerator, denominator);
}

std::optional<ScorePercent> MeanScore(const Rubric& rubric, const std::vector<Review>& reviews) {
    // Every review shares the rubric's denominator, so the mean is Σ numerators / (n · denominator).
    std::int64_t numerator = 0;
    std::int64_t denominator = 0;
    std::int64_t counted = 0;
    for (const auto& review : reviews) {
        if (!review.Counts()) continue;
        const auto [n, d] = WeightedSums(rubric, review);
        numerator += n;
        denominator = d;
        ++counted;
    }
    if (counted == 0) return std::nullopt;
    return ScorePercent::FromRatio(numerator, denominator * counted);
}

std::span<const EnumEntry<PassVerdict>> PassVerdicts() {
    static constexpr std::array<EnumEntry<PassVerdict>, 4> kVerdicts{{
        {PassVerdict::NoPassMarks, "no_pass_marks", "Không đặt điểm đạt", "No pass marks set"},
        {PassVerdict::Pending, "pending", "Chưa có bài chấm được tính", "No counted review yet"},
        {PassVerdict::Passes, "passes", "Đạt", "Passes"},
        {PassVerdict::Fails, "fails", "Không đạt", "Fails"},
    }};
    return kVerdicts;
}

PassMarks JudgePassMarks(const Rubric& rubric, const std::vector<Review>& reviews) {
    PassMarks result;
    const bool any_mark =
        rubric.threshold || std::any_of(rubric.criteria.begin(), rubric.criteria.end(),
                                        [](const ReviewCriterion& c) { return c.threshold; });
    if (!any_mark) return result;
    std::vector<const Review*> counted;
    for (const auto& review : reviews)
        if (review.Counts()) counted.push_back(&review);
    if (counted.empty()) {
        result.verdict = PassVerdict::Pending;
        return result;
    }
    const auto n = static_cast<std::int64_t>(counted.size());
    // Compared in integers: a mean passes when Σ scores ≥ mark · n, so 5,95 never rounds up to 6.
    for (const auto& criterion : rubric.criteria) {
        if (!criterion.threshold) continue;
        std::int64_t sum = 0;
        for (const Review* review : counted)
            for (const auto& score : review->scores)
                if (score.code == criterion.code) sum += score.score;
        if (sum >= *criterion.threshold * n) continue;
        const auto mean = ScorePercent::FromTenths(static_cast<int>((20 * sum + n) / (2 * n)));
        const std::string mark = std::to_string(*criterion.threshold);
        result.below.push_back({criterion.code + " " + mean.Format(Language::Vietnamese) + " < " + mark,
                                criterion.code + " " + mean.Format(Language::English) + " < " + mark});
    }
    if (rubric.threshold) {
        std::int64_t numerator = 0, denominator = 0;
        for (const Review* review : counted) {
            const auto [got, possible] = WeightedSums(rubric, *review);
            numerator += got;
            denominator += possible;
        }
        if (numerator * 100 < *rubric.threshold * denominator) {
            const auto mean = ScorePercent::FromRatio(numerator, denominator);
            const std::string mark = std::to_string(*rubric.threshold) + "%";
            result.below.push_back({"tổng " + mean.Format(Language::Vietnamese) + "% < " + mark,
                                    "overall " + mean.Format(Language::English) + "% < " + mark});
        }
    }
    result.verdict = result.below.empty() ? PassVerdict::Passes : PassVerdict::Fails;
    return result;
}

LocalisedText DescribePassMarks(const PassMarks& marks) {
    const auto& verdict = EntryOf(PassVerdicts(), marks.verdict);
    LocalisedText text{std::string(verdict.vi), std::string(verdict.en)};
    for (std::size_t i = 0; i < marks.below.size(); ++i) {
        const char* before = i == 0 ? " (" : "; ";
        const char* after = i + 1 == marks.below.size() ? ")" : "";
        text.vi += before + marks.below[i].vi + after;
        text.en += before + marks.below[i].en + after;
    }
    return text;
}

void RankEntries(std::vector<RankingEntry>& entries) {
    std::stable_sort(entries.begin(), entries.end(), [](const RankingEntry& a, const RankingEntry& b) {
        if (a.mean.has_value() != b.mean.has_value()) return a.mean.has_value();
        if (a.mean && *a.mean != *b.mean) return *a.mean > *b.mean;
        return a.application.id < b.application.id;
    });
    for (std::size_t i = 0; i < entries.size(); ++i) {
        auto& entry = entries[i];
        if (!entry.mean) {
            entry.rank = 0;
        } else if (i > 0 && entries[i - 1].mean == entry.mean) {
            entry.rank = entries[i - 1].rank;
        } else {
            entry.rank = static_cast<int>(i) + 1;
        }
    }
}

}  // namespace innodesk::domain
