// Decisions from draft to signature: an officer drafts a decision over recommended applications;
// an approver signs it with an enrolled certificate, which issues it and applies it to the
// applications in the same transaction. A signed decision is never edited: a change is a new
// decision that supersedes it. Every decision is verified again when shown or exported.
#pragma once

#include "actor.h"
#include "application_service.h"
#include "calendar_date.h"
#include "decision.h"
#include "decision_payload.h"
#include "enum_table.h"
#include "signature_ports.h"
#include "store.h"
#include "text_rules.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace innodesk::domain {

// A signature's verdict, or for a decision without a signature Draft / Recorded. The codes
// (VerificationStatuses()) are what JSON, exports and the CLI's text show.
enum class VerificationStatus { Valid, Indeterminate, Invalid, Draft, Recorded };
std::span<const EnumEntry<VerificationStatus>> VerificationStatuses();

// The verdict on the organisation's signature of an issued decision (issue_service.h): its CMS
// over the issue payload, and its certificate the organisation's enrolled one at the issue.
struct IssueVerification {
    VerificationStatus status = VerificationStatus::Invalid;
    SignatureReason reason = SignatureReason::FormatDamaged;
    LocalisedText explanation;
    std::string signer_subject;
    std::int64_t signing_time_unix = 0;
    bool Valid() const { return status == VerificationStatus::Valid; }
};

struct DecisionVerification {
    Decision decision;
    VerificationStatus status = VerificationStatus::Invalid;
    SignatureReason reason = SignatureReason::FormatDamaged;
    LocalisedText explanation;
    std::string signer_subject;
    std::int64_t signing_time_unix = 0;
    // Which clock the signing time came from and how it was checked: the signer's workstation
    // clock, written into the signature, held at signing against the audit trail. Empty when there
    // is no signature.
    LocalisedText signing_clock;
    // Present when the decision was issued by a clerk. An issue that does not verify fails the
    // whole decision, even when the approver's signature is valid.
    std::optional<IssueVerification> issue;
    bool Valid() const { return status == VerificationStatus::Valid && (!issue || issue->Valid()); }
    bool Signed() const { return decision.status == DecisionStatus::Signed; }
    // Every verdict but Valid fails, whatever the status column says now: a signed decision
    // set back to draft or to recorded behind InnoDesk's back is Invalid (StatusChanged).
    // Only a draft or a recorded decision that never had a signature is not a failure.
    bool Failed() const {
        if (issue && !issue->Valid()) return true;
        return status != VerificationStatus::Valid && status != VerificationStatus::Draft &&
               status != VerificationStatus::Recorded;
    }
};

// How a run of verifications adds up, the same in every front end.
struct VerificationTally {
    std::size_t valid = 0;
    std::size_t failed = 0;
    std::size_t unsigned_count = 0;  // drafts and decisions recorded before signing, never signed

    void Add(const DecisionVerification& verification) {
        if (verification.Valid())
            ++valid;
        else if (verification.Failed())
            ++failed;
        else
            ++unsigned_count;
    }
};

// What an application may be paid against: the amount granted to it by the latest issued approval
// covering it (a variation is such an approval, superseding the one before), as that decision was
// signed. `digitally_signed` is false for a decision recorded before InnoDesk could sign, whose
// amount is taken as recorded.
struct SignedGrant {
    DecisionId decision_id = 0;
    std::string decision_number;
    Money amount;
    bool digitally_signed = true;
};

// An officer's draft of a decision that varies an application's approved amount. It supersedes the
// decision that governs the application now and takes effect only when an approver signs it; the
// reason is printed as the decision's conditions.
struct VariationDraft {
    ApplicationId application_id = 0;
    Money new_amount;
    std::string reason;
    std::string number;  // the new decision's number
    CalendarDate date;
    std::string legal_basis;
    std::string signer_name;
};

// How far a signature's signing time may lie before the latest audit entry (clocks of two
// workstations of one department drift by seconds, not minutes).
inline constexpr std::int64_t kSigningClockToleranceSeconds = 120;

// Makes a decision's PDF inside the transaction that signs or issues it (the app layer composes
// it; the domain only stores the bytes, in decision_document). Throwing undoes the signature or
// the issue: the record and its document are kept together or not at all.
using DocumentMaker = std::function<std::vector<std::uint8_t>(const Decision&)>;

class DecisionService {
public:
    DecisionService(Store& store, const TextRules& text, const Clock& clock)
        : m_store(store), m_text(text), m_clock(clock) {}

    // Stores a draft after trying it against the caps and budgets as they are now (kept nowhere);
    // a draft that could not be issued today is refused with the reason. Officers only.
    DecisionOutcome Draft(Decision decision, const Actor& actor);
    // Drafts a variation of an approved amount: officers only. Refused, naming the figures, when the
    // application is not approved and open, when the new amount is below what was paid or equals the
    // amount granted now, or when the decision that governs it is still a draft.
    DecisionOutcome DraftVariation(const VariationDraft& variation, const Actor& actor);
    // Removes a draft. Officers only; a signed decision cannot be discarded.
    void Discard(DecisionId id, const Actor& actor);

    Decision Get(DecisionId id);
    std::vector<Decision> List(const DecisionFilter& filter);

    // The exact bytes that were signed, rebuilt from the records as they are stored now.
    // Throws InvalidValue for a decision without a signature.
    std::string SignedPayload(const Decision& decision);

    // Signs a draft and issues it: approvers only; the signer's certificate must be the one
    // enrolled for the actor and must verify against the trust store now; nobody signs a decision
    // over an application they reviewed. The signature, the applications' new states and the
    // audit entries are kept together or not at all.
    DecisionOutcome Sign(DecisionId id, const DecisionSigner& signer, const SignatureVerifier& verifier,
                         const Actor& actor);
    // The same, and `approver_document` makes the PDF the approver signed (stage 'approver'), stored
    // in the same transaction; the Decision it receives is the signed one.
    DecisionOutcome Sign(DecisionId id, const DecisionSigner& signer, const SignatureVerifier& verifier,
                         const Actor& actor, const DocumentMaker& approver_document);
    // The checks of Sign that need no key: the role, the decision still a draft, separation of
    // duties and an enrolled certificate. Front ends call it before opening a key file or a token,
    // so that a PIN is never typed for a signature that would be refused anyway.
    void RequireCanSign(DecisionId id, const Actor& actor);

    DecisionVerification Verify(DecisionId id, const SignatureVerifier& verifier);
    // The grant a payment on the application is bounded by. Throws SignatureRefused, saying why,
    // when the governing decision's signature does not verify as valid now: money is paid only on
    // what an approver verifiably signed.
    SignedGrant GrantFor(ApplicationId id, const SignatureVerifier& verifier);
    DecisionVerification Verify(const Decision& decision, const SignatureVerifier& verifier);

private:
    Store& m_store;
    const TextRules& m_text;
    const Clock& m_clock;
};

}  // namespace innodesk::domain
