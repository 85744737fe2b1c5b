// What the decision service needs from a signing library, without knowing it: a key that signs
// bytes, and a verifier that judges a detached signature against the configured trust store.
// Implemented on OpenSSL in signing/.
#pragma once

#include "errors.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace innodesk::domain {

class DecisionSigner {
public:
    virtual ~DecisionSigner() = default;
    // Lower-case hex SHA-256 of the signer's DER certificate, as enrolled for the user.
    virtual std::string CertificateFingerprint() const = 0;
    // RFC 2253 subject of the signer's certificate, UTF-8.
    virtual std::string CertificateSubject() const = 0;
    // A detached CMS SignedData (DER) over `content`.
    virtual std::vector<std::uint8_t> Sign(std::span<const std::uint8_t> content) const = 0;
};

enum class SignatureVerdict { Valid, Indeterminate, Invalid };

struct SignatureCheck {
    SignatureVerdict verdict = SignatureVerdict::Invalid;
    std::string reason;  // stable code: "content_changed", "untrusted_chain", …; "none" when valid
    LocalisedText explanation;
    std::string signer_subject;
    std::string signer_fingerprint;
    std::int64_t signing_time_unix = 0;
};

class SignatureVerifier {
public:
    virtual ~SignatureVerifier() = default;
    virtual SignatureCheck Verify(std::span<const std::uint8_t> signature_der,
                                  std::span<const std::uint8_t> content) const = 0;
};

}  // namespace innodesk::domain
