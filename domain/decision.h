// A decision (quyết định) approving or refusing applications. Its signature is added by the
// signing layer; once signed it is never edited, only superseded by a new decision.
#pragma once

#include "application.h"
#include "calendar_date.h"
#include "money.h"

#include <optional>
#include <string>
#include <vector>

namespace innodesk::domain {

enum class DecisionKind { Approval, Refusal };
std::span<const EnumEntry<DecisionKind>> DecisionKinds();

struct DecisionItem {
    ApplicationId application_id = 0;
    Money approved_amount;  // zero for a refusal
};

struct Decision {
    DecisionId id = 0;
    std::string number;  // "125/QĐ-SKHCN"
    CalendarDate date;
    DecisionKind kind = DecisionKind::Approval;
    std::vector<DecisionItem> items;
    std::string conditions;
    std::string legal_basis;
    std::string signer_name;
    std::optional<DecisionId> supersedes;
    std::int64_t created_at_unix = 0;
};

Decision NormaliseDecision(Decision decision, const TextRules& text);

}  // namespace innodesk::domain
