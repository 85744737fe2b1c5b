// What a PreparedTrustStore holds, private to the signing library.
#pragma once

#include "certificate_cache.h"
#include "openssl_support.h"
#include "signing.h"

namespace innodesk::signing {

struct PreparedTrustStore::Impl {
    detail::X509StorePtr store;  // trust anchors and CRLs; only read after construction
    // Untrusted certificates offered to every chain beside those the signature carries.
    detail::X509StackPtr intermediates;
    bool check_revocation = false;
    // Filled by verifications; mutable because caching does not change what the store trusts.
    mutable detail::CertificateCache certificates;
};

}  // namespace innodesk::signing
