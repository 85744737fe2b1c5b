// Task use cases: each step checks the role first, then the lifecycle and the dates, and writes
// the record, its dated transition and its audit entry in one transaction.
#include "task_service.h"

#include "audit_recorder.h"
#include "errors.h"
#include "record_lookup.h"
#include "task_audit_views.h"

namespace innodesk::domain {
namespace {

using S = TaskState;

Task RequireTask(Transaction& tx, TaskId id) {
    if (auto task = tx.Tasks().FindById(id)) return *task;
    throw DomainError(ErrorCode::NotFound,
                      {"Không có nhiệm vụ id " + std::to_string(id) + ".",
                       "There is no task with id " + std::to_string(id) + "."},
                      "task");
}

std::string StateVi(S state) {
    return std::string(EntryOf(TaskLifecycle().states, state).vi);
}
std::string StateEn(S state) {
    return std::string(EntryOf(TaskLifecycle().states, state).en);
}

// Refuses a step the task's state does not allow, naming the state it is in.
void RequireState(const Task& task, std::initializer_list<S> allowed, const char* step_vi,
                  const char* step_en) {
    for (const S state : allowed)
        if (task.state == state) return;
    throw DomainError(ErrorCode::InvalidTransition,
                      {"Nhiệm vụ " + task.code + " đang ở trạng thái '" + StateVi(task.state) +
                           "'; không thể " + step_vi + ".",
                       "Task " + task.code + " is '" + StateEn(task.state) + "'; cannot " + step_en + "."},
                      "state");
}

std::string RequireCleaned(const TextRules& text, const std::string& value, const char* field,
                           const char* what_vi, const char* what_en) {
    std::string cleaned = text.Clean(value, field);
    if (cleaned.empty())
        throw DomainError(ErrorCode::InvalidValue,
                          {std::string(what_vi) + " là bắt buộc.", std::string(what_en) + " is required."},
                          field);
    return cleaned;
}

// The day of the task's latest step: a new step may not be dated before it.
CalendarDate LastStepOn(Transaction& tx, TaskId id) {
    const auto history = tx.Tasks().History(id);
    CalendarDate last = CalendarDate::FromYmd(2000, 1, 1);
    for (const auto& step : history)
        if (step.on > last) last = step.on;
    return last;
}

// A step's date: not after today, not before the previous step.
void RequireStepDate(Transaction& tx, const Task& task, const CalendarDate& on, const Clock& clock,
                     const char* field) {
    const CalendarDate today = clock.Today();
    if (on > today)
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Ngày " + on.Format() + " ở sau hôm nay (" + today.Format() + "); chỉ ghi việc đã xảy ra.",
             "The date " + on.Format() + " is after today (" + today.Format() +
                 "); record only what has happened."},
            field);
    const CalendarDate last = LastStepOn(tx, task.id);
    if (on < last)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Ngày " + on.Format() + " trước bước gần nhất của nhiệm vụ " + task.code + " (" +
                               last.Format() + "); các bước ghi theo thứ tự thời gian.",
                           "The date " + on.Format() + " is before task " + task.code + "'s latest step (" +
                               last.Format() + "); steps are recorded in the order they happened."},
                          field);
}

void RequireNotFuture(const CalendarDate& on, const Clock& clock, const char* field) {
    const CalendarDate today = clock.Today();
    if (on <= today) return;
    throw DomainError(ErrorCode::InvalidValue,
                      {"Ngày " + on.Format() + " ở sau hôm nay (" + today.Format() + ").",
                       "The date " + on.Format() + " is after today (" + today.Format() + ")."},
                      field);
}

// Moves the task and writes its dated transition; the caller updates and audits it.
void Step(Transaction& tx, Task& task, S to, const CalendarDate& on, const std::string& note,
          const Actor& actor, std::int64_t at_unix) {
    TaskLifecycle().RequireMove(task.state, to);
    tx.Tasks().AppendTransition({task.id, task.state, to, on, at_unix, actor.user_name, note});
    task.state = to;
}

void Save(Transaction& tx, Task& task) {
    tx.Tasks().Update(task);
    task.version += 1;
}

// The lead must exist in its register; a programme, when named, too.
void RequireReferences(Transaction& tx, const Task& task) {
    if (task.lead_enterprise_id) RequireEnterprise(tx, *task.lead_enterprise_id, "lead_enterprise_id");
    if (task.lead_organisation_id && !tx.Organisations().FindById(*task.lead_organisation_id))
        throw DomainError(
            ErrorCode::NotFound,
            {"Không có tổ chức id " + std::to_string(*task.lead_organisation_id) + ".",
             "There is no organisation with id " + std::to_string(*task.lead_organisation_id) + "."},
            "lead_organisation_id");
    if (task.programme_id) RequireProgramme(tx, *task.programme_id);
}

Money Sum(const std::vector<Tranche>& tranches, bool paid_only) {
    Money total;
    for (const auto& tranche : tranches)
        if (tranche.status == TrancheStatus::Paid || (!paid_only && tranche.status == TrancheStatus::Planned))
            total += tranche.amount;
    return total;
}

Milestone RequireMilestone(Transaction& tx, const Task& task, int position) {
    for (auto& milestone : tx.Tasks().Milestones(task.id))
        if (milestone.position == position) return milestone;
    throw DomainError(ErrorCode::NotFound,
                      {"Nhiệm vụ " + task.code + " không có mốc số " + std::to_string(position) + ".",
                       "Task " + task.code + " has no milestone " + std::to_string(position) + "."},
                      "milestone");
}

Tranche RequireTranche(Transaction& tx, const Task& task, int number) {
    for (auto& tranche : tx.Tasks().Tranches(task.id))
        if (tranche.number == number) return tranche;
    throw DomainError(
        ErrorCode::NotFound,
        {"Nhiệm vụ " + task.code + " không có đợt cấp kinh phí số " + std::to_string(number) + ".",
         "Task " + task.code + " has no tranche " + std::to_string(number) + "."},
        "tranche");
}

std::string LeadName(Transaction& tx, const Task& task) {
    if (task.lead_enterprise_id)
        if (auto enterprise = tx.Enterprises().FindById(*task.lead_enterprise_id)) return enterprise->name;
    if (task.lead_organisation_id)
        if (auto organisation = tx.Organisations().FindById(*task.lead_organisation_id))
            return organisation->name;
    return {};
}

}  // namespace

Money TaskFile::Paid() const {
    return Sum(tranches, true);
}

Money TaskFile::Planned() const {
    return Sum(tranches, false);
}

void RequireAcceptable(Transaction& tx, const Task& task) {
    if (!task.acceptance)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Nhiệm vụ " + task.code + " chưa có kết quả đánh giá của hội đồng nghiệm thu.",
                           "Task " + task.code + " has no acceptance council's evaluation recorded."},
                          "acceptance");
    std::string open_vi, open_en;
    for (const auto& milestone : tx.Tasks().Milestones(task.id))
        if (milestone.Open()) {
            open_vi += (open_vi.empty() ? "" : "; ") + std::string("mốc ") +
                       std::to_string(milestone.position) + " '" + milestone.content + "' (hạn " +
                       milestone.due_on.Format() + ") chưa báo cáo";
            open_en += (open_en.empty() ? "" : "; ") + std::string("milestone ") +
                       std::to_string(milestone.position) + " '" + milestone.content + "' (due " +
                       milestone.due_on.Format() + ") not reported";
        }
    for (const auto& tranche : tx.Tasks().Tranches(task.id))
        if (tranche.status == TrancheStatus::Planned) {
            open_vi += (open_vi.empty() ? "" : "; ") + std::string("đợt ") + std::to_string(tranche.number) +
                       " (" + tranche.amount.Format() + ") chưa cấp";
            open_en += (open_en.empty() ? "" : "; ") + std::string("tranche ") +
                       std::to_string(tranche.number) + " (" + tranche.amount.Format() + ") not paid";
        }
    if (open_vi.empty()) return;
    throw DomainError(ErrorCode::InvalidTransition,
                      {"Chưa thể nghiệm thu nhiệm vụ " + task.code + ": " + open_vi +
                           ". Báo cáo hoặc bỏ mốc, cấp hoặc hủy đợt kinh phí trước.",
                       "Task " + task.code + " cannot be accepted yet: " + open_en +
                           ". Report or drop the milestones, pay or cancel the tranches first."},
                      "acceptance");
}

void ApplyAcceptanceDecision(Transaction& tx, TaskId task_id, std::int64_t decision_id,
                             const std::string& decision_number, const CalendarDate& decided_on,
                             const Actor& actor, std::int64_t at_unix) {
    Task task = RequireTask(tx, task_id);
    RequireState(task, {S::InProgress}, "ban hành quyết định nghiệm thu", "issue an acceptance decision");
    RequireAcceptable(tx, task);
    if (decided_on < task.acceptance->held_on)
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Quyết định " + decision_number + " ngày " + decided_on.Format() +
                 " trước phiên họp hội đồng nghiệm thu " + task.acceptance->held_on.Format() + ".",
             "Decision " + decision_number + " of " + decided_on.Format() +
                 " is dated before the acceptance council's meeting of " + task.acceptance->held_on.Format() +
                 "."},
            "date");
    const Task before = task;
    task.acceptance->decision_id = decision_id;
    const S to = task.acceptance->result == AcceptanceResult::Failed ? S::Failed : S::Accepted;
    // The step's note is the document that made it, shown as it is in either language.
    Step(tx, task, to, decided_on, decision_number, actor, at_unix);
    Save(tx, task);
    RecordChangeAt(tx, at_unix, actor, to == S::Accepted ? "task.accept" : "task.fail", "task", task.id,
                   AuditView(before), AuditView(task));
}

Task TaskService::Propose(Task task, const Actor& actor) {
    return Propose(std::move(task), m_clock.Today(), actor);
}

Task TaskService::Propose(Task task, const CalendarDate& proposed_on, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "đề xuất nhiệm vụ", "propose tasks");
    RequireNotFuture(proposed_on, m_clock, "proposed_on");
    task = NormaliseTask(std::move(task), m_text);
    task.state = S::Proposed;
    task.created_by = actor.user_name;
    task.contract_number.clear();
    task.contract_signed_on.reset();
    task.envelope_id.reset();
    task.acceptance.reset();
    task.transfer.reset();
    auto tx = m_store.Begin(TransactionMode::Write);
    if (tx->Tasks().FindByCode(task.code))
        throw DomainError(
            ErrorCode::Duplicate,
            {"Mã nhiệm vụ " + task.code + " đã được dùng.", "Task code " + task.code + " is already used."},
            "code");
    RequireReferences(*tx, task);
    task.id = tx->Tasks().Insert(task);
    task.version = 1;
    tx->Tasks().AppendTransition(
        {task.id, S::Proposed, S::Proposed, proposed_on, m_clock.NowUnixSeconds(), actor.user_name, ""});
    RecordChange(*tx, m_clock, actor, "task.propose", "task", task.id, nullptr, AuditView(task));
    tx->Commit();
    return task;
}

Task TaskService::Edit(Task task, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "sửa nhiệm vụ", "edit tasks");
    task = NormaliseTask(std::move(task), m_text);
    auto tx = m_store.Begin(TransactionMode::Write);
    const Task before = RequireTask(*tx, task.id);
    RequireState(before, {S::Proposed, S::Awarded}, "sửa thông tin sau khi đã ký hợp đồng",
                 "change its details after the contract");
    if (task.code != before.code && tx->Tasks().FindByCode(task.code))
        throw DomainError(
            ErrorCode::Duplicate,
            {"Mã nhiệm vụ " + task.code + " đã được dùng.", "Task code " + task.code + " is already used."},
            "code");
    RequireReferences(*tx, task);
    // What the lifecycle owns stays as stored: only the details change here.
    task.state = before.state;
    task.created_by = before.created_by;
    task.contract_number = before.contract_number;
    task.contract_signed_on = before.contract_signed_on;
    task.envelope_id = before.envelope_id;
    task.acceptance = before.acceptance;
    task.transfer = before.transfer;
    Save(*tx, task);
    RecordChange(*tx, m_clock, actor, "task.edit", "task", task.id, AuditView(before), AuditView(task));
    tx->Commit();
    return task;
}

Task TaskService::Get(TaskId id) {
    auto tx = m_store.Begin(TransactionMode::Read);
    return RequireTask(*tx, id);
}

Task TaskService::GetByCode(const std::string& code) {
    const std::string cleaned = m_text.Clean(code, "code");
    auto tx = m_store.Begin(TransactionMode::Read);
    if (auto task = tx->Tasks().FindByCode(cleaned)) return *task;
    throw DomainError(
        ErrorCode::NotFound,
        {"Không có nhiệm vụ mã '" + cleaned + "'.", "There is no task with the code '" + cleaned + "'."},
        "code");
}

TaskFile TaskService::File(TaskId id) {
    auto tx = m_store.Begin(TransactionMode::Read);
    TaskFile file;
    file.task = RequireTask(*tx, id);
    file.lead_name = LeadName(*tx, file.task);
    file.milestones = tx->Tasks().Milestones(id);
    file.tranches = tx->Tasks().Tranches(id);
    file.uses = tx->Tasks().Uses(id);
    file.extensions = tx->Tasks().Extensions(id);
    file.history = tx->Tasks().History(id);
    file.applications = tx->Tasks().LinkedApplications(id);
    return file;
}

std::vector<TaskSummary> TaskService::List(const TaskFilter& filter) {
    auto tx = m_store.Begin(TransactionMode::Read);
    return tx->Tasks().List(filter);
}

Task TaskService::Award(TaskId id, const CalendarDate& on, const std::string& note, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "ghi kết quả tuyển chọn, giao nhiệm vụ",
                "record task awards");
    const std::string cleaned = m_text.Clean(note, "note");
    auto tx = m_store.Begin(TransactionMode::Write);
    Task task = RequireTask(*tx, id);
    const Task before = task;
    TaskLifecycle().RequireMove(task.state, S::Awarded);
    RequireStepDate(*tx, task, on, m_clock, "on");
    Step(*tx, task, S::Awarded, on, cleaned, actor, m_clock.NowUnixSeconds());
    Save(*tx, task);
    RecordChange(*tx, m_clock, actor, "task.award", "task", id, AuditView(before), AuditView(task));
    tx->Commit();
    return task;
}

Task TaskService::Contract(TaskId id, const ContractTerms& terms, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "ghi hợp đồng nhiệm vụ", "record task contracts");
    const std::string number =
        RequireCleaned(m_text, terms.number, "contract_number", "Số hợp đồng", "The contract number");
    if (terms.starts_on < terms.signed_on || terms.ends_on <= terms.starts_on)
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Hợp đồng cần ngày ký ≤ ngày bắt đầu < ngày kết thúc (đang là " + terms.signed_on.Format() +
                 ", " + terms.starts_on.Format() + ", " + terms.ends_on.Format() + ").",
             "A contract needs signed ≤ start < end (given " + terms.signed_on.Format() + ", " +
                 terms.starts_on.Format() + ", " + terms.ends_on.Format() + ")."},
            "ends_on");
    auto tx = m_store.Begin(TransactionMode::Write);
    Task task = RequireTask(*tx, id);
    const Task before = task;
    TaskLifecycle().RequireMove(task.state, S::Contracted);
    RequireStepDate(*tx, task, terms.signed_on, m_clock, "signed_on");
    if (task.state_budget.IsZero() == false) {
        if (!task.programme_id)
            throw DomainError(
                ErrorCode::InvalidValue,
                {"Nhiệm vụ " + task.code +
                     " dùng kinh phí ngân sách nhưng chưa gắn chương trình; gắn chương trình trước.",
                 "Task " + task.code +
                     " uses state budget but belongs to no programme; set its programme first."},
                "programme_id");
        const auto envelope = tx->Programmes().FindEnvelope(terms.envelope_id);
        if (!envelope || envelope->programme_id != *task.programme_id)
            throw DomainError(ErrorCode::InvalidValue,
                              {"Dự toán id " + std::to_string(terms.envelope_id) +
                                   " không thuộc chương trình của nhiệm vụ " + task.code + ".",
                               "Budget envelope " + std::to_string(terms.envelope_id) +
                                   " does not belong to task " + task.code + "'s programme."},
                              "envelope_id");
        tx->Programmes().LockEnvelope(envelope->id);
        RequireFunds(*envelope, tx->Programmes().Balance(envelope->id), task.state_budget);
        task.envelope_id = envelope->id;
    }
    task.contract_number = number;
    task.contract_signed_on = terms.signed_on;
    task.starts_on = terms.starts_on;
    task.ends_on = terms.ends_on;
    Step(*tx, task, S::Contracted, terms.signed_on, number, actor, m_clock.NowUnixSeconds());
    Save(*tx, task);
    RecordChange(*tx, m_clock, actor, "task.contract", "task", id, AuditView(before), AuditView(task));
    tx->Commit();
    return task;
}

Task TaskService::Start(TaskId id, const CalendarDate& on, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "ghi bắt đầu thực hiện nhiệm vụ", "record task starts");
    auto tx = m_store.Begin(TransactionMode::Write);
    Task task = RequireTask(*tx, id);
    const Task before = task;
    TaskLifecycle().RequireMove(task.state, S::InProgress);
    RequireStepDate(*tx, task, on, m_clock, "on");
    Step(*tx, task, S::InProgress, on, "", actor, m_clock.NowUnixSeconds());
    Save(*tx, task);
    RecordChange(*tx, m_clock, actor, "task.start", "task", id, AuditView(before), AuditView(task));
    tx->Commit();
    return task;
}

Task TaskService::Extend(TaskId id, const CalendarDate& new_end, const std::string& reason,
                         const std::string& document_number, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "gia hạn nhiệm vụ", "extend tasks");
    const std::string cleaned_reason =
        RequireCleaned(m_text, reason, "reason", "Lý do gia hạn", "The reason");
    const std::string document = RequireCleaned(m_text, document_number, "document_number",
                                                "Số văn bản cho phép gia hạn", "The document allowing it");
    auto tx = m_store.Begin(TransactionMode::Write);
    Task task = RequireTask(*tx, id);
    const Task before = task;
    RequireState(task, {S::Contracted, S::InProgress}, "gia hạn", "extend it");
    if (new_end <= *task.ends_on)
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Hạn mới " + new_end.Format() + " phải sau hạn hiện tại " + task.ends_on->Format() + ".",
             "The new end " + new_end.Format() + " must be after the current end " + task.ends_on->Format() +
                 "."},
            "new_end");
    const TaskExtension extension{*task.ends_on, new_end,         cleaned_reason,
                                  document,      actor.user_name, m_clock.NowUnixSeconds()};
    tx->Tasks().InsertExtension(id, extension);
    task.ends_on = new_end;
    Save(*tx, task);
    RecordChange(*tx, m_clock, actor, "task.extend", "task", id, AuditView(before), AuditView(task));
    tx->Commit();
    return task;
}

Task TaskService::Terminate(TaskId id, const CalendarDate& on, const std::string& reason,
                            const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "chấm dứt nhiệm vụ", "terminate tasks");
    const std::string cleaned = RequireCleaned(m_text, reason, "reason", "Lý do chấm dứt", "The reason");
    auto tx = m_store.Begin(TransactionMode::Write);
    Task task = RequireTask(*tx, id);
    const Task before = task;
    TaskLifecycle().RequireMove(task.state, S::Terminated);
    RequireStepDate(*tx, task, on, m_clock, "on");
    // A planned tranche will not be paid now; what was paid stays paid and on the envelope.
    for (auto tranche : tx->Tasks().Tranches(id))
        if (tranche.status == TrancheStatus::Planned) {
            tranche.status = TrancheStatus::Cancelled;
            tranche.reference = "terminated: " + cleaned;
            tx->Tasks().UpdateTranche(id, tranche);
        }
    Step(*tx, task, S::Terminated, on, cleaned, actor, m_clock.NowUnixSeconds());
    Save(*tx, task);
    RecordChange(*tx, m_clock, actor, "task.terminate", "task", id, AuditView(before), AuditView(task));
    tx->Commit();
    return task;
}

Milestone TaskService::AddMilestone(TaskId id, Milestone milestone, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "thêm mốc tiến độ", "add milestones");
    milestone = NormaliseMilestone(std::move(milestone), m_text);
    auto tx = m_store.Begin(TransactionMode::Write);
    const Task task = RequireTask(*tx, id);
    RequireState(task, {S::Proposed, S::Awarded, S::Contracted, S::InProgress}, "thêm mốc tiến độ",
                 "add a milestone");
    milestone.position = static_cast<int>(tx->Tasks().Milestones(id).size()) + 1;
    milestone.status = MilestoneStatus::Planned;
    milestone.reported_on.reset();
    milestone.evidence.clear();
    tx->Tasks().InsertMilestone(id, milestone);
    RecordChange(*tx, m_clock, actor, "task.milestone.add", "task", id, nullptr, AuditView(milestone));
    tx->Commit();
    return milestone;
}

Milestone TaskService::ReportMilestone(TaskId id, int position, const CalendarDate& reported_on,
                                       const std::string& evidence, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "ghi báo cáo mốc tiến độ", "record milestone reports");
    const std::string cleaned = RequireCleaned(m_text, evidence, "evidence",
                                               "Minh chứng (số báo cáo, nội dung kiểm tra)", "The evidence");
    RequireNotFuture(reported_on, m_clock, "reported_on");
    auto tx = m_store.Begin(TransactionMode::Write);
    const Task task = RequireTask(*tx, id);
    RequireState(task, {S::Contracted, S::InProgress}, "ghi báo cáo mốc", "record a milestone report");
    Milestone milestone = RequireMilestone(*tx, task, position);
    const Milestone before = milestone;
    if (!milestone.Open())
        throw DomainError(ErrorCode::InvalidTransition,
                          {"Mốc " + std::to_string(position) + " đã ở trạng thái '" +
                               std::string(EntryOf(MilestoneStatuses(), milestone.status).vi) + "'.",
                           "Milestone " + std::to_string(position) + " is already '" +
                               std::string(EntryOf(MilestoneStatuses(), milestone.status).en) + "'."},
                          "milestone");
    milestone.status = MilestoneStatus::Reported;
    milestone.reported_on = reported_on;
    milestone.evidence = cleaned;
    tx->Tasks().UpdateMilestone(id, milestone);
    RecordChange(*tx, m_clock, actor, "task.milestone.report", "task", id, AuditView(before),
                 AuditView(milestone));
    tx->Commit();
    return milestone;
}

Milestone TaskService::DropMilestone(TaskId id, int position, const std::string& reason, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "bỏ mốc tiến độ", "drop milestones");
    const std::string cleaned = RequireCleaned(m_text, reason, "reason", "Lý do bỏ mốc", "The reason");
    auto tx = m_store.Begin(TransactionMode::Write);
    const Task task = RequireTask(*tx, id);
    RequireState(task, {S::Proposed, S::Awarded, S::Contracted, S::InProgress}, "bỏ mốc", "drop a milestone");
    Milestone milestone = RequireMilestone(*tx, task, position);
    const Milestone before = milestone;
    if (!milestone.Open())
        throw DomainError(ErrorCode::InvalidTransition,
                          {"Chỉ bỏ được mốc chưa báo cáo; mốc " + std::to_string(position) + " không còn mở.",
                           "Only an unreported milestone can be dropped; milestone " +
                               std::to_string(position) + " is no longer open."},
                          "milestone");
    milestone.status = MilestoneStatus::Dropped;
    milestone.evidence = cleaned;
    tx->Tasks().UpdateMilestone(id, milestone);
    RecordChange(*tx, m_clock, actor, "task.milestone.drop", "task", id, AuditView(before),
                 AuditView(milestone));
    tx->Commit();
    return milestone;
}

Tranche TaskService::PlanTranche(TaskId id, Money amount, const CalendarDate& due_on, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "lập đợt cấp kinh phí", "plan tranches");
    RequireNonNegative(amount, "amount", "Số tiền của đợt", "The tranche's amount");
    if (amount.IsZero())
        throw DomainError(ErrorCode::InvalidValue,
                          {"Số tiền của đợt phải lớn hơn 0.", "The tranche's amount must be more than 0."},
                          "amount");
    auto tx = m_store.Begin(TransactionMode::Write);
    const Task task = RequireTask(*tx, id);
    RequireState(task, {S::Contracted, S::InProgress, S::Accepted, S::Transferred, S::Applied},
                 "lập đợt cấp kinh phí (cần hợp đồng còn hiệu lực)",
                 "plan a tranche (a live contract is needed)");
    const auto tranches = tx->Tasks().Tranches(id);
    const Money committed = Sum(tranches, false);
    if (committed + amount > task.state_budget)
        throw DomainError(
            ErrorCode::BudgetExceeded,
            {"Đợt " + amount.Format() + " cộng các đợt đã lập " + committed.Format() +
                 " vượt kinh phí ngân sách theo hợp đồng " + task.state_budget.Format() + " (còn " +
                 (task.state_budget - committed).Format() + ").",
             "The tranche of " + amount.Format() + " plus the tranches already planned, " +
                 committed.Format() + ", exceeds the contracted state budget of " +
                 task.state_budget.Format() + " (" + (task.state_budget - committed).Format() + " left)."},
            "amount");
    Tranche tranche;
    tranche.number = static_cast<int>(tranches.size()) + 1;
    tranche.amount = amount;
    tranche.due_on = due_on;
    tranche.recorded_by = actor.user_name;
    tx->Tasks().InsertTranche(id, tranche);
    RecordChange(*tx, m_clock, actor, "task.tranche.plan", "task", id, nullptr, AuditView(tranche));
    tx->Commit();
    return tranche;
}

Tranche TaskService::PayTranche(TaskId id, int number, const CalendarDate& paid_on,
                                const std::string& reference, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "ghi cấp kinh phí", "record payments");
    const std::string cleaned = RequireCleaned(m_text, reference, "reference", "Số chứng từ thanh toán",
                                               "The payment document's number");
    RequireNotFuture(paid_on, m_clock, "paid_on");
    auto tx = m_store.Begin(TransactionMode::Write);
    const Task task = RequireTask(*tx, id);
    RequireState(task, {S::Contracted, S::InProgress, S::Accepted, S::Transferred, S::Applied},
                 "cấp kinh phí", "pay a tranche");
    Tranche tranche = RequireTranche(*tx, task, number);
    const Tranche before = tranche;
    if (tranche.status != TrancheStatus::Planned)
        throw DomainError(ErrorCode::InvalidTransition,
                          {"Đợt " + std::to_string(number) + " không còn chờ cấp (đang là '" +
                               std::string(EntryOf(TrancheStatuses(), tranche.status).vi) + "').",
                           "Tranche " + std::to_string(number) + " is no longer waiting to be paid (it is '" +
                               std::string(EntryOf(TrancheStatuses(), tranche.status).en) + "')."},
                          "tranche");
    if (task.contract_signed_on && paid_on < *task.contract_signed_on)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Ngày cấp " + paid_on.Format() + " trước ngày ký hợp đồng " +
                               task.contract_signed_on->Format() + ".",
                           "The payment date " + paid_on.Format() + " is before the contract was signed on " +
                               task.contract_signed_on->Format() + "."},
                          "paid_on");
    tranche.status = TrancheStatus::Paid;
    tranche.paid_on = paid_on;
    tranche.reference = cleaned;
    tx->Tasks().UpdateTranche(id, tranche);
    RecordChange(*tx, m_clock, actor, "task.tranche.pay", "task", id, AuditView(before), AuditView(tranche));
    tx->Commit();
    return tranche;
}

Tranche TaskService::CancelTranche(TaskId id, int number, const std::string& reason, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "hủy đợt cấp kinh phí", "cancel tranches");
    const std::string cleaned = RequireCleaned(m_text, reason, "reason", "Lý do hủy đợt", "The reason");
    auto tx = m_store.Begin(TransactionMode::Write);
    const Task task = RequireTask(*tx, id);
    Tranche tranche = RequireTranche(*tx, task, number);
    const Tranche before = tranche;
    if (tranche.status != TrancheStatus::Planned)
        throw DomainError(ErrorCode::InvalidTransition,
                          {"Chỉ hủy được đợt chưa cấp; đợt " + std::to_string(number) + " đã '" +
                               std::string(EntryOf(TrancheStatuses(), tranche.status).vi) + "'.",
                           "Only an unpaid tranche can be cancelled; tranche " + std::to_string(number) +
                               " is '" + std::string(EntryOf(TrancheStatuses(), tranche.status).en) + "'."},
                          "tranche");
    tranche.status = TrancheStatus::Cancelled;
    tranche.reference = cleaned;
    tx->Tasks().UpdateTranche(id, tranche);
    RecordChange(*tx, m_clock, actor, "task.tranche.cancel", "task", id, AuditView(before),
                 AuditView(tranche));
    tx->Commit();
    return tranche;
}

Task TaskService::RecordAcceptance(TaskId id, TaskAcceptance acceptance, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "ghi kết quả nghiệm thu", "record acceptance evaluations");
    acceptance = NormaliseAcceptance(std::move(acceptance), m_text);
    acceptance.decision_id.reset();
    auto tx = m_store.Begin(TransactionMode::Write);
    Task task = RequireTask(*tx, id);
    const Task before = task;
    RequireState(task, {S::InProgress}, "ghi kết quả nghiệm thu", "record an acceptance evaluation");
    RequireStepDate(*tx, task, acceptance.held_on, m_clock, "held_on");
    task.acceptance = acceptance;
    RequireAcceptable(*tx, task);
    Save(*tx, task);
    RecordChange(*tx, m_clock, actor, "task.evaluate", "task", id, AuditView(before), AuditView(task));
    tx->Commit();
    return task;
}

Task TaskService::Transfer(TaskId id, TaskTransfer transfer, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "ghi bàn giao kết quả", "record transfers");
    transfer = NormaliseTransfer(std::move(transfer), m_text);
    auto tx = m_store.Begin(TransactionMode::Write);
    Task task = RequireTask(*tx, id);
    const Task before = task;
    TaskLifecycle().RequireMove(task.state, S::Transferred);
    RequireStepDate(*tx, task, transfer.on, m_clock, "on");
    task.transfer = transfer;
    Step(*tx, task, S::Transferred, transfer.on, transfer.document_number, actor, m_clock.NowUnixSeconds());
    Save(*tx, task);
    RecordChange(*tx, m_clock, actor, "task.transfer", "task", id, AuditView(before), AuditView(task));
    tx->Commit();
    return task;
}

TaskUse TaskService::RecordUse(TaskId id, TaskUse use, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "ghi kết quả ứng dụng", "record results in use");
    use = NormaliseTaskUse(std::move(use), m_text);
    use.recorded_by = actor.user_name;
    RequireNotFuture(use.reported_on, m_clock, "reported_on");
    auto tx = m_store.Begin(TransactionMode::Write);
    Task task = RequireTask(*tx, id);
    RequireState(task, {S::Transferred, S::Applied}, "ghi ứng dụng (cần bàn giao trước)",
                 "record its use (transfer it first)");
    if (task.transfer && use.reported_on < task.transfer->on)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Ngày báo cáo " + use.reported_on.Format() + " trước ngày bàn giao " +
                               task.transfer->on.Format() + ".",
                           "The report date " + use.reported_on.Format() + " is before the transfer on " +
                               task.transfer->on.Format() + "."},
                          "reported_on");
    use.id = tx->Tasks().InsertUse(id, use);
    if (task.state == S::Transferred) {
        const Task before = task;
        Step(*tx, task, S::Applied, use.reported_on, use.place, actor, m_clock.NowUnixSeconds());
        Save(*tx, task);
        RecordChange(*tx, m_clock, actor, "task.apply", "task", id, AuditView(before), AuditView(task));
    }
    RecordChange(*tx, m_clock, actor, "task.use", "task", id, nullptr, AuditView(use));
    tx->Commit();
    return use;
}

void TaskService::LinkApplication(TaskId id, ApplicationId application, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "gắn hồ sơ hỗ trợ vào nhiệm vụ",
                "link applications to tasks");
    auto tx = m_store.Begin(TransactionMode::Write);
    const Task task = RequireTask(*tx, id);
    RequireApplication(*tx, application);
    if (auto other = tx->Tasks().TaskOfApplication(application))
        throw DomainError(
            ErrorCode::Duplicate,
            {"Hồ sơ " + std::to_string(application) + " đã thuộc nhiệm vụ id " + std::to_string(*other) + ".",
             "Application " + std::to_string(application) + " already belongs to task id " +
                 std::to_string(*other) + "."},
            "application_id");
    tx->Tasks().LinkApplication(id, application);
    RecordChange(*tx, m_clock, actor, "task.link", "task", task.id, nullptr,
                 JsonValue::Object{{"application_id", application}});
    tx->Commit();
}

void TaskService::UnlinkApplication(TaskId id, ApplicationId application, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "bỏ gắn hồ sơ khỏi nhiệm vụ",
                "unlink applications from tasks");
    auto tx = m_store.Begin(TransactionMode::Write);
    const Task task = RequireTask(*tx, id);
    if (tx->Tasks().TaskOfApplication(application) != id)
        throw DomainError(
            ErrorCode::NotFound,
            {"Hồ sơ " + std::to_string(application) + " không thuộc nhiệm vụ " + task.code + ".",
             "Application " + std::to_string(application) + " does not belong to task " + task.code + "."},
            "application_id");
    tx->Tasks().UnlinkApplication(id, application);
    RecordChange(*tx, m_clock, actor, "task.unlink", "task", task.id,
                 JsonValue::Object{{"application_id", application}}, nullptr);
    tx->Commit();
}

Organisation TaskService::AddOrganisation(Organisation organisation, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "thêm tổ chức", "add organisations");
    organisation = NormaliseOrganisation(std::move(organisation), m_text);
    auto tx = m_store.Begin(TransactionMode::Write);
    if (tx->Organisations().FindByName(organisation.name))
        throw DomainError(ErrorCode::Duplicate,
                          {"Tổ chức '" + organisation.name + "' đã có trong danh sách.",
                           "The organisation '" + organisation.name + "' is already registered."},
                          "name");
    organisation.id = tx->Organisations().Insert(organisation);
    organisation.version = 1;
    RecordChange(*tx, m_clock, actor, "organisation.add", "organisation", organisation.id, nullptr,
                 AuditView(organisation));
    tx->Commit();
    return organisation;
}

std::vector<Organisation> TaskService::Organisations() {
    auto tx = m_store.Begin(TransactionMode::Read);
    return tx->Organisations().List();
}

}  // namespace innodesk::domain
