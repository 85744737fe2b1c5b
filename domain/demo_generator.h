// Realistic synthetic Vietnamese programme data at any scale, for demos, tests and benchmarks.
// Everything is written through the same services an officer's actions use, so the same
// validation applies; the whole run is one transaction (the services' own transactions nest
// inside it), so an interrupted run leaves nothing behind.
#pragma once

#include "actor.h"
#include "calendar_date.h"
#include "progress.h"
#include "signature_ports.h"
#include "store.h"
#include "text_rules.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace innodesk::domain {

struct DemoSpec {
    std::size_t enterprises = 300;
    std::uint64_t seed = 1;
    int year = 2026;  // the programme year most records fall in
    // How many applications, vouchers, IP filings and attendance rows to make per enterprise
    // on average (the issue-5 benchmark asks for 2 applications and 0.5 vouchers each).
    double applications_per_enterprise = 0.3;
    double vouchers_per_enterprise = 0.1;
    double ip_filings_per_enterprise = 0.05;
    // Person-times at training courses and events; one event per 200 enterprises, at least five.
    double attendance_per_enterprise = 1.5;
};

struct DemoSummary {
    std::size_t programmes = 0;
    std::size_t enterprises = 0;
    std::size_t providers = 0;
    std::size_t applications = 0;
    std::size_t decisions = 0;
    std::size_t vouchers = 0;
    std::size_t ip_filings = 0;
    std::size_t events = 0;
    std::size_t attendances = 0;
    std::size_t reviews = 0;  // reviewers' records, with or without a declared conflict
    std::size_t outcomes = 0;
};

// Who does the generated work. Decisions are drafted by the officer and signed by one of the
// approvers, as in the department, so the approvers must exist with their certificates enrolled.
struct DemoApprover {
    Actor actor;
    std::string title_and_name;  // "Giám đốc Nguyễn Văn An", written on the decision
    const DecisionSigner* signer = nullptr;
};

struct DemoActors {
    Actor officer;
    std::vector<DemoApprover> approvers;  // at least one; the first is the director
    const SignatureVerifier* verifier = nullptr;
};

class DemoGenerator {
public:
    DemoGenerator(Store& store, const TextRules& text, const Clock& clock)
        : m_store(store), m_text(text), m_clock(clock) {}
    // The same spec and seed always give the same data.
    DemoSummary Run(const DemoSpec& spec, const DemoActors& actors, ProgressObserver* progress = nullptr);

private:
    Store& m_store;
    const TextRules& m_text;
    const Clock& m_clock;
};

}  // namespace innodesk::domain
