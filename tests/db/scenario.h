// A small programme set up through the services: the starting point of the service tests.
#pragma once

#include "domain/application_service.h"
#include "domain/enterprise_service.h"
#include "domain/programme_service.h"
#include "domain/voucher_service.h"
#include "test_database.h"

namespace innodesk::testing {

struct Scenario {
    explicit Scenario(TestDatabase& database);

    TestDatabase& db;
    FixedClock clock{domain::CalendarDate::FromYmd(2026, 6, 15)};
    domain::Actor officer{"officer.an"};
    domain::Programme programme;
    domain::BudgetEnvelope testing_envelope;  // 2026, testing_certification, 1 tỷ đồng
    domain::Enterprise parent;                // 0101248141
    domain::Enterprise branch;                // 0101248141-001
    domain::Enterprise other;                 // 0300588569

    domain::ApplicationService Applications() { return {db.Store(), db.Text(), clock}; }
    domain::VoucherService Vouchers() { return {db.Store(), db.Text(), clock}; }
    domain::ProgrammeService Programmes() { return {db.Store(), db.Text()}; }
    domain::EnterpriseService Enterprises() { return {db.Store(), db.Text()}; }

    // A draft application for testing and certification in 2026.
    domain::Application Draft(const domain::Enterprise& enterprise, long long requested, long long co_funding);
    // A draft moved to Recommended.
    domain::Application Recommended(const domain::Enterprise& enterprise, long long requested, long long co_funding);
    domain::DecisionOutcome Approve(domain::ApplicationId id, long long amount, const std::string& number);
};

}  // namespace innodesk::testing
