// Enterprise rules: required fields, NFC cleaning, VSIC shape, tax-code kind against legal form.
#include "domain/enterprise.h"
#include "domain/enterprise_fields.h"
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

TEST_CASE("Each field's rule, as the desktop checks it while typing and saving applies it", "[domain]") {
    const innodesk::text::IcuTextRules text;
    SECTION("a phone number: digits, spaces, + - ( ) and dots, with at least 8 digits") {
        for (const char* good : {"", "0258 3822 123", "+84 (258) 382.2123", "0905-123-456", "02583822123"}) {
            INFO(good);
            CHECK_NOTHROW(CheckEnterprisePhone(good));
            auto e = Valid();
            e.phone = good;
            CHECK_NOTHROW(NormaliseEnterprise(e, text));
        }
        for (const char* bad : {"abc", "0258 abc 123", "0258/3822123", "1234567", "+84 ()"}) {
            INFO(bad);
            auto e = Valid();
            e.phone = bad;
            try {
                NormaliseEnterprise(e, text);
                FAIL("accepted");
            } catch (const DomainError& error) {
                CHECK(error.Field() == "phone");
                CHECK_THAT(error.Message(Language::English),
                           Catch::StartsWith("Phone number '" + std::string(bad) + "'"));
            }
            CHECK_THROWS_AS(CheckEnterprisePhone(bad), DomainError);
        }
        CHECK_THROWS_WITH(CheckEnterprisePhone("abc"),
                          Catch::Contains("may hold only digits, spaces and + - ( ) ."));
        CHECK_THROWS_WITH(CheckEnterprisePhone("1234567"),
                          Catch::Contains("has only 7 digits; it needs at least 8"));
    }
    SECTION("an e-mail address: name@domain") {
        for (const char* good : {"", "vanthu@congty.vn", "a.b+c@so-khcn.khanhhoa.gov.vn"})
            CHECK_NOTHROW(CheckEnterpriseEmail(good));
        CHECK_THROWS_WITH(CheckEnterpriseEmail("vanthu.congty.vn"), Catch::Contains("has no @"));
        for (const char* bad : {"@congty.vn", "vanthu@", "vanthu@congty", "van thu@congty.vn", "a@b@c.vn",
                                "a@.vn", "a@congty."}) {
            INFO(bad);
            CHECK_THROWS_WITH(CheckEnterpriseEmail(bad), Catch::Contains("is not of the form name@domain"));
        }
    }
    SECTION("a VSIC code, returned in upper case") {
        CHECK(CheckEnterpriseVsic("c1075") == "C1075");
        CHECK_THROWS_WITH(CheckEnterpriseVsic("10a"), Catch::Contains("VSIC code '10A' is not valid"));
    }
    SECTION("lengths count characters, not bytes") {
        CHECK(CharacterCount("") == 0);
        CHECK(CharacterCount("Yến sào") == 7);
        CHECK(CharacterCount("Ệ") == 1);
        std::string name;
        for (std::size_t i = 0; i < kEnterpriseNameMaxCharacters; ++i) name += "ệ";
        REQUIRE(name.size() == 3 * kEnterpriseNameMaxCharacters);
        CHECK_NOTHROW(CheckEnterpriseName(name));
        CHECK_THROWS_WITH(
            CheckEnterpriseName(name + "a"),
            Catch::Contains(
                "The enterprise name is 401 characters long, beyond the limit of 400 characters."));
        std::string address(kEnterpriseAddressMaxCharacters + 1, 'a');
        CHECK_THROWS_WITH(CheckEnterpriseAddress(address), Catch::Contains("501 characters long"));
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
