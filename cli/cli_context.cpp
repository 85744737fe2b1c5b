// The CLI's shared context.
#include "cli_context.h"

#include "secret_input.h"

#include "app/audit_checkpoint.h"
#include "app/preferred_language.h"
#include "domain/utf8_path.h"
#include "persistence/postgres_login.h"

#include <cstdlib>
#include <string_view>

namespace innodesk::cli {
namespace {

// --user, else $INNODESK_USER; empty when neither says who signs in.
std::string SignInName(const GlobalOptions& options) {
    if (!options.user.empty()) return options.user;
    if (std::string env = domain::EnvironmentUtf8("INNODESK_USER"); !env.empty()) return env;
    return {};
}

}  // namespace

CliContext::CliContext(std::ostream& out_stream, std::ostream& err_stream)
    : out(out_stream), err(err_stream) {}

persistence::DatabaseTarget CliContext::Target() const {
    auto target = persistence::DatabaseTarget::Default();
    if (!options.db.empty())
        target = persistence::DatabaseTarget::Parse(options.db);
    else if (const std::string env = domain::EnvironmentUtf8("INNODESK_DB"); !env.empty())
        target = persistence::DatabaseTarget::Parse(env);
    // On PostgreSQL a user works through their own login role: a URI that names no role connects
    // as the signing-in user, with their password (docs/DEPLOYMENT.md).
    if (target.backend == persistence::Backend::Postgres && !persistence::UriNamesUser(target.location)) {
        const std::string user = SignInName(options);
        if (!user.empty()) target.location = persistence::WithLogin(target.location, user, Password());
    }
    return target;
}

app::Workspace& CliContext::Workspace(persistence::OpenMode mode) {
    if (!m_workspace) {
        // $INNODESK_SCRYPT: the cost of the hashes this run writes (app/workspace.h).
        m_workspace = app::Workspace::Open(Target(), mode, app::PasswordCostFromEnvironment());
        // An SQLite trail rewritten or cut short since the last signature is said on every run.
        if (mode == persistence::OpenMode::MustExist)
            if (const auto warning = app::CheckpointWarningOnOpening(
                    Target(), m_workspace->Store(), [this] { return m_workspace->VerifierForDisplay(); }))
                err << Say(*warning) << '\n';
        // Every command that reads or writes signs in first: even a viewer reads as somebody.
        if (require_sign_in) Actor();
    }
    return *m_workspace;
}

domain::Language CliContext::Language() const {
    return app::PreferredLanguage(options.lang);
}

std::string CliContext::Password() const {
    if (!options.password_file.empty()) return ReadSecretFile(options.password_file, "mật khẩu", "password");
    if (std::string env = domain::EnvironmentUtf8("INNODESK_PASSWORD"); !env.empty()) return env;
    throw domain::DomainError(
        domain::ErrorCode::SignInFailed,
        {"Cần mật khẩu: dùng --password-file TỆP hoặc biến môi trường INNODESK_PASSWORD.",
         "A password is needed: use --password-file FILE or the INNODESK_PASSWORD environment "
         "variable."},
        "password");
}

const domain::Actor& CliContext::Actor() {
    auto& workspace = Workspace();
    if (workspace.SignedIn()) return workspace.Actor();
    const std::string user = SignInName(options);
    if (user.empty()) {
        // A PostgreSQL URI without a user: nothing is connected until somebody signs in.
        const bool connected = workspace.Target().backend != persistence::Backend::Postgres ||
                               persistence::UriNamesUser(workspace.Target().location);
        if (connected && !workspace.Users().HasUsers())
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
    return workspace.SignIn(user, Password());
}

}  // namespace innodesk::cli
