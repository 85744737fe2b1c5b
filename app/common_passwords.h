// Reading the common-password list InnoDesk ships (data/passwords/, installed to
// share/innodesk/passwords) for the password rules of domain/password_policy.h.
#pragma once

#include "domain/password_policy.h"
#include "domain/text_rules.h"

#include <filesystem>

namespace innodesk::app {

// The list in `file` (default: PasswordsDirectory()/common-passwords.txt): one password a line,
// '#' comments and empty lines skipped. Throws DomainError(NotFound) when it cannot be read, since
// setting a password without it would silently accept the commonest ones.
domain::CommonPasswords LoadCommonPasswords(const domain::TextRules& text,
                                            const std::filesystem::path& file = {});

}  // namespace innodesk::app
