// Enterprise rules: required fields, each field's own rule, tax code consistent with the legal form.
#include "enterprise.h"

#include "enterprise_fields.h"
#include "errors.h"

#include <array>

namespace innodesk::domain {
namespace {

constexpr std::array<EnumEntry<LegalForm>, 3> kLegalForms{{
    {LegalForm::Company, "company", "Doanh nghiệp", "Company"},
    {LegalForm::Cooperative, "cooperative", "Hợp tác xã", "Cooperative"},
    {LegalForm::HouseholdBusiness, "household", "Hộ kinh doanh", "Household business"},
}};

constexpr std::array<EnumEntry<SizeClass>, 5> kSizeClasses{{
    {SizeClass::Unknown, "unknown", "Chưa xác định", "Not stated"},
    {SizeClass::Micro, "micro", "Siêu nhỏ", "Micro"},
    {SizeClass::Small, "small", "Nhỏ", "Small"},
    {SizeClass::Medium, "medium", "Vừa", "Medium"},
    {SizeClass::Large, "large", "Lớn", "Large"},
}};

void Require(const std::string& value, const char* field, const char* label_vi, const char* label_en) {
    if (!value.empty()) return;
    throw DomainError(ErrorCode::InvalidValue,
                      {std::string(label_vi) + " là bắt buộc.", std::string(label_en) + " is required."},
                      field);
}

}  // namespace

std::span<const EnumEntry<LegalForm>> LegalForms() {
    return kLegalForms;
}
std::span<const EnumEntry<SizeClass>> SizeClasses() {
    return kSizeClasses;
}

Enterprise NormaliseEnterprise(Enterprise enterprise, const TextRules& text) {
    enterprise.name = text.Clean(enterprise.name, "name");
    enterprise.vsic = text.Clean(enterprise.vsic, "vsic");
    enterprise.commune = text.Clean(enterprise.commune, "commune");
    enterprise.province = text.Clean(enterprise.province, "province");
    enterprise.address = text.Clean(enterprise.address, "address");
    enterprise.phone = text.Clean(enterprise.phone, "phone");
    enterprise.email = text.Clean(enterprise.email, "email");

    if (enterprise.tax_code.Empty())
        throw DomainError(ErrorCode::InvalidTaxCode, {"Mã số thuế là bắt buộc.", "The tax code is required."},
                          "tax_code");
    Require(enterprise.name, "name", "Tên doanh nghiệp", "The enterprise name");
    Require(enterprise.province, "province", "Tỉnh/thành phố", "The province");
    // One rule per field, the same the desktop checks as each is typed (enterprise_fields.h).
    CheckEnterpriseName(enterprise.name);
    CheckEnterpriseAddress(enterprise.address);
    enterprise.vsic = CheckEnterpriseVsic(std::move(enterprise.vsic));
    CheckEnterprisePhone(enterprise.phone);
    CheckEnterpriseEmail(enterprise.email);

    const bool personal = enterprise.tax_code.Kind() == TaxCodeKind::PersonalId;
    if (personal && enterprise.legal_form != LegalForm::HouseholdBusiness)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Mã số thuế 12 chữ số là số định danh cá nhân, chỉ dùng cho hộ kinh doanh; "
                           "doanh nghiệp và hợp tác xã có mã 10 chữ số.",
                           "A 12-digit tax code is a personal ID, used only by household businesses; "
                           "companies and cooperatives have 10-digit codes."},
                          "tax_code");
    return enterprise;
}

std::string EnterpriseSearchText(const Enterprise& enterprise, const TextRules& text) {
    // The tax code as its parts and as one run of digits, so "0101248141", "0101248141-001" and
    // "0101248141001" all find a branch whichever way the search engine splits words.
    std::string parts, digits;
    for (char c : enterprise.tax_code.Value()) {
        parts += c == '-' ? ' ' : c;
        if (c != '-') digits += c;
    }
    std::string search = text.SearchFold(enterprise.name) + ' ' + parts + ' ' + digits + ' ' +
                         text.SearchFold(enterprise.commune) + ' ' + text.SearchFold(enterprise.province) +
                         ' ' + text.SearchFold(enterprise.address);
    // Words are runs of letters and digits; punctuation becomes a space so that every way of
    // matching words (a full-text index, or a scan for " word") sees the same words.
    for (char& c : search) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x80 && !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) c = ' ';
    }
    return search;
}

Enterprise DateRegisterFlags(Enterprise enterprise, const CalendarDate& today) {
    auto date = [&](bool flag, std::optional<CalendarDate>& since, std::optional<CalendarDate>& until,
                    const char* field, const std::string& what_vi, const std::string& what_en) {
        if (since && *since > today)
            throw DomainError(ErrorCode::InvalidValue,
                              {"Ngày " + what_vi + " " + since->Format() + " chưa tới.",
                               "The date " + what_en + " " + since->Format() + " is after today."},
                              field);
        if (flag) {
            if (!since) since = today;
            until.reset();
        } else if (since && !until) {
            until = today;
        }
    };
    date(enterprise.science_technology_enterprise, enterprise.science_technology_since,
         enterprise.science_technology_until, "science_technology_since", "chứng nhận doanh nghiệp KH&CN",
         "of the S&T enterprise certificate");
    date(enterprise.innovative_startup, enterprise.innovative_startup_since,
         enterprise.innovative_startup_until, "innovative_startup_since",
         "công nhận khởi nghiệp đổi mới sáng tạo", "of the start-up's recognition");
    return enterprise;
}

}  // namespace innodesk::domain
