// Money: parsing what officers type, Vietnamese formatting, overflow checks.
#include "domain/money.h"
#include "domain/errors.h"

#include <catch2/catch.hpp>

#include <limits>

using innodesk::domain::DomainError;
using innodesk::domain::ErrorCode;
using innodesk::domain::Language;
using innodesk::domain::Money;

TEST_CASE("Amounts parse in the forms officers and Excel write them", "[domain]") {
    const auto [text, dong] = GENERATE(table<std::string, long long>({
        {"1234567", 1234567},
        {"1.234.567", 1234567},
        {"1,234,567", 1234567},
        {"1 234 567", 1234567},
        {"1.234.567 ₫", 1234567},
        {"1.234.567đ", 1234567},
        {"500.000 VND", 500000},
        {"  0 ", 0},
        {"-25.000", -25000},
        {"1\xC2\xA0"
         "000",
         1000},
    }));
    INFO(text);
    CHECK(Money::Parse(text).Dong() == dong);
}

TEST_CASE("Fractions, stray characters and empty text are refused with a reason", "[domain]") {
    const auto [text, reason] = GENERATE(table<std::string, std::string>({
        {"1.5", "no fractional part"},
        {"12,50", "no fractional part"},
        {"abc", "'a' is not a digit"},
        {"", "empty"},
        {"₫", "empty"},
    }));
    INFO(text);
    try {
        Money::Parse(text, "amount");
        FAIL("accepted " << text);
    } catch (const DomainError& error) {
        CHECK(error.Code() == ErrorCode::InvalidValue);
        CHECK(error.Field() == "amount");
        CHECK_THAT(error.Message(Language::English), Catch::Contains(reason));
    }
}

TEST_CASE("Money formats with dots and the đồng sign", "[domain]") {
    CHECK(Money::Dong(0).Format() == "0 ₫");
    CHECK(Money::Dong(999).Format() == "999 ₫");
    CHECK(Money::Dong(1000).Format() == "1.000 ₫");
    CHECK(Money::Dong(1234567).Format() == "1.234.567 ₫");
    CHECK(Money::Dong(-1500000).Format() == "-1.500.000 ₫");
    CHECK(Money::Dong(std::numeric_limits<std::int64_t>::min()).Format() == "-9.223.372.036.854.775.808 ₫");
}

TEST_CASE("Arithmetic refuses to overflow", "[domain]") {
    const auto max = Money::Dong(std::numeric_limits<std::int64_t>::max());
    CHECK_THROWS_MATCHES(max + Money::Dong(1), DomainError,
                         Catch::Predicate<DomainError>(
                             [](const DomainError& e) { return e.Code() == ErrorCode::MoneyOverflow; }));
    CHECK_THROWS_AS(Money::Dong(std::numeric_limits<std::int64_t>::min()) - Money::Dong(1), DomainError);
    CHECK_THROWS_AS(Money::Parse("99999999999999999999"), DomainError);
    CHECK((Money::Dong(5) + Money::Dong(7)).Dong() == 12);
    CHECK(Money::Dong(1001).PercentOf(50).Dong() == 500);  // rounded down to the whole đồng
}
