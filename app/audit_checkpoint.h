// The signed audit checkpoint kept OUTSIDE an SQLite database. Whoever holds an SQLite file can
// rewrite all of it, the audit trail included, and recompute the hash chain; what they cannot do is
// sign for an approver. So each time a decision is signed, the head of the audit trail (its seq and
// hash), the database's identity (its path and the hash of its first entry) and the time are
// signed with the key that has just signed the decision (CMS, detached) and written atomically to
// the user's data folder or to the folder the administrator names. At start-up and in `check`, the
// entry at that seq must still carry that hash: a trail rewritten or cut short before it is named.
// PostgreSQL needs none of this (its server writes the audit trail); there the check says so.
#pragma once

#include "domain/errors.h"
#include "domain/signature_ports.h"
#include "domain/store.h"
#include "persistence/database_target.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace innodesk::app {

// $INNODESK_CHECKPOINT_DIR when set (the administrator's choice, e.g. in the desktop's launcher or
// /etc/environment), else $XDG_DATA_HOME/innodesk/checkpoints, else
// ~/.local/share/innodesk/checkpoints.
std::filesystem::path CheckpointFolder();

// The checkpoint file for one database: one per database file, named from its absolute path.
std::filesystem::path CheckpointFile(const std::filesystem::path& folder,
                                     const persistence::DatabaseTarget& target);

enum class CheckpointState {
    NotApplicable,  // PostgreSQL: the server writes the trail
    None,           // no checkpoint for this database in the folder (never signed here)
    Intact,         // the signed head is still in the trail
    Broken,         // rewritten or truncated trail, or a checkpoint whose signature fails
    Unreadable,     // the folder or file cannot be read, or is not a checkpoint
};

struct CheckpointStatus {
    CheckpointState state = CheckpointState::NotApplicable;
    std::filesystem::path file;
    std::int64_t seq = 0;
    std::string hash;
    std::int64_t at_unix = 0;
    std::string signer_fingerprint;
    domain::LocalisedText explanation;  // always set: what was found, in a sentence
    bool Failed() const { return state == CheckpointState::Broken || state == CheckpointState::Unreadable; }
};

// Writes the checkpoint of the trail's current head, signed by `signer`, replacing the previous one
// atomically (a temporary file renamed over it). Does nothing on PostgreSQL. Throws DomainError
// (Storage) naming the folder or file when it cannot be written.
CheckpointStatus WriteCheckpoint(const std::filesystem::path& folder,
                                 const persistence::DatabaseTarget& target, domain::Store& store,
                                 const domain::DecisionSigner& signer);

// Verifies the checkpoint against the database: its signature (by `verifier`), the database's
// identity, and the entry at its seq. Never throws for what it finds; says it in the result.
CheckpointStatus VerifyCheckpoint(const std::filesystem::path& folder,
                                  const persistence::DatabaseTarget& target, domain::Store& store,
                                  const domain::SignatureVerifier& verifier);

// What both front ends do right after a decision is signed: write the checkpoint to
// CheckpointFolder() with the signer's key. Never throws: the decision is signed whatever happens
// here; a checkpoint that could not be written is said (`written` false, the message naming the
// folder and the reason) so that the approver can fix the folder.
struct CheckpointWritten {
    bool written = false;
    domain::LocalisedText message;
};
CheckpointWritten CheckpointAfterSigning(const persistence::DatabaseTarget& target, domain::Store& store,
                                         const domain::DecisionSigner& signer);

// What both front ends do on opening a store: verify its checkpoint in CheckpointFolder(). Returns
// the warning to show when the checkpoint is broken or unreadable; nothing when it holds, when
// there is none (a workstation where nobody signed) or on PostgreSQL.
// `make_verifier` is called only when there is a checkpoint to verify.
using VerifierFactory = std::function<std::unique_ptr<domain::SignatureVerifier>()>;
std::optional<domain::LocalisedText> CheckpointWarningOnOpening(const persistence::DatabaseTarget& target,
                                                                domain::Store& store,
                                                                const VerifierFactory& make_verifier);

}  // namespace innodesk::app
