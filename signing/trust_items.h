// Reading a PEM file an administrator adds to the trust store: every CA certificate and CRL in
// it, each with a label and fingerprint, checked before anything is stored.
#pragma once

#include "domain/admin_repositories.h"

#include <cstdint>
#include <string>
#include <vector>

namespace innodesk::signing {

// One item per certificate or CRL, each re-encoded as its own PEM. Throws DomainError:
// FileFormat (no certificate or CRL in the text), InvalidValue (a private key is in the file — it
// must never reach the database — or a certificate that is not a CA; the message names which).
// `source` names the file in messages.
std::vector<domain::TrustItem> ReadTrustItems(const std::string& pem_text, const std::string& source);

struct CertificateIdentity {
    std::string subject;      // RFC 2253, UTF-8
    std::string fingerprint;  // lower-case hex SHA-256 of the DER
    std::int64_t not_before_unix = 0;
    std::int64_t not_after_unix = 0;
    bool self_signed = false;  // a root: only a pinned copy on the workstation makes it an anchor
};

// The certificate in `bytes` (PEM or DER), for enrolling an approver. Throws FileFormat naming
// `source` when it holds no certificate.
CertificateIdentity ReadCertificateIdentity(const std::string& bytes, const std::string& source);

}  // namespace innodesk::signing
