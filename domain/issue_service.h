// The records clerk's (văn thư) issue of a decision an approver has signed: the number from the
// register (unique per register and year, never reused), the date, and the organisation's own
// signature (the enrolled organisation certificate, the department's seal) over the issue payload
// (issue_payload.h); the number registered, the issue recorded, the issued PDF stored and the audit
// entry written in one transaction. Numbers are registered at issue, not reserved before it: an
// issue that fails registers nothing, and a number registered is never freed.
#pragma once

#include "actor.h"
#include "calendar_date.h"
#include "decision.h"
#include "decision_service.h"
#include "issue_repository.h"
#include "signature_ports.h"
#include "store.h"
#include "text_rules.h"

#include <optional>
#include <string>

namespace innodesk::domain {

// The register decisions are numbered in: "QĐ" (quyết định), as in "126/QĐ-SKHCN".
inline constexpr const char* kDecisionRegister = "QĐ";
// The symbol after the number, "QĐ-SKHCN". Without it, "QĐ-" and what follows "BC-" in the
// reports' symbol (report_symbol), else "QĐ".
inline constexpr const char* kSettingDecisionSymbol = "decision_symbol";

struct IssueRequest {
    DecisionId decision_id = 0;
    // The number the clerk typed; empty: the draft's own number if it carries one, else the next
    // number of the register for the year of `issued_on`.
    std::string number;
    CalendarDate issued_on;
};

class IssueService {
public:
    IssueService(Store& store, const TextRules& text, const Clock& clock)
        : m_store(store), m_text(text), m_clock(clock) {}

    // The number the register would give next in `year`: "126/QĐ-SKHCN" (below 10 with a leading
    // zero, "05/QĐ-SKHCN", as Decree 30/2020 writes numbers).
    std::string NextNumber(int year);
    // The symbol after the register's numbers, "QĐ-SKHCN" (see kSettingDecisionSymbol).
    std::string Symbol();

    // The checks of Issue that need no key: the clerk's role, the decision signed and not issued,
    // its approver's signature valid now, an organisation certificate enrolled, the number free and
    // the date allowed. Returns the number Issue would register. Front ends call it before a PIN.
    std::string RequireCanIssue(const IssueRequest& request, const SignatureVerifier& verifier,
                                const Actor& actor);

    // Issues the decision: clerks only; `organisation` must hold the enrolled organisation
    // certificate. `issued_document`, when given, makes the issued PDF (stage 'issued') from the
    // issued decision, inside the transaction. Returns the decision with its issue.
    Decision Issue(const IssueRequest& request, const DecisionSigner& organisation,
                   const SignatureVerifier& verifier, const Actor& actor,
                   const DocumentMaker& issued_document = {});

    // The decision's PDF at a stage, when one was stored.
    std::optional<StoredDocument> Document(DecisionId id, DocumentStage stage);

private:
    Store& m_store;
    const TextRules& m_text;
    const Clock& m_clock;
};

// The verdict on an issued decision's organisation signature, given the approver's payload as
// rebuilt now: its CMS over the issue payload, the signer the organisation certificate enrolled at
// the issue, and the register naming this decision under the issued number. For
// DecisionService::Verify.
IssueVerification VerifyIssue(Transaction& tx, const Decision& decision, const std::string& approver_payload,
                              const SignatureVerifier& verifier);

}  // namespace innodesk::domain
