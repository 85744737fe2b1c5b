// The catalogue of support contents (nội dung hỗ trợ): rows 18–28 of the 2026 plan's appendix (000).
#pragma once

#include "enum_table.h"

#include <span>

namespace innodesk::domain {

enum class SupportContent {
    TechnologyTransfer,    // 18 chuyển giao công nghệ
    CooperationModel,      // 19 mô hình hợp tác
    Intermediary,          // 20 tổ chức trung gian, mạng lưới
    TechnologyLicence,     // 21 phí bản quyền công nghệ
    Consulting,            // 22 thuê tư vấn chuyển giao, tiêu chuẩn, SHTT
    TestingCertification,  // 23 thử nghiệm, chứng nhận, tiêu chuẩn, truy xuất, GAP/hữu cơ
    Commercialisation,     // 24 thương mại hóa kết quả nhiệm vụ
    IntellectualProperty,  // 25 bảo hộ SHTT trong và ngoài nước
    Equipment,             // 26 thiết bị ứng dụng công nghệ
    TradePromotion,        // 27 xúc tiến thương mại
    OtherInnovation,       // 28 hỗ trợ đổi mới sáng tạo khác
};

std::span<const EnumEntry<SupportContent>> SupportContents();
// The appendix row of 000 the content comes from (18–28).
int AppendixRow(SupportContent content);

}  // namespace innodesk::domain
