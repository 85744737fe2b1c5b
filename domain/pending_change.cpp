// Proposal kinds and states, and the proposals of a transaction.
#include "pending_change.h"

#include "errors.h"

#include <array>

namespace innodesk::domain {
namespace {

constexpr std::array<EnumEntry<ChangeKind>, 7> kChangeKinds{{
    {ChangeKind::EnrolCertificate, "enrol_certificate", "Đăng ký chứng thư số", "Enrol a certificate"},
    {ChangeKind::AddUser, "add_user", "Tạo người dùng", "Add a user"},
    {ChangeKind::SetRole, "set_role", "Đổi vai trò", "Change a role"},
    {ChangeKind::AddTrust, "add_trust", "Thêm vào kho tin cậy", "Add to the trust store"},
    {ChangeKind::RemoveTrust, "remove_trust", "Xóa khỏi kho tin cậy", "Remove from the trust store"},
    {ChangeKind::SetSetting, "set_setting", "Đổi cài đặt ký", "Change a signing setting"},
    {ChangeKind::DisableUser, "disable_user", "Khóa quản trị viên", "Disable an administrator"},
}};

constexpr std::array<EnumEntry<ProposalStatus>, 4> kStatuses{{
    {ProposalStatus::Pending, "pending", "Chờ xác nhận", "Awaiting confirmation"},
    {ProposalStatus::Confirmed, "confirmed", "Đã xác nhận", "Confirmed"},
    {ProposalStatus::Rejected, "rejected", "Bị từ chối", "Rejected"},
    {ProposalStatus::Withdrawn, "withdrawn", "Đã rút", "Withdrawn"},
}};

}  // namespace

std::span<const EnumEntry<ChangeKind>> ChangeKinds() {
    return kChangeKinds;
}

std::span<const EnumEntry<ProposalStatus>> ProposalStatuses() {
    return kStatuses;
}

ProposedChange AddTrustChange(const TrustItem& item) {
    ProposedChange change;
    change.kind = ChangeKind::AddTrust;
    change.trust_kind = item.kind;
    change.subject = item.label;
    change.fingerprint = item.fingerprint;
    change.pem = item.pem;
    return change;
}

ProposalRepository& ProposalsOf(Transaction& tx) {
    if (auto* source = dynamic_cast<ProposalSource*>(&tx)) return source->Proposals();
    throw DomainError(ErrorCode::Storage, {"Kho dữ liệu này không lưu được đề xuất thay đổi.",
                                           "This store cannot keep proposed changes."});
}

}  // namespace innodesk::domain
