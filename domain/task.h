// An innovation or S&T task (nhiệm vụ ĐMST / KH&CN): a funded project with a lead organisation, a
// principal investigator, outputs it commits to, a contract, milestones, tranche payments, an
// acceptance by a council issued as a signed decision, a transfer to the unit that applies its
// results and years of follow-up. Distinct from a support application; an application may be
// delivered within a task (linked, not merged). See docs/TASKS.md.
#pragma once

#include "calendar_date.h"
#include "enterprise.h"
#include "enum_table.h"
#include "lifecycle.h"
#include "money.h"
#include "organisation.h"
#include "programme.h"
#include "text_rules.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace innodesk::domain {

using TaskId = std::int64_t;

enum class TaskLevel { Provincial, Grassroots };
std::span<const EnumEntry<TaskLevel>> TaskLevels();

// How the task was awarded (003 rows 2–3 count the share awarded by ordering).
enum class AwardMode { Ordering, Selection, DirectAssignment };
std::span<const EnumEntry<AwardMode>> AwardModes();

enum class TaskState {
    Proposed,     // đề xuất
    Awarded,      // selected or directly assigned, by the award mode
    Contracted,   // hợp đồng signed: the state budget is committed on the envelope
    InProgress,   // đang thực hiện
    Accepted,     // nghiệm thu đạt (or xuất sắc), by a signed decision
    Failed,       // nghiệm thu không đạt, by a signed decision
    Transferred,  // bàn giao to the applying unit
    Applied,      // its results applied and followed after acceptance
    Terminated,   // stopped (chấm dứt) before acceptance, with its reason
};
const Lifecycle<TaskState>& TaskLifecycle();
// Contracted and after (not failed nor terminated): the state budget counts as committed.
bool HoldsCommitment(TaskState state);
// Until an acceptance decision is signed: details, milestones and tranches may still change.
bool TaskBeforeAcceptance(TaskState state);

// Counterpart funds (vốn đối ứng) and where they come from.
struct CoFunding {
    std::string source;  // "Công ty TNHH Thủy sản Nha Trang, vốn tự có"
    Money amount;
};

enum class OutputKind {
    Technology,
    Product,
    Process,
    Model,
    DigitalSolution,
    Standard,
    IntellectualProperty,
    Publication,
    Report,
    TrainedPeople,
    Other,
};
std::span<const EnumEntry<OutputKind>> OutputKinds();

// A product the task commits to deliver (sản phẩm đầu ra) and who will apply it.
struct OutputCommitment {
    OutputKind kind = OutputKind::Product;
    int quantity = 1;
    std::string description;
    std::string applying_user;  // địa chỉ ứng dụng: the unit or enterprise that will use it
};

enum class MilestoneStatus { Planned, Reported, Dropped };
std::span<const EnumEntry<MilestoneStatus>> MilestoneStatuses();

struct Milestone {
    int position = 0;  // 1, 2, … within the task
    std::string content;
    std::string product;
    CalendarDate due_on;
    std::optional<CalendarDate> reported_on;
    MilestoneStatus status = MilestoneStatus::Planned;
    std::string evidence;  // the report's number, what was checked
    // Open: planned and not reported. Late: open and past its date, or reported after it.
    bool Open() const { return status == MilestoneStatus::Planned; }
    bool LateOn(const CalendarDate& today) const;
};

enum class TrancheStatus { Planned, Paid, Cancelled };
std::span<const EnumEntry<TrancheStatus>> TrancheStatuses();

// A payment of the state budget in tranches (tạm ứng, thanh toán), drawn on the task's envelope.
struct Tranche {
    int number = 0;  // 1, 2, … within the task
    Money amount;
    CalendarDate due_on;
    TrancheStatus status = TrancheStatus::Planned;
    std::optional<CalendarDate> paid_on;
    std::string reference;  // the payment order, the treasury's document
    std::string recorded_by;
};

enum class AcceptanceResult { Excellent, Passed, Failed };
std::span<const EnumEntry<AcceptanceResult>> AcceptanceResults();

// The council's evaluation (nghiệm thu), recorded by an officer and issued as a decision that an
// approver signs; the task moves to accepted or failed when the decision is signed.
struct TaskAcceptance {
    std::string council;  // "Hội đồng KH&CN cấp tỉnh theo Quyết định 88/QĐ-SKHCN"
    CalendarDate held_on;
    AcceptanceResult result = AcceptanceResult::Passed;
    std::string minutes_number;  // biên bản
    std::optional<std::int64_t> decision_id;
};

struct TaskTransfer {
    CalendarDate on;
    std::string receiving_unit;
    std::string document_number;  // biên bản bàn giao
    std::string note;
};

// A report of the results in use after acceptance (ứng dụng kết quả).
struct TaskUse {
    std::int64_t id = 0;
    CalendarDate reported_on;
    std::string place;  // where the results are applied
    CalendarDate since;
    std::string evidence;
    std::string recorded_by;
};

// A contract's end moved later (gia hạn), with why and under which document.
struct TaskExtension {
    CalendarDate from_end;
    CalendarDate to_end;
    std::string reason;
    std::string document_number;
    std::string actor;
    std::int64_t at_unix = 0;
};

struct Task {
    TaskId id = 0;
    std::string code;  // the national or provincial task code: "ĐTCT.2026.03"; unique
    std::string title;
    TaskLevel level = TaskLevel::Provincial;
    AwardMode award_mode = AwardMode::Ordering;
    int year = 0;  // the plan year the task belongs to
    std::optional<ProgrammeId> programme_id;
    std::string plan_code;  // the plan and its line (work item) the task carries out, if any
    std::string plan_line;
    // The lead organisation (tổ chức chủ trì): an enterprise of the register or an organisation.
    std::optional<EnterpriseId> lead_enterprise_id;
    std::optional<OrganisationId> lead_organisation_id;
    std::string principal_investigator;  // chủ nhiệm
    std::string ordering_unit;           // đơn vị đặt hàng
    std::string applying_unit;           // đơn vị tiếp nhận, ứng dụng kết quả
    Money state_budget;                  // kinh phí ngân sách
    std::vector<CoFunding> co_funding;
    std::vector<OutputCommitment> outputs;
    std::string contract_number;
    std::optional<CalendarDate> contract_signed_on;
    std::optional<CalendarDate> starts_on;
    std::optional<CalendarDate> ends_on;  // as last extended
    std::optional<EnvelopeId> envelope_id;
    TaskState state = TaskState::Proposed;
    int follow_up_years = 3;  // how many years after acceptance its use is followed
    std::optional<TaskAcceptance> acceptance;
    std::optional<TaskTransfer> transfer;
    std::string created_by;
    std::int64_t version = 0;

    Money CoFundingTotal() const;  // throws MoneyOverflow rather than wrap
    bool CoFunded() const { return !co_funding.empty(); }
    bool HasOutputCommitments() const { return !outputs.empty(); }
};

// A dated step of the task's lifecycle: `on` is the day it happened, `at_unix` when it was recorded.
struct TaskTransition {
    TaskId task_id = 0;
    TaskState from = TaskState::Proposed;
    TaskState to = TaskState::Proposed;
    CalendarDate on;
    std::int64_t at_unix = 0;
    std::string actor;
    std::string note;
};

// When the next yearly report of the results in use falls due: each anniversary of the acceptance
// for `follow_up_years` years, one report for each year, in order. Nothing once every year has its
// report.
std::optional<CalendarDate> NextFollowUpDue(const CalendarDate& accepted_on, int follow_up_years,
                                            int uses_reported);

// Cleans the text and checks what no storage constraint can: a code, a title, one lead, a year,
// non-negative amounts, co-funding with a source, outputs with a quantity and a description.
Task NormaliseTask(Task task, const TextRules& text);
Milestone NormaliseMilestone(Milestone milestone, const TextRules& text);
TaskUse NormaliseTaskUse(TaskUse use, const TextRules& text);
TaskTransfer NormaliseTransfer(TaskTransfer transfer, const TextRules& text);
TaskAcceptance NormaliseAcceptance(TaskAcceptance acceptance, const TextRules& text);

}  // namespace innodesk::domain
