// The catalogue of metrics: a stable id for each way InnoDesk computes a target's actual from
// its records, the kind of figure it gives and the parameters it takes. Documented in
// docs/PLANS.md ("Metrics"); ids never change once shipped.
#pragma once

#include "enum_table.h"
#include "plan.h"

#include <span>
#include <string_view>

namespace innodesk::domain {

enum class MetricParameter : unsigned {
    None = 0,
    Contents = 1,   // support contents: rows 18–28 of 000's appendix
    Outcome = 2,    // an outcome kind; required when allowed
    IpTypes = 4,    // IP object types
    EventKind = 8,  // an event kind
    Level = 16,     // a task level
};

// One per metric of the catalogue, in its order; Metrics() gives each its id (the code stored in
// files and the database) and labels.
enum class Metric {
    SupportedEnterprises,
    Supports,
    ApprovedApplications,
    SupportedAmount,
    SupportedStartups,
    OutcomeEnterprises,
    OutcomeRecords,
    OutcomeShare,
    CoFundedShare,
    IpFiled,
    IpGranted,
    IpExploited,
    IpEnterprises,
    TrainingPersonTimes,
    TrainedEnterprises,
    Events,
    VouchersIssued,
    VouchersIssuedAmount,
    VouchersRedeemed,
    VouchersReimbursed,
    VouchersReimbursedAmount,
    StEnterprises,
    InnovativeStartups,
    StEnterprisesCertified,
    InnovativeStartupsRecognised,
    SupportedStEnterprises,
    StartupProjectsSupported,
    RdCooperationEnterprises,
    IpFilingsAndGrants,
    IpExploitedShare,
    TasksCarriedOut,
    TasksAccepted,
    TasksAppliedShare,
    TasksOrderedShare,
    TasksOrderedCofundedShare,
    TasksTrackedShare,
    TasksApplyingUnitShare,
    TasksApplicationPlanShare,
};
std::span<const EnumEntry<Metric>> Metrics();

struct MetricDefinition {
    Metric metric;
    std::string_view id;
    TargetKind kind;
    unsigned parameters;  // MetricParameter bits
    std::string_view vi;
    std::string_view en;
};

std::span<const MetricDefinition> MetricCatalogue();
const MetricDefinition* FindMetric(std::string_view id);
// The metric exists, takes the parameters given and has those it requires; throws InvalidValue.
const MetricDefinition& RequireMetric(const MetricRequest& request);

}  // namespace innodesk::domain
