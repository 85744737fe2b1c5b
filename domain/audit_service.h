// Reading and proving the audit trail: each record's history, the latest entries, a check of the
// whole hash chain, and signed checkpoints kept outside the database — because whoever controls
// the database could rewrite the whole chain, but not a checkpoint signed and kept elsewhere.
#pragma once

#include "actor.h"
#include "audit.h"
#include "calendar_date.h"
#include "progress.h"
#include "signature_ports.h"
#include "store.h"

#include <optional>
#include <string>
#include <vector>

namespace innodesk::domain {

struct AuditVerification {
    std::int64_t entries = 0;  // entries that chain correctly (all of them when unbroken)
    std::string head_hash;     // hash of the last entry that chains correctly
    std::optional<AuditChainBreak> broken;
};

inline constexpr const char* kCheckpointFormat = "innodesk-audit-checkpoint/1";

struct AuditCheckpoint {
    std::int64_t entries = 0;
    std::string head_hash;
    std::int64_t made_at_unix = 0;
    std::string made_by;
};

// The canonical bytes of a checkpoint, which are what is signed and what the file holds.
std::string CheckpointPayload(const AuditCheckpoint& checkpoint);

struct SignedCheckpoint {
    AuditCheckpoint checkpoint;
    std::string payload;
    std::vector<std::uint8_t> signature_der;
};

struct CheckpointCheck {
    bool extends = false;  // the log still holds the checkpoint's entries, unchanged
    SignatureCheck signature;
    LocalisedText explanation;
};

class AuditService {
public:
    AuditService(Store& store, HashFunction hash, const Clock& clock)
        : m_store(store), m_hash(std::move(hash)), m_clock(clock) {}

    std::vector<AuditEntry> History(const std::string& entity, std::int64_t entity_id);
    std::vector<AuditEntry> Latest(std::size_t limit);

    AuditVerification Verify(ProgressObserver* progress = nullptr);

    // Who may sign checkpoints: administrators and approvers. Checked before a key or token is
    // opened, so that nobody else types a PIN for nothing.
    void RequireCanCheckpoint(const Actor& actor) const;
    // Appends the checkpoint's own entry, then signs the head (which covers it). Refused when the
    // chain is broken.
    SignedCheckpoint MakeCheckpoint(const DecisionSigner& signer, const SignatureVerifier& verifier,
                                    const Actor& actor);
    // `payload` and `signature_der` as read from the checkpoint files; `checkpoint` as parsed
    // from the payload by the caller. Checks the signature, that the payload is canonical, and
    // that the (verified) log still holds entry `entries` with the same hash.
    CheckpointCheck CheckCheckpoint(const AuditCheckpoint& checkpoint, const std::string& payload,
                                    std::span<const std::uint8_t> signature_der,
                                    const SignatureVerifier& verifier, const AuditVerification& verified);

private:
    Store& m_store;
    HashFunction m_hash;
    const Clock& m_clock;
};

}  // namespace innodesk::domain
