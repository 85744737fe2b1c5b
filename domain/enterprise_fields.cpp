// The single-field rules of an enterprise, in both languages, counted in characters.
#include "enterprise_fields.h"

#include "errors.h"

#include <algorithm>

namespace innodesk::domain {
namespace {

[[noreturn]] void Refuse(const char* field, std::string vi, std::string en) {
    throw DomainError(ErrorCode::InvalidValue, {std::move(vi), std::move(en)}, field);
}

void CheckLength(const std::string& value, std::size_t limit, const char* field, const char* label_vi,
                 const char* label_en) {
    const std::size_t count = CharacterCount(value);
    if (count <= limit) return;
    Refuse(field,
           std::string(label_vi) + " dài " + std::to_string(count) + " ký tự, quá giới hạn " +
               std::to_string(limit) + " ký tự.",
           std::string(label_en) + " is " + std::to_string(count) + " characters long, beyond the limit of " +
               std::to_string(limit) + " characters.");
}

bool IsDigit(char c) {
    return c >= '0' && c <= '9';
}

}  // namespace

void CheckEnterpriseName(const std::string& name) {
    CheckLength(name, kEnterpriseNameMaxCharacters, "name", "Tên doanh nghiệp", "The enterprise name");
}

void CheckEnterpriseAddress(const std::string& address) {
    CheckLength(address, kEnterpriseAddressMaxCharacters, "address", "Địa chỉ", "The address");
}

std::string CheckEnterpriseVsic(std::string vsic) {
    for (char& c : vsic)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (vsic.empty()) return vsic;
    const bool letter = vsic[0] >= 'A' && vsic[0] <= 'U';
    const std::size_t digits_from = letter ? 1 : 0;
    const std::size_t digit_count = vsic.size() - digits_from;
    const bool valid =
        (letter && digit_count == 0) ||  // a section: "C"
        (digit_count >= 2 && digit_count <= 5 &&
         std::all_of(vsic.begin() + static_cast<std::ptrdiff_t>(digits_from), vsic.end(), IsDigit));
    if (!valid)
        Refuse("vsic",
               "Mã ngành VSIC '" + vsic +
                   "' không hợp lệ: dùng chữ cái ngành (A–U) hoặc mã 2–5 chữ số, ví dụ 1075.",
               "VSIC code '" + vsic +
                   "' is not valid: use a section letter (A–U) or a 2–5 digit code, e.g. 1075.");
    return vsic;
}

void CheckEnterprisePhone(const std::string& phone) {
    if (phone.empty()) return;
    CheckLength(phone, kEnterprisePhoneMaxCharacters, "phone", "Số điện thoại", "The phone number");
    const auto stray = std::find_if(phone.begin(), phone.end(), [](char c) {
        return !IsDigit(c) && c != ' ' && c != '+' && c != '-' && c != '(' && c != ')' && c != '.';
    });
    if (stray != phone.end())
        Refuse("phone",
               "Số điện thoại '" + phone +
                   "' chỉ được gồm chữ số, dấu cách và các dấu + - ( ) . — ví dụ 0258 3822 123.",
               "Phone number '" + phone +
                   "' may hold only digits, spaces and + - ( ) . — for example 0258 3822 123.");
    const auto digits = std::count_if(phone.begin(), phone.end(), IsDigit);
    if (digits < 8)
        Refuse("phone",
               "Số điện thoại '" + phone + "' chỉ có " + std::to_string(digits) +
                   " chữ số; cần ít nhất 8 chữ số.",
               "Phone number '" + phone + "' has only " + std::to_string(digits) +
                   " digits; it needs at least 8.");
}

void CheckEnterpriseEmail(const std::string& email) {
    if (email.empty()) return;
    CheckLength(email, kEnterpriseEmailMaxCharacters, "email", "Thư điện tử", "The e-mail address");
    const auto at = email.find('@');
    if (at == std::string::npos)
        Refuse("email", "Thư điện tử '" + email + "' thiếu ký tự @.", "E-mail '" + email + "' has no @.");
    const std::string domain = email.substr(at + 1);
    const auto dot = domain.find('.');
    const bool valid = at > 0 && domain.find('@') == std::string::npos &&
                       email.find(' ') == std::string::npos && dot != std::string::npos && dot > 0 &&
                       dot + 1 < domain.size() && domain.back() != '.';
    if (!valid)
        Refuse("email", "Thư điện tử '" + email + "' không đúng dạng tên@miền, ví dụ vanthu@congty.vn.",
               "E-mail '" + email + "' is not of the form name@domain, e.g. office@company.vn.");
}

}  // namespace innodesk::domain
