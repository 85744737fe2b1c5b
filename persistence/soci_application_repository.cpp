// Applications, their transitions, amount variations and disbursements in SQL.
#include "bound_query.h"
#include "select_rows.h"
#include "soci_repositories.h"
#include "storage_errors.h"
#include "stored_values.h"

namespace innodesk::persistence {
namespace {

// What a database failure in this file stopped, for StorageError's "Không thể …" / "Cannot …".
constexpr std::string_view kDoingVi = "đọc hoặc ghi hồ sơ đề nghị hỗ trợ";
constexpr std::string_view kDoingEn = "read or write support applications";

using domain::Application;
using domain::Money;

constexpr const char* kColumns =
    "id, enterprise_id, programme_id, year, content, title, requested_amount, co_funding_amount, state, "
    "envelope_id, "
    "decision_id, approved_amount, original_approved_amount, contract_number, contract_ends_on, "
    "submitted_on, contract_signed_on, version";

struct ApplicationRow {
    long long id = 0, enterprise_id = 0, programme_id = 0, requested = 0, co_funding = 0;
    int year = 0;
    std::string content, title, state, contract_number, contract_ends_on, submitted_on, contract_signed_on;
    long long envelope_id = 0, decision_id = 0, approved = 0, original = 0, version = 0;
    soci::indicator envelope_ind = soci::i_null, decision_ind = soci::i_null, approved_ind = soci::i_null,
                    original_ind = soci::i_null, contract_end_ind = soci::i_null,
                    submitted_ind = soci::i_null, contract_signed_ind = soci::i_null;

    void Bind(BoundQuery& q) {
        q.Into(id)
            .Into(enterprise_id)
            .Into(programme_id)
            .Into(year)
            .Into(content)
            .Into(title)
            .Into(requested)
            .Into(co_funding)
            .Into(state)
            .Into(envelope_id, envelope_ind)
            .Into(decision_id, decision_ind)
            .Into(approved, approved_ind)
            .Into(original, original_ind)
            .Into(contract_number)
            .Into(contract_ends_on, contract_end_ind)
            .Into(submitted_on, submitted_ind)
            .Into(contract_signed_on, contract_signed_ind)
            .Into(version);
    }

    Application ToDomain() const {
        Application a;
        a.id = id;
        a.enterprise_id = enterprise_id;
        a.programme_id = programme_id;
        a.year = year;
        a.content = StoredEnum(domain::SupportContents(), content, "application", id);
        a.title = title;
        a.requested_amount = Money::Dong(requested);
        a.co_funding_amount = Money::Dong(co_funding);
        a.state = StoredEnum(domain::ApplicationLifecycle().states, state, "application", id);
        if (envelope_ind == soci::i_ok) a.envelope_id = envelope_id;
        if (decision_ind == soci::i_ok) a.decision_id = decision_id;
        if (approved_ind == soci::i_ok) a.approved_amount = Money::Dong(approved);
        if (original_ind == soci::i_ok) a.original_approved_amount = Money::Dong(original);
        a.contract_number = contract_number;
        a.contract_ends_on = StoredOptionalDate(contract_ends_on, contract_end_ind, "application", id);
        a.submitted_on = StoredOptionalDate(submitted_on, submitted_ind, "application", id);
        a.contract_signed_on = StoredOptionalDate(contract_signed_on, contract_signed_ind, "application", id);
        a.version = version;
        return a;
    }
};

// Binds every mutable column in the order of the INSERT and UPDATE statements below.
void BindValues(BoundQuery& q, const Application& a) {
    q.Param(static_cast<long long>(a.enterprise_id))
        .Param(static_cast<long long>(a.programme_id))
        .Param(static_cast<long long>(a.year))
        .Param(CodeOf(domain::SupportContents(), a.content))
        .Param(a.title)
        .Param(static_cast<long long>(a.requested_amount.Dong()))
        .Param(static_cast<long long>(a.co_funding_amount.Dong()))
        .Param(CodeOf(domain::ApplicationLifecycle().states, a.state))
        .Param(std::optional<long long>(a.envelope_id))
        .Param(std::optional<long long>(a.decision_id))
        .Param(OptionalDong(a.approved_amount))
        .Param(OptionalDong(a.original_approved_amount))
        .Param(a.contract_number)
        .Param(OptionalIso(a.contract_ends_on))
        .Param(OptionalIso(a.submitted_on))
        .Param(OptionalIso(a.contract_signed_on));
}

}  // namespace

domain::ApplicationId SociApplicationRepository::Insert(const Application& a) try {
    long long id = 0;
    const long long now = NowUnix();
    BoundQuery q(
        m_session,
        "INSERT INTO application (enterprise_id, programme_id, year, content, title, requested_amount, "
        "co_funding_amount, state, envelope_id, decision_id, approved_amount, original_approved_amount, "
        "contract_number, contract_ends_on, submitted_on, contract_signed_on, version, created_at, "
        "updated_at) "
        "VALUES (:e, :p, :y, :c, :t, :r, :f, :s, :env, :d, :a, :o, :n, :ce, :sub, :cs, 1, :created, "
        ":updated) "
        "RETURNING id");
    q.Into(id);
    BindValues(q, a);
    q.Param(now).Param(now);
    q.Execute();
    q.Fetch();
    return id;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<Application> SociApplicationRepository::Select(const std::string& where_and_order,
                                                           const std::vector<std::string>& texts,
                                                           const std::vector<long long>& numbers) try {
    return SelectRows<ApplicationRow>(
        m_session, std::string("SELECT ") + kColumns + " FROM application " + where_and_order, texts,
        numbers);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<Application> SociApplicationRepository::FindById(domain::ApplicationId id) try {
    auto found = Select("WHERE id = :id", {}, {id});
    if (found.empty()) return std::nullopt;
    return found.front();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociApplicationRepository::Update(const Application& a) try {
    BoundQuery q(
        m_session,
        "UPDATE application SET enterprise_id = :e, programme_id = :p, year = :y, content = :c, title = :t, "
        "requested_amount = :r, co_funding_amount = :f, state = :s, envelope_id = :env, decision_id = :d, "
        "approved_amount = :a, original_approved_amount = :o, contract_number = :n, contract_ends_on = :ce, "
        "submitted_on = :sub, contract_signed_on = :cs, "
        "version = version + 1, updated_at = :updated WHERE id = :id AND version = :version");
    BindValues(q, a);
    q.Param(NowUnix()).Param(static_cast<long long>(a.id)).Param(static_cast<long long>(a.version));
    q.Execute();
    if (q.AffectedRows() == 1) return;
    const auto current = FindById(a.id);
    if (!current)
        throw domain::DomainError(domain::ErrorCode::NotFound,
                                  {"Hồ sơ số " + std::to_string(a.id) + " không còn tồn tại.",
                                   "Application " + std::to_string(a.id) + " no longer exists."});
    throw domain::DomainError(
        domain::ErrorCode::Conflict,
        {"Hồ sơ số " + std::to_string(a.id) + " đã được người khác thay đổi (phiên bản " +
             std::to_string(current->version) + ", bạn đang sửa phiên bản " + std::to_string(a.version) +
             "). Tải lại; thay đổi của bạn chưa được lưu.",
         "Application " + std::to_string(a.id) + " was changed by someone else (version " +
             std::to_string(current->version) + ", you edited version " + std::to_string(a.version) +
             "). Reload; your change was not saved."});
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<Application> SociApplicationRepository::List(const domain::ApplicationFilter& filter) try {
    SqlFilter where;
    if (filter.state) where.Add("state = ?", CodeOf(domain::ApplicationLifecycle().states, *filter.state));
    if (filter.programme_id) where.Add("programme_id = ?", static_cast<long long>(*filter.programme_id));
    if (filter.enterprise_id) where.Add("enterprise_id = ?", static_cast<long long>(*filter.enterprise_id));
    if (filter.year) where.Add("year = ?", static_cast<long long>(*filter.year));
    if (filter.content) where.Add("content = ?", CodeOf(domain::SupportContents(), *filter.content));
    return SelectRows<ApplicationRow>(m_session, std::string("SELECT ") + kColumns + " FROM application",
                                      where, "ORDER BY id DESC LIMIT :limit",
                                      static_cast<long long>(filter.limit));
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociApplicationRepository::AppendTransition(const domain::ApplicationTransition& t) try {
    BoundQuery q(m_session,
                 "INSERT INTO application_transition (application_id, from_state, to_state, at, actor, note) "
                 "VALUES (:a, :f, :t, :at, :actor, :note)");
    q.Param(static_cast<long long>(t.application_id))
        .Param(CodeOf(domain::ApplicationLifecycle().states, t.from))
        .Param(CodeOf(domain::ApplicationLifecycle().states, t.to))
        .Param(static_cast<long long>(t.at_unix))
        .Param(t.actor)
        .Param(t.note);
    q.Execute();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::ApplicationTransition> SociApplicationRepository::History(domain::ApplicationId id) try {
    std::string from, to, actor, note;
    long long at = 0;
    BoundQuery q(
        m_session,
        "SELECT from_state, to_state, at, actor, note FROM application_transition WHERE application_id = :a "
        "ORDER BY id");
    q.Into(from).Into(to).Into(at).Into(actor).Into(note).Param(static_cast<long long>(id));
    q.Execute();
    std::vector<domain::ApplicationTransition> history;
    while (q.Fetch()) {
        const auto& states = domain::ApplicationLifecycle().states;
        history.push_back({id, StoredEnum(states, from, "application_transition", id),
                           StoredEnum(states, to, "application_transition", id), at, actor, note});
    }
    return history;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

Money SociApplicationRepository::ApprovedForFamily(const std::string& family_key,
                                                   domain::ProgrammeId programme, int year,
                                                   domain::SupportContent content,
                                                   domain::ApplicationId except) try {
    long long total = 0;
    const std::string states = CommittingStates(domain::ApplicationLifecycle().states);
    BoundQuery q(
        m_session,
        "SELECT COALESCE(SUM(a.approved_amount), 0) FROM application a JOIN enterprise e ON e.id = "
        "a.enterprise_id WHERE e.family_key = :family AND a.content = :content AND a.programme_id = :p AND "
        "a.year = :y AND a.id <> :except AND a.state IN (" +
            states + ")");
    q.Into(total)
        .Param(family_key)
        .Param(CodeOf(domain::SupportContents(), content))
        .Param(static_cast<long long>(programme))
        .Param(static_cast<long long>(year))
        .Param(static_cast<long long>(except));
    q.Execute();
    q.Fetch();
    return Money::Dong(total);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<Application> SociApplicationRepository::ApprovedForFamilyList(
    const std::string& family_key, int year, domain::SupportContent content) try {
    return Select(
        "WHERE id IN (SELECT a.id FROM application a JOIN enterprise e ON e.id = a.enterprise_id "
        "WHERE e.family_key = :family AND a.content = :content AND a.state IN (" +
            CommittingStates(domain::ApplicationLifecycle().states) + ") AND a.year = :y) ORDER BY id",
        {family_key, CodeOf(domain::SupportContents(), content)}, {year});
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociApplicationRepository::RecordAmountChange(domain::ApplicationId id, Money from, Money to,
                                                   std::int64_t at_unix, const std::string& actor,
                                                   const std::string& reason) try {
    BoundQuery q(
        m_session,
        "INSERT INTO application_amount_change (application_id, from_amount, to_amount, at, actor, reason) "
        "VALUES (:a, :f, :t, :at, :actor, :reason)");
    q.Param(static_cast<long long>(id))
        .Param(static_cast<long long>(from.Dong()))
        .Param(static_cast<long long>(to.Dong()))
        .Param(static_cast<long long>(at_unix))
        .Param(actor)
        .Param(reason);
    q.Execute();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociApplicationRepository::InsertDisbursement(domain::ApplicationId id, Money amount,
                                                   const domain::CalendarDate& paid_on,
                                                   const std::string& reference,
                                                   const std::string& actor) try {
    BoundQuery q(m_session,
                 "INSERT INTO disbursement (application_id, amount, paid_on, reference, actor, created_at) "
                 "VALUES (:a, :m, :d, :r, :actor, :at)");
    q.Param(static_cast<long long>(id))
        .Param(static_cast<long long>(amount.Dong()))
        .Param(paid_on.Iso())
        .Param(reference)
        .Param(actor)
        .Param(NowUnix());
    q.Execute();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

Money SociApplicationRepository::Disbursed(domain::ApplicationId id) try {
    long long total = 0;
    const long long application = id;
    m_session << "SELECT COALESCE(SUM(amount), 0) FROM disbursement WHERE application_id = :a",
        soci::use(application), soci::into(total);
    return Money::Dong(total);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::Disbursement> SociApplicationRepository::Disbursements(domain::ApplicationId id) try {
    long long row_id = 0, amount = 0, recorded_at = 0;
    std::string paid_on, reference, actor;
    BoundQuery q(m_session,
                 "SELECT id, amount, paid_on, reference, actor, created_at FROM disbursement "
                 "WHERE application_id = :a ORDER BY paid_on, id");
    q.Into(row_id)
        .Into(amount)
        .Into(paid_on)
        .Into(reference)
        .Into(actor)
        .Into(recorded_at)
        .Param(static_cast<long long>(id));
    q.Execute();
    std::vector<domain::Disbursement> payments;
    while (q.Fetch())
        payments.push_back({row_id, id, Money::Dong(amount), StoredDate(paid_on, "disbursement", row_id),
                            reference, actor, recorded_at});
    return payments;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

}  // namespace innodesk::persistence
