// A SoftHSM2 token made at test time, holding the test PKI's main signer key, certificate and intermediate.
#pragma once

#include <filesystem>
#include <string>

namespace innodesk::signing::test {

struct SoftHsmToken {
    std::filesystem::path module;  // libsofthsm2.so
    std::string label;             // the token's label
    std::string pin;
    std::string key_label;   // CKA_LABEL of the signer's key and certificate
    std::string key_id_uri;  // CKA_ID as a URI value, e.g. "%0a%1b"
};

// Made once per test program in the test PKI's folder, with SOFTHSM2_CONF pointing this process at a
// configuration of its own; null when SoftHSM2 was not found at configure time.
const SoftHsmToken* SharedSoftHsmToken();

}  // namespace innodesk::signing::test
