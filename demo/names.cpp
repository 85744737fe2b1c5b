// The demo's names and codes.
#include "demo/names.h"

#include "domain/errors.h"
#include "domain/tax_code.h"

#include <algorithm>

namespace innodesk::demo {

std::string PersonName(bool female, Random& random) {
    std::string name(random.PickWeighted(FamilyNames()));
    name += ' ';
    name += random.Pick(female ? FemaleMiddleNames() : MaleMiddleNames());
    name += ' ';
    name += random.Pick(female ? FemaleGivenNames() : MaleGivenNames());
    return name;
}

std::string Brand(Random& random) {
    if (random.Chance(0.15)) return std::string(random.Pick(PlaceBrands()));
    const std::string_view head = random.Pick(BrandHeads());
    std::string_view tail = random.Pick(BrandTails());
    while (tail == head) tail = random.Pick(BrandTails());
    return std::string(head) + " " + std::string(tail);
}

std::string NewEnterpriseCode(std::string_view prefix, Random& random, std::set<std::string>& used) {
    for (;;) {
        std::string code(prefix);
        while (code.size() < 9) code += random.Digit();
        const auto check = domain::TaxCode::CheckDigitFor(code);
        if (!check) continue;  // such prefixes are never issued
        code += static_cast<char>('0' + *check);
        if (used.insert(code).second) return code;
    }
}

std::string NewPersonalId(std::string_view province_code, bool female, Random& random,
                          std::set<std::string>& used) {
    for (;;) {
        const int born = random.Between(1960, 2004);
        const int century_digit = (born >= 2000 ? 2 : 0) + (female ? 1 : 0);
        std::string code(province_code);
        code += static_cast<char>('0' + century_digit);
        code += Padded(born % 100, 2);
        while (code.size() < 12) code += random.Digit();
        if (used.insert(code).second) return code;
    }
}

std::string Slug(const domain::TextRules& text, std::string_view source) {
    std::string slug;
    for (const char c : text.SearchFold(source))
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) slug += c;
    return slug;
}

std::string Padded(std::int64_t number, std::size_t width) {
    std::string text = std::to_string(number);
    if (text.size() < width) text.insert(0, width - text.size(), '0');
    return text;
}

// "15/5/2025", as dates are written inside Vietnamese legal references.
std::string LegalDate(const domain::CalendarDate& date) {
    return std::to_string(date.Day()) + "/" + std::to_string(date.Month()) + "/" +
           std::to_string(date.Year());
}

std::string Fill(std::string_view pattern, std::string_view brand, std::string_view product) {
    std::string out;
    out.reserve(pattern.size() + brand.size() + product.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern.substr(i, 3) == "{B}") {
            out += brand;
            i += 2;
        } else if (pattern.substr(i, 3) == "{P}") {
            out += product;
            i += 2;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

// "Phường Nha Trang" → "phường Nha Trang", as a commune is written inside an address.
std::string LowerFirstLetter(std::string_view text) {
    std::string out(text);
    if (out.size() >= 2 && static_cast<unsigned char>(out[0]) == 0xC4 &&
        static_cast<unsigned char>(out[1]) == 0x90)
        out[1] = static_cast<char>(0x91);  // Đ → đ
    else if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z')
        out[0] = static_cast<char>(out[0] - 'A' + 'a');
    return out;
}

// "Phường Nha Trang" → "Nha Trang", for branch names ("Chi nhánh … tại Nha Trang").
std::string_view PlaceName(std::string_view commune) {
    for (std::string_view prefix : {"Phường ", "Xã ", "Thị trấn ", "Đặc khu "})
        if (commune.substr(0, prefix.size()) == prefix) return commune.substr(prefix.size());
    return commune;
}

// The legal-form cell as officers write it, read from the start of the registered name.
std::string_view LegalFormLabel(std::string_view name) {
    if (name.starts_with("Hợp tác xã")) return "Hợp tác xã";
    if (name.starts_with("Hộ kinh doanh")) return "Hộ kinh doanh";
    if (name.starts_with("Doanh nghiệp tư nhân")) return "Doanh nghiệp tư nhân";
    if (name.starts_with("Công ty Cổ phần")) return "Công ty cổ phần";
    if (name.starts_with("Công ty TNHH MTV")) return "Công ty TNHH một thành viên";
    return "Công ty TNHH";
}

const SectorProfile& ProfileOf(Sector sector) {
    for (const auto& profile : Sectors())
        if (profile.sector == sector) return profile;
    throw domain::DomainError(domain::ErrorCode::InvalidValue, {"Ngành không xác định.", "Unknown sector."});
}

}  // namespace innodesk::demo
