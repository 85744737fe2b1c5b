// A SoftHSM2 token for the CLI tests, holding the approver's key and certificate and the
// intermediate, as a Vietnamese CA's USB token holds them.
#pragma once

#include <filesystem>
#include <string>

namespace innodesk::testing {

struct CliToken {
    std::filesystem::path module;  // libsofthsm2.so
    std::string key_uri;           // PKCS#11 URI of the approver's private key
    std::string pin_file;          // its first line is the user PIN
};

// Made once per test program in the CLI test PKI's folder; SOFTHSM2_CONF is set in this process's
// environment, which the innodesk-cli children inherit. Null when SoftHSM2 was not found when the
// build was configured.
const CliToken* SharedCliToken();

}  // namespace innodesk::testing
