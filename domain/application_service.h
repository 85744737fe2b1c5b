// The application lifecycle as officers drive it: create, submit, review, recommend, decide by a
// decision record, contract, carry out, accept, monitor, close, withdraw; amounts and payments.
#pragma once

#include "actor.h"
#include "application.h"
#include "calendar_date.h"
#include "decision.h"
#include "signature_ports.h"
#include "store.h"
#include "text_rules.h"

#include <string>
#include <vector>

namespace innodesk::domain {

// Another approval of the same content in the same year for the enterprise or its family.
struct DoubleFundingWarning {
    ApplicationId other_application = 0;
    EnterpriseId other_enterprise = 0;
    Money other_amount;
    LocalisedText message;
};

struct DecisionOutcome {
    Decision decision;
    std::vector<DoubleFundingWarning> warnings;
};

// Applies a stored decision to every application it covers, inside `tx`: approvals commit their
// amounts against the envelopes (refused when a cap or the budget would be broken), refusals
// close the applications. Double funding of the same content and year comes back as warnings.
// Used by DecisionService when a decision is signed, and to try a draft without keeping anything.
std::vector<DoubleFundingWarning> ApplyDecision(Transaction& tx, const Decision& decision, const Actor& actor,
                                                std::int64_t at_unix);

// Whether payments may be drawn on the application: an approved amount, contracted and not yet
// closed (contracted, in progress, accepted or monitored).
bool AcceptsPayments(const Application& application);

class ApplicationService {
public:
    ApplicationService(Store& store, const TextRules& text, const Clock& clock)
        : m_store(store), m_text(text), m_clock(clock) {}

    Application Create(Application draft, const Actor& actor);
    Application Get(ApplicationId id);
    std::vector<Application> List(const ApplicationFilter& filter);
    std::vector<ApplicationTransition> History(ApplicationId id);

    // A plain lifecycle move (submit, start review, recommend, not recommend, start work,
    // accept, monitor, close, withdraw). Approve/refuse go through Decide; contracting through
    // Contract. `expected_version` guards against a concurrent change.
    Application Move(ApplicationId id, ApplicationState to, const Actor& actor, const std::string& note,
                     std::optional<std::int64_t> expected_version = std::nullopt);

    // Changes what a draft or submitted application asks for (enterprise, programme, year, support
    // content, title, amounts): an officer correcting what was typed. `edited.version` is the version
    // the officer edited; a change made since is refused naming who made it and when.
    Application Edit(Application edited, const Actor& actor);
    // Takes a submission back to draft on the day it was made: the desktop's undo of Submit.
    Application UndoSubmission(ApplicationId id, const Actor& actor, std::int64_t expected_version);
    // What approving `draft`'s requested amount would meet: the programme's caps for its content
    // (CapExceeded) and its year's budget envelope (BudgetExceeded). For checking amounts as they are
    // typed; empty when nothing stands in the way today.
    std::vector<DomainError> AmountProblems(const Application& draft);

    // `signed_on`, the day the contract was signed (not recorded when not given), lies between the
    // decision's date and today, and `ends_on` after it. `ends_on`, the contract's end, is when its
    // acceptance falls due (a dashboard deadline); it lies after the signing, from 1 January of the
    // application's year to ten years after.
    Application Contract(ApplicationId id, const std::string& contract_number, const Actor& actor,
                         std::optional<CalendarDate> ends_on = std::nullopt,
                         std::optional<CalendarDate> signed_on = std::nullopt);
    // A payment drawn on the application's commitment, bounded by the amount its governing decision
    // signed (DecisionService::GrantFor, verified with `verifier`) less what was paid, never by the
    // approved amount column alone: a column that disagrees with the signed figure refuses the
    // payment, naming both. An amount is varied by a superseding decision
    // (DecisionService::DraftVariation), signed like any other.
    void Disburse(ApplicationId id, Money amount, const CalendarDate& paid_on, const std::string& reference,
                  const Actor& actor, const SignatureVerifier& verifier);
    // The payments recorded on the application, oldest first.
    std::vector<Disbursement> Disbursements(ApplicationId id);
    std::vector<DoubleFundingWarning> DoubleFundingCheck(ApplicationId id);

private:
    Store& m_store;
    const TextRules& m_text;
    const Clock& m_clock;
};

}  // namespace innodesk::domain
