// Test PKI made at test time with signing/pki_maker: two roots, an intermediate, a signer for each case.
#pragma once

#include <filesystem>
#include <string>

namespace innodesk::signing::test {

// Chain of the main signers: root → intermediate → signer. The PKCS#12 files hold the signer's key,
// its certificate and the intermediate (not the root), all under `password`.
struct TestPki {
    std::filesystem::path dir;  // a fresh temporary folder, removed when the test program exits
    std::string password;

    std::filesystem::path root_pem;         // trust anchor of the main chain
    std::filesystem::path second_root_pem;  // an unrelated root
    std::filesystem::path crl_pem;  // CRLs of the root (empty) and of the intermediate (revokes one signer)
    std::string root_pem_text;      // the contents of the three files above, for in-memory trust stores
    std::string second_root_pem_text;
    std::string crl_pem_text;

    std::filesystem::path signer_p12;              // digitalSignature + nonRepudiation, valid now
    std::filesystem::path expired_p12;             // expired yesterday
    std::filesystem::path not_yet_valid_p12;       // valid from tomorrow
    std::filesystem::path key_encipherment_p12;    // key usage keyEncipherment only
    std::filesystem::path revoked_p12;             // listed in the intermediate's CRL
    std::filesystem::path second_root_signer_p12;  // issued directly by the second root

    // The main signer's parts as a token import needs them.
    std::filesystem::path signer_key_pem;  // encrypted PKCS#8 under `password`
    std::filesystem::path signer_certificate_pem;
    std::filesystem::path intermediate_pem;
};

// Made once per test program, on first use (RSA key generation takes a moment).
const TestPki& SharedTestPki();

}  // namespace innodesk::signing::test
