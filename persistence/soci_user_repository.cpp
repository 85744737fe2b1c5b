// Users and their enrolled certificates.
#include "bound_query.h"
#include "soci_repositories.h"
#include "storage_errors.h"
#include "stored_values.h"

namespace innodesk::persistence {
namespace {

// What a database failure in this file stopped, for StorageError's "Không thể …" / "Cannot …".
constexpr std::string_view kDoingVi = "đọc hoặc ghi tài khoản người dùng";
constexpr std::string_view kDoingEn = "read or write user accounts";

constexpr const char* kColumns = "id, name, display_name, role, password_hash, disabled, created_at, version";

std::vector<domain::User> ReadUsers(BoundQuery& q) {
    long long id = 0, created = 0, version = 0;
    int disabled = 0;
    std::string name, display_name, role, hash;
    q.Into(id).Into(name).Into(display_name).Into(role).Into(hash).Into(disabled).Into(created).Into(version);
    q.Execute();
    std::vector<domain::User> users;
    while (q.Fetch()) {
        domain::User user;
        user.id = id;
        user.name = name;
        user.display_name = display_name;
        user.role = StoredEnum(domain::Roles(), role, "app_user", id);
        user.password_hash = hash;
        user.disabled = disabled != 0;
        user.created_at_unix = created;
        user.version = version;
        users.push_back(std::move(user));
    }
    return users;
}

std::optional<domain::User> FirstOf(std::vector<domain::User> users) {
    if (users.empty()) return std::nullopt;
    return std::move(users.front());
}

std::vector<domain::EnrolledCertificate> ReadCertificates(BoundQuery& q) {
    long long user = 0, bound = 0, unbound = 0;
    soci::indicator unbound_ind = soci::i_null;
    std::string fingerprint, subject;
    q.Into(user).Into(fingerprint).Into(subject).Into(bound).Into(unbound, unbound_ind);
    q.Execute();
    std::vector<domain::EnrolledCertificate> certificates;
    while (q.Fetch()) {
        domain::EnrolledCertificate certificate{user, fingerprint, subject, bound, std::nullopt};
        if (unbound_ind == soci::i_ok) certificate.unbound_at_unix = unbound;
        certificates.push_back(std::move(certificate));
    }
    return certificates;
}

}  // namespace

domain::UserId SociUserRepository::Insert(const domain::User& user) try {
    long long id = 0;
    BoundQuery q(
        m_session,
        "INSERT INTO app_user (name, display_name, role, password_hash, disabled, created_at, version) "
        "VALUES (:n, :d, :r, :h, :x, :c, 1) RETURNING id");
    q.Into(id)
        .Param(user.name)
        .Param(user.display_name)
        .Param(CodeOf(domain::Roles(), user.role))
        .Param(user.password_hash)
        .Param(static_cast<long long>(user.disabled ? 1 : 0))
        .Param(static_cast<long long>(user.created_at_unix));
    q.Execute();
    q.Fetch();
    return id;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<domain::User> SociUserRepository::FindById(domain::UserId id) try {
    BoundQuery q(m_session, std::string("SELECT ") + kColumns + " FROM app_user WHERE id = :id");
    q.Param(static_cast<long long>(id));
    return FirstOf(ReadUsers(q));
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<domain::User> SociUserRepository::FindByName(const std::string& name) try {
    BoundQuery q(m_session, std::string("SELECT ") + kColumns + " FROM app_user WHERE name = :n");
    q.Param(name);
    return FirstOf(ReadUsers(q));
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::User> SociUserRepository::List() try {
    BoundQuery q(m_session, std::string("SELECT ") + kColumns + " FROM app_user ORDER BY name");
    return ReadUsers(q);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociUserRepository::Update(const domain::User& user) try {
    BoundQuery q(m_session,
                 "UPDATE app_user SET display_name = :d, role = :r, password_hash = :h, disabled = :x, "
                 "version = version + 1 WHERE id = :id AND version = :v");
    q.Param(user.display_name)
        .Param(CodeOf(domain::Roles(), user.role))
        .Param(user.password_hash)
        .Param(static_cast<long long>(user.disabled ? 1 : 0))
        .Param(static_cast<long long>(user.id))
        .Param(static_cast<long long>(user.version));
    q.Execute();
    if (q.AffectedRows() != 1)
        throw domain::DomainError(
            domain::ErrorCode::Conflict,
            {"Người dùng " + user.name + " vừa được người khác thay đổi. Tải lại rồi thực hiện lại.",
             "User " + user.name + " was just changed by someone else. Reload and try again."});
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::int64_t SociUserRepository::Count() try {
    long long count = 0;
    m_session << "SELECT COUNT(*) FROM app_user", soci::into(count);
    return count;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociUserRepository::BindCertificate(const domain::EnrolledCertificate& certificate) try {
    BoundQuery close(
        m_session, "UPDATE user_certificate SET unbound_at = :at WHERE user_id = :u AND unbound_at IS NULL");
    close.Param(static_cast<long long>(certificate.bound_at_unix))
        .Param(static_cast<long long>(certificate.user_id));
    close.Execute();
    BoundQuery q(
        m_session,
        "INSERT INTO user_certificate (user_id, fingerprint, subject, bound_at) VALUES (:u, :f, :s, :at)");
    q.Param(static_cast<long long>(certificate.user_id))
        .Param(certificate.fingerprint)
        .Param(certificate.subject)
        .Param(static_cast<long long>(certificate.bound_at_unix));
    q.Execute();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<domain::EnrolledCertificate> SociUserRepository::CurrentCertificate(domain::UserId user) try {
    BoundQuery q(m_session,
                 "SELECT user_id, fingerprint, subject, bound_at, unbound_at FROM user_certificate "
                 "WHERE user_id = :u AND unbound_at IS NULL");
    q.Param(static_cast<long long>(user));
    auto certificates = ReadCertificates(q);
    if (certificates.empty()) return std::nullopt;
    return certificates.front();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::EnrolledCertificate> SociUserRepository::FindCertificates(
    const std::string& fingerprint) try {
    BoundQuery q(m_session,
                 "SELECT user_id, fingerprint, subject, bound_at, unbound_at FROM user_certificate "
                 "WHERE fingerprint = :f ORDER BY bound_at");
    q.Param(fingerprint);
    return ReadCertificates(q);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

}  // namespace innodesk::persistence
