// Changes to who signs and what is trusted (an approver's certificate, the approver and
// administrator roles, the trust store, the signing settings), held as proposals until a second
// administrator confirms them: what a proposal stores and the repository that keeps it.
#pragma once

#include "admin_repositories.h"
#include "enum_table.h"
#include "role.h"
#include "store.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace innodesk::domain {

enum class ChangeKind {
    EnrolCertificate,  // user_name, fingerprint, subject
    AddUser,           // user_name, display_name, role, password_hash (made when proposed)
    SetRole,           // user_name, role
    AddTrust,          // trust_kind, subject (the label), fingerprint, pem
    RemoveTrust,       // trust_item_id, subject (the label), fingerprint
    SetSetting,        // setting_key, setting_value
    DisableUser,       // user_name: an active administrator (otherwise disabling applies at once)
};
std::span<const EnumEntry<ChangeKind>> ChangeKinds();

enum class ProposalStatus { Pending, Confirmed, Rejected, Withdrawn };
std::span<const EnumEntry<ProposalStatus>> ProposalStatuses();

// Exactly what confirmation applies, so that the confirmer sees what they confirm. Fields a kind
// does not use stay empty.
struct ProposedChange {
    ChangeKind kind = ChangeKind::SetSetting;
    std::string user_name;
    std::string display_name;
    Role role = Role::Viewer;
    std::string password_hash;  // AddUser only; never shown nor audited
    std::string fingerprint;
    std::string subject;
    TrustKind trust_kind = TrustKind::CaCertificate;
    std::string pem;
    std::int64_t trust_item_id = 0;
    std::string setting_key;
    std::string setting_value;
};

// The change that adds `item` to the trust store, as every front end proposes it.
ProposedChange AddTrustChange(const TrustItem& item);

struct Proposal {
    std::int64_t id = 0;
    ProposedChange change;
    std::string proposed_by;
    UserId proposed_by_id = 0;
    std::int64_t proposed_at_unix = 0;
    std::int64_t expires_at_unix = 0;
    ProposalStatus status = ProposalStatus::Pending;
    std::string decided_by;  // empty while pending
    std::int64_t decided_at_unix = 0;
};

// A proposal nobody confirmed within a week lapses: what was checked then may no longer hold.
inline constexpr std::int64_t kProposalLifetimeSeconds = 7 * 24 * 60 * 60;

class ProposalRepository {
public:
    virtual ~ProposalRepository() = default;
    virtual std::int64_t Insert(const Proposal& proposal) = 0;
    virtual std::optional<Proposal> FindById(std::int64_t id) = 0;
    // Newest first; only those still pending when `pending_only`.
    virtual std::vector<Proposal> List(bool pending_only) = 0;
    // Moves a pending proposal to `status`; throws Conflict when it is no longer pending (another
    // administrator decided it first).
    virtual void Decide(std::int64_t id, ProposalStatus status, const std::string& decided_by,
                        std::int64_t decided_at_unix) = 0;
};

// The transactions of a store that keeps proposals implement this beside Transaction (a port of
// its own rather than a member of Transaction, so that adding it did not touch store.h).
class ProposalSource {
public:
    virtual ~ProposalSource() = default;
    virtual ProposalRepository& Proposals() = 0;
};

// The transaction's proposals; throws Storage when the store keeps none.
ProposalRepository& ProposalsOf(Transaction& tx);

}  // namespace innodesk::domain
