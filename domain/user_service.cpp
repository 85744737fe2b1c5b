// User use cases.
#include "user_service.h"

#include "audit_recorder.h"
#include "audit_views.h"
#include "errors.h"
#include "four_eyes.h"
#include "password_commitment.h"
#include "sign_in_lock.h"

#include <cstdio>
#include <cstring>

namespace innodesk::domain {
namespace {

const Actor kSystem{"system", Role::Admin, 0};

// Overwrites a secret before its memory is released (volatile so that it is not optimised away).
void Wipe(std::string& secret) {
    volatile char* bytes = secret.data();
    for (std::size_t i = 0; i < secret.size(); ++i) bytes[i] = 0;
    secret.clear();
}

// The one message for every refused sign-in, locked accounts included.
LocalisedText SignInRefusedText() {
    return {"Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đã bị khóa.",
            "Wrong user name or password, or the account is disabled."};
}

DomainError SignInRefused() {
    return DomainError(ErrorCode::SignInFailed, SignInRefusedText(), "password");
}

// Text from outside (a name typed at the prompt, the host name) as printable ASCII for the audit
// trail: other bytes as \xNN, at most 64 bytes kept, so that any input makes a valid entry.
std::string Printable(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size() && i < 64; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c < 0x7F && c != '\\') {
            out += static_cast<char>(c);
        } else {
            char escaped[5];
            std::snprintf(escaped, sizeof escaped, "\\x%02x", c);
            out += escaped;
        }
    }
    if (text.size() > 64) out += "…";
    return out;
}

JsonValue WorkstationView(const Workstation& from) {
    return JsonValue::Object{{"host", Printable(from.host)}, {"os_user", Printable(from.os_user)}};
}

// The algorithm and parameters of a stored hash, without its salt and value: "$scrypt$ln=17,r=8,p=1".
std::string HashScheme(const std::string& stored) {
    const std::size_t value = stored.rfind('$');
    const std::size_t salt =
        value == std::string::npos || value == 0 ? std::string::npos : stored.rfind('$', value - 1);
    return salt == std::string::npos ? std::string() : stored.substr(0, salt);
}

JsonValue OptionalTime(const std::optional<std::int64_t>& at) {
    return at ? JsonValue(*at) : JsonValue();
}

}  // namespace

bool UserService::HasUsers() {
    auto tx = m_store.Begin(TransactionMode::Read);
    return tx->Users().Count() > 0;
}

void UserService::RequireStrong(std::string& password, const std::string& user_name) const {
    try {
        if (!m_common)
            throw DomainError(ErrorCode::Storage,
                              {"Chưa nạp danh sách mật khẩu phổ biến nên không thể đặt mật khẩu.",
                               "The list of common passwords is not loaded, so no password can be set."},
                              "password");
        RequireStrongPassword(password, user_name, m_text, *m_common);
    } catch (...) {
        Wipe(password);
        throw;
    }
}

User UserService::MakeUser(NewUser& input) const {
    User user;
    try {
        user.name = CheckedUserName(std::move(input.name));
        user.display_name = m_text.Clean(input.display_name, "display_name");
    } catch (...) {
        Wipe(input.password);
        throw;
    }
    if (user.display_name.empty()) user.display_name = user.name;
    user.role = input.role;
    RequireStrong(input.password, user.name);
    user.password_hash = m_hasher.Hash(std::move(input.password));
    Wipe(input.password);
    user.created_at_unix = m_clock.NowUnixSeconds();
    user.version = 1;
    return user;
}

User UserService::CreateFirstAdmin(NewUser admin) {
    admin.role = Role::Admin;
    User user = MakeUser(admin);
    auto tx = m_store.Begin(TransactionMode::Write);
    if (tx->Users().Count() > 0)
        throw DomainError(
            ErrorCode::PermissionDenied,
            {"Cơ sở dữ liệu đã có người dùng; quản trị viên tạo thêm người dùng bằng 'user add'.",
             "The database already has users; an administrator adds more with 'user add'."});
    user.id = tx->Users().Insert(user);
    RecordChange(*tx, m_clock, kSystem, "user.create", "user", user.id, nullptr, AuditView(user));
    tx->Commit();
    return user;
}

Actor UserService::SignIn(const std::string& name, std::string password, const Workstation& from) {
    // A name no account can have (any bytes may be typed at the prompt; PostgreSQL refuses invalid
    // UTF-8 in a query) is not looked up: it is an unknown name like any other.
    bool could_exist = true;
    try {
        CheckedUserName(name);
    } catch (const DomainError&) {
        could_exist = false;
    }
    std::optional<User> user;
    if (could_exist) {
        auto tx = m_store.Begin(TransactionMode::Read);
        user = tx->Users().FindByName(name);
    }
    // An unknown name costs the same hashing time as a known one: it is checked against the
    // hash of a random password nobody knows, with the default (OWASP) parameters.
    static const std::string kDecoy =
        "$scrypt$ln=17,r=8,p=1$v/f47Gu8bD9CgjSYy/5fjQ$U8gobdiiHIP5d6pt2ab1j1/2UU04uB4P2zrA9kxPWKE";
    const std::string& stored = user ? user->password_hash : kDecoy;
    // The password is kept for a new hash only when the stored one is weaker than today's.
    std::string kept;
    try {
        if (user && m_hasher.NeedsRehash(stored)) kept = password;
    } catch (...) {
        Wipe(password);
        throw;
    }
    const bool matches = m_hasher.Verify(std::move(password), stored);
    Wipe(password);
    std::string new_hash;
    if (!kept.empty() && matches && !user->disabled) new_hash = m_hasher.Hash(std::move(kept));
    Wipe(kept);

    const std::int64_t now = m_clock.NowUnixSeconds();
    const auto recent_entries = [&](Transaction& tx) {
        return user ? tx.Audit().ForEntitySince("user", user->id, now - kSignInHistorySeconds)
                    : std::vector<AuditEntry>{};
    };
    const auto refuse = [&](const char* reason) {
        try {
            auto tx = m_store.Begin(TransactionMode::Write);
            // This failure counts too: it may be the one that locks the account.
            auto recent = recent_entries(*tx);
            AuditEntry failure;
            failure.at_unix = now;
            failure.action = kAuditSignInFailed;
            recent.push_back(failure);
            RecordChangeAt(
                *tx, now, Actor{Printable(name), Role::Viewer, 0}, kAuditSignInFailed, "user",
                user ? user->id : 0, nullptr,
                JsonValue::Object{{"name", Printable(name)},
                                  {"workstation", WorkstationView(from)},
                                  {"reason", std::string(reason)},
                                  {"locked_until", OptionalTime(domain::LockedUntil(recent, now))}});
            tx->Commit();
        } catch (const DomainError& unrecorded) {
            // Said alike for every name, so it tells nothing about the account either.
            const LocalisedText text = SignInRefusedText();
            throw DomainError(ErrorCode::SignInFailed,
                              {text.vi + " (Không ghi được lần đăng nhập thất bại này vào nhật ký: " +
                                   unrecorded.Message(Language::Vietnamese) + ")",
                               text.en + " (This failed sign-in could not be written to the audit trail: " +
                                   unrecorded.Message(Language::English) + ")"},
                              "password");
        }
        throw SignInRefused();
    };
    if (!user) refuse("unknown_user");

    std::vector<AuditEntry> recent;
    {
        auto tx = m_store.Begin(TransactionMode::Read);
        recent = recent_entries(*tx);
    }
    if (domain::LockedUntil(recent, now)) refuse("locked");
    if (user->disabled) refuse("disabled");
    if (!matches) refuse("wrong_password");

    const int failures = FailuresSinceReset(recent);
    if (failures > 0 || !new_hash.empty()) {
        auto tx = m_store.Begin(TransactionMode::Write);
        const Actor actor{user->name, user->role, user->id};
        // Ends the run of failures, so that the next ones start a new count.
        if (failures > 0)
            RecordChange(
                *tx, m_clock, actor, kAuditSignInAfterFailures, "user", user->id, nullptr,
                JsonValue::Object{{"failures_before", failures}, {"workstation", WorkstationView(from)}});
        if (!new_hash.empty()) {
            User account = RequireUser(*tx, user->name);
            const std::string scheme_before = HashScheme(account.password_hash);
            account.password_hash = std::move(new_hash);
            tx->Users().Update(account);
            RecordChange(*tx, m_clock, actor, kAuditRehashPassword, "user", user->id,
                         JsonValue::Object{{"hash_scheme", scheme_before}},
                         JsonValue::Object{{"hash_scheme", HashScheme(account.password_hash)},
                                           {std::string(kPasswordCommitmentField),
                                            PasswordCommitment(account.password_hash)}});
        }
        tx->Commit();
    }
    return Actor{user->name, user->role, user->id};
}

User UserService::Unlock(const std::string& name, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Admin}, "mở khóa đăng nhập cho người dùng", "unlock users' sign-in");
    const std::int64_t now = m_clock.NowUnixSeconds();
    auto tx = m_store.Begin(TransactionMode::Write);
    User user = RequireUser(*tx, name);
    const auto until =
        domain::LockedUntil(tx->Audit().ForEntitySince("user", user.id, now - kSignInHistorySeconds), now);
    RecordChange(*tx, m_clock, actor, kAuditUnlock, "user", user.id,
                 JsonValue::Object{{"locked_until", OptionalTime(until)}},
                 JsonValue::Object{{"locked_until", nullptr}});
    tx->Commit();
    user.password_hash.clear();
    return user;
}

std::optional<std::int64_t> UserService::LockedUntil(const std::string& name, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Admin}, "xem tài khoản bị khóa đăng nhập", "see locked accounts");
    const std::int64_t now = m_clock.NowUnixSeconds();
    auto tx = m_store.Begin(TransactionMode::Read);
    const User user = RequireUser(*tx, name);
    return domain::LockedUntil(tx->Audit().ForEntitySince("user", user.id, now - kSignInHistorySeconds), now);
}

User UserService::RequireUser(Transaction& tx, const std::string& name) {
    if (auto user = tx.Users().FindByName(name)) return *user;
    throw DomainError(ErrorCode::NotFound,
                      {"Không có người dùng '" + name + "'.", "There is no user '" + name + "'."}, "name");
}

User UserService::Add(NewUser input, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Admin}, "tạo người dùng", "add users");
    const ProposedChange change = NewUserChange(std::move(input));
    auto tx = m_store.Begin(TransactionMode::Write);
    RequireNoSecondAdministrator(*tx, change);
    User user = *ApplyChange(*tx, m_clock, actor, change).user;
    tx->Commit();
    user.password_hash = change.password_hash;  // as before: the caller made it
    return user;
}

ProposedChange UserService::NewUserChange(NewUser input) const {
    const User user = MakeUser(input);
    ProposedChange change;
    change.kind = ChangeKind::AddUser;
    change.user_name = user.name;
    change.display_name = user.display_name;
    change.role = user.role;
    change.password_hash = user.password_hash;
    return change;
}

std::vector<User> UserService::List(const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer, Role::Approver, Role::Admin, Role::Viewer, Role::Clerk},
                "xem người dùng", "list users");
    auto tx = m_store.Begin(TransactionMode::Read);
    auto users = tx->Users().List();
    for (auto& user : users) user.password_hash.clear();  // never leaves the service
    return users;
}

User UserService::SetDisabled(const std::string& name, bool disabled, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Admin}, "khóa/mở khóa người dùng", "disable or enable users");
    auto tx = m_store.Begin(TransactionMode::Write);
    if (disabled) {
        // Disabling an active administrator is a four-eyes change (four_eyes.h).
        ProposedChange change;
        change.kind = ChangeKind::DisableUser;
        change.user_name = name;
        RequireNoSecondAdministrator(*tx, change);
        User user = *ApplyChange(*tx, m_clock, actor, change).user;
        tx->Commit();
        return user;
    }
    User user = RequireUser(*tx, name);
    const User before = user;
    user.disabled = disabled;
    tx->Users().Update(user);
    user.version += 1;
    RecordChange(*tx, m_clock, actor, "user.enable", "user", user.id, AuditView(before), AuditView(user));
    tx->Commit();
    user.password_hash.clear();
    return user;
}

User UserService::SetRole(const std::string& name, Role role, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Admin}, "đổi vai trò người dùng", "change users' roles");
    ProposedChange change;
    change.kind = ChangeKind::SetRole;
    change.user_name = name;
    change.role = role;
    auto tx = m_store.Begin(TransactionMode::Write);
    RequireNoSecondAdministrator(*tx, change);
    User user = *ApplyChange(*tx, m_clock, actor, change).user;
    tx->Commit();
    return user;
}

void UserService::SetPassword(const std::string& name, std::string password, const Actor& actor) {
    try {
        if (actor.user_name != name)
            RequireRole(m_store, actor, {Role::Admin}, "đặt mật khẩu của người khác",
                        "set another user's password");
    } catch (...) {
        Wipe(password);
        throw;
    }
    RequireStrong(password, name);
    std::string hash = m_hasher.Hash(std::move(password));
    Wipe(password);
    auto tx = m_store.Begin(TransactionMode::Write);
    User user = RequireUser(*tx, name);
    user.password_hash = std::move(hash);
    tx->Users().Update(user);
    // The hash itself is not recorded; the entry says that the password changed and by whom.
    RecordChange(*tx, m_clock, actor, "user.set_password", "user", user.id, AuditView(user), AuditView(user));
    tx->Commit();
}

EnrolledCertificate UserService::BindCertificate(const std::string& name, const std::string& fingerprint,
                                                 const std::string& subject, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Admin}, "đăng ký chứng thư số cho người dùng",
                "enrol users' certificates");
    ProposedChange change;
    change.kind = ChangeKind::EnrolCertificate;
    change.user_name = name;
    change.fingerprint = fingerprint;
    change.subject = subject;
    auto tx = m_store.Begin(TransactionMode::Write);
    RequireNoSecondAdministrator(*tx, change);
    const EnrolledCertificate certificate = *ApplyChange(*tx, m_clock, actor, change).certificate;
    tx->Commit();
    return certificate;
}

std::optional<EnrolledCertificate> UserService::CurrentCertificate(const std::string& name) {
    auto tx = m_store.Begin(TransactionMode::Read);
    return tx->Users().CurrentCertificate(RequireUser(*tx, name).id);
}

}  // namespace innodesk::domain
