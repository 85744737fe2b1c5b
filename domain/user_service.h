// Users: the first administrator, sign-in, and the administrator's work on accounts and the
// certificates approvers sign with.
#pragma once

#include "actor.h"
#include "calendar_date.h"
#include "password_hasher.h"
#include "store.h"
#include "text_rules.h"
#include "user.h"

#include <string>
#include <vector>

namespace innodesk::domain {

struct NewUser {
    std::string name;
    std::string display_name;
    Role role = Role::Viewer;
    std::string password;  // wiped once hashed
};

class UserService {
public:
    UserService(Store& store, const TextRules& text, const PasswordHasher& hasher, const Clock& clock)
        : m_store(store), m_text(text), m_hasher(hasher), m_clock(clock) {}

    // Only on a database without users: creates the administrator who then creates the others.
    User CreateFirstAdmin(NewUser admin);
    bool HasUsers();

    // The actor for a name and password. Unknown names, wrong passwords and disabled accounts
    // are refused alike (SignInFailed) so that the message does not tell which names exist.
    Actor SignIn(const std::string& name, std::string password);

    User Add(NewUser user, const Actor& actor);                                   // admin
    std::vector<User> List(const Actor& actor);                                   // anyone signed in
    User SetDisabled(const std::string& name, bool disabled, const Actor& actor);  // admin
    User SetRole(const std::string& name, Role role, const Actor& actor);          // admin
    // The user's own password, or anyone's by an administrator.
    void SetPassword(const std::string& name, std::string password, const Actor& actor);
    // Enrols the certificate an approver signs with; the previous one stays on record as unbound.
    EnrolledCertificate BindCertificate(const std::string& name, const std::string& fingerprint,
                                        const std::string& subject, const Actor& actor);  // admin
    std::optional<EnrolledCertificate> CurrentCertificate(const std::string& name);

private:
    User RequireUser(Transaction& tx, const std::string& name);
    // Refuses a change that would leave no active administrator.
    void RequireAnotherAdmin(Transaction& tx, const User& changed);

    Store& m_store;
    const TextRules& m_text;
    const PasswordHasher& m_hasher;
    const Clock& m_clock;
};

}  // namespace innodesk::domain
