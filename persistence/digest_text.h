// SHA-256 and Base64 for what storage keeps: the audit trail's hash chain and signatures kept in
// text columns (the same column type on SQLite and PostgreSQL, and readable in a dump).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace innodesk::persistence {

// Lower-case hex.
std::string Sha256Hex(std::string_view bytes);

std::string Base64Encode(std::span<const std::uint8_t> bytes);
// nullopt when `text` is not Base64. (A damaged signature is a verification verdict, not a
// reason to refuse reading the record.)
std::optional<std::vector<std::uint8_t>> Base64Decode(const std::string& text);

}  // namespace innodesk::persistence
