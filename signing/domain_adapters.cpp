// The domain's signing ports on top of SignDetached / VerifyDetached.
#include "domain_adapters.h"

namespace innodesk::signing {

using domain::DomainError;
using domain::ErrorCode;

KeyDecisionSigner::KeyDecisionSigner(std::unique_ptr<SigningKey> key) : m_key(std::move(key)) {
    if (!m_key) {
        throw DomainError(ErrorCode::InvalidValue, {"Chưa có khóa ký số để ký quyết định.",
                                                    "No signing key was given to sign decisions."});
    }
    m_fingerprint = CertificateFingerprintSha256(*m_key);
    m_subject = signing::CertificateSubject(*m_key);
}

std::string KeyDecisionSigner::CertificateFingerprint() const {
    return m_fingerprint;
}

std::string KeyDecisionSigner::CertificateSubject() const {
    return m_subject;
}

std::vector<std::uint8_t> KeyDecisionSigner::Sign(std::span<const std::uint8_t> content) const {
    return SignDetached(*m_key, content);
}

TrustStoreVerifier::TrustStoreVerifier(const TrustStore& trust) : m_trust(trust) {}

domain::SignatureCheck TrustStoreVerifier::Verify(std::span<const std::uint8_t> signature_der,
                                                  std::span<const std::uint8_t> content) const {
    return ToSignatureCheck(VerifyDetached(signature_der, content, m_trust));
}

domain::SignatureCheck ToSignatureCheck(const VerificationResult& result) {
    domain::SignatureCheck check;
    check.verdict = result.verdict;
    check.reason = result.reason;
    check.explanation = result.explanation;
    check.signer_subject = result.signer_subject;
    check.signer_fingerprint = result.signer_fingerprint_sha256;
    check.signing_time_unix = result.signing_time_unix;
    return check;
}

}  // namespace innodesk::signing
