// SHA-256 in lower-case hex: of bytes in memory (the audit trail's hash chain, through
// domain::HashFunction, so that persistence needs no OpenSSL) and of a file (so a token library the
// approver accepted once is known again only while its bytes are the same).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace innodesk::signing {

// Lower-case hex SHA-256 of `bytes`; a domain::HashFunction.
std::string Sha256Hex(std::string_view bytes);

// Lower-case hex SHA-256 of the file's bytes. Throws DomainError(Storage) naming the file when it
// cannot be read to its end.
std::string FileSha256(const std::filesystem::path& file);

}  // namespace innodesk::signing
