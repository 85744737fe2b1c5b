// The CLI's shared context.
#include "cli_context.h"

#include "secret_input.h"

#include "app/common_passwords.h"
#include "app/database_verifier.h"
#include "app/department_time_zone.h"
#include "app/preferred_language.h"
#include "app/workstation_identity.h"
#include "domain/user_service.h"

#include <cstdlib>
#include <string_view>

namespace innodesk::cli {

CliContext::CliContext(std::ostream& out_stream, std::ostream& err_stream)
    : out(out_stream), err(err_stream) {}

persistence::DatabaseTarget CliContext::Target() const {
    if (!options.db.empty()) return persistence::DatabaseTarget::Parse(options.db);
    if (const char* env = std::getenv("INNODESK_DB"); env && *env)
        return persistence::DatabaseTarget::Parse(env);
    return persistence::DatabaseTarget::Default();
}

persistence::SociStore& CliContext::Store(persistence::OpenMode mode) {
    if (!m_store) {
        m_store = persistence::SociStore::Open(Target(), mode);
        // Every "today" and every time printed is the department's, whatever the machine's zone.
        app::UseDepartmentTimeZone(*m_store, m_clock);
        // Every command that reads or writes signs in first: even a viewer reads as somebody.
        if (require_sign_in) Actor();
    }
    return *m_store;
}

const domain::PasswordHasher& CliContext::Hasher() const {
    if (!m_hasher) {
        const char* cost = std::getenv("INNODESK_SCRYPT");
        m_hasher.emplace(cost && *cost ? signing::ScryptPasswordHasher::ParseParameters(cost)
                                       : signing::ScryptParameters{});
    }
    return *m_hasher;
}

const domain::CommonPasswords& CliContext::CommonPasswords() const {
    if (!m_common_passwords) m_common_passwords = app::LoadCommonPasswords(m_text);
    return *m_common_passwords;
}

domain::Language CliContext::Language() const {
    return app::PreferredLanguage(options.lang);
}

std::string CliContext::Password() const {
    if (!options.password_file.empty()) return ReadSecretFile(options.password_file, "mật khẩu", "password");
    if (const char* env = std::getenv("INNODESK_PASSWORD"); env && *env) return env;
    throw domain::DomainError(
        domain::ErrorCode::SignInFailed,
        {"Cần mật khẩu: dùng --password-file TỆP hoặc biến môi trường INNODESK_PASSWORD.",
         "A password is needed: use --password-file FILE or the INNODESK_PASSWORD environment "
         "variable."},
        "password");
}

const domain::Actor& CliContext::Actor() {
    if (m_actor) return *m_actor;
    std::string user = options.user;
    if (user.empty())
        if (const char* env = std::getenv("INNODESK_USER"); env && *env) user = env;
    domain::UserService users(Store(), m_text, Hasher(), m_clock);
    if (user.empty()) {
        if (!users.HasUsers())
            throw domain::DomainError(
                domain::ErrorCode::SignInFailed,
                {"Cơ sở dữ liệu chưa có người dùng. Tạo quản trị viên đầu tiên: "
                 "innodesk-cli init --admin TÊN (mật khẩu từ --password-file hoặc INNODESK_PASSWORD).",
                 "The database has no users yet. Create the first administrator: "
                 "innodesk-cli init --admin NAME (password from --password-file or INNODESK_PASSWORD)."},
                "user");
        throw domain::DomainError(domain::ErrorCode::SignInFailed,
                                  {"Cần đăng nhập: --user TÊN (hoặc INNODESK_USER) và mật khẩu.",
                                   "Sign in first: --user NAME (or INNODESK_USER) and the password."},
                                  "user");
    }
    m_actor = users.SignIn(user, Password(), app::ThisWorkstation());
    return *m_actor;
}

std::unique_ptr<domain::SignatureVerifier> CliContext::Verifier() {
    return app::DatabaseVerifier(Store(), m_clock);
}

}  // namespace innodesk::cli
