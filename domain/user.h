// Users of InnoDesk: a sign-in name, a role, a password hash, and the certificates enrolled for
// signing. Certificates are never forgotten once bound, only unbound, so that a decision signed
// with an earlier certificate still verifies as the approver's.
#pragma once

#include "actor.h"

#include <optional>
#include <string>
#include <vector>

namespace innodesk::domain {

struct User {
    UserId id = 0;
    std::string name;  // sign-in name: lower-case ASCII letters, digits, '.', '_' or '-'
    std::string display_name;
    Role role = Role::Viewer;
    std::string password_hash;  // PasswordHasher's self-describing string; never shown
    bool disabled = false;
    std::int64_t created_at_unix = 0;
    std::int64_t version = 0;
};

struct EnrolledCertificate {
    UserId user_id = 0;
    std::string fingerprint;  // lower-case hex SHA-256 of the DER certificate
    std::string subject;
    std::int64_t bound_at_unix = 0;
    std::optional<std::int64_t> unbound_at_unix;  // set when replaced or withdrawn
};

// Refuses a name that is not a plain sign-in name, saying which character is wrong.
std::string CheckedUserName(std::string name);

}  // namespace innodesk::domain
