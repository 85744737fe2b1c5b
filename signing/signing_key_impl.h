// What a SigningKey holds, private to the signing library: PKCS#12 and PKCS#11 loaders both fill it.
#pragma once

#include "openssl_support.h"
#include "signing.h"

#include <memory>

namespace innodesk::signing {

// Whatever a key needs kept alive while it is used: a PKCS#11 key signs through its module's session,
// so the module must stay loaded until the key is freed.
class KeySource {
public:
    virtual ~KeySource() = default;
};

struct SigningKey::Impl {
    // Declared first so that it is destroyed last, after the key that depends on it.
    std::unique_ptr<KeySource> source;  // null for a key read from a PKCS#12 file
    detail::EvpPkeyPtr key;
    detail::X509Ptr certificate;
    detail::X509StackPtr chain;  // never null; may be empty
};

}  // namespace innodesk::signing
