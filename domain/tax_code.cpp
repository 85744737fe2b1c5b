// Tax-code normalisation and validation, with a precise reason for every refusal.
#include "tax_code.h"

#include "errors.h"

#include <algorithm>
#include <array>

namespace innodesk::domain {
namespace {

constexpr std::array<int, 9> kCheckWeights{31, 29, 23, 19, 17, 13, 7, 5, 3};

// Province codes that open a 12-digit personal identification number (Circular 59/2021/TT-BCA).
constexpr std::array<int, 63> kPersonalIdProvinceCodes{
    1,  2,  4,  6,  8,  10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33,
    34, 35, 36, 37, 38, 40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66,
    67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96};

[[noreturn]] void Refuse(std::string_view raw, const std::string& why_vi, const std::string& why_en) {
    throw DomainError(ErrorCode::InvalidTaxCode,
                      {"Mã số thuế '" + std::string(raw) + "' không hợp lệ: " + why_vi,
                       "Tax code '" + std::string(raw) + "' is not valid: " + why_en},
                      "tax_code");
}

bool AllDigits(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Removes what people and spreadsheets put inside codes: spaces, dots, tabs, no-break spaces.
std::string StripDecoration(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == ' ' || c == '.' || c == '\t') continue;
        if (c == '\xC2' && i + 1 < raw.size() && raw[i + 1] == '\xA0') {
            ++i;
            continue;
        }
        out += c;
    }
    return out;
}

void CheckEnterpriseDigits(std::string_view raw, std::string_view ten) {
    const auto expected = TaxCode::CheckDigitFor(ten.substr(0, 9));
    if (!expected)
        Refuse(raw,
               "9 chữ số đầu " + std::string(ten.substr(0, 9)) +
                   " không bao giờ được cấp (chữ số kiểm tra sẽ là 10).",
               "the first nine digits " + std::string(ten.substr(0, 9)) +
                   " are never issued (their check digit would be 10).");
    const int actual = ten[9] - '0';
    if (actual != *expected)
        Refuse(raw,
               "chữ số kiểm tra (thứ 10) phải là " + std::to_string(*expected) + ", không phải " +
                   std::to_string(actual) + ". Kiểm tra lại các chữ số đã nhập.",
               "check digit (the 10th) should be " + std::to_string(*expected) + ", not " +
                   std::to_string(actual) + ". Check the digits typed.");
}

}  // namespace

std::optional<int> TaxCode::CheckDigitFor(std::string_view nine_digits) {
    int sum = 0;
    for (std::size_t i = 0; i < kCheckWeights.size(); ++i) sum += (nine_digits[i] - '0') * kCheckWeights[i];
    const int check = 10 - sum % 11;  // 0..10; a prefix that would need 10 is never issued
    if (check == 10) return std::nullopt;
    return check;
}

TaxCode TaxCode::Parse(std::string_view raw) {
    const std::string code = StripDecoration(raw);
    if (code.empty())
        Refuse(raw,
               "trống. Nhập 10 chữ số, 10 chữ số-3 chữ số (chi nhánh) hoặc 12 chữ số (số định danh cá nhân).",
               "it is empty. Enter 10 digits, 10 digits-3 digits (a branch) or 12 digits (a personal ID).");

    const auto dash = code.find('-');
    if (dash != std::string::npos) {
        const std::string parent = code.substr(0, dash);
        const std::string suffix = code.substr(dash + 1);
        if (parent.size() != 10 || !AllDigits(parent))
            Refuse(raw, "phần trước dấu '-' phải là 10 chữ số của đơn vị chủ quản.",
                   "the part before '-' must be the parent's 10 digits.");
        if (suffix.size() != 3 || !AllDigits(suffix))
            Refuse(raw, "phần sau dấu '-' phải là 3 chữ số (001–999), đang là '" + suffix + "'.",
                   "the part after '-' must be 3 digits (001–999), it is '" + suffix + "'.");
        CheckEnterpriseDigits(raw, parent);
        if (suffix == "000")
            Refuse(raw, "mã chi nhánh 000 không tồn tại; mã chi nhánh từ 001 đến 999.",
                   "branch number 000 does not exist; branches are 001 to 999.");
        return TaxCode(parent + "-" + suffix, TaxCodeKind::Branch);
    }

    if (!AllDigits(code)) {
        const auto bad = std::find_if(code.begin(), code.end(), [](char c) { return c < '0' || c > '9'; });
        Refuse(raw, "ký tự '" + std::string(1, *bad) + "' không phải chữ số.",
               "character '" + std::string(1, *bad) + "' is not a digit.");
    }
    switch (code.size()) {
        case 10:
            CheckEnterpriseDigits(raw, code);
            return TaxCode(code, TaxCodeKind::Enterprise);
        case 13: {
            CheckEnterpriseDigits(raw, code.substr(0, 10));
            if (code.substr(10) == "000")
                Refuse(raw, "mã chi nhánh 000 không tồn tại; mã chi nhánh từ 001 đến 999.",
                       "branch number 000 does not exist; branches are 001 to 999.");
            return TaxCode(code.substr(0, 10) + "-" + code.substr(10), TaxCodeKind::Branch);
        }
        case 12: {
            const int province = std::stoi(code.substr(0, 3));
            if (std::find(kPersonalIdProvinceCodes.begin(), kPersonalIdProvinceCodes.end(), province) ==
                kPersonalIdProvinceCodes.end())
                Refuse(raw,
                       "số định danh cá nhân 12 chữ số phải bắt đầu bằng mã tỉnh nơi đăng ký khai sinh; " +
                           code.substr(0, 3) + " không phải mã tỉnh.",
                       "a 12-digit personal ID starts with the code of the province of birth registration; " +
                           code.substr(0, 3) + " is not a province code.");
            return TaxCode(code, TaxCodeKind::PersonalId);
        }
        case 9:
            Refuse(raw,
                   "chỉ có 9 chữ số. Nếu lấy từ Excel, số 0 đầu có thể đã bị mất: định dạng cột là Văn bản "
                   "(Text).",
                   "it has only 9 digits. If it came from Excel, a leading 0 may have been dropped: format "
                   "the column as Text.");
        default:
            Refuse(raw,
                   "có " + std::to_string(code.size()) +
                       " chữ số; mã số thuế có 10 chữ số, 13 chữ số (chi nhánh) hoặc 12 chữ số (cá nhân).",
                   "it has " + std::to_string(code.size()) +
                       " digits; a tax code has 10 digits, 13 (a branch) or 12 (a personal ID).");
    }
}

}  // namespace innodesk::domain
