// Programmes, budget envelopes (with balances derived from the records) and support caps.
#include "bound_query.h"
#include "soci_repositories.h"
#include "storage_errors.h"
#include "stored_values.h"

namespace innodesk::persistence {
namespace {

// What a database failure in this file stopped, for StorageError's "Không thể …" / "Cannot …".
constexpr std::string_view kDoingVi = "đọc hoặc ghi chương trình hỗ trợ";
constexpr std::string_view kDoingEn = "read or write support programmes";

using domain::BudgetEnvelope;
using domain::Money;
using domain::Programme;

}  // namespace

domain::ProgrammeId SociProgrammeRepository::Insert(const Programme& p) try {
    long long id = 0;
    BoundQuery query(
        m_session,
        "INSERT INTO programme (code, name, start_year, end_year) VALUES (:c, :n, :s, :e) RETURNING id");
    query.Into(id)
        .Param(p.code)
        .Param(p.name)
        .Param(static_cast<long long>(p.start_year))
        .Param(static_cast<long long>(p.end_year));
    query.Execute();
    query.Fetch();
    return id;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

namespace {
std::vector<Programme> SelectProgrammes(soci::session& session, const std::string& where,
                                        const std::optional<std::string>& text,
                                        std::optional<long long> number) {
    Programme p;
    long long id = 0;
    BoundQuery query(session, "SELECT id, code, name, start_year, end_year FROM programme " + where);
    query.Into(id).Into(p.code).Into(p.name).Into(p.start_year).Into(p.end_year);
    if (text) query.Param(*text);
    if (number) query.Param(*number);
    query.Execute();
    std::vector<Programme> found;
    while (query.Fetch()) {
        p.id = id;
        found.push_back(p);
    }
    return found;
}
}  // namespace

std::optional<Programme> SociProgrammeRepository::FindById(domain::ProgrammeId id) try {
    auto found = SelectProgrammes(m_session, "WHERE id = :id", std::nullopt, id);
    if (found.empty()) return std::nullopt;
    return found.front();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<Programme> SociProgrammeRepository::FindByCode(const std::string& code) try {
    auto found = SelectProgrammes(m_session, "WHERE code = :code", code, std::nullopt);
    if (found.empty()) return std::nullopt;
    return found.front();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<Programme> SociProgrammeRepository::List() try {
    return SelectProgrammes(m_session, "ORDER BY start_year DESC, code", std::nullopt, std::nullopt);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

domain::EnvelopeId SociProgrammeRepository::InsertEnvelope(const BudgetEnvelope& e) try {
    long long id = 0;
    BoundQuery query(m_session,
                     "INSERT INTO budget_envelope (programme_id, year, source, content, amount) "
                     "VALUES (:p, :y, :s, :c, :a) RETURNING id");
    query.Into(id)
        .Param(static_cast<long long>(e.programme_id))
        .Param(static_cast<long long>(e.year))
        .Param(CodeOf(domain::FundingSources(), e.source))
        .Param(CodeOf(domain::SupportContents(), e.content))
        .Param(static_cast<long long>(e.amount.Dong()));
    query.Execute();
    query.Fetch();
    return id;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<BudgetEnvelope> SociProgrammeRepository::SelectEnvelopes(const std::string& where, long long a,
                                                                     long long b,
                                                                     const std::string& text) try {
    long long id = 0, programme_id = 0, amount = 0;
    int year = 0;
    std::string source, content;
    BoundQuery query(m_session,
                     "SELECT id, programme_id, year, source, content, amount FROM budget_envelope " + where);
    query.Into(id).Into(programme_id).Into(year).Into(source).Into(content).Into(amount);
    if (where.find(":a") != std::string::npos) query.Param(a);
    if (where.find(":b") != std::string::npos) query.Param(b);
    if (where.find(":t") != std::string::npos) query.Param(text);
    query.Execute();
    std::vector<BudgetEnvelope> found;
    while (query.Fetch()) {
        BudgetEnvelope e;
        e.id = id;
        e.programme_id = programme_id;
        e.year = year;
        e.source = StoredEnum(domain::FundingSources(), source, "budget_envelope", id);
        e.content = StoredEnum(domain::SupportContents(), content, "budget_envelope", id);
        e.amount = Money::Dong(amount);
        found.push_back(e);
    }
    return found;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<BudgetEnvelope> SociProgrammeRepository::FindEnvelope(domain::EnvelopeId id) try {
    auto found = SelectEnvelopes("WHERE id = :a", id, 0, {});
    if (found.empty()) return std::nullopt;
    return found.front();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<BudgetEnvelope> SociProgrammeRepository::FindEnvelopeFor(domain::ProgrammeId programme,
                                                                       int year,
                                                                       domain::SupportContent content) try {
    // Several sources may fund one content; commitments go to the first that is set up.
    auto found = SelectEnvelopes("WHERE programme_id = :a AND year = :b AND content = :t ORDER BY id",
                                 programme, year, CodeOf(domain::SupportContents(), content));
    if (found.empty()) return std::nullopt;
    return found.front();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<BudgetEnvelope> SociProgrammeRepository::ListEnvelopes(domain::ProgrammeId programme) try {
    return SelectEnvelopes("WHERE programme_id = :a ORDER BY year, content, source", programme, 0, {});
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociProgrammeRepository::LockEnvelope(domain::EnvelopeId id) try {
    // SQLite's BEGIN IMMEDIATE already serialises writers; PostgreSQL needs the row lock.
    if (m_backend != Backend::Postgres) return;
    long long locked = 0;
    const long long envelope = id;
    m_session << "SELECT id FROM budget_envelope WHERE id = :id FOR UPDATE", soci::use(envelope),
        soci::into(locked);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

domain::EnvelopeBalance SociProgrammeRepository::Balance(domain::EnvelopeId envelope_id) try {
    const auto envelope = FindEnvelope(envelope_id);
    if (!envelope)
        throw domain::DomainError(
            domain::ErrorCode::NotFound,
            {"Không có dự toán id " + std::to_string(envelope_id) + ".",
             "There is no budget envelope with id " + std::to_string(envelope_id) + "."});
    const std::string application_states = CommittingStates(domain::ApplicationLifecycle().states);
    const std::string voucher_states = CommittingStates(domain::VoucherLifecycle().states);
    const long long id = envelope_id;
    long long app_committed = 0, app_disbursed = 0, voucher_committed = 0, voucher_disbursed = 0;
    // A live approval commits its (varied) amount; once closed or withdrawn, only what was paid.
    m_session << "SELECT COALESCE(SUM(CASE WHEN a.state IN (" + application_states +
                     ") AND a.state <> 'closed' THEN a.approved_amount ELSE "
                     "(SELECT COALESCE(SUM(d.amount), 0) FROM disbursement d WHERE d.application_id = a.id) "
                     "END), 0) "
                     "FROM application a WHERE a.envelope_id = :id AND a.approved_amount IS NOT NULL",
        soci::use(id), soci::into(app_committed);
    m_session << "SELECT COALESCE(SUM(d.amount), 0) FROM disbursement d JOIN application a ON a.id = "
                 "d.application_id "
                 "WHERE a.envelope_id = :id",
        soci::use(id), soci::into(app_disbursed);
    // A reimbursed voucher commits what was actually paid; a live one its state share.
    m_session << "SELECT COALESCE(SUM(CASE WHEN state = 'reimbursed' THEN reimbursed_amount ELSE state_share "
                 "END), 0) "
                 "FROM voucher WHERE envelope_id = :id AND state IN (" +
                     voucher_states + ")",
        soci::use(id), soci::into(voucher_committed);
    m_session << "SELECT COALESCE(SUM(reimbursed_amount), 0) FROM voucher WHERE envelope_id = :id AND state "
                 "= 'reimbursed'",
        soci::use(id), soci::into(voucher_disbursed);
    // A contracted task commits its state budget; a failed or terminated one only what was paid.
    long long task_committed = 0, task_disbursed = 0;
    const std::string task_states = CommittingStates(domain::TaskLifecycle().states);
    m_session
        << "SELECT COALESCE(SUM(CASE WHEN t.state IN (" + task_states +
               ") THEN t.state_budget ELSE "
               "(SELECT COALESCE(SUM(p.amount), 0) FROM task_tranche p WHERE p.task_id = t.id AND p.status "
               "= 'paid') END), 0) FROM task t WHERE t.envelope_id = :id",
        soci::use(id), soci::into(task_committed);
    m_session << "SELECT COALESCE(SUM(p.amount), 0) FROM task_tranche p JOIN task t ON t.id = p.task_id "
                 "WHERE t.envelope_id = :id AND p.status = 'paid'",
        soci::use(id), soci::into(task_disbursed);
    return {envelope->amount,
            Money::Dong(app_committed) + Money::Dong(voucher_committed) + Money::Dong(task_committed),
            Money::Dong(app_disbursed) + Money::Dong(voucher_disbursed) + Money::Dong(task_disbursed)};
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociProgrammeRepository::UpsertCap(const domain::SupportCap& cap) try {
    BoundQuery query(
        m_session,
        "INSERT INTO support_cap (programme_id, content, max_state_share_percent, ceiling_per_contract, "
        "ceiling_per_enterprise_year, max_vouchers_per_enterprise_year) VALUES (:p, :c, :s, :k, :y, :v) "
        "ON CONFLICT (programme_id, content) DO UPDATE SET max_state_share_percent = "
        "excluded.max_state_share_percent, ceiling_per_contract = excluded.ceiling_per_contract, "
        "ceiling_per_enterprise_year = excluded.ceiling_per_enterprise_year, "
        "max_vouchers_per_enterprise_year = excluded.max_vouchers_per_enterprise_year");
    query.Param(static_cast<long long>(cap.programme_id))
        .Param(CodeOf(domain::SupportContents(), cap.content))
        .Param(static_cast<long long>(cap.max_state_share_percent))
        .Param(static_cast<long long>(cap.ceiling_per_contract.Dong()))
        .Param(static_cast<long long>(cap.ceiling_per_enterprise_year.Dong()))
        .Param(static_cast<long long>(cap.max_vouchers_per_enterprise_year));
    query.Execute();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<domain::SupportCap> SociProgrammeRepository::FindCap(domain::ProgrammeId programme,
                                                                   domain::SupportContent content) try {
    domain::SupportCap cap;
    long long per_contract = 0, per_year = 0;
    BoundQuery query(
        m_session,
        "SELECT max_state_share_percent, ceiling_per_contract, ceiling_per_enterprise_year, "
        "max_vouchers_per_enterprise_year FROM support_cap WHERE programme_id = :p AND content = :c");
    query.Into(cap.max_state_share_percent)
        .Into(per_contract)
        .Into(per_year)
        .Into(cap.max_vouchers_per_enterprise_year);
    query.Param(static_cast<long long>(programme)).Param(CodeOf(domain::SupportContents(), content));
    query.Execute();
    if (!query.Fetch()) return std::nullopt;
    cap.programme_id = programme;
    cap.content = content;
    cap.ceiling_per_contract = Money::Dong(per_contract);
    cap.ceiling_per_enterprise_year = Money::Dong(per_year);
    return cap;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

}  // namespace innodesk::persistence
