// Wiping secrets with OpenSSL's cleanse.
#include "secret_wipe.h"

#include <openssl/crypto.h>

namespace innodesk::signing {

void WipeSecret(std::string& secret) {
    // The whole buffer, not just size(): a string moved from keeps its short-string bytes in place
    // while reporting size 0.
    OPENSSL_cleanse(secret.data(), secret.capacity());
    secret.clear();
}

}  // namespace innodesk::signing
