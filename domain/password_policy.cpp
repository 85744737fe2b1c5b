// Password rules.
#include "password_policy.h"

#include "errors.h"

namespace innodesk::domain {
namespace {

// The password's characters as UTF-8 sequences, one per code point.
std::vector<std::string_view> CodePoints(const std::string& text) {
    std::vector<std::string_view> points;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = 1;
        while (i + length < text.size() && (static_cast<unsigned char>(text[i + length]) & 0xC0) == 0x80)
            ++length;
        points.emplace_back(text.data() + i, length);
        i += length;
    }
    return points;
}

bool AllSame(const std::vector<std::string_view>& points) {
    for (const auto point : points)
        if (point != points.front()) return false;
    return true;
}

[[noreturn]] void Refuse(std::string vi, std::string en) {
    throw DomainError(ErrorCode::InvalidValue, {std::move(vi), std::move(en)}, "password");
}

}  // namespace

CommonPasswords::CommonPasswords(const TextRules& text, const std::vector<std::string>& passwords) {
    m_folded.reserve(passwords.size());
    for (const auto& password : passwords) m_folded.insert(text.SearchFold(password));
}

bool CommonPasswords::Contains(const TextRules& text, const std::string& password) const {
    return m_folded.contains(text.SearchFold(password));
}

void RequireStrongPassword(const std::string& password, const std::string& user_name, const TextRules& text,
                           const CommonPasswords& common) {
    const auto points = CodePoints(password);
    if (points.size() < kMinPasswordCharacters)
        Refuse("Mật khẩu phải có ít nhất 12 ký tự (hiện có " + std::to_string(points.size()) +
                   "); một cụm từ dễ nhớ là lựa chọn tốt.",
               "A password needs at least 12 characters (this one has " + std::to_string(points.size()) +
                   "); a memorable phrase is a good choice.");
    // Folded as well, so that "aAaAaAaAaAaA" and "áaáaáaáaáaáa" count as one character repeated.
    const std::string folded = text.SearchFold(password);
    if (AllSame(points) || AllSame(CodePoints(folded)))
        Refuse("Mật khẩu không được chỉ gồm một ký tự lặp lại.",
               "A password may not be one character repeated.");
    if (!user_name.empty() && folded.find(text.SearchFold(user_name)) != std::string::npos)
        Refuse("Mật khẩu không được chứa tên đăng nhập '" + user_name + "'.",
               "A password may not contain the sign-in name '" + user_name + "'.");
    if (common.Contains(text, password))
        Refuse(
            "Mật khẩu này nằm trong danh sách mật khẩu phổ biến mà kẻ tấn công thử đầu tiên; hãy chọn một "
            "cụm "
            "từ khác.",
            "This password is on the list of common passwords that attackers try first; choose another "
            "phrase.");
}

}  // namespace innodesk::domain
