// Decision records, the applications they cover, and their signatures.
#include "bound_query.h"
#include "soci_issue_repository.h"
#include "soci_repositories.h"
#include "storage_errors.h"
#include "stored_values.h"

#include "domain/base64.h"

namespace innodesk::persistence {
namespace {

// What a database failure in this file stopped, for StorageError's "Không thể …" / "Cannot …".
constexpr std::string_view kDoingVi = "đọc hoặc ghi quyết định";
constexpr std::string_view kDoingEn = "read or write decisions";

constexpr const char* kColumns =
    "id, number, decided_on, kind, conditions, legal_basis, signer_name, supersedes, created_at, status, "
    "drafted_by, "
    "signer_user, signer_fingerprint, signer_subject, signature, signed_at, task_id";

// Reads the rows of `q` (selected with kColumns) and then each decision's items.
std::vector<domain::Decision> ReadDecisions(soci::session& session, BoundQuery& q) {
    long long id = 0, supersedes = 0, created = 0, signed_at = 0, task_id = 0;
    soci::indicator supersedes_ind = soci::i_null, task_ind = soci::i_null;
    std::string number, date, kind, conditions, legal_basis, signer_name, status, drafted_by, signer_user,
        fingerprint, subject, signature;
    q.Into(id)
        .Into(number)
        .Into(date)
        .Into(kind)
        .Into(conditions)
        .Into(legal_basis)
        .Into(signer_name)
        .Into(supersedes, supersedes_ind)
        .Into(created)
        .Into(status)
        .Into(drafted_by)
        .Into(signer_user)
        .Into(fingerprint)
        .Into(subject)
        .Into(signature)
        .Into(signed_at)
        .Into(task_id, task_ind);
    q.Execute();
    std::vector<domain::Decision> decisions;
    while (q.Fetch()) {
        domain::Decision d;
        d.id = id;
        // '#' and the id: drafted without a number, which the clerk gives at issue (schema v15).
        if (!number.empty() && number.front() != '#') d.number = number;
        d.date = StoredDate(date, "decision", id);
        d.kind = StoredEnum(domain::DecisionKinds(), kind, "decision", id);
        d.conditions = conditions;
        d.legal_basis = legal_basis;
        d.signer_name = signer_name;
        if (supersedes_ind == soci::i_ok) d.supersedes = supersedes;
        if (task_ind == soci::i_ok) d.task_id = task_id;
        d.created_at_unix = created;
        d.status = StoredEnum(domain::DecisionStatuses(), status, "decision", id);
        d.drafted_by = drafted_by;
        if (d.status == domain::DecisionStatus::Signed) {
            // Bytes that are not Base64 are kept as they are: verification then calls the
            // signature damaged instead of the whole record being unreadable.
            auto der = domain::Base64Decode(signature);
            d.signature = domain::DecisionSignature{
                signer_user, fingerprint, subject,
                der ? std::move(*der) : std::vector<std::uint8_t>(signature.begin(), signature.end()),
                signed_at};
        }
        decisions.push_back(std::move(d));
    }
    for (auto& d : decisions) {
        d.issue = ReadDecisionIssue(session, d.id);
        long long application = 0, amount = 0;
        BoundQuery items(session,
                         "SELECT application_id, approved_amount FROM decision_item WHERE decision_id = :d "
                         "ORDER BY application_id");
        items.Into(application).Into(amount).Param(static_cast<long long>(d.id));
        items.Execute();
        while (items.Fetch()) d.items.push_back({application, domain::Money::Dong(amount)});
    }
    return decisions;
}

std::optional<domain::Decision> FirstOf(std::vector<domain::Decision> decisions) {
    if (decisions.empty()) return std::nullopt;
    return std::move(decisions.front());
}

}  // namespace

domain::DecisionId SociDecisionRepository::Insert(const domain::Decision& d) try {
    long long id = 0;
    BoundQuery q(
        m_session,
        "INSERT INTO decision (number, decided_on, kind, conditions, legal_basis, signer_name, supersedes, "
        "created_at, status, drafted_by, task_id) VALUES (:n, :d, :k, :c, :l, :s, :sup, :at, :st, :by, "
        ":task) "
        "RETURNING id");
    // A draft without a number holds '#' and its id (the column is NOT NULL UNIQUE); "#new" lasts
    // only until the update below, inside this transaction.
    q.Into(id)
        .Param(d.number.empty() ? std::string("#new") : d.number)
        .Param(d.date.Iso())
        .Param(CodeOf(domain::DecisionKinds(), d.kind))
        .Param(d.conditions)
        .Param(d.legal_basis)
        .Param(d.signer_name)
        .Param(std::optional<long long>(d.supersedes))
        .Param(static_cast<long long>(d.created_at_unix))
        .Param(CodeOf(domain::DecisionStatuses(), d.status))
        .Param(d.drafted_by)
        .Param(d.task_id ? std::optional<long long>(*d.task_id) : std::nullopt);
    q.Execute();
    q.Fetch();
    if (d.number.empty()) {
        BoundQuery placeholder(m_session, "UPDATE decision SET number = :n WHERE id = :id");
        placeholder.Param("#" + std::to_string(id)).Param(id);
        placeholder.Execute();
    }
    BoundQuery insert_item(
        m_session,
        "INSERT INTO decision_item (decision_id, application_id, approved_amount) VALUES (:d, :a, :m)");
    insert_item.Param(id).Param(0LL).Param(0LL);
    for (const auto& item : d.items) {
        insert_item.Rebind(1, static_cast<long long>(item.application_id));
        insert_item.Rebind(2, static_cast<long long>(item.approved_amount.Dong()));
        insert_item.Execute();
    }
    return id;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<domain::Decision> SociDecisionRepository::FindById(domain::DecisionId id) try {
    BoundQuery q(m_session, std::string("SELECT ") + kColumns + " FROM decision WHERE id = :id");
    q.Param(static_cast<long long>(id));
    return FirstOf(ReadDecisions(m_session, q));
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<domain::Decision> SociDecisionRepository::FindByNumber(const std::string& number) try {
    BoundQuery q(m_session, std::string("SELECT ") + kColumns + " FROM decision WHERE number = :n");
    q.Param(number);
    return FirstOf(ReadDecisions(m_session, q));
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::Decision> SociDecisionRepository::List(const domain::DecisionFilter& filter) try {
    std::string sql = std::string("SELECT ") + kColumns + " FROM decision";
    if (filter.status) sql += " WHERE status = :s";
    sql += " ORDER BY id DESC LIMIT :limit";
    BoundQuery q(m_session, sql);
    if (filter.status) q.Param(CodeOf(domain::DecisionStatuses(), *filter.status));
    q.Param(static_cast<long long>(filter.limit));
    return ReadDecisions(m_session, q);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociDecisionRepository::MarkSigned(domain::DecisionId id, const std::string& signer_name,
                                        const domain::DecisionSignature& signature) try {
    BoundQuery q(
        m_session,
        "UPDATE decision SET status = 'signed', signer_name = :n, signer_user = :u, signer_fingerprint = :f, "
        "signer_subject = :s, signature = :sig, signed_at = :at WHERE id = :id AND status = 'draft'");
    q.Param(signer_name)
        .Param(signature.signer_user)
        .Param(signature.signer_fingerprint)
        .Param(signature.signer_subject)
        .Param(domain::Base64Encode(signature.cms_der))
        .Param(static_cast<long long>(signature.signed_at_unix))
        .Param(static_cast<long long>(id));
    q.Execute();
    if (q.AffectedRows() != 1)
        throw domain::DomainError(
            domain::ErrorCode::Conflict,
            {"Quyết định id " + std::to_string(id) + " không còn là dự thảo (đã được ký hoặc hủy).",
             "Decision id " + std::to_string(id) + " is no longer a draft (signed or discarded)."});
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociDecisionRepository::DeleteDraft(domain::DecisionId id) try {
    BoundQuery items(
        m_session,
        "DELETE FROM decision_item WHERE decision_id = (SELECT id FROM decision WHERE id = :id AND "
        "status = 'draft')");
    items.Param(static_cast<long long>(id));
    items.Execute();
    BoundQuery q(m_session, "DELETE FROM decision WHERE id = :id AND status = 'draft'");
    q.Param(static_cast<long long>(id));
    q.Execute();
    if (q.AffectedRows() != 1)
        throw domain::DomainError(domain::ErrorCode::Conflict,
                                  {"Quyết định id " + std::to_string(id) + " không còn là dự thảo.",
                                   "Decision id " + std::to_string(id) + " is no longer a draft."});
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::DecisionId> SociDecisionRepository::ForApplication(domain::ApplicationId id) try {
    long long decision = 0;
    BoundQuery q(m_session,
                 "SELECT decision_id FROM decision_item WHERE application_id = :a ORDER BY decision_id");
    q.Into(decision).Param(static_cast<long long>(id));
    q.Execute();
    std::vector<domain::DecisionId> ids;
    while (q.Fetch()) ids.push_back(decision);
    return ids;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

}  // namespace innodesk::persistence
