// Making certificate authorities, signer certificates, CRLs and key files: for tests, benchmarks and the
// demo database. Not a CA for production use: keys are RSA-2048 made in memory, nothing is audited.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace innodesk::signing {

// X.509 key usage bits (RFC 5280 §4.2.1.3) that the maker can set; the extension is always critical.
enum class KeyUsage : unsigned {
    None = 0,
    DigitalSignature = 1u << 0,
    NonRepudiation = 1u << 1,
    KeyEncipherment = 1u << 2,
    KeyCertSign = 1u << 3,
    CrlSign = 1u << 4,
};
constexpr KeyUsage operator|(KeyUsage a, KeyUsage b) {
    return static_cast<KeyUsage>(static_cast<unsigned>(a) | static_cast<unsigned>(b));
}
constexpr bool HasUsage(KeyUsage set, KeyUsage bit) {
    return (static_cast<unsigned>(set) & static_cast<unsigned>(bit)) != 0;
}

using TimePoint = std::chrono::system_clock::time_point;

// What goes into a certificate. Names are UTF-8 (Vietnamese is fine) and become C, O, CN.
struct CertificateProfile {
    std::string common_name;
    std::string organisation = "InnoDesk";
    std::string country = "VN";
    std::uint64_t serial = 0;  // 0: a random 63-bit serial, as real CAs use
    TimePoint not_before;
    TimePoint not_after;
    bool is_ca = false;  // basicConstraints CA:TRUE, critical
    KeyUsage key_usage = KeyUsage::DigitalSignature | KeyUsage::NonRepudiation;
    // extendedKeyUsage timeStamping only, critical: what RFC 3161 §2.3 requires of a TSA's certificate.
    bool time_stamping = false;
};

// An RSA-2048 key pair and its X.509 v3 certificate (with subject and authority key identifiers).
// Move-only; the OpenSSL objects live in Impl, which only the signing library sees.
class IssuedCertificate {
public:
    struct Impl;
    explicit IssuedCertificate(std::unique_ptr<Impl> impl);
    ~IssuedCertificate();
    IssuedCertificate(IssuedCertificate&&) noexcept;
    IssuedCertificate& operator=(IssuedCertificate&&) noexcept;

    const Impl& Get() const { return *m_impl; }

    std::string FingerprintSha256() const;  // as CertificateFingerprintSha256
    std::string Subject() const;            // RFC 2253, UTF-8
    std::uint64_t Serial() const;
    std::string CertificatePem() const;

private:
    std::unique_ptr<Impl> m_impl;
};

// Throws DomainError(InvalidValue) for an empty common name, not_after not after not_before, or a
// failure of OpenSSL (named in the message).
IssuedCertificate MakeRootCa(const CertificateProfile& profile);
IssuedCertificate IssueCertificate(const CertificateProfile& profile, const IssuedCertificate& issuer);

// A v2 CRL signed by `issuer`, listing `revoked_serials` (revoked at this_update), as PEM text.
std::string MakeCrlPem(const IssuedCertificate& issuer, std::span<const std::uint64_t> revoked_serials,
                       TimePoint this_update, TimePoint next_update);

// The writers below throw DomainError(Storage) when the file cannot be written; a failure part-way may
// leave a partial file. An existing file is replaced.
void WriteTextFile(const std::filesystem::path& file, std::string_view text);

// A PKCS#12 file with the holder's key and certificate and `chain` (intermediates, usually not the root),
// encrypted with OpenSSL 3's defaults (AES-256-CBC, PBKDF2, SHA-256 MAC). `friendly_name` is what key
// stores show; empty: the common name.
void WritePkcs12(const std::filesystem::path& file, const IssuedCertificate& holder,
                 const std::vector<const IssuedCertificate*>& chain, const std::string& password,
                 const std::string& friendly_name = {});

// The holder's private key as encrypted PKCS#8 PEM (AES-256-CBC), as token tools import it
// (softhsm2-util --import … --file-pin).
void WriteEncryptedPrivateKeyPem(const std::filesystem::path& file, const IssuedCertificate& holder,
                                 const std::string& password);

}  // namespace innodesk::signing
