// Proposed changes to trust and signers, one row each in `proposal`.
#include "soci_proposal_repository.h"

#include "bound_query.h"
#include "storage_errors.h"
#include "stored_values.h"

namespace innodesk::persistence {
namespace {

constexpr std::string_view kDoingVi = "đọc hoặc ghi đề xuất thay đổi";
constexpr std::string_view kDoingEn = "read or write proposed changes";

constexpr const char* kColumns =
    "SELECT id, kind, user_name, display_name, role, password_hash, fingerprint, subject, trust_kind, pem, "
    "trust_item_id, setting_key, setting_value, proposed_by, proposed_by_id, proposed_at, expires_at, "
    "status, decided_by, decided_at FROM proposal ";

}  // namespace

std::int64_t SociProposalRepository::Insert(const domain::Proposal& p) try {
    const auto& c = p.change;
    long long id = 0;
    BoundQuery q(m_session,
                 "INSERT INTO proposal (kind, user_name, display_name, role, password_hash, fingerprint, "
                 "subject, trust_kind, pem, trust_item_id, setting_key, setting_value, proposed_by, "
                 "proposed_by_id, proposed_at, expires_at, status) VALUES (:k, :u, :d, :r, :h, :f, :s, :tk, "
                 ":pem, :ti, :sk, :sv, :pb, :pbi, :pa, :ea, :st) RETURNING id");
    const bool with_role = c.kind == domain::ChangeKind::AddUser || c.kind == domain::ChangeKind::SetRole;
    const bool with_trust_kind = c.kind == domain::ChangeKind::AddTrust;
    q.Into(id)
        .Param(CodeOf(domain::ChangeKinds(), c.kind))
        .Param(c.user_name)
        .Param(c.display_name)
        .Param(with_role ? CodeOf(domain::Roles(), c.role) : std::string())
        .Param(c.password_hash)
        .Param(c.fingerprint)
        .Param(c.subject)
        .Param(std::string(with_trust_kind ? (c.trust_kind == domain::TrustKind::CaCertificate ? "ca" : "crl")
                                           : ""))
        .Param(c.pem)
        .Param(static_cast<long long>(c.trust_item_id))
        .Param(c.setting_key)
        .Param(c.setting_value)
        .Param(p.proposed_by)
        .Param(static_cast<long long>(p.proposed_by_id))
        .Param(static_cast<long long>(p.proposed_at_unix))
        .Param(static_cast<long long>(p.expires_at_unix))
        .Param(CodeOf(domain::ProposalStatuses(), p.status));
    q.Execute();
    q.Fetch();
    return id;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::Proposal> SociProposalRepository::Select(const std::string& where, long long key) try {
    long long id = 0, trust_item_id = 0, proposed_by_id = 0, proposed_at = 0, expires_at = 0, decided_at = 0;
    std::string kind, user_name, display_name, role, password_hash, fingerprint, subject, trust_kind, pem,
        setting_key, setting_value, proposed_by, status, decided_by;
    BoundQuery q(m_session, kColumns + where);
    q.Into(id)
        .Into(kind)
        .Into(user_name)
        .Into(display_name)
        .Into(role)
        .Into(password_hash)
        .Into(fingerprint)
        .Into(subject)
        .Into(trust_kind)
        .Into(pem)
        .Into(trust_item_id)
        .Into(setting_key)
        .Into(setting_value)
        .Into(proposed_by)
        .Into(proposed_by_id)
        .Into(proposed_at)
        .Into(expires_at)
        .Into(status)
        .Into(decided_by)
        .Into(decided_at);
    if (where.find(':') != std::string::npos) q.Param(key);
    q.Execute();
    std::vector<domain::Proposal> proposals;
    while (q.Fetch()) {
        domain::Proposal p;
        p.id = id;
        p.change.kind = StoredEnum(domain::ChangeKinds(), kind, "proposal", id);
        p.change.user_name = user_name;
        p.change.display_name = display_name;
        if (!role.empty()) p.change.role = StoredEnum(domain::Roles(), role, "proposal", id);
        p.change.password_hash = password_hash;
        p.change.fingerprint = fingerprint;
        p.change.subject = subject;
        if (trust_kind == "crl") p.change.trust_kind = domain::TrustKind::RevocationList;
        p.change.pem = pem;
        p.change.trust_item_id = trust_item_id;
        p.change.setting_key = setting_key;
        p.change.setting_value = setting_value;
        p.proposed_by = proposed_by;
        p.proposed_by_id = proposed_by_id;
        p.proposed_at_unix = proposed_at;
        p.expires_at_unix = expires_at;
        p.status = StoredEnum(domain::ProposalStatuses(), status, "proposal", id);
        p.decided_by = decided_by;
        p.decided_at_unix = decided_at;
        proposals.push_back(std::move(p));
    }
    return proposals;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<domain::Proposal> SociProposalRepository::FindById(std::int64_t id) {
    auto found = Select("WHERE id = :id", id);
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::vector<domain::Proposal> SociProposalRepository::List(bool pending_only) {
    return Select(pending_only ? "WHERE status = 'pending' ORDER BY id DESC" : "ORDER BY id DESC", 0);
}

void SociProposalRepository::Decide(std::int64_t id, domain::ProposalStatus status,
                                    const std::string& decided_by, std::int64_t decided_at_unix) try {
    BoundQuery q(m_session,
                 "UPDATE proposal SET status = :s, decided_by = :b, decided_at = :a WHERE id = :id AND "
                 "status = 'pending'");
    q.Param(CodeOf(domain::ProposalStatuses(), status))
        .Param(decided_by)
        .Param(static_cast<long long>(decided_at_unix))
        .Param(static_cast<long long>(id));
    q.Execute();
    if (q.AffectedRows() != 1)
        throw domain::DomainError(
            domain::ErrorCode::Conflict,
            {"Đề xuất số " + std::to_string(id) + " vừa được quản trị viên khác quyết định.",
             "Proposal #" + std::to_string(id) + " was just decided by another administrator."},
            "id");
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

}  // namespace innodesk::persistence
