// The codes and labels of a signature's verdict and reason.
#include "signature_ports.h"

#include <array>

namespace innodesk::domain {
namespace {

constexpr std::array<EnumEntry<SignatureVerdict>, 3> kVerdicts{{
    {SignatureVerdict::Valid, "valid", "hợp lệ", "valid"},
    {SignatureVerdict::Indeterminate, "indeterminate", "chưa xác định được", "indeterminate"},
    {SignatureVerdict::Invalid, "invalid", "không hợp lệ", "invalid"},
}};

constexpr std::array<EnumEntry<SignatureReason>, 13> kReasons{{
    {SignatureReason::None, "none", "không có vấn đề", "no problem"},
    {SignatureReason::ContentChanged, "content_changed", "nội dung đã bị thay đổi", "content changed"},
    {SignatureReason::SignatureDamaged, "signature_damaged", "chữ ký bị hỏng", "signature damaged"},
    {SignatureReason::FormatDamaged, "format_damaged", "định dạng chữ ký bị hỏng",
     "signature format damaged"},
    {SignatureReason::Expired, "expired", "chứng thư số đã hết hạn", "certificate expired"},
    {SignatureReason::NotYetValid, "not_yet_valid", "chứng thư số chưa có hiệu lực",
     "certificate not yet valid"},
    {SignatureReason::Revoked, "revoked", "chứng thư số đã bị thu hồi", "certificate revoked"},
    {SignatureReason::RevocationUnknown, "revocation_unknown", "không rõ tình trạng thu hồi",
     "revocation status unknown"},
    {SignatureReason::UntrustedChain, "untrusted_chain", "chuỗi chứng thư không được tin cậy",
     "untrusted chain"},
    {SignatureReason::WrongKeyUsage, "wrong_key_usage", "chứng thư số không dùng để ký", "wrong key usage"},
    {SignatureReason::StatusChanged, "status_changed", "tình trạng bị sửa ngoài InnoDesk",
     "status changed outside InnoDesk"},
    {SignatureReason::SignerNotBound, "signer_not_bound", "người ký không phải chứng thư đã đăng ký",
     "signer not the enrolled certificate"},
    {SignatureReason::Unsigned, "unsigned", "chưa ký số", "not digitally signed"},
}};

}  // namespace

std::span<const EnumEntry<SignatureVerdict>> SignatureVerdicts() {
    return kVerdicts;
}

std::span<const EnumEntry<SignatureReason>> SignatureReasons() {
    return kReasons;
}

std::string ReasonCode(SignatureReason reason) {
    return std::string(EntryOf(SignatureReasons(), reason).code);
}

}  // namespace innodesk::domain
