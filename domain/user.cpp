// User rules.
#include "user.h"

#include "errors.h"

namespace innodesk::domain {

std::string CheckedUserName(std::string name) {
    if (name.empty() || name.size() > 64)
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Tên đăng nhập phải có từ 1 đến 64 ký tự.", "A sign-in name has 1 to 64 characters."}, "name");
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        const bool allowed =
            (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
        if (!allowed)
            throw DomainError(
                ErrorCode::InvalidValue,
                {"Tên đăng nhập '" + name + "': ký tự thứ " + std::to_string(i + 1) +
                     " không được phép; chỉ dùng chữ thường không dấu, chữ số, '.', '_' hoặc '-'.",
                 "Sign-in name '" + name + "': character " + std::to_string(i + 1) +
                     " is not allowed; use lower-case letters without accents, digits, '.', '_' or '-'."},
                "name");
    }
    return name;
}

}  // namespace innodesk::domain
