// A SoftHSM2 token made at test time, holding the test PKI's signer key, its certificate and the
// intermediate, as a Vietnamese CA's USB token holds them.
#pragma once

#include <filesystem>
#include <string>

namespace innodesk::testing {

struct SoftHsmToken {
    std::filesystem::path module;  // libsofthsm2.so
    std::string label;             // the token's label
    std::string pin;
    std::string pin_file;    // its first line is `pin`
    std::string key_label;   // CKA_LABEL of the signer's key and certificate
    std::string key_id_uri;  // CKA_ID as a URI value, e.g. "%0a%1b"
    std::string key_uri;     // PKCS#11 URI of the signer's private key, by token label and id
};

// Made once per test program in the test PKI's folder, with SOFTHSM2_CONF pointing this process
// (and the innodesk-cli it starts) at a configuration of its own. Without SoftHSM2 the test is
// skipped or fails, as RequireTool says (test_tools.h).
const SoftHsmToken& SharedSoftHsmToken();

}  // namespace innodesk::testing
