// The programme's planner: programme, caps and budget envelopes.
#include "demo/programme_planner.h"

#include "demo/amounts.h"
#include "domain/errors.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace innodesk::demo {

using namespace domain;  // the planners speak the domain's language throughout

namespace {

constexpr std::string_view kProgrammeCode = "KH-DMST-2026-2030";
constexpr std::string_view kProgrammeName =
    "Chương trình hỗ trợ đổi mới sáng tạo trong doanh nghiệp tỉnh Khánh Hòa giai đoạn 2026–2030";
constexpr int kProgrammeStart = 2026;
constexpr int kProgrammeEnd = 2030;

constexpr std::int64_t kMinimumEnvelope = 2'000'000'000;  // 2 tỷ đồng
constexpr std::int64_t kEnvelopeRounding = 100 * kMillion;

// Support levels resembling Decree 80/2021 for SMEs: the state's share of the cost, the ceiling
// per contract and per enterprise a year (million đồng); at most three vouchers a year.
struct CapLevel {
    SupportContent content;
    int percent;
    std::int64_t per_contract_million;
    std::int64_t per_year_million;
};
constexpr std::array<CapLevel, 11> kCapLevels{{
    {SupportContent::TechnologyTransfer, 50, 500, 500},
    {SupportContent::CooperationModel, 50, 300, 300},
    {SupportContent::Intermediary, 50, 200, 200},
    {SupportContent::TechnologyLicence, 50, 300, 300},
    {SupportContent::Consulting, 70, 150, 200},
    {SupportContent::TestingCertification, 50, 200, 300},
    {SupportContent::Commercialisation, 50, 500, 500},
    {SupportContent::IntellectualProperty, 70, 100, 200},
    {SupportContent::Equipment, 50, 500, 500},
    {SupportContent::TradePromotion, 50, 200, 300},
    {SupportContent::OtherInnovation, 60, 300, 300},
}};

class ProgrammePlanner {
public:
    explicit ProgrammePlanner(DemoRun& run) : m_run(run) {}

    void SetUpProgramme() {
        if (const auto existing = m_run.outer->Programmes().FindByCode(std::string(kProgrammeCode))) {
            // A second run adds to the programme the first one made.
            if (m_run.spec.year < existing->start_year || m_run.spec.year > existing->end_year)
                throw DomainError(
                    ErrorCode::InvalidValue,
                    {"Chương trình " + existing->code + " đã có với giai đoạn " +
                         std::to_string(existing->start_year) + "–" + std::to_string(existing->end_year) +
                         ", không gồm năm " + std::to_string(m_run.spec.year) + ".",
                     "Programme " + existing->code + " already exists for " +
                         std::to_string(existing->start_year) + "–" + std::to_string(existing->end_year) +
                         ", which does not include " + std::to_string(m_run.spec.year) + "."},
                    "year");
            m_run.programme = *existing;
        } else {
            Programme programme;
            programme.code = std::string(kProgrammeCode);
            programme.name = std::string(kProgrammeName);
            programme.start_year = std::min(kProgrammeStart, m_run.spec.year);
            programme.end_year = std::max(kProgrammeEnd, m_run.spec.year);
            if (programme.end_year - programme.start_year > 20) {
                programme.start_year = m_run.spec.year;
                programme.end_year = m_run.spec.year + 4;
            }
            m_run.programme = m_run.programmes.Create(programme, m_run.actor);
            m_run.programme_created = true;
            m_run.summary.programmes = 1;
        }
        for (const auto& level : kCapLevels) {
            SupportCap cap;
            cap.programme_id = m_run.programme.id;
            cap.content = level.content;
            cap.max_state_share_percent = level.percent;
            cap.ceiling_per_contract = Dong(level.per_contract_million * kMillion);
            cap.ceiling_per_enterprise_year = Dong(level.per_year_million * kMillion);
            cap.max_vouchers_per_enterprise_year = kMaxVouchersPerYear;
            m_run.programmes.SetCap(cap, m_run.actor);
            m_run.caps[level.content] = cap;
        }
        m_run.years.push_back(m_run.spec.year);
        if (m_run.spec.year + 1 <= m_run.programme.end_year) m_run.years.push_back(m_run.spec.year + 1);
    }

    void SetUpBudget() {
        for (const int year : m_run.years) {
            for (const auto& level : kCapLevels) {
                ContentBudget& budget = m_run.budget[{year, level.content}];
                if (const auto existing =
                        m_run.outer->Programmes().FindEnvelopeFor(m_run.programme.id, year, level.content)) {
                    budget.envelope = existing->id;
                    budget.remaining = m_run.outer->Programmes().Balance(existing->id).Remaining();
                    continue;
                }
                // Half as much again as the run expects to commit, so that the budget report shows
                // headroom, and never less than 2 tỷ đồng.
                const std::int64_t wanted = budget.planned.Dong() + budget.planned.Dong() / 2;
                BudgetEnvelope envelope;
                envelope.programme_id = m_run.programme.id;
                envelope.year = year;
                envelope.source = FundingSource::ProvincialScience;
                envelope.content = level.content;
                envelope.amount = Dong(std::max(kMinimumEnvelope, CeilTo(wanted, kEnvelopeRounding)));
                envelope = m_run.programmes.AddEnvelope(envelope, m_run.actor);
                budget.envelope = envelope.id;
                budget.remaining = envelope.amount;
            }
        }
    }

private:
    DemoRun& m_run;
};

}  // namespace

void SetUpProgramme(DemoRun& run) {
    ProgrammePlanner(run).SetUpProgramme();
}

void SetUpBudget(DemoRun& run) {
    ProgrammePlanner(run).SetUpBudget();
}

}  // namespace innodesk::demo
