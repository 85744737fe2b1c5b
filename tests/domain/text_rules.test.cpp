// Vietnamese search folding and collation order, as a Vietnamese user expects them.
#include "domain/errors.h"
#include "text/icu_text_rules.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <vector>

TEST_CASE("Search folding ignores case, diacritics, tone placement and normal form", "[domain]") {
    const innodesk::text::IcuTextRules text;
    const auto fold = [&](const std::string& s) { return text.SearchFold(s); };
    CHECK(fold("Khánh Hòa") == "khanh hoa");
    CHECK(fold("Khánh Hoà") == "khanh hoa");  // the other tone placement
    CHECK(fold("Kha\xCC\x81nh Ho\xCC\x80"
               "a") == "khanh hoa");  // NFD input
    CHECK(fold("Thủy") == fold("Thuỷ"));
    CHECK(fold("ĐÀ NẴNG") == "da nang");
    CHECK(fold("đường Lê Lợi") == "duong le loi");
    CHECK(fold("Công ty TNHH 1 TV") == "cong ty tnhh 1 tv");
}

TEST_CASE("Clean gives NFC, so both spellings are stored as typed but canonically", "[domain]") {
    const innodesk::text::IcuTextRules text;
    CHECK(text.Clean("Kha\xCC\x81nh Ho\xCC\x80"
                     "a",
                     "f") == "Khánh Hòa");
    CHECK(text.Clean("Kha\xCC\x81nh Hoa\xCC\x80", "f") == "Khánh Hoà");
    CHECK(text.Clean("\xE2\x80\x8BNha\xC2\xA0Trang ", "f") == "Nha Trang");  // zero-width and no-break spaces
    CHECK(text.Clean("Nha Trang\xE2\x80\x8E", "f") ==
          "Nha Trang");  // a left-to-right mark pasted from a web page
}

TEST_CASE("Bidirectional controls are refused, naming the character and the field", "[domain]") {
    const innodesk::text::IcuTextRules text;
    // Embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069.
    const char32_t control =
        GENERATE(as<char32_t>{}, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069);
    const std::string encoded{static_cast<char>(0xE0 | (control >> 12)),
                              static_cast<char>(0x80 | ((control >> 6) & 0x3F)),
                              static_cast<char>(0x80 | (control & 0x3F))};  // all three-byte UTF-8
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(control));
    INFO(code);
    try {
        text.Clean("Công ty " + encoded + "ABC", "name");
        FAIL("accepted a bidirectional control");
    } catch (const innodesk::domain::DomainError& error) {
        CHECK(error.Field() == "name");
        CHECK_THAT(error.Message(innodesk::domain::Language::English),
                   Catch::Contains(std::string("bidirectional control character ") + code));
        CHECK_THAT(error.Message(innodesk::domain::Language::Vietnamese), Catch::Contains("hướng chữ"));
    }
}

TEST_CASE("Sort keys order names in Vietnamese alphabetical order", "[domain]") {
    const innodesk::text::IcuTextRules text;
    // Vietnamese order: a ă â b c d đ e ê … o ô ơ … u ư; tones sort after the base letter.
    std::vector<std::string> names{"Ư", "Đào", "Dương", "Ân", "Ăn", "An", "Ơn", "Ôn", "On", "Ba"};
    std::sort(names.begin(), names.end(),
              [&](const std::string& a, const std::string& b) { return text.SortKey(a) < text.SortKey(b); });
    CHECK(names == std::vector<std::string>{"An", "Ăn", "Ân", "Ba", "Dương", "Đào", "On", "Ôn", "Ơn", "Ư"});
}
