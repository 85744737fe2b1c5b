// Taking the certificates out of a DER CMS SignedData before OpenSSL parses it, so that certificates seen
// before can be reused instead of decoded again (private to the signing library).
//
// Why: OpenSSL 3.0 decodes every certificate's public key through its provider decoders, about 130 µs
// each here; a decision signature carries two certificates, so parsing it cost 450 of the 500 µs of a
// verification. The certificates are not covered by the signature, so taking them out changes nothing
// that is verified.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace innodesk::signing::detail {

struct SplitSignedData {
    std::vector<std::uint8_t> without_certificates;  // the ContentInfo re-encoded without [0] certificates
    std::vector<std::span<const std::uint8_t>> certificates;  // each certificate's DER, inside the input
};

// nullopt when `der` is not exactly one definite-length DER ContentInfo holding a SignedData whose
// certificates are all plain X.509 certificates; the caller then parses the input as it is (and
// reports damage from there).
std::optional<SplitSignedData> SplitCertificates(std::span<const std::uint8_t> der);

}  // namespace innodesk::signing::detail
