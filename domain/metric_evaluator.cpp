// The metrics of the catalogue over the facts of the records.
#include "metric_evaluator.h"

#include "metric_catalogue.h"
#include "task_metrics.h"

#include <algorithm>
#include <cstdint>
#include <unordered_set>

namespace innodesk::domain {
namespace {

bool In(const DateRange& range, const CalendarDate& date) {
    return date >= range.from && date <= range.to;
}

template <typename T>
bool Accepts(const std::vector<T>& wanted, T value) {
    return wanted.empty() || std::find(wanted.begin(), wanted.end(), value) != wanted.end();
}

// Counts each enterprise once: the first record of an enterprise contributes 1, the rest 0.
class DistinctEnterprises {
public:
    double Contribution(std::int64_t enterprise_id) { return m_seen.insert(enterprise_id).second ? 1 : 0; }
    std::int64_t Count() const { return static_cast<std::int64_t>(m_seen.size()); }
    bool Contains(std::int64_t enterprise_id) const { return m_seen.count(enterprise_id) > 0; }

private:
    std::unordered_set<std::int64_t> m_seen;
};

std::string_view ContentCode(SupportContent content) {
    return EntryOf(SupportContents(), content).code;
}

}  // namespace

bool MetricEvaluator::InProvince(std::int64_t enterprise_id) {
    if (m_province.empty()) return true;
    if (!m_outside_province) {
        const auto ids = m_repository.EnterprisesOutside(m_province);
        m_outside_province.emplace(ids.begin(), ids.end());
    }
    return m_outside_province->count(enterprise_id) == 0;
}

const std::vector<RegisterFact>& MetricEvaluator::Register() {
    if (!m_register) {
        m_register = m_repository.RegisterHistory();
        m_register_index.emplace();
        for (std::size_t i = 0; i < m_register->size(); ++i)
            m_register_index->emplace((*m_register)[i].enterprise_id, i);
    }
    return *m_register;
}

const RegisterFact* MetricEvaluator::RegisterOf(std::int64_t enterprise_id) {
    const auto& facts = Register();
    const auto found = m_register_index->find(enterprise_id);
    return found == m_register_index->end() ? nullptr : &facts[found->second];
}

const std::vector<SupportFact>& MetricEvaluator::AllSupports() {
    if (!m_all_supports) {
        m_all_supports = m_repository.Supports(m_loaded);
        std::erase_if(*m_all_supports, [&](const SupportFact& f) { return !InProvince(f.enterprise_id); });
    }
    return *m_all_supports;
}

const std::vector<SupportFact>& MetricEvaluator::Supports() {
    if (!m_supports) {
        m_supports = AllSupports();
        if (m_programme_id)
            std::erase_if(*m_supports,
                          [&](const SupportFact& f) { return f.programme_id != *m_programme_id; });
    }
    return *m_supports;
}

std::vector<const TaskFact*> MetricEvaluator::TaskFacts(bool of_programme) {
    if (!m_tasks) {
        m_tasks = m_repository.Tasks();
        if (!m_province.empty())
            std::erase_if(*m_tasks, [&](const TaskFact& t) { return t.lead_province != m_province; });
    }
    std::vector<const TaskFact*> tasks;
    for (const auto& t : *m_tasks)
        if (!of_programme || !m_programme_id || t.programme_id == m_programme_id) tasks.push_back(&t);
    return tasks;
}

const std::vector<OutcomeFact>& MetricEvaluator::Outcomes() {
    if (!m_outcomes) {
        m_outcomes = m_repository.Outcomes(m_loaded);
        std::erase_if(*m_outcomes, [&](const OutcomeFact& f) { return !InProvince(f.enterprise_id); });
    }
    return *m_outcomes;
}

const std::vector<IpFact>& MetricEvaluator::IpFilings() {
    if (!m_ip_filings) {
        m_ip_filings = m_repository.IpFilings(m_loaded);
        std::erase_if(*m_ip_filings, [&](const IpFact& f) { return !InProvince(f.enterprise_id); });
    }
    return *m_ip_filings;
}

const std::vector<EventFact>& MetricEvaluator::Events() {
    if (!m_events) m_events = m_repository.Events(m_loaded);
    return *m_events;
}

const std::vector<VoucherFact>& MetricEvaluator::Vouchers() {
    if (!m_vouchers) {
        m_vouchers = m_repository.Vouchers(m_loaded);
        std::erase_if(*m_vouchers, [&](const VoucherFact& f) { return !InProvince(f.enterprise_id); });
        if (m_programme_id)
            std::erase_if(*m_vouchers,
                          [&](const VoucherFact& f) { return f.programme_id != *m_programme_id; });
    }
    return *m_vouchers;
}

std::optional<std::int64_t> MetricEvaluator::Visit(const MetricRequest& request, const DateRange& within,
                                                   const std::function<void(const Counted&)>& sink) {
    const Metric metric = RequireMetric(request).metric;

    // An enterprise's standing in the register on a day, from its dates.
    auto flagged_on = [this](std::int64_t enterprise, const CalendarDate& on, bool science_technology) {
        const RegisterFact* r = RegisterOf(enterprise);
        if (!r) return false;
        return science_technology ? HeldOn(r->st_since, r->st_until, on)
                                  : HeldOn(r->startup_since, r->startup_until, on);
    };
    auto StartupOn = [&](std::int64_t enterprise, const CalendarDate& on) {
        return flagged_on(enterprise, on, false);
    };

    if (metric == Metric::SupportedEnterprises || metric == Metric::Supports ||
        metric == Metric::ApprovedApplications || metric == Metric::SupportedAmount ||
        metric == Metric::SupportedStartups) {
        DistinctEnterprises distinct;
        for (const auto& f : Supports()) {
            if (!In(within, f.on) || !Accepts(request.contents, f.content)) continue;
            if (metric == Metric::SupportedStartups && !StartupOn(f.enterprise_id, f.on)) continue;
            if (metric == Metric::ApprovedApplications && f.entity != "application") continue;
            const double adds = metric == Metric::Supports || metric == Metric::ApprovedApplications ? 1
                                : metric == Metric::SupportedAmount ? static_cast<double>(f.amount_vnd)
                                                                    : distinct.Contribution(f.enterprise_id);
            sink(Counted{f.entity, f.id, f.enterprise_id, f.on, ContentCode(f.content), adds});
        }
        return std::nullopt;
    }
    if (metric == Metric::CoFundedShare) {
        std::int64_t base = 0;
        for (const auto& f : Supports()) {
            if (f.entity != "application" || !In(within, f.on) || !Accepts(request.contents, f.content))
                continue;
            ++base;
            if (f.co_funded) sink(Counted{f.entity, f.id, f.enterprise_id, f.on, ContentCode(f.content), 1});
        }
        return base;
    }
    if (metric == Metric::OutcomeEnterprises || metric == Metric::OutcomeRecords ||
        metric == Metric::OutcomeShare) {
        const std::string_view kind = EntryOf(OutcomeKinds(), *request.outcome).code;
        DistinctEnterprises supported;
        std::optional<std::int64_t> base;
        if (metric == Metric::OutcomeShare) {
            for (const auto& f : Supports())
                if (In(within, f.on)) supported.Contribution(f.enterprise_id);
            base = supported.Count();
        }
        DistinctEnterprises distinct;
        for (const auto& f : Outcomes()) {
            if (f.kind != *request.outcome || !In(within, f.on)) continue;
            if (metric == Metric::OutcomeShare && !supported.Contains(f.enterprise_id)) continue;
            const double adds = metric == Metric::OutcomeRecords ? 1 : distinct.Contribution(f.enterprise_id);
            sink(Counted{"outcome", f.id, f.enterprise_id, f.on, kind, adds});
        }
        return base;
    }
    if (metric == Metric::IpFiled || metric == Metric::IpGranted || metric == Metric::IpExploited ||
        metric == Metric::IpEnterprises) {
        DistinctEnterprises distinct;
        for (const auto& f : IpFilings()) {
            if (!Accepts(request.ip_types, f.type)) continue;
            const bool filed_in = In(within, f.filed_on);
            const bool granted_in = f.status == IpStatus::Granted && In(within, f.status_on);
            const bool counts = metric == Metric::IpFiled || metric == Metric::IpEnterprises ? filed_in
                                : metric == Metric::IpGranted                                ? granted_in
                                                              : granted_in && f.exploited;
            if (!counts) continue;
            const double adds = metric == Metric::IpEnterprises ? distinct.Contribution(f.enterprise_id) : 1;
            const bool by_filing = metric == Metric::IpFiled || metric == Metric::IpEnterprises;
            sink(Counted{"ip_filing", f.id, f.enterprise_id, by_filing ? f.filed_on : f.status_on,
                         EntryOf(IpTypes(), f.type).code, adds});
        }
        return std::nullopt;
    }
    if (metric == Metric::TrainingPersonTimes || metric == Metric::Events) {
        for (const auto& f : Events()) {
            if (!In(within, f.starts_on) || (request.event_kind && f.kind != *request.event_kind)) continue;
            const double adds = metric == Metric::Events ? 1 : static_cast<double>(f.person_times);
            sink(Counted{"training_event", f.id, 0, f.starts_on, f.title, adds});
        }
        return std::nullopt;
    }
    if (metric == Metric::VouchersIssued || metric == Metric::VouchersIssuedAmount ||
        metric == Metric::VouchersRedeemed || metric == Metric::VouchersReimbursed ||
        metric == Metric::VouchersReimbursedAmount) {
        for (const auto& f : Vouchers()) {
            if (!Accepts(request.contents, f.content)) continue;
            std::optional<CalendarDate> on;
            double adds = 1;
            if (metric == Metric::VouchersIssued || metric == Metric::VouchersIssuedAmount) {
                if (f.state == VoucherState::Cancelled || !In(within, f.issued_on)) continue;
                on = f.issued_on;
                if (metric == Metric::VouchersIssuedAmount) adds = static_cast<double>(f.state_share);
            } else if (metric == Metric::VouchersRedeemed) {
                if (!f.redeemed_on || !In(within, *f.redeemed_on)) continue;
                on = f.redeemed_on;
            } else {
                if (!f.reimbursed_on || !In(within, *f.reimbursed_on)) continue;
                on = f.reimbursed_on;
                if (metric == Metric::VouchersReimbursedAmount)
                    adds = static_cast<double>(f.reimbursed_amount);
            }
            sink(Counted{"voucher", f.id, f.enterprise_id, *on, f.serial, adds});
        }
        return std::nullopt;
    }
    if (metric == Metric::TrainedEnterprises) {
        for (const auto enterprise : m_repository.TrainedEnterpriseIds(within, request.event_kind, SIZE_MAX))
            if (InProvince(enterprise))
                sink(Counted{"enterprise", enterprise, enterprise, std::nullopt, "", 1});
        return std::nullopt;
    }
    if (metric == Metric::StEnterprises || metric == Metric::InnovativeStartups ||
        metric == Metric::StEnterprisesCertified || metric == Metric::InnovativeStartupsRecognised) {
        // The register as it stood at the range's end, or the enterprises that joined it within.
        const bool st = metric == Metric::StEnterprises || metric == Metric::StEnterprisesCertified;
        const bool joined =
            metric == Metric::StEnterprisesCertified || metric == Metric::InnovativeStartupsRecognised;
        for (const RegisterFact& r : Register()) {  // by enterprise id, as the repository reads them
            const auto& since = st ? r.st_since : r.startup_since;
            const auto& until = st ? r.st_until : r.startup_until;
            const bool counts = joined ? since && In(within, *since) : HeldOn(since, until, within.to);
            if (counts && InProvince(r.enterprise_id))
                sink(Counted{"enterprise", r.enterprise_id, r.enterprise_id, since, "", 1});
        }
        return std::nullopt;
    }
    if (metric == Metric::SupportedStEnterprises) {
        DistinctEnterprises distinct;
        for (const auto& f : Supports()) {
            if (!In(within, f.on) || !Accepts(request.contents, f.content) ||
                !flagged_on(f.enterprise_id, f.on, true))
                continue;
            sink(Counted{f.entity, f.id, f.enterprise_id, f.on, ContentCode(f.content),
                         distinct.Contribution(f.enterprise_id)});
        }
        return std::nullopt;
    }
    if (metric == Metric::StartupProjectsSupported) {
        // Every programme: each is the provincial budget's. A project is an application approved, a
        // voucher issued, or a state-funded task awarded, for an innovative start-up at the time.
        for (const auto& f : AllSupports())
            if (In(within, f.on) && StartupOn(f.enterprise_id, f.on))
                sink(Counted{f.entity, f.id, f.enterprise_id, f.on, ContentCode(f.content), 1});
        for (const TaskFact* t : TaskFacts(false)) {
            if (!t->lead_enterprise_id || !StateFundedAwardWithin(*t, within)) continue;
            const CalendarDate awarded = *t->ReachedOn(TaskState::Awarded);
            if (StartupOn(*t->lead_enterprise_id, awarded))
                sink(Counted{"task", t->id, *t->lead_enterprise_id, awarded, t->code, 1});
        }
        return std::nullopt;
    }
    if (metric == Metric::RdCooperationEnterprises) {
        // Recorded cooperation, funded or not: an outcome of the kind, or a support of the
        // cooperation-model content under any programme.
        DistinctEnterprises distinct;
        for (const auto& f : Outcomes())
            if (f.kind == OutcomeKind::RdCooperation && In(within, f.on))
                sink(Counted{"outcome", f.id, f.enterprise_id, f.on, "rd_cooperation",
                             distinct.Contribution(f.enterprise_id)});
        for (const auto& f : AllSupports())
            if (f.content == SupportContent::CooperationModel && In(within, f.on))
                sink(Counted{f.entity, f.id, f.enterprise_id, f.on, ContentCode(f.content),
                             distinct.Contribution(f.enterprise_id)});
        return std::nullopt;
    }
    if (metric == Metric::IpFilingsAndGrants || metric == Metric::IpExploitedShare) {
        std::int64_t base = 0;
        for (const auto& f : IpFilings()) {
            if (!Accepts(request.ip_types, f.type)) continue;
            const std::string_view type = EntryOf(IpTypes(), f.type).code;
            const bool filed_in = In(within, f.filed_on);
            const bool granted_in = f.status == IpStatus::Granted && In(within, f.status_on);
            if (metric == Metric::IpFilingsAndGrants) {
                if (filed_in) sink(Counted{"ip_filing", f.id, f.enterprise_id, f.filed_on, type, 1});
                if (granted_in) sink(Counted{"ip_filing", f.id, f.enterprise_id, f.status_on, type, 1});
                continue;
            }
            // The share: of the applications filed and titles granted in the range that still
            // stand (not refused nor withdrawn), those exploited commercially.
            if (!(filed_in || granted_in) || f.status == IpStatus::Refused || f.status == IpStatus::Withdrawn)
                continue;
            ++base;
            if (f.exploited)
                sink(Counted{"ip_filing", f.id, f.enterprise_id, granted_in ? f.status_on : f.filed_on, type,
                             1});
        }
        if (metric == Metric::IpExploitedShare) return base;
        return std::nullopt;
    }
    // The task metrics (task_metrics.h): the plan's programme's tasks, of the level asked for.
    std::int64_t base = 0;
    const bool share = RequireMetric(request).kind == TargetKind::Percentage;
    for (const TaskFact* t : TaskFacts(true)) {
        if (request.level && t->level != *request.level) continue;
        const std::int64_t enterprise = t->lead_enterprise_id.value_or(0);
        if (metric == Metric::TasksCarriedOut) {
            if (CarriedOutWithin(*t, within))
                sink(Counted{"task", t->id, enterprise, t->contract_signed_on, t->code, 1});
            continue;
        }
        if (metric == Metric::TasksAccepted || metric == Metric::TasksAppliedShare) {
            if (!AcceptedWithin(*t, within)) continue;
            ++base;
            if (metric == Metric::TasksAccepted || AppliedBy(*t, within.to))
                sink(Counted{"task", t->id, enterprise, t->ReachedOn(TaskState::Accepted), t->code, 1});
            continue;
        }
        if (!StateFundedAwardWithin(*t, within)) continue;
        ++base;
        const bool counts = metric == Metric::TasksOrderedShare ? t->award_mode == AwardMode::Ordering
                            : metric == Metric::TasksOrderedCofundedShare
                                ? t->award_mode == AwardMode::Ordering && t->co_funded && t->has_outputs
                            : metric == Metric::TasksTrackedShare ? FullyTracked(*t, within.to)
                            : metric == Metric::TasksApplyingUnitShare
                                ? t->has_applying_unit
                                : t->has_outputs && t->follow_up_years > 0;
        if (counts) sink(Counted{"task", t->id, enterprise, t->ReachedOn(TaskState::Awarded), t->code, 1});
    }
    if (share) return base;
    return std::nullopt;
}

MetricValue MetricEvaluator::Compute(const MetricRequest& request, const DateRange& within) {
    if (RequireMetric(request).metric == Metric::TrainedEnterprises && m_province.empty()) {
        const auto count = m_repository.TrainedEnterpriseCount(within, request.event_kind);
        return MetricValue{static_cast<double>(count), std::nullopt, std::nullopt};
    }
    double sum = 0;
    const auto base = Visit(request, within, [&sum](const Counted& counted) { sum += counted.contributes; });
    if (!base) return MetricValue{sum, std::nullopt, std::nullopt};
    const auto numerator = static_cast<std::int64_t>(sum);
    if (*base == 0) return MetricValue{std::nullopt, numerator, 0};
    return MetricValue{100.0 * static_cast<double>(numerator) / static_cast<double>(*base), numerator, *base};
}

std::vector<CountedRecord> MetricEvaluator::Records(const MetricRequest& request, const DateRange& within,
                                                    std::size_t limit) {
    std::vector<CountedRecord> records;
    if (RequireMetric(request).metric == Metric::TrainedEnterprises && m_province.empty()) {
        for (const auto enterprise : m_repository.TrainedEnterpriseIds(within, request.event_kind, limit))
            records.push_back(CountedRecord{"enterprise", enterprise, enterprise, std::nullopt, "", 1});
        return records;
    }
    Visit(request, within, [&](const Counted& c) {
        if (records.size() < limit)
            records.push_back(CountedRecord{std::string(c.entity), c.id, c.enterprise_id, c.on,
                                            std::string(c.detail), c.contributes});
    });
    return records;
}

}  // namespace innodesk::domain
