// Demo database set-up.
#include "demo_database.h"

#include "common_passwords.h"
#include "decision_pdf.h"
#include "pinned_trust.h"
#include "shipped_plans.h"
#include "windows_folders.h"

#include "demo/demo_pki.h"
#include "domain/decision_service.h"
#include "domain/department_province.h"
#include "domain/errors.h"
#include "domain/four_eyes.h"
#include "domain/four_eyes_service.h"
#include "domain/issue_service.h"
#include "domain/organisation_certificate.h"
#include "domain/trust_service.h"
#include "domain/user_service.h"
#include "domain/utf8_path.h"
#include "signing/domain_adapters.h"
#include "signing/trust_items.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iterator>
#include <memory>

namespace innodesk::app {

const std::vector<DemoAccount>& DemoAccounts() {
    static const std::vector<DemoAccount> accounts{
        {"quantri", "Phạm Quốc Huy", domain::Role::Admin, "HeThong-demo-2026"},
        {"canbo.an", "Nguyễn Thị An", domain::Role::Officer, "CanBo-demo-2026"},
        {"lanhdao.binh", "Giám đốc Trần Văn Bình", domain::Role::Approver, "LanhDao-demo-2026"},
        {"lanhdao.chau", "Phó Giám đốc Lê Thị Châu", domain::Role::Approver, "LanhDao-demo-2026"},
        {"lanhdao.dung", "Phó Giám đốc Hoàng Minh Dũng", domain::Role::Approver, "LanhDao-demo-2026"},
        {"xem.giang", "Đỗ Thu Giang", domain::Role::Viewer, "XemBaoCao-demo-2026"},
        {"vanthu.dung", "Văn thư Đỗ Thị Dung", domain::Role::Clerk, "VanThu-demo-2026"},
    };
    return accounts;
}

namespace {

// A change an administrator proposes that, under the demo's one-person rule, applies at once.
void ApplyAlone(domain::Store& store, const domain::Clock& clock, const domain::ProposedChange& change,
                const domain::Actor& admin) {
    if (!domain::FourEyesService(store, clock).Propose(change, admin).applied)
        throw domain::DomainError(
            domain::ErrorCode::InvalidTransition,
            {"Dữ liệu mẫu: thay đổi cần quản trị viên thứ hai, dù đã bật quy tắc một người.",
             "Demo data: a change awaits a second administrator despite the one-person "
             "rule."});
}

// The clerk's work done as the department does it: every signed decision issued under its number,
// today (the approvers signed today), sealed with the organisation's key, except the newest
// `left_for_the_clerk`, which wait in the Decisions page for the demo's clerk.
std::size_t IssueSignedDecisions(domain::Store& store, const domain::TextRules& text,
                                 const domain::Clock& clock, const signing::KeyDecisionSigner& organisation,
                                 const domain::SignatureVerifier& verifier, const domain::Actor& clerk,
                                 std::size_t left_for_the_clerk) {
    domain::DecisionFilter signed_ones;
    signed_ones.status = domain::DecisionStatus::Signed;
    signed_ones.limit = 1'000'000;
    auto decisions = domain::DecisionService(store, text, clock).List(signed_ones);
    std::sort(decisions.begin(), decisions.end(),
              [](const domain::Decision& a, const domain::Decision& b) { return a.id < b.id; });
    const std::size_t to_issue =
        decisions.size() > left_for_the_clerk ? decisions.size() - left_for_the_clerk : 0;
    domain::IssueService issues(store, text, clock);
    const auto options = SigningOptionsOf(store);
    for (std::size_t i = 0; i < to_issue; ++i) {
        const auto id = decisions[i].id;
        const auto approver_pdf = issues.Document(id, domain::DocumentStage::Approver);
        const domain::DocumentMaker document = [&](const domain::Decision& issued) {
            return IssuedDecisionPdf(
                store, text, clock, issued,
                approver_pdf ? std::optional<std::vector<std::uint8_t>>(approver_pdf->pdf) : std::nullopt,
                organisation.Key(), options);
        };
        issues.Issue({id, {}, clock.Today()}, organisation, verifier, clerk, document);
    }
    return to_issue;
}

}  // namespace

std::filesystem::path DefaultDemoPkiDir(const std::string& sqlite_file) {
    if (!sqlite_file.empty()) return domain::PathFromUtf8(sqlite_file + ".demo-pki");
#ifdef _WIN32
    // %LOCALAPPDATA%\InnoDesk\demo-pki; $XDG_DATA_HOME, when set, still chooses as on Linux.
    if (const std::string data = domain::EnvironmentUtf8("XDG_DATA_HOME"); !data.empty())
        return domain::PathFromUtf8(data) / "innodesk" / "demo-pki";
    return windows::UserDataFolder() / "demo-pki";
#else
    const char* data = std::getenv("XDG_DATA_HOME");
    const char* home = std::getenv("HOME");
    const std::filesystem::path base = data && *data
                                           ? std::filesystem::path(data)
                                           : std::filesystem::path(home ? home : ".") / ".local/share";
    return base / "innodesk" / "demo-pki";
#endif
}

DemoDatabase CreateDemoDatabase(domain::Store& store, const domain::TextRules& text,
                                const domain::Clock& clock, const domain::PasswordHasher& hasher,
                                const demo::DemoSpec& spec, const std::filesystem::path& pki_dir,
                                domain::ProgressObserver* progress) {
    const domain::CommonPasswords common = LoadCommonPasswords(text);
    domain::UserService users(store, text, hasher, clock, common);
    if (users.HasUsers())
        throw domain::DomainError(
            domain::ErrorCode::InvalidValue,
            {"Dữ liệu mẫu chỉ tạo trong cơ sở dữ liệu mới; cơ sở dữ liệu này đã có người dùng. "
             "Chọn một tệp mới.",
             "Demo data goes only into a new database; this one already has users. Choose a new "
             "file."},
            "db");
    std::vector<std::string> approver_names;
    for (const auto& account : DemoAccounts())
        if (account.role == domain::Role::Approver) approver_names.emplace_back(account.display_name);
    // Valid at the clock's time (which signs and issues) and at the machine's (which OpenSSL verifies at).
    const auto pki = demo::CreateDemoPki(
        pki_dir, kDemoKeyPassword, approver_names, kDemoOrganisationName,
        std::min(std::chrono::system_clock::now(),
                 std::chrono::system_clock::from_time_t(static_cast<std::time_t>(clock.NowUnixSeconds()))));

    auto outer = store.Begin(domain::TransactionMode::Write);
    // The demo department is Khánh Hòa's: its plans and most of its enterprises are there.
    domain::SetDepartmentProvinceAtSetUp(store, text, "Khánh Hòa");
    domain::Actor admin;
    domain::Actor clerk;
    demo::DemoActors actors;
    std::vector<domain::User> approvers;
    for (const auto& account : DemoAccounts()) {
        domain::NewUser input{account.name, account.display_name, account.role, account.password};
        const domain::User user = account.role == domain::Role::Admin && admin.user_id == 0
                                      ? users.CreateFirstAdmin(std::move(input))
                                      : users.Add(std::move(input), admin);
        const domain::Actor actor{user.name, user.role, user.id};
        if (user.role == domain::Role::Admin && admin.user_id == 0) {
            admin = actor;
            // The demo department has one administrator, who works alone: the one-person rule,
            // configured explicitly as such a department would (the Dashboard says so).
            domain::TrustService(store, clock).SetSetting(domain::kSettingOnePersonRule, "on", admin);
        }
        if (user.role == domain::Role::Officer && actors.officer.user_id == 0) actors.officer = actor;
        if (user.role == domain::Role::Approver) approvers.push_back(user);
        if (user.role == domain::Role::Clerk) clerk = actor;
    }
    // The clerk's register writes "126/QĐ-SKHCN", and seals with the department's own certificate.
    domain::ProposedChange symbol;
    symbol.kind = domain::ChangeKind::SetSetting;
    symbol.setting_key = domain::kSettingDecisionSymbol;
    symbol.setting_value = "QĐ-SKHCN";
    ApplyAlone(store, clock, symbol, admin);
    const auto organisation_identity = signing::ReadCertificateIdentity(
        pki.organisation->certificate_pem, domain::Utf8Of(pki.organisation->p12));
    ApplyAlone(store, clock,
               domain::EnrolOrganisationCertificateChange(
                   {organisation_identity.fingerprint, organisation_identity.subject,
                    organisation_identity.not_before_unix, organisation_identity.not_after_unix}),
               admin);
    const signing::KeyDecisionSigner organisation(
        signing::LoadPkcs12(pki.organisation->p12, kDemoKeyPassword));

    std::ifstream root(pki.root_pem, std::ios::binary);
    const std::string root_pem{std::istreambuf_iterator<char>(root), std::istreambuf_iterator<char>()};
    domain::TrustService trust(store, clock);
    const auto root_items = signing::ReadTrustItems(root_pem, domain::Utf8Of(pki.root_pem));
    // In the database only as a help to read; what makes the demo's signatures valid is the pin below.
    for (auto item : root_items) trust.Add(item, admin);

    std::vector<std::unique_ptr<signing::KeyDecisionSigner>> signers;
    const auto options = SigningOptionsOf(store);
    for (std::size_t i = 0; i < approvers.size(); ++i) {
        auto signer = std::make_unique<signing::KeyDecisionSigner>(
            signing::LoadPkcs12(pki.signers[i].p12, kDemoKeyPassword));
        users.BindCertificate(approvers[i].name, signer->CertificateFingerprint(),
                              signer->CertificateSubject(), admin);
        // The signed PDF the approver signs with the same key, as the desktop makes it.
        const signing::SigningKey* key = &signer->Key();
        domain::DocumentMaker document = [&store, &text, &clock, options,
                                          key](const domain::Decision& decision) {
            return ApproverDecisionPdf(store, text, clock, decision, *key, options);
        };
        actors.approvers.push_back({domain::Actor{approvers[i].name, approvers[i].role, approvers[i].id},
                                    approvers[i].display_name, signer.get(), std::move(document)});
        signers.push_back(std::move(signer));
    }
    const signing::TrustStoreVerifier verifier(signing::TrustStore{{}, {}, {root_pem}, {}});
    actors.verifier = &verifier;

    DemoDatabase result;
    result.summary = demo::DemoGenerator(store, text, clock).Run(spec, actors, progress);
    result.issued =
        IssueSignedDecisions(store, text, clock, organisation, verifier, clerk, kDecisionsLeftForTheClerk);
    result.pki_dir = pki_dir;
    result.plans = ImportShippedPlans(store, text, clock, actors.officer);
    result.plan_progress = demo::RecordPlanProgress(store, clock, actors.officer);
    outer->Commit();
    // Pinned after the commit, so that a demo that failed leaves no pin behind. The file is named by
    // the root's fingerprint: each demo database's root is pinned beside the others'.
    result.pinned_root = PinForThisUser(
        root_pem, "innodesk-demo-root-" + root_items.front().fingerprint.substr(0, 16) + ".pem");
    return result;
}

}  // namespace innodesk::app
