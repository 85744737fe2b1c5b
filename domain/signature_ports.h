// What the decision service needs from a signing library, without knowing it: a key that signs
// bytes, and a verifier that judges a detached signature against the configured trust store.
// Implemented on OpenSSL in signing/.
#pragma once

#include "enum_table.h"
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
std::span<const EnumEntry<SignatureVerdict>> SignatureVerdicts();

// Why a signature was judged as it was. The signing library gives the reasons up to
// WrongKeyUsage; the decision service adds the last three, which are about the decision's record
// rather than its signature. The codes (SignatureReasons()) are what JSON, exports and messages show.
enum class SignatureReason {
    None,
    ContentChanged,
    SignatureDamaged,
    FormatDamaged,
    Expired,
    NotYetValid,
    Revoked,
    RevocationUnknown,
    UntrustedChain,
    WrongKeyUsage,
    StatusChanged,   // the status column says unsigned, the audit trail says signed
    SignerNotBound,  // the signer is not the certificate enrolled for the approver at the time
    Unsigned,        // a draft or a decision recorded before signing: nothing to verify
};
std::span<const EnumEntry<SignatureReason>> SignatureReasons();
// The stable code of `reason`, for messages: "content_changed".
std::string ReasonCode(SignatureReason reason);

struct SignatureCheck {
    SignatureVerdict verdict = SignatureVerdict::Invalid;
    SignatureReason reason = SignatureReason::FormatDamaged;  // None when valid
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
