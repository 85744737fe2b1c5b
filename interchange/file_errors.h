// The FileFormat errors shared by the readers, so that every message has the same shape.
#pragma once

#include <filesystem>
#include <string>
#include <system_error>

namespace innodesk::interchange {

// Throws DomainError(FileFormat) with the two sentences as given.
[[noreturn]] void ThrowFileFormat(std::string vi, std::string en);

// Throws DomainError(FileFormat) saying that `path` cannot be opened and why.
[[noreturn]] void ThrowCannotOpen(const std::filesystem::path& path, std::error_code reason);

// Throws through ThrowCannotOpen unless `path` names an existing regular file (or a link to one).
void RequireRegularFile(const std::filesystem::path& path);

}  // namespace innodesk::interchange
