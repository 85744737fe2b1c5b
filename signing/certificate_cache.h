// Certificates decoded once and reused across verifications (private to the signing library): every
// decision of one signer carries the same signer and intermediate certificates.
#pragma once

#include "openssl_support.h"

#include <cstdint>
#include <mutex>
#include <span>
#include <string>
#include <unordered_map>

namespace innodesk::signing::detail {

class CertificateCache {
public:
    // The certificate whose DER is exactly `der`, decoded now or earlier; null when it cannot be
    // decoded. Safe to call from several threads.
    X509Ptr Get(std::span<const std::uint8_t> der);

private:
    // A handful of signers and CAs in practice; past this the cache starts again rather than growing
    // without bound (a flood of distinct certificates only costs the decoding it would cost anyway).
    static constexpr std::size_t kMaxEntries = 512;

    std::mutex m_mutex;
    std::unordered_map<std::string, X509Ptr> m_by_der;
};

}  // namespace innodesk::signing::detail
