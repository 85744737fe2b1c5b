// Computing metrics from the records: the facts of a date range are read once, then every
// target and every quarter of a plan is computed from them, and the drill-down lists the very
// records the actual is made of.
#pragma once

#include "plan.h"
#include "plan_repositories.h"
#include "target_evaluation.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace innodesk::domain {

struct MetricValue {
    std::optional<double> value;  // nullopt: a percentage of an empty base
    std::optional<std::int64_t> numerator;
    std::optional<std::int64_t> denominator;
};

class MetricEvaluator {
public:
    // Reads facts dated within `loaded` (on first need); supports, vouchers and tasks only of
    // `programme_id` when given; enterprises and organisations only of `province` (a unit's name)
    // when not empty: a provincial plan's targets count its own province's.
    MetricEvaluator(MetricRepository& repository, DateRange loaded, std::optional<std::int64_t> programme_id,
                    std::string province = {})
        : m_repository(repository),
          m_loaded(loaded),
          m_programme_id(programme_id),
          m_province(std::move(province)) {}

    // `within` must lie inside the loaded range.
    MetricValue Compute(const MetricRequest& request, const DateRange& within);
    std::vector<CountedRecord> Records(const MetricRequest& request, const DateRange& within,
                                       std::size_t limit);
    // The applications approved and vouchers issued in the loaded range (of the programme).
    const std::vector<SupportFact>& Supports();

private:
    // One record that counts, as the metric meets it; turned into a CountedRecord only for the
    // drill-down, so that computing a dashboard builds no strings.
    struct Counted {
        std::string_view entity;
        std::int64_t id;
        std::int64_t enterprise_id;
        std::optional<CalendarDate> on;
        std::string_view detail;
        double contributes;
    };
    // Calls `sink` for every record that counts and returns the base of a percentage.
    std::optional<std::int64_t> Visit(const MetricRequest& request, const DateRange& within,
                                      const std::function<void(const Counted&)>& sink);
    const std::vector<OutcomeFact>& Outcomes();
    const std::vector<IpFact>& IpFilings();
    const std::vector<EventFact>& Events();
    const std::vector<VoucherFact>& Vouchers();
    // Supports under every programme (of the province): start-up projects, R&D cooperation.
    const std::vector<SupportFact>& AllSupports();
    // Tasks of the province; `of_programme`: only the plan's programme's, when it names one.
    std::vector<const TaskFact*> TaskFacts(bool of_programme);
    bool InProvince(std::int64_t enterprise_id);
    // Every enterprise ever flagged, by id, with its dates; one of them, null when never flagged.
    const std::vector<RegisterFact>& Register();
    const RegisterFact* RegisterOf(std::int64_t enterprise_id);

    MetricRepository& m_repository;
    DateRange m_loaded;
    std::optional<std::int64_t> m_programme_id;
    std::string m_province;
    std::optional<std::unordered_set<std::int64_t>> m_outside_province;
    std::optional<std::vector<SupportFact>> m_all_supports;
    std::optional<std::vector<TaskFact>> m_tasks;
    std::optional<std::vector<RegisterFact>> m_register;
    std::optional<std::unordered_map<std::int64_t, std::size_t>> m_register_index;  // id → position
    std::optional<std::vector<SupportFact>> m_supports;
    std::optional<std::vector<OutcomeFact>> m_outcomes;
    std::optional<std::vector<IpFact>> m_ip_filings;
    std::optional<std::vector<EventFact>> m_events;
    std::optional<std::vector<VoucherFact>> m_vouchers;
};

}  // namespace innodesk::domain
