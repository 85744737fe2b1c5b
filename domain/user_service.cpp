// User use cases.
#include "user_service.h"

#include "audit_recorder.h"
#include "audit_views.h"
#include "errors.h"

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

User MakeUser(NewUser& input, const TextRules& text, const PasswordHasher& hasher, std::int64_t now) {
    User user;
    user.name = CheckedUserName(std::move(input.name));
    user.display_name = text.Clean(input.display_name, "display_name");
    if (user.display_name.empty()) user.display_name = user.name;
    user.role = input.role;
    try {
        RequireStrongPassword(input.password);
    } catch (...) {
        Wipe(input.password);
        throw;
    }
    user.password_hash = hasher.Hash(std::move(input.password));
    Wipe(input.password);
    user.created_at_unix = now;
    user.version = 1;
    return user;
}

DomainError SignInRefused() {
    return DomainError(ErrorCode::SignInFailed,
                       {"Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đã bị khóa.",
                        "Wrong user name or password, or the account is disabled."},
                       "password");
}

}  // namespace

bool UserService::HasUsers() {
    auto tx = m_store.Begin(TransactionMode::Read);
    return tx->Users().Count() > 0;
}

User UserService::CreateFirstAdmin(NewUser admin) {
    admin.role = Role::Admin;
    User user = MakeUser(admin, m_text, m_hasher, m_clock.NowUnixSeconds());
    auto tx = m_store.Begin(TransactionMode::Write);
    if (tx->Users().Count() > 0)
        throw DomainError(ErrorCode::PermissionDenied,
                          {"Cơ sở dữ liệu đã có người dùng; quản trị viên tạo thêm người dùng bằng 'user add'.",
                           "The database already has users; an administrator adds more with 'user add'."});
    user.id = tx->Users().Insert(user);
    RecordChange(*tx, m_clock, kSystem, "user.create", "user", user.id, nullptr, AuditView(user));
    tx->Commit();
    return user;
}

Actor UserService::SignIn(const std::string& name, std::string password) {
    std::optional<User> user;
    {
        auto tx = m_store.Begin(TransactionMode::Read);
        user = tx->Users().FindByName(name);
    }
    // An unknown name costs the same hashing time as a known one: it is checked against the
    // hash of a random password nobody knows, with the default (OWASP) parameters.
    static const std::string kDecoy = "$scrypt$ln=17,r=8,p=1$v/f47Gu8bD9CgjSYy/5fjQ$U8gobdiiHIP5d6pt2ab1j1/2UU04uB4P2zrA9kxPWKE";
    const bool matches = m_hasher.Verify(std::move(password), user ? user->password_hash : kDecoy);
    Wipe(password);
    if (!user || !matches || user->disabled) throw SignInRefused();
    return Actor{user->name, user->role, user->id};
}

User UserService::RequireUser(Transaction& tx, const std::string& name) {
    if (auto user = tx.Users().FindByName(name)) return *user;
    throw DomainError(ErrorCode::NotFound,
                      {"Không có người dùng '" + name + "'.", "There is no user '" + name + "'."}, "name");
}

void UserService::RequireAnotherAdmin(Transaction& tx, const User& changed) {
    for (const auto& user : tx.Users().List())
        if (user.id != changed.id && user.role == Role::Admin && !user.disabled) return;
    throw DomainError(ErrorCode::InvalidValue,
                      {"Không thể: " + changed.name + " là quản trị viên duy nhất còn hoạt động. Tạo quản trị viên khác trước.",
                       "Not possible: " + changed.name + " is the only active administrator. Create another one first."},
                      "role");
}

User UserService::Add(NewUser input, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Admin}, "tạo người dùng", "add users");
    User user = MakeUser(input, m_text, m_hasher, m_clock.NowUnixSeconds());
    auto tx = m_store.Begin(TransactionMode::Write);
    if (tx->Users().FindByName(user.name))
        throw DomainError(ErrorCode::Duplicate,
                          {"Tên đăng nhập '" + user.name + "' đã có.", "The sign-in name '" + user.name + "' is taken."},
                          "name");
    user.id = tx->Users().Insert(user);
    RecordChange(*tx, m_clock, actor, "user.create", "user", user.id, nullptr, AuditView(user));
    tx->Commit();
    return user;
}

std::vector<User> UserService::List(const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer, Role::Approver, Role::Admin, Role::Viewer}, "xem người dùng", "list users");
    auto tx = m_store.Begin(TransactionMode::Read);
    auto users = tx->Users().List();
    for (auto& user : users) user.password_hash.clear();  // never leaves the service
    return users;
}

User UserService::SetDisabled(const std::string& name, bool disabled, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Admin}, "khóa/mở khóa người dùng", "disable or enable users");
    auto tx = m_store.Begin(TransactionMode::Write);
    User user = RequireUser(*tx, name);
    const User before = user;
    if (disabled && user.role == Role::Admin) RequireAnotherAdmin(*tx, user);
    user.disabled = disabled;
    tx->Users().Update(user);
    user.version += 1;
    RecordChange(*tx, m_clock, actor, disabled ? "user.disable" : "user.enable", "user", user.id, AuditView(before),
                 AuditView(user));
    tx->Commit();
    user.password_hash.clear();
    return user;
}

User UserService::SetRole(const std::string& name, Role role, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Admin}, "đổi vai trò người dùng", "change users' roles");
    auto tx = m_store.Begin(TransactionMode::Write);
    User user = RequireUser(*tx, name);
    const User before = user;
    if (user.role == Role::Admin && role != Role::Admin) RequireAnotherAdmin(*tx, user);
    user.role = role;
    tx->Users().Update(user);
    user.version += 1;
    RecordChange(*tx, m_clock, actor, "user.set_role", "user", user.id, AuditView(before), AuditView(user));
    tx->Commit();
    user.password_hash.clear();
    return user;
}

void UserService::SetPassword(const std::string& name, std::string password, const Actor& actor) {
    try {
        if (actor.user_name != name)
            RequireRole(m_store, actor, {Role::Admin}, "đặt mật khẩu của người khác", "set another user's password");
        RequireStrongPassword(password);
    } catch (...) {
        Wipe(password);
        throw;
    }
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
    RequireRole(m_store, actor, {Role::Admin}, "đăng ký chứng thư số cho người dùng", "enrol users' certificates");
    auto tx = m_store.Begin(TransactionMode::Write);
    const User user = RequireUser(*tx, name);
    if (user.role != Role::Approver)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Chỉ lãnh đạo phê duyệt mới ký quyết định; " + name + " có vai trò " +
                               std::string(EntryOf(Roles(), user.role).vi) + ".",
                           "Only approvers sign decisions; " + name + " has the role " +
                               std::string(EntryOf(Roles(), user.role).en) + "."},
                          "role");
    for (const auto& other : tx->Users().FindCertificates(fingerprint))
        if (other.user_id != user.id && !other.unbound_at_unix)
            throw DomainError(ErrorCode::Duplicate,
                              {"Chứng thư số này đang được đăng ký cho người dùng khác.",
                               "This certificate is enrolled for another user."},
                              "certificate");
    const auto previous = tx->Users().CurrentCertificate(user.id);
    EnrolledCertificate certificate{user.id, fingerprint, subject, m_clock.NowUnixSeconds(), std::nullopt};
    tx->Users().BindCertificate(certificate);
    const auto view = [](const std::optional<EnrolledCertificate>& c) -> JsonValue {
        if (!c) return nullptr;
        return JsonValue::Object{{"fingerprint", c->fingerprint}, {"subject", c->subject}};
    };
    RecordChange(*tx, m_clock, actor, "user.bind_certificate", "user", user.id, view(previous), view(certificate));
    tx->Commit();
    return certificate;
}

std::optional<EnrolledCertificate> UserService::CurrentCertificate(const std::string& name) {
    auto tx = m_store.Begin(TransactionMode::Read);
    return tx->Users().CurrentCertificate(RequireUser(*tx, name).id);
}

}  // namespace innodesk::domain
