// The outcomes' planner: kinds of outcome by content and sector, with their descriptions.
#include "demo/outcome_planner.h"

#include "demo/names.h"

#include <algorithm>
#include <vector>

namespace innodesk::demo {

using namespace domain;  // the planners speak the domain's language throughout

namespace {

class OutcomePlanner {
public:
    explicit OutcomePlanner(DemoRun& run) : m_run(run) {}

    void RecordOutcomes(const PlannedApplication& plan, const CalendarDate& accepted_on) {
        const CalendarDate on = std::min({accepted_on.AddDays(m_run.extra.Between(0, 45)),
                                          CalendarDate::FromYmd(plan.year, 12, 31), m_run.clock.Today()});
        const PlannedEnterprise& enterprise = m_run.enterprises[plan.enterprise];
        const auto products = ProfileOf(enterprise.sector).products;
        for (const OutcomeKind kind : OutcomeKindsFor(plan)) {
            std::vector<const OutcomePattern*> patterns;
            for (const auto& pattern : OutcomePatterns())
                if (pattern.kind == kind) patterns.push_back(&pattern);
            EnterpriseOutcome outcome;
            outcome.enterprise_id = m_run.IdOf(plan.enterprise);
            outcome.application_id = plan.id;
            outcome.kind = kind;
            outcome.description = Fill(patterns[m_run.extra.Below(patterns.size())]->text, enterprise.brand,
                                       m_run.extra.Pick(products));
            outcome.recorded_on = on;
            outcome.year = plan.year;
            m_run.outcome_service.Add(outcome, m_run.actor);
            ++m_run.summary.outcomes;
        }
    }

private:
    std::vector<OutcomeKind> OutcomeKindsFor(const PlannedApplication& plan) {
        using C = SupportContent;
        const Sector sector = m_run.enterprises[plan.enterprise].sector;
        const bool exporter = sector == Sector::Aquaculture || sector == Sector::SeafoodProcessing ||
                              sector == Sector::BirdNest || sector == Sector::HighTechFarming ||
                              sector == Sector::IndustrialCrops;
        double technology = 0.9, product = 0.08, consulting = 0.0;
        switch (plan.content) {
            case C::Consulting:
                technology = 0.5;
                consulting = 1.0;
                break;
            case C::TestingCertification:
            case C::TradePromotion:
                technology = 0.55;
                product = plan.content == C::TradePromotion ? 0.3 : 0.08;
                break;
            case C::Commercialisation:
            case C::TechnologyTransfer:
            case C::Equipment:
            case C::OtherInnovation:
            case C::TechnologyLicence:
            case C::CooperationModel:
                product = 0.45;
                consulting = plan.content == C::TechnologyTransfer ? 0.25 : 0.0;
                break;
            case C::Intermediary:
            case C::IntellectualProperty:
                consulting = 0.25;
                break;
        }
        std::vector<OutcomeKind> kinds;
        if (m_run.extra.Chance(technology)) kinds.push_back(OutcomeKind::TechnologyApplied);
        if (m_run.extra.Chance(product)) kinds.push_back(OutcomeKind::NewProduct);
        if (plan.content == C::TestingCertification) {
            kinds.push_back(OutcomeKind::StandardAdopted);
            if (exporter && m_run.extra.Chance(0.25)) kinds.push_back(OutcomeKind::InternationalStandard);
        }
        if (m_run.extra.Chance(consulting)) kinds.push_back(OutcomeKind::InDepthConsulting);
        if (kinds.empty()) kinds.push_back(OutcomeKind::TechnologyApplied);
        return kinds;
    }

    DemoRun& m_run;
};

}  // namespace

void RecordOutcomes(DemoRun& run, const PlannedApplication& plan, const CalendarDate& accepted_on) {
    OutcomePlanner(run).RecordOutcomes(plan, accepted_on);
}

}  // namespace innodesk::demo
