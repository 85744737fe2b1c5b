// Labels and codes of the support-content catalogue.
#include "support_content.h"

#include <array>

namespace innodesk::domain {
namespace {

constexpr std::array<EnumEntry<SupportContent>, 11> kContents{{
    {SupportContent::TechnologyTransfer, "technology_transfer", "Chuyển giao, đổi mới công nghệ",
     "Technology transfer and upgrading"},
    {SupportContent::CooperationModel, "cooperation_model", "Mô hình hợp tác đổi mới sáng tạo",
     "Innovation cooperation models"},
    {SupportContent::Intermediary, "intermediary", "Tổ chức trung gian, mạng lưới đổi mới sáng tạo",
     "Intermediaries and innovation networks"},
    {SupportContent::TechnologyLicence, "technology_licence", "Phí bản quyền, li-xăng công nghệ",
     "Technology licence fees"},
    {SupportContent::Consulting, "consulting",
     "Thuê tư vấn chuyển giao công nghệ, tiêu chuẩn, sở hữu trí tuệ",
     "Consultants for transfer, standards and IP"},
    {SupportContent::TestingCertification, "testing_certification",
     "Thử nghiệm, chứng nhận, tiêu chuẩn, truy xuất nguồn gốc",
     "Testing, certification, standards, traceability"},
    {SupportContent::Commercialisation, "commercialisation", "Thương mại hóa kết quả nhiệm vụ KH&CN",
     "Commercialising task results"},
    {SupportContent::IntellectualProperty, "intellectual_property",
     "Bảo hộ quyền sở hữu trí tuệ trong và ngoài nước", "IP protection at home and abroad"},
    {SupportContent::Equipment, "equipment", "Thiết bị ứng dụng công nghệ",
     "Equipment for technology application"},
    {SupportContent::TradePromotion, "trade_promotion", "Xúc tiến thương mại", "Trade promotion"},
    {SupportContent::OtherInnovation, "other_innovation", "Hỗ trợ đổi mới sáng tạo khác",
     "Other innovation support"},
}};

}  // namespace

std::span<const EnumEntry<SupportContent>> SupportContents() {
    return kContents;
}

int AppendixRow(SupportContent content) {
    return 18 + static_cast<int>(content);
}

}  // namespace innodesk::domain
