// Money in Vietnamese đồng: a whole number, no minor unit, overflow-checked arithmetic.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace innodesk::domain {

class Money {
public:
    constexpr Money() = default;
    static constexpr Money Dong(std::int64_t dong) { return Money(dong); }

    // Accepts what officers type: "1.234.567", "1,234,567 đ", "1 234 567 VND", "1234567₫".
    // Refuses fractions, signs in the middle, and values beyond int64 — with the reason.
    static Money Parse(std::string_view text, std::string_view field = "amount");

    constexpr std::int64_t Dong() const { return m_dong; }
    constexpr bool IsNegative() const { return m_dong < 0; }
    constexpr bool IsZero() const { return m_dong == 0; }

    Money operator+(Money other) const;  // throws MoneyOverflow
    Money operator-(Money other) const;  // throws MoneyOverflow
    Money& operator+=(Money other) { return *this = *this + other; }
    Money& operator-=(Money other) { return *this = *this - other; }
    // The share of this amount at percent (0–100), rounded down to the whole đồng.
    Money PercentOf(int percent) const;

    constexpr auto operator<=>(const Money&) const = default;

    // Vietnamese notation: "1.234.567 ₫" (dots group thousands).
    std::string Format() const;
    // Digits only, for files and JSON: "1234567".
    std::string Plain() const { return std::to_string(m_dong); }

private:
    constexpr explicit Money(std::int64_t dong) : m_dong(dong) {}
    std::int64_t m_dong = 0;
};

// Refuses a negative amount for a field that must be zero or more.
void RequireNonNegative(Money amount, std::string_view field, std::string_view label_vi,
                        std::string_view label_en);

}  // namespace innodesk::domain
