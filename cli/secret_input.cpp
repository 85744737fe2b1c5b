// Secrets from files.
#include "secret_input.h"

#include "domain/errors.h"
#include "domain/utf8_path.h"

#include <fstream>

namespace innodesk::cli {

std::string ReadSecretFile(const std::string& file, const char* what_vi, const char* what_en) {
    std::ifstream in(domain::PathFromUtf8(file), std::ios::binary);
    if (!in)
        throw domain::DomainError(domain::ErrorCode::NotFound,
                                  {std::string("Không đọc được tệp ") + what_vi + " '" + file + "'.",
                                   std::string("Cannot read the ") + what_en + " file '" + file + "'."},
                                  "password_file");
    std::string secret;
    std::getline(in, secret);
    if (!secret.empty() && secret.back() == '\r') secret.pop_back();
    if (secret.empty())
        throw domain::DomainError(
            domain::ErrorCode::InvalidValue,
            {std::string("Dòng đầu của tệp ") + what_vi + " '" + file + "' trống.",
             std::string("The first line of the ") + what_en + " file '" + file + "' is empty."},
            "password_file");
    return secret;
}

}  // namespace innodesk::cli
