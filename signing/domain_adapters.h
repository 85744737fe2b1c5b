// The domain's signing ports (DecisionSigner, SignatureVerifier) implemented with this library.
#pragma once

#include "domain/signature_ports.h"
#include "signing/signing.h"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace innodesk::signing {

// Signs with one key, PKCS#12 or PKCS#11. The fingerprint and subject are read once here.
class KeyDecisionSigner final : public domain::DecisionSigner {
public:
    // Throws DomainError(InvalidValue) for a null key.
    explicit KeyDecisionSigner(std::unique_ptr<SigningKey> key);

    std::string CertificateFingerprint() const override;  // CertificateFingerprintSha256
    std::string CertificateSubject() const override;      // RFC 2253, UTF-8
    std::vector<std::uint8_t> Sign(std::span<const std::uint8_t> content) const override;  // SignDetached
    // The key itself, for showing its certificate (certificate_details.h).
    const SigningKey& Key() const { return *m_key; }

private:
    std::unique_ptr<SigningKey> m_key;
    std::string m_fingerprint;
    std::string m_subject;
};

// Judges signatures against one trust store, read and parsed once in the constructor. Verify may be
// called from several threads at once.
class TrustStoreVerifier final : public domain::SignatureVerifier {
public:
    // Throws DomainError as PreparedTrustStore does (missing file, malformed PEM).
    explicit TrustStoreVerifier(const TrustStore& trust);

    domain::SignatureCheck Verify(std::span<const std::uint8_t> signature_der,
                                  std::span<const std::uint8_t> content) const override;

private:
    PreparedTrustStore m_trust;
};

// The library's result in the domain's terms (the verdict and reason are the domain's own).
domain::SignatureCheck ToSignatureCheck(const VerificationResult& result);

}  // namespace innodesk::signing
