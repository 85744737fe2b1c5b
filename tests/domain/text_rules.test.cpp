// Vietnamese search folding and collation order, as a Vietnamese user expects them.
#include "text/icu_text_rules.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

TEST_CASE("Search folding ignores case, diacritics, tone placement and normal form", "[domain]") {
    const innodesk::text::IcuTextRules text;
    const auto fold = [&](const std::string& s) { return text.SearchFold(s); };
    CHECK(fold("Khánh Hòa") == "khanh hoa");
    CHECK(fold("Khánh Hoà") == "khanh hoa");           // the other tone placement
    CHECK(fold("Kha\xCC\x81nh Ho\xCC\x80" "a") == "khanh hoa");  // NFD input
    CHECK(fold("Thủy") == fold("Thuỷ"));
    CHECK(fold("ĐÀ NẴNG") == "da nang");
    CHECK(fold("đường Lê Lợi") == "duong le loi");
    CHECK(fold("Công ty TNHH 1 TV") == "cong ty tnhh 1 tv");
}

TEST_CASE("Clean gives NFC, so both spellings are stored as typed but canonically", "[domain]") {
    const innodesk::text::IcuTextRules text;
    CHECK(text.Clean("Kha\xCC\x81nh Ho\xCC\x80" "a", "f") == "Khánh Hòa");
    CHECK(text.Clean("Kha\xCC\x81nh Hoa\xCC\x80", "f") == "Khánh Hoà");
    CHECK(text.Clean("\xE2\x80\x8BNha\xC2\xA0Trang ", "f") == "Nha Trang");  // zero-width and no-break spaces
}

TEST_CASE("Sort keys order names in Vietnamese alphabetical order", "[domain]") {
    const innodesk::text::IcuTextRules text;
    // Vietnamese order: a ă â b c d đ e ê … o ô ơ … u ư; tones sort after the base letter.
    std::vector<std::string> names{"Ư", "Đào", "Dương", "Ân", "Ăn", "An", "Ơn", "Ôn", "On", "Ba"};
    std::sort(names.begin(), names.end(),
              [&](const std::string& a, const std::string& b) { return text.SortKey(a) < text.SortKey(b); });
    CHECK(names == std::vector<std::string>{"An", "Ăn", "Ân", "Ba", "Dương", "Đào", "On", "Ôn", "Ơn", "Ư"});
}
