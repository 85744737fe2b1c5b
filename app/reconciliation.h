// Reconciliation (đối soát): in one pass over the database, whether what is stored now is what
// InnoDesk's own actions left — the audit chain and the latest signed checkpoint, every decision's
// signature, each audited record against the after-image of its latest audit entry, each
// application's payments against the payments the trail recorded, each envelope's commitments
// against the records the trail describes, and audit times that never run backwards. What is and
// is not compared: docs/RECONCILIATION.md. Both front ends show the same report (`innodesk-cli
// check`, the desktop's Reconciliation dialog).
#pragma once

#include "audit_checkpoint.h"
#include "workspace.h"

#include "domain/errors.h"
#include "domain/progress.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace innodesk::app {

// One thing that is not as InnoDesk left it.
struct ReconciliationFinding {
    // Stable code: "audit_chain", "checkpoint", "signature", "field_changed", "row_unaudited",
    // "row_missing", "row_deleted_present", "disbursements", "envelope_committed",
    // "envelope_disbursed", "audit_time".
    std::string kind;
    std::string table;        // the database table: "app_user", "application", "audit_entry", …
    std::int64_t record = 0;  // the record's id, or the audit entry's seq
    std::string field;        // the column as the audit trail names it; empty when not about one field
    std::string stored;       // the value stored now, as JSON text ("" when not about a value)
    std::string audited;      // the value the audit trail (or the checkpoint) says it should be
    domain::LocalisedText explanation;
};

struct ReconciliationReport {
    std::vector<ReconciliationFinding> findings;
    // What was not compared and why (records imported in bulk, fields older entries lack, no
    // checkpoint on this workstation): said, so that nothing passes silently.
    std::vector<domain::LocalisedText> notes;
    CheckpointStatus checkpoint;
    std::int64_t audit_entries = 0;
    std::int64_t audit_head_seq = 0;
    std::int64_t records_compared = 0;
    std::int64_t fields_compared = 0;
    std::int64_t decisions_verified = 0;
    std::int64_t applications_summed = 0;
    std::int64_t envelopes_summed = 0;
    std::int64_t findings_left_out = 0;  // beyond the per-kind limit
    double seconds = 0;
    bool Clean() const { return findings.empty() && findings_left_out == 0; }
};

struct ReconciliationOptions {
    // Audit times may step back this much (workstations' clocks differ a little) before it is a
    // finding; the attack it catches moves months.
    std::int64_t clock_tolerance_seconds = 300;
    // At most this many findings of one kind are listed; the rest are counted.
    std::size_t findings_per_kind = 200;
    // Where the checkpoints are; empty: CheckpointFolder().
    std::filesystem::path checkpoint_folder;
};

// What is reconciled, and with what the decisions' signatures are judged.
struct ReconciliationSources {
    domain::Store& store;
    persistence::DatabaseTarget target;
    domain::DecisionService decisions;
    const domain::SignatureVerifier& verifier;  // decisions and the checkpoint
};

// Runs every check; read-only. Cancellable through `progress` (DomainError Cancelled). Memory: one
// after-image per audited record of the compared tables and one page of audit entries, never the
// whole trail.
ReconciliationReport Reconcile(ReconciliationSources sources, const ReconciliationOptions& options = {},
                               domain::ProgressObserver* progress = nullptr);

// On a front end's workspace, with its verifier over the trust store (as the Decisions page shows).
ReconciliationReport Reconcile(Workspace& workspace, const ReconciliationOptions& options = {},
                               domain::ProgressObserver* progress = nullptr);

}  // namespace innodesk::app
