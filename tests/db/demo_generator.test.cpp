// DemoGenerator: the same seed gives the same data, the summary tells the truth, the records follow
// the services' rules, a cancelled run leaves nothing behind, and a demo database keeps to a
// province's programme scale whatever the register's size. Runs on both backends.
#include "demo/demo_generator.h"

#include "app/demo_database.h"
#include "domain/application.h"
#include "domain/decision_service.h"
#include "domain/ip_filing.h"
#include "domain/issue_service.h"
#include "domain/organisation_certificate.h"
#include "domain/reporting_duty_service.h"
#include "domain/target_service.h"
#include "domain/task.h"
#include "domain/trust_service.h"
#include "domain/user_service.h"
#include "domain/voucher.h"
#include "domain/work_item_service.h"
#include "one_person_rule.h"
#include "scenario.h"

#include "pinned_roots.h"
#include "signing/domain_adapters.h"
#include "signing/signing.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <system_error>
#include <utility>

#include <unistd.h>

namespace {

using innodesk::demo::DemoActors;
using innodesk::demo::DemoGenerator;
using innodesk::demo::DemoSpec;
using innodesk::demo::DemoSummary;
using innodesk::domain::Actor;
using innodesk::domain::ApplicationLifecycle;
using innodesk::domain::CalendarDate;
using innodesk::domain::DomainError;
using innodesk::domain::ErrorCode;
using innodesk::domain::IpLifecycle;
using innodesk::domain::ReportingDutyService;
using innodesk::domain::Role;
using innodesk::domain::VoucherLifecycle;
using innodesk::domain::WorkItemService;
using innodesk::domain::WorkItemStatus;
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

// Applications, vouchers, IP filings and tasks per state, by the states' stored codes.
std::map<std::string, long long> StateCounts(SociStore& store) {
    std::map<std::string, long long> counts;
    for (const auto& state : ApplicationLifecycle().states)
        counts["application " + std::string(state.code)] =
            Count(store, "SELECT COUNT(*) FROM application WHERE state = '" + std::string(state.code) + "'");
    for (const auto& state : VoucherLifecycle().states)
        counts["voucher " + std::string(state.code)] =
            Count(store, "SELECT COUNT(*) FROM voucher WHERE state = '" + std::string(state.code) + "'");
    for (const auto& state : IpLifecycle().states)
        counts["ip " + std::string(state.code)] =
            Count(store, "SELECT COUNT(*) FROM ip_filing WHERE status = '" + std::string(state.code) + "'");
    for (const auto& state : innodesk::domain::TaskLifecycle().states)
        counts["task " + std::string(state.code)] =
            Count(store, "SELECT COUNT(*) FROM task WHERE state = '" + std::string(state.code) + "'");
    return counts;
}

// The generator's people, created through UserService: the officer who drafts every decision
// and the director who signs them with the test signer (enrolled for the director).
class DemoStaff {
public:
    DemoStaff(SociStore& store, const innodesk::domain::TextRules& text,
              const innodesk::domain::Clock& clock) {
        using innodesk::testing::kTestPassword;
        innodesk::domain::UserService users(store, text, innodesk::testing::TestHasher(), clock,
                                            innodesk::testing::TestCommonPasswords());
        const auto actor = [](const innodesk::domain::User& user) {
            return Actor{user.name, user.role, user.id};
        };
        const Actor admin =
            actor(users.CreateFirstAdmin({"quantri", "Phạm Quốc Huy", Role::Admin, kTestPassword}));
        innodesk::testing::ConfigureOnePersonRule(store, clock, admin);
        m_actors.officer =
            actor(users.Add({"canbo.an", "Nguyễn Thị An", Role::Officer, kTestPassword}, admin));
        const Actor director =
            actor(users.Add({"lanhdao.binh", "Trần Văn Bình", Role::Approver, kTestPassword}, admin));
        users.BindCertificate(director.user_name, m_signer.CertificateFingerprint(),
                              m_signer.CertificateSubject(), admin);
        m_actors.approvers.push_back(
            {director, "Giám đốc Trần Văn Bình", &m_signer, {}});  // signed without a PDF
        m_actors.verifier = &m_verifier;
    }
    DemoStaff(const DemoStaff&) = delete;
    DemoStaff& operator=(const DemoStaff&) = delete;
    const DemoActors& Actors() const { return m_actors; }

private:
    innodesk::testing::TestSigner m_signer{
        "5eed000000000000000000000000000000000000000000000000000000000001"};
    innodesk::testing::TestVerifier m_verifier;
    DemoActors m_actors;
};

// A folder of its own for the demo keys, removed with the object.
class TemporaryFolder {
public:
    TemporaryFolder() {
        static std::atomic<int> counter{0};
        m_path = std::filesystem::temp_directory_path() /
                 ("innodesk-demo-pki-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        std::filesystem::create_directories(m_path);
    }
    ~TemporaryFolder() {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    TemporaryFolder(const TemporaryFolder&) = delete;
    TemporaryFolder& operator=(const TemporaryFolder&) = delete;
    const std::filesystem::path& Path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

// Volumes per enterprise, asked for explicitly as the benchmarks do, so that the counts below
// follow from the register's size.
DemoSpec SmallSpec() {
    DemoSpec spec;
    spec.enterprises = 300;
    spec.seed = 20260316;
    spec.applications_per_enterprise = 0.3;
    spec.vouchers_per_enterprise = 0.1;
    spec.ip_filings_per_enterprise = 0.05;
    spec.attendance_per_enterprise = 1.5;
    return spec;
}

}  // namespace

TEST_CASE("The demo generator is deterministic and its summary matches the database", "[db]") {
    TestDatabase first_database, second_database;
    const auto& text = first_database.Text();
    const FixedClock clock;
    SociStore* const first = &first_database.Store();
    SociStore* const second = &second_database.Store();

    const DemoStaff first_staff(*first, text, clock);
    const DemoStaff second_staff(*second, text, clock);

    const DemoSummary summary = DemoGenerator(*first, text, clock).Run(SmallSpec(), first_staff.Actors());
    const DemoSummary again = DemoGenerator(*second, text, clock).Run(SmallSpec(), second_staff.Actors());

    SECTION("the same seed gives the same spread of states") {
        const auto counts = StateCounts(*first);
        CHECK(counts == StateCounts(*second));
        INFO("applications and vouchers should reach many states, not just the first ones");
        int states_reached = 0;
        for (const auto& [state, count] : counts)
            if (count > 0) ++states_reached;
        CHECK(states_reached >= 16);
        CHECK(Count(*first, "SELECT COUNT(*) FROM disbursement") ==
              Count(*second, "SELECT COUNT(*) FROM disbursement"));
        for (const char* table :
             {"review", "review_score", "enterprise_outcome", "ip_filing_status", "training_attendance"}) {
            INFO(table);
            const std::string sql = std::string("SELECT COUNT(*) FROM ") + table;
            CHECK(Count(*first, sql) == Count(*second, sql));
        }
        CHECK(again.reviews == summary.reviews);
        CHECK(again.outcomes == summary.outcomes);
    }

    SECTION("every count of the summary is what the database holds") {
        CHECK(summary.programmes == 2);  // the support programme, and 2021–2025's for the earlier tasks
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

        CHECK(summary.ip_filings == 15);    // 300 × 0.05
        CHECK(summary.events == 5);         // one per 200 enterprises, at least five
        CHECK(summary.attendances == 450);  // 300 × 1.5
        CHECK(summary.reviews > 0);
        CHECK(summary.outcomes > 0);
        CHECK(static_cast<long long>(summary.ip_filings) == Count(*first, "SELECT COUNT(*) FROM ip_filing"));
        CHECK(static_cast<long long>(summary.events) == Count(*first, "SELECT COUNT(*) FROM training_event"));
        CHECK(static_cast<long long>(summary.attendances) ==
              Count(*first, "SELECT COUNT(*) FROM training_attendance"));
        CHECK(static_cast<long long>(summary.reviews) == Count(*first, "SELECT COUNT(*) FROM review"));
        CHECK(static_cast<long long>(summary.outcomes) ==
              Count(*first, "SELECT COUNT(*) FROM enterprise_outcome"));
        CHECK(summary.tasks == 21);
        CHECK(static_cast<long long>(summary.tasks) == Count(*first, "SELECT COUNT(*) FROM task"));
        CHECK(summary.organisations == 5);
        CHECK(static_cast<long long>(summary.organisations) ==
              Count(*first, "SELECT COUNT(*) FROM organisation"));
    }

    SECTION("the tasks are the province's few a year, in every state, and never dated after today") {
        const auto count = [&](const std::string& where) {
            return Count(*first, "SELECT COUNT(*) FROM task WHERE " + where);
        };
        INFO("about five provincial tasks a year, and a few grassroots ones");
        for (const int year : {2024, 2025, 2026}) {
            INFO(year);
            CHECK(count("level = 'provincial' AND year = " + std::to_string(year)) == 5);
            CHECK(count("level = 'grassroots' AND year = " + std::to_string(year)) >= 1);
        }
        INFO("mostly ordering, some selection, one or two direct assignments");
        const long long ordering = count("award_mode = 'ordering'");
        const long long selection = count("award_mode = 'selection'");
        const long long direct = count("award_mode = 'direct_assignment'");
        CHECK(ordering > selection);
        CHECK(selection >= 3);
        CHECK(direct >= 1);
        CHECK(direct <= 2);
        INFO(
            "on 16/03/2026: the 2026 tasks proposed or awarded (the grassroots ones stay proposed; the "
            "provincial ones are awarded from mid-February), 2025's under way, 2024's mostly over");
        CHECK(count("state = 'proposed'") >= 2);
        CHECK(count("state = 'awarded'") >= 1);
        CHECK(count("state = 'in_progress'") >= 5);
        CHECK(count("state = 'accepted'") >= 2);
        CHECK(count("state = 'failed'") == 1);
        CHECK(count("state = 'transferred'") == 1);
        CHECK(count("state = 'applied'") == 1);
        CHECK(count("state = 'terminated'") == 1);
        INFO("one failed acceptance: the council's result and a signed decision");
        CHECK(
            count(
                "acceptance_result = 'failed' AND state = 'failed' AND acceptance_decision_id IS NOT NULL") ==
            1);
        INFO("led by enterprises of the register and by organisations; co-funded and committed to outputs");
        CHECK(count("lead_enterprise_id IS NOT NULL") >= 5);
        CHECK(count("lead_organisation_id IS NOT NULL") >= 5);
        CHECK(count("id IN (SELECT task_id FROM task_co_funding)") >= 7);
        CHECK(count("id IN (SELECT task_id FROM task_output)") * 4 >= 21 * 3);
        CHECK(Count(*first, "SELECT COUNT(DISTINCT kind) FROM organisation") == 3);
        INFO("contracts on the programmes' envelopes, within them");
        CHECK(count("state NOT IN ('proposed', 'awarded') AND envelope_id IS NULL") == 0);
        CHECK(Count(*first,
                    "SELECT COUNT(*) FROM budget_envelope e WHERE e.amount < (SELECT "
                    "COALESCE(SUM(t.state_budget), 0) "
                    "FROM task t WHERE t.envelope_id = e.id)") == 0);
        INFO("milestones reported on time and late, one still open past its date");
        CHECK(Count(*first, "SELECT COUNT(*) FROM task_milestone WHERE reported_on <= due_on") > 0);
        CHECK(Count(*first, "SELECT COUNT(*) FROM task_milestone WHERE reported_on > due_on") > 0);
        CHECK(Count(*first,
                    "SELECT COUNT(*) FROM task_milestone m JOIN task t ON t.id = m.task_id WHERE m.status = "
                    "'planned' AND m.due_on < '2026-03-16' AND t.state = 'in_progress'") >= 1);
        CHECK(Count(*first, "SELECT COUNT(*) FROM task_milestone WHERE status = 'dropped'") == 2);
        INFO("tranches paid; the terminated task's planned tranche cancelled");
        CHECK(Count(*first, "SELECT COUNT(*) FROM task_tranche WHERE status = 'paid'") >= 10);
        CHECK(Count(*first, "SELECT COUNT(*) FROM task_tranche WHERE status = 'cancelled'") == 1);
        INFO("one extension, a use report, support applications delivered within a task");
        CHECK(Count(*first, "SELECT COUNT(*) FROM task_extension") == 1);
        CHECK(Count(*first, "SELECT COUNT(*) FROM task_use") == 1);
        const long long linked = Count(*first, "SELECT COUNT(*) FROM task_application");
        CHECK(linked >= 1);
        CHECK(linked <= 2);
        INFO("nothing dated after the clock's today, 2026-03-16");
        CHECK(Count(*first, "SELECT COUNT(*) FROM task_transition WHERE on_date > '2026-03-16'") == 0);
        CHECK(Count(*first, "SELECT COUNT(*) FROM task_milestone WHERE reported_on > '2026-03-16'") == 0);
        CHECK(Count(*first, "SELECT COUNT(*) FROM task_tranche WHERE paid_on > '2026-03-16'") == 0);
        CHECK(Count(*first, "SELECT COUNT(*) FROM task_use WHERE reported_on > '2026-03-16'") == 0);
        CHECK(count("acceptance_held_on > '2026-03-16'") == 0);
        INFO("every acceptance is issued by a decision the director signed, which verifies");
        innodesk::domain::DecisionService decisions(*first, text, clock);
        const innodesk::testing::TestVerifier verifier;
        int acceptances = 0;
        for (const auto& decision : decisions.List({})) {
            if (decision.kind != innodesk::domain::DecisionKind::TaskAcceptance) continue;
            INFO(decision.number);
            ++acceptances;
            CHECK(decision.task_id.has_value());
            CHECK(decision.signature.has_value());
            CHECK(decisions.Verify(decision, verifier).status == innodesk::domain::VerificationStatus::Valid);
        }
        CHECK(acceptances == count("acceptance_decision_id IS NOT NULL"));
        CHECK(acceptances >= 4);
    }

    SECTION("reviews, outcomes, IP steps and attendance keep to the lifecycle and the calendar") {
        INFO("reviews are taken only once an application is under review");
        CHECK(Count(*first,
                    "SELECT COUNT(*) FROM review r JOIN application a ON a.id = r.application_id "
                    "WHERE a.state IN ('draft', 'submitted')") == 0);
        INFO("a reviewer who declared a conflict of interest does not score");
        CHECK(Count(*first,
                    "SELECT COUNT(*) FROM review r JOIN review_score s ON s.review_id = r.id "
                    "WHERE r.has_conflict = 1") == 0);
        INFO("outcomes come from accepted work");
        CHECK(Count(*first,
                    "SELECT COUNT(*) FROM enterprise_outcome o JOIN application a ON a.id = o.application_id "
                    "WHERE a.state NOT IN ('accepted', 'monitoring', 'closed')") == 0);
        INFO("no IP step and no outcome is dated after the clock's today, 2026-03-16");
        CHECK(Count(*first, "SELECT COUNT(*) FROM ip_filing_status WHERE changed_on > '2026-03-16'") == 0);
        CHECK(Count(*first, "SELECT COUNT(*) FROM enterprise_outcome WHERE recorded_on > '2026-03-16'") == 0);
        CHECK(Count(*first, "SELECT COUNT(*) FROM ip_filing WHERE filed_on < '2025-01-01'") == 0);
        INFO("most attendees are linked to an enterprise");
        CHECK(Count(*first, "SELECT COUNT(*) FROM training_attendance WHERE enterprise_id IS NOT NULL") *
                  10 >=
              static_cast<long long>(summary.attendances) * 7);
        INFO("recommended proposals score higher than those not recommended");
        const auto points = [&](const char* state) {
            const std::string from =
                std::string(
                    " FROM review_score s JOIN review r ON r.id = s.review_id JOIN application a ON "
                    "a.id = r.application_id WHERE a.state = '") +
                state + "'";
            return std::pair{Count(*first, "SELECT COALESCE(SUM(s.score), 0)" + from),
                             Count(*first, "SELECT COUNT(*)" + from)};
        };
        const auto [recommended_sum, recommended_count] = points("recommended");
        const auto [other_sum, other_count] = points("not_recommended");
        REQUIRE(recommended_count > 0);
        REQUIRE(other_count > 0);
        CHECK(recommended_sum * other_count > other_sum * recommended_count);
    }

    SECTION("every decision is drafted by the officer, signed by the director, and verifies") {
        REQUIRE(summary.decisions > 0);
        CHECK(Count(*first,
                    "SELECT COUNT(*) FROM decision WHERE status = 'signed' AND drafted_by = 'canbo.an' AND "
                    "signer_user = 'lanhdao.binh'") == static_cast<long long>(summary.decisions));
        innodesk::domain::DecisionService decisions(*first, text, clock);
        const innodesk::testing::TestVerifier verifier;
        for (const auto& decision : decisions.List({})) {
            INFO(decision.number);
            CHECK(decisions.Verify(decision, verifier).status == innodesk::domain::VerificationStatus::Valid);
        }
    }

    SECTION("the registry's spellings and former provinces are stored by the 34 units' names") {
        // The generated list writes Khánh Hòa both ways (and decomposed) and Kon Tum by its old name.
        CHECK(Count(*first, "SELECT COUNT(*) FROM enterprise WHERE province = 'Khánh Hòa'") > 0);
        CHECK(Count(*first, "SELECT COUNT(*) FROM enterprise WHERE province = 'Khánh Hoà'") == 0);
        CHECK(Count(*first, "SELECT COUNT(*) FROM enterprise WHERE province = 'Kon Tum'") == 0);
        CHECK(Count(*first, "SELECT COUNT(*) FROM enterprise WHERE province = 'Quảng Ngãi'") > 0);
        CHECK(Count(*first,
                    "SELECT COUNT(*) FROM enterprise WHERE province NOT IN ('Khánh Hòa', 'Huế', 'Đà Nẵng', "
                    "'Quảng Ngãi', 'Gia Lai')") == 0);
    }

    SECTION("approvals stay within the budget envelopes") {
        CHECK(Count(*first,
                    "SELECT COUNT(*) FROM budget_envelope e WHERE e.amount < (SELECT "
                    "COALESCE(SUM(a.approved_amount), 0) "
                    "FROM application a WHERE a.envelope_id = e.id)") == 0);
    }

    SECTION("a second run on the same database adds to the programme instead of failing") {
        const DemoSummary third = DemoGenerator(*first, text, clock).Run(SmallSpec(), first_staff.Actors());
        CHECK(third.programmes == 0);
        CHECK(Count(*first, "SELECT COUNT(*) FROM programme") == 2);
        INFO("the province's tasks are not made twice");
        CHECK(third.tasks == 0);
        CHECK(Count(*first, "SELECT COUNT(*) FROM task") == static_cast<long long>(summary.tasks));
        CHECK(Count(*first, "SELECT COUNT(*) FROM application") ==
              static_cast<long long>(summary.applications + third.applications));
    }
}

TEST_CASE("A cancelled demo run leaves the database empty", "[db]") {
    TestDatabase database;
    const FixedClock clock;
    const auto& text = database.Text();
    SociStore* const store = &database.Store();
    const TemporaryFolder pki;
    // The demo pins its root where INNODESK_TRUST_DIR says: a folder of the test, not ~/.config.
    const innodesk::testing::PinnedRoots pins;
    CancelAfterFirstReport observer;

    // The whole demo set-up, users and trust store included, is one transaction.
    try {
        innodesk::app::CreateDemoDatabase(*store, text, clock, innodesk::testing::TestHasher(), SmallSpec(),
                                          pki.Path(), &observer);
        FAIL("the run should have been cancelled");
    } catch (const DomainError& error) {
        CHECK(error.Code() == ErrorCode::Cancelled);
    }

    CHECK(Count(*store, "SELECT COUNT(*) FROM enterprise") == 0);
    CHECK(Count(*store, "SELECT COUNT(*) FROM programme") == 0);
    CHECK(Count(*store, "SELECT COUNT(*) FROM application") == 0);
    CHECK(Count(*store, "SELECT COUNT(*) FROM ip_filing") == 0);
    CHECK(Count(*store, "SELECT COUNT(*) FROM training_event") == 0);
    CHECK(Count(*store, "SELECT COUNT(*) FROM app_user") == 0);
    CHECK(Count(*store, "SELECT COUNT(*) FROM user_certificate") == 0);
    CHECK(Count(*store, "SELECT COUNT(*) FROM trust_item") == 0);
    CHECK(Count(*store, "SELECT COUNT(*) FROM audit_entry") == 0);
}

namespace {

// Mid-year, as the Dashboard is mostly read: the year's decisions and classes are under way.
class MidYearClock final : public innodesk::domain::Clock {
public:
    CalendarDate Today() const override { return CalendarDate::FromYmd(2026, 7, 15); }
    std::int64_t NowUnixSeconds() const override { return 1'784'073'600; }
};

std::string StatusName(innodesk::domain::TargetStatus status) {
    for (const auto& entry : innodesk::domain::TargetStatuses())
        if (entry.value == status) return std::string(entry.code);
    return "?";
}

}  // namespace

TEST_CASE(
    "A demo database keeps to a province's programme scale whatever the register's size and its "
    "targets differ in status",
    "[db]") {
    using innodesk::domain::Period;
    using innodesk::domain::TargetService;
    using innodesk::domain::TargetStatus;
    const std::size_t enterprises = GENERATE(std::size_t{40}, std::size_t{2000});
    INFO("enterprises in the register: " << enterprises);
    TestDatabase database;
    const MidYearClock clock;
    const TemporaryFolder pki;
    // The demo pins its root where INNODESK_TRUST_DIR says: a folder of the test, not ~/.config.
    const innodesk::testing::PinnedRoots pins;
    DemoSpec spec;  // the demo's defaults: nothing per enterprise
    spec.enterprises = enterprises;
    spec.seed = 2026;
    const auto demo = innodesk::app::CreateDemoDatabase(database.Store(), database.Text(), clock,
                                                        innodesk::testing::TestHasher(), spec, pki.Path());
    REQUIRE(demo.summary.enterprises == enterprises);
    REQUIRE(demo.plans >= 1);
    TargetService targets(database.Store(), clock);

    SECTION("the year's support, applications and training are a province's, not the register's") {
        CHECK(demo.summary.applications <= 30);
        CHECK(demo.summary.vouchers <= 40);
        CHECK(demo.summary.attendances <= 400);
        // The whole year, once it is over: every record counts.
        const auto year =
            targets.Evaluate("KH-DMST-DN-2026", Period::Year(2026), CalendarDate::FromYmd(2027, 1, 1));
        std::map<std::string, double> actual;
        for (const auto& target : year.targets)
            if (target.actual) actual[target.code] = *target.actual;
        CHECK(actual.at("T01") >= 15);  // supported enterprises
        CHECK(actual.at("T01") <= 60);
        CHECK(actual.at("T02") >= 2);  // approved applications: provincial tasks
        CHECK(actual.at("T02") <= 10);
        CHECK(actual.at("T08") >= 100);  // person-times at training courses
        CHECK(actual.at("T08") <= 150);
    }

    SECTION(
        "units reported on time, late or not yet, and the plans' work items are part done, part overdue") {
        CHECK(demo.plan_progress.receipts >= 3);
        CHECK(demo.plan_progress.late_receipts >= 1);
        CHECK(demo.plan_progress.progress >= 10);
        ReportingDutyService duties(database.Store(), clock);
        CHECK_FALSE(duties.List({}, std::nullopt, clock.Today(), true).empty());  // who has not reported
        WorkItemService items(database.Store(), clock);
        const auto work = items.List("KH-KHCN-DMST-CDS-2026", clock.Today());
        const auto overdue =
            std::count_if(work.begin(), work.end(), [](const auto& view) { return view.overdue; });
        const auto done = std::count_if(work.begin(), work.end(), [](const auto& view) {
            return view.latest && view.latest->status == WorkItemStatus::Done;
        });
        CHECK(overdue >= 1);
        CHECK(done >= 1);
    }

    SECTION("the Dashboard, mid-year, shows targets met and others on track, at risk or behind") {
        std::map<TargetStatus, int> seen;
        for (const auto& plan : targets.List())
            for (const auto& target : targets.Evaluate(plan.code).targets)
                if (!target.manual) ++seen[target.status];
        std::string statuses;
        for (const auto& [status, count] : seen)
            statuses += StatusName(status) + "=" + std::to_string(count) + " ";
        INFO("statuses: " << statuses);
        CHECK(seen[TargetStatus::Met] > 0);
        int not_met_kinds = 0;
        for (const auto status : {TargetStatus::OnTrack, TargetStatus::AtRisk, TargetStatus::Behind})
            if (seen[status] > 0) ++not_met_kinds;
        CHECK(not_met_kinds >= 2);
    }
}

TEST_CASE(
    "A demo database has a records clerk and the department's enrolled certificate, and has issued its "
    "signed decisions with their signed PDFs but for the newest, left for the clerk",
    "[db]") {
    using innodesk::domain::DecisionFilter;
    using innodesk::domain::DecisionService;
    using innodesk::domain::DecisionStatus;
    using innodesk::domain::DocumentStage;
    using innodesk::domain::IssueService;
    TestDatabase database;
    // A clock of its own, months before the machine's: the demo's certificates must be valid at both.
    const MidYearClock clock;
    const TemporaryFolder pki;
    const innodesk::testing::PinnedRoots pins;
    const auto demo = innodesk::app::CreateDemoDatabase(
        database.Store(), database.Text(), clock, innodesk::testing::TestHasher(), SmallSpec(), pki.Path());
    auto& store = database.Store();
    CHECK(Count(store, "SELECT COUNT(*) FROM app_user WHERE name = 'vanthu.dung'") == 1);
    innodesk::domain::TrustService settings(store, clock);
    CHECK(settings.Setting(innodesk::domain::kSettingDecisionSymbol) ==
          std::optional<std::string>("QĐ-SKHCN"));
    // The enrolled organisation certificate is the one in the department's key file, beside the approvers'.
    const auto organisation_file = pki.Path() / (std::string(innodesk::app::kDemoOrganisationName) + ".p12");
    REQUIRE(std::filesystem::exists(organisation_file));
    const innodesk::signing::KeyDecisionSigner organisation(
        innodesk::signing::LoadPkcs12(organisation_file, innodesk::app::kDemoKeyPassword));
    CHECK(organisation.CertificateSubject().find(std::string("O=") + innodesk::app::kDemoOrganisationName) !=
          std::string::npos);
    const auto enrolled = innodesk::domain::ParseOrganisationCertificate(
        settings.Setting(innodesk::domain::kSettingOrganisationCertificate).value_or(""));
    REQUIRE(enrolled.has_value());
    CHECK(enrolled->fingerprint == organisation.CertificateFingerprint());

    DecisionFilter signed_ones;
    signed_ones.status = DecisionStatus::Signed;
    signed_ones.limit = 100'000;
    const auto decisions = DecisionService(store, database.Text(), clock).List(signed_ones);
    REQUIRE(decisions.size() > innodesk::app::kDecisionsLeftForTheClerk);
    std::size_t issued = 0;
    innodesk::domain::DecisionId newest_issued = 0, oldest_waiting = 0;
    IssueService issues(store, database.Text(), clock);
    for (const auto& decision : decisions) {
        INFO("decision " << decision.number);
        CHECK(issues.Document(decision.id, DocumentStage::Approver).has_value());  // the approver's PDF
        if (decision.issue) {
            ++issued;
            CHECK(decision.issue->number == decision.number);
            CHECK(decision.issue->issued_on == clock.Today());
            CHECK(issues.Document(decision.id, DocumentStage::Issued).has_value());
            newest_issued = std::max(newest_issued, decision.id);
        } else {
            CHECK_FALSE(issues.Document(decision.id, DocumentStage::Issued).has_value());
            oldest_waiting = oldest_waiting == 0 ? decision.id : std::min(oldest_waiting, decision.id);
        }
    }
    CHECK(issued == demo.issued);
    CHECK(issued == decisions.size() - innodesk::app::kDecisionsLeftForTheClerk);
    CHECK(newest_issued < oldest_waiting);  // the newest wait
}
