// IP filing rules: the lifecycle to grant, refusal or withdrawal; which route fits which object;
// country codes; dates; and the exploited flag only for a granted right.
#include "domain/ip_filing.h"
#include "text/icu_text_rules.h"

#include <catch2/catch.hpp>

#include <stdexcept>

using namespace innodesk::domain;
using S = IpStatus;

namespace {

template <typename Work>
DomainError Refusal(Work&& work) {
    try {
        work();
    } catch (const DomainError& error) {
        return error;
    }
    FAIL("no DomainError was thrown");
    throw std::logic_error("unreachable");
}

const CalendarDate kToday = CalendarDate::FromYmd(2026, 6, 15);

IpFiling Filing(IpType type, IpRoute route, std::string country = {}) {
    IpFiling f;
    f.enterprise_id = 1;
    f.type = type;
    f.route = route;
    f.country = std::move(country);
    f.title = "  Quy trình nuôi   tôm hùm  ";
    f.filed_on = CalendarDate::FromYmd(2026, 1, 10);
    f.supported_amount = Money::Dong(5'000'000);
    return f;
}

}  // namespace

TEST_CASE("The IP lifecycle: filed → formality accepted → published → granted", "[domain]") {
    const auto& lifecycle = IpLifecycle();
    CHECK(lifecycle.Allows(S::Filed, S::FormalityAccepted));
    CHECK(lifecycle.Allows(S::FormalityAccepted, S::Published));
    CHECK(lifecycle.Allows(S::Published, S::Granted));

    SECTION("refused or withdrawn from any state that is not final") {
        for (const S open : {S::Filed, S::FormalityAccepted, S::Published}) {
            CHECK(lifecycle.Allows(open, S::Refused));
            CHECK(lifecycle.Allows(open, S::Withdrawn));
        }
        for (const S final_state : {S::Granted, S::Refused, S::Withdrawn}) {
            CHECK_FALSE(lifecycle.Allows(final_state, S::Refused));
            CHECK_FALSE(lifecycle.Allows(final_state, S::Withdrawn));
        }
    }
    SECTION("no skipping and no going back") {
        CHECK_FALSE(lifecycle.Allows(S::Filed, S::Published));
        CHECK_FALSE(lifecycle.Allows(S::Filed, S::Granted));
        CHECK_FALSE(lifecycle.Allows(S::FormalityAccepted, S::Granted));
        CHECK_FALSE(lifecycle.Allows(S::Published, S::Filed));
    }
    SECTION("a refused move says what is allowed, in both languages") {
        const auto error = Refusal([&] { lifecycle.RequireMove(S::Filed, S::Granted); });
        CHECK(error.Code() == ErrorCode::InvalidTransition);
        CHECK(error.Message(Language::English) ==
              "Cannot move the IP filing from 'Filed' to 'Granted'. From 'Filed' it can only move to: "
              "Formality accepted, Refused, Withdrawn.");
        CHECK(error.Message(Language::Vietnamese) ==
              "Không thể chuyển đơn sở hữu trí tuệ từ 'Đã nộp đơn' sang 'Đã cấp văn bằng bảo hộ'. Từ 'Đã nộp "
              "đơn' chỉ có thể chuyển sang: Đã chấp nhận đơn hợp lệ, Bị từ chối, Đã rút đơn.");
        CHECK_THROWS_WITH(lifecycle.RequireMove(S::Granted, S::Withdrawn),
                          Catch::Contains("none (it is final)"));
    }
}

TEST_CASE("IP types and routes parse from codes and both languages", "[domain]") {
    CHECK(ParseEnum(IpTypes(), "utility_solution", "type", "Loại", "Type") == IpType::UtilitySolution);
    CHECK(ParseEnum(IpTypes(), "Giải pháp hữu ích", "type", "Loại", "Type") == IpType::UtilitySolution);
    CHECK(ParseEnum(IpTypes(), "Chỉ dẫn địa lý", "type", "Loại", "Type") == IpType::GeographicalIndication);
    CHECK(ParseEnum(IpTypes(), "Kiểu dáng công nghiệp", "type", "Loại", "Type") == IpType::IndustrialDesign);
    CHECK(ParseEnum(IpRoutes(), "PCT", "route", "Nơi nộp", "Route") == IpRoute::Pct);
    CHECK_THROWS_WITH(ParseEnum(IpRoutes(), "wipo", "route", "Nơi nộp", "Route"),
                      Catch::Contains("domestic, madrid, pct, hague, national_office"));
}

TEST_CASE("A filing is cleaned and its route, country, amount and date checked", "[domain]") {
    const innodesk::text::IcuTextRules text;
    SECTION("domestic implies VN, and the title is cleaned") {
        const auto f = NormaliseIpFiling(Filing(IpType::Patent, IpRoute::Domestic), text, kToday);
        CHECK(f.country == "VN");
        CHECK(f.title == "Quy trình nuôi tôm hùm");
        CHECK_NOTHROW(NormaliseIpFiling(Filing(IpType::Patent, IpRoute::Domestic, "vn"), text, kToday));
        CHECK_THROWS_WITH(NormaliseIpFiling(Filing(IpType::Patent, IpRoute::Domestic, "JP"), text, kToday),
                          Catch::Contains("A domestic filing has country VN, not 'JP'"));
    }
    SECTION("a national office needs a two-letter country other than VN") {
        CHECK(NormaliseIpFiling(Filing(IpType::Trademark, IpRoute::NationalOffice, " us "), text, kToday)
                  .country == "US");
        const auto missing = Refusal(
            [&] { NormaliseIpFiling(Filing(IpType::Trademark, IpRoute::NationalOffice), text, kToday); });
        CHECK(missing.Field() == "country");
        CHECK_THAT(missing.Message(Language::Vietnamese), Catch::Contains("cần mã nước gồm 2 chữ cái"));
        CHECK_THROWS_WITH(
            NormaliseIpFiling(Filing(IpType::Trademark, IpRoute::NationalOffice, "USA"), text, kToday),
            Catch::Contains("2-letter country code"));
        CHECK_THROWS_WITH(
            NormaliseIpFiling(Filing(IpType::Trademark, IpRoute::NationalOffice, "VN"), text, kToday),
            Catch::Contains("uses the domestic route"));
    }
    SECTION("the international systems take no country") {
        CHECK(NormaliseIpFiling(Filing(IpType::Trademark, IpRoute::Madrid), text, kToday).country.empty());
        CHECK_THROWS_WITH(NormaliseIpFiling(Filing(IpType::Trademark, IpRoute::Madrid, "JP"), text, kToday),
                          Catch::Contains("has no country code"));
    }
    SECTION("each international system fits its objects only") {
        CHECK_NOTHROW(NormaliseIpFiling(Filing(IpType::Patent, IpRoute::Pct), text, kToday));
        CHECK_NOTHROW(NormaliseIpFiling(Filing(IpType::UtilitySolution, IpRoute::Pct), text, kToday));
        CHECK_NOTHROW(NormaliseIpFiling(Filing(IpType::IndustrialDesign, IpRoute::Hague), text, kToday));
        CHECK_NOTHROW(
            NormaliseIpFiling(Filing(IpType::GeographicalIndication, IpRoute::Domestic), text, kToday));
        const auto error =
            Refusal([&] { NormaliseIpFiling(Filing(IpType::Patent, IpRoute::Madrid), text, kToday); });
        CHECK(error.Field() == "route");
        CHECK_THAT(error.Message(Language::English),
                   Catch::StartsWith("A 'Patent' cannot be filed through the 'Madrid system'"));
        CHECK_THAT(error.Message(Language::Vietnamese),
                   Catch::StartsWith("Không thể nộp đơn 'Sáng chế' qua 'Hệ thống Madrid'"));
        CHECK_THROWS(NormaliseIpFiling(Filing(IpType::Trademark, IpRoute::Hague), text, kToday));
        CHECK_THROWS(NormaliseIpFiling(Filing(IpType::IndustrialDesign, IpRoute::Pct), text, kToday));
        CHECK_THROWS(
            NormaliseIpFiling(Filing(IpType::GeographicalIndication, IpRoute::Madrid), text, kToday));
    }
    SECTION("title required, amount not negative, not filed in the future") {
        auto f = Filing(IpType::Patent, IpRoute::Domestic);
        f.title = "  ";
        CHECK_THROWS_WITH(NormaliseIpFiling(f, text, kToday),
                          Catch::Contains("title of the IP object is required"));
        f = Filing(IpType::Patent, IpRoute::Domestic);
        f.supported_amount = Money::Dong(-1);
        CHECK(Refusal([&] { NormaliseIpFiling(f, text, kToday); }).Field() == "supported_amount");
        f = Filing(IpType::Patent, IpRoute::Domestic);
        f.filed_on = kToday.AddDays(1);
        CHECK_THROWS_WITH(NormaliseIpFiling(f, text, kToday),
                          Catch::Contains("16/06/2026 is after today (15/06/2026)"));
    }
    SECTION("a blank application number means not yet known") {
        auto f = Filing(IpType::Patent, IpRoute::Domestic);
        f.application_number = "   ";
        CHECK_FALSE(NormaliseIpFiling(f, text, kToday).application_number.has_value());
        f.application_number = " 1-2026-00123 ";
        CHECK(NormaliseIpFiling(f, text, kToday).application_number == "1-2026-00123");
    }
}

TEST_CASE("A status date may not precede the current one or be in the future", "[domain]") {
    IpFiling f = Filing(IpType::Patent, IpRoute::Domestic);
    f.status_on = CalendarDate::FromYmd(2026, 3, 1);
    CHECK_NOTHROW(RequireStatusDate(f, CalendarDate::FromYmd(2026, 3, 1), kToday));
    CHECK_NOTHROW(RequireStatusDate(f, kToday, kToday));
    const auto before = Refusal([&] { RequireStatusDate(f, CalendarDate::FromYmd(2026, 2, 28), kToday); });
    CHECK(before.Message(Language::English) ==
          "The date 28/02/2026 is before the date of the current status (01/03/2026).");
    CHECK(before.Message(Language::Vietnamese) ==
          "Ngày 28/02/2026 trước ngày của trạng thái hiện tại (01/03/2026).");
    CHECK_THROWS_WITH(RequireStatusDate(f, kToday.AddDays(1), kToday), Catch::Contains("after today"));
}

TEST_CASE("Only a granted right can be marked commercially exploited", "[domain]") {
    IpFiling f = Filing(IpType::Patent, IpRoute::Domestic);
    f.id = 4;
    for (const S status : {S::Filed, S::FormalityAccepted, S::Published, S::Refused, S::Withdrawn}) {
        f.status = status;
        const auto error = Refusal([&] { RequireExploitable(f); });
        CHECK(error.Code() == ErrorCode::InvalidTransition);
        CHECK_THAT(error.Message(Language::English), Catch::Contains("only for a granted right"));
    }
    f.status = S::Granted;
    CHECK_NOTHROW(RequireExploitable(f));
}
