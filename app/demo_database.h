// A demo database ready to use: the demo users of every role (their passwords documented in the
// README), a throwaway CA pinned for the user running it (and carried in the trust store) with a
// certificate for each approver, and the
// generated programme data with every decision drafted by the officer and signed by an approver with
// its signed PDF, and all but the newest issued by the records clerk with the department's demo
// organisation certificate (enrolled, its key beside the approvers').
// Shared by innodesk-cli generate and the desktop's first-run offer.
#pragma once

#include "demo/demo_generator.h"
#include "demo/plan_progress_planner.h"
#include "domain/calendar_date.h"
#include "domain/password_hasher.h"
#include "domain/progress.h"
#include "domain/store.h"
#include "domain/text_rules.h"

#include <filesystem>
#include <string>
#include <vector>

namespace innodesk::app {

struct DemoAccount {
    const char* name;
    const char* display_name;
    domain::Role role;
    const char* password;
};

// The demo accounts; also listed in the README.
const std::vector<DemoAccount>& DemoAccounts();
// The password of every demo approver's PKCS#12 file.
inline constexpr const char* kDemoKeyPassword = "demo-p12-2026";
// The demo department, whose organisation certificate (CN and O this name) the demo's records clerk
// seals issued decisions with; its key file is "<name>.p12" beside the approvers', under the same
// password.
inline constexpr const char* kDemoOrganisationName = "Sở Khoa học và Công nghệ tỉnh Khánh Hòa";
// The signed decisions the demo leaves for its clerk to issue: the newest ones.
inline constexpr std::size_t kDecisionsLeftForTheClerk = 2;

struct DemoDatabase {
    demo::DemoSummary summary;
    std::filesystem::path pki_dir;  // demo-root-ca.pem and one "<approver's display name>.p12" per approver
    // The demo root pinned for this user only (app/pinned_trust.h, UserAnchorFolder): a copy in the
    // database's trust store would not be trusted. Its key is destroyed, so it can sign nothing more.
    std::filesystem::path pinned_root;
    std::size_t issued = 0;  // signed decisions the demo's clerk issued (all but kDecisionsLeftForTheClerk)
    std::size_t plans = 0;   // shipped plan files imported (app/shipped_plans.h)
    demo::PlanProgressSummary plan_progress;  // reports received and work items reported on them
};

// Fills a database that has no users yet, in one transaction: nothing is kept if any step fails.
// Throws DomainError(InvalidValue) when the database already has users.
DemoDatabase CreateDemoDatabase(domain::Store& store, const domain::TextRules& text,
                                const domain::Clock& clock, const domain::PasswordHasher& hasher,
                                const demo::DemoSpec& spec, const std::filesystem::path& pki_dir,
                                domain::ProgressObserver* progress = nullptr);

// Where the demo keys go by default: beside an SQLite file ("<file>.demo-pki"), else in the
// user's data folder.
std::filesystem::path DefaultDemoPkiDir(const std::string& sqlite_file);

}  // namespace innodesk::app
