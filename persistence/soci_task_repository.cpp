// Tasks, their children (co-funding, outputs, milestones, tranches, extensions, uses, steps,
// linked applications) and the organisation register in SQL.
#include "bound_query.h"
#include "soci_repositories.h"
#include "sql_filter.h"
#include "storage_errors.h"
#include "stored_values.h"

#include <algorithm>
#include <map>

namespace innodesk::persistence {
namespace {

// What a database failure in this file stopped, for StorageError's "Không thể …" / "Cannot …".
constexpr std::string_view kDoingVi = "đọc hoặc ghi nhiệm vụ";
constexpr std::string_view kDoingEn = "read or write tasks";

using domain::Task;

constexpr const char* kColumns =
    "t.id, t.code, t.title, t.level, t.award_mode, t.year, t.programme_id, t.plan_code, t.plan_line, "
    "t.lead_enterprise_id, t.lead_organisation_id, t.principal_investigator, t.ordering_unit, "
    "t.applying_unit, "
    "t.state_budget, t.contract_number, t.contract_signed_on, t.starts_on, t.ends_on, t.envelope_id, "
    "t.state, "
    "t.follow_up_years, t.acceptance_council, t.acceptance_held_on, t.acceptance_result, "
    "t.acceptance_minutes, "
    "t.acceptance_decision_id, t.transfer_on, t.transfer_unit, t.transfer_document, t.transfer_note, "
    "t.created_by, t.version";

// The states in which a task's milestones and contract end are still followed.
constexpr const char* kUnderWay = "'contracted', 'in_progress'";

domain::PastDue CountDueBefore(soci::session& session, const std::string& sql,
                               const domain::CalendarDate& date) {
    long long count = 0;
    std::string latest;
    soci::indicator latest_found = soci::i_null;
    const std::string before = date.Iso();
    session << sql, soci::use(before), soci::into(count), soci::into(latest, latest_found);
    domain::PastDue past{count, std::nullopt};
    if (latest_found == soci::i_ok) past.latest = StoredDate(latest, "task", 0);
    return past;
}

std::optional<long long> OptionalId(const std::optional<std::int64_t>& id) {
    if (!id) return std::nullopt;
    return *id;
}

struct TaskRow {
    long long id = 0, year = 0, programme = 0, lead_enterprise = 0, lead_organisation = 0, budget = 0,
              envelope = 0, follow_up = 0, decision = 0, version = 0;
    std::string code, title, level, award, plan_code, plan_line, pi, ordering, applying, contract, signed_on,
        starts_on, ends_on, state, council, held_on, result, minutes, transfer_on, transfer_unit,
        transfer_document, transfer_note, created_by;
    soci::indicator programme_ind = soci::i_null, enterprise_ind = soci::i_null,
                    organisation_ind = soci::i_null, signed_ind = soci::i_null, starts_ind = soci::i_null,
                    ends_ind = soci::i_null, envelope_ind = soci::i_null, council_ind = soci::i_null,
                    held_ind = soci::i_null, result_ind = soci::i_null, minutes_ind = soci::i_null,
                    decision_ind = soci::i_null, transfer_on_ind = soci::i_null,
                    transfer_unit_ind = soci::i_null, transfer_document_ind = soci::i_null,
                    transfer_note_ind = soci::i_null;

    void Bind(BoundQuery& q) {
        q.Into(id)
            .Into(code)
            .Into(title)
            .Into(level)
            .Into(award)
            .Into(year)
            .Into(programme, programme_ind)
            .Into(plan_code)
            .Into(plan_line)
            .Into(lead_enterprise, enterprise_ind)
            .Into(lead_organisation, organisation_ind)
            .Into(pi)
            .Into(ordering)
            .Into(applying)
            .Into(budget)
            .Into(contract)
            .Into(signed_on, signed_ind)
            .Into(starts_on, starts_ind)
            .Into(ends_on, ends_ind)
            .Into(envelope, envelope_ind)
            .Into(state)
            .Into(follow_up)
            .Into(council, council_ind)
            .Into(held_on, held_ind)
            .Into(result, result_ind)
            .Into(minutes, minutes_ind)
            .Into(decision, decision_ind)
            .Into(transfer_on, transfer_on_ind)
            .Into(transfer_unit, transfer_unit_ind)
            .Into(transfer_document, transfer_document_ind)
            .Into(transfer_note, transfer_note_ind)
            .Into(created_by)
            .Into(version);
    }

    Task ToDomain() const {
        Task t;
        t.id = id;
        t.code = code;
        t.title = title;
        t.level = StoredEnum(domain::TaskLevels(), level, "task", id);
        t.award_mode = StoredEnum(domain::AwardModes(), award, "task", id);
        t.year = static_cast<int>(year);
        if (programme_ind == soci::i_ok) t.programme_id = programme;
        t.plan_code = plan_code;
        t.plan_line = plan_line;
        if (enterprise_ind == soci::i_ok) t.lead_enterprise_id = lead_enterprise;
        if (organisation_ind == soci::i_ok) t.lead_organisation_id = lead_organisation;
        t.principal_investigator = pi;
        t.ordering_unit = ordering;
        t.applying_unit = applying;
        t.state_budget = domain::Money::Dong(budget);
        t.contract_number = contract;
        t.contract_signed_on = StoredOptionalDate(signed_on, signed_ind, "task", id);
        t.starts_on = StoredOptionalDate(starts_on, starts_ind, "task", id);
        t.ends_on = StoredOptionalDate(ends_on, ends_ind, "task", id);
        if (envelope_ind == soci::i_ok) t.envelope_id = envelope;
        t.state = StoredEnum(domain::TaskLifecycle().states, state, "task", id);
        t.follow_up_years = static_cast<int>(follow_up);
        if (council_ind == soci::i_ok && held_ind == soci::i_ok && result_ind == soci::i_ok) {
            domain::TaskAcceptance acceptance;
            acceptance.council = council;
            acceptance.held_on = StoredDate(held_on, "task", id);
            acceptance.result = StoredEnum(domain::AcceptanceResults(), result, "task", id);
            if (minutes_ind == soci::i_ok) acceptance.minutes_number = minutes;
            if (decision_ind == soci::i_ok) acceptance.decision_id = decision;
            t.acceptance = acceptance;
        }
        if (transfer_on_ind == soci::i_ok) {
            domain::TaskTransfer transfer;
            transfer.on = StoredDate(transfer_on, "task", id);
            if (transfer_unit_ind == soci::i_ok) transfer.receiving_unit = transfer_unit;
            if (transfer_document_ind == soci::i_ok) transfer.document_number = transfer_document;
            if (transfer_note_ind == soci::i_ok) transfer.note = transfer_note;
            t.transfer = transfer;
        }
        t.created_by = created_by;
        t.version = version;
        return t;
    }
};

// Every column but id, created_by and version, in the order of kWritable.
constexpr const char* kWritable[] = {
    "code",
    "title",
    "level",
    "award_mode",
    "year",
    "programme_id",
    "plan_code",
    "plan_line",
    "lead_enterprise_id",
    "lead_organisation_id",
    "principal_investigator",
    "ordering_unit",
    "applying_unit",
    "state_budget",
    "contract_number",
    "contract_signed_on",
    "starts_on",
    "ends_on",
    "envelope_id",
    "state",
    "follow_up_years",
    "acceptance_council",
    "acceptance_held_on",
    "acceptance_result",
    "acceptance_minutes",
    "acceptance_decision_id",
    "transfer_on",
    "transfer_unit",
    "transfer_document",
    "transfer_note",
};

void BindWritable(BoundQuery& q, const Task& t) {
    const auto& a = t.acceptance;
    const auto& x = t.transfer;
    auto text_if = [](bool present, const std::string& value) {
        return present ? std::optional<std::string>(value) : std::nullopt;
    };
    q.Param(t.code)
        .Param(t.title)
        .Param(CodeOf(domain::TaskLevels(), t.level))
        .Param(CodeOf(domain::AwardModes(), t.award_mode))
        .Param(static_cast<long long>(t.year))
        .Param(OptionalId(t.programme_id))
        .Param(t.plan_code)
        .Param(t.plan_line)
        .Param(OptionalId(t.lead_enterprise_id))
        .Param(OptionalId(t.lead_organisation_id))
        .Param(t.principal_investigator)
        .Param(t.ordering_unit)
        .Param(t.applying_unit)
        .Param(static_cast<long long>(t.state_budget.Dong()))
        .Param(t.contract_number)
        .Param(OptionalIso(t.contract_signed_on))
        .Param(OptionalIso(t.starts_on))
        .Param(OptionalIso(t.ends_on))
        .Param(OptionalId(t.envelope_id))
        .Param(CodeOf(domain::TaskLifecycle().states, t.state))
        .Param(static_cast<long long>(t.follow_up_years))
        .Param(text_if(a.has_value(), a ? a->council : ""))
        .Param(a ? std::optional<std::string>(a->held_on.Iso()) : std::nullopt)
        .Param(a ? std::optional<std::string>(CodeOf(domain::AcceptanceResults(), a->result)) : std::nullopt)
        .Param(text_if(a.has_value(), a ? a->minutes_number : ""))
        .Param(a ? OptionalId(a->decision_id) : std::nullopt)
        .Param(x ? std::optional<std::string>(x->on.Iso()) : std::nullopt)
        .Param(text_if(x.has_value(), x ? x->receiving_unit : ""))
        .Param(text_if(x.has_value(), x ? x->document_number : ""))
        .Param(text_if(x.has_value(), x ? x->note : ""));
}

std::vector<Task> SelectTasks(soci::session& session, const SqlFilter& filter, const std::string& tail,
                              const std::vector<long long>& tail_params) {
    TaskRow row;
    BoundQuery q(session, std::string("SELECT ") + kColumns + " FROM task t " + filter.Where() + tail);
    row.Bind(q);
    filter.Bind(q);
    for (const long long value : tail_params) q.Param(value);
    q.Execute();
    std::vector<Task> found;
    while (q.Fetch()) found.push_back(row.ToDomain());
    return found;
}

void WriteChildren(soci::session& session, const Task& task) {
    const long long id = task.id;
    session << "DELETE FROM task_co_funding WHERE task_id = :t", soci::use(id);
    session << "DELETE FROM task_output WHERE task_id = :t", soci::use(id);
    long long position = 0;
    for (const auto& funding : task.co_funding) {
        BoundQuery q(
            session,
            "INSERT INTO task_co_funding (task_id, position, source, amount) VALUES (:t, :p, :s, :a)");
        q.Param(id)
            .Param(++position)
            .Param(funding.source)
            .Param(static_cast<long long>(funding.amount.Dong()));
        q.Execute();
    }
    position = 0;
    for (const auto& output : task.outputs) {
        BoundQuery q(
            session,
            "INSERT INTO task_output (task_id, position, kind, quantity, description, applying_user) "
            "VALUES (:t, :p, :k, :q, :d, :u)");
        q.Param(id)
            .Param(++position)
            .Param(CodeOf(domain::OutputKinds(), output.kind))
            .Param(static_cast<long long>(output.quantity))
            .Param(output.description)
            .Param(output.applying_user);
        q.Execute();
    }
}

// The co-funding and outputs of one task or a page of them, two queries for them all.
void ReadChildren(soci::session& session, const std::vector<Task*>& tasks) {
    std::map<long long, Task*> by_id;
    std::vector<long long> ids;
    for (Task* task : tasks) {
        by_id[task->id] = task;
        ids.push_back(task->id);
    }
    if (ids.empty()) return;
    {
        SqlFilter where;
        where.AddIn("task_id", ids);
        long long id = 0, amount = 0;
        std::string source;
        BoundQuery q(session, "SELECT task_id, source, amount FROM task_co_funding " + where.Where() +
                                  " ORDER BY task_id, position");
        q.Into(id).Into(source).Into(amount);
        where.Bind(q);
        q.Execute();
        while (q.Fetch()) by_id.at(id)->co_funding.push_back({source, domain::Money::Dong(amount)});
    }
    {
        SqlFilter where;
        where.AddIn("task_id", ids);
        long long id = 0, quantity = 0;
        std::string kind, description, user;
        BoundQuery q(session, "SELECT task_id, kind, quantity, description, applying_user FROM task_output " +
                                  where.Where() + " ORDER BY task_id, position");
        q.Into(id).Into(kind).Into(quantity).Into(description).Into(user);
        where.Bind(q);
        q.Execute();
        while (q.Fetch())
            by_id.at(id)->outputs.push_back({StoredEnum(domain::OutputKinds(), kind, "task_output", id),
                                             static_cast<int>(quantity), description, user});
    }
}

SqlFilter WhereOf(const domain::TaskFilter& f) {
    SqlFilter where;
    if (f.year) where.Add("t.year = ?", static_cast<long long>(*f.year));
    if (f.level) where.Add("t.level = ?", CodeOf(domain::TaskLevels(), *f.level));
    if (f.award_mode) where.Add("t.award_mode = ?", CodeOf(domain::AwardModes(), *f.award_mode));
    if (f.state) where.Add("t.state = ?", CodeOf(domain::TaskLifecycle().states, *f.state));
    if (!f.plan_code.empty()) where.Add("t.plan_code = ?", f.plan_code);
    if (f.lead_enterprise_id)
        where.Add("t.lead_enterprise_id = ?", static_cast<long long>(*f.lead_enterprise_id));
    if (f.lead_organisation_id)
        where.Add("t.lead_organisation_id = ?", static_cast<long long>(*f.lead_organisation_id));
    return where;
}

}  // namespace

domain::TaskId SociTaskRepository::Insert(const Task& t) try {
    std::string columns, marks;
    for (const char* column : kWritable) {
        columns += std::string(columns.empty() ? "" : ", ") + column;
        marks += std::string(marks.empty() ? ":" : ", :") + column;
    }
    long long id = 0;
    BoundQuery q(m_session, "INSERT INTO task (" + columns + ", created_by, version) VALUES (" + marks +
                                ", :created_by, 1) RETURNING id");
    q.Into(id);
    BindWritable(q, t);
    q.Param(t.created_by);
    Guarded("ghi nhiệm vụ", "record the task", [&] {
        q.Execute();
        q.Fetch();
    });
    Task stored = t;
    stored.id = id;
    WriteChildren(m_session, stored);
    return id;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<Task> SociTaskRepository::FindById(domain::TaskId id) try {
    SqlFilter filter;
    filter.Add("t.id = ?", static_cast<long long>(id));
    auto found = SelectTasks(m_session, filter, "", {});
    if (found.empty()) return std::nullopt;
    ReadChildren(m_session, {&found.front()});
    return found.front();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<Task> SociTaskRepository::FindByCode(const std::string& code) try {
    SqlFilter filter;
    filter.Add("t.code = ?", code);
    auto found = SelectTasks(m_session, filter, "", {});
    if (found.empty()) return std::nullopt;
    ReadChildren(m_session, {&found.front()});
    return found.front();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociTaskRepository::Update(const Task& t) try {
    std::string assignments;
    for (const char* column : kWritable)
        assignments += std::string(assignments.empty() ? "" : ", ") + column + " = :" + column;
    BoundQuery q(m_session, "UPDATE task SET " + assignments +
                                ", version = version + 1 WHERE id = :id AND version = :version");
    BindWritable(q, t);
    q.Param(static_cast<long long>(t.id)).Param(static_cast<long long>(t.version));
    Guarded("cập nhật nhiệm vụ", "update the task", [&] { q.Execute(); });
    if (q.AffectedRows() == 1) {
        WriteChildren(m_session, t);
        return;
    }
    const auto current = FindById(t.id);
    if (!current)
        throw domain::DomainError(domain::ErrorCode::NotFound,
                                  {"Nhiệm vụ id " + std::to_string(t.id) + " không còn tồn tại.",
                                   "Task " + std::to_string(t.id) + " no longer exists."});
    throw domain::DomainError(
        domain::ErrorCode::Conflict,
        {"Nhiệm vụ " + t.code + " đã được người khác thay đổi (phiên bản " +
             std::to_string(current->version) + ", bạn đang sửa phiên bản " + std::to_string(t.version) +
             "). Tải lại; thay đổi của bạn chưa được lưu.",
         "Task " + t.code + " was changed by someone else (version " + std::to_string(current->version) +
             ", you edited version " + std::to_string(t.version) + "). Reload; your change was not saved."});
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::TaskSummary> SociTaskRepository::List(const domain::TaskFilter& filter) try {
    auto tasks = SelectTasks(m_session, WhereOf(filter), " ORDER BY t.year DESC, t.code LIMIT :l OFFSET :o",
                             {static_cast<long long>(filter.limit), static_cast<long long>(filter.offset)});
    std::vector<domain::TaskSummary> summaries;
    summaries.reserve(tasks.size());
    // One query per kind of figure for the whole page, not one per task.
    std::map<long long, std::size_t> index;
    std::vector<long long> ids;
    for (auto& task : tasks) {
        index[task.id] = summaries.size();
        ids.push_back(task.id);
        summaries.push_back({std::move(task), {}, 0, 0, std::nullopt, {}});
    }
    if (ids.empty()) return summaries;
    std::vector<Task*> page;
    for (auto& summary : summaries) page.push_back(&summary.task);
    ReadChildren(m_session, page);
    {
        SqlFilter where;
        where.AddIn("t.id", ids);
        std::string name;
        long long id = 0;
        soci::indicator name_ind = soci::i_null;
        BoundQuery q(m_session,
                     "SELECT t.id, COALESCE(e.name, o.name) FROM task t LEFT JOIN enterprise e ON e.id = "
                     "t.lead_enterprise_id LEFT JOIN organisation o ON o.id = t.lead_organisation_id " +
                         where.Where());
        q.Into(id).Into(name, name_ind);
        where.Bind(q);
        q.Execute();
        while (q.Fetch())
            if (name_ind == soci::i_ok) summaries[index[id]].lead_name = name;
    }
    {
        SqlFilter where;
        where.AddIn("task_id", ids);
        long long id = 0, total = 0, open = 0;
        std::string next;
        soci::indicator next_ind = soci::i_null;
        BoundQuery q(m_session,
                     "SELECT task_id, COUNT(*), SUM(CASE WHEN status = 'planned' THEN 1 ELSE 0 END), "
                     "MIN(CASE WHEN status = 'planned' THEN due_on END) FROM task_milestone " +
                         where.Where() + " GROUP BY task_id");
        q.Into(id).Into(total).Into(open).Into(next, next_ind);
        where.Bind(q);
        q.Execute();
        while (q.Fetch()) {
            auto& summary = summaries[index[id]];
            summary.milestones = static_cast<int>(total);
            summary.milestones_open = static_cast<int>(open);
            if (next_ind == soci::i_ok) summary.next_milestone_due = StoredDate(next, "task_milestone", id);
        }
    }
    {
        SqlFilter where;
        where.AddIn("task_id", ids);
        long long id = 0, paid = 0;
        BoundQuery q(m_session, "SELECT task_id, SUM(amount) FROM task_tranche " + where.Where() +
                                    " AND status = 'paid' GROUP BY task_id");
        q.Into(id).Into(paid);
        where.Bind(q);
        q.Execute();
        while (q.Fetch()) summaries[index[id]].paid = domain::Money::Dong(paid);
    }
    return summaries;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::int64_t SociTaskRepository::Count(const domain::TaskFilter& filter) try {
    const SqlFilter where = WhereOf(filter);
    long long count = 0;
    BoundQuery q(m_session, "SELECT COUNT(*) FROM task t " + where.Where());
    q.Into(count);
    where.Bind(q);
    q.Execute();
    q.Fetch();
    return count;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociTaskRepository::AppendTransition(const domain::TaskTransition& s) try {
    const auto& states = domain::TaskLifecycle().states;
    BoundQuery q(
        m_session,
        "INSERT INTO task_transition (task_id, from_state, to_state, on_date, at, actor, note) VALUES "
        "(:t, :f, :to, :on, :at, :a, :n)");
    q.Param(static_cast<long long>(s.task_id))
        .Param(CodeOf(states, s.from))
        .Param(CodeOf(states, s.to))
        .Param(s.on.Iso())
        .Param(static_cast<long long>(s.at_unix))
        .Param(s.actor)
        .Param(s.note);
    q.Execute();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::TaskTransition> SociTaskRepository::History(domain::TaskId id) try {
    std::string from, to, on, actor, note;
    long long at = 0;
    BoundQuery q(
        m_session,
        "SELECT from_state, to_state, on_date, at, actor, note FROM task_transition WHERE task_id = :t "
        "ORDER BY id");
    q.Into(from).Into(to).Into(on).Into(at).Into(actor).Into(note).Param(static_cast<long long>(id));
    q.Execute();
    const auto& states = domain::TaskLifecycle().states;
    std::vector<domain::TaskTransition> history;
    while (q.Fetch())
        history.push_back({id, StoredEnum(states, from, "task_transition", id),
                           StoredEnum(states, to, "task_transition", id),
                           StoredDate(on, "task_transition", id), at, actor, note});
    return history;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::Milestone> SociTaskRepository::Milestones(domain::TaskId id) try {
    long long position = 0;
    std::string content, product, due, reported, status, evidence;
    soci::indicator reported_ind = soci::i_null;
    BoundQuery q(
        m_session,
        "SELECT position, content, product, due_on, reported_on, status, evidence FROM task_milestone "
        "WHERE task_id = :t ORDER BY position");
    q.Into(position)
        .Into(content)
        .Into(product)
        .Into(due)
        .Into(reported, reported_ind)
        .Into(status)
        .Into(evidence)
        .Param(static_cast<long long>(id));
    q.Execute();
    std::vector<domain::Milestone> milestones;
    while (q.Fetch()) {
        domain::Milestone m;
        m.position = static_cast<int>(position);
        m.content = content;
        m.product = product;
        m.due_on = StoredDate(due, "task_milestone", id);
        m.reported_on = StoredOptionalDate(reported, reported_ind, "task_milestone", id);
        m.status = StoredEnum(domain::MilestoneStatuses(), status, "task_milestone", id);
        m.evidence = evidence;
        milestones.push_back(std::move(m));
    }
    return milestones;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociTaskRepository::InsertMilestone(domain::TaskId id, const domain::Milestone& m) try {
    BoundQuery q(
        m_session,
        "INSERT INTO task_milestone (task_id, position, content, product, due_on, reported_on, status, "
        "evidence) VALUES (:t, :p, :c, :pr, :d, :r, :s, :e)");
    q.Param(static_cast<long long>(id))
        .Param(static_cast<long long>(m.position))
        .Param(m.content)
        .Param(m.product)
        .Param(m.due_on.Iso())
        .Param(OptionalIso(m.reported_on))
        .Param(CodeOf(domain::MilestoneStatuses(), m.status))
        .Param(m.evidence);
    q.Execute();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociTaskRepository::UpdateMilestone(domain::TaskId id, const domain::Milestone& m) try {
    BoundQuery q(
        m_session,
        "UPDATE task_milestone SET content = :c, product = :p, due_on = :d, reported_on = :r, status = "
        ":s, evidence = :e WHERE task_id = :t AND position = :pos");
    q.Param(m.content)
        .Param(m.product)
        .Param(m.due_on.Iso())
        .Param(OptionalIso(m.reported_on))
        .Param(CodeOf(domain::MilestoneStatuses(), m.status))
        .Param(m.evidence)
        .Param(static_cast<long long>(id))
        .Param(static_cast<long long>(m.position));
    q.Execute();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::Tranche> SociTaskRepository::Tranches(domain::TaskId id) try {
    long long number = 0, amount = 0;
    std::string due, status, paid, reference, recorded_by;
    soci::indicator paid_ind = soci::i_null;
    BoundQuery q(
        m_session,
        "SELECT number, amount, due_on, status, paid_on, reference, recorded_by FROM task_tranche WHERE "
        "task_id = :t ORDER BY number");
    q.Into(number)
        .Into(amount)
        .Into(due)
        .Into(status)
        .Into(paid, paid_ind)
        .Into(reference)
        .Into(recorded_by)
        .Param(static_cast<long long>(id));
    q.Execute();
    std::vector<domain::Tranche> tranches;
    while (q.Fetch())
        tranches.push_back({static_cast<int>(number), domain::Money::Dong(amount),
                            StoredDate(due, "task_tranche", id),
                            StoredEnum(domain::TrancheStatuses(), status, "task_tranche", id),
                            StoredOptionalDate(paid, paid_ind, "task_tranche", id), reference, recorded_by});
    return tranches;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociTaskRepository::InsertTranche(domain::TaskId id, const domain::Tranche& t) try {
    BoundQuery q(m_session,
                 "INSERT INTO task_tranche (task_id, number, amount, due_on, status, paid_on, reference, "
                 "recorded_by) VALUES (:t, :n, :a, :d, :s, :p, :r, :b)");
    q.Param(static_cast<long long>(id))
        .Param(static_cast<long long>(t.number))
        .Param(static_cast<long long>(t.amount.Dong()))
        .Param(t.due_on.Iso())
        .Param(CodeOf(domain::TrancheStatuses(), t.status))
        .Param(OptionalIso(t.paid_on))
        .Param(t.reference)
        .Param(t.recorded_by);
    q.Execute();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociTaskRepository::UpdateTranche(domain::TaskId id, const domain::Tranche& t) try {
    BoundQuery q(m_session,
                 "UPDATE task_tranche SET status = :s, paid_on = :p, reference = :r WHERE task_id = :t AND "
                 "number = :n");
    q.Param(CodeOf(domain::TrancheStatuses(), t.status))
        .Param(OptionalIso(t.paid_on))
        .Param(t.reference)
        .Param(static_cast<long long>(id))
        .Param(static_cast<long long>(t.number));
    q.Execute();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::TaskUse> SociTaskRepository::Uses(domain::TaskId id) try {
    long long use_id = 0;
    std::string reported, place, since, evidence, recorded_by;
    BoundQuery q(
        m_session,
        "SELECT id, reported_on, place, since, evidence, recorded_by FROM task_use WHERE task_id = :t "
        "ORDER BY reported_on, id");
    q.Into(use_id)
        .Into(reported)
        .Into(place)
        .Into(since)
        .Into(evidence)
        .Into(recorded_by)
        .Param(static_cast<long long>(id));
    q.Execute();
    std::vector<domain::TaskUse> uses;
    while (q.Fetch())
        uses.push_back({use_id, StoredDate(reported, "task_use", use_id), place,
                        StoredDate(since, "task_use", use_id), evidence, recorded_by});
    return uses;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::int64_t SociTaskRepository::InsertUse(domain::TaskId id, const domain::TaskUse& u) try {
    long long use_id = 0;
    BoundQuery q(
        m_session,
        "INSERT INTO task_use (task_id, reported_on, place, since, evidence, recorded_by) VALUES (:t, :r, "
        ":p, :s, :e, :b) RETURNING id");
    q.Into(use_id)
        .Param(static_cast<long long>(id))
        .Param(u.reported_on.Iso())
        .Param(u.place)
        .Param(u.since.Iso())
        .Param(u.evidence)
        .Param(u.recorded_by);
    q.Execute();
    q.Fetch();
    return use_id;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::TaskExtension> SociTaskRepository::Extensions(domain::TaskId id) try {
    std::string from, to, reason, document, actor;
    long long at = 0;
    BoundQuery q(
        m_session,
        "SELECT from_end, to_end, reason, document_number, actor, at FROM task_extension WHERE task_id = "
        ":t ORDER BY position");
    q.Into(from).Into(to).Into(reason).Into(document).Into(actor).Into(at).Param(static_cast<long long>(id));
    q.Execute();
    std::vector<domain::TaskExtension> extensions;
    while (q.Fetch())
        extensions.push_back({StoredDate(from, "task_extension", id), StoredDate(to, "task_extension", id),
                              reason, document, actor, at});
    return extensions;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociTaskRepository::InsertExtension(domain::TaskId id, const domain::TaskExtension& e) try {
    long long position = 0;
    const long long task_id = id;
    m_session << "SELECT COUNT(*) FROM task_extension WHERE task_id = :t", soci::use(task_id),
        soci::into(position);
    BoundQuery q(
        m_session,
        "INSERT INTO task_extension (task_id, position, from_end, to_end, reason, document_number, actor, "
        "at) VALUES (:t, :p, :f, :to, :r, :d, :a, :at)");
    q.Param(static_cast<long long>(id))
        .Param(position + 1)
        .Param(e.from_end.Iso())
        .Param(e.to_end.Iso())
        .Param(e.reason)
        .Param(e.document_number)
        .Param(e.actor)
        .Param(static_cast<long long>(e.at_unix));
    q.Execute();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociTaskRepository::LinkApplication(domain::TaskId id, domain::ApplicationId application) try {
    BoundQuery q(m_session, "INSERT INTO task_application (application_id, task_id) VALUES (:a, :t)");
    q.Param(static_cast<long long>(application)).Param(static_cast<long long>(id));
    Guarded("gắn hồ sơ vào nhiệm vụ", "link the application to the task", [&] { q.Execute(); });
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociTaskRepository::UnlinkApplication(domain::TaskId id, domain::ApplicationId application) try {
    const long long application_id = application, task_id = id;
    m_session << "DELETE FROM task_application WHERE application_id = :a AND task_id = :t",
        soci::use(application_id), soci::use(task_id);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::ApplicationId> SociTaskRepository::LinkedApplications(domain::TaskId id) try {
    long long application = 0;
    BoundQuery q(m_session,
                 "SELECT application_id FROM task_application WHERE task_id = :t ORDER BY application_id");
    q.Into(application).Param(static_cast<long long>(id));
    q.Execute();
    std::vector<domain::ApplicationId> applications;
    while (q.Fetch()) applications.push_back(application);
    return applications;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<domain::TaskId> SociTaskRepository::TaskOfApplication(domain::ApplicationId application) try {
    long long task = 0;
    const long long application_id = application;
    soci::indicator found = soci::i_null;
    m_session << "SELECT task_id FROM task_application WHERE application_id = :a", soci::use(application_id),
        soci::into(task, found);
    if (found != soci::i_ok) return std::nullopt;
    return task;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::TaskDue> SociTaskRepository::OpenMilestonesDue(const domain::DateRange& range,
                                                                   std::size_t limit) try {
    long long task = 0, position = 0;
    std::string code, title, content, due;
    BoundQuery q(
        m_session,
        "SELECT t.id, t.code, t.title, m.position, m.content, m.due_on FROM task_milestone m JOIN task t ON "
        "t.id = m.task_id WHERE m.status = 'planned' AND t.state IN (" +
            std::string(kUnderWay) +
            ") AND m.due_on BETWEEN :f AND :t ORDER BY m.due_on, t.id, m.position LIMIT :l");
    q.Into(task).Into(code).Into(title).Into(position).Into(content).Into(due);
    q.Param(range.from.Iso())
        .Param(range.to.Iso())
        .Param(static_cast<long long>(std::min<std::size_t>(limit, 1ULL << 62)));
    q.Execute();
    std::vector<domain::TaskDue> found;
    while (q.Fetch())
        found.push_back({task, code, title, static_cast<int>(position), content,
                         StoredDate(due, "task_milestone", task)});
    return found;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

domain::PastDue SociTaskRepository::OpenMilestonesDueBefore(const domain::CalendarDate& date) try {
    return CountDueBefore(
        m_session,
        "SELECT COUNT(*), MAX(m.due_on) FROM task_milestone m JOIN task t ON t.id = m.task_id "
        "WHERE m.status = 'planned' AND t.state IN (" +
            std::string(kUnderWay) + ") AND m.due_on < :d",
        date);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::TaskDue> SociTaskRepository::ContractsEnding(const domain::DateRange& range,
                                                                 std::size_t limit) try {
    long long task = 0;
    std::string code, title, contract, ends;
    BoundQuery q(m_session, "SELECT id, code, title, contract_number, ends_on FROM task WHERE state IN (" +
                                std::string(kUnderWay) +
                                ") AND ends_on BETWEEN :f AND :t ORDER BY ends_on, id LIMIT :l");
    q.Into(task).Into(code).Into(title).Into(contract).Into(ends);
    q.Param(range.from.Iso())
        .Param(range.to.Iso())
        .Param(static_cast<long long>(std::min<std::size_t>(limit, 1ULL << 62)));
    q.Execute();
    std::vector<domain::TaskDue> found;
    while (q.Fetch()) found.push_back({task, code, title, 0, contract, StoredDate(ends, "task", task)});
    return found;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

domain::PastDue SociTaskRepository::ContractsEndedBefore(const domain::CalendarDate& date) try {
    return CountDueBefore(m_session,
                          "SELECT COUNT(*), MAX(ends_on) FROM task WHERE state IN (" +
                              std::string(kUnderWay) + ") AND ends_on < :d",
                          date);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::FollowedTask> SociTaskRepository::FollowedTasks() try {
    long long id = 0, years = 0, uses = 0;
    std::string code, title, accepted_on;
    soci::indicator accepted_ind = soci::i_null;
    BoundQuery q(
        m_session,
        "SELECT t.id, t.code, t.title, t.follow_up_years, (SELECT MAX(s.on_date) FROM task_transition s "
        "WHERE s.task_id = t.id AND s.to_state = 'accepted'), (SELECT COUNT(*) FROM task_use u WHERE "
        "u.task_id = t.id) FROM task t WHERE t.state IN ('accepted', 'transferred', 'applied') AND "
        "t.follow_up_years > 0 ORDER BY t.id");
    q.Into(id).Into(code).Into(title).Into(years).Into(accepted_on, accepted_ind).Into(uses);
    q.Execute();
    std::vector<domain::FollowedTask> found;
    while (q.Fetch())
        if (accepted_ind == soci::i_ok)
            found.push_back({id, code, title, StoredDate(accepted_on, "task_transition", id),
                             static_cast<int>(years), static_cast<int>(uses)});
    return found;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

}  // namespace innodesk::persistence
