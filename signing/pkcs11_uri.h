// PKCS#11 URIs (RFC 7512), the part InnoDesk uses to name a signing key on a token.
#pragma once

#include "domain/errors.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace innodesk::signing {

// The path attributes of a PKCS#11 URI, percent-decoded; an absent attribute matches anything.
struct Pkcs11Uri {
    // The token (CK_TOKEN_INFO).
    std::optional<std::string> token;  // label
    std::optional<std::string> manufacturer;
    std::optional<std::string> model;
    std::optional<std::string> serial;
    // The slot (CK_SLOT_INFO).
    std::optional<unsigned long> slot_id;
    std::optional<std::string> slot_description;
    std::optional<std::string> slot_manufacturer;
    // The module (CK_INFO).
    std::optional<std::string> library_manufacturer;
    std::optional<std::string> library_description;
    // The object.
    std::optional<std::string> object;            // CKA_LABEL
    std::optional<std::vector<std::uint8_t>> id;  // CKA_ID
    std::optional<std::string> type;              // "private" or "cert": both name the key's pair
};

// Throws DomainError(InvalidValue, field "pkcs11_uri") for text that is not "pkcs11:…", a broken
// percent escape, an attribute given twice, a type other than private/cert, an attribute InnoDesk does
// not understand (library-version, x-… vendor attributes: matching them is not possible, and ignoring
// them could pick another key), and a PIN in the query (pin-value, pin-source): a PIN does not belong
// in a setting that is stored. Other query attributes (module-name, module-path) are ignored, the
// module being given separately.
Pkcs11Uri ParsePkcs11Uri(std::string_view text);

}  // namespace innodesk::signing
