// Decoded certificates keyed by their exact DER bytes.
#include "certificate_cache.h"

#include <limits>

namespace innodesk::signing::detail {

X509Ptr CertificateCache::Get(std::span<const std::uint8_t> der) {
    if (der.empty() || der.size() > static_cast<std::size_t>(std::numeric_limits<long>::max()))
        return nullptr;
    std::string key(der.begin(), der.end());
    {
        const std::lock_guard lock(m_mutex);
        const auto found = m_by_der.find(key);
        if (found != m_by_der.end()) {
            // Shared between threads: OpenSSL's X509 objects are reference-counted and their cached
            // extension data is filled under a lock.
            X509_up_ref(found->second.get());
            return X509Ptr(found->second.get());
        }
    }
    // Decoded outside the lock: it is the slow part, and two threads decoding the same certificate
    // at once only waste a little work.
    const unsigned char* cursor = der.data();
    X509Ptr certificate(d2i_X509(nullptr, &cursor, static_cast<long>(der.size())));
    if (!certificate || cursor != der.data() + der.size()) return nullptr;
    X509_up_ref(certificate.get());
    X509Ptr cached(certificate.get());
    const std::lock_guard lock(m_mutex);
    if (m_by_der.size() >= kMaxEntries) m_by_der.clear();
    m_by_der.emplace(std::move(key), std::move(cached));
    return certificate;
}

}  // namespace innodesk::signing::detail
