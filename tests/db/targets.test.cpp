// Target tracking on both backends: each shipped plan imported and evaluated over one small
// dataset whose actuals and statuses are computed by hand below; the drill-down lists exactly the
// records that count; manual values; re-import; roles; deadlines; breakdowns.
#include "scenario.h"
#include "target_expectations.h"
#include "test_helpers.h"

#include "domain/deadline_service.h"
#include "domain/review_service.h"
#include "domain/target_service.h"
#include "interchange/plan_file.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

using namespace innodesk;
using namespace innodesk::domain;
using innodesk::testing::ByCode;
using innodesk::testing::Expect;

namespace {

std::filesystem::path PlanFile(const char* name) {
    return std::filesystem::path(INNODESK_SOURCE_DIR) / "data" / "plans" / name;
}

CalendarDate D(int y, unsigned m, unsigned d) {
    return CalendarDate::FromYmd(y, m, d);
}

// The records of 2026 (and one of 2025), entered with SQL where the services would refuse a
// date after the scenario's "today" (15/06/2026).
//
// Supports: parent and other approved by decisions of 20/06/2026 (testing_certification), the
//   branch a voucher issued 10/03/2026 (testing_certification); a cancelled voucher of other
//   does not count. → 3 enterprises supported, 2 applications approved, both co-funded.
// Outcomes: technology_applied for parent (01/09) and branch (01/10); new_product for parent
//   (05/05) and other (06/06).
// IP: a patent of parent filed 15/02/2026, granted 01/08/2026 and exploited; a trademark of
//   other filed 01/03/2026.
// Training: a course of 12/03/2026 with exactly 100 attendees (60 of parent, 40 of other); a
//   workshop of 2025 (outside every 2026 period) with 3 attendees.
// Register: parent is an S&T enterprise since 01/08/2025; other an innovative start-up since
//   01/02/2026.
struct Dataset {
    explicit Dataset(testing::Scenario& s) : scenario(s) {
        auto& sql = s.db.Store().Session();
        const auto parent_app = s.Recommended(s.parent, 140'000'000, 60'000'000);
        s.Approve(parent_app.id, 140'000'000, "1/QĐ-SKHCN");
        const auto other_app = s.Recommended(s.other, 70'000'000, 30'000'000);
        s.Approve(other_app.id, 70'000'000, "2/QĐ-SKHCN");
        const long long programme = s.programme.id, envelope = s.testing_envelope.id;
        const long long parent = s.parent.id, other = s.other.id;
        // soci::use binds references: every value lives in a named variable until the statement ran.
        auto voucher = [&](std::string serial, long long enterprise, std::string issued, std::string state) {
            sql << "INSERT INTO voucher (serial, enterprise_id, programme_id, envelope_id, year, content, "
                   "face_value, "
                   "state_share, issued_on, valid_until, state, invoice_number, cancel_note, version, "
                   "created_at, "
                   "updated_at) VALUES (:s, :e, :p, :v, 2026, 'testing_certification', 20000000, 14000000, "
                   ":i, "
                   "'2026-12-31', :st, '', '', 1, 0, 0)",
                soci::use(serial), soci::use(enterprise), soci::use(programme), soci::use(envelope),
                soci::use(issued), soci::use(state);
        };
        voucher("PHT-2026-000001", s.branch.id, "2026-03-10", "issued");
        voucher("PHT-2026-000002", s.other.id, "2026-04-01", "cancelled");
        auto outcome = [&](long long enterprise, std::string kind, std::string on) {
            sql << "INSERT INTO enterprise_outcome (enterprise_id, kind, description, recorded_on, year, "
                   "created_at) "
                   "VALUES (:e, :k, 'Kết quả', :r, 2026, 0)",
                soci::use(enterprise), soci::use(kind), soci::use(on);
        };
        outcome(s.parent.id, "technology_applied", "2026-09-01");
        outcome(s.branch.id, "technology_applied", "2026-10-01");
        outcome(s.parent.id, "new_product", "2026-05-05");
        outcome(s.other.id, "new_product", "2026-06-06");
        sql << "INSERT INTO ip_filing (enterprise_id, ip_type, route, country, application_number, title, "
               "filed_on, "
               "status, status_on, supported_amount, commercially_exploited, version, created_at, "
               "updated_at) VALUES "
               "(:e, 'patent', 'domestic', 'VN', '1-2026-00001', 'Quy trình', '2026-02-15', 'granted', "
               "'2026-08-01', 0, "
               "1, 1, 0, 0)",
            soci::use(parent);
        sql << "INSERT INTO ip_filing (enterprise_id, ip_type, route, country, application_number, title, "
               "filed_on, "
               "status, status_on, supported_amount, commercially_exploited, version, created_at, "
               "updated_at) VALUES "
               "(:e, 'trademark', 'domestic', 'VN', '4-2026-00002', 'Nhãn hiệu', '2026-03-01', 'filed', "
               "'2026-03-01', 0, "
               "0, 1, 0, 0)",
            soci::use(other);
        auto event = [&](std::string kind, std::string on) {
            long long id = 0;
            sql << "INSERT INTO training_event (title, kind, starts_on, ends_on, location, organiser, "
                   "version, "
                   "created_at, updated_at) VALUES ('Lớp', :k, :s, :s2, '', '', 1, 0, 0) RETURNING id",
                soci::use(kind), soci::use(on), soci::use(on), soci::into(id);
            return id;
        };
        auto attend = [&](long long event_id, long long enterprise, int count, int first) {
            for (int i = first; i < first + count; ++i) {
                const std::string key = "name:hoc vien " + std::to_string(i) + "|";
                sql << "INSERT INTO training_attendance (event_id, person_name, person_key, enterprise_id, "
                       "created_at) "
                       "VALUES (:e, 'Học viên', :k, :n, 0)",
                    soci::use(event_id), soci::use(key), soci::use(enterprise);
            }
        };
        const long long course = event("training_course", "2026-03-12");
        attend(course, s.parent.id, 60, 0);
        attend(course, s.other.id, 40, 60);
        attend(event("workshop", "2025-11-20"), s.parent.id, 3, 0);
        sql << "UPDATE enterprise SET st_enterprise = 1, st_since = '2025-08-01' WHERE id = :e",
            soci::use(parent);
        sql << "UPDATE enterprise SET innovative_startup = 1, startup_since = '2026-02-01' WHERE id = :e",
            soci::use(other);
    }
    testing::Scenario& scenario;
};

Plan Import(testing::Scenario& s, const char* file) {
    TargetService service(s.db.Store(), s.clock);
    return service.Import(interchange::ReadPlanFile(PlanFile(file), s.db.Text()), s.officer);
}

}  // namespace

TEST_CASE("The 000 plan's targets computed from the records, by hand", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    Dataset data(s);
    Import(s, "000-khanh-hoa-dmst-dn-2026.yaml");
    TargetService service(db.Store(), s.clock);

    const auto year_end = service.Evaluate("KH-DMST-DN-2026", std::nullopt, D(2026, 12, 31));
    CHECK(year_end.period == Period::Year(2026));
    REQUIRE(year_end.targets.size() == 25);
    const auto t = ByCode(year_end);
    Expect(t, "T01", 3, TargetStatus::Behind);          // 3 of ≥ 15 on the last day
    Expect(t, "T02", 0, TargetStatus::Behind);          // provincial tasks: none here (applications are not)
    Expect(t, "T03", 200.0 / 3, TargetStatus::AtRisk);  // 2 of 3 supported: 66,7% < 70%
    CHECK(t.at("T03").numerator == 2);
    CHECK(t.at("T03").denominator == 3);
    Expect(t, "T04", 2, TargetStatus::AtRisk);  // about 3 (±20%): 2 < 2,4; 2 + 0,6 ≥ half of 3
    Expect(t, "T05", 0, TargetStatus::Behind);
    Expect(t, "T06", 1, TargetStatus::AtRisk);   // about 2 (±20%): 1 < 1,6; 1 + 0,4 ≥ half of 2
    Expect(t, "T07", 0, TargetStatus::Behind);   // about 2 (±20%): 0 + 0,4 < half of 2
    Expect(t, "T08", 100, TargetStatus::Met);    // exactly the range's low end
    Expect(t, "T09", 0, TargetStatus::AtRisk);   // 0 of 3: a percentage has no pace
    Expect(t, "PL23", 3, TargetStatus::AtRisk);  // testing and certification: 3 of ≥ 5
    Expect(t, "PL22", 0, TargetStatus::Behind);
    Expect(t, "PL29-DN", 2, TargetStatus::Behind);  // 2 trained enterprises of 5–10
    Expect(t, "PL29-LUOT", 100, TargetStatus::Met);
    Expect(t, "PL30", 0, TargetStatus::Behind);             // the only workshop was in 2025
    Expect(t, "PL35", std::nullopt, TargetStatus::NoData);  // manual, not entered
    CHECK(t.at("PL35").manual);

    // The quarters of 2026, each counted alone: the voucher in Q1, both approvals in Q2.
    const auto& quarters = t.at("T01").quarters;
    REQUIRE(quarters.size() == 4);
    CHECK(quarters[0].period == "2026-Q1");
    CHECK(quarters[0].value == 1.0);
    CHECK(quarters[1].value == 2.0);
    CHECK(quarters[2].value == 0.0);
    CHECK(quarters[3].value == 0.0);

    // As of 30/06/2026 the outcomes of September and October have not happened yet.
    const auto mid = ByCode(service.Evaluate("KH-DMST-DN-2026", std::nullopt, D(2026, 6, 30)));
    Expect(mid, "T03", 0, TargetStatus::AtRisk);
    Expect(mid, "T06", 0,
           TargetStatus::Behind);  // granted 01/08; about 2: 0 + 0,4 < half the 0,99 due by June
    CHECK(mid.at("T01").quarters[2].value == std::nullopt);  // Q3 lies after the date

    // A period without supports: the percentages have an empty base.
    const auto empty = ByCode(service.Evaluate("KH-DMST-DN-2026", Period::Year(2025), D(2026, 12, 31)));
    Expect(empty, "T03", std::nullopt, TargetStatus::NoData);
    CHECK(empty.at("T03").denominator == 0);
    Expect(empty, "PL30", 1, TargetStatus::Behind);  // the 2025 workshop; 2–5 were due by the end of 2025
}

TEST_CASE("Drill-down lists exactly the records that make the actual", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    Dataset data(s);
    Import(s, "000-khanh-hoa-dmst-dn-2026.yaml");
    TargetService service(db.Store(), s.clock);
    const auto supported = service.Records("KH-DMST-DN-2026", "T01", std::nullopt, D(2026, 12, 31));
    REQUIRE(supported.size() == 3);
    double sum = 0;
    for (const auto& r : supported) sum += r.contributes;
    CHECK(sum == 3);
    CHECK(supported[0].entity == "voucher");  // by date: the voucher of 10/03, then the approvals of 20/06
    CHECK(supported[0].enterprise_id == s.branch.id);
    CHECK(supported[1].entity == "application");
    CHECK(supported[2].entity == "application");

    const auto person_times = service.Records("KH-DMST-DN-2026", "T08", std::nullopt, D(2026, 12, 31));
    REQUIRE(person_times.size() == 1);
    CHECK(person_times[0].entity == "training_event");
    CHECK(person_times[0].contributes == 100);
    const auto trained = service.Records("KH-DMST-DN-2026", "PL29-DN", std::nullopt, D(2026, 12, 31));
    CHECK(trained.size() == 2);
    CHECK_THROWS_AS(service.Records("KH-DMST-DN-2026", "PL35"), DomainError);  // manual
    CHECK_THROWS_AS(service.Records("KH-DMST-DN-2026", "T99"), DomainError);
}

TEST_CASE("The 003, 002, 004 and 001 plans over the same records", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    Dataset data(s);
    for (const char* file : {"001-khanh-hoa-khcn-dmst-cds-2026.yaml", "002-hue-khcn-dmst-2026-2030.yaml",
                             "003-khanh-hoa-khcn-dmst-2026.yaml", "004-kon-tum-khcn-dmst-2030.yaml"})
        Import(s, file);
    TargetService service(db.Store(), s.clock);
    const auto end = D(2026, 12, 31);

    const auto t003 = ByCode(service.Evaluate("KH52-KHCN-DMST-2026", std::nullopt, end));
    Expect(t003, "I.3", std::nullopt, TargetStatus::NoData);  // a share of tasks: none awarded here
    Expect(t003, "III.1", 1, TargetStatus::Behind);           // one innovative start-up of ≥ 10
    Expect(t003, "III.4", 1, TargetStatus::Behind);           // one class of ≥ 5
    Expect(t003, "III.7", 1, TargetStatus::Behind);           // the patent; the trademark does not count
    Expect(t003, "III.2", std::nullopt, TargetStatus::NoData);

    // 002 is Huế's plan: these Khánh Hòa enterprises count toward none of its targets. By default
    // its whole period (it has five-year targets beside its yearly minimums), each yearly minimum
    // judged year by year, never summed over the years.
    const auto e002 = service.Evaluate("KH343-HUE-2026-2030", std::nullopt, end);
    CHECK(e002.period == Period::Years(2026, 2030));
    const auto t002 = ByCode(e002);
    Expect(t002, "PL2-a", 0, TargetStatus::Behind);  // 2026: 0 of 3–5 by its last day
    CHECK(t002.at("PL2-a").bound.min == 3);
    REQUIRE(t002.at("PL2-a").years.size() == 5);
    CHECK(t002.at("PL2-a").years[0].year == 2026);
    CHECK(t002.at("PL2-a").years[0].value == 0.0);
    Expect(t002, "PL2-d", 0, TargetStatus::Behind);  // other, a start-up of Khánh Hòa
    const auto plan002 = service.Get("KH343-HUE-2026-2030");
    CHECK(plan002.rubric.size() == 10);
    CHECK(plan002.rubric[3].criterion.code == "participation");
    // The programme takes the plan's rubric; once it has one it keeps it.
    CHECK_THROWS_AS(service.AdoptRubric("KH-KHCN-DMST-CDS-2026", "KH-DMST-2026-2030", s.officer),
                    DomainError);
    const auto adopted = service.AdoptRubric("KH343-HUE-2026-2030", "KH-DMST-2026-2030", s.officer);
    CHECK(adopted.criteria.size() == 10);
    const auto rubric = ReviewService(db.Store(), db.Text(), s.clock).RubricFor(s.programme.id);
    CHECK_FALSE(rubric.is_default);
    CHECK(rubric.criteria[0].label_vi.rfind("Giải quyết bài toán lớn", 0) == 0);
    CHECK_THROWS_AS(service.AdoptRubric("KH343-HUE-2026-2030", "KH-DMST-2026-2030", s.officer), DomainError);

    // 004: 2023–2030, the province Kon Tum merged into (Quảng Ngãi): these Khánh Hòa records do
    // not count; on 31/12/2026 half of the period has passed.
    const auto t004 = ByCode(service.Evaluate("KONTUM-KHCN-DMST-2030", std::nullopt, end));
    Expect(t004, "MT-DNKHCN", 0, TargetStatus::Behind);   // about 5 (±20%): 0 + 1 < half of 2,5
    Expect(t004, "MT-SANGCHE", 0, TargetStatus::Behind);  // 3–5 patents: 0 < 0,75
    Expect(t004, "MT-TYLE-DMST", std::nullopt, TargetStatus::NoData);

    const auto t001 = ByCode(service.Evaluate("KH-KHCN-DMST-CDS-2026", std::nullopt, end));
    Expect(t001, "19", 1, TargetStatus::Behind);
    Expect(t001, "29", 1, TargetStatus::AtRisk);  // 1 of ≥ 2: half the goal
    Expect(t001, "34", 1, TargetStatus::Behind);
    Expect(t001, "37", 0, TargetStatus::Behind);
}

TEST_CASE("Manual values are entered with their source, kept on re-import, and only by officers", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    Import(s, "000-khanh-hoa-dmst-dn-2026.yaml");
    TargetService service(db.Store(), s.clock);
    CHECK_THROWS_AS(
        service.SetIndicator("KH-DMST-DN-2026", "PL35", 99, "Trường ĐH Nha Trang", D(2026, 6, 1), s.viewer),
        DomainError);
    CHECK_THROWS_AS(service.SetIndicator("KH-DMST-DN-2026", "T01", 3, "x", D(2026, 6, 1), s.officer),
                    DomainError);  // computed, not manual
    CHECK_THROWS_AS(service.SetIndicator("KH-DMST-DN-2026", "PL35", 99, " ", D(2026, 6, 1), s.officer),
                    DomainError);  // no source
    CHECK_THROWS_AS(service.SetIndicator("KH-DMST-DN-2026", "PL35", 99, "x", D(2026, 6, 16), s.officer),
                    DomainError);  // after today
    service.SetIndicator("KH-DMST-DN-2026", "PL35", 99, "Trường ĐH Nha Trang", D(2026, 6, 1), s.officer);
    auto t = ByCode(service.Evaluate("KH-DMST-DN-2026", std::nullopt, D(2026, 6, 15)));
    Expect(t, "PL35", 99, TargetStatus::Met);  // about 100: 99 is within ±1
    REQUIRE(t.at("PL35").manual_value.has_value());
    CHECK(t.at("PL35").manual_value->source == "Trường ĐH Nha Trang");
    CHECK(t.at("PL35").manual_value->entered_by == "officer.an");
    // A date before the value's: nothing known yet.
    Expect(ByCode(service.Evaluate("KH-DMST-DN-2026", std::nullopt, D(2026, 5, 31))), "PL35", std::nullopt,
           TargetStatus::NoData);

    // Re-importing replaces the plan (version 2) and keeps the value.
    const auto again = Import(s, "000-khanh-hoa-dmst-dn-2026.yaml");
    CHECK(again.version == 2);
    CHECK(service.List().size() == 1);
    Expect(ByCode(service.Evaluate("KH-DMST-DN-2026", std::nullopt, D(2026, 6, 15))), "PL35", 99,
           TargetStatus::Met);
    CHECK_THROWS_AS(
        TargetService(db.Store(), s.clock)
            .Import(interchange::ReadPlanFile(PlanFile("000-khanh-hoa-dmst-dn-2026.yaml"), db.Text()),
                    s.viewer),
        DomainError);
    // Both imports and the value are in the audit trail.
    auto tx = db.Store().Begin(TransactionMode::Read);
    const auto entries = tx->Audit().ForEntity("plan", again.id);
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].action == "plan.import");
    CHECK(entries[1].action == "indicator.set");
    CHECK(entries[2].action == "plan.replace");
}

TEST_CASE("Deadlines: plan reports and vouchers near or past expiry, escalated", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    Dataset data(s);
    Import(s, "000-khanh-hoa-dmst-dn-2026.yaml");
    Import(s, "001-khanh-hoa-khcn-dmst-cds-2026.yaml");
    DeadlineService deadlines(db.Store(), s.clock);
    std::vector<Deadline> due;
    for (auto& d : deadlines.Upcoming(D(2026, 12, 10), 35))
        if (d.kind != DeadlineKind::WorkItem) due.push_back(d);  // work items: tests/db/work_items.test.cpp
    // Late, none received: 001's monthly updates (January–November, one line), its action plans
    // (01/2026), quarterly reports (units, DOST), budget estimates (03/2026), half-year reports
    // (units, DOST) and the units' yearly report (by 30/11). Due: 001's DOST yearly report by
    // 14/12 ("trước ngày 15"), quarterly by 19/12 and 24/12, December's update by 31/12; the
    // issued voucher valid until 31/12/2026; 000's report by 09/01/2027.
    REQUIRE(due.size() == 14);
    CHECK(due[0].due == D(2026, 1, 31));
    CHECK(due[0].count == 11);
    CHECK(due[0].escalation == Escalation::Overdue);
    CHECK_THAT(due[0].label.vi, Catch::Contains("trễ hạn, chưa nhận (Tháng 01/2026, Tháng 02/2026"));
    CHECK(due[8].due == D(2026, 12, 14));
    CHECK(due[8].escalation == Escalation::Due7);
    CHECK(due[9].due == D(2026, 12, 19));
    CHECK(due[9].escalation == Escalation::Due30);
    CHECK(due[9].label.en == "Quarterly report of departments and localities to DOST (Q4 2026)");
    CHECK(due[12].kind == DeadlineKind::VoucherExpiry);
    CHECK(due[12].label.en == "Voucher PHT-2026-000001 expires");
    CHECK(due[13].due == D(2027, 1, 9));
    const auto later = deadlines.Upcoming(D(2027, 1, 5), 3);
    // The voucher, still issued after its expiry, and 001's late duties stay; 000's report is due.
    CHECK(std::count_if(later.begin(), later.end(),
                        [](const Deadline& d) { return d.kind == DeadlineKind::VoucherExpiry; }) == 1);
    CHECK(std::all_of(later.begin(), later.end(), [](const Deadline& d) {
        return d.escalation == Escalation::Overdue || d.due == D(2027, 1, 9);
    }));
}

TEST_CASE("Deadlines: many vouchers of one day make one line, those long expired are counted", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    Dataset data(s);  // one issued voucher valid until 31/12/2026
    auto& sql = db.Store().Session();
    const long long programme = s.programme.id, envelope = s.testing_envelope.id, enterprise = s.other.id;
    for (int i = 3; i <= 6; ++i) {
        std::string serial = "PHT-2026-00000" + std::to_string(i);
        sql << "INSERT INTO voucher (serial, enterprise_id, programme_id, envelope_id, year, content, "
               "face_value, "
               "state_share, issued_on, valid_until, state, invoice_number, cancel_note, version, "
               "created_at, "
               "updated_at) VALUES (:s, :e, :p, :v, 2026, 'consulting', 20000000, 14000000, '2026-05-02', "
               "'2026-12-31', 'issued', '', '', 1, 0, 0)",
            soci::use(serial), soci::use(enterprise), soci::use(programme), soci::use(envelope);
    }
    DeadlineService deadlines(db.Store(), s.clock);
    auto vouchers_only = [](std::vector<Deadline> all) {
        std::erase_if(all, [](const Deadline& d) { return d.kind != DeadlineKind::VoucherExpiry; });
        return all;
    };

    // Five expire on 31/12/2026: more than three, so one line for the day.
    const auto near = vouchers_only(deadlines.Upcoming(D(2026, 12, 10), 30));
    REQUIRE(near.size() == 1);
    CHECK(near[0].count == 5);
    CHECK(near[0].entity_id == 0);
    CHECK(near[0].due == D(2026, 12, 31));
    CHECK(near[0].label.vi == "5 phiếu hết hạn sử dụng ngày 31/12/2026");
    CHECK(near[0].escalation == Escalation::Due30);

    // 90 days after the expiry they are still listed for the day, as overdue.
    const auto overdue = vouchers_only(deadlines.Upcoming(D(2027, 3, 31), 10));
    REQUIRE(overdue.size() == 1);
    CHECK(overdue[0].count == 5);
    CHECK(overdue[0].escalation == Escalation::Overdue);

    // 91 days after: counted in the single line for vouchers long expired.
    const auto old = vouchers_only(deadlines.Upcoming(D(2027, 4, 1), 10));
    REQUIRE(old.size() == 1);
    CHECK(old[0].count == 5);
    CHECK(old[0].due == D(2026, 12, 31));
    CHECK(old[0].escalation == Escalation::Overdue);
    CHECK(old[0].label.en == "5 vouchers expired before 01/01/2027, still neither redeemed nor cancelled");

    // Once three of them are redeemed or cancelled, the two left are named again.
    sql << "UPDATE voucher SET state = 'cancelled' WHERE serial IN ('PHT-2026-000003', 'PHT-2026-000004', "
           "'PHT-2026-000005')";
    const auto named = vouchers_only(deadlines.Upcoming(D(2026, 12, 10), 30));
    REQUIRE(named.size() == 2);
    CHECK(named[0].label.en == "Voucher PHT-2026-000001 expires");
    CHECK(named[1].label.en == "Voucher PHT-2026-000006 expires");
    CHECK(named[1].count == 1);
}

TEST_CASE("Deadlines: a contract's end makes its acceptance due until it is accepted", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto applications = s.Applications();
    const auto first = s.Recommended(s.parent, 100'000'000, 50'000'000);
    s.Approve(first.id, 100'000'000, "7/QĐ-SKHCN");
    const auto second = s.Recommended(s.other, 60'000'000, 30'000'000);
    s.Approve(second.id, 60'000'000, "8/QĐ-SKHCN");
    // An end outside the application's years is refused with the years allowed.
    const auto refused =
        testing::Refusal([&] { applications.Contract(first.id, "01/2026/HĐ", s.officer, D(2040, 1, 1)); });
    CHECK(refused.Code() == ErrorCode::InvalidValue);
    CHECK_THAT(refused.Text().en, Catch::Contains("2026 to 2036"));
    applications.Contract(first.id, "01/2026/HĐ", s.officer, D(2026, 12, 20));
    applications.Contract(second.id, "02/2026/HĐ", s.officer);  // no end recorded: no deadline
    CHECK(applications.Get(first.id).contract_ends_on == D(2026, 12, 20));

    DeadlineService deadlines(db.Store(), s.clock);
    auto contracts_only = [](std::vector<Deadline> all) {
        std::erase_if(all, [](const Deadline& d) { return d.kind != DeadlineKind::ContractEnd; });
        return all;
    };
    const auto near = contracts_only(deadlines.Upcoming(D(2026, 12, 10), 30));
    REQUIRE(near.size() == 1);
    CHECK(near[0].due == D(2026, 12, 20));
    CHECK(near[0].escalation == Escalation::Due30);
    CHECK(near[0].entity == "application");
    CHECK(near[0].entity_id == first.id);
    CHECK_THAT(near[0].label.vi, Catch::StartsWith("Nghiệm thu hợp đồng 01/2026/HĐ (") &&
                                     Catch::EndsWith("): hợp đồng hết hạn"));
    // In progress and past its end: overdue; more than 90 days past: counted.
    applications.Move(first.id, ApplicationState::InProgress, s.officer, "");
    CHECK(contracts_only(deadlines.Upcoming(D(2027, 1, 5), 10)).at(0).escalation == Escalation::Overdue);
    const auto old = contracts_only(deadlines.Upcoming(D(2027, 6, 1), 10));
    REQUIRE(old.size() == 1);
    CHECK(old[0].count == 1);
    CHECK(old[0].label.en == "1 contract ended before 03/03/2027, still not accepted");
    // Accepted: nothing is due any more.
    applications.Move(first.id, ApplicationState::Accepted, s.officer, "");
    CHECK(contracts_only(deadlines.Upcoming(D(2026, 12, 10), 30)).empty());
    CHECK(contracts_only(deadlines.Upcoming(D(2027, 6, 1), 10)).empty());
}

TEST_CASE("Support breakdown by content and by commune", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    Dataset data(s);
    TargetService service(db.Store(), s.clock);
    const auto breakdown = service.Breakdown(Period::Year(2026), D(2026, 12, 31));
    REQUIRE(breakdown.by_content.size() == 11);
    const auto& testing_row =
        breakdown.by_content[static_cast<std::size_t>(SupportContent::TestingCertification)];
    CHECK(testing_row.key == "testing_certification");
    CHECK(testing_row.enterprises == 3);
    CHECK(testing_row.supports == 3);
    CHECK(testing_row.amount_vnd == 140'000'000 + 70'000'000 + 14'000'000);
    REQUIRE(breakdown.by_commune.size() == 1);  // the scenario's enterprises have no commune
    CHECK(breakdown.by_commune[0].enterprises == 3);

    // A voucher of another programme: the breakdown of every programme counts it, the dashboard
    // of plan 000 (whose programme is the scenario's) does not.
    const auto second =
        s.Programmes().Create({0, "KH-KHAC-2026", "Chương trình khác", 2026, 2026}, s.officer);
    const long long programme = second.id, envelope = s.testing_envelope.id, enterprise = s.other.id;
    db.Store().Session()
        << "INSERT INTO voucher (serial, enterprise_id, programme_id, envelope_id, year, content, "
           "face_value, state_share, issued_on, valid_until, state, invoice_number, cancel_note, "
           "version, created_at, updated_at) VALUES ('PHT-2026-000009', :e, :p, :v, 2026, 'consulting', "
           "20000000, 10000000, '2026-05-05', '2026-12-31', 'issued', '', '', 1, 0, 0)",
        soci::use(enterprise), soci::use(programme), soci::use(envelope);
    const auto consulting = static_cast<std::size_t>(SupportContent::Consulting);
    CHECK(service.Breakdown(Period::Year(2026), D(2026, 12, 31)).by_content[consulting].supports == 1);
    Import(s, "000-khanh-hoa-dmst-dn-2026.yaml");
    const auto dashboard = service.Dashboard("KH-DMST-DN-2026", Period::Year(2026), D(2026, 12, 31));
    CHECK(dashboard.breakdown.by_content[consulting].supports == 0);
    CHECK(dashboard.breakdown.by_content[static_cast<std::size_t>(SupportContent::TestingCertification)]
              .enterprises == 3);
    // The targets are those Evaluate gives.
    const auto evaluated = service.Evaluate("KH-DMST-DN-2026", Period::Year(2026), D(2026, 12, 31));
    REQUIRE(dashboard.evaluation.targets.size() == evaluated.targets.size());
    for (std::size_t i = 0; i < evaluated.targets.size(); ++i) {
        INFO(evaluated.targets[i].code);
        CHECK(dashboard.evaluation.targets[i].actual == evaluated.targets[i].actual);
        CHECK(dashboard.evaluation.targets[i].status == evaluated.targets[i].status);
    }
}
