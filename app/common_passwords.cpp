// Loading the common-password list.
#include "common_passwords.h"

#include "install_paths.h"

#include "domain/errors.h"
#include "domain/utf8_path.h"

#include <fstream>
#include <string>
#include <vector>

namespace innodesk::app {

domain::CommonPasswords LoadCommonPasswords(const domain::TextRules& text,
                                            const std::filesystem::path& file) {
    const std::filesystem::path path = file.empty() ? PasswordsDirectory() / "common-passwords.txt" : file;
    std::ifstream in(path, std::ios::binary);
    std::vector<std::string> passwords;
    std::string line;
    while (in && std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line.front() == '#') continue;
        passwords.push_back(line);
    }
    if (passwords.empty())
        throw domain::DomainError(
            domain::ErrorCode::NotFound,
            {"Không đọc được danh sách mật khẩu phổ biến '" + domain::Utf8Of(path) +
                 "'; cài đặt lại InnoDesk.",
             "Cannot read the list of common passwords '" + domain::Utf8Of(path) + "'; reinstall InnoDesk."},
            "password");
    return domain::CommonPasswords(text, passwords);
}

}  // namespace innodesk::app
