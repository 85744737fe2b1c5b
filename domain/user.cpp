// User rules.
#include "user.h"

#include "errors.h"

namespace innodesk::domain {

std::string CheckedUserName(std::string name) {
    if (name.empty() || name.size() > 64)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Tên đăng nhập phải có từ 1 đến 64 ký tự.", "A sign-in name has 1 to 64 characters."},
                          "name");
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
        if (!allowed)
            throw DomainError(ErrorCode::InvalidValue,
                              {"Tên đăng nhập '" + name + "': ký tự thứ " + std::to_string(i + 1) +
                                   " không được phép; chỉ dùng chữ thường không dấu, chữ số, '.', '_' hoặc '-'.",
                               "Sign-in name '" + name + "': character " + std::to_string(i + 1) +
                                   " is not allowed; use lower-case letters without accents, digits, '.', '_' or '-'."},
                              "name");
    }
    return name;
}

void RequireStrongPassword(const std::string& password) {
    // Counted in code points so that a Vietnamese passphrase is not penalised for its accents.
    std::size_t code_points = 0;
    for (const char c : password)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++code_points;
    if (code_points < 12)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Mật khẩu phải có ít nhất 12 ký tự (hiện có " + std::to_string(code_points) +
                               "); một cụm từ dễ nhớ là lựa chọn tốt.",
                           "A password needs at least 12 characters (this one has " + std::to_string(code_points) +
                               "); a memorable phrase is a good choice."},
                          "password");
}

}  // namespace innodesk::domain
