// What a PDF signature's verification needs from its CMS beyond VerifyDetached (private to the signing
// library): the DER inside the zero-padded /Contents, the ESS signing-certificate-v2 check, the
// signature-timestamp token, RFC 3161 tokens' time and imprint, and the DSS's certificates and CRLs.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace innodesk::signing::detail {

// The DER object at the start of `padded` (a PDF's /Contents is padded with zeros to its reserved
// size); nullopt when it does not start with a definite-length SEQUENCE that fits.
std::optional<std::span<const std::uint8_t>> LeadingDer(std::span<const std::uint8_t> padded);

// What the CMS says of itself, read without judging it (VerifyDetached judges).
struct CmsFacts {
    bool parsed = false;
    bool signing_certificate_v2_present = false;
    bool signing_certificate_v2_matches = false;  // its first certificate hash is the signer's
    std::vector<std::uint8_t> signer_certificate_der;
    std::vector<std::uint8_t> signature_timestamp_token;  // id-aa-signatureTimeStampToken; empty if none
    std::vector<std::uint8_t> signature_value;            // what a signature timestamp imprints
};
CmsFacts InspectCms(std::span<const std::uint8_t> cms_der);

// A SignedData with several SignerInfos (podofosign writes the same signer twice) as one DER
// SignedData per SignerInfo, each to be verified on its own; empty when there is at most one, or the
// input cannot be parsed (the caller verifies it as it is). Nothing signed changes: SignerInfos are
// not covered by each other's signatures.
std::vector<std::vector<std::uint8_t>> OneCmsPerSigner(std::span<const std::uint8_t> cms_der);

// An RFC 3161 TimeStampToken (a CMS SignedData holding a TSTInfo): its time, and whether its message
// imprint is the digest of `imprinted` with the token's own digest algorithm.
struct TokenFacts {
    bool readable = false;
    std::int64_t gen_time_unix = 0;
    bool imprint_matches = false;
};
TokenFacts InspectTimestampToken(std::span<const std::uint8_t> token_der,
                                 std::span<const std::uint8_t> imprinted);

// Whether `certificates` (DER) hold the signer's certificate and each issuer up to a self-signed one
// or to the last one present; and whether `crls` (DER) hold a CRL issued by the signer's issuer.
struct DssCoverage {
    bool chain = false;
    bool crl = false;
};
DssCoverage DssCoverageOf(std::span<const std::uint8_t> signer_der,
                          const std::vector<std::vector<std::uint8_t>>& certificates,
                          const std::vector<std::vector<std::uint8_t>>& crls);

}  // namespace innodesk::signing::detail
