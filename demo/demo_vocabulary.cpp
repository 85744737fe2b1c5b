// The demo generator's word pools. Names and places are real Vietnamese usage; companies and
// people are invented by combining them, so no generated record names a real firm or person.
#include "demo/demo_vocabulary.h"

#include "domain/errors.h"

#include <array>

namespace innodesk::demo {

using domain::DomainError;
using domain::ErrorCode;

namespace {

using namespace std::string_view_literals;
using C = SupportContent;
using S = Sector;

// Weights follow the rough national shares of family names (Nguyễn about 38%, and so on).
constexpr std::array<WeightedText, 20> kFamilyNames{{
    {"Nguyễn", 380}, {"Trần", 110}, {"Lê", 95},   {"Phạm", 70},  {"Hoàng", 30}, {"Huỳnh", 25}, {"Phan", 45},
    {"Vũ", 20},      {"Võ", 35},    {"Đặng", 20}, {"Bùi", 20},   {"Đỗ", 14},    {"Hồ", 13},    {"Ngô", 13},
    {"Dương", 10},   {"Lý", 5},     {"Đinh", 8},  {"Trương", 8}, {"Lương", 5},  {"Mai", 4},
}};

constexpr std::array kMaleMiddleNames{"Văn"sv,   "Văn"sv,  "Văn"sv,  "Hữu"sv,  "Đức"sv, "Minh"sv,  "Quốc"sv,
                                      "Thanh"sv, "Công"sv, "Xuân"sv, "Ngọc"sv, "Anh"sv, "Trọng"sv, "Đình"sv};
constexpr std::array kFemaleMiddleNames{"Thị"sv,  "Thị"sv, "Thị"sv, "Thị"sv,    "Ngọc"sv, "Thu"sv,  "Thanh"sv,
                                        "Minh"sv, "Kim"sv, "Mỹ"sv,  "Phương"sv, "Hồng"sv, "Bích"sv, "Diệu"sv};
constexpr std::array kMaleGivenNames{"An"sv,    "Bảo"sv,  "Bình"sv,  "Cường"sv, "Dũng"sv, "Duy"sv,
                                     "Hải"sv,   "Hiếu"sv, "Hoàng"sv, "Hùng"sv,  "Huy"sv,  "Khang"sv,
                                     "Khoa"sv,  "Long"sv, "Lộc"sv,   "Minh"sv,  "Nam"sv,  "Nghĩa"sv,
                                     "Phong"sv, "Phúc"sv, "Quang"sv, "Sơn"sv,   "Tài"sv,  "Thắng"sv,
                                     "Thành"sv, "Tiến"sv, "Trung"sv, "Tuấn"sv,  "Việt"sv, "Vinh"sv};
constexpr std::array kFemaleGivenNames{
    "Anh"sv,  "Chi"sv,   "Dung"sv,  "Giang"sv, "Hà"sv,   "Hạnh"sv,  "Hằng"sv, "Hoa"sv,    "Hương"sv, "Lan"sv,
    "Linh"sv, "Loan"sv,  "Mai"sv,   "Nga"sv,   "Ngân"sv, "Nhung"sv, "Oanh"sv, "Phương"sv, "Quyên"sv, "Thảo"sv,
    "Thủy"sv, "Trang"sv, "Trinh"sv, "Tuyết"sv, "Vân"sv,  "Yến"sv,   "Hiền"sv, "Nhi"sv,    "Uyên"sv,  "Vy"sv};

// Two-syllable trade names are built as head + tail ("Hải Long", "Phước Thịnh").
constexpr std::array kBrandHeads{"Hải"sv,   "Phước"sv, "Thiên"sv, "Tân"sv, "Hòa"sv,    "Vĩnh"sv, "Minh"sv,
                                 "An"sv,    "Khánh"sv, "Phú"sv,   "Đại"sv, "Thành"sv,  "Nam"sv,  "Đông"sv,
                                 "Sao"sv,   "Hoàng"sv, "Kim"sv,   "Bảo"sv, "Trường"sv, "Hưng"sv, "Ngọc"sv,
                                 "Quang"sv, "Thuận"sv, "Việt"sv,  "Trí"sv};
constexpr std::array kBrandTails{"Long"sv,  "Thịnh"sv, "Phú"sv,   "Phát"sv, "Lộc"sv,   "Hưng"sv,  "An"sv,
                                 "Thành"sv, "Tín"sv,   "Khang"sv, "Việt"sv, "Nam"sv,   "Dương"sv, "Mai"sv,
                                 "Sơn"sv,   "Bình"sv,  "Lợi"sv,   "Tài"sv,  "Vượng"sv, "Nguyên"sv};
constexpr std::array kPlaceBrands{"Nha Trang"sv,  "Cam Ranh"sv,  "Vân Phong"sv, "Hòn Khói"sv, "Ninh Hòa"sv,
                                  "Diên Khánh"sv, "Vạn Ninh"sv,  "Hòn Tre"sv,   "Bình Ba"sv,  "Cà Ná"sv,
                                  "Phan Rang"sv,  "Trường Sa"sv, "Ninh Vân"sv,  "Đầm Môn"sv};

// Sector tables. VSIC 2018: 0311 marine capture, 0321 marine aquaculture, 0323 aquatic seed,
// 1020 seafood processing, 0149 other animal husbandry (swiftlet houses), 1079 other food,
// 0121 fruit, 0118 vegetables, 0126 coffee, 0128 spices and medicinal plants, 0893 salt,
// 1075 ready meals, 1030 fruit and vegetable processing, 1102 wine, 5510 short-stay
// accommodation, 5610 restaurants, 7911 travel agencies, 7912 tour operators, 6201 software,
// 6202 IT consulting, 6311 data processing, 3011 shipbuilding, 2592 metal working,
// 2511 structural metal, 4620 wholesale of farm produce, 4632 wholesale of food, 4722 food retail.
constexpr std::array<WeightedText, 3> kVsicAquaculture{{{"0321", 70}, {"0311", 20}, {"0323", 10}}};
constexpr std::array<WeightedText, 1> kVsicSeafood{{{"1020", 1}}};
constexpr std::array<WeightedText, 2> kVsicBirdNest{{{"1079", 60}, {"0149", 40}}};
constexpr std::array<WeightedText, 2> kVsicFarming{{{"0121", 80}, {"0118", 20}}};
constexpr std::array<WeightedText, 2> kVsicCrops{{{"0126", 60}, {"0128", 40}}};
constexpr std::array<WeightedText, 2> kVsicSalt{{{"0893", 70}, {"1079", 30}}};
constexpr std::array<WeightedText, 4> kVsicFood{{{"1075", 40}, {"1030", 30}, {"1079", 20}, {"1102", 10}}};
constexpr std::array<WeightedText, 4> kVsicTourism{{{"5510", 45}, {"7912", 25}, {"7911", 10}, {"5610", 20}}};
constexpr std::array<WeightedText, 3> kVsicSoftware{{{"6201", 60}, {"6202", 20}, {"6311", 20}}};
constexpr std::array<WeightedText, 3> kVsicMechanical{{{"2592", 50}, {"3011", 30}, {"2511", 20}}};
constexpr std::array<WeightedText, 3> kVsicTrade{{{"4632", 50}, {"4620", 30}, {"4722", 20}}};

constexpr std::array kCompaniesAquaculture{
    "Công ty TNHH Thủy sản {B}"sv, "Công ty TNHH Nuôi trồng Thủy sản {B}"sv, "Công ty Cổ phần Thủy sản {B}"sv,
    "Công ty TNHH Giống Thủy sản {B}"sv, "Công ty TNHH MTV Hải sản {B}"sv};
constexpr std::array kCoopsAquaculture{"Hợp tác xã Nuôi trồng Thủy sản {B}"sv,
                                       "Hợp tác xã Khai thác Hải sản {B}"sv};
constexpr std::array kProductsAquaculture{
    "tôm hùm"sv,  "cá mú"sv, "cá bớp"sv,          "ốc hương"sv, "tôm thẻ chân trắng"sv,
    "rong sụn"sv, "hàu"sv,   "cá chim vây vàng"sv};

constexpr std::array kCompaniesSeafood{
    "Công ty TNHH Chế biến Thủy sản {B}"sv, "Công ty Cổ phần Thủy sản {B}"sv, "Công ty TNHH Hải sản {B}"sv,
    "Công ty TNHH Nước mắm {B}"sv, "Công ty TNHH Xuất nhập khẩu Thủy sản {B}"sv};
constexpr std::array kCoopsSeafood{"Hợp tác xã Chế biến Hải sản {B}"sv};
constexpr std::array kProductsSeafood{"cá ngừ đại dương"sv, "mực khô"sv, "chả cá Nha Trang"sv,
                                      "nước mắm Cà Ná"sv,   "cá cơm"sv,  "tôm khô"sv,
                                      "nước mắm"sv};

constexpr std::array kCompaniesBirdNest{"Công ty TNHH Yến sào {B}"sv, "Công ty Cổ phần Yến sào {B}"sv,
                                        "Công ty TNHH MTV Yến {B}"sv};
constexpr std::array kCoopsBirdNest{"Hợp tác xã Yến sào {B}"sv};
constexpr std::array kProductsBirdNest{"yến sào"sv, "nước yến"sv, "yến chưng đường phèn"sv,
                                       "tổ yến tinh chế"sv};

constexpr std::array kCompaniesFarming{"Công ty TNHH Nông nghiệp Công nghệ cao {B}"sv,
                                       "Công ty Cổ phần Nông sản {B}"sv, "Công ty TNHH Trái cây {B}"sv};
constexpr std::array kCoopsFarming{"Hợp tác xã Nông nghiệp {B}"sv, "Hợp tác xã Dịch vụ Nông nghiệp {B}"sv,
                                   "Hợp tác xã Xoài {B}"sv};
constexpr std::array kProductsFarming{"xoài"sv,     "nho"sv, "sầu riêng"sv, "bưởi da xanh"sv,
                                      "dưa lưới"sv, "táo"sv, "măng tây"sv};

constexpr std::array kCompaniesCrops{"Công ty TNHH Cà phê {B}"sv, "Công ty Cổ phần Dược liệu {B}"sv,
                                     "Công ty TNHH Nông sản {B}"sv};
constexpr std::array kCoopsCrops{"Hợp tác xã Nông nghiệp {B}"sv, "Hợp tác xã Dược liệu {B}"sv};
constexpr std::array kProductsCrops{"cà phê"sv, "cà phê rang xay"sv, "hồ tiêu"sv, "sâm Ngọc Linh"sv,
                                    "trầm hương"sv};

constexpr std::array kCompaniesSalt{"Công ty Cổ phần Muối {B}"sv, "Công ty TNHH Muối {B}"sv};
constexpr std::array kCoopsSalt{"Hợp tác xã Diêm nghiệp {B}"sv};
constexpr std::array kProductsSalt{"muối sạch"sv, "muối tinh"sv, "muối hầm"sv, "muối biển"sv};

constexpr std::array kCompaniesFood{"Công ty TNHH Thực phẩm {B}"sv, "Công ty TNHH Chế biến Nông sản {B}"sv,
                                    "Công ty Cổ phần Thực phẩm {B}"sv, "Công ty TNHH Rượu vang {B}"sv};
constexpr std::array kCoopsFood{"Hợp tác xã Chế biến Nông sản {B}"sv};
constexpr std::array kProductsFood{"nem chua Ninh Hòa"sv, "bánh tráng"sv,    "xoài sấy dẻo"sv,
                                   "mứt trái cây"sv,      "rượu vang nho"sv, "bánh căn"sv};

constexpr std::array kCompaniesTourism{
    "Công ty Cổ phần Du lịch {B}"sv, "Công ty TNHH Du lịch và Dịch vụ {B}"sv, "Công ty TNHH Khách sạn {B}"sv,
    "Công ty TNHH Lữ hành {B}"sv, "Công ty TNHH Du lịch Biển {B}"sv};
constexpr std::array kCoopsTourism{"Hợp tác xã Du lịch Cộng đồng {B}"sv};
constexpr std::array kProductsTourism{"du lịch biển đảo"sv,  "lặn ngắm san hô"sv,
                                      "du lịch cộng đồng"sv, "nghỉ dưỡng khoáng nóng"sv,
                                      "du lịch sinh thái"sv, "ẩm thực hải sản"sv};

constexpr std::array kCompaniesSoftware{"Công ty TNHH MTV Công nghệ {B}"sv, "Công ty Cổ phần Công nghệ {B}"sv,
                                        "Công ty TNHH Giải pháp Phần mềm {B}"sv,
                                        "Công ty Cổ phần Công nghệ Số {B}"sv};
constexpr std::array kProductsSoftware{"phần mềm quản lý khách sạn"sv, "nền tảng thương mại điện tử"sv,
                                       "ứng dụng truy xuất nguồn gốc"sv, "giải pháp IoT nông nghiệp"sv,
                                       "phần mềm quản lý nuôi trồng thủy sản"sv};

constexpr std::array kCompaniesMechanical{"Công ty TNHH Cơ khí {B}"sv, "Công ty TNHH Đóng tàu {B}"sv,
                                          "Công ty Cổ phần Cơ khí {B}"sv};
constexpr std::array kCoopsMechanical{"Hợp tác xã Cơ khí {B}"sv};
constexpr std::array kProductsMechanical{"tàu cá vỏ composite"sv, "thiết bị cấp đông"sv, "máy sấy nông sản"sv,
                                         "lồng nuôi HDPE"sv, "kết cấu thép"sv};

constexpr std::array kCompaniesTrade{"Công ty TNHH Thương mại {B}"sv,
                                     "Công ty TNHH Thương mại và Dịch vụ {B}"sv,
                                     "Công ty TNHH Xuất nhập khẩu {B}"sv, "Doanh nghiệp tư nhân {B}"sv};
constexpr std::array kCoopsTrade{"Hợp tác xã Thương mại Dịch vụ {B}"sv};
constexpr std::array kProductsTrade{"nông sản"sv, "hải sản khô"sv, "đặc sản Khánh Hòa"sv,
                                    "vật tư nông nghiệp"sv};

constexpr std::array<SectorProfile, 11> kSectors{{
    {S::Aquaculture, 10, kVsicAquaculture, kCompaniesAquaculture, kCoopsAquaculture, kProductsAquaculture},
    {S::SeafoodProcessing, 7, kVsicSeafood, kCompaniesSeafood, kCoopsSeafood, kProductsSeafood},
    {S::BirdNest, 5, kVsicBirdNest, kCompaniesBirdNest, kCoopsBirdNest, kProductsBirdNest},
    {S::HighTechFarming, 9, kVsicFarming, kCompaniesFarming, kCoopsFarming, kProductsFarming},
    {S::IndustrialCrops, 3, kVsicCrops, kCompaniesCrops, kCoopsCrops, kProductsCrops},
    {S::Salt, 2, kVsicSalt, kCompaniesSalt, kCoopsSalt, kProductsSalt},
    {S::FoodProcessing, 9, kVsicFood, kCompaniesFood, kCoopsFood, kProductsFood},
    {S::Tourism, 16, kVsicTourism, kCompaniesTourism, kCoopsTourism, kProductsTourism},
    {S::Software, 8, kVsicSoftware, kCompaniesSoftware, {}, kProductsSoftware},
    {S::Mechanical, 9, kVsicMechanical, kCompaniesMechanical, kCoopsMechanical, kProductsMechanical},
    {S::Trade, 22, kVsicTrade, kCompaniesTrade, kCoopsTrade, kProductsTrade},
}};

// Tax-office prefixes and personal-ID province codes: Khánh Hòa 42/056, Thừa Thiên Huế 33/046,
// Đà Nẵng 04/048, Quảng Ngãi 43/051, Kon Tum 61/062, Gia Lai 59/064.
constexpr std::array<RegionProfile, 6> kRegions{{
    {Region::KhanhHoa, "Khánh Hòa", "tỉnh Khánh Hòa", "42", "056", "0258"},
    {Region::Hue, "Huế", "thành phố Huế", "33", "046", "0234"},
    {Region::DaNang, "Đà Nẵng", "thành phố Đà Nẵng", "04", "048", "0236"},
    {Region::QuangNgai, "Quảng Ngãi", "tỉnh Quảng Ngãi", "43", "051", "0255"},
    {Region::KonTum, "Kon Tum", "tỉnh Kon Tum", "61", "062", "0260"},
    {Region::GiaLai, "Gia Lai", "tỉnh Gia Lai", "59", "064", "0269"},
}};

// Khánh Hòa after the 2025 reorganisation (Ninh Thuận merged in), a few older names that
// registry exports still carry, and neighbouring provinces. Weights favour Nha Trang.
constexpr std::array<Commune, 64> kCommunes{{
    {"Phường Nha Trang", Region::KhanhHoa, true, 90},
    {"Phường Bắc Nha Trang", Region::KhanhHoa, true, 60},
    {"Phường Tây Nha Trang", Region::KhanhHoa, true, 45},
    {"Phường Nam Nha Trang", Region::KhanhHoa, true, 50},
    {"Phường Bắc Cam Ranh", Region::KhanhHoa, true, 18},
    {"Phường Cam Ranh", Region::KhanhHoa, true, 25},
    {"Phường Cam Linh", Region::KhanhHoa, true, 12},
    {"Phường Ba Ngòi", Region::KhanhHoa, true, 12},
    {"Phường Ninh Hòa", Region::KhanhHoa, true, 22},
    {"Phường Đông Ninh Hòa", Region::KhanhHoa, true, 10},
    {"Phường Hòa Thắng", Region::KhanhHoa, true, 8},
    {"Phường Phan Rang", Region::KhanhHoa, true, 30},
    {"Phường Đông Hải", Region::KhanhHoa, true, 10},
    {"Phường Ninh Chử", Region::KhanhHoa, true, 8},
    {"Phường Bảo An", Region::KhanhHoa, true, 10},
    {"Phường Đô Vinh", Region::KhanhHoa, true, 6},
    {"Phường Lộc Thọ", Region::KhanhHoa, true, 8},
    {"Phường Vĩnh Hòa", Region::KhanhHoa, true, 6},
    {"Phường Phước Long", Region::KhanhHoa, true, 6},
    {"Xã Vạn Ninh", Region::KhanhHoa, false, 12},
    {"Xã Vạn Thắng", Region::KhanhHoa, false, 6},
    {"Xã Đại Lãnh", Region::KhanhHoa, false, 4},
    {"Xã Tu Bông", Region::KhanhHoa, false, 5},
    {"Xã Vạn Hưng", Region::KhanhHoa, false, 5},
    {"Xã Diên Khánh", Region::KhanhHoa, false, 14},
    {"Xã Diên Lạc", Region::KhanhHoa, false, 5},
    {"Xã Diên Điền", Region::KhanhHoa, false, 5},
    {"Xã Diên Lâm", Region::KhanhHoa, false, 4},
    {"Xã Diên Thọ", Region::KhanhHoa, false, 4},
    {"Xã Suối Hiệp", Region::KhanhHoa, false, 5},
    {"Xã Cam Lâm", Region::KhanhHoa, false, 12},
    {"Xã Suối Dầu", Region::KhanhHoa, false, 6},
    {"Xã Cam Hiệp", Region::KhanhHoa, false, 4},
    {"Xã Cam An", Region::KhanhHoa, false, 5},
    {"Xã Nam Cam Ranh", Region::KhanhHoa, false, 5},
    {"Xã Khánh Vĩnh", Region::KhanhHoa, false, 6},
    {"Xã Khánh Sơn", Region::KhanhHoa, false, 5},
    {"Xã Ninh Phước", Region::KhanhHoa, false, 8},
    {"Xã Phước Hữu", Region::KhanhHoa, false, 4},
    {"Xã Phước Hậu", Region::KhanhHoa, false, 4},
    {"Xã Thuận Nam", Region::KhanhHoa, false, 5},
    {"Xã Cà Ná", Region::KhanhHoa, false, 5},
    {"Xã Ninh Hải", Region::KhanhHoa, false, 5},
    {"Xã Xuân Hải", Region::KhanhHoa, false, 4},
    {"Xã Vĩnh Hải", Region::KhanhHoa, false, 3},
    {"Xã Bác Ái", Region::KhanhHoa, false, 3},
    {"Xã Ninh Sơn", Region::KhanhHoa, false, 5},
    {"Xã Công Hải", Region::KhanhHoa, false, 3},
    {"Thị trấn Vạn Giã", Region::KhanhHoa, true, 4},
    {"Thị trấn Cam Đức", Region::KhanhHoa, true, 4},
    {"Đặc khu Trường Sa", Region::KhanhHoa, false, 1},
    {"Phường Thuận Hóa", Region::Hue, true, 12},
    {"Phường Phú Xuân", Region::Hue, true, 10},
    {"Phường Hương Thủy", Region::Hue, true, 5},
    {"Phường Hải Châu", Region::DaNang, true, 14},
    {"Phường Sơn Trà", Region::DaNang, true, 10},
    {"Phường Ngũ Hành Sơn", Region::DaNang, true, 8},
    {"Phường Hội An", Region::DaNang, true, 6},
    {"Phường Cẩm Thành", Region::QuangNgai, true, 8},
    {"Phường Kon Tum", Region::QuangNgai, true, 6},
    {"Xã Măng Đen", Region::QuangNgai, false, 3},
    {"Phường Quyết Thắng", Region::KonTum, true, 3},
    {"Phường Pleiku", Region::GiaLai, true, 8},
    {"Phường Quy Nhơn", Region::GiaLai, true, 8},
}};

constexpr std::array<IndustrialPark, 6> kIndustrialParks{{
    {"Khu công nghiệp Suối Dầu", "Xã Suối Dầu"},
    {"Khu công nghiệp Ninh Thủy", "Phường Đông Ninh Hòa"},
    {"Khu công nghiệp Nam Cam Ranh", "Xã Nam Cam Ranh"},
    {"Khu công nghiệp Đắc Lộc", "Phường Bắc Nha Trang"},
    {"Khu công nghiệp Thành Hải", "Phường Phan Rang"},
    {"Khu công nghiệp Du Long", "Xã Công Hải"},
}};

constexpr std::array kStreets{"Trần Phú"sv,           "Nguyễn Thị Minh Khai"sv,
                              "Lê Thánh Tôn"sv,       "Thống Nhất"sv,
                              "23 Tháng 10"sv,        "2 Tháng 4"sv,
                              "Lê Hồng Phong"sv,      "Yersin"sv,
                              "Hùng Vương"sv,         "Pasteur"sv,
                              "Nguyễn Thiện Thuật"sv, "Phạm Văn Đồng"sv,
                              "Lý Tự Trọng"sv,        "Hoàng Văn Thụ"sv,
                              "Quang Trung"sv,        "Võ Thị Sáu"sv,
                              "Nguyễn Tất Thành"sv,   "Lê Duẩn"sv,
                              "Hai Bà Trưng"sv,       "Trần Hưng Đạo"sv,
                              "Nguyễn Huệ"sv,         "Lê Lợi"sv,
                              "Ngô Gia Tự"sv,         "16 Tháng 4"sv,
                              "Yên Ninh"sv,           "Nguyễn Chánh"sv,
                              "Hải Thượng Lãn Ông"sv, "Điện Biên Phủ"sv,
                              "Nguyễn Trãi"sv,        "Lạc Long Quân"sv};
constexpr std::array kHamlets{"Tân Phú"sv,   "Phú Hội"sv,   "Đông Bắc"sv, "Xuân Lạc"sv,    "Suối Cát"sv,
                              "Tân Xương"sv, "Hòa Sơn"sv,   "Văn Đăng"sv, "Phước Lương"sv, "Lương Hòa"sv,
                              "Nghi Xuân"sv, "Vĩnh Thái"sv, "Trung"sv,    "Nam"sv,         "Bắc"sv,
                              "1"sv,         "2"sv,         "3"sv};
constexpr std::array kMobilePrefixes{"090"sv, "091"sv, "093"sv, "094"sv, "096"sv, "097"sv, "098"sv,
                                     "032"sv, "034"sv, "035"sv, "036"sv, "038"sv, "070"sv, "077"sv,
                                     "079"sv, "083"sv, "084"sv, "085"sv, "086"sv, "088"sv};

constexpr unsigned kAll = 0xFFFFu;
constexpr unsigned kAquaculture = SectorBit(S::Aquaculture);
constexpr unsigned kSeafood = SectorBit(S::SeafoodProcessing);
constexpr unsigned kBirdNest = SectorBit(S::BirdNest);
constexpr unsigned kFarming = SectorBit(S::HighTechFarming);
constexpr unsigned kCrops = SectorBit(S::IndustrialCrops);
constexpr unsigned kSalt = SectorBit(S::Salt);
constexpr unsigned kFood = SectorBit(S::FoodProcessing);
constexpr unsigned kTourism = SectorBit(S::Tourism);
constexpr unsigned kSoftware = SectorBit(S::Software);
constexpr unsigned kMechanical = SectorBit(S::Mechanical);
constexpr unsigned kTrade = SectorBit(S::Trade);
constexpr unsigned kPrimary = kAquaculture | kBirdNest | kFarming | kCrops | kSalt;
constexpr unsigned kProcessed = kSeafood | kBirdNest | kFood | kCrops | kSalt;
constexpr unsigned kEdible = kPrimary | kProcessed;
constexpr unsigned kGoods = kEdible | kMechanical | kTrade;

// Every content has at least one pattern for every sector (the kAll rows), so a title can
// always be found.
constexpr std::array<TitlePattern, 67> kTitles{{
    {C::TestingCertification, kPrimary, "Chứng nhận VietGAP cho cơ sở sản xuất {P}"},
    {C::TestingCertification, kEdible | kTrade, "Xây dựng hệ thống truy xuất nguồn gốc sản phẩm {P}"},
    {C::TestingCertification, kProcessed, "Chứng nhận HACCP cho dây chuyền chế biến {P}"},
    {C::TestingCertification, kProcessed,
     "Áp dụng hệ thống quản lý an toàn thực phẩm ISO 22000:2018 trong sản xuất {P}"},
    {C::TestingCertification, kFarming | kCrops, "Chứng nhận sản xuất {P} hữu cơ theo TCVN 11041"},
    {C::TestingCertification, kGoods, "Thử nghiệm, công bố hợp quy sản phẩm {P}"},
    {C::TestingCertification, kAquaculture | kSeafood | kFarming,
     "Áp dụng tiêu chuẩn GlobalG.A.P cho {P} xuất khẩu"},
    {C::TestingCertification, kTourism, "Áp dụng tiêu chuẩn chất lượng dịch vụ lưu trú theo TCVN 4391:2015"},
    {C::TestingCertification, kTourism, "Chứng nhận hệ thống quản lý môi trường ISO 14001 cho cơ sở lưu trú"},
    {C::TestingCertification, kSoftware, "Chứng nhận hệ thống quản lý an toàn thông tin ISO/IEC 27001"},
    {C::TestingCertification, kAll, "Xây dựng và áp dụng hệ thống quản lý chất lượng ISO 9001:2015"},

    {C::Consulting, kAll, "Thuê tư vấn áp dụng công cụ cải tiến năng suất 5S, Kaizen"},
    {C::Consulting, kAll, "Thuê tư vấn xây dựng lộ trình chuyển đổi số cho doanh nghiệp"},
    {C::Consulting, kAll, "Thuê tư vấn xác lập và quản trị tài sản trí tuệ"},
    {C::Consulting, kGoods, "Thuê chuyên gia tư vấn đổi mới quy trình sản xuất {P}"},
    {C::Consulting, kEdible, "Tư vấn đáp ứng yêu cầu kỹ thuật của thị trường xuất khẩu cho {P}"},
    {C::Consulting, kTourism, "Tư vấn phát triển sản phẩm {P} chất lượng cao"},

    {C::TradePromotion, kGoods, "Tham gia hội chợ triển lãm quốc tế quảng bá sản phẩm {P}"},
    {C::TradePromotion, kGoods, "Xây dựng gian hàng {P} {B} trên sàn thương mại điện tử"},
    {C::TradePromotion, kEdible, "Xúc tiến thương mại, mở rộng thị trường xuất khẩu {P}"},
    {C::TradePromotion, kTourism, "Quảng bá sản phẩm {P} tại hội chợ du lịch quốc tế"},
    {C::TradePromotion, kSoftware, "Giới thiệu {P} tại triển lãm công nghệ và đổi mới sáng tạo"},
    {C::TradePromotion, kAll, "Xây dựng website và nhận diện thương hiệu {B}"},

    {C::IntellectualProperty, kAll, "Đăng ký bảo hộ nhãn hiệu {B}"},
    {C::IntellectualProperty, kGoods, "Đăng ký quốc tế nhãn hiệu {B} theo Nghị định thư Madrid"},
    {C::IntellectualProperty, kEdible, "Đăng ký bảo hộ kiểu dáng công nghiệp bao bì sản phẩm {P}"},
    {C::IntellectualProperty, kProcessed, "Đăng ký bảo hộ giải pháp hữu ích quy trình chế biến {P}"},
    {C::IntellectualProperty, kMechanical, "Đăng ký bảo hộ sáng chế {P}"},
    {C::IntellectualProperty, kBirdNest | kFarming | kSalt,
     "Quản lý và sử dụng chỉ dẫn địa lý cho sản phẩm {P}"},
    {C::IntellectualProperty, kTourism, "Đăng ký bảo hộ nhãn hiệu dịch vụ {P} {B}"},

    {C::TechnologyTransfer, kFarming | kFood, "Ứng dụng công nghệ sấy lạnh trong chế biến {P}"},
    {C::TechnologyTransfer, kAquaculture, "Ứng dụng công nghệ nuôi {P} trong lồng HDPE chịu sóng gió"},
    {C::TechnologyTransfer, kAquaculture, "Chuyển giao công nghệ sản xuất giống {P}"},
    {C::TechnologyTransfer, kAquaculture, "Ứng dụng hệ thống nuôi tuần hoàn (RAS) cho {P}"},
    {C::TechnologyTransfer, kSeafood, "Đổi mới công nghệ cấp đông nhanh IQF cho {P}"},
    {C::TechnologyTransfer, kBirdNest, "Ứng dụng công nghệ tiệt trùng trong sản xuất {P}"},
    {C::TechnologyTransfer, kFarming | kCrops, "Ứng dụng hệ thống tưới nhỏ giọt tự động cho vườn {P}"},
    {C::TechnologyTransfer, kSalt, "Ứng dụng công nghệ sản xuất muối sạch trên nền trải bạt"},
    {C::TechnologyTransfer, kTourism, "Ứng dụng hệ thống quản lý khách sạn thông minh tiết kiệm năng lượng"},
    {C::TechnologyTransfer, kSoftware, "Chuyển giao công nghệ trí tuệ nhân tạo cho {P}"},
    {C::TechnologyTransfer, kMechanical, "Đổi mới công nghệ chế tạo {P}"},
    {C::TechnologyTransfer, kAll, "Đổi mới công nghệ, nâng cao năng suất và chất lượng sản phẩm"},

    {C::Equipment, kFarming | kFood | kSeafood, "Đầu tư thiết bị sấy lạnh phục vụ chế biến {P}"},
    {C::Equipment, kAquaculture, "Lắp đặt hệ thống cảm biến IoT giám sát môi trường vùng nuôi {P}"},
    {C::Equipment, kTourism, "Đầu tư hệ thống điện mặt trời áp mái cho cơ sở lưu trú"},
    {C::Equipment, kAll, "Đầu tư dây chuyền thiết bị tự động hóa khâu đóng gói"},

    {C::Commercialisation, kGoods,
     "Thương mại hóa sản phẩm {P} từ kết quả nhiệm vụ khoa học và công nghệ cấp tỉnh"},
    {C::Commercialisation, kSoftware, "Thương mại hóa {P}"},
    {C::Commercialisation, kAll,
     "Hoàn thiện và thương mại hóa kết quả nghiên cứu của Trường Đại học Nha Trang"},

    {C::CooperationModel, kEdible, "Xây dựng mô hình liên kết sản xuất và tiêu thụ {P} với hợp tác xã"},
    {C::CooperationModel, kTourism, "Xây dựng mô hình liên kết phát triển {P}"},
    {C::CooperationModel, kAll, "Hợp tác với viện, trường phát triển sản phẩm mới"},

    {C::Intermediary, kGoods, "Kết nối chuyên gia, viện nghiên cứu hỗ trợ đổi mới sản phẩm {P}"},
    {C::Intermediary, kAll, "Tham gia mạng lưới đổi mới sáng tạo và cố vấn khởi nghiệp"},

    {C::TechnologyLicence, kProcessed | kFarming, "Mua quyền sử dụng công nghệ sản xuất {P}"},
    {C::TechnologyLicence, kSoftware | kTourism | kTrade, "Mua bản quyền phần mềm quản trị doanh nghiệp ERP"},
    {C::TechnologyLicence, kAll, "Nhận chuyển giao li-xăng công nghệ sản xuất"},

    {C::OtherInnovation, kGoods, "Đổi mới mô hình kinh doanh {P} trên nền tảng số"},
    {C::OtherInnovation, kTourism, "Số hóa trải nghiệm {P} bằng công nghệ thực tế ảo"},
    {C::OtherInnovation, kAll, "Ứng dụng phần mềm quản lý bán hàng và hóa đơn điện tử"},
    {C::OtherInnovation, kAll, "Thiết kế lại bao bì, nhãn mác sản phẩm theo hướng xanh"},
    {C::TestingCertification, kSeafood, "Kiểm nghiệm, chứng nhận {P} đáp ứng tiêu chuẩn xuất khẩu sang EU"},
    {C::TradePromotion, kFarming | kBirdNest, "Tham gia chương trình OCOP và quảng bá sản phẩm {P}"},
    {C::Consulting, kSoftware, "Thuê tư vấn chuẩn hóa quy trình phát triển {P} theo CMMI"},
    {C::IntellectualProperty, kSoftware, "Đăng ký quyền tác giả chương trình máy tính {P}"},
    {C::TechnologyTransfer, kTrade, "Ứng dụng công nghệ kho lạnh bảo quản {P}"},
}};

constexpr std::array kTestingContents{C::TestingCertification, C::Consulting, C::OtherInnovation};
constexpr std::array kTestingOnly{C::TestingCertification, C::Consulting};
constexpr std::array kConsultingContents{C::Consulting, C::TestingCertification, C::OtherInnovation};
constexpr std::array kIpContents{C::IntellectualProperty, C::Consulting, C::TechnologyLicence};
constexpr std::array kUniversityContents{C::TechnologyTransfer, C::TechnologyLicence, C::Consulting,
                                         C::CooperationModel};
constexpr std::array kInstituteContents{C::TechnologyTransfer, C::Consulting, C::CooperationModel};
constexpr std::array kPromotionContents{C::TradePromotion, C::OtherInnovation, C::Intermediary};
constexpr std::array kDigitalContents{C::Consulting, C::OtherInnovation, C::Equipment, C::TechnologyTransfer};

// Twenty providers that a Khánh Hòa voucher scheme would plausibly register.
constexpr std::array<ProviderPattern, 20> kNamedProviders{{
    {"Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Khánh Hòa", "42", kTestingContents},
    {"Trung tâm Ứng dụng tiến bộ khoa học và công nghệ Khánh Hòa", "42", kInstituteContents},
    {"Trung tâm Chuyển giao công nghệ – Trường Đại học Nha Trang", "42", kUniversityContents},
    {"Viện Nghiên cứu Nuôi trồng Thủy sản III – Trung tâm Chuyển giao công nghệ", "42", kInstituteContents},
    {"Trung tâm Ươm tạo và Chuyển giao công nghệ – Trường Đại học Khánh Hòa", "42", kUniversityContents},
    {"Trung tâm Chuyển giao công nghệ – Đại học Huế", "33", kUniversityContents},
    {"Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch Khánh Hòa", "42", kPromotionContents},
    {"Công ty Cổ phần Chứng nhận và Giám định Nam Trung Bộ", "42", kTestingOnly},
    {"Công ty TNHH Kiểm nghiệm Thực phẩm Biển Xanh", "42", kTestingContents},
    {"Trung tâm Chứng nhận Phù hợp – Chi nhánh miền Trung", "04", kTestingOnly},
    {"Công ty TNHH Tư vấn Quản lý Năng suất Việt", "42", kConsultingContents},
    {"Công ty Cổ phần Tư vấn ISO Khánh An", "42", kConsultingContents},
    {"Công ty Luật TNHH Sở hữu trí tuệ Minh Khang", "42", kIpContents},
    {"Công ty Luật TNHH Sở hữu trí tuệ Trí Việt", "04", kIpContents},
    {"Công ty TNHH Đại diện Sở hữu trí tuệ Hải Nguyên", "42", kIpContents},
    {"Công ty Cổ phần Tổ chức Sự kiện và Xúc tiến Thương mại Sao Mai", "42", kPromotionContents},
    {"Công ty TNHH Truyền thông số Nha Trang", "42", kPromotionContents},
    {"Công ty Cổ phần Giải pháp Chuyển đổi số Vân Phong", "42", kDigitalContents},
    {"Công ty TNHH Công nghệ Tự động hóa Phước Thịnh", "42", kDigitalContents},
    {"Viện Nghiên cứu và Ứng dụng công nghệ Nha Trang", "42", kInstituteContents},
}};

constexpr std::array<ProviderPattern, 6> kProviderPatterns{{
    {"Công ty TNHH Tư vấn và Chứng nhận {B}", "42", kTestingContents},
    {"Công ty Luật TNHH Sở hữu trí tuệ {B}", "42", kIpContents},
    {"Công ty Cổ phần Tư vấn Đổi mới sáng tạo {B}", "42", kConsultingContents},
    {"Công ty TNHH Xúc tiến Thương mại {B}", "42", kPromotionContents},
    {"Công ty Cổ phần Chuyển đổi số {B}", "42", kDigitalContents},
    {"Công ty TNHH Chuyển giao Công nghệ {B}", "42", kInstituteContents},
}};

constexpr std::array kLegalBases{
    "Nghị định số 80/2021/NĐ-CP ngày 26/8/2021 của Chính phủ; Quyết định số 1350/QĐ-UBND ngày 15/5/2025 của "
    "UBND "
    "tỉnh Khánh Hòa"sv,
    "Quyết định số 1350/QĐ-UBND ngày 15/5/2025 của UBND tỉnh Khánh Hòa"sv,
    "Quyết định số 1350/QĐ-UBND ngày 15/5/2025 của UBND tỉnh Khánh Hòa; Kế hoạch số 85/KH-SKHCN của Sở Khoa "
    "học "
    "và Công nghệ về triển khai Chương trình hỗ trợ đổi mới sáng tạo trong doanh nghiệp"sv,
};

// IP objects. Every type has a kAll row except the geographical indications, which come from
// their own table; patents and utility solutions name a process or a device as the office
// publishes them.
constexpr unsigned kServices = kTourism | kSoftware;
constexpr std::array<IpTitlePattern, 27> kIpTitles{{
    {IpType::Trademark, kGoods, "Nhãn hiệu {B} cho sản phẩm {P}"},
    {IpType::Trademark, kGoods, "Nhãn hiệu {B} và hình cho sản phẩm {P}"},
    {IpType::Trademark, kEdible, "Nhãn hiệu {B} Food cho sản phẩm {P}"},
    {IpType::Trademark, kServices, "Nhãn hiệu {B} cho dịch vụ {P}"},
    {IpType::Trademark, kServices, "Nhãn hiệu {B} Travel và hình"},
    {IpType::Trademark, kAll, "Nhãn hiệu {B}"},
    {IpType::Patent, kAquaculture, "Quy trình nuôi {P} thâm canh tuần hoàn ít thay nước"},
    {IpType::Patent, kSeafood, "Quy trình sản xuất {P} bằng công nghệ lên men có kiểm soát"},
    {IpType::Patent, kBirdNest, "Phương pháp làm sạch tổ yến không dùng hóa chất tẩy trắng"},
    {IpType::Patent, kFarming | kCrops, "Quy trình xử lý ra hoa trái vụ cho cây {P}"},
    {IpType::Patent, kFood | kSalt, "Quy trình sản xuất {P} bảo quản không dùng chất bảo quản tổng hợp"},
    {IpType::Patent, kSoftware, "Phương pháp và hệ thống truy xuất nguồn gốc sản phẩm bằng mã định danh số"},
    {IpType::Patent, kAll, "Quy trình sản xuất {P} quy mô công nghiệp"},
    {IpType::UtilitySolution, kEdible, "Thiết bị sấy {P} bằng bơm nhiệt kết hợp năng lượng mặt trời"},
    {IpType::UtilitySolution, kAquaculture, "Hệ thống giám sát môi trường ao nuôi {P} bằng cảm biến IoT"},
    {IpType::UtilitySolution, kBirdNest, "Máy nhặt lông tổ yến bán tự động"},
    {IpType::UtilitySolution, kSalt, "Hệ thống sân phơi muối có mái che di động"},
    {IpType::UtilitySolution, kMechanical, "Kết cấu thân {P} gia cường bằng sợi thủy tinh"},
    {IpType::UtilitySolution, kFarming | kCrops, "Hệ thống tưới nhỏ giọt điều khiển từ xa cho vườn {P}"},
    {IpType::UtilitySolution, kServices, "Hệ thống đặt dịch vụ {P} tích hợp thanh toán không tiền mặt"},
    {IpType::UtilitySolution, kAll, "Thiết bị đóng gói {P} tự động định lượng"},
    {IpType::IndustrialDesign, kEdible, "Hộp đựng {P}"},
    {IpType::IndustrialDesign, kEdible, "Bao bì sản phẩm {P}"},
    {IpType::IndustrialDesign, kBirdNest | kFood, "Hũ đựng {P}"},
    {IpType::IndustrialDesign, kMechanical, "{P} mẫu {B}"},
    {IpType::IndustrialDesign, kTourism, "Bộ quà lưu niệm {B}"},
    {IpType::IndustrialDesign, kAll, "Hộp quà {B}"},
}};

constexpr std::array<GeographicalIndicationName, 6> kGeographicalIndications{{
    {"Yến sào Khánh Hòa", kBirdNest},
    {"Xoài Cam Lâm", kFarming},
    {"Nho Ninh Thuận", kFarming | kFood},
    {"Tôm hùm Bình Ba", kAquaculture},
    {"Muối Hòn Khói", kSalt},
    {"Sâm Ngọc Linh Kon Tum", kCrops},
}};

constexpr std::array<EventPattern, 24> kEventPatterns{{
    {EventKind::TrainingCourse, "Tập huấn quản trị đổi mới sáng tạo cho doanh nghiệp"},
    {EventKind::TrainingCourse, "Tập huấn xây dựng và áp dụng hệ thống quản lý chất lượng ISO 9001:2015"},
    {EventKind::TrainingCourse, "Tập huấn sở hữu trí tuệ và đăng ký nhãn hiệu cho doanh nghiệp nhỏ và vừa"},
    {EventKind::TrainingCourse, "Tập huấn truy xuất nguồn gốc sản phẩm nông sản, thủy sản"},
    {EventKind::TrainingCourse, "Khóa đào tạo chuyển đổi số cho doanh nghiệp nhỏ và vừa"},
    {EventKind::TrainingCourse, "Tập huấn áp dụng công cụ cải tiến năng suất 5S, Kaizen, Lean"},
    {EventKind::TrainingCourse, "Tập huấn sản xuất theo tiêu chuẩn VietGAP trong nuôi trồng thủy sản"},
    {EventKind::TrainingCourse, "Khóa đào tạo thương mại điện tử và tiếp thị số cho hợp tác xã"},
    {EventKind::TrainingCourse, "Tập huấn kỹ năng xây dựng hồ sơ đề xuất nhiệm vụ khoa học và công nghệ"},
    {EventKind::TrainingCourse, "Khóa đào tạo quản lý công nghệ và chuyển giao công nghệ"},
    {EventKind::TrainingCourse, "Tập huấn hệ thống quản lý an toàn thực phẩm HACCP, ISO 22000"},
    {EventKind::TrainingCourse, "Khóa đào tạo khởi nghiệp đổi mới sáng tạo cho thanh niên"},
    {EventKind::Workshop, "Hội thảo chuyển đổi số trong chế biến thủy sản"},
    {EventKind::Workshop, "Hội thảo ứng dụng công nghệ cao trong nuôi chim yến"},
    {EventKind::Workshop, "Hội thảo nâng cao năng suất, chất lượng sản phẩm chủ lực tỉnh Khánh Hòa"},
    {EventKind::Workshop, "Hội thảo thương mại hóa kết quả nghiên cứu khoa học và phát triển công nghệ"},
    {EventKind::Workshop, "Hội thảo phát triển du lịch thông minh gắn với kinh tế biển"},
    {EventKind::Workshop, "Hội thảo giải pháp nông nghiệp công nghệ cao thích ứng biến đổi khí hậu"},
    {EventKind::Workshop, "Hội thảo đáp ứng tiêu chuẩn, quy chuẩn kỹ thuật của thị trường xuất khẩu"},
    {EventKind::ConnectionEvent, "Chợ công nghệ và thiết bị (Techmart) Khánh Hòa"},
    {EventKind::ConnectionEvent, "Diễn đàn kết nối doanh nghiệp với viện nghiên cứu, trường đại học"},
    {EventKind::ConnectionEvent, "Ngày hội khởi nghiệp đổi mới sáng tạo tỉnh Khánh Hòa (Techfest)"},
    {EventKind::ConnectionEvent, "Kết nối cung cầu công nghệ ngành thủy sản khu vực Nam Trung Bộ"},
    {EventKind::ConnectionEvent, "Gặp gỡ doanh nghiệp với chuyên gia tư vấn đổi mới sáng tạo"},
}};

constexpr std::array kEventVenues{
    "Hội trường Sở Khoa học và Công nghệ, 04 Phan Chu Trinh, phường Nha Trang, tỉnh Khánh Hòa"sv,
    "Trung tâm Hội nghị tỉnh Khánh Hòa, phường Nha Trang"sv,
    "Trường Đại học Nha Trang, 02 Nguyễn Đình Chiểu, phường Bắc Nha Trang, tỉnh Khánh Hòa"sv,
    "Viện Hải dương học, 01 Cầu Đá, phường Nam Nha Trang, tỉnh Khánh Hòa"sv,
    "Khách sạn Yasaka Sài Gòn Nha Trang, phường Nha Trang, tỉnh Khánh Hòa"sv,
    "Hội trường UBND phường Cam Ranh, tỉnh Khánh Hòa"sv,
    "Hội trường UBND phường Ninh Hòa, tỉnh Khánh Hòa"sv,
    "Trung tâm Khởi nghiệp sáng tạo tỉnh Khánh Hòa, phường Nha Trang"sv,
    "Trực tuyến qua nền tảng Zoom"sv,
};
constexpr std::array kEventOrganisers{
    "Sở Khoa học và Công nghệ tỉnh Khánh Hòa"sv,
    "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ Khánh Hòa"sv,
    "Trung tâm Thông tin và Thống kê khoa học và công nghệ Khánh Hòa"sv,
    "Sở Khoa học và Công nghệ phối hợp với Trường Đại học Nha Trang"sv,
    "Sở Khoa học và Công nghệ phối hợp với Hiệp hội Doanh nghiệp tỉnh Khánh Hòa"sv,
};

constexpr std::array kConflictNotes{
    "Là thành viên Hội đồng quản trị của doanh nghiệp đề xuất"sv,
    "Có quan hệ gia đình với người đại diện theo pháp luật của doanh nghiệp"sv,
    "Đang thực hiện hợp đồng tư vấn cho doanh nghiệp đề xuất"sv,
    "Cùng đơn vị công tác với chủ nhiệm nhiệm vụ đề xuất"sv,
};
constexpr std::array kFavourableComments{
    "Nội dung phù hợp định hướng ưu tiên của tỉnh, sản phẩm đầu ra rõ ràng; đề nghị hỗ trợ."sv,
    "Doanh nghiệp có năng lực đối ứng, lộ trình ứng dụng khả thi; đề nghị hỗ trợ."sv,
    "Có tiềm năng thương mại hóa và nhân rộng; đề nghị làm rõ thêm chỉ tiêu đầu ra."sv,
    "Giải quyết vấn đề thực tiễn của doanh nghiệp, kinh phí hợp lý."sv,
};
constexpr std::array kUnfavourableComments{
    "Mục tiêu chưa rõ, sản phẩm đầu ra chưa đo lường được."sv,
    "Dự toán kinh phí chưa hợp lý, phần đối ứng chưa được chứng minh."sv,
    "Nội dung trùng lặp với nhiệm vụ đã triển khai, tính mới hạn chế."sv,
    "Phương án tổ chức thực hiện và quản lý rủi ro còn sơ sài."sv,
    "Cơ bản phù hợp, cần bổ sung thuyết minh về địa chỉ ứng dụng."sv,
};

constexpr std::array<OutcomePattern, 16> kOutcomePatterns{{
    {OutcomeKind::TechnologyApplied, "Ứng dụng quy trình công nghệ mới vào sản xuất, kinh doanh {P}"},
    {OutcomeKind::TechnologyApplied, "Đưa thiết bị được hỗ trợ vào vận hành trong dây chuyền {P}"},
    {OutcomeKind::TechnologyApplied, "Triển khai phần mềm quản lý sản xuất, kinh doanh {P} trên nền tảng số"},
    {OutcomeKind::TechnologyApplied, "Áp dụng công cụ cải tiến năng suất trong sản xuất, kinh doanh {P}"},
    {OutcomeKind::NewProduct, "Ra mắt sản phẩm mới {P} mang nhãn hiệu {B}"},
    {OutcomeKind::NewProduct, "Thương mại hóa dòng sản phẩm {P} cải tiến của {B}"},
    {OutcomeKind::NewProduct, "Đưa mô hình kinh doanh {P} mới ra thị trường"},
    {OutcomeKind::StandardAdopted, "Được chứng nhận hệ thống quản lý chất lượng ISO 9001:2015"},
    {OutcomeKind::StandardAdopted, "Công bố tiêu chuẩn cơ sở và áp dụng mã truy xuất nguồn gốc cho {P}"},
    {OutcomeKind::StandardAdopted, "Được chứng nhận phù hợp tiêu chuẩn cho sản phẩm {P}"},
    {OutcomeKind::InternationalStandard, "Đạt chứng nhận HACCP đáp ứng yêu cầu xuất khẩu {P}"},
    {OutcomeKind::InternationalStandard, "Đạt chứng nhận GlobalG.A.P cho vùng nguyên liệu {P}"},
    {OutcomeKind::InternationalStandard, "Đáp ứng yêu cầu kỹ thuật của thị trường nhập khẩu đối với {P}"},
    {OutcomeKind::InDepthConsulting, "Được chuyên gia tư vấn chuyên sâu về quản trị đổi mới sáng tạo"},
    {OutcomeKind::InDepthConsulting, "Được tư vấn chuyên sâu xây dựng lộ trình chuyển đổi số cho {P}"},
    {OutcomeKind::InDepthConsulting, "Được tư vấn chuyên sâu tái cấu trúc quy trình sản xuất {P}"},
}};

}  // namespace

std::span<const WeightedText> FamilyNames() {
    return kFamilyNames;
}
std::span<const std::string_view> MaleMiddleNames() {
    return kMaleMiddleNames;
}
std::span<const std::string_view> FemaleMiddleNames() {
    return kFemaleMiddleNames;
}
std::span<const std::string_view> MaleGivenNames() {
    return kMaleGivenNames;
}
std::span<const std::string_view> FemaleGivenNames() {
    return kFemaleGivenNames;
}
std::span<const std::string_view> BrandHeads() {
    return kBrandHeads;
}
std::span<const std::string_view> BrandTails() {
    return kBrandTails;
}
std::span<const std::string_view> PlaceBrands() {
    return kPlaceBrands;
}
std::span<const SectorProfile> Sectors() {
    return kSectors;
}
std::span<const RegionProfile> Regions() {
    return kRegions;
}
std::span<const Commune> Communes() {
    return kCommunes;
}
std::span<const IndustrialPark> IndustrialParks() {
    return kIndustrialParks;
}
std::span<const std::string_view> Streets() {
    return kStreets;
}
std::span<const std::string_view> Hamlets() {
    return kHamlets;
}
std::span<const std::string_view> MobilePrefixes() {
    return kMobilePrefixes;
}
std::span<const TitlePattern> TitlePatterns() {
    return kTitles;
}
std::span<const ProviderPattern> NamedProviders() {
    return kNamedProviders;
}
std::span<const ProviderPattern> ProviderPatterns() {
    return kProviderPatterns;
}
std::span<const std::string_view> LegalBases() {
    return kLegalBases;
}

std::span<const IpTitlePattern> IpTitlePatterns() {
    return kIpTitles;
}
std::span<const GeographicalIndicationName> GeographicalIndications() {
    return kGeographicalIndications;
}
std::span<const EventPattern> EventPatterns() {
    return kEventPatterns;
}
std::span<const std::string_view> EventVenues() {
    return kEventVenues;
}
std::span<const std::string_view> EventOrganisers() {
    return kEventOrganisers;
}
std::span<const std::string_view> ConflictNotes() {
    return kConflictNotes;
}
std::span<const std::string_view> FavourableComments() {
    return kFavourableComments;
}
std::span<const std::string_view> UnfavourableComments() {
    return kUnfavourableComments;
}
std::span<const OutcomePattern> OutcomePatterns() {
    return kOutcomePatterns;
}

const RegionProfile& RegionOf(Region region) {
    for (const auto& profile : kRegions)
        if (profile.region == region) return profile;
    throw DomainError(ErrorCode::InvalidValue, {"Vùng không xác định.", "Unknown region."});
}

}  // namespace innodesk::demo
