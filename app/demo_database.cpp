// Demo database set-up.
#include "demo_database.h"

#include "common_passwords.h"
#include "pinned_trust.h"
#include "shipped_plans.h"

#include "demo/demo_pki.h"
#include "domain/department_province.h"
#include "domain/errors.h"
#include "domain/four_eyes.h"
#include "domain/trust_service.h"
#include "domain/user_service.h"
#include "signing/domain_adapters.h"
#include "signing/trust_items.h"

#include <cstdlib>
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
    };
    return accounts;
}

std::filesystem::path DefaultDemoPkiDir(const std::string& sqlite_file) {
    if (!sqlite_file.empty()) return sqlite_file + ".demo-pki";
    const char* data = std::getenv("XDG_DATA_HOME");
    const char* home = std::getenv("HOME");
    const std::filesystem::path base = data && *data
                                           ? std::filesystem::path(data)
                                           : std::filesystem::path(home ? home : ".") / ".local/share";
    return base / "innodesk" / "demo-pki";
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
    const auto pki = demo::CreateDemoPki(pki_dir, kDemoKeyPassword, approver_names);

    auto outer = store.Begin(domain::TransactionMode::Write);
    // The demo department is Khánh Hòa's: its plans and most of its enterprises are there.
    domain::SetDepartmentProvinceAtSetUp(store, text, "Khánh Hòa");
    domain::Actor admin;
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
    }

    std::ifstream root(pki.root_pem, std::ios::binary);
    const std::string root_pem{std::istreambuf_iterator<char>(root), std::istreambuf_iterator<char>()};
    domain::TrustService trust(store, clock);
    const auto root_items = signing::ReadTrustItems(root_pem, pki.root_pem.string());
    // In the database only as a help to read; what makes the demo's signatures valid is the pin below.
    for (auto item : root_items) trust.Add(item, admin);

    std::vector<std::unique_ptr<signing::KeyDecisionSigner>> signers;
    for (std::size_t i = 0; i < approvers.size(); ++i) {
        auto signer = std::make_unique<signing::KeyDecisionSigner>(
            signing::LoadPkcs12(pki.signers[i].p12, kDemoKeyPassword));
        users.BindCertificate(approvers[i].name, signer->CertificateFingerprint(),
                              signer->CertificateSubject(), admin);
        actors.approvers.push_back({domain::Actor{approvers[i].name, approvers[i].role, approvers[i].id},
                                    approvers[i].display_name, signer.get()});
        signers.push_back(std::move(signer));
    }
    const signing::TrustStoreVerifier verifier(signing::TrustStore{{}, {}, {root_pem}, {}});
    actors.verifier = &verifier;

    DemoDatabase result;
    result.summary = demo::DemoGenerator(store, text, clock).Run(spec, actors, progress);
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
