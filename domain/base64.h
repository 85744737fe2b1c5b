// Base64 (RFC 4648, standard alphabet) for bytes kept in text: signatures in database columns and
// the salt and hash of a PHC password string. One implementation for every layer, in the domain
// because it is arithmetic on bytes and the layers that need it (persistence, signing) may not
// share any other library.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace innodesk::domain {

enum class Base64Padding {
    Padded,    // "QQ==": what database columns hold
    Unpadded,  // "QQ": what PHC strings ($scrypt$…) use
};

std::string Base64Encode(std::span<const std::uint8_t> bytes, Base64Padding padding = Base64Padding::Padded);

// Strict: only the alphabet, padding exactly as `padding` says, and the canonical spelling (unused
// trailing bits zero), so that one byte string has one text. nullopt for anything else.
std::optional<std::vector<std::uint8_t>> Base64Decode(std::string_view text,
                                                      Base64Padding padding = Base64Padding::Padded);

}  // namespace innodesk::domain
