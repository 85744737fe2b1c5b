// innodesk-cli user … and trust …, setting …: accounts, the certificates approvers sign with, the
// trust store and settings — the administrator's work.
#include "commands.h"
#include "option_values.h"
#include "proposal_output.h"
#include "secret_input.h"

#include "app/department_time_zone.h"
#include "app/report_heading.h"
#include "app/timestamp_authority.h"
#include "app/token_module.h"
#include "domain/department_province.h"
#include "domain/issue_service.h"
#include "domain/timestamp_settings.h"
#include "domain/trust_service.h"
#include "domain/user_service.h"
#include "domain/utf8_path.h"
#include "persistence/postgres_login.h"
#include "signing/trust_items.h"

#include <fstream>
#include <iterator>
#include <memory>

#include <nlohmann/json.hpp>

namespace innodesk::cli {
namespace {

struct UserOptions {
    std::string name, display_name, role, new_password_file, cert;
};

domain::UserService Users(CliContext& context) {
    return context.Workspace().Users();
}

std::string ReadWholeFile(const std::string& path, const char* what_vi, const char* what_en) {
    std::ifstream in(domain::PathFromUtf8(path), std::ios::binary);
    if (!in)
        throw domain::DomainError(domain::ErrorCode::NotFound,
                                  {std::string("Không đọc được ") + what_vi + " '" + path + "'.",
                                   std::string("Cannot read the ") + what_en + " '" + path + "'."},
                                  "file");
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Until when failed sign-ins lock the account, for administrators only: others are not told
// (nor is anyone at the sign-in prompt).
std::optional<std::int64_t> LockedUntil(CliContext& context, const domain::User& user) {
    if (context.Actor().role != domain::Role::Admin) return std::nullopt;
    return Users(context).LockedUntil(user.name, context.Actor());
}

nlohmann::json LockJson(const std::optional<std::int64_t>& until) {
    return until ? nlohmann::json(domain::FormatVietnamTime(*until)) : nlohmann::json(nullptr);
}

void PrintUser(CliContext& context, const domain::User& user) {
    const auto& role = domain::EntryOf(domain::Roles(), user.role);
    const auto certificate = Users(context).CurrentCertificate(user.name);
    const auto locked_until = LockedUntil(context, user);
    if (context.options.json) {
        context.out << nlohmann::json{{"id", user.id},
                                      {"name", user.name},
                                      {"display_name", user.display_name},
                                      {"role", role.code},
                                      {"disabled", user.disabled},
                                      {"locked_until", LockJson(locked_until)},
                                      {"certificate_sha256", certificate ? certificate->fingerprint : ""}}
                           .dump(2)
                    << '\n';
        return;
    }
    context.out << user.name << "  " << user.display_name << "  ["
                << (context.Language() == domain::Language::Vietnamese ? role.vi : role.en) << "]"
                << (user.disabled ? context.Say("  (đã khóa)", "  (disabled)") : "");
    if (locked_until)
        context.out << context.Say("  (khóa đăng nhập đến ", "  (sign-in locked until ")
                    << domain::FormatVietnamTime(*locked_until) << ")";
    if (certificate) context.out << "  " << context.Say("chứng thư ", "certificate ") << certificate->subject;
    context.out << '\n';
}

}  // namespace

void AddUserCommands(CLI::App& app, CliContext& context) {
    auto* group = app.add_subcommand("user", "Users, roles and the certificates approvers sign with")
                      ->require_subcommand(1);

    auto add = std::make_shared<UserOptions>();
    auto* add_cmd = group->add_subcommand("add", "Add a user (administrators)");
    add_cmd->add_option("name", add->name, "Sign-in name: lower-case letters, digits, . _ -")->required();
    add_cmd
        ->add_option("--role", add->role,
                     "officer, approver, admin, viewer or clerk (records clerk: issues signed decisions)")
        ->required();
    add_cmd->add_option("--display-name", add->display_name, "Full name, e.g. Nguyễn Văn An");
    add_cmd
        ->add_option("--new-password-file", add->new_password_file,
                     "File whose first line is the new user's password (at least 12 characters)")
        ->required();
    add_cmd->callback([&context, add] {
        domain::NewUser user{add->name, add->display_name, ParseOption(domain::Roles(), add->role, "--role"),
                             ReadSecretFile(add->new_password_file, "mật khẩu mới", "new password")};
        // On PostgreSQL the server creates the user's login role with this password (when a proposal
        // is confirmed later, by another session, the role gets its password with 'user set-password').
        persistence::PrepareLoginPassword(context.Workspace().Store(), user.name, user.password);
        // An approver or administrator is only proposed unless no second administrator is needed.
        const auto outcome =
            FourEyes(context).Propose(Users(context).NewUserChange(std::move(user)), context.Actor());
        if (outcome.applied) return PrintUser(context, *outcome.result.user);
        PrintProposalOutcome(context, outcome);
    });

    group->add_subcommand("list", "List users")->callback([&context] {
        const auto users = Users(context).List(context.Actor());
        if (context.options.json) {
            nlohmann::json list = nlohmann::json::array();
            for (const auto& user : users)
                list.push_back({{"name", user.name},
                                {"display_name", user.display_name},
                                {"role", domain::EntryOf(domain::Roles(), user.role).code},
                                {"disabled", user.disabled},
                                {"locked_until", LockJson(LockedUntil(context, user))}});
            context.out << list.dump(2) << '\n';
            return;
        }
        for (const auto& user : users) PrintUser(context, user);
    });

    for (const bool disable : {true, false}) {
        auto name = std::make_shared<std::string>();
        auto* command =
            group->add_subcommand(disable ? "disable" : "enable",
                                  disable ? "Disable a user (administrators)" : "Enable a user again");
        command->add_option("name", *name, "Sign-in name")->required();
        command->callback([&context, name, disable] {
            if (!disable)
                return PrintUser(context, Users(context).SetDisabled(*name, false, context.Actor()));
            // Disabling an active administrator waits for a second administrator's confirmation.
            domain::ProposedChange change;
            change.kind = domain::ChangeKind::DisableUser;
            change.user_name = *name;
            const auto outcome = FourEyes(context).Propose(change, context.Actor());
            if (outcome.applied) return PrintUser(context, *outcome.result.user);
            PrintProposalOutcome(context, outcome);
        });
    }

    auto show = std::make_shared<std::string>();
    auto* show_cmd = group->add_subcommand("show", "Show one user (administrators also see a sign-in lock)");
    show_cmd->add_option("name", *show, "Sign-in name")->required();
    show_cmd->callback([&context, show] {
        for (const auto& user : Users(context).List(context.Actor()))
            if (user.name == *show) return PrintUser(context, user);
        throw domain::DomainError(
            domain::ErrorCode::NotFound,
            {"Không có người dùng '" + *show + "'.", "There is no user '" + *show + "'."}, "name");
    });

    auto unlock = std::make_shared<std::string>();
    auto* unlock_cmd = group->add_subcommand(
        "unlock", "Lift the lock that failed sign-ins put on an account (administrators)");
    unlock_cmd->add_option("name", *unlock, "Sign-in name")->required();
    unlock_cmd->callback(
        [&context, unlock] { PrintUser(context, Users(context).Unlock(*unlock, context.Actor())); });

    auto role = std::make_shared<UserOptions>();
    auto* role_cmd = group->add_subcommand("set-role", "Change a user's role (administrators)");
    role_cmd->add_option("name", role->name, "Sign-in name")->required();
    role_cmd
        ->add_option("role", role->role,
                     "officer, approver, admin, viewer or clerk (records clerk: issues signed decisions)")
        ->required();
    role_cmd->callback([&context, role] {
        domain::ProposedChange change;
        change.kind = domain::ChangeKind::SetRole;
        change.user_name = role->name;
        change.role = ParseOption(domain::Roles(), role->role, "role");
        const auto outcome = FourEyes(context).Propose(change, context.Actor());
        if (outcome.applied) return PrintUser(context, *outcome.result.user);
        PrintProposalOutcome(context, outcome);
    });

    auto password = std::make_shared<UserOptions>();
    auto* password_cmd =
        group->add_subcommand("set-password", "Set a password (your own, or anyone's as administrator)");
    password_cmd->add_option("name", password->name, "Sign-in name")->required();
    password_cmd
        ->add_option("--new-password-file", password->new_password_file,
                     "File whose first line is the new password")
        ->required();
    password_cmd->callback([&context, password] {
        std::string new_password =
            ReadSecretFile(password->new_password_file, "mật khẩu mới", "new password");
        // On PostgreSQL the user's login role gets the same password, in the same transaction.
        persistence::PrepareLoginPassword(context.Workspace().Store(), password->name, new_password);
        Users(context).SetPassword(password->name, std::move(new_password), context.Actor());
        context.out << context.Say("Đã đổi mật khẩu của ", "Password changed for ") << password->name << '\n';
    });

    auto bind = std::make_shared<UserOptions>();
    auto* bind_cmd =
        group->add_subcommand("bind-cert", "Enrol the certificate an approver signs with (administrators)");
    bind_cmd->add_option("name", bind->name, "Sign-in name of the approver")->required();
    bind_cmd
        ->add_option("--cert", bind->cert, "The approver's certificate, PEM or DER (exported from the token)")
        ->required();
    bind_cmd->callback([&context, bind] {
        const auto identity = signing::ReadCertificateIdentity(
            ReadWholeFile(bind->cert, "tệp chứng thư", "certificate file"), bind->cert);
        domain::ProposedChange change;
        change.kind = domain::ChangeKind::EnrolCertificate;
        change.user_name = bind->name;
        change.fingerprint = identity.fingerprint;
        change.subject = identity.subject;
        const auto outcome = FourEyes(context).Propose(change, context.Actor());
        if (!outcome.applied) return PrintProposalOutcome(context, outcome);
        const auto& enrolled = *outcome.result.certificate;
        context.out << context.Say("Đã đăng ký chứng thư cho ", "Certificate enrolled for ") << bind->name
                    << ": " << enrolled.subject << "  SHA-256 " << enrolled.fingerprint << '\n';
    });
}

void AddTrustCommands(CLI::App& app, CliContext& context) {
    auto* group = app.add_subcommand("trust", "The trust store: CA certificates and revocation lists")
                      ->require_subcommand(1);
    auto file = std::make_shared<std::string>();
    auto* add =
        group->add_subcommand("add", "Add every CA certificate and CRL of a PEM file (administrators)");
    add->add_option("file", *file, "PEM file")->required();
    add->callback([&context, file] {
        const auto items = signing::ReadTrustItems(ReadWholeFile(*file, "tệp PEM", "PEM file"), *file);
        auto four_eyes = FourEyes(context);
        for (const auto& item : items) {
            const auto outcome = four_eyes.Propose(domain::AddTrustChange(item), context.Actor());
            if (!outcome.applied) {
                PrintProposalOutcome(context, outcome);
                continue;
            }
            const auto& added = *outcome.result.trust_item;
            context.out << context.Say("Đã thêm ", "Added ") << added.id << ": " << added.label << '\n';
            if (added.kind == domain::TrustKind::CaCertificate) SayIfRootIsOnlyAHelp(context, added.pem);
        }
    });
    AddTrustAnchorsCommand(*group, context);
    group->add_subcommand("list", "List the trust store")->callback([&context] {
        context.Actor();
        const auto items = context.Workspace().Trust().List();
        if (context.options.json) {
            nlohmann::json list = nlohmann::json::array();
            for (const auto& item : items)
                list.push_back({{"id", item.id},
                                {"kind", item.kind == domain::TrustKind::CaCertificate ? "ca" : "crl"},
                                {"label", item.label},
                                {"fingerprint", item.fingerprint}});
            context.out << list.dump(2) << '\n';
            return;
        }
        for (const auto& item : items)
            context.out << item.id << "  " << item.label << "  " << item.fingerprint << '\n';
    });
    auto id = std::make_shared<long long>(0);
    auto* remove = group->add_subcommand("remove", "Remove an item (administrators)");
    remove->add_option("id", *id, "Item id from 'trust list'")->required();
    remove->callback([&context, id] {
        domain::ProposedChange change;
        change.kind = domain::ChangeKind::RemoveTrust;
        change.trust_item_id = *id;
        for (const auto& item : context.Workspace().Trust().List())
            if (item.id == *id) {  // the confirmer sees what would go
                change.subject = item.label;
                change.fingerprint = item.fingerprint;
            }
        const auto outcome = FourEyes(context).Propose(change, context.Actor());
        if (!outcome.applied) return PrintProposalOutcome(context, outcome);
        context.out << context.Say("Đã xóa mục ", "Removed item ") << *id << '\n';
    });

    auto* settings = app.add_subcommand("setting", "Settings kept in the database")->require_subcommand(1);
    auto key = std::make_shared<std::string>();
    auto value = std::make_shared<std::string>();
    auto* set = settings->add_subcommand("set", "Change a setting (administrators)");
    set->add_option(
           "key", *key,
           "report_issuing_body (lines separated by |), report_place, report_symbol, report_signer_title "
           "(lines separated by |), report_signer_name, report_recipients (separated by |), "
           "decision_proposer, "
           "department_province, decision_symbol (after a decision's number: QĐ-SKHCN), time_zone (an IANA "
           "name, default Asia/Ho_Chi_Minh), one_person_rule "
           "(on: changes to trust and signers need no second administrator; only while there is one), "
           "tsa_url (the timestamping authority, http://host[:port]/path; empty: no timestamps) or "
           "tsa_ca_pem "
           "(the value is a PEM file with the TSA's CA certificate(s); empty: none)")
        ->required()
        ->check(CLI::IsMember(
            {domain::kSettingPkcs11Module, app::kSettingReportIssuingBody, app::kSettingReportPlace,
             app::kSettingReportSymbol, app::kSettingReportSignerTitle, app::kSettingReportSignerName,
             app::kSettingReportRecipients, app::kSettingDecisionProposer, domain::kSettingDepartmentProvince,
             app::kSettingTimeZone, domain::kSettingOnePersonRule, domain::kSettingTsaUrl,
             domain::kSettingTsaCaPem, domain::kSettingDecisionSymbol}));
    set->add_option("value", *value, "The value")->required();
    set->callback([&context, key, value] {
        // The token's module decides which code runs on every approver's workstation: a value in
        // the shared database would let whoever can write it choose that code.
        if (*key == domain::kSettingPkcs11Module) {
            const auto files = app::WorkstationFilesFromEnvironment();
            throw domain::DomainError(
                domain::ErrorCode::InvalidValue,
                {"pkcs11_module không còn là cài đặt trong cơ sở dữ liệu: quản trị viên của mỗi máy trạm ghi "
                 "'pkcs11_module = ĐƯỜNG_DẪN' vào " +
                     domain::Utf8Of(files.system_config) + " (hoặc người dùng ghi vào " +
                     domain::Utf8Of(files.user_config) + ").",
                 "pkcs11_module is no longer a database setting: each workstation's administrator writes "
                 "'pkcs11_module = PATH' in " +
                     domain::Utf8Of(files.system_config) + " (or the user writes it in " +
                     domain::Utf8Of(files.user_config) + ")."},
                "key");
        }
        if (*key == app::kSettingTimeZone) {
            context.out << *key << " = " << context.Workspace().SetTimeZone(*value) << '\n';
            return;
        }
        if (*key == domain::kSettingDepartmentProvince) {  // one of the 34, stored by its own name
            context.out << *key << " = "
                        << domain::SetDepartmentProvince(context.Store(), context.Text(), *value,
                                                         context.Actor())
                        << '\n';
            return;
        }
        if (domain::IsTimestampSetting(*key)) {  // the TSA: a signing setting, checked before proposing
            const domain::ProposedChange change =
                *key == domain::kSettingTsaUrl
                    ? app::TimestampUrlChange(*value)
                    : app::TimestampCaChange(
                          value->empty() ? std::string() : ReadWholeFile(*value, "tệp PEM", "PEM file"),
                          *value);
            const auto outcome = FourEyes(context).Propose(change, context.Actor());
            if (!outcome.applied) return PrintProposalOutcome(context, outcome);
            context.out << context.Say(domain::DescribeChange(change)) << '\n';
            return;
        }
        // The reports' heading is text people read, so NFC.
        const std::string stored = context.Text().Clean(*value, *key);
        domain::ProposedChange change;
        change.kind = domain::ChangeKind::SetSetting;
        change.setting_key = *key;
        change.setting_value = stored;
        // The signers' names and the one-person rule wait for a second administrator.
        const auto outcome = FourEyes(context).Propose(change, context.Actor());
        if (!outcome.applied) return PrintProposalOutcome(context, outcome);
        context.out << *key << " = " << stored << '\n';
    });
    settings->add_subcommand("show", "Show the settings")->callback([&context] {
        context.Actor();
        auto settings_service = context.Workspace().Trust();
        for (const char* name :
             {app::kSettingReportIssuingBody, app::kSettingReportPlace, domain::kSettingDepartmentProvince})
            context.out << name << " = " << settings_service.Setting(name).value_or("") << '\n';
        context.out << app::kSettingTimeZone << " = "
                    << settings_service.Setting(app::kSettingTimeZone).value_or(domain::kDefaultTimeZone)
                    << '\n';
        const auto tsa_url = settings_service.Setting(domain::kSettingTsaUrl).value_or("");
        context.out << domain::kSettingTsaUrl << " = " << tsa_url
                    << (tsa_url.empty() ? context.Say("  (không dùng dấu thời gian)", "  (no timestamps)")
                                        : "")
                    << '\n';
        const auto tsa_ca = settings_service.Setting(domain::kSettingTsaCaPem).value_or("");
        if (tsa_ca.empty()) {
            context.out << domain::kSettingTsaCaPem << " = \n";
        } else {
            const auto ca = app::TimestampCaChange(tsa_ca, domain::kSettingTsaCaPem);
            context.out << domain::kSettingTsaCaPem << " = " << ca.subject << " (SHA-256 " << ca.fingerprint
                        << ")\n";
        }
        context.out << domain::kSettingOnePersonRule << " = "
                    << settings_service.Setting(domain::kSettingOnePersonRule).value_or("off") << "  ("
                    << context.Say(FourEyes(context).Status().summary) << ")\n";
        if (const auto ignored = app::IgnoredDatabaseModule(context.Store(), context.Clock()))
            context.err << context.Say(*ignored) << '\n';
    });
}

}  // namespace innodesk::cli
