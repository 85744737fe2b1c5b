// Users: the first administrator, sign-in (with its audit of failures and the lock they lead to),
// and the administrator's work on accounts and the certificates approvers sign with.
#pragma once

#include "actor.h"
#include "calendar_date.h"
#include "password_hasher.h"
#include "password_policy.h"
#include "pending_change.h"
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

// The machine a sign-in comes from, as the front end finds it (the domain does no I/O); recorded
// with every failed sign-in.
struct Workstation {
    std::string host;     // the machine's host name
    std::string os_user;  // who is logged in to the machine
};

class UserService {
public:
    // Without the common-password list: for everything but setting a password, which then throws.
    UserService(Store& store, const TextRules& text, const PasswordHasher& hasher, const Clock& clock)
        : m_store(store), m_text(text), m_hasher(hasher), m_clock(clock) {}
    UserService(Store& store, const TextRules& text, const PasswordHasher& hasher, const Clock& clock,
                const CommonPasswords& common)
        : m_store(store), m_text(text), m_hasher(hasher), m_clock(clock), m_common(&common) {}

    // Only on a database without users: creates the administrator who then creates the others.
    User CreateFirstAdmin(NewUser admin);
    bool HasUsers();

    // The actor for a name and password. Unknown names, wrong passwords, disabled and locked
    // accounts are refused alike (SignInFailed) so that the message does not tell which names
    // exist or which account is locked. Every refusal is audited (user.sign_in_failed: the name
    // tried, the workstation, the reason) in a transaction of its own; 5 failures within 15
    // minutes lock the account for 15 minutes (sign_in_lock.h). A success after failures is
    // audited too (user.sign_in), and a stored hash weaker than the hasher's is replaced
    // (user.rehash_password), in the same transaction.
    Actor SignIn(const std::string& name, std::string password, const Workstation& from);
    // Lifts a lock left by failed sign-ins (audited as user.unlock). Administrators only.
    User Unlock(const std::string& name, const Actor& actor);
    // Until when failed sign-ins lock the account; empty when it is not locked. Administrators only.
    std::optional<std::int64_t> LockedUntil(const std::string& name, const Actor& actor);

    // Adding an approver or an administrator, changing a role to one of these and enrolling a
    // certificate need a second administrator's confirmation (four_eyes.h): these methods apply
    // them at once only when none is needed (the one-person rule) and refuse otherwise; front ends
    // propose them through FourEyesService.
    User Add(NewUser user, const Actor& actor);                                    // admin
    std::vector<User> List(const Actor& actor);                                    // anyone signed in
    User SetDisabled(const std::string& name, bool disabled, const Actor& actor);  // admin
    User SetRole(const std::string& name, Role role, const Actor& actor);          // admin
    // The user's own password, or anyone's by an administrator.
    void SetPassword(const std::string& name, std::string password, const Actor& actor);
    // Enrols the certificate an approver signs with; the previous one stays on record as unbound.
    EnrolledCertificate BindCertificate(const std::string& name, const std::string& fingerprint,
                                        const std::string& subject, const Actor& actor);  // admin
    std::optional<EnrolledCertificate> CurrentCertificate(const std::string& name);
    // The new account as a change to propose: the name and display name checked, the password
    // checked and hashed (and wiped).
    ProposedChange NewUserChange(NewUser user) const;

private:
    User RequireUser(Transaction& tx, const std::string& name);
    // The new password against the rules of password_policy.h; wipes it when refused.
    void RequireStrong(std::string& password, const std::string& user_name) const;
    User MakeUser(NewUser& input) const;

    Store& m_store;
    const TextRules& m_text;
    const PasswordHasher& m_hasher;
    const Clock& m_clock;
    const CommonPasswords* m_common = nullptr;
};

}  // namespace innodesk::domain
