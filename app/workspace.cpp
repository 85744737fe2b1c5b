// Opening a workspace, signing in, and the use cases both front ends share.
#include "workspace.h"

#include "common_passwords.h"
#include "database_verifier.h"
#include "department_time_zone.h"
#include "workstation_identity.h"

#include "persistence/postgres_login.h"
#include "signing/sha256.h"

#include <cstdlib>
#include <optional>
#include <utility>

namespace innodesk::app {

std::unique_ptr<persistence::DatabaseStore> OpenStore(const persistence::DatabaseTarget& target,
                                                      persistence::OpenMode mode) {
    return persistence::OpenStore(target, mode, &signing::Sha256Hex);
}

signing::ScryptParameters PasswordCostFromEnvironment() {
    const char* cost = std::getenv("INNODESK_SCRYPT");
    return cost && *cost ? signing::ScryptPasswordHasher::ParseParameters(cost) : signing::ScryptParameters{};
}

Workspace::Workspace(persistence::DatabaseTarget target, std::unique_ptr<persistence::DatabaseStore> store,
                     signing::ScryptParameters password_cost)
    : m_target(std::move(target)),
      m_audit_hash(&signing::Sha256Hex),
      m_store(std::move(store)),
      m_hasher(password_cost) {}

Workspace::~Workspace() = default;

std::unique_ptr<Workspace> Workspace::Open(const persistence::DatabaseTarget& target,
                                           persistence::OpenMode mode,
                                           signing::ScryptParameters password_cost) {
    // On PostgreSQL each user works through their own login role (docs/DEPLOYMENT.md): an existing
    // database's URI that names no user is only the server's address, and the workspace connects
    // when somebody signs in, as them (the desktop's sign-in; the CLI puts --user in the URI).
    if (mode == persistence::OpenMode::MustExist && target.backend == persistence::Backend::Postgres &&
        !persistence::UriNamesUser(target.location))
        return std::unique_ptr<Workspace>(new Workspace(target, nullptr, password_cost));
    // The constructor is private: every workspace is opened here, with its clock set.
    std::unique_ptr<Workspace> workspace(new Workspace(target, OpenStore(target, mode), password_cost));
    // Every "today" and every time shown is the department's, whatever the machine's zone.
    UseDepartmentTimeZone(*workspace->m_store, workspace->m_clock);
    return workspace;
}

const domain::CommonPasswords& Workspace::CommonPasswords() const {
    if (!m_common_passwords) m_common_passwords = LoadCommonPasswords(m_text);
    return *m_common_passwords;
}

const domain::Actor& Workspace::SignIn(const std::string& name, std::string password) {
    std::optional<persistence::DatabaseTarget> server;
    if (!m_store) {  // a PostgreSQL server's address: connect as the user's login role first
        persistence::DatabaseTarget login = m_target;
        login.location = persistence::WithLogin(m_target.location, name, password);
        m_store = OpenStore(login, persistence::OpenMode::MustExist);  // SignInFailed if refused
        UseDepartmentTimeZone(*m_store, m_clock);
        server = std::exchange(m_target, std::move(login));  // background work connects as the user
    }
    // Signing in checks no new password: the list is not needed, and not read.
    domain::UserService users(*m_store, m_text, m_hasher, m_clock);
    domain::Actor actor;
    try {
        actor = users.SignIn(name, std::move(password), ThisWorkstation());
    } catch (...) {
        if (server) {  // the next attempt, perhaps by somebody else, connects afresh
            m_store.reset();
            m_target = std::move(*server);
        }
        throw;
    }
    std::string display_name;
    for (const auto& user : users.List(actor))
        if (user.id == actor.user_id) display_name = user.display_name;
    m_actor = actor;
    m_display_name = std::move(display_name);
    return *m_actor;
}

const domain::Actor& Workspace::Actor() const {
    if (!m_actor)
        throw domain::DomainError(domain::ErrorCode::SignInFailed, {"Cần đăng nhập trước.", "Sign in first."},
                                  "user");
    return *m_actor;
}

std::string Workspace::SetTimeZone(const std::string& name) {
    const std::string stored = SetDepartmentTimeZone(*m_store, m_clock, name, Actor());
    UseDepartmentTimeZone(*m_store, m_clock);
    return stored;
}

std::unique_ptr<domain::SignatureVerifier> Workspace::Verifier() {
    return DatabaseVerifier(*m_store, m_clock);
}

std::unique_ptr<domain::SignatureVerifier> Workspace::VerifierForDisplay() {
    return DatabaseVerifierForDisplay(*m_store, m_clock);
}

domain::VerificationTally Workspace::VerifyAllDecisions(domain::ProgressObserver* progress,
                                                        const EachVerification& each) {
    auto service = Decisions();
    const auto verifier = VerifierForDisplay();
    domain::DecisionFilter filter;
    filter.limit = 10'000'000;
    const auto decisions = service.List(filter);  // newest first
    domain::VerificationTally tally;
    std::size_t done = 0;
    for (auto it = decisions.rbegin(); it != decisions.rend(); ++it) {
        const auto verification = service.Verify(*it, *verifier);
        tally.Add(verification);
        if (each) each(verification);
        if (progress) {
            progress->Progress(++done, decisions.size());
            if (progress->CancelRequested())
                throw domain::DomainError(domain::ErrorCode::Cancelled,
                                          {"Đã dừng kiểm tra.", "Verification stopped."});
        }
    }
    return tally;
}

std::unique_ptr<domain::DecisionSigner> Workspace::LoadSigner(KeySource source, KeyLoadingPrompts& prompts) {
    return app::LoadSigner(*m_store, m_clock, std::move(source), prompts);
}

std::unique_ptr<Workspace> Workspace::OpenForBackgroundWork() const {
    std::unique_ptr<Workspace> worker(new Workspace(
        m_target, OpenStore(m_target, persistence::OpenMode::MustExist), m_hasher.Parameters()));
    worker->m_clock = m_clock;
    worker->m_actor = m_actor;
    worker->m_display_name = m_display_name;
    return worker;
}

}  // namespace innodesk::app
