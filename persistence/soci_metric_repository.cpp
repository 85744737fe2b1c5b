// The facts metrics are computed from, read with one statement per kind of record and period
// (schema v3 indexes the dates they select on).
#include "bound_query.h"
#include "soci_repositories.h"
#include "storage_errors.h"
#include "stored_values.h"

#include "domain/application.h"

#include <map>

namespace innodesk::persistence {
namespace {

// What a database failure in this file stopped, for StorageError's "Không thể …" / "Cannot …".
constexpr std::string_view kDoingVi = "đọc hoặc ghi số liệu chỉ tiêu";
constexpr std::string_view kDoingEn = "read or write target figures";

// Contracts whose acceptance is still to come: contracted, or in progress.
std::string OpenContractStates() {
    using domain::ApplicationState;
    return "'" + CodeOf(domain::ApplicationLifecycle().states, ApplicationState::Contracted) + "', '" +
           CodeOf(domain::ApplicationLifecycle().states, ApplicationState::InProgress) + "'";
}

// How many rows of `table` match `condition` with `column` before `date`, and the latest of those
// dates. Table, column and condition are constants of the program, never user text.
domain::PastDue CountBefore(soci::session& session, const std::string& table, const std::string& column,
                            const std::string& condition, const domain::CalendarDate& date) {
    long long count = 0;
    std::string latest;
    soci::indicator latest_found = soci::i_null;
    const std::string before = date.Iso();
    session << "SELECT COUNT(*), MAX(" + column + ") FROM " + table + " WHERE " + condition + " AND " +
                   column + " < :d",
        soci::use(before), soci::into(count), soci::into(latest, latest_found);
    domain::PastDue past{count, std::nullopt};
    if (latest_found == soci::i_ok) past.latest = StoredDate(latest, table.c_str(), 0);
    return past;
}

std::string EventKindCondition(const std::optional<domain::EventKind>& kind, BoundQuery* bind_to) {
    if (!kind) return "";
    if (bind_to) bind_to->Param(CodeOf(domain::EventKinds(), *kind));
    return " AND ev.kind = :kind";
}

}  // namespace

std::vector<domain::SupportFact> SociMetricRepository::Supports(const domain::DateRange& range) try {
    // An application counts from the date of the decision that currently governs it, as long as
    // it holds its approval (approved and after; withdrawn or refused ones do not count).
    const std::string states = CommittingStates(domain::ApplicationLifecycle().states);
    std::string entity, content, on, commune;
    long long id = 0, enterprise_id = 0, programme_id = 0, amount = 0;
    int co_funded = 0, startup = 0;
    BoundQuery q(
        m_session,
        "SELECT 'application', a.id, a.enterprise_id, a.programme_id, a.content, d.decided_on, "
        "COALESCE(a.approved_amount, 0), CASE WHEN a.co_funding_amount > 0 THEN 1 ELSE 0 END, "
        "e.innovative_startup, e.commune FROM decision d "
        "JOIN application a ON a.decision_id = d.id "
        "JOIN enterprise e ON e.id = a.enterprise_id "
        "WHERE d.decided_on BETWEEN :f AND :t AND a.state IN (" +
            states +
            ") "
            "UNION ALL "
            "SELECT 'voucher', v.id, v.enterprise_id, v.programme_id, v.content, v.issued_on, v.state_share, "
            "0, "
            "e.innovative_startup, e.commune FROM voucher v JOIN enterprise e ON e.id = v.enterprise_id "
            "WHERE v.issued_on BETWEEN :f2 AND :t2 AND v.state <> 'cancelled' ORDER BY 6, 1, 2");
    q.Into(entity)
        .Into(id)
        .Into(enterprise_id)
        .Into(programme_id)
        .Into(content)
        .Into(on)
        .Into(amount)
        .Into(co_funded)
        .Into(startup)
        .Into(commune);
    q.Param(range.from.Iso()).Param(range.to.Iso()).Param(range.from.Iso()).Param(range.to.Iso());
    q.Execute();
    std::vector<domain::SupportFact> facts;
    const char* table = nullptr;
    while (q.Fetch()) {
        table = entity == "voucher" ? "voucher" : "application";
        facts.push_back({entity, id, enterprise_id, programme_id,
                         StoredEnum(domain::SupportContents(), content, table, id), StoredDate(on, table, id),
                         amount, co_funded != 0, startup != 0, commune});
    }
    return facts;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::OutcomeFact> SociMetricRepository::Outcomes(const domain::DateRange& range) try {
    long long id = 0, enterprise_id = 0;
    std::string kind, on;
    BoundQuery q(m_session,
                 "SELECT id, enterprise_id, kind, recorded_on FROM enterprise_outcome WHERE recorded_on "
                 "BETWEEN :f AND :t");
    q.Into(id).Into(enterprise_id).Into(kind).Into(on);
    q.Param(range.from.Iso()).Param(range.to.Iso());
    q.Execute();
    std::vector<domain::OutcomeFact> facts;
    while (q.Fetch())
        facts.push_back({id, enterprise_id,
                         StoredEnum(domain::OutcomeKinds(), kind, "enterprise_outcome", id),
                         StoredDate(on, "enterprise_outcome", id)});
    return facts;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::IpFact> SociMetricRepository::IpFilings(const domain::DateRange& range) try {
    long long id = 0, enterprise_id = 0;
    std::string type, filed_on, status, status_on;
    int exploited = 0;
    BoundQuery q(m_session,
                 "SELECT id, enterprise_id, ip_type, filed_on, status, status_on, commercially_exploited "
                 "FROM ip_filing "
                 "WHERE filed_on BETWEEN :f AND :t OR status_on BETWEEN :f2 AND :t2");
    q.Into(id).Into(enterprise_id).Into(type).Into(filed_on).Into(status).Into(status_on).Into(exploited);
    q.Param(range.from.Iso()).Param(range.to.Iso()).Param(range.from.Iso()).Param(range.to.Iso());
    q.Execute();
    std::vector<domain::IpFact> facts;
    while (q.Fetch())
        facts.push_back({id, enterprise_id, StoredEnum(domain::IpTypes(), type, "ip_filing", id),
                         StoredDate(filed_on, "ip_filing", id),
                         StoredEnum(domain::IpLifecycle().states, status, "ip_filing", id),
                         StoredDate(status_on, "ip_filing", id), exploited != 0});
    return facts;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::EventFact> SociMetricRepository::Events(const domain::DateRange& range) try {
    long long id = 0, person_times = 0;
    std::string kind, starts_on, title;
    BoundQuery q(
        m_session,
        "SELECT ev.id, ev.kind, ev.starts_on, ev.title, (SELECT COUNT(*) FROM training_attendance ta WHERE "
        "ta.event_id = ev.id) FROM training_event ev WHERE ev.starts_on BETWEEN :f AND :t ORDER BY "
        "ev.starts_on, ev.id");
    q.Into(id).Into(kind).Into(starts_on).Into(title).Into(person_times);
    q.Param(range.from.Iso()).Param(range.to.Iso());
    q.Execute();
    std::vector<domain::EventFact> facts;
    while (q.Fetch())
        facts.push_back({id, StoredEnum(domain::EventKinds(), kind, "training_event", id),
                         StoredDate(starts_on, "training_event", id), title, person_times});
    return facts;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::int64_t SociMetricRepository::TrainedEnterpriseCount(const domain::DateRange& range,
                                                          std::optional<domain::EventKind> kind) try {
    long long count = 0;
    BoundQuery q(m_session,
                 "SELECT COUNT(DISTINCT ta.enterprise_id) FROM training_event ev JOIN training_attendance ta "
                 "ON ta.event_id = ev.id WHERE ev.starts_on BETWEEN :f AND :t" +
                     EventKindCondition(kind, nullptr));
    q.Into(count);
    q.Param(range.from.Iso()).Param(range.to.Iso());
    EventKindCondition(kind, &q);
    q.Execute();
    q.Fetch();
    return count;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<std::int64_t> SociMetricRepository::TrainedEnterpriseIds(const domain::DateRange& range,
                                                                     std::optional<domain::EventKind> kind,
                                                                     std::size_t limit) try {
    long long id = 0;
    BoundQuery q(
        m_session,
        "SELECT DISTINCT ta.enterprise_id FROM training_event ev JOIN training_attendance ta "
        "ON ta.event_id = ev.id WHERE ev.starts_on BETWEEN :f AND :t AND ta.enterprise_id IS NOT NULL" +
            EventKindCondition(kind, nullptr) + " ORDER BY ta.enterprise_id LIMIT :limit");
    q.Into(id);
    q.Param(range.from.Iso()).Param(range.to.Iso());
    EventKindCondition(kind, &q);
    q.Param(static_cast<long long>(std::min<std::size_t>(limit, 1ULL << 62)));
    q.Execute();
    std::vector<std::int64_t> ids;
    while (q.Fetch()) ids.push_back(id);
    return ids;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::VoucherFact> SociMetricRepository::VoucherRows(const std::string& where,
                                                                   const std::vector<std::string>& texts,
                                                                   long long limit) try {
    long long id = 0, enterprise_id = 0, programme_id = 0, share = 0, invoice = 0, reimbursed = 0;
    std::string serial, content, state, issued_on, valid_until, invoice_date, reimbursed_on;
    soci::indicator invoice_date_ind = soci::i_null, reimbursed_on_ind = soci::i_null;
    BoundQuery q(m_session,
                 "SELECT id, enterprise_id, programme_id, serial, content, state, issued_on, valid_until, "
                 "invoice_date, "
                 "reimbursed_on, state_share, COALESCE(invoice_amount, 0), COALESCE(reimbursed_amount, 0) "
                 "FROM voucher " +
                     where + " LIMIT :limit");
    q.Into(id)
        .Into(enterprise_id)
        .Into(programme_id)
        .Into(serial)
        .Into(content)
        .Into(state)
        .Into(issued_on)
        .Into(valid_until)
        .Into(invoice_date, invoice_date_ind)
        .Into(reimbursed_on, reimbursed_on_ind)
        .Into(share)
        .Into(invoice)
        .Into(reimbursed);
    for (const auto& text : texts) q.Param(text);
    q.Param(limit);
    q.Execute();
    std::vector<domain::VoucherFact> facts;
    while (q.Fetch()) {
        domain::VoucherFact f;
        f.id = id;
        f.enterprise_id = enterprise_id;
        f.programme_id = programme_id;
        f.serial = serial;
        f.content = StoredEnum(domain::SupportContents(), content, "voucher", id);
        f.state = StoredEnum(domain::VoucherLifecycle().states, state, "voucher", id);
        f.issued_on = StoredDate(issued_on, "voucher", id);
        f.valid_until = StoredDate(valid_until, "voucher", id);
        f.redeemed_on = StoredOptionalDate(invoice_date, invoice_date_ind, "voucher", id);
        f.reimbursed_on = StoredOptionalDate(reimbursed_on, reimbursed_on_ind, "voucher", id);
        f.state_share = share;
        f.invoice_amount = invoice;
        f.reimbursed_amount = reimbursed;
        facts.push_back(std::move(f));
    }
    return facts;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::VoucherFact> SociMetricRepository::Vouchers(const domain::DateRange& range) try {
    const std::string from = range.from.Iso(), to = range.to.Iso();
    return VoucherRows(
        "WHERE issued_on BETWEEN :f1 AND :t1 OR invoice_date BETWEEN :f2 AND :t2 OR reimbursed_on "
        "BETWEEN :f3 AND :t3",
        {from, to, from, to, from, to}, 1LL << 62);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::VoucherFact> SociMetricRepository::IssuedVouchersExpiring(const domain::DateRange& range,
                                                                              std::size_t limit) try {
    return VoucherRows("WHERE state = 'issued' AND valid_until BETWEEN :f AND :u ORDER BY valid_until, id",
                       {range.from.Iso(), range.to.Iso()},
                       static_cast<long long>(std::min<std::size_t>(limit, 1ULL << 62)));
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::ExpiryDay> SociMetricRepository::IssuedVoucherExpiryDays(
    const domain::DateRange& range) try {
    std::string day;
    long long count = 0;
    // Answered from the (state, valid_until) index alone.
    BoundQuery q(m_session,
                 "SELECT valid_until, COUNT(*) FROM voucher WHERE state = 'issued' AND valid_until BETWEEN "
                 ":f AND :u GROUP BY valid_until ORDER BY valid_until");
    q.Into(day).Into(count);
    q.Param(range.from.Iso()).Param(range.to.Iso());
    q.Execute();
    std::vector<domain::ExpiryDay> days;
    while (q.Fetch()) days.push_back({StoredDate(day, "voucher", 0), count});
    return days;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

domain::PastDue SociMetricRepository::IssuedVouchersExpiredBefore(const domain::CalendarDate& date) try {
    return CountBefore(m_session, "voucher", "valid_until", "state = 'issued'", date);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::ContractDue> SociMetricRepository::OpenContractsEnding(const domain::DateRange& range,
                                                                           std::size_t limit) try {
    long long application = 0, enterprise = 0;
    std::string name, number, ends_on;
    BoundQuery q(
        m_session,
        "SELECT a.id, a.enterprise_id, e.name, a.contract_number, a.contract_ends_on FROM application a "
        "JOIN enterprise e ON e.id = a.enterprise_id WHERE a.state IN (" +
            OpenContractStates() +
            ") AND "
            "a.contract_ends_on BETWEEN :f AND :t ORDER BY a.contract_ends_on, a.id LIMIT :limit");
    q.Into(application).Into(enterprise).Into(name).Into(number).Into(ends_on);
    q.Param(range.from.Iso())
        .Param(range.to.Iso())
        .Param(static_cast<long long>(std::min<std::size_t>(limit, 1ULL << 62)));
    q.Execute();
    std::vector<domain::ContractDue> due;
    while (q.Fetch())
        due.push_back(
            {application, enterprise, name, number, StoredDate(ends_on, "application", application)});
    return due;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

domain::PastDue SociMetricRepository::OpenContractsEndedBefore(const domain::CalendarDate& date) try {
    return CountBefore(m_session, "application", "contract_ends_on",
                       "state IN (" + OpenContractStates() + ")", date);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::RegisterFact> SociMetricRepository::RegisterHistory() try {
    long long id = 0;
    std::string dates[4];
    soci::indicator set[4] = {soci::i_null, soci::i_null, soci::i_null, soci::i_null};
    BoundQuery q(m_session,
                 "SELECT id, st_since, st_until, startup_since, startup_until FROM enterprise "
                 "WHERE st_since IS NOT NULL OR startup_since IS NOT NULL ORDER BY id");
    q.Into(id);
    for (int i = 0; i < 4; ++i) q.Into(dates[i], set[i]);
    q.Execute();
    std::vector<domain::RegisterFact> facts;
    while (q.Fetch())
        facts.push_back({id, StoredOptionalDate(dates[0], set[0], "enterprise", id),
                         StoredOptionalDate(dates[1], set[1], "enterprise", id),
                         StoredOptionalDate(dates[2], set[2], "enterprise", id),
                         StoredOptionalDate(dates[3], set[3], "enterprise", id)});
    return facts;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<std::int64_t> SociMetricRepository::EnterprisesIn(const std::string& province) try {
    long long id = 0;
    BoundQuery q(m_session, "SELECT id FROM enterprise WHERE province = :p ORDER BY id");
    q.Into(id).Param(province);
    q.Execute();
    std::vector<std::int64_t> ids;
    while (q.Fetch()) ids.push_back(id);
    return ids;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::TaskFact> SociMetricRepository::Tasks() try {
    std::vector<domain::TaskFact> facts;
    std::map<long long, std::size_t> position;  // task id → index in facts
    {
        long long id = 0, programme = 0, lead_enterprise = 0, budget = 0;
        int follow_up = 0, co_funded = 0, outputs = 0, contract = 0, acceptance = 0, transfer = 0;
        std::string code, level, mode, state, applying, ordering, province, signed_on;
        soci::indicator programme_set = soci::i_null, lead_set = soci::i_null, signed_set = soci::i_null;
        BoundQuery q(
            m_session,
            "SELECT t.id, t.code, t.level, t.award_mode, t.programme_id, t.state, t.state_budget, "
            "t.applying_unit, t.ordering_unit, t.follow_up_years, t.lead_enterprise_id, "
            "COALESCE(e.province, o.province, ''), t.contract_signed_on, "
            "CASE WHEN EXISTS (SELECT 1 FROM task_co_funding c WHERE c.task_id = t.id) THEN 1 ELSE 0 END, "
            "CASE WHEN EXISTS (SELECT 1 FROM task_output p WHERE p.task_id = t.id) THEN 1 ELSE 0 END, "
            "CASE WHEN t.contract_number <> '' AND t.contract_signed_on IS NOT NULL THEN 1 ELSE 0 END, "
            "CASE WHEN t.acceptance_council IS NOT NULL AND t.acceptance_held_on IS NOT NULL AND "
            "t.acceptance_result IS NOT NULL AND t.acceptance_decision_id IS NOT NULL THEN 1 ELSE 0 END, "
            "CASE WHEN t.transfer_on IS NOT NULL AND COALESCE(t.transfer_unit, '') <> '' THEN 1 ELSE 0 END "
            "FROM task t LEFT JOIN enterprise e ON e.id = t.lead_enterprise_id "
            "LEFT JOIN organisation o ON o.id = t.lead_organisation_id ORDER BY t.id");
        q.Into(id)
            .Into(code)
            .Into(level)
            .Into(mode)
            .Into(programme, programme_set)
            .Into(state)
            .Into(budget)
            .Into(applying)
            .Into(ordering)
            .Into(follow_up)
            .Into(lead_enterprise, lead_set)
            .Into(province)
            .Into(signed_on, signed_set)
            .Into(co_funded)
            .Into(outputs)
            .Into(contract)
            .Into(acceptance)
            .Into(transfer);
        q.Execute();
        while (q.Fetch()) {
            domain::TaskFact f;
            f.id = id;
            f.code = code;
            f.level = StoredEnum(domain::TaskLevels(), level, "task", id);
            f.award_mode = StoredEnum(domain::AwardModes(), mode, "task", id);
            if (programme_set == soci::i_ok) f.programme_id = programme;
            f.state = StoredEnum(domain::TaskLifecycle().states, state, "task", id);
            f.state_funded = budget > 0;
            f.has_applying_unit = !applying.empty();
            f.has_ordering_unit = !ordering.empty();
            f.follow_up_years = follow_up;
            if (lead_set == soci::i_ok) f.lead_enterprise_id = lead_enterprise;
            f.lead_province = province;
            f.contract_signed_on = StoredOptionalDate(signed_on, signed_set, "task", id);
            f.co_funded = co_funded != 0;
            f.has_outputs = outputs != 0;
            f.has_contract = contract != 0;
            f.acceptance_recorded = acceptance != 0;
            f.transfer_recorded = transfer != 0;
            position[id] = facts.size();
            facts.push_back(std::move(f));
        }
    }
    {
        long long task = 0;
        std::string to_state, on;
        BoundQuery q(m_session,
                     "SELECT task_id, to_state, on_date FROM task_transition ORDER BY task_id, id");
        q.Into(task).Into(to_state).Into(on);
        q.Execute();
        while (q.Fetch())
            if (const auto at = position.find(task); at != position.end())
                facts[at->second].steps.emplace_back(
                    StoredEnum(domain::TaskLifecycle().states, to_state, "task_transition", task),
                    StoredDate(on, "task_transition", task));
    }
    {
        long long task = 0;
        std::string on;
        BoundQuery q(m_session, "SELECT task_id, reported_on FROM task_use ORDER BY task_id, reported_on");
        q.Into(task).Into(on);
        q.Execute();
        while (q.Fetch())
            if (const auto at = position.find(task); at != position.end())
                facts[at->second].uses_reported.push_back(StoredDate(on, "task_use", task));
    }
    {
        long long task = 0;
        std::string due, paid;
        soci::indicator paid_set = soci::i_null;
        BoundQuery q(m_session,
                     "SELECT task_id, due_on, paid_on FROM task_tranche WHERE status <> 'cancelled' "
                     "ORDER BY task_id, number");
        q.Into(task).Into(due).Into(paid, paid_set);
        q.Execute();
        while (q.Fetch())
            if (const auto at = position.find(task); at != position.end())
                facts[at->second].tranches.emplace_back(
                    StoredDate(due, "task_tranche", task),
                    StoredOptionalDate(paid, paid_set, "task_tranche", task));
    }
    return facts;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<std::int64_t> SociMetricRepository::ProgrammeIdByCode(const std::string& code) try {
    long long id = 0;
    soci::indicator found = soci::i_null;
    m_session << "SELECT id FROM programme WHERE code = :c", soci::use(code), soci::into(id, found);
    if (found != soci::i_ok) return std::nullopt;
    return id;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

}  // namespace innodesk::persistence
