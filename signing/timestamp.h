// RFC 3161 timestamps: asking a timestamping authority (TSA) for a token over HTTP, checking a token, and the
// signature-timestamp unsigned attribute of a CMS (CAdES-T, PAdES B-T), so a signing time rests on the TSA.
#pragma once

#include "domain/errors.h"
#include "domain/signature_ports.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace innodesk::signing {

// A timestamping authority: where to ask and whom to trust for its tokens.
struct TimestampAuthority {
    std::string url;                   // http://host[:port]/path (RFC 3161 §3.4, HTTP POST)
    std::vector<std::string> ca_pems;  // PEM texts; each certificate in them is a trust anchor of the TSA
    std::chrono::seconds timeout{20};  // for connecting, sending and reading the reply together
};

// What a token says and whether it holds, for a verification report.
struct TimestampCheck {
    domain::SignatureVerdict verdict = domain::SignatureVerdict::Invalid;
    domain::LocalisedText explanation;  // {vi, en}
    std::int64_t time_unix = 0;         // genTime; 0 when the token could not be read
    std::string tsa_subject;            // RFC 2253 UTF-8
    std::string tsa_fingerprint_sha256;
    std::vector<std::vector<std::uint8_t>> certificates_der;  // the TSA's chain as used (for a DSS)
};

// The largest reply RequestTimestamp reads: a token with a chain of a few certificates is a few KiB.
inline constexpr std::size_t kMaxTimestampReplyBytes = 256 * 1024;

// Asks the TSA for a token over SHA-256(data) (with a random nonce and certReq true) by HTTP POST of an
// application/timestamp-query, and checks the reply: status granted, the nonce, the imprint, the TSA's
// certificate chaining to ca_pems now, with extendedKeyUsage timeStamping only and critical. Returns the DER
// TimeStampToken (a CMS ContentInfo). Throws DomainError(SignatureRefused) naming the URL and what failed:
// the TSA unreachable or too slow, an HTTP error, a reply too large or not a timestamp reply, the TSA's
// refusal (with its status text), a wrong nonce or imprint, an untrusted TSA; DomainError(InvalidValue) for a
// URL that is not http:// or a TSA without a CA.
std::vector<std::uint8_t> RequestTimestamp(const TimestampAuthority& tsa, std::span<const std::uint8_t> data);

// Checks a token against the data it stamps (hashed with the token's own digest algorithm) and the TSA's
// anchors: Valid; Invalid for a damaged token or signature or other data; Indeterminate when the TSA does not
// chain to ca_pems now. A bad token is a verdict, never an exception.
TimestampCheck VerifyTimestampToken(std::span<const std::uint8_t> token_der,
                                    std::span<const std::uint8_t> data,
                                    const std::vector<std::string>& ca_pems);

// CAdES-T / PAdES B-T: the CMS SignedData with an id-aa-signatureTimeStampToken unsigned attribute added to
// each signer, a token over that signer's signature value (RFC 3161 appendix A). The signed part is kept as
// it is, so the signature still verifies. Throws as RequestTimestamp, and DomainError(FileFormat) for a CMS
// that is not a SignedData with a signer.
std::vector<std::uint8_t> AddSignatureTimestamp(std::span<const std::uint8_t> cms_der,
                                                const TimestampAuthority& tsa);

// The first signer's signature-timestamp token, if it has one. Throws DomainError(FileFormat) for a damaged
// CMS.
std::optional<std::vector<std::uint8_t>> SignatureTimestampToken(std::span<const std::uint8_t> cms_der);

// The first signer's signature value: what its signature-timestamp token stamps. Throws as above.
std::vector<std::uint8_t> SignatureValue(std::span<const std::uint8_t> cms_der);

}  // namespace innodesk::signing
