// Reading a password or PIN given to a command: from a file (its first line) or an environment
// variable, never from the command line, where other users of the machine could read it.
#pragma once

#include <string>

namespace innodesk::cli {

// The first line of `file`, without its line ending. Throws DomainError naming the file when it
// cannot be read or is empty.
std::string ReadSecretFile(const std::string& file, const char* what_vi, const char* what_en);

}  // namespace innodesk::cli
