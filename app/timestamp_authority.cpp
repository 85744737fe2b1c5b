// Reading the TSA settings into a signing::TimestampAuthority, and making the changes that set them.
#include "timestamp_authority.h"

#include "domain/timestamp_settings.h"
#include "signing/trust_items.h"

namespace innodesk::app {

using domain::DomainError;
using domain::ErrorCode;

std::optional<signing::TimestampAuthority> ConfiguredTimestampAuthority(domain::Store& store) {
    auto tx = store.Begin(domain::TransactionMode::Read);
    const std::string url = tx->Settings().Get(domain::kSettingTsaUrl).value_or("");
    const std::string ca_pem = tx->Settings().Get(domain::kSettingTsaCaPem).value_or("");
    if (url.empty()) return std::nullopt;
    if (ca_pem.empty()) {
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Đã cấu hình đơn vị cấp dấu thời gian " + url +
                 " nhưng chưa có chứng thư CA của đơn vị (tsa_ca_pem): không thể kiểm tra dấu thời "
                 "gian. Quản trị viên đặt tsa_ca_pem, hoặc để trống tsa_url.",
             "The timestamping authority " + url +
                 " is configured without its CA certificate (tsa_ca_pem): its timestamps cannot be "
                 "checked. An administrator sets tsa_ca_pem, or empties tsa_url."},
            domain::kSettingTsaCaPem);
    }
    signing::TimestampAuthority tsa;
    tsa.url = url;
    tsa.ca_pems = {ca_pem};
    return tsa;
}

domain::ProposedChange TimestampUrlChange(const std::string& url) {
    const auto first = url.find_first_not_of(" \t\r\n");
    const std::string trimmed = first == std::string::npos
                                    ? std::string()
                                    : url.substr(first, url.find_last_not_of(" \t\r\n") - first + 1);
    domain::CheckTimestampSetting(domain::kSettingTsaUrl, trimmed);
    domain::ProposedChange change;
    change.kind = domain::ChangeKind::SetSetting;
    change.setting_key = domain::kSettingTsaUrl;
    change.setting_value = trimmed;
    return change;
}

domain::ProposedChange TimestampCaChange(const std::string& pem_text, const std::string& source) {
    domain::ProposedChange change;
    change.kind = domain::ChangeKind::SetSetting;
    change.setting_key = domain::kSettingTsaCaPem;
    if (pem_text.find_first_not_of(" \t\r\n") == std::string::npos) return change;
    for (const domain::TrustItem& item : signing::ReadTrustItems(pem_text, source)) {
        if (item.kind != domain::TrustKind::CaCertificate) {
            throw DomainError(
                ErrorCode::InvalidValue,
                {source + " chứa danh sách thu hồi (CRL): tsa_ca_pem chỉ nhận chứng thư CA.",
                 source + " holds a revocation list (CRL): tsa_ca_pem takes CA certificates only."},
                domain::kSettingTsaCaPem);
        }
        change.setting_value += item.pem;
        change.subject += (change.subject.empty() ? "" : "; ") + item.label;
        change.fingerprint += (change.fingerprint.empty() ? "" : ", ") + item.fingerprint;
    }
    domain::CheckTimestampSetting(domain::kSettingTsaCaPem, change.setting_value);
    return change;
}

}  // namespace innodesk::app
