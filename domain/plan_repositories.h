// What plans, targets and their metrics need from storage. Implemented in persistence/; every
// method runs inside the Transaction it was obtained from.
#pragma once

#include "calendar_date.h"
#include "ip_filing.h"
#include "outcome.h"
#include "plan.h"
#include "support_content.h"
#include "task.h"
#include "training.h"
#include "voucher.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace innodesk::domain {

class PlanRepository {
public:
    virtual ~PlanRepository() = default;
    // Removes the stored plan with the same code (targets, reports, rubric) and stores this one
    // (version = the old version + 1, or 1); manual values stay, keyed by plan and target code.
    virtual PlanId Replace(const Plan& plan) = 0;
    virtual std::optional<Plan> Find(const std::string& code) = 0;
    virtual std::vector<Plan> List() = 0;                              // by code; with their targets
    virtual void SaveIndicator(const ManualIndicator& indicator) = 0;  // replaces the same plan/target's
    virtual std::vector<ManualIndicator> Indicators(const std::string& plan_code) = 0;
};

// Inclusive date range of the records a metric reads.
struct DateRange {
    CalendarDate from;
    CalendarDate to;
};

// One support given to an enterprise: an application approved by a decision dated in the range
// (and not since withdrawn or refused), or a voucher issued in the range and not cancelled.
struct SupportFact {
    std::string entity;  // "application" or "voucher"
    std::int64_t id = 0;
    std::int64_t enterprise_id = 0;
    std::int64_t programme_id = 0;
    SupportContent content = SupportContent::OtherInnovation;
    CalendarDate on;              // the decision's date, the voucher's issue date
    std::int64_t amount_vnd = 0;  // approved amount, voucher state share
    bool co_funded = false;       // an application with a co-funding share
    bool innovative_startup = false;
    std::string commune;
};

struct OutcomeFact {
    std::int64_t id = 0;
    std::int64_t enterprise_id = 0;
    OutcomeKind kind = OutcomeKind::TechnologyApplied;
    CalendarDate on;
};

struct IpFact {
    std::int64_t id = 0;
    std::int64_t enterprise_id = 0;
    IpType type = IpType::Patent;
    CalendarDate filed_on;
    IpStatus status = IpStatus::Filed;
    CalendarDate status_on;
    bool exploited = false;
};

struct EventFact {
    std::int64_t id = 0;
    EventKind kind = EventKind::TrainingCourse;
    CalendarDate starts_on;
    std::string title;
    std::int64_t person_times = 0;
};

struct VoucherFact {
    std::int64_t id = 0;
    std::int64_t enterprise_id = 0;
    std::int64_t programme_id = 0;
    std::string serial;
    SupportContent content = SupportContent::OtherInnovation;
    VoucherState state = VoucherState::Issued;
    CalendarDate issued_on;
    CalendarDate valid_until;
    std::optional<CalendarDate> redeemed_on;  // the invoice date
    std::optional<CalendarDate> reimbursed_on;
    std::int64_t state_share = 0;
    std::int64_t invoice_amount = 0;
    std::int64_t reimbursed_amount = 0;
};

// One task as the task metrics read it: what was recorded of each step of its lifecycle.
struct TaskFact {
    std::int64_t id = 0;
    std::string code;
    TaskLevel level = TaskLevel::Provincial;
    AwardMode award_mode = AwardMode::Ordering;
    std::optional<std::int64_t> programme_id;
    TaskState state = TaskState::Proposed;
    bool state_funded = false;         // a state budget above zero
    bool co_funded = false;            // co-funding from an enterprise or a locality recorded
    bool has_outputs = false;          // output commitments (contract, order, application road map)
    bool has_applying_unit = false;    // đơn vị tiếp nhận, ứng dụng
    bool has_ordering_unit = false;    // đơn vị đặt hàng
    bool has_contract = false;         // a contract number and its signing date
    bool acceptance_recorded = false;  // council, date, result and the decision that issued it
    bool transfer_recorded = false;    // date and receiving unit
    int follow_up_years = 0;
    std::optional<std::int64_t> lead_enterprise_id;
    std::string lead_province;  // the lead enterprise's or organisation's; empty when unknown
    std::optional<CalendarDate> contract_signed_on;
    std::vector<std::pair<TaskState, CalendarDate>> steps;  // each dated step, in order
    std::vector<CalendarDate> uses_reported;                // the uses after acceptance, by report date
    // Tranches not cancelled: when each falls due, and when it was paid.
    std::vector<std::pair<CalendarDate, std::optional<CalendarDate>>> tranches;

    // The day the task reached `state` (its last such step), if it did.
    std::optional<CalendarDate> ReachedOn(TaskState state) const;
};

// When an enterprise of the register was an S&T enterprise and an innovative start-up.
struct RegisterFact {
    std::int64_t enterprise_id = 0;
    std::optional<CalendarDate> st_since, st_until;
    std::optional<CalendarDate> startup_since, startup_until;
};
// Whether a [since, until) span holds on `date`.
inline bool HeldOn(const std::optional<CalendarDate>& since, const std::optional<CalendarDate>& until,
                   const CalendarDate& date) {
    return since && *since <= date && (!until || date < *until);
}

// Issued vouchers whose validity ends on one day.
struct ExpiryDay {
    CalendarDate date;
    std::int64_t count = 0;
};

// Records long past their date (vouchers past their validity, contracts past their end), counted
// rather than listed.
struct PastDue {
    std::int64_t count = 0;
    std::optional<CalendarDate> latest;  // the most recent date among them
};

// A support contract not yet accepted, with the end that makes its acceptance due.
struct ContractDue {
    std::int64_t application_id = 0;
    std::int64_t enterprise_id = 0;
    std::string enterprise_name;
    std::string contract_number;
    CalendarDate ends_on;
};

class MetricRepository {
public:
    virtual ~MetricRepository() = default;
    virtual std::vector<SupportFact> Supports(const DateRange& range) = 0;
    virtual std::vector<OutcomeFact> Outcomes(const DateRange& range) = 0;
    // Filings filed in the range or whose current status is dated in it.
    virtual std::vector<IpFact> IpFilings(const DateRange& range) = 0;
    // Events starting in the range, with their person-times.
    virtual std::vector<EventFact> Events(const DateRange& range) = 0;
    // Distinct enterprises among the attendees of events starting in the range, of one kind or all.
    virtual std::int64_t TrainedEnterpriseCount(const DateRange& range, std::optional<EventKind> kind) = 0;
    virtual std::vector<std::int64_t> TrainedEnterpriseIds(const DateRange& range,
                                                           std::optional<EventKind> kind,
                                                           std::size_t limit) = 0;
    // Vouchers issued, redeemed or reimbursed in the range.
    virtual std::vector<VoucherFact> Vouchers(const DateRange& range) = 0;
    // Issued (not yet redeemed) vouchers whose validity ends in the range, soonest first.
    virtual std::vector<VoucherFact> IssuedVouchersExpiring(const DateRange& range, std::size_t limit) = 0;
    // The expiry dates of issued vouchers in the range, with how many expire on each, soonest first.
    virtual std::vector<ExpiryDay> IssuedVoucherExpiryDays(const DateRange& range) = 0;
    // How many issued vouchers expired before `date`, and the latest of their expiry dates.
    virtual PastDue IssuedVouchersExpiredBefore(const CalendarDate& date) = 0;
    // Contracted or in-progress applications whose contract ends in the range, soonest first.
    virtual std::vector<ContractDue> OpenContractsEnding(const DateRange& range, std::size_t limit) = 0;
    // How many such contracts ended before `date`, and the latest of their ends.
    virtual PastDue OpenContractsEndedBefore(const CalendarDate& date) = 0;
    // Every enterprise that is or was an S&T enterprise or an innovative start-up, with its dates.
    virtual std::vector<RegisterFact> RegisterHistory() = 0;
    // The enterprises of the register in a province (a unit's name), by id.
    virtual std::vector<std::int64_t> EnterprisesIn(const std::string& province) = 0;
    // Every task, with its dated steps, uses and tranches.
    virtual std::vector<TaskFact> Tasks() = 0;
    virtual std::optional<std::int64_t> ProgrammeIdByCode(const std::string& code) = 0;
};

}  // namespace innodesk::domain
