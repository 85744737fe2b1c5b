// A throwaway certificate authority and signer keys for the demo database, so that decisions can be
// signed and verified in a demonstration without a real token.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace innodesk::demo {

struct DemoSigner {
    std::string common_name;
    std::filesystem::path p12;       // <dir>/<common name>.p12: key, certificate and the intermediate
    std::string fingerprint_sha256;  // of the signer certificate, as CertificateFingerprintSha256
    std::string certificate_pem;     // the signer certificate alone, as an administrator enrols it
};

struct DemoPki {
    std::filesystem::path root_pem;   // <dir>/demo-root-ca.pem: the one certificate to trust
    std::vector<DemoSigner> signers;  // in the order of the names given
    // The department's own certificate (CN and O its name), when one was asked for: the key the
    // records clerk seals issued decisions with, "<dir>/<name>.p12".
    std::optional<DemoSigner> organisation;
};

// Makes a root CA and an intermediate CA (valid 10 years) and, for each name, an RSA-2048 signer
// certificate (digitalSignature + nonRepudiation, valid 3 years from now) issued by the intermediate.
// Writes demo-root-ca.pem and one PKCS#12 file per signer under `password`; creates `dir` if needed and
// replaces files of the same names. With an `organisation_name`, also the organisation's certificate
// (CN and O that name, same key usage and validity as the signers'), under the same rules for the
// name, which must differ from the signers'. Validity counts from `now` (a demo made with a
// clock of its own passes the earlier of that clock and the machine's, so both find it valid). The CA keys
// are not kept: the demo PKI cannot issue more. Throws DomainError: InvalidValue (no name, a name repeated,
// empty, longer than 64 characters, or with a character that cannot be in a file name: / \ : * ? " < > | or a
// control character), Storage (a file cannot be written).
DemoPki CreateDemoPki(const std::filesystem::path& dir, const std::string& password,
                      const std::vector<std::string>& signer_common_names,
                      const std::string& organisation_name = {},
                      std::chrono::system_clock::time_point now = std::chrono::system_clock::now());

}  // namespace innodesk::demo
