// Detached CMS (PKCS#7) signatures: load a PKCS#12 signing key, sign bytes, verify a signature against
// trusted roots.
#pragma once

#include "domain/errors.h"
#include "domain/signature_ports.h"

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

// The signer certificate's subject, RFC 2253 with UTF-8 kept as is ("CN=Nguyễn Văn An,O=…,C=VN").
std::string CertificateSubject(const SigningKey& key);

// Trust anchors, intermediate certificates and revocation lists, as PEM files or as PEM texts. A CA
// file or text may hold several certificates; each one is a trust anchor. The anchors are the roots
// pinned on the workstation (app/pinned_trust.h), never what the database carries: a certificate in
// `intermediate_pems` only helps build a chain to an anchor, even when it is a self-signed root.
// Revocation is checked when any CRL is configured, in a file or as text.
struct TrustStore {
    std::vector<std::filesystem::path> ca_files;
    std::vector<std::filesystem::path> crl_files;  // no CRL at all: revocation is not checked
    // The braces keep {files, crls} aggregate initialisation free of missing-initializer warnings.
    std::vector<std::string> ca_pems{};   // each must hold at least one certificate, and no private key
    std::vector<std::string> crl_pems{};  // each must hold at least one CRL
    std::vector<std::string> intermediate_pems{};  // untrusted helpers for chains; each holds a certificate
};

// A TrustStore read and parsed once for many verifications, instead of reading its files and texts for
// each one. What it trusts never changes once built; it also keeps the certificates that signatures
// carried, decoded, for the next verification. One instance may serve several threads at once.
class PreparedTrustStore {
public:
    struct Impl;
    // Throws DomainError: NotFound (a file is missing), FileFormat (a file or text is not PEM, a CA
    // holds no certificate, a CRL text holds no CRL, a text holds a private key).
    explicit PreparedTrustStore(const TrustStore& trust);
    ~PreparedTrustStore();
    PreparedTrustStore(PreparedTrustStore&&) noexcept;
    PreparedTrustStore& operator=(PreparedTrustStore&&) noexcept;
    PreparedTrustStore(const PreparedTrustStore&) = delete;
    PreparedTrustStore& operator=(const PreparedTrustStore&) = delete;

    const Impl& Get() const { return *m_impl; }

private:
    std::unique_ptr<Impl> m_impl;
};

// The domain's verdict and reason (domain/signature_ports.h), one set of states for the library
// and the services; this library gives the reasons up to WrongKeyUsage.
using Verdict = domain::SignatureVerdict;
using Reason = domain::SignatureReason;

// Their stable codes: "valid", "content_changed".
std::string_view VerdictName(Verdict verdict);
std::string_view ReasonName(Reason reason);

struct VerificationResult {
    Verdict verdict = Verdict::Invalid;
    Reason reason = Reason::FormatDamaged;
    domain::LocalisedText explanation;
    std::string signer_subject;             // RFC 2253, UTF-8; empty when the signer was not found
    std::string signer_fingerprint_sha256;  // as CertificateFingerprintSha256
    std::int64_t signing_time_unix = 0;     // from the signing-time attribute; 0 when absent
    // The last certificate of the chain built for the signer: the trust anchor when the chain holds,
    // else where the chain stopped (with UntrustedChain, a root that is not an anchor, or a
    // certificate whose issuer was not found). Empty when no chain was built.
    std::string chain_end_subject;
    std::string chain_end_fingerprint_sha256;
    bool chain_end_self_signed = false;
};

// Checks, in order: the DER structure (FormatDamaged), the signature over the signed attributes
// (SignatureDamaged), the content digest (ContentChanged), the chain to a trusted root at the signing
// time (UntrustedChain, Expired, NotYetValid, and with CRLs configured Revoked / RevocationUnknown),
// then the signer's key usage (WrongKeyUsage). Problems of the signature are returned as a verdict;
// problems of the trust configuration (unreadable CA or CRL file or text) are thrown as DomainError,
// as PreparedTrustStore's constructor does.
VerificationResult VerifyDetached(std::span<const std::uint8_t> signature_der,
                                  std::span<const std::uint8_t> content, const TrustStore& trust);

// The same against a store prepared once. A bad signature is a verdict, never an exception.
VerificationResult VerifyDetached(std::span<const std::uint8_t> signature_der,
                                  std::span<const std::uint8_t> content, const PreparedTrustStore& trust);

}  // namespace innodesk::signing
