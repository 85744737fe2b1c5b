// What the planners of one demo run share: the services they write through, the two random
// streams, the progress meter, and the records planned so far (enterprises, applications,
// vouchers, the programme's caps and envelopes) that later planners build on.
#pragma once

#include "demo/demo_generator.h"
#include "demo/demo_vocabulary.h"
#include "demo/programme_scale.h"
#include "demo/progress_meter.h"
#include "demo/random.h"

#include "domain/application.h"
#include "domain/application_service.h"
#include "domain/decision_service.h"
#include "domain/enterprise_import.h"
#include "domain/ip_service.h"
#include "domain/outcome_service.h"
#include "domain/programme_service.h"
#include "domain/review_service.h"
#include "domain/training_service.h"
#include "domain/voucher_service.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace innodesk::demo {

inline constexpr int kMaxVouchersPerYear = 3;
// Below this a leader refuses rather than grant crumbs (đồng).
inline constexpr std::int64_t kMinimumApproval = 10'000'000;

struct PlannedEnterprise {
    std::string tax_code;
    std::string family;
    std::string brand;
    Sector sector = Sector::Trade;
    bool household = false;
    domain::EnterpriseId id = 0;  // known once imported
};

enum class Verdict { None, Approve, Refuse };

struct PlannedApplication {
    std::size_t enterprise = 0;
    int year = 0;
    domain::SupportContent content = domain::SupportContent::OtherInnovation;
    std::string title;
    domain::Money requested;
    domain::Money co_funding;
    domain::Money desired_approval;
    domain::ApplicationState review_end = domain::ApplicationState::Draft;  // how far review gets
    Verdict verdict = Verdict::None;
    domain::ApplicationState work_end = domain::ApplicationState::Approved;  // for approvals
    bool withdraw = false;
    domain::ApplicationId id = 0;
    domain::Money approved;
    domain::CalendarDate decided_on;
};

enum class VoucherFate { Issued, Redeemed, Reimbursed, Expired, Cancelled };

struct PlannedVoucher {
    std::size_t enterprise = 0;
    domain::SupportContent content = domain::SupportContent::OtherInnovation;
    domain::Money face;
    domain::Money share;
    domain::CalendarDate issued_on;
    domain::CalendarDate valid_until;
    VoucherFate fate = VoucherFate::Issued;
    domain::VoucherId id = 0;
};

struct ContentBudget {
    domain::EnvelopeId envelope = 0;
    domain::Money planned;    // what this run expects to commit
    domain::Money remaining;  // what the envelope still allows, tracked as this run commits
};

// Public members: a record of the run that every planner reads and adds to, not an object with
// invariants of its own.
struct DemoRun {
    DemoRun(domain::Store& store, const domain::TextRules& text, const domain::Clock& clock,
            const DemoSpec& spec, const DemoActors& actors, domain::ProgressObserver* observer);

    // The enterprise's id, looked up by tax code once the register is imported.
    domain::EnterpriseId IdOf(std::size_t index);
    // Whether an earlier cancellation for misuse bars the family. Only a programme that existed
    // before this run can hold such a cancellation: this run cancels vouchers last of all.
    bool Disqualified(std::size_t index);

    domain::Store& store;
    const domain::TextRules& text;
    const domain::Clock& clock;
    const DemoSpec& spec;
    const DemoActors& actors;
    domain::Actor actor;  // the officer, who does all but the signing
    Random random;
    // A second stream for the reviews, outcomes, IP filings and training added later, so that a
    // seed still gives the enterprises, applications and vouchers it gave before.
    Random extra;
    Volumes volumes;
    ProgressMeter meter;
    domain::Transaction* outer = nullptr;
    DemoSummary summary;

    domain::ProgrammeService programmes;
    domain::ApplicationService application_service;
    domain::VoucherService voucher_service;
    domain::IpService ip_service;
    domain::TrainingService training_service;
    domain::ReviewService review_service;
    domain::OutcomeService outcome_service;
    domain::DecisionService decision_service;

    std::set<std::string> used_codes;  // tax codes and personal IDs, never given twice
    domain::Table register_sheet;      // the enterprise list until it is imported
    std::vector<PlannedEnterprise> enterprises;
    domain::Programme programme;
    bool programme_created = false;
    std::vector<int> years;  // the spec's year, and the next while the programme runs
    std::map<domain::SupportContent, domain::SupportCap> caps;
    std::map<std::pair<int, domain::SupportContent>, ContentBudget> budget;
    std::map<std::string, bool> disqualified;
    std::map<domain::SupportContent, std::vector<domain::ProviderId>> providers;
    std::vector<PlannedApplication> plans;
    std::vector<PlannedVoucher> voucher_plans;
};

// The generator produced rows its own import refuses: a bug here, not a user error.
[[noreturn]] void ThrowInvalidGenerated(const domain::ImportRowError& first);

}  // namespace innodesk::demo
