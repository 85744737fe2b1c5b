// Proposing, confirming and rejecting changes to trust and signers: one administrator proposes,
// a second, different, active administrator confirms, and only then does the change take effect.
// With the department's explicit one-person rule a proposal applies at once.
#pragma once

#include "actor.h"
#include "calendar_date.h"
#include "four_eyes.h"
#include "pending_change.h"
#include "store.h"

#include <optional>
#include <vector>

namespace innodesk::domain {

struct ProposalOutcome {
    bool applied = false;   // true: taken effect now (the change needs no second administrator)
    Proposal proposal;      // when not applied: the stored proposal, awaiting confirmation
    AppliedChange result;   // when applied
    LocalisedText message;  // "proposed, awaiting confirmation … (proposal #N)" or what was done
};

// What the Dashboard and 'innodesk-cli status' say about the rule.
struct FourEyesStatus {
    bool one_person_rule_configured = false;
    bool one_person_rule_applies = false;  // configured and exactly one active administrator
    int active_administrators = 0;
    int pending_proposals = 0;  // pending and not expired
    LocalisedText summary;
};

bool IsExpired(const Proposal& proposal, std::int64_t now_unix);
// The status as people read it: pending, expired, confirmed, rejected or withdrawn.
LocalisedText StateText(const Proposal& proposal, std::int64_t now_unix);

class FourEyesService {
public:
    FourEyesService(Store& store, const Clock& clock) : m_store(store), m_clock(clock) {}

    // Administrators. Checks the change against the rules now (so a proposal that could not be
    // applied is refused at once), then either applies it (no second administrator needed) or
    // stores it for a week, audited as proposal.create in the same transaction.
    ProposalOutcome Propose(const ProposedChange& change, const Actor& actor);
    // A second, different, active administrator; the proposal pending and not expired. The rules
    // are checked again now; the change and proposal.confirm are audited in one transaction.
    AppliedChange Confirm(std::int64_t id, const Actor& actor);
    // Any administrator; by its proposer it is withdrawn. Audited as proposal.reject / .withdraw.
    Proposal Reject(std::int64_t id, const Actor& actor);
    std::vector<Proposal> List(bool pending_only, const Actor& actor);  // administrators
    Proposal Get(std::int64_t id, const Actor& actor);                  // administrators
    FourEyesStatus Status();                                            // anyone
    std::int64_t Now() const { return m_clock.NowUnixSeconds(); }

private:
    Store& m_store;
    const Clock& m_clock;
};

}  // namespace innodesk::domain
