// OpenSSL error queue to DomainError, and small conversions shared by the signing library.
#include "openssl_support.h"

#include <array>

namespace innodesk::signing::detail {

std::string DrainErrorQueue() {
    std::string text;
    while (const unsigned long code = ERR_get_error()) {
        std::array<char, 256> buffer{};
        ERR_error_string_n(code, buffer.data(), buffer.size());
        if (!text.empty()) text += "; ";
        text += buffer.data();
    }
    return text;
}

void ThrowOpenSslError(domain::ErrorCode code, domain::LocalisedText message) {
    const std::string cause = DrainErrorQueue();
    if (!cause.empty()) {
        message.vi += " (OpenSSL: " + cause + ")";
        message.en += " (OpenSSL: " + cause + ")";
    }
    throw domain::DomainError(code, std::move(message));
}

std::optional<std::int64_t> UnixSeconds(const ASN1_TIME* time) {
    if (time == nullptr) return std::nullopt;
    const Asn1TimePtr epoch(ASN1_TIME_set(nullptr, 0));
    int days = 0;
    int seconds = 0;
    if (!epoch || ASN1_TIME_diff(&days, &seconds, epoch.get(), time) != 1) return std::nullopt;
    return std::int64_t{days} * 86'400 + seconds;
}

std::string NameToString(const X509_NAME* name) {
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0) {
        ThrowOpenSslError(domain::ErrorCode::InvalidValue, {"Không đọc được tên trong chứng thư số.",
                                                            "Cannot read the name in the certificate."});
    }
    char* data = nullptr;
    const long length = BIO_ctrl(bio.get(), BIO_CTRL_INFO, 0, &data);  // BIO_get_mem_data, without its C cast
    return length > 0 && data ? std::string(data, static_cast<std::size_t>(length)) : std::string();
}

}  // namespace innodesk::signing::detail
