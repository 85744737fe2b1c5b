// Matching a written province to one of the 34 units of data/provinces.tsv: spellings, former
// provinces, tone placement, prefixes, decomposed input, the end of an address.
#include "domain/province.h"
#include "domain/errors.h"
#include "text/icu_text_rules.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>

using innodesk::domain::DomainError;
using innodesk::domain::ProvinceDirectory;
using innodesk::domain::ProvinceKind;

TEST_CASE("The shipped list has the 34 units of 1 July 2025, each name stored in NFC", "[domain]") {
    const innodesk::text::IcuTextRules text;
    const ProvinceDirectory directory(text);
    REQUIRE(directory.Units().size() == 34);
    std::size_t cities = 0, former = 0;
    std::set<std::string> names;
    for (const auto& unit : directory.Units()) {
        INFO(unit.name);
        CHECK(text.Clean(unit.name, "name") == unit.name);
        CHECK(directory.Match(unit.name)->unit == &unit);
        names.insert(unit.name);
        if (unit.kind == ProvinceKind::City) ++cities;
        for (const auto& name : unit.former) {
            INFO(name);
            const auto match = directory.Match(name);
            REQUIRE(match);
            CHECK(match->unit == &unit);
            CHECK(match->former == name);
            ++former;
        }
    }
    CHECK(names.size() == 34);
    CHECK(cities == 6);
    CHECK(former >= 29);  // the 29 provinces merged away, and a few other ways of writing them
}

TEST_CASE("A written province matches its unit whatever the spelling", "[domain]") {
    const innodesk::text::IcuTextRules text;
    const ProvinceDirectory directory(text);
    const auto [written, unit, former] = GENERATE(table<std::string, std::string, std::string>({
        {"Khánh Hòa", "Khánh Hòa", ""},
        {"Khánh Hoà", "Khánh Hòa", ""},                  // the other tone placement
        {"Kha\xCC\x81nh Hoa\xCC\x80", "Khánh Hòa", ""},  // NFD, tone on the a
        {"KHÁNH HÒA", "Khánh Hòa", ""},
        {"khanh hoa", "Khánh Hòa", ""},  // no diacritics
        {"tỉnh Khánh Hòa", "Khánh Hòa", ""},
        {"Tỉnh  Khánh Hoà ", "Khánh Hòa", ""},
        {"Thanh Hoá", "Thanh Hóa", ""},
        {"TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", ""},
        {"TP HCM", "Thành phố Hồ Chí Minh", ""},
        {"TP.HCM", "Thành phố Hồ Chí Minh", ""},
        {"Thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh", ""},
        {"Hồ Chí Minh", "Thành phố Hồ Chí Minh", ""},
        {"thành phố Huế", "Huế", ""},
        {"T.P. Đà Nẵng", "Đà Nẵng", ""},
        {"Ninh Thuận", "Khánh Hòa", "Ninh Thuận"},  // merged into Khánh Hòa
        {"tỉnh Ninh Thuận", "Khánh Hòa", "Ninh Thuận"},
        {"Kon Tum", "Quảng Ngãi", "Kon Tum"},
        {"Bà Rịa - Vũng Tàu", "Thành phố Hồ Chí Minh", "Bà Rịa – Vũng Tàu"},  // a hyphen for the en dash
        {"Thừa Thiên Huế", "Huế", "Thừa Thiên Huế"},
        {"Hòa Bình", "Phú Thọ", "Hòa Bình"},
        {"Hoà Bình", "Phú Thọ", "Hòa Bình"},
        {"Đăk Nông", "Lâm Đồng", "Đắk Nông"},
        {"Daklak", "Đắk Lắk", ""},
    }));
    INFO(written);
    const auto match = directory.Match(written);
    REQUIRE(match);
    CHECK(match->unit->name == unit);
    CHECK(match->former == former);
}

TEST_CASE("Text that names no province matches none", "[domain]") {
    const innodesk::text::IcuTextRules text;
    const ProvinceDirectory directory(text);
    for (const char* written : {"", "tỉnh", "Nha Trang", "phường Nha Trang", "Khánh", "Khánh Hòa Khánh Hòa",
                                "Việt Nam", "Hà", "Sài Gòn Hà Nội", "tỉnh Khánh Hòa, Việt Nam"}) {
        INFO(written);
        CHECK_FALSE(directory.Match(written));
    }
    CHECK_THROWS_AS(directory.Require("Nha Trang", "province"), DomainError);
    try {
        directory.Require("Nha Trang", "province");
    } catch (const DomainError& error) {
        CHECK(error.Field() == "province");
        CHECK(error.Text().vi.find("'Nha Trang' không phải tên một tỉnh") != std::string::npos);
        CHECK(error.Text().en.find("'Nha Trang' is not the name of a province") != std::string::npos);
    }
}

TEST_CASE("An address names its province in its last part, before a trailing Việt Nam", "[domain]") {
    const innodesk::text::IcuTextRules text;
    const ProvinceDirectory directory(text);
    const auto [address, unit, former] = GENERATE(table<std::string, std::string, std::string>({
        {"12 Trần Phú, phường Nha Trang, tỉnh Khánh Hòa", "Khánh Hòa", ""},
        {"12 Trần Phú, phường Nha Trang, tỉnh Khánh Hoà, Việt Nam", "Khánh Hòa", ""},
        {"12 Trần Phú, phường Nha Trang, Khánh Hòa, Vietnam ,", "Khánh Hòa", ""},
        {"Lô A3, KCN Du Long, xã Thuận Bắc, tỉnh Ninh Thuận", "Khánh Hòa", "Ninh Thuận"},
        {"5 Lê Lợi, P. Bến Nghé, Q.1, TP.HCM", "Thành phố Hồ Chí Minh", ""},
        {"Kha\xCC\x81nh Ho\xCC\x80"
         "a",
         "Khánh Hòa", ""},
    }));
    INFO(address);
    const auto match = directory.MatchAddress(address);
    REQUIRE(match);
    CHECK(match->unit->name == unit);
    CHECK(match->former == former);
    for (const char* none : {"", "12 Trần Phú, phường Nha Trang", "Việt Nam", "Khánh Hòa 12 Trần Phú",
                             "tỉnh Khánh Hòa, phường Nha Trang"}) {
        INFO(none);
        CHECK_FALSE(directory.MatchAddress(none));
    }
    CHECK(ProvinceDirectory::AddressTail("1 Lê Lợi,  tỉnh Khánh Hòa , Việt Nam", text) == "tỉnh Khánh Hòa");
}

TEST_CASE("A province list whose units share a spelling, or with a line out of shape, is refused",
          "[domain]") {
    const innodesk::text::IcuTextRules text;
    CHECK_THROWS_WITH(ProvinceDirectory(text, "Khánh Hòa\ttỉnh\t\t\nKhánh Hoà\ttỉnh\t\t\n"),
                      Catch::Contains("Province list, line 2: 'Khánh Hoà' is also a spelling of Khánh Hòa."));
    CHECK_THROWS_WITH(
        ProvinceDirectory(text, "# comment\nHuế\tthành phố\n"),
        Catch::Contains("Province list, line 2: 4 tab-separated columns are needed, there are 2."));
    CHECK_THROWS_WITH(ProvinceDirectory(text, "Huế\tquận\t\t\n"),
                      Catch::Contains("Province list, line 1: kind 'quận' must be 'tỉnh' or 'thành phố'."));
    const ProvinceDirectory two(
        text, "Huế\tthành phố\t\tThừa Thiên Huế\r\nKhánh Hòa\ttỉnh\t\tNinh Thuận|Phan Rang\n");
    CHECK(two.Units().size() == 2);
    CHECK(two.Match("Phan Rang")->unit->name == "Khánh Hòa");
}
