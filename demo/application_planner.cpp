// The applications' planner: plans, then creates and reviews applications.
#include "demo/application_planner.h"

#include "demo/amounts.h"
#include "demo/names.h"
#include "demo/review_planner.h"
#include "domain/errors.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace innodesk::demo {

using namespace domain;  // the planners speak the domain's language throughout

namespace {

using AS = ApplicationState;

// What enterprises ask for most: testing and certification, consultants, trade fairs, IP.
constexpr std::array<Weighted<SupportContent>, 11> kApplicationContents{{
    {SupportContent::TestingCertification, 24},
    {SupportContent::Consulting, 18},
    {SupportContent::TradePromotion, 16},
    {SupportContent::IntellectualProperty, 14},
    {SupportContent::TechnologyTransfer, 8},
    {SupportContent::Equipment, 5},
    {SupportContent::OtherInnovation, 5},
    {SupportContent::Commercialisation, 3},
    {SupportContent::CooperationModel, 3},
    {SupportContent::Intermediary, 2},
    {SupportContent::TechnologyLicence, 2},
}};

// Where the year's applications end up: the spread a programme shows in its autumn report.
constexpr std::array<Weighted<AS>, 13> kApplicationTargets{{
    {AS::Draft, 6},
    {AS::Submitted, 7},
    {AS::UnderReview, 8},
    {AS::Recommended, 5},
    {AS::NotRecommended, 4},
    {AS::Refused, 10},
    {AS::Withdrawn, 5},
    {AS::Approved, 8},
    {AS::Contracted, 9},
    {AS::InProgress, 15},
    {AS::Accepted, 8},
    {AS::Monitoring, 7},
    {AS::Closed, 8},
}};
// Applications for next year's call have only started their way.
constexpr std::array<Weighted<AS>, 3> kNextYearTargets{
    {{AS::Draft, 40}, {AS::Submitted, 35}, {AS::UnderReview, 25}}};
// Where a withdrawn application was when the enterprise pulled out.
constexpr std::array<Weighted<AS>, 7> kWithdrawnFrom{{{AS::Draft, 10},
                                                      {AS::Submitted, 25},
                                                      {AS::UnderReview, 30},
                                                      {AS::Recommended, 15},
                                                      {AS::Approved, 10},
                                                      {AS::Contracted, 5},
                                                      {AS::InProgress, 5}}};

// The reviews' own mean when there is one, else the score drawn for the minutes.
std::string Quoted(const std::optional<ScorePercent>& mean, int drawn) {
    return mean ? mean->Format(Language::Vietnamese) : std::to_string(drawn);
}

class ApplicationPlanner {
public:
    explicit ApplicationPlanner(DemoRun& run) : m_run(run) {}

    void PlanApplications() {
        if (m_run.enterprises.empty()) return;
        m_run.plans.reserve(m_run.volumes.applications);
        for (std::size_t i = 0; i < m_run.volumes.applications; ++i) {
            PlannedApplication plan;
            plan.enterprise = PickEnterprise();
            const bool next_year = m_run.years.size() > 1 && m_run.random.Chance(0.1);
            plan.year = next_year ? m_run.years[1] : m_run.years[0];
            plan.content = m_run.random.PickWeighted(kApplicationContents);
            plan.title = Title(plan.content, plan.enterprise);
            const SupportCap& cap = m_run.caps.at(plan.content);
            // Requested 30–500 million, never beyond the ceiling per contract; small asks are common.
            const std::int64_t high =
                std::min<std::int64_t>(500'000, cap.ceiling_per_contract.Dong() / kThousand);
            const double u = m_run.random.Unit();
            std::int64_t thousands =
                30'000 + static_cast<std::int64_t>(static_cast<double>(high - 30'000) * u * u);
            thousands = m_run.random.Chance(0.7) ? std::max<std::int64_t>(30'000, FloorTo(thousands, 1'000))
                                                 : FloorTo(thousands, 10);
            plan.requested = Dong(thousands * kThousand);
            // Co-funding at least what keeps the state's share within the cap, often more.
            const std::int64_t requested = plan.requested.Dong();
            const std::int64_t minimum =
                CeilTo((requested * (100 - cap.max_state_share_percent) + cap.max_state_share_percent - 1) /
                           cap.max_state_share_percent,
                       kThousand);
            plan.co_funding = Dong(CeilTo(minimum + minimum * m_run.random.Between(0, 60) / 100, kThousand));
            plan.desired_approval =
                m_run.random.Chance(0.6)
                    ? plan.requested
                    : Dong(std::max(kMinimumApproval,
                                    FloorTo(requested * m_run.random.Between(70, 95) / 100, kThousand)));
            PlanFate(plan, next_year ? m_run.random.PickWeighted(kNextYearTargets)
                                     : m_run.random.PickWeighted(kApplicationTargets));
            if (plan.verdict == Verdict::Approve) {
                ContentBudget& budget = m_run.budget[{plan.year, plan.content}];
                budget.planned += plan.desired_approval;
            }
            m_run.plans.push_back(std::move(plan));
        }
    }

    void CreateApplications() {
        ReviewPlanner reviews(m_run);
        std::size_t created = 0;
        for (auto& plan : m_run.plans) {
            // On a second run an earlier misuse cancellation bars a family; choose another.
            for (int attempt = 0; m_run.Disqualified(plan.enterprise); ++attempt) {
                if (attempt == 50)
                    throw DomainError(ErrorCode::InvalidValue,
                                      {"Không tìm được doanh nghiệp đủ điều kiện để tạo hồ sơ mẫu.",
                                       "No eligible enterprise is left for demo applications."});
                plan.enterprise = PickEnterprise();
                plan.title = Title(plan.content, plan.enterprise);
            }
            Application draft;
            draft.enterprise_id = m_run.IdOf(plan.enterprise);
            draft.programme_id = m_run.programme.id;
            draft.year = plan.year;
            draft.content = plan.content;
            draft.title = plan.title;
            draft.requested_amount = plan.requested;
            draft.co_funding_amount = plan.co_funding;
            plan.id = m_run.application_service.Create(draft, m_run.actor).id;
            ++created;
            if (plan.review_end != AS::Draft)
                m_run.application_service.Move(plan.id, AS::Submitted, m_run.actor,
                                               "Nộp hồ sơ qua Cổng dịch vụ công trực tuyến");
            std::optional<ScorePercent> mean;
            if (plan.review_end != AS::Draft && plan.review_end != AS::Submitted) {
                m_run.application_service.Move(plan.id, AS::UnderReview, m_run.actor,
                                               "Tiếp nhận hồ sơ hợp lệ, chuyển Hội đồng tư vấn xét chọn");
                mean = reviews.Review(plan);  // reviews are taken only while under review
            }
            // The quoted score is drawn either way, so that a seed keeps the data it gave before
            // reviews were generated; the reviews' own mean is quoted when there is one.
            if (plan.review_end == AS::Recommended) {
                const int drawn = m_run.random.Between(70, 92);
                m_run.application_service.Move(
                    plan.id, AS::Recommended, m_run.actor,
                    "Hội đồng đề nghị hỗ trợ, điểm đánh giá " + Quoted(mean, drawn) + "/100");
            }
            if (plan.review_end == AS::NotRecommended) {
                const int drawn = m_run.random.Between(40, 64);
                m_run.application_service.Move(
                    plan.id, AS::NotRecommended, m_run.actor,
                    "Hội đồng không đề nghị hỗ trợ, điểm đánh giá " + Quoted(mean, drawn) + "/100");
            }
            if (plan.withdraw && plan.verdict == Verdict::None)
                m_run.application_service.Move(plan.id, AS::Withdrawn, m_run.actor,
                                               "Doanh nghiệp có văn bản xin rút hồ sơ");
            m_run.meter.Advance();
        }
        m_run.summary.applications = created;
    }

private:
    std::string Title(SupportContent content, std::size_t enterprise) {
        const PlannedEnterprise& planned = m_run.enterprises[enterprise];
        const unsigned bit = SectorBit(planned.sector);
        std::vector<const TitlePattern*> candidates;
        for (const auto& pattern : TitlePatterns())
            if (pattern.content == content && (pattern.sectors & bit) != 0) candidates.push_back(&pattern);
        if (candidates.empty())
            throw DomainError(ErrorCode::InvalidValue, {"Thiếu mẫu tên hồ sơ cho nội dung hỗ trợ.",
                                                        "No title pattern for a support content."});
        const auto& pattern = *candidates[m_run.random.Below(candidates.size())];
        const auto products = ProfileOf(planned.sector).products;
        return Fill(pattern.text, planned.brand, m_run.random.Pick(products));
    }

    std::size_t PickEnterprise() {
        // Household businesses apply less often than companies.
        std::size_t index = m_run.random.Below(m_run.enterprises.size());
        if (m_run.enterprises[index].household && m_run.random.Chance(0.5))
            index = m_run.random.Below(m_run.enterprises.size());
        return index;
    }

    void PlanFate(PlannedApplication& plan, AS target) {
        switch (target) {
            case AS::Draft:
            case AS::Submitted:
            case AS::UnderReview:
            case AS::Recommended:
            case AS::NotRecommended:
                plan.review_end = target;
                return;
            case AS::Refused:
                plan.review_end = m_run.random.Chance(0.65) ? AS::NotRecommended : AS::Recommended;
                plan.verdict = Verdict::Refuse;
                return;
            case AS::Withdrawn: {
                const AS from = m_run.random.PickWeighted(kWithdrawnFrom);
                plan.withdraw = true;
                if (from == AS::Approved || from == AS::Contracted || from == AS::InProgress) {
                    plan.review_end = AS::Recommended;
                    plan.verdict = Verdict::Approve;
                    plan.work_end = from;
                } else {
                    plan.review_end = from;
                }
                return;
            }
            default:
                // A few approvals overrule the council's negative opinion, as the leader may.
                plan.review_end = m_run.random.Chance(0.05) ? AS::NotRecommended : AS::Recommended;
                plan.verdict = Verdict::Approve;
                plan.work_end = target;
                return;
        }
    }

    DemoRun& m_run;
};

}  // namespace

void PlanApplications(DemoRun& run) {
    ApplicationPlanner(run).PlanApplications();
}

void CreateApplications(DemoRun& run) {
    ApplicationPlanner(run).CreateApplications();
}

}  // namespace innodesk::demo
