// A decision (quyết định) approving or refusing applications, or issuing a task's acceptance. Its signature
// is added by the signing layer; once signed it is never edited, only superseded by a new decision.
#pragma once

#include "application.h"
#include "calendar_date.h"
#include "money.h"
#include "task.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace innodesk::domain {

// An approval or a refusal covers applications (its items); a task acceptance covers one task
// (task_id) and issues the council's evaluation recorded on it, moving it to accepted or failed.
enum class DecisionKind { Approval, Refusal, TaskAcceptance };
std::span<const EnumEntry<DecisionKind>> DecisionKinds();

// Drafted by an officer; issued when an approver signs it, which is when it takes effect.
// Recorded: issued before InnoDesk could sign (databases from before schema version 2).
enum class DecisionStatus { Draft, Signed, Recorded };
std::span<const EnumEntry<DecisionStatus>> DecisionStatuses();

struct DecisionSignature {
    std::string signer_user;            // the approver's sign-in name
    std::string signer_fingerprint;     // SHA-256 of the certificate the approver signed with
    std::string signer_subject;         // for display
    std::vector<std::uint8_t> cms_der;  // detached CMS SignedData over the canonical payload
    std::int64_t signed_at_unix = 0;
};

// The records clerk's (văn thư) issue of a signed decision: the number and date it went out under
// and the organisation's own signature (its enrolled certificate, the department's seal) over the
// approver's record with them (issue_payload.h). Never changed once recorded.
struct DecisionIssue {
    std::string number;  // "126/QĐ-SKHCN", from the number register (document_number)
    CalendarDate issued_on;
    std::string clerk_user;
    std::string organisation_fingerprint;  // SHA-256 of the organisation certificate that signed
    std::string organisation_subject;
    std::vector<std::uint8_t> cms_der;  // detached CMS SignedData over the issue payload
    std::int64_t issued_at_unix = 0;
};

struct DecisionItem {
    ApplicationId application_id = 0;
    Money approved_amount;  // zero for a refusal
};

struct Decision {
    DecisionId id = 0;
    std::string number;  // "125/QĐ-SKHCN" as drafted; empty when the clerk numbers it at issue
    CalendarDate date;
    DecisionKind kind = DecisionKind::Approval;
    std::vector<DecisionItem> items;  // empty for a task acceptance
    std::optional<TaskId> task_id;    // a task acceptance's task; empty otherwise
    std::string conditions;
    std::string legal_basis;
    std::string signer_name;
    std::optional<DecisionId> supersedes;
    std::int64_t created_at_unix = 0;
    DecisionStatus status = DecisionStatus::Draft;
    std::string drafted_by;
    std::optional<DecisionSignature> signature;  // present when Signed
    std::optional<DecisionIssue> issue;          // present once a clerk issued it
};

// How a decision is named in messages and lists: its issued number, else its drafted number, else
// "#12" (its id) for a draft the clerk has not numbered yet.
std::string DecisionReference(const Decision& decision);

struct DecisionFilter {
    std::optional<DecisionStatus> status;
    std::size_t limit = 200;
};

Decision NormaliseDecision(Decision decision, const TextRules& text);

// What the decision grants: the sum of its items' approved amounts (zero for a refusal). Throws
// MoneyOverflow rather than wrap.
Money TotalApproved(const Decision& decision);

// Only a digitally signed decision leaves the department as decision.json with its signature:
// a draft or a recorded decision is refused with the reason, naming the decision's id.
void RequireExportable(const Decision& decision);

}  // namespace innodesk::domain
