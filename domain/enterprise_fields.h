// The rules of an enterprise's single fields (name length, VSIC code, phone, e-mail), one function
// each, so that the desktop checks a field as it is typed with the very rule NormaliseEnterprise
// applies when the enterprise is saved.
#pragma once

#include "character_count.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace innodesk::domain {

// Limits in characters (Unicode code points of the NFC text), as a person counts them: a
// Vietnamese letter with its marks is one, however many bytes UTF-8 spends on it.
inline constexpr std::size_t kEnterpriseNameMaxCharacters = 400;  // the longest registered are ~250
inline constexpr std::size_t kEnterpriseAddressMaxCharacters = 500;
inline constexpr std::size_t kEnterprisePhoneMaxCharacters = 40;
inline constexpr std::size_t kEnterpriseEmailMaxCharacters = 254;  // RFC 5321's longest path
inline constexpr std::size_t kEnterpriseVsicMaxCharacters = 6;     // a section letter and 5 digits

// Each takes the field as cleaned (TextRules::Clean) and throws DomainError(InvalidValue) naming
// the field, in both languages, when it breaks the rule; an empty optional field passes.
// The name: no longer than kEnterpriseNameMaxCharacters.
void CheckEnterpriseName(const std::string& name);
void CheckEnterpriseAddress(const std::string& address);
// A section letter (A–U) or a 2–5 digit code, either case; returns it in upper case.
std::string CheckEnterpriseVsic(std::string vsic);
// Digits, spaces, + - ( ) and dots, with at least 8 digits: "0258 3822 123", "+84 (258) 382.2123".
void CheckEnterprisePhone(const std::string& phone);
// One @ with something before it, and a domain with a dot after it, no spaces.
void CheckEnterpriseEmail(const std::string& email);

}  // namespace innodesk::domain
