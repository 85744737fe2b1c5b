// Certificates for the CLI tests, made at test time with signing/pki_maker: a root, an
// intermediate under it, signer certificates for each case, an unrelated root, and CRLs.
#pragma once

#include "cli_fixture.h"

#include <filesystem>
#include <string>
#include <vector>

namespace innodesk::testing {

struct CliSigner {
    std::string certificate_pem;  // what `user bind-cert --cert` takes
    std::string p12;              // key, certificate and the intermediate, under CliPki::p12_password
};

struct CliPki {
    std::filesystem::path dir;  // a temporary folder, removed when the test program exits
    std::string p12_password;
    std::string p12_password_file;  // its first line is p12_password
    std::string wrong_password_file;

    std::string root_pem;  // trust anchor: root → intermediate → signers
    std::string intermediate_pem;

    CliSigner approver;            // valid now, digitalSignature + nonRepudiation
    CliSigner second_approver;     // the same, another person
    std::string approver_key_pem;  // the approver's key as encrypted PKCS#8 under p12_password, for a token
};

// Certificates that signing must refuse, and what refuses them; made only by the tests that need
// them, as each RSA key takes a moment.
struct CliProblemPki {
    std::string untrusted_root_pem;  // an unrelated root, never put in a trust store
    std::string crl_pem;             // the root's CRL (empty) and the intermediate's (revokes `revoked`)

    CliSigner expired;           // expired yesterday
    CliSigner not_yet_valid;     // valid from tomorrow
    CliSigner key_encipherment;  // key usage keyEncipherment only
    CliSigner revoked;           // listed in the intermediate's CRL
    CliSigner untrusted;         // issued by the unrelated root
};

// Made once per test program, on first use (RSA key generation takes a moment).
const CliPki& SharedCliPki();
const CliProblemPki& SharedCliProblemPki();

// --p12 FILE --password-file FILE for `decision sign` and `audit checkpoint`.
std::vector<std::string> P12Options(const CliSigner& signer);

// As the administrator: puts the root in the trust store and enrols `approver` for kApprover and
// `second_approver` for kSecondApprover.
void TrustAndEnrol(const CliDatabase& db);

}  // namespace innodesk::testing
