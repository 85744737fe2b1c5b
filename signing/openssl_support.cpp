// OpenSSL error queue to DomainError.
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

}  // namespace innodesk::signing::detail
