// The CMS of a PAdES signature (ETSI EN 319 142-1 baseline B-B, CAdES detached): private to the signing
// library, used by pades_sign.cpp.
#pragma once

#include "signing.h"

#include <cstdint>
#include <span>
#include <vector>

namespace innodesk::signing::detail {

// A DER CMS SignedData over `signed_bytes` (the PDF's byte ranges), detached, SHA-256, whose signed
// attributes are content-type, message-digest and ESS signing-certificate-v2 and nothing else: PAdES
// forbids the signing-time attribute (the claimed time is the signature dictionary's M entry). The
// signer's certificate and its chain are included. Works with a PKCS#12 key and a PKCS#11 key alike,
// since both are an EVP_PKEY. Throws DomainError(InvalidValue) naming OpenSSL's cause.
std::vector<std::uint8_t> SignPadesCms(const SigningKey& key, std::span<const std::uint8_t> signed_bytes);

}  // namespace innodesk::signing::detail
