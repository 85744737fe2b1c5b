// A programme, its yearly budget envelopes and the support caps that are programme data.
#pragma once

#include "enum_table.h"
#include "money.h"
#include "support_content.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace innodesk::domain {

using ProgrammeId = std::int64_t;
using EnvelopeId = std::int64_t;

struct Programme {
    ProgrammeId id = 0;
    std::string code;  // "DMST-DN-2026-2030"
    std::string name;
    int start_year = 0;
    int end_year = 0;
};

enum class FundingSource { ProvincialScience, Central, DevelopmentFund, Other };
std::span<const EnumEntry<FundingSource>> FundingSources();

// Money set aside for one support content in one programme year from one funding source.
struct BudgetEnvelope {
    EnvelopeId id = 0;
    ProgrammeId programme_id = 0;
    int year = 0;
    FundingSource source = FundingSource::ProvincialScience;
    SupportContent content = SupportContent::OtherInnovation;
    Money amount;
};

// What the envelope's records say now; never stored, always derived.
struct EnvelopeBalance {
    Money amount;
    Money committed;  // approved amounts (as varied) and state shares of live vouchers
    Money disbursed;  // payments made
    Money Remaining() const { return amount - committed; }
};

// Limits per support content (e.g. the SME support levels of Decree 80/2021); zero = no limit.
struct SupportCap {
    ProgrammeId programme_id = 0;
    SupportContent content = SupportContent::OtherInnovation;
    int max_state_share_percent = 100;
    Money ceiling_per_contract;
    Money ceiling_per_enterprise_year;
    int max_vouchers_per_enterprise_year = 0;
};

Programme NormaliseProgramme(Programme programme);
BudgetEnvelope ValidateEnvelope(BudgetEnvelope envelope, const Programme& programme);
SupportCap ValidateCap(SupportCap cap);

// Refuses when committing `amount` more would overdraw; the message carries the figures.
void RequireFunds(const BudgetEnvelope& envelope, const EnvelopeBalance& balance, Money amount);

}  // namespace innodesk::domain
