// The SHA-256 of a file, so a library the approver accepted once is known again only while its bytes
// are the same.
#pragma once

#include <filesystem>
#include <string>

namespace innodesk::signing {

// Lower-case hex SHA-256 of the file's bytes. Throws DomainError(Storage) naming the file when it
// cannot be read to its end.
std::string FileSha256(const std::filesystem::path& file);

}  // namespace innodesk::signing
