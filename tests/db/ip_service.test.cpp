// IP filings in storage: a filing followed to grant with a dated history, numbers unique per
// route and country, version checks, the exploited flag, and the list filters.
#include "scenario.h"
#include "test_helpers.h"

#include "domain/ip_service.h"

#include <catch2/catch.hpp>

using namespace innodesk;
using namespace innodesk::domain;
using S = IpStatus;

using innodesk::testing::Refusal;

namespace {

IpService Ip(testing::Scenario& s) {
    return {s.db.Store(), s.db.Text(), s.clock};
}

IpFiling Filing(const Enterprise& enterprise, IpType type, IpRoute route, const char* filed_iso,
                std::optional<std::string> number = std::nullopt, std::string country = {}) {
    IpFiling f;
    f.enterprise_id = enterprise.id;
    f.type = type;
    f.route = route;
    f.country = std::move(country);
    f.title = "Quy trình chế biến chả cá Nha Trang";
    f.filed_on = CalendarDate::Parse(filed_iso);
    f.application_number = std::move(number);
    f.supported_amount = Money::Dong(15'000'000);
    return f;
}

IpStatusUpdate To(S status, const char* on_iso, std::string note = {}) {
    IpStatusUpdate update;
    update.to = status;
    update.on = CalendarDate::Parse(on_iso);
    update.note = std::move(note);
    return update;
}

}  // namespace

TEST_CASE("A filing goes from filed to granted and exploited, each step dated and attributed", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto ip = Ip(s);
    auto filing = Filing(s.parent, IpType::Patent, IpRoute::Domestic, "2026-01-10");
    filing.programme_id = s.programme.id;
    const auto added = ip.Add(filing, s.officer);
    CHECK(added.version == 1);
    CHECK(added.country == "VN");
    CHECK(added.status == S::Filed);
    CHECK(added.status_on == CalendarDate::FromYmd(2026, 1, 10));
    CHECK_FALSE(added.application_number.has_value());

    auto with_number = To(S::FormalityAccepted, "2026-02-20", "Thông báo chấp nhận đơn hợp lệ");
    with_number.application_number = "1-2026-00123";
    ip.UpdateStatus(added.id, with_number, s.officer);
    ip.UpdateStatus(added.id, To(S::Published, "2026-04-25"), s.officer);
    const auto granted =
        ip.UpdateStatus(added.id, To(S::Granted, "2026-06-01"), s.reviewer);  // another officer
    CHECK(granted.version == 4);
    const auto exploited = ip.SetExploited(added.id, true, s.officer);
    CHECK(exploited.commercially_exploited);

    const auto stored = ip.Get(added.id);
    CHECK(stored.status == S::Granted);
    CHECK(stored.status_on == CalendarDate::FromYmd(2026, 6, 1));
    CHECK(stored.application_number == "1-2026-00123");
    CHECK(stored.supported_amount == Money::Dong(15'000'000));
    CHECK(stored.programme_id == s.programme.id);
    CHECK(stored.commercially_exploited);
    CHECK(stored.version == 5);

    const auto history = ip.History(added.id);
    REQUIRE(history.size() == 5);
    CHECK(history[1].from == S::Filed);
    CHECK(history[1].to == S::FormalityAccepted);
    CHECK(history[1].on == CalendarDate::FromYmd(2026, 2, 20));
    CHECK(history[1].note == "Thông báo chấp nhận đơn hợp lệ");
    CHECK(history[3].actor == "officer.chi");
    CHECK(history[4].note == "commercially exploited");
}

TEST_CASE("Refused moves and dates change nothing", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto ip = Ip(s);
    const auto added =
        ip.Add(Filing(s.parent, IpType::Trademark, IpRoute::Domestic, "2026-03-01"), s.officer);
    CHECK_THROWS_WITH(ip.UpdateStatus(added.id, To(S::Granted, "2026-04-01"), s.officer),
                      Catch::Contains("From 'Filed' it can only move to"));
    CHECK_THROWS_WITH(ip.UpdateStatus(added.id, To(S::FormalityAccepted, "2026-02-28"), s.officer),
                      Catch::Contains("before the date of the current status (01/03/2026)"));
    CHECK_THROWS_WITH(ip.UpdateStatus(added.id, To(S::FormalityAccepted, "2026-06-16"), s.officer),
                      Catch::Contains("after today"));
    CHECK_THROWS_WITH(ip.SetExploited(added.id, true, s.officer),
                      Catch::Contains("only for a granted right"));
    const auto withdrawn = ip.UpdateStatus(added.id, To(S::Withdrawn, "2026-03-01"), s.officer);
    CHECK(withdrawn.status == S::Withdrawn);
    CHECK_THROWS_WITH(ip.UpdateStatus(added.id, To(S::Refused, "2026-03-02"), s.officer),
                      Catch::Contains("none (it is final)"));
    CHECK(ip.History(added.id).size() == 2);
    CHECK_THROWS_WITH(ip.Get(9999), Catch::Contains("no IP filing with id 9999"));
}

TEST_CASE("An application number names one filing per route and country", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto ip = Ip(s);
    ip.Add(Filing(s.parent, IpType::Patent, IpRoute::Domestic, "2026-01-10", "1-2026-00123"), s.officer);
    const auto error = Refusal([&] {
        ip.Add(Filing(s.other, IpType::Patent, IpRoute::Domestic, "2026-01-11", "1-2026-00123"), s.officer);
    });
    CHECK(error.Code() == ErrorCode::Duplicate);
    CHECK(error.Field() == "application_number");
    CHECK_THAT(error.Message(Language::Vietnamese), Catch::Contains("đã được ghi cho đơn id"));
    // The same number at another office is another filing.
    CHECK_NOTHROW(ip.Add(
        Filing(s.other, IpType::Trademark, IpRoute::NationalOffice, "2026-01-11", "1-2026-00123", "JP"),
        s.officer));
    CHECK_NOTHROW(ip.Add(
        Filing(s.other, IpType::Trademark, IpRoute::NationalOffice, "2026-01-11", "1-2026-00123", "US"),
        s.officer));
    // Filings without a number yet do not collide.
    CHECK_NOTHROW(ip.Add(Filing(s.other, IpType::Patent, IpRoute::Domestic, "2026-01-12"), s.officer));
    CHECK_NOTHROW(ip.Add(Filing(s.other, IpType::Patent, IpRoute::Domestic, "2026-01-12"), s.officer));

    SECTION("a number given later is checked too") {
        const auto later =
            ip.Add(Filing(s.branch, IpType::Patent, IpRoute::Domestic, "2026-02-01"), s.officer);
        auto update = To(S::FormalityAccepted, "2026-03-01");
        update.application_number = "1-2026-00123";
        CHECK_THROWS_WITH(ip.UpdateStatus(later.id, update, s.officer),
                          Catch::Contains("is already recorded for"));
        CHECK(ip.Get(later.id).status == S::Filed);
    }
    SECTION("and the database refuses a duplicate even past the service") {
        auto tx = db.Store().Begin(TransactionMode::Write);
        auto f = Filing(s.other, IpType::Patent, IpRoute::Domestic, "2026-01-11", "1-2026-00123");
        f.country = "VN";
        f.status_on = f.filed_on;
        const auto refused = Refusal([&] { tx->IpFilings().Insert(f); });
        INFO(refused.what());
        CHECK(refused.Code() == ErrorCode::Duplicate);
    }
}

TEST_CASE("IP filings are version-checked", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto ip = Ip(s);
    const auto added =
        ip.Add(Filing(s.parent, IpType::IndustrialDesign, IpRoute::Hague, "2026-01-10"), s.officer);
    ip.UpdateStatus(added.id, To(S::FormalityAccepted, "2026-02-01"), s.officer);

    auto stale = To(S::FormalityAccepted, "2026-02-01");
    stale.expected_version = added.version;
    CHECK(Refusal([&] { ip.UpdateStatus(added.id, stale, s.officer); }).Code() == ErrorCode::Conflict);

    SECTION("a stale write in storage is refused and nothing changes") {
        IpFiling old = added;  // version 1; storage holds 2
        old.status = S::Withdrawn;
        auto tx = db.Store().Begin(TransactionMode::Write);
        const auto error = Refusal([&] { tx->IpFilings().Update(old); });
        CHECK(error.Code() == ErrorCode::Conflict);
        CHECK_THAT(error.Message(Language::English), Catch::Contains("version 2, you edited version 1"));
        tx.reset();
        CHECK(ip.Get(added.id).status == S::FormalityAccepted);
    }
}

TEST_CASE("IP filings are listed by enterprise, type, status and year filed", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto ip = Ip(s);
    const auto a = ip.Add(Filing(s.parent, IpType::Patent, IpRoute::Domestic, "2025-12-31"), s.officer);
    const auto b = ip.Add(Filing(s.parent, IpType::Trademark, IpRoute::Madrid, "2026-01-01"), s.officer);
    const auto c = ip.Add(Filing(s.other, IpType::Trademark, IpRoute::Domestic, "2026-05-05"), s.officer);
    ip.UpdateStatus(c.id, To(S::Refused, "2026-06-01"), s.officer);

    auto ids = [&](const IpFilingFilter& filter) {
        std::vector<IpFilingId> found;
        for (const auto& f : ip.List(filter)) found.push_back(f.id);
        return found;
    };
    CHECK(ids({}) == std::vector<IpFilingId>{c.id, b.id, a.id});  // latest filed first
    IpFilingFilter filter;
    filter.enterprise_id = s.parent.id;
    CHECK(ids(filter) == std::vector<IpFilingId>{b.id, a.id});
    filter = {};
    filter.type = IpType::Trademark;
    CHECK(ids(filter) == std::vector<IpFilingId>{c.id, b.id});
    filter.status = S::Refused;
    CHECK(ids(filter) == std::vector<IpFilingId>{c.id});
    filter = {};
    filter.year_filed = 2026;
    CHECK(ids(filter) == std::vector<IpFilingId>{c.id, b.id});
    filter.year_filed = 2025;
    CHECK(ids(filter) == std::vector<IpFilingId>{a.id});
    filter = {};
    filter.enterprise_id = s.other.id;
    filter.type = IpType::Patent;
    CHECK(ids(filter).empty());
}

TEST_CASE("Every IP type, route and status is accepted by the database's checks", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto tx = db.Store().Begin(TransactionMode::Write);
    for (const auto& type : IpTypes())
        for (const auto& route : IpRoutes())
            for (const auto& status : IpLifecycle().states) {
                auto f = Filing(s.parent, type.value, route.value, "2026-01-10");
                f.country = route.value == IpRoute::Domestic         ? "VN"
                            : route.value == IpRoute::NationalOffice ? "JP"
                                                                     : "";
                f.status = status.value;
                f.status_on = f.filed_on;
                f.commercially_exploited = status.value == S::Granted;
                INFO(type.code << " " << route.code << " " << status.code);
                const auto id = tx->IpFilings().Insert(f);
                const auto back = tx->IpFilings().FindById(id);
                REQUIRE(back.has_value());
                CHECK(back->type == type.value);
                CHECK(back->route == route.value);
                CHECK(back->status == status.value);
            }
}
