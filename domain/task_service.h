// Tasks from proposal to the years after acceptance, as officers drive them: propose, award,
// contract (committing the state budget on an envelope), start, extend, plan and pay tranches,
// report milestones, record the council's acceptance, transfer, follow the results in use; or
// terminate. Each step is dated, attributed, audited and refused when out of order. The
// acceptance itself is issued by a decision an approver signs (DecisionService, kind
// task_acceptance), which moves the task to accepted or failed.
#pragma once

#include "actor.h"
#include "store.h"
#include "task.h"
#include "text_rules.h"

#include <optional>
#include <string>
#include <vector>

namespace innodesk::domain {

// Everything recorded on one task, for its page.
struct TaskFile {
    Task task;
    std::string lead_name;
    std::vector<Milestone> milestones;
    std::vector<Tranche> tranches;
    std::vector<TaskUse> uses;
    std::vector<TaskExtension> extensions;
    std::vector<TaskTransition> history;
    std::vector<ApplicationId> applications;
    Money Paid() const;
    Money Planned() const;  // tranches planned or paid (not cancelled)
};

struct ContractTerms {
    std::string number;
    CalendarDate signed_on;
    CalendarDate starts_on;
    CalendarDate ends_on;
    EnvelopeId envelope_id = 0;
};

class TaskService {
public:
    TaskService(Store& store, const TextRules& text, const Clock& clock)
        : m_store(store), m_text(text), m_clock(clock) {}

    // Officers. A new task is proposed; the code must be unused, the lead must exist.
    Task Propose(Task task, const Actor& actor);
    // The same for a task proposed earlier than today (entering the tasks already under way):
    // its proposal is dated `proposed_on`, which may not be in the future.
    Task Propose(Task task, const CalendarDate& proposed_on, const Actor& actor);
    // Changes the details (title, lead, budget, co-funding, outputs, award mode, plan line) while
    // the task is proposed or awarded; after the contract they are what was signed.
    Task Edit(Task task, const Actor& actor);

    Task Get(TaskId id);
    // By its code as stored (cleaned, NFC); NotFound naming the code.
    Task GetByCode(const std::string& code);
    TaskFile File(TaskId id);
    std::vector<TaskSummary> List(const TaskFilter& filter);

    // The lifecycle's steps. `on` is the day the step happened: not in the future, not before the
    // task's previous step.
    Task Award(TaskId id, const CalendarDate& on, const std::string& note, const Actor& actor);
    // Commits the state budget on the envelope (of the task's programme, refused when it would
    // overdraw it); the contract's dates must run signed ≤ start ≤ end.
    Task Contract(TaskId id, const ContractTerms& terms, const Actor& actor);
    Task Start(TaskId id, const CalendarDate& on, const Actor& actor);
    Task Extend(TaskId id, const CalendarDate& new_end, const std::string& reason,
                const std::string& document_number, const Actor& actor);
    Task Terminate(TaskId id, const CalendarDate& on, const std::string& reason, const Actor& actor);

    Milestone AddMilestone(TaskId id, Milestone milestone, const Actor& actor);
    Milestone ReportMilestone(TaskId id, int position, const CalendarDate& reported_on,
                              const std::string& evidence, const Actor& actor);
    Milestone DropMilestone(TaskId id, int position, const std::string& reason, const Actor& actor);

    // Tranches together never exceed the contracted state budget.
    Tranche PlanTranche(TaskId id, Money amount, const CalendarDate& due_on, const Actor& actor);
    Tranche PayTranche(TaskId id, int number, const CalendarDate& paid_on, const std::string& reference,
                       const Actor& actor);
    Tranche CancelTranche(TaskId id, int number, const std::string& reason, const Actor& actor);

    // The council's evaluation, recorded before the acceptance decision is drafted; refused while
    // a milestone is unreported or a tranche planned and unpaid. Replaces an earlier evaluation
    // only while no decision has been signed on it.
    Task RecordAcceptance(TaskId id, TaskAcceptance acceptance, const Actor& actor);
    Task Transfer(TaskId id, TaskTransfer transfer, const Actor& actor);
    // A report of the results in use; the first one moves a transferred task to applied.
    TaskUse RecordUse(TaskId id, TaskUse use, const Actor& actor);

    void LinkApplication(TaskId id, ApplicationId application, const Actor& actor);
    void UnlinkApplication(TaskId id, ApplicationId application, const Actor& actor);

    Organisation AddOrganisation(Organisation organisation, const Actor& actor);
    std::vector<Organisation> Organisations();

private:
    Store& m_store;
    const TextRules& m_text;
    const Clock& m_clock;
};

// Why a task cannot be accepted now (open milestones, unpaid planned tranches, no evaluation),
// or nothing. Used by RecordAcceptance and by DecisionService before drafting and signing.
void RequireAcceptable(Transaction& tx, const Task& task);
// Applies a signed acceptance decision to its task inside `tx`: accepted or failed, on the
// decision's date, by the decision's number.
void ApplyAcceptanceDecision(Transaction& tx, TaskId task_id, std::int64_t decision_id,
                             const std::string& decision_number, const CalendarDate& decided_on,
                             const Actor& actor, std::int64_t at_unix);

}  // namespace innodesk::domain
