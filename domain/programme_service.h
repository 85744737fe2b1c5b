// Setting up programmes: the programme itself, its yearly budget envelopes and its caps.
#pragma once

#include "actor.h"
#include "programme.h"
#include "store.h"
#include "text_rules.h"

#include <vector>

namespace innodesk::domain {

struct EnvelopeReport {
    BudgetEnvelope envelope;
    EnvelopeBalance balance;
};

class ProgrammeService {
public:
    ProgrammeService(Store& store, const TextRules& text) : m_store(store), m_text(text) {}

    Programme Create(Programme programme, const Actor& actor);
    Programme GetByCode(const std::string& code);
    std::vector<Programme> List();
    BudgetEnvelope AddEnvelope(BudgetEnvelope envelope, const Actor& actor);
    void SetCap(SupportCap cap, const Actor& actor);
    std::vector<EnvelopeReport> Budget(ProgrammeId programme);

private:
    Store& m_store;
    const TextRules& m_text;
};

}  // namespace innodesk::domain
