// Money parsing, formatting and checked arithmetic.
#include "money.h"

#include "errors.h"

#include <limits>

namespace innodesk::domain {
namespace {

[[noreturn]] void ThrowOverflow() {
    throw DomainError(ErrorCode::MoneyOverflow,
                      {"Số tiền vượt quá giới hạn có thể lưu (khoảng 9,2 tỷ tỷ đồng).",
                       "The amount is beyond what can be stored (about 9.2 quintillion đồng)."});
}

[[noreturn]] void ThrowUnparsable(std::string_view text, std::string_view field, std::string_view why_vi,
                                  std::string_view why_en) {
    throw DomainError(ErrorCode::InvalidValue,
                      {"Số tiền '" + std::string(text) + "' không hợp lệ: " + std::string(why_vi) +
                           ". Nhập số đồng nguyên, ví dụ 1.500.000.",
                       "Amount '" + std::string(text) + "' is not valid: " + std::string(why_en) +
                           ". Enter whole đồng, for example 1.500.000."},
                      std::string(field));
}

bool StartsWith(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

bool IsDigit(char c) {
    return c >= '0' && c <= '9';
}

// True when text holds three digits at position and no fourth digit right after them.
bool IsGroupOfThree(std::string_view text, std::size_t position) {
    if (position + 3 > text.size()) return false;
    for (std::size_t k = position; k < position + 3; ++k)
        if (!IsDigit(text[k])) return false;
    return position + 3 == text.size() || !IsDigit(text[position + 3]);
}

}  // namespace

Money Money::Parse(std::string_view text, std::string_view field) {
    std::string_view rest = text;
    auto skip_spaces = [&rest] {
        while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
        while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t')) rest.remove_suffix(1);
    };
    skip_spaces();
    // Currency marks may follow the number: ₫ (U+20AB), đ, đồng, VND, VNĐ.
    for (std::string_view suffix : {"\u20AB", "VND", "VNĐ", "vnđ", "vnd", "đồng", "đ", "Đ"}) {
        if (rest.size() >= suffix.size() && rest.substr(rest.size() - suffix.size()) == suffix) {
            rest.remove_suffix(suffix.size());
            skip_spaces();
            break;
        }
    }
    if (rest.empty()) ThrowUnparsable(text, field, "trống", "it is empty");

    bool negative = false;
    if (rest.front() == '-' || rest.front() == '+') {
        negative = rest.front() == '-';
        rest.remove_prefix(1);
    }
    std::int64_t value = 0;
    bool any_digit = false;
    for (std::size_t i = 0; i < rest.size(); ++i) {
        const char c = rest[i];
        if (c >= '0' && c <= '9') {
            any_digit = true;
            if (__builtin_mul_overflow(value, 10, &value) || __builtin_add_overflow(value, c - '0', &value))
                ThrowOverflow();
            continue;
        }
        // Thousands separators as officers and Excel write them; a no-break space is two bytes.
        const std::size_t separator_length = (c == '.' || c == ',' || c == ' ' || c == '\'') ? 1
                                             : StartsWith(rest.substr(i), "\u00A0")          ? 2
                                                                                             : 0;
        // A separator counts as grouping only when exactly three digits follow it.
        if (separator_length > 0 && any_digit && IsGroupOfThree(rest, i + separator_length)) {
            i += separator_length - 1;
            continue;
        }
        if ((c == '.' || c == ',') && any_digit)
            ThrowUnparsable(text, field, "tiền đồng không có phần thập phân", "đồng have no fractional part");
        ThrowUnparsable(text, field, std::string("ký tự '") + c + "' không phải chữ số",
                        std::string("character '") + c + "' is not a digit");
    }
    if (!any_digit) ThrowUnparsable(text, field, "không có chữ số", "it has no digits");
    return Money(negative ? -value : value);
}

Money Money::operator+(Money other) const {
    std::int64_t sum = 0;
    if (__builtin_add_overflow(m_dong, other.m_dong, &sum)) ThrowOverflow();
    return Money(sum);
}

Money Money::operator-(Money other) const {
    std::int64_t difference = 0;
    if (__builtin_sub_overflow(m_dong, other.m_dong, &difference)) ThrowOverflow();
    return Money(difference);
}

Money Money::PercentOf(int percent) const {
    std::int64_t product = 0;
    if (__builtin_mul_overflow(m_dong, static_cast<std::int64_t>(percent), &product)) ThrowOverflow();
    return Money(product / 100);
}

std::string Money::Format() const {
    const std::string digits = m_dong == std::numeric_limits<std::int64_t>::min()
                                   ? std::string("9223372036854775808")
                                   : std::to_string(m_dong < 0 ? -m_dong : m_dong);
    std::string grouped;
    grouped.reserve(digits.size() + digits.size() / 3 + 6);
    if (m_dong < 0) grouped += '-';
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) grouped += '.';
        grouped += digits[i];
    }
    return grouped + " \u20AB";
}

void RequireNonNegative(Money amount, std::string_view field, std::string_view label_vi,
                        std::string_view label_en) {
    if (!amount.IsNegative()) return;
    throw DomainError(ErrorCode::InvalidValue,
                      {std::string(label_vi) + " không được âm (đang là " + amount.Format() + ").",
                       std::string(label_en) + " cannot be negative (it is " + amount.Format() + ")."},
                      std::string(field));
}

}  // namespace innodesk::domain
