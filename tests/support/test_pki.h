// The tests' PKI, made at test time with signing/pki_maker (no key is committed): a root, an
// intermediate under it, signers for each case, an unrelated root, and CRLs. One for every suite:
// the signing library's tests and the CLI and reliability tests that drive innodesk-cli.
#pragma once

#include <filesystem>
#include <string>

namespace innodesk::testing {

// A signer's certificate, and its key with the certificate and its issuer (the intermediate; none
// for `untrusted`, issued by a root) as PKCS#12 under TestPki::password.
struct TestSigner {
    std::string certificate_pem;
    std::string p12;
};

struct TestPki {
    std::filesystem::path dir;  // a fresh temporary folder, removed when the test program exits
    std::string password;       // of every PKCS#12 file and encrypted key
    std::string password_file;  // its first line is `password`
    std::string wrong_password_file;

    std::string root_pem;  // trust anchor: root → intermediate → signers
    std::string root_pem_text;
    std::string intermediate_pem;

    TestSigner signer;           // valid now, digitalSignature + nonRepudiation: Lê Thị Châu
    TestSigner second_signer;    // the same, another person: Hoàng Minh Dũng
    std::string signer_key_pem;  // the signer's key as encrypted PKCS#8 under `password`, for a token
};

// Certificates that signing must refuse, and what refuses them; made only by the tests that need
// them, as each RSA key takes a moment.
struct TestProblemPki {
    std::string untrusted_root_pem;  // an unrelated root, never put in a trust store by default
    std::string untrusted_root_pem_text;
    std::string crl_pem;  // the root's CRL (empty) and the intermediate's (revokes `revoked`)
    std::string crl_pem_text;

    TestSigner expired;           // expired yesterday
    TestSigner not_yet_valid;     // valid from tomorrow
    TestSigner key_encipherment;  // key usage keyEncipherment only
    TestSigner revoked;           // listed in the intermediate's CRL
    TestSigner untrusted;         // issued by the unrelated root
};

// Made once per test program, on first use (RSA key generation takes a moment).
const TestPki& SharedTestPki();
const TestProblemPki& SharedProblemPki();

// The shared PKI's root pinned on the workstation (pinned_roots.h) until the test program exits, for
// the suites whose signatures are meant to be valid: InnoDesk trusts no root from the database.
void PinSharedTestRoot();

}  // namespace innodesk::testing
