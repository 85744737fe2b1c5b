// Recording what supported enterprises achieved and listing it for the plan's outcome targets.
#pragma once

#include "actor.h"
#include "calendar_date.h"
#include "outcome.h"
#include "store.h"
#include "text_rules.h"

#include <vector>

namespace innodesk::domain {

class OutcomeService {
public:
    OutcomeService(Store& store, const TextRules& text, const Clock& clock)
        : m_store(store), m_text(text), m_clock(clock) {}

    // Stores an outcome; the enterprise must exist, an application given must be that
    // enterprise's, and the date it was recorded may not be after today.
    EnterpriseOutcome Add(EnterpriseOutcome outcome, const Actor& actor);
    std::vector<EnterpriseOutcome> List(const OutcomeFilter& filter);

private:
    Store& m_store;
    const TextRules& m_text;
    const Clock& m_clock;
};

}  // namespace innodesk::domain
