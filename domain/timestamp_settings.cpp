// Checks of the TSA settings that need no cryptography: the URL's form, and that the CA text is PEM
// certificates and nothing else.
#include "timestamp_settings.h"

#include "errors.h"

#include <algorithm>

namespace innodesk::domain {

bool IsTimestampSetting(const std::string& key) {
    return key == kSettingTsaUrl || key == kSettingTsaCaPem;
}

void CheckTimestampSetting(const std::string& key, const std::string& value) {
    if (value.empty()) return;  // not configured: signatures without a timestamp
    if (key == kSettingTsaUrl) {
        const bool spaces =
            std::any_of(value.begin(), value.end(), [](unsigned char c) { return c <= ' ' || c == 0x7f; });
        if (value.rfind("http://", 0) != 0 || value.size() <= 7 || spaces ||
            value.size() > kMaxTsaUrlLength) {
            throw DomainError(
                ErrorCode::InvalidValue,
                {"tsa_url phải là địa chỉ dạng http://máy[:cổng]/đường-dẫn, không có dấu cách, tối "
                 "đa " +
                     std::to_string(kMaxTsaUrlLength) + " ký tự (để trống: không dùng dấu thời gian).",
                 "tsa_url must be an address http://host[:port]/path without spaces, at most " +
                     std::to_string(kMaxTsaUrlLength) + " characters (empty: no timestamps)."},
                kSettingTsaUrl);
        }
    } else if (key == kSettingTsaCaPem) {
        const bool certificate = value.find("-----BEGIN CERTIFICATE-----") != std::string::npos;
        const bool key_material = value.find("PRIVATE KEY") != std::string::npos;
        if (!certificate || key_material || value.size() > kMaxTsaCaPemLength) {
            throw DomainError(
                ErrorCode::InvalidValue,
                {"tsa_ca_pem phải là chứng thư số CA dạng PEM (không kèm khóa bí mật), tối đa " +
                     std::to_string(kMaxTsaCaPemLength / 1024) + " KiB.",
                 "tsa_ca_pem must be PEM CA certificates (no private key), at most " +
                     std::to_string(kMaxTsaCaPemLength / 1024) + " KiB."},
                kSettingTsaCaPem);
        }
    }
}

}  // namespace innodesk::domain
