// Enterprise rules: required fields, NFC cleaning, VSIC shape, tax-code kind against legal form.
#include "domain/enterprise.h"
#include "domain/vsic_section.h"
#include "text/icu_text_rules.h"

#include <catch2/catch.hpp>

using namespace innodesk::domain;

namespace {

Enterprise Valid() {
    Enterprise e;
    e.tax_code = TaxCode::Parse("0300588569");
    e.name = "Công ty TNHH Yến sào Khánh Hòa";
    e.province = "Khánh Hòa";
    return e;
}

}  // namespace

TEST_CASE("Enterprises are cleaned and validated", "[domain]") {
    const innodesk::text::IcuTextRules text;
    SECTION("text is trimmed, collapsed and NFC") {
        auto e = Valid();
        e.name = "  Công ty   TNHH\tYe\xCC\x82\xCC\x81n sào  ";  // NFD "Yến", doubled spaces, a tab
        const auto cleaned = NormaliseEnterprise(e, text);
        CHECK(cleaned.name == "Công ty TNHH Yến sào");
    }
    SECTION("required fields") {
        auto e = Valid();
        e.name = "   ";
        CHECK_THROWS_WITH(NormaliseEnterprise(e, text), Catch::Contains("name is required"));
        e = Valid();
        e.tax_code = TaxCode();
        CHECK_THROWS_WITH(NormaliseEnterprise(e, text), Catch::Contains("tax code is required"));
    }
    SECTION("VSIC codes") {
        auto e = Valid();
        for (const char* good : {"C", "10", "1075", "10750", "c1075"}) {
            e.vsic = good;
            CHECK_NOTHROW(NormaliseEnterprise(e, text));
        }
        for (const char* bad : {"1", "107500", "X12", "10a"}) {
            e.vsic = bad;
            CHECK_THROWS_WITH(NormaliseEnterprise(e, text), Catch::Contains("VSIC code"));
        }
    }
    SECTION("a personal ID belongs to a household business") {
        auto e = Valid();
        e.tax_code = TaxCode::Parse("056090001234");
        CHECK_THROWS_WITH(NormaliseEnterprise(e, text), Catch::Contains("personal ID"));
        e.legal_form = LegalForm::HouseholdBusiness;
        CHECK_NOTHROW(NormaliseEnterprise(e, text));
    }
    SECTION("control characters and invalid UTF-8 are refused, naming the field") {
        auto e = Valid();
        e.address = "số 1\x01 Trần Phú";
        try {
            NormaliseEnterprise(e, text);
            FAIL("accepted a control character");
        } catch (const DomainError& error) {
            CHECK(error.Field() == "address");
            CHECK_THAT(error.Message(Language::English), Catch::Contains("control character U+0001"));
        }
        e = Valid();
        e.name = "Công ty \xC3\x28";
        CHECK_THROWS_WITH(NormaliseEnterprise(e, text), Catch::Contains("not UTF-8"));
    }
}

TEST_CASE("A VSIC code belongs to the section of its division, a letter to its own section", "[domain]") {
    CHECK(VsicSectionOf("1075") == 'C');
    CHECK(VsicSectionOf("10") == 'C');
    CHECK(VsicSectionOf("33200") == 'C');
    CHECK(VsicSectionOf("0321") == 'A');
    CHECK(VsicSectionOf("5510") == 'I');
    CHECK(VsicSectionOf("99000") == 'U');
    CHECK(VsicSectionOf("C") == 'C');
    CHECK(VsicSectionOf("M7210") == 'M');  // a letter written before the digits
    CHECK_FALSE(VsicSectionOf(""));
    CHECK_FALSE(VsicSectionOf("0400"));  // no section holds division 04
    CHECK_FALSE(VsicSectionOf("3"));
    // Sections follow one another without overlap, from 01 to 99.
    int last = 0;
    for (const auto& section : VsicSections()) {
        CHECK(section.first_division > last);
        CHECK(section.last_division >= section.first_division);
        last = section.last_division;
    }
    CHECK(last == 99);
    CHECK(VsicSections().size() == 21);
}

TEST_CASE("A sector option is one section letter, in either case", "[domain]") {
    CHECK(ParseVsicSection("c", "--sector").letter == 'C');
    CHECK(ParseVsicSection("U", "--sector").letter == 'U');
    for (const char* bad : {"", "V", "CC", "10", "Công nghiệp"}) {
        INFO(bad);
        try {
            ParseVsicSection(bad, "--sector");
            FAIL("accepted");
        } catch (const DomainError& error) {
            CHECK(error.Field() == "--sector");
            CHECK_THAT(error.Message(Language::English), Catch::Contains("use one letter from A to U"));
        }
    }
}
