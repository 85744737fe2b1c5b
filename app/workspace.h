// One open database as a front end works with it: the store, the department's clock, the text
// rules, the password hasher and the signed-in user, the services bound to them, and the use cases
// both front ends offer (verifying every decision, loading a signing key, a second connection for
// background work). innodesk (gui/) and innodesk-cli (cli/) read widgets or options, call a
// workspace, and show what it returns; neither constructs a service or opens a store itself.
#pragma once

#include "signing_key.h"

#include "domain/actor.h"
#include "domain/application_service.h"
#include "domain/audit_service.h"
#include "domain/calendar_date.h"
#include "domain/deadline_service.h"
#include "domain/decision_service.h"
#include "domain/enterprise_service.h"
#include "domain/ip_service.h"
#include "domain/issued_report_service.h"
#include "domain/outcome_service.h"
#include "domain/password_policy.h"
#include "domain/programme_service.h"
#include "domain/progress.h"
#include "domain/reporting_duty_service.h"
#include "domain/review_service.h"
#include "domain/target_service.h"
#include "domain/task_service.h"
#include "domain/training_service.h"
#include "domain/trust_service.h"
#include "domain/user_service.h"
#include "domain/voucher_service.h"
#include "domain/work_item_service.h"
#include "persistence/database_store.h"
#include "signing/scrypt_password_hasher.h"
#include "text/icu_text_rules.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace innodesk::app {

class Workspace {
public:
    // Opens `target` and sets the clock to the department's time zone (a setting). `password_cost`
    // is the scrypt cost of the hashes this workspace writes (PasswordCostFromEnvironment).
    static std::unique_ptr<Workspace> Open(const persistence::DatabaseTarget& target,
                                           persistence::OpenMode mode,
                                           signing::ScryptParameters password_cost = {});
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;
    ~Workspace();

    const persistence::DatabaseTarget& Target() const { return m_target; }
    persistence::DatabaseStore& Store() { return *m_store; }
    const domain::TextRules& Text() const { return m_text; }
    // The department's clock: "today" and every time shown are in its zone.
    const domain::SystemClock& Clock() const { return m_clock; }
    // Replaces the clock (tests stop it at an instant, in the zone the settings name).
    void SetClock(domain::SystemClock clock) { m_clock = std::move(clock); }
    const domain::PasswordHasher& Hasher() const { return m_hasher; }
    // The shipped common-password list, read on first use.
    const domain::CommonPasswords& CommonPasswords() const;

    // Checks the password (wiped afterwards) on this workstation and remembers who signed in;
    // throws SignInFailed as UserService::SignIn does.
    const domain::Actor& SignIn(const std::string& name, std::string password);
    bool SignedIn() const { return m_actor.has_value(); }
    // The signed-in user; SignInFailed when nobody has signed in.
    const domain::Actor& Actor() const;
    const std::string& DisplayName() const { return m_display_name; }
    bool Is(domain::Role role) const { return m_actor && m_actor->role == role; }

    // The services over this workspace's store, text rules and clock. They are small views: make
    // one where it is needed.
    domain::ApplicationService Applications() { return {*m_store, m_text, m_clock}; }
    domain::AuditService Audit() { return {*m_store, m_audit_hash, m_clock}; }
    domain::DeadlineService Deadlines() { return {*m_store, m_clock}; }
    domain::DecisionService Decisions() { return {*m_store, m_text, m_clock}; }
    domain::EnterpriseService Enterprises() { return {*m_store, m_text, m_clock}; }
    domain::IpService IpFilings() { return {*m_store, m_text, m_clock}; }
    domain::IssuedReportService IssuedReports() { return {*m_store, m_clock}; }
    domain::OutcomeService Outcomes() { return {*m_store, m_text, m_clock}; }
    domain::ProgrammeService Programmes() { return {*m_store, m_text}; }
    domain::ReportingDutyService Duties() { return {*m_store, m_clock}; }
    domain::ReviewService Reviews() { return {*m_store, m_text, m_clock}; }
    domain::TargetService Targets() { return {*m_store, m_clock}; }
    domain::TaskService Tasks() { return {*m_store, m_text, m_clock}; }
    domain::TrainingService Training() { return {*m_store, m_text}; }
    domain::TrustService Trust() { return {*m_store, m_clock}; }
    domain::WorkItemService WorkItems() { return {*m_store, m_clock}; }
    // With the common-password list, so that a password set through it is checked against it.
    domain::VoucherService Vouchers() { return {*m_store, m_text, m_clock}; }
    domain::UserService Users() { return {*m_store, m_text, m_hasher, m_clock, CommonPasswords()}; }

    // Stores the department's time zone (administrators; audited as any setting) and uses it from
    // now on. Returns the zone's name as stored.
    std::string SetTimeZone(const std::string& name);

    // A verifier whose anchors are the roots pinned on this workstation, the database's trust store
    // adding intermediates and CRLs (database_verifier.h). Throws DomainError(InvalidValue) when no
    // root is pinned, saying where the machine's administrator pins one.
    std::unique_ptr<domain::SignatureVerifier> Verifier();
    // For showing decisions: with no pinned root every signature is indeterminate, its explanation
    // saying so, and drafts can still be shown.
    std::unique_ptr<domain::SignatureVerifier> VerifierForDisplay();

    // Verifies every decision, oldest first, calling `each` with every verdict (when given), and
    // returns the tally. Cancellable through `progress` (DomainError(Cancelled)).
    using EachVerification = std::function<void(const domain::DecisionVerification&)>;
    domain::VerificationTally VerifyAllDecisions(domain::ProgressObserver* progress = nullptr,
                                                 const EachVerification& each = {});

    // The approver's signing key from a PKCS#12 file or a token (see signing_key.h).
    std::unique_ptr<domain::DecisionSigner> LoadSigner(KeySource source, KeyLoadingPrompts& prompts);

    // A second workspace on the same database, for a worker thread (a database connection belongs
    // to one thread): its own connection, the same clock, the same signed-in user.
    std::unique_ptr<Workspace> OpenForBackgroundWork() const;

private:
    Workspace(persistence::DatabaseTarget target, std::unique_ptr<persistence::DatabaseStore> store,
              signing::ScryptParameters password_cost);

    persistence::DatabaseTarget m_target;
    domain::HashFunction m_audit_hash;
    std::unique_ptr<persistence::DatabaseStore> m_store;
    text::IcuTextRules m_text;
    domain::SystemClock m_clock;
    signing::ScryptPasswordHasher m_hasher;
    mutable std::optional<domain::CommonPasswords> m_common_passwords;
    std::optional<domain::Actor> m_actor;
    std::string m_display_name;
};

// scrypt at OWASP's cost, or at the cost $INNODESK_SCRYPT names ("ln=10,r=8,p=1"): for test suites
// and very slow machines; a lower cost makes stolen hashes cheaper to attack.
signing::ScryptParameters PasswordCostFromEnvironment();

// Opens a store with the audit trail hashed as everywhere in InnoDesk (for the few callers that
// need a store before any user exists: first run, init, demo data).
std::unique_ptr<persistence::DatabaseStore> OpenStore(const persistence::DatabaseTarget& target,
                                                      persistence::OpenMode mode);

}  // namespace innodesk::app
