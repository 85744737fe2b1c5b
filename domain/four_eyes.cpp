// Four eyes on trust and signers: the rule, and the changes it guards applied in one place.
#include "four_eyes.h"

#include "audit_recorder.h"
#include "audit_views.h"
#include "organisation_certificate.h"
#include "timestamp_settings.h"

#include <array>

namespace innodesk::domain {
namespace {

User RequireUser(Transaction& tx, const std::string& name) {
    if (auto user = tx.Users().FindByName(name)) return *user;
    throw DomainError(ErrorCode::NotFound,
                      {"Không có người dùng '" + name + "'.", "There is no user '" + name + "'."}, "name");
}

bool Empowering(Role role) {
    return role == Role::Approver || role == Role::Admin || role == Role::Clerk;
}

JsonValue TrustView(const TrustItem& item) {
    return JsonValue::Object{{"id", item.id},
                             {"kind", item.kind == TrustKind::CaCertificate ? "ca" : "crl"},
                             {"label", item.label},
                             {"fingerprint", item.fingerprint}};
}

JsonValue CertificateView(const std::optional<EnrolledCertificate>& certificate) {
    if (!certificate) return nullptr;
    return JsonValue::Object{{"fingerprint", certificate->fingerprint}, {"subject", certificate->subject}};
}

EnrolledCertificate Enrol(Transaction& tx, const Clock& clock, const Actor& actor, const ProposedChange& c) {
    const User user = RequireUser(tx, c.user_name);
    // Approvers sign decisions; administrators and approvers sign audit checkpoints.
    if (!Empowering(user.role))
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Chỉ lãnh đạo phê duyệt (ký quyết định) và quản trị viên (ký điểm kiểm tra nhật ký) mới "
             "được đăng ký chứng thư số; " +
                 c.user_name + " có vai trò " + std::string(EntryOf(Roles(), user.role).vi) + ".",
             "Only approvers (who sign decisions) and administrators (who sign audit checkpoints) have "
             "certificates enrolled; " +
                 c.user_name + " has the role " + std::string(EntryOf(Roles(), user.role).en) + "."},
            "role");
    for (const auto& other : tx.Users().FindCertificates(c.fingerprint))
        if (other.user_id != user.id && !other.unbound_at_unix)
            throw DomainError(ErrorCode::Duplicate,
                              {"Chứng thư số này đang được đăng ký cho người dùng khác.",
                               "This certificate is enrolled for another user."},
                              "certificate");
    const auto previous = tx.Users().CurrentCertificate(user.id);
    if (previous && previous->fingerprint == c.fingerprint)
        throw DomainError(ErrorCode::Duplicate,
                          {"Chứng thư số này đã được đăng ký cho " + c.user_name + ".",
                           "This certificate is already enrolled for " + c.user_name + "."},
                          "certificate");
    EnrolledCertificate certificate{user.id, c.fingerprint, c.subject, clock.NowUnixSeconds(), std::nullopt};
    tx.Users().BindCertificate(certificate);
    RecordChange(tx, clock, actor, "user.bind_certificate", "user", user.id, CertificateView(previous),
                 CertificateView(certificate));
    return certificate;
}

User AddUser(Transaction& tx, const Clock& clock, const Actor& actor, const ProposedChange& c) {
    if (tx.Users().FindByName(c.user_name))
        throw DomainError(ErrorCode::Duplicate,
                          {"Tên đăng nhập '" + c.user_name + "' đã có.",
                           "The sign-in name '" + c.user_name + "' is taken."},
                          "name");
    User user;
    user.name = c.user_name;
    user.display_name = c.display_name;
    user.role = c.role;
    user.password_hash = c.password_hash;
    user.created_at_unix = clock.NowUnixSeconds();
    user.version = 1;
    user.id = tx.Users().Insert(user);
    RecordChange(tx, clock, actor, "user.create", "user", user.id, nullptr, AuditView(user));
    return user;
}

User SetRole(Transaction& tx, const Clock& clock, const Actor& actor, const ProposedChange& c) {
    User user = RequireUser(tx, c.user_name);
    const User before = user;
    if (user.role == Role::Admin && c.role != Role::Admin) RequireAnotherAdmin(tx, user);
    user.role = c.role;
    tx.Users().Update(user);
    user.version += 1;
    RecordChange(tx, clock, actor, "user.set_role", "user", user.id, AuditView(before), AuditView(user));
    return user;
}

User DisableUser(Transaction& tx, const Clock& clock, const Actor& actor, const ProposedChange& c) {
    User user = RequireUser(tx, c.user_name);
    const User before = user;
    if (user.role == Role::Admin) RequireAnotherAdmin(tx, user);
    user.disabled = true;
    tx.Users().Update(user);
    user.version += 1;
    RecordChange(tx, clock, actor, "user.disable", "user", user.id, AuditView(before), AuditView(user));
    return user;
}

// An active administrator: taking that role away or disabling them needs a second administrator,
// since one of two administrators could otherwise leave themselves alone and then switch the
// one-person rule on.
bool IsActiveAdministrator(Transaction& tx, const std::string& name) {
    const auto user = tx.Users().FindByName(name);
    return user && user->role == Role::Admin && !user->disabled;
}

TrustItem AddTrust(Transaction& tx, const Clock& clock, const Actor& actor, const ProposedChange& c) {
    for (const auto& existing : tx.Settings().ListTrustItems())
        if (existing.fingerprint == c.fingerprint)
            throw DomainError(ErrorCode::Duplicate,
                              {"Kho tin cậy đã có mục này (id " + std::to_string(existing.id) + ": " +
                                   existing.label + ").",
                               "The trust store already holds this item (id " + std::to_string(existing.id) +
                                   ": " + existing.label + ")."},
                              "pem");
    TrustItem item{0, c.trust_kind, c.subject, c.pem, c.fingerprint, clock.NowUnixSeconds()};
    item.id = tx.Settings().InsertTrustItem(item);
    RecordChange(tx, clock, actor, "trust.add", "trust_item", item.id, nullptr, TrustView(item));
    return item;
}

TrustItem RemoveTrust(Transaction& tx, const Clock& clock, const Actor& actor, const ProposedChange& c) {
    std::optional<TrustItem> removed;
    for (const auto& item : tx.Settings().ListTrustItems())
        if (item.id == c.trust_item_id) removed = item;
    if (!removed)
        throw DomainError(ErrorCode::NotFound,
                          {"Không có mục tin cậy id " + std::to_string(c.trust_item_id) + ".",
                           "There is no trust store item with id " + std::to_string(c.trust_item_id) + "."},
                          "id");
    tx.Settings().DeleteTrustItem(c.trust_item_id);
    RecordChange(tx, clock, actor, "trust.remove", "trust_item", c.trust_item_id, TrustView(*removed),
                 nullptr);
    return *removed;
}

void SetSetting(Transaction& tx, const Clock& clock, const Actor& actor, const ProposedChange& c) {
    if (c.setting_key == kSettingOnePersonRule && c.setting_value != "on" && c.setting_value != "off")
        throw DomainError(ErrorCode::InvalidValue,
                          {std::string(kSettingOnePersonRule) + " nhận 'on' hoặc 'off'.",
                           std::string(kSettingOnePersonRule) + " takes 'on' or 'off'."},
                          "value");
    CheckTimestampSetting(c.setting_key, c.setting_value);
    if (c.setting_key == kSettingOrganisationCertificate && !ParseOrganisationCertificate(c.setting_value))
        throw DomainError(ErrorCode::InvalidValue,
                          {std::string(kSettingOrganisationCertificate) +
                               " chỉ được đặt bằng lệnh 'organisation-certificate enrol TỆP.pem'.",
                           std::string(kSettingOrganisationCertificate) +
                               " is set only by 'organisation-certificate enrol FILE.pem'."},
                          "value");
    const auto before = tx.Settings().Get(c.setting_key);
    tx.Settings().Put(c.setting_key, c.setting_value);
    RecordChange(
        tx, clock, actor, "setting.set", "setting", 0,
        before ? JsonValue(JsonValue::Object{{"key", c.setting_key}, {"value", *before}}) : JsonValue(),
        JsonValue::Object{{"key", c.setting_key}, {"value", c.setting_value}});
}

}  // namespace

int ActiveAdministrators(Transaction& tx) {
    int count = 0;
    for (const auto& user : tx.Users().List())
        if (user.role == Role::Admin && !user.disabled) ++count;
    return count;
}

bool OnePersonRuleApplies(Transaction& tx) {
    return tx.Settings().Get(kSettingOnePersonRule).value_or("off") == "on" && ActiveAdministrators(tx) == 1;
}

bool IsSigningSetting(const std::string& key) {
    // The reports' signer (title and name) and the decisions' proposer are printed on signed
    // documents; the one-person rule decides who may change all of this alone.
    // The TSA decides what a signature's time rests on; the organisation certificate is the
    // department's seal on every decision it issues.
    static constexpr std::array<const char*, 7> kKeys{
        "report_signer_title",          "report_signer_name", "decision_proposer",
        kSettingOnePersonRule,          kSettingTsaUrl,       kSettingTsaCaPem,
        kSettingOrganisationCertificate};
    for (const char* signing : kKeys)
        if (key == signing) return true;
    return false;
}

bool NeedsSecondAdministrator(Transaction& tx, const ProposedChange& change) {
    switch (change.kind) {
        case ChangeKind::AddUser:
            if (!Empowering(change.role)) return false;
            break;
        case ChangeKind::SetRole:
            if (!Empowering(change.role) && !IsActiveAdministrator(tx, change.user_name)) return false;
            break;
        case ChangeKind::DisableUser:
            if (!IsActiveAdministrator(tx, change.user_name)) return false;
            break;
        case ChangeKind::SetSetting:
            if (!IsSigningSetting(change.setting_key)) return false;
            if (change.setting_key == kSettingOnePersonRule)
                // Four eyes again is always allowed; one person only while there is one administrator.
                return change.setting_value == "on" && ActiveAdministrators(tx) != 1;
            break;
        case ChangeKind::EnrolCertificate:
        case ChangeKind::AddTrust:
        case ChangeKind::RemoveTrust:
            break;
    }
    return !OnePersonRuleApplies(tx);
}

void RequireNoSecondAdministrator(Transaction& tx, const ProposedChange& change) {
    if (!NeedsSecondAdministrator(tx, change)) return;
    const LocalisedText what = DescribeChange(change);
    throw DomainError(ErrorCode::PermissionDenied,
                      {"Thay đổi này cần quản trị viên thứ hai xác nhận (" + what.vi +
                           "): hãy đề xuất để một quản trị viên khác xác nhận.",
                       "This change needs a second administrator's confirmation (" + what.en +
                           "): propose it for another administrator to confirm."},
                      "role");
}

void RequireAnotherAdmin(Transaction& tx, const User& changed) {
    for (const auto& user : tx.Users().List())
        if (user.id != changed.id && user.role == Role::Admin && !user.disabled) return;
    throw DomainError(
        ErrorCode::InvalidValue,
        {"Không thể: " + changed.name +
             " là quản trị viên duy nhất còn hoạt động. Tạo quản trị viên khác trước.",
         "Not possible: " + changed.name + " is the only active administrator. Create another one first."},
        "role");
}

AppliedChange ApplyChange(Transaction& tx, const Clock& clock, const Actor& actor,
                          const ProposedChange& change) {
    AppliedChange applied;
    switch (change.kind) {
        case ChangeKind::EnrolCertificate:
            applied.certificate = Enrol(tx, clock, actor, change);
            break;
        case ChangeKind::AddUser:
            applied.user = AddUser(tx, clock, actor, change);
            break;
        case ChangeKind::SetRole:
            applied.user = SetRole(tx, clock, actor, change);
            break;
        case ChangeKind::AddTrust:
            applied.trust_item = AddTrust(tx, clock, actor, change);
            break;
        case ChangeKind::RemoveTrust:
            applied.trust_item = RemoveTrust(tx, clock, actor, change);
            break;
        case ChangeKind::SetSetting:
            SetSetting(tx, clock, actor, change);
            break;
        case ChangeKind::DisableUser:
            applied.user = DisableUser(tx, clock, actor, change);
            break;
    }
    if (applied.user) applied.user->password_hash.clear();  // never leaves the domain
    return applied;
}

LocalisedText DescribeChange(const ProposedChange& c) {
    const auto role_vi = [&] { return std::string(EntryOf(Roles(), c.role).vi); };
    const auto role_en = [&] { return std::string(EntryOf(Roles(), c.role).en); };
    switch (c.kind) {
        case ChangeKind::EnrolCertificate:
            return {
                "đăng ký chứng thư số " + c.subject + " (SHA-256 " + c.fingerprint + ") cho " + c.user_name,
                "enrol the certificate " + c.subject + " (SHA-256 " + c.fingerprint + ") for " + c.user_name};
        case ChangeKind::AddUser:
            return {"tạo người dùng " + c.user_name + " (" + c.display_name + ") với vai trò " + role_vi(),
                    "add the user " + c.user_name + " (" + c.display_name + ") with the role " + role_en()};
        case ChangeKind::SetRole:
            return {"đổi vai trò của " + c.user_name + " thành " + role_vi(),
                    "change the role of " + c.user_name + " to " + role_en()};
        case ChangeKind::AddTrust:
            return {std::string("thêm vào kho tin cậy ") +
                        (c.trust_kind == TrustKind::CaCertificate ? "chứng thư CA " : "danh sách thu hồi ") +
                        c.subject + " (SHA-256 " + c.fingerprint + ")",
                    std::string("add to the trust store the ") +
                        (c.trust_kind == TrustKind::CaCertificate ? "CA certificate " : "revocation list ") +
                        c.subject + " (SHA-256 " + c.fingerprint + ")"};
        case ChangeKind::RemoveTrust:
            return {"xóa khỏi kho tin cậy mục " + std::to_string(c.trust_item_id) + ": " + c.subject,
                    "remove from the trust store item " + std::to_string(c.trust_item_id) + ": " + c.subject};
        case ChangeKind::SetSetting:
            // A PEM text says nothing to the confirmer: its certificates' names and fingerprints do.
            if (c.setting_key == kSettingTsaCaPem && !c.subject.empty())
                return {"đặt CA của đơn vị cấp dấu thời gian (" + c.setting_key + ") = " + c.subject +
                            " (SHA-256 " + c.fingerprint + ")",
                        "set the timestamping authority's CA (" + c.setting_key + ") = " + c.subject +
                            " (SHA-256 " + c.fingerprint + ")"};
            if (const auto organisation = c.setting_key == kSettingOrganisationCertificate
                                              ? ParseOrganisationCertificate(c.setting_value)
                                              : std::nullopt)
                return {"đăng ký chứng thư số của cơ quan " + organisation->subject + " (SHA-256 " +
                            organisation->fingerprint + ")",
                        "enrol the organisation certificate " + organisation->subject + " (SHA-256 " +
                            organisation->fingerprint + ")"};
            return {"đặt " + c.setting_key + " = " + c.setting_value,
                    "set " + c.setting_key + " = " + c.setting_value};
        case ChangeKind::DisableUser:
            return {"khóa tài khoản quản trị viên " + c.user_name,
                    "disable the administrator " + c.user_name};
    }
    return {"", ""};
}

JsonValue AuditView(const ProposedChange& c) {
    JsonValue::Object view{{"kind", std::string(EntryOf(ChangeKinds(), c.kind).code)}};
    switch (c.kind) {
        case ChangeKind::EnrolCertificate:
            view.emplace("user", c.user_name);
            view.emplace("fingerprint", c.fingerprint);
            view.emplace("subject", c.subject);
            break;
        case ChangeKind::AddUser:
            view.emplace("user", c.user_name);
            view.emplace("display_name", c.display_name);
            view.emplace("role", std::string(EntryOf(Roles(), c.role).code));
            break;
        case ChangeKind::SetRole:
            view.emplace("user", c.user_name);
            view.emplace("role", std::string(EntryOf(Roles(), c.role).code));
            break;
        case ChangeKind::AddTrust:
            view.emplace("trust_kind", c.trust_kind == TrustKind::CaCertificate ? "ca" : "crl");
            view.emplace("label", c.subject);
            view.emplace("fingerprint", c.fingerprint);
            break;
        case ChangeKind::RemoveTrust:
            view.emplace("trust_item", c.trust_item_id);
            view.emplace("label", c.subject);
            view.emplace("fingerprint", c.fingerprint);
            break;
        case ChangeKind::SetSetting:
            view.emplace("key", c.setting_key);
            view.emplace("value", c.setting_value);
            if (c.setting_key == kSettingTsaCaPem && !c.subject.empty()) {
                view.emplace("subject", c.subject);
                view.emplace("fingerprint", c.fingerprint);
            }
            break;
        case ChangeKind::DisableUser:
            view.emplace("user", c.user_name);
            break;
    }
    return view;
}

}  // namespace innodesk::domain
