// Mã số thuế: the identity of an enterprise, a branch, or (since 1 July 2025) a household
// business owner's 12-digit personal identification number.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace innodesk::domain {

enum class TaxCodeKind {
    Enterprise,  // 10 digits, the 10th a check digit
    Branch,      // parent's 10 digits + "-" + 001..999
    PersonalId,  // 12-digit personal identification number (CCCD)
};

class TaxCode {
public:
    TaxCode() = default;  // empty: "no tax code yet"; every record is validated before storage
    // Normalises (spaces, dots, no-break spaces removed; 13 digits read as a branch) and
    // validates; throws DomainError(InvalidTaxCode) saying exactly what is wrong.
    static TaxCode Parse(std::string_view raw);

    // The check digit for the first nine digits, or nullopt for a prefix that is never issued.
    static std::optional<int> CheckDigitFor(std::string_view nine_digits);

    bool Empty() const { return m_value.empty(); }
    const std::string& Value() const { return m_value; }  // "0101248141", "0101248141-001"
    TaxCodeKind Kind() const { return m_kind; }
    // What branches share with their parent: the first 10 digits; a personal ID is its own family.
    std::string FamilyKey() const { return m_kind == TaxCodeKind::Branch ? m_value.substr(0, 10) : m_value; }

    auto operator<=>(const TaxCode&) const = default;

private:
    TaxCode(std::string value, TaxCodeKind kind) : m_value(std::move(value)), m_kind(kind) {}
    std::string m_value;
    TaxCodeKind m_kind = TaxCodeKind::Enterprise;
};

}  // namespace innodesk::domain
