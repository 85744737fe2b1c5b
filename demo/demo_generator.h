// Realistic synthetic Vietnamese programme data, for demos, tests and benchmarks: a register of
// any size and a programme at a province's scale (or, on request, volumes that grow with the
// register). Everything is written through the same services an officer's actions use, so the
// same validation applies; the whole run is one transaction (the services' own transactions nest
// inside it), so an interrupted run leaves nothing behind. The planners that make each kind of
// record are in demo/*_planner.h; DemoGenerator::Run sequences them.
#pragma once

#include "domain/actor.h"
#include "domain/calendar_date.h"
#include "domain/decision_service.h"
#include "domain/progress.h"
#include "domain/signature_ports.h"
#include "domain/store.h"
#include "domain/text_rules.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace innodesk::demo {

struct DemoSpec {
    std::size_t enterprises = 300;  // the register; the programme's volumes do not grow with it
    std::uint64_t seed = 1;
    int year = 2026;  // the programme year most records fall in
    // Unset (the demo): the programme's yearly scale, whatever the register's size
    // (demo/programme_scale.h). Set: so many per enterprise on average, for benchmarks that want
    // large volumes (the issue-5 benchmark asks for 2 applications and 0.5 vouchers each).
    std::optional<double> applications_per_enterprise;
    std::optional<double> vouchers_per_enterprise;
    std::optional<double> ip_filings_per_enterprise;
    // Person-times at training courses and events; when set, one event per 200 enterprises, at
    // least five.
    std::optional<double> attendance_per_enterprise;
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
    std::size_t tasks = 0;          // innovation and S&T tasks proposed (demo/task_planner.h)
    std::size_t organisations = 0;  // organisations added to their register to lead tasks
};

// Who does the generated work. Decisions are drafted by the officer and signed by one of the
// approvers, as in the department, so the approvers must exist with their certificates enrolled.
struct DemoApprover {
    domain::Actor actor;
    std::string title_and_name;  // "Giám đốc Nguyễn Văn An", written on the decision
    const domain::DecisionSigner* signer = nullptr;
    // Makes the PDF the approver signs with that key (DecisionService::Sign's document hook);
    // empty: the decision is signed without one.
    domain::DocumentMaker document;
};

struct DemoActors {
    domain::Actor officer;
    std::vector<DemoApprover> approvers;  // at least one; the first is the director
    const domain::SignatureVerifier* verifier = nullptr;
};

class DemoGenerator {
public:
    DemoGenerator(domain::Store& store, const domain::TextRules& text, const domain::Clock& clock)
        : m_store(store), m_text(text), m_clock(clock) {}
    // The same spec and seed always give the same data.
    DemoSummary Run(const DemoSpec& spec, const DemoActors& actors,
                    domain::ProgressObserver* progress = nullptr);

private:
    domain::Store& m_store;
    const domain::TextRules& m_text;
    const domain::Clock& m_clock;
};

}  // namespace innodesk::demo
