// Tax codes: normalisation, the check digit, branches, personal IDs, and the exact reasons.
#include "domain/tax_code.h"
#include "domain/errors.h"

#include <catch2/catch.hpp>

using innodesk::domain::DomainError;
using innodesk::domain::ErrorCode;
using innodesk::domain::Language;
using innodesk::domain::TaxCode;
using innodesk::domain::TaxCodeKind;

namespace {

std::string ReasonFor(const std::string& raw) {
    try {
        TaxCode::Parse(raw);
    } catch (const DomainError& error) {
        CHECK(error.Code() == ErrorCode::InvalidTaxCode);
        CHECK(error.Field() == "tax_code");
        CHECK_FALSE(error.Message(Language::Vietnamese).empty());
        return error.Message(Language::English);
    }
    FAIL("expected " << raw << " to be refused");
    return {};
}

}  // namespace

TEST_CASE("Valid enterprise tax codes pass and are normalised", "[domain]") {
    const auto [raw, normalised] = GENERATE(table<std::string, std::string>({
        {"0300588569", "0300588569"},
        {"0101248141", "0101248141"},
        {" 0101 248 141 ", "0101248141"},
        {"0101.248.141", "0101248141"},
        {"0101\xC2\xA0"
         "248141",
         "0101248141"},
    }));
    INFO(raw);
    const auto code = TaxCode::Parse(raw);
    CHECK(code.Value() == normalised);
    CHECK(code.Kind() == TaxCodeKind::Enterprise);
    CHECK(code.FamilyKey() == normalised);
}

TEST_CASE("The check digit is computed with the weights 31 29 23 19 17 13 7 5 3", "[domain]") {
    CHECK(TaxCode::CheckDigitFor("030058856") == 9);
    CHECK(TaxCode::CheckDigitFor("010124814") == 1);
    // 0·31+…: a prefix whose weighted sum is a multiple of 11 would need 10 and is never issued.
    CHECK_FALSE(TaxCode::CheckDigitFor("000000000").has_value());
}

TEST_CASE("A wrong check digit names the digit it should be", "[domain]") {
    const auto reason = ReasonFor("0300588568");
    CHECK_THAT(reason, Catch::Contains("should be 9, not 8"));
}

TEST_CASE("Branches: 10+3 digits with or without the dash", "[domain]") {
    const auto with_dash = TaxCode::Parse("0101248141-001");
    const auto without = TaxCode::Parse("0101248141001");
    CHECK(with_dash == without);
    CHECK(with_dash.Kind() == TaxCodeKind::Branch);
    CHECK(with_dash.Value() == "0101248141-001");
    CHECK(with_dash.FamilyKey() == "0101248141");
    CHECK_THAT(ReasonFor("0101248141-000"), Catch::Contains("000 does not exist"));
    CHECK_THAT(ReasonFor("0101248141-01"), Catch::Contains("must be 3 digits"));
    CHECK_THAT(ReasonFor("0101248142-001"), Catch::Contains("check digit"));
}

TEST_CASE("Household businesses use a 12-digit personal ID with a province code", "[domain]") {
    const auto code = TaxCode::Parse("056090001234");
    CHECK(code.Kind() == TaxCodeKind::PersonalId);
    CHECK(code.FamilyKey() == "056090001234");
    CHECK_THAT(ReasonFor("099090001234"), Catch::Contains("099 is not a province code"));
}

TEST_CASE("Other shapes are refused with the reason", "[domain]") {
    CHECK_THAT(ReasonFor(""), Catch::Contains("empty"));
    CHECK_THAT(ReasonFor("300588569"), Catch::Contains("leading 0 may have been dropped"));
    CHECK_THAT(ReasonFor("03005885A9"), Catch::Contains("'A' is not a digit"));
    CHECK_THAT(ReasonFor("03005885691"), Catch::Contains("11 digits"));
}
