// VSIC 2018 sections, their divisions and their names as the decision words them.
#include "vsic_section.h"

#include "errors.h"

#include <array>

namespace innodesk::domain {
namespace {

constexpr std::array<VsicSection, 21> kSections{{
    {'A', 1, 3, "Nông nghiệp, lâm nghiệp và thủy sản", "Agriculture, forestry and fishing"},
    {'B', 5, 9, "Khai khoáng", "Mining and quarrying"},
    {'C', 10, 33, "Công nghiệp chế biến, chế tạo", "Manufacturing"},
    {'D', 35, 35, "Sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hoà không khí",
     "Electricity, gas, steam and air conditioning supply"},
    {'E', 36, 39, "Cung cấp nước; hoạt động quản lý và xử lý rác thải, nước thải",
     "Water supply; sewerage, waste management and remediation"},
    {'F', 41, 43, "Xây dựng", "Construction"},
    {'G', 45, 47, "Bán buôn và bán lẻ; sửa chữa ô tô, mô tô, xe máy và xe có động cơ khác",
     "Wholesale and retail trade; repair of motor vehicles and motorcycles"},
    {'H', 49, 53, "Vận tải kho bãi", "Transportation and storage"},
    {'I', 55, 56, "Dịch vụ lưu trú và ăn uống", "Accommodation and food service"},
    {'J', 58, 63, "Thông tin và truyền thông", "Information and communication"},
    {'K', 64, 66, "Hoạt động tài chính, ngân hàng và bảo hiểm", "Financial and insurance activities"},
    {'L', 68, 68, "Hoạt động kinh doanh bất động sản", "Real estate activities"},
    {'M', 69, 75, "Hoạt động chuyên môn, khoa học và công nghệ",
     "Professional, scientific and technical activities"},
    {'N', 77, 82, "Hoạt động hành chính và dịch vụ hỗ trợ", "Administrative and support services"},
    {'O', 84, 84,
     "Hoạt động của Đảng Cộng sản, tổ chức chính trị - xã hội, quản lý Nhà nước, an ninh quốc phòng; "
     "bảo đảm xã hội bắt buộc",
     "Public administration and defence; compulsory social security"},
    {'P', 85, 85, "Giáo dục và đào tạo", "Education"},
    {'Q', 86, 88, "Y tế và hoạt động trợ giúp xã hội", "Human health and social work"},
    {'R', 90, 93, "Nghệ thuật, vui chơi và giải trí", "Arts, entertainment and recreation"},
    {'S', 94, 96, "Hoạt động dịch vụ khác", "Other service activities"},
    {'T', 97, 98,
     "Hoạt động làm thuê các công việc trong các hộ gia đình, sản xuất sản phẩm vật chất và dịch vụ tự "
     "tiêu dùng của hộ gia đình",
     "Activities of households as employers and for own use"},
    {'U', 99, 99, "Hoạt động của các tổ chức và cơ quan quốc tế",
     "Activities of extraterritorial organisations"},
}};

bool IsDigit(char c) {
    return c >= '0' && c <= '9';
}

}  // namespace

std::span<const VsicSection> VsicSections() {
    return kSections;
}

std::optional<char> VsicSectionOf(std::string_view vsic) {
    if (vsic.empty()) return std::nullopt;
    const char first = vsic[0];
    if (first >= 'A' && first <= 'U') return first;
    if (vsic.size() < 2 || !IsDigit(vsic[0]) || !IsDigit(vsic[1])) return std::nullopt;
    const int division = (vsic[0] - '0') * 10 + (vsic[1] - '0');
    for (const auto& section : kSections)
        if (division >= section.first_division && division <= section.last_division) return section.letter;
    return std::nullopt;
}

const VsicSection& ParseVsicSection(std::string_view text, std::string_view field) {
    if (text.size() == 1) {
        const char letter =
            (text[0] >= 'a' && text[0] <= 'z') ? static_cast<char>(text[0] - 'a' + 'A') : text[0];
        for (const auto& section : kSections)
            if (section.letter == letter) return section;
    }
    throw DomainError(
        ErrorCode::InvalidValue,
        {"Ngành '" + std::string(text) +
             "' không phải một ngành cấp 1 của VSIC 2018: dùng một chữ cái từ A đến U, ví dụ C "
             "(công nghiệp chế biến, chế tạo).",
         "Sector '" + std::string(text) +
             "' is not a VSIC 2018 section: use one letter from A to U, e.g. C (manufacturing)."},
        std::string(field));
}

}  // namespace innodesk::domain
