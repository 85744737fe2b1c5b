// An enterprise's application for support (hồ sơ đề xuất) and its lifecycle.
#pragma once

#include "calendar_date.h"
#include "enterprise.h"
#include "lifecycle.h"
#include "money.h"
#include "programme.h"
#include "support_content.h"

#include <cstdint>
#include <optional>
#include <string>

namespace innodesk::domain {

using ApplicationId = std::int64_t;
using DecisionId = std::int64_t;

enum class ApplicationState {
    Draft,
    Submitted,
    UnderReview,
    Recommended,
    NotRecommended,
    Approved,
    Refused,
    Contracted,
    InProgress,
    Accepted,  // nghiệm thu
    Monitoring,
    Closed,
    Withdrawn,
};

const Lifecycle<ApplicationState>& ApplicationLifecycle();
// Approved and after, until closed: the states in which the approved amount counts as committed.
bool HoldsCommitment(ApplicationState state);

struct Application {
    ApplicationId id = 0;
    EnterpriseId enterprise_id = 0;
    ProgrammeId programme_id = 0;
    int year = 0;
    SupportContent content = SupportContent::OtherInnovation;
    std::string title;
    Money requested_amount;   // state support asked for
    Money co_funding_amount;  // the enterprise's or a partner's share (đối ứng)
    ApplicationState state = ApplicationState::Draft;
    std::optional<EnvelopeId> envelope_id;
    std::optional<DecisionId> decision_id;
    std::optional<Money> approved_amount;           // as currently varied
    std::optional<Money> original_approved_amount;  // as first approved, kept when varied
    std::string contract_number;
    std::optional<CalendarDate> contract_signed_on = {};  // the day the contract was signed
    std::optional<CalendarDate>
        contract_ends_on;  // the contract's end: its acceptance (nghiệm thu) falls due
    std::optional<CalendarDate> submitted_on;
    std::int64_t version = 0;
};

// A payment drawn on an application's commitment (giải ngân), as recorded.
struct Disbursement {
    std::int64_t id = 0;
    ApplicationId application_id = 0;
    Money amount;
    CalendarDate paid_on;
    std::string reference;  // payment order or treasury reference
    std::string actor;
    std::int64_t recorded_at_unix = 0;
};

// A step in an application's history.
struct ApplicationTransition {
    ApplicationId application_id = 0;
    ApplicationState from = ApplicationState::Draft;
    ApplicationState to = ApplicationState::Draft;
    std::int64_t at_unix = 0;
    std::string actor;
    std::string note;
};

Application NormaliseApplication(Application application, const TextRules& text);

// Refuses an approved amount that breaks the programme's cap for the content.
void RequireWithinCap(const SupportCap& cap, const Application& application, Money approved_amount,
                      Money already_approved_this_year);

}  // namespace innodesk::domain
