// DemoGenerator: the same seed gives the same data, the summary tells the truth, a cancelled run
// leaves nothing behind. Runs on both backends.
#include "domain/demo_generator.h"

#include "domain/application.h"
#include "domain/voucher.h"
#include "test_database.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <random>
#include <string>
#include <system_error>

namespace {

using innodesk::domain::ApplicationLifecycle;
using innodesk::domain::CalendarDate;
using innodesk::domain::DemoGenerator;
using innodesk::domain::DemoSpec;
using innodesk::domain::DemoSummary;
using innodesk::domain::DomainError;
using innodesk::domain::ErrorCode;
using innodesk::domain::VoucherLifecycle;
using innodesk::persistence::SociStore;
using innodesk::testing::TestDatabase;

// Timestamps only: the generator takes its dates from the spec's year, not from today.
class FixedClock final : public innodesk::domain::Clock {
public:
    CalendarDate Today() const override { return CalendarDate::FromYmd(2026, 3, 16); }
    std::int64_t NowUnixSeconds() const override { return 1'773'619'200; }
};

// Asks to stop as soon as it has heard from the run once.
class CancelAfterFirstReport final : public innodesk::domain::ProgressObserver {
public:
    void Progress(std::size_t, std::size_t) override { m_reported = true; }
    bool CancelRequested() const override { return m_reported; }

private:
    bool m_reported = false;
};

long long Count(SociStore& store, const std::string& sql) {
    long long count = 0;
    store.Session() << sql, soci::into(count);
    return count;
}

// Applications and vouchers per state, by the states' stored codes.
std::map<std::string, long long> StateCounts(SociStore& store) {
    std::map<std::string, long long> counts;
    for (const auto& state : ApplicationLifecycle().states)
        counts["application " + std::string(state.code)] =
            Count(store, "SELECT COUNT(*) FROM application WHERE state = '" + std::string(state.code) + "'");
    for (const auto& state : VoucherLifecycle().states)
        counts["voucher " + std::string(state.code)] =
            Count(store, "SELECT COUNT(*) FROM voucher WHERE state = '" + std::string(state.code) + "'");
    return counts;
}

DemoSpec SmallSpec() {
    DemoSpec spec;
    spec.enterprises = 300;
    spec.seed = 20260316;
    return spec;
}

}  // namespace

TEST_CASE("The demo generator is deterministic and its summary matches the database", "[db]") {
    TestDatabase first_database, second_database;
    const auto& text = first_database.Text();
    const FixedClock clock;
    SociStore* const first = &first_database.Store();
    SociStore* const second = &second_database.Store();

    const DemoSummary summary = DemoGenerator(*first, text, clock).Run(SmallSpec());
    const DemoSummary again = DemoGenerator(*second, text, clock).Run(SmallSpec());

    SECTION("the same seed gives the same spread of states") {
        const auto counts = StateCounts(*first);
        CHECK(counts == StateCounts(*second));
        INFO("applications and vouchers should reach many states, not just the first ones");
        int states_reached = 0;
        for (const auto& [state, count] : counts)
            if (count > 0) ++states_reached;
        CHECK(states_reached >= 14);
        CHECK(Count(*first, "SELECT COUNT(*) FROM disbursement") ==
              Count(*second, "SELECT COUNT(*) FROM disbursement"));
    }

    SECTION("every count of the summary is what the database holds") {
        CHECK(summary.programmes == 1);
        CHECK(summary.enterprises == 300);
        CHECK(summary.applications == 90);  // 300 × 0.3
        CHECK(summary.vouchers == 30);      // 300 × 0.1
        CHECK(static_cast<long long>(summary.programmes) == Count(*first, "SELECT COUNT(*) FROM programme"));
        CHECK(static_cast<long long>(summary.enterprises) ==
              Count(*first, "SELECT COUNT(*) FROM enterprise"));
        CHECK(static_cast<long long>(summary.providers) ==
              Count(*first, "SELECT COUNT(*) FROM service_provider"));
        CHECK(static_cast<long long>(summary.applications) ==
              Count(*first, "SELECT COUNT(*) FROM application"));
        CHECK(static_cast<long long>(summary.decisions) == Count(*first, "SELECT COUNT(*) FROM decision"));
        CHECK(static_cast<long long>(summary.vouchers) == Count(*first, "SELECT COUNT(*) FROM voucher"));
        CHECK(again.enterprises == summary.enterprises);
        CHECK(again.decisions == summary.decisions);
    }

    SECTION("both tone placements of Khánh Hòa are stored, as real registries have them") {
        CHECK(Count(*first, "SELECT COUNT(*) FROM enterprise WHERE province = 'Khánh Hòa'") > 0);
        CHECK(Count(*first, "SELECT COUNT(*) FROM enterprise WHERE province = 'Khánh Hoà'") > 0);
    }

    SECTION("approvals stay within the budget envelopes") {
        CHECK(Count(*first,
                    "SELECT COUNT(*) FROM budget_envelope e WHERE e.amount < (SELECT "
                    "COALESCE(SUM(a.approved_amount), 0) "
                    "FROM application a WHERE a.envelope_id = e.id)") == 0);
    }

    SECTION("a second run on the same database adds to the programme instead of failing") {
        const DemoSummary third = DemoGenerator(*first, text, clock).Run(SmallSpec());
        CHECK(third.programmes == 0);
        CHECK(Count(*first, "SELECT COUNT(*) FROM programme") == 1);
        CHECK(Count(*first, "SELECT COUNT(*) FROM application") ==
              static_cast<long long>(summary.applications + third.applications));
    }
}

TEST_CASE("A cancelled demo run leaves the database empty", "[db]") {
    TestDatabase database;
    const FixedClock clock;
    const auto& text = database.Text();
    SociStore* const store = &database.Store();
    CancelAfterFirstReport observer;

    try {
        DemoGenerator(*store, text, clock).Run(SmallSpec(), &observer);
        FAIL("the run should have been cancelled");
    } catch (const DomainError& error) {
        CHECK(error.Code() == ErrorCode::Cancelled);
    }

    CHECK(Count(*store, "SELECT COUNT(*) FROM enterprise") == 0);
    CHECK(Count(*store, "SELECT COUNT(*) FROM programme") == 0);
    CHECK(Count(*store, "SELECT COUNT(*) FROM application") == 0);
}
