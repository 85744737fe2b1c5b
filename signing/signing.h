// Detached CMS (PKCS#7) signatures: load a PKCS#12 signing key, sign bytes, verify a signature against
// trusted roots.
#pragma once

#include "domain/errors.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace innodesk::signing {

// A private key with its certificate and the chain up to (not necessarily including) the root.
// Opaque: the OpenSSL objects live in Impl, which only the signing library sees.
class SigningKey {
public:
    struct Impl;
    explicit SigningKey(std::unique_ptr<Impl> impl);
    ~SigningKey();
    SigningKey(const SigningKey&) = delete;
    SigningKey& operator=(const SigningKey&) = delete;

    const Impl& Get() const { return *m_impl; }

private:
    std::unique_ptr<Impl> m_impl;
};

// Reads a PKCS#12 (.p12/.pfx) file. The password is wiped from memory before returning or throwing.
// Throws DomainError: NotFound (no file), FileFormat (not PKCS#12), InvalidValue (wrong password or
// damaged file, no key or certificate inside, key and certificate do not match).
std::unique_ptr<SigningKey> LoadPkcs12(const std::filesystem::path& file, std::string password);

// A DER CMS SignedData over `content`, detached (content not embedded), binary (no MIME canonicalisation),
// SHA-256, with a signing-time signed attribute, the signer certificate and its chain included.
std::vector<std::uint8_t> SignDetached(const SigningKey& key, std::span<const std::uint8_t> content);

// Lower-case hex SHA-256 of the DER certificate, without separators (64 characters).
std::string CertificateFingerprintSha256(const SigningKey& key);

// PEM files. A CA file may hold several certificates; each one is a trust anchor.
struct TrustStore {
    std::vector<std::filesystem::path> ca_files;
    std::vector<std::filesystem::path> crl_files;  // empty: revocation is not checked
};

enum class Verdict { Valid, Indeterminate, Invalid };

enum class Reason {
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
};

std::string_view VerdictName(Verdict verdict);
std::string_view ReasonName(Reason reason);

struct VerificationResult {
    Verdict verdict = Verdict::Invalid;
    Reason reason = Reason::FormatDamaged;
    domain::LocalisedText explanation;
    std::string signer_subject;             // RFC 2253, UTF-8; empty when the signer was not found
    std::string signer_fingerprint_sha256;  // as CertificateFingerprintSha256
    std::int64_t signing_time_unix = 0;     // from the signing-time attribute; 0 when absent
};

// Checks, in order: the DER structure (FormatDamaged), the signature over the signed attributes
// (SignatureDamaged), the content digest (ContentChanged), the chain to a trusted root at the signing
// time (UntrustedChain, Expired, NotYetValid, and with CRLs configured Revoked / RevocationUnknown),
// then the signer's key usage (WrongKeyUsage). Problems of the signature are returned as a verdict;
// problems of the trust configuration (unreadable CA or CRL file) are thrown as DomainError.
VerificationResult VerifyDetached(std::span<const std::uint8_t> signature_der,
                                  std::span<const std::uint8_t> content, const TrustStore& trust);

}  // namespace innodesk::signing
