// The rules a new password must meet: long enough, not one character repeated, not the user's own
// name, and not in the list of common passwords that InnoDesk ships as data (data/passwords/).
#pragma once

#include "text_rules.h"

#include <cstddef>
#include <string>
#include <unordered_set>
#include <vector>

namespace innodesk::domain {

inline constexpr std::size_t kMinPasswordCharacters = 12;

// The shipped list of passwords that attackers try first, each kept as TextRules::SearchFold gives
// it, so that "Password1234", "PASSWORD1234" and "pässword1234" are one entry.
class CommonPasswords {
public:
    CommonPasswords() = default;
    CommonPasswords(const TextRules& text, const std::vector<std::string>& passwords);

    bool Contains(const TextRules& text, const std::string& password) const;
    std::size_t Size() const { return m_folded.size(); }

private:
    std::unordered_set<std::string> m_folded;
};

// Throws InvalidValue (field "password") naming the rule the password breaks: fewer than 12
// characters (code points, so that accents do not count double), one character repeated, the
// sign-in name inside it, or a common password. Case and accents are ignored for the last two.
void RequireStrongPassword(const std::string& password, const std::string& user_name, const TextRules& text,
                           const CommonPasswords& common);

}  // namespace innodesk::domain
