// Synthetic rows: a fixed seed gives the same rows on every run, so runs compare.
#include "synthetic_rows.h"

#include "domain/tax_code.h"

#include <array>
#include <random>

namespace innodesk::bench {
namespace {

constexpr std::array kKinds{"Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH MTV", "Hợp tác xã",
                            "Doanh nghiệp tư nhân"};
constexpr std::array kTrades{"Thủy sản",        "Yến sào",      "Du lịch",
                             "Thương mại",      "Công nghệ",    "Nông nghiệp công nghệ cao",
                             "Chế biến cá ngừ", "Xoài Cam Lâm", "Muối Hòn Khói",
                             "Dịch vụ Biển",    "Cà phê",       "Tôm hùm"};
constexpr std::array kNames{"Hòa Bình",  "Nha Trang",  "Đông Hải", "Ánh Dương", "Phước Thành",
                            "Trường Sa", "Vĩnh Phước", "Hòn Tre",  "Bình Minh", "Thủy Tiên",
                            "Ngọc Thủy", "Lộc Phát",   "An Khang", "Đại Dương"};
constexpr std::array kCommunes{"Phường Nha Trang", "Phường Bắc Nha Trang", "Phường Nam Nha Trang",
                               "Phường Cam Ranh",  "Phường Ninh Hòa",      "Xã Vạn Ninh",
                               "Xã Diên Khánh",    "Xã Cam Lâm",           "Xã Khánh Vĩnh",
                               "Xã Khánh Sơn",     "Phường Phan Rang",     "Xã Ninh Phước"};
constexpr std::array kStreets{"Trần Phú",   "Lê Thánh Tôn", "Nguyễn Thiện Thuật",
                              "Thống Nhất", "Hùng Vương",   "Lê Hồng Phong"};
constexpr std::array kSizes{"Siêu nhỏ", "Nhỏ", "Nhỏ", "Vừa", "Lớn"};
constexpr std::array kVsic{"1020", "0321", "5510", "0121", "6201", "1075", "4632", "7020"};

template <typename Array>
const char* Pick(std::mt19937& random, const Array& values) {
    return values[std::uniform_int_distribution<std::size_t>(0, values.size() - 1)(random)];
}

}  // namespace

std::vector<SyntheticEnterprise> MakeEnterprises(std::size_t count, unsigned seed) {
    std::mt19937 random(seed);
    std::vector<SyntheticEnterprise> rows;
    rows.reserve(count);
    for (long prefix = 420000000; rows.size() < count; ++prefix) {
        const std::string nine = std::to_string(prefix);
        const auto check = domain::TaxCode::CheckDigitFor(nine);
        if (!check) continue;
        SyntheticEnterprise e;
        e.tax_code = nine + std::to_string(*check);
        const std::string kind = Pick(random, kKinds);
        e.name = kind + " " + Pick(random, kTrades) + " " + Pick(random, kNames);
        e.legal_form = kind == "Hợp tác xã" ? "Hợp tác xã" : "Doanh nghiệp";
        e.size = Pick(random, kSizes);
        e.vsic = Pick(random, kVsic);
        e.commune = Pick(random, kCommunes);
        // Real sources spell the province both ways; search has to find both.
        e.province = random() % 5 == 0 ? "Khánh Hoà" : "Khánh Hòa";
        e.address = "số " + std::to_string(random() % 300 + 1) + " đường " + Pick(random, kStreets);
        rows.push_back(std::move(e));
    }
    return rows;
}

}  // namespace innodesk::bench
