// What an approver is shown of the certificate a key will sign with, before signing: subject,
// issuer, validity and serial number, read from the key's own certificate.
#pragma once

#include "domain/signature_ports.h"
#include "signing/signing.h"

#include <cstdint>
#include <optional>
#include <string>

namespace innodesk::signing {

struct CertificateDetails {
    std::string subject;      // RFC 2253, UTF-8
    std::string issuer;       // RFC 2253, UTF-8
    std::string serial;       // upper-case hex, as CAs print it ("1A2B…")
    std::string fingerprint;  // lower-case hex SHA-256 of the DER
    std::int64_t not_before_unix = 0;
    std::int64_t not_after_unix = 0;
};

CertificateDetails DescribeCertificate(const SigningKey& key);

// The certificate of a signer made by this library (a PKCS#12 file or a token's key); nullopt for
// a signer of another kind (a test double).
std::optional<CertificateDetails> DescribeSigner(const domain::DecisionSigner& signer);

}  // namespace innodesk::signing
