// Sample report documents for the writer tests.
#include "report_samples.h"

#include "reports/report_labels.h"

namespace innodesk::reports::test {

using domain::Language;

const std::vector<std::string>& ToneSamples() {
    static const std::vector<std::string> samples{
        "ba bà bá bả bã bạ", "băn bằn bắn bẳn bẵn bặn", "cân cần cấn cẩn cẫn cận", "me mè mé mẻ mẽ mẹ",
        "tê tề tế tể tễ tệ", "li lì lí lỉ lĩ lị",       "no nò nó nỏ nõ nọ",       "cô cồ cố cổ cỗ cộ",
        "mơ mờ mớ mở mỡ mợ", "mu mù mú mủ mũ mụ",       "tư từ tứ tử tữ tự",       "ly lỳ lý lỷ lỹ lỵ",
        "ĂN ẰN ẮN ẲN ẴN ẶN", "MƠ MỜ MỚ MỞ MỠ MỢ",       "TƯ TỪ TỨ TỬ TỮ TỰ",       "đổi mới Đồng Đăng",
    };
    return samples;
}

namespace {

std::vector<ReportCell> Row(const std::string& stt, const std::string& label, std::int64_t count,
                            std::int64_t amount, const std::string& lead, const std::string& note,
                            Language language) {
    return {ReportCell::Text(stt),
            ReportCell::Text(label),
            ReportCell::Count(count, language),
            ReportCell::Amount(domain::Money::Dong(amount), language),
            ReportCell::Text(lead),
            ReportCell::Text(note)};
}

std::vector<ReportCell> Labels(const std::string& label) {
    return {ReportCell::Text(""), ReportCell::Text(label), ReportCell::Text(""),
            ReportCell::Text(""), ReportCell::Text(""),    ReportCell::Text("")};
}

}  // namespace

ReportDocument SampleReport(int long_rows, Language language) {
    ReportDocument doc;
    doc.language = language;
    doc.orientation = PageOrientation::Landscape;
    doc.issuing_body = {"UBND TỈNH KHÁNH HÒA", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"};
    doc.reference = "Số: 15/BC-SKHCN";
    doc.national_heading = NationalHeading(language);
    doc.place_and_date = PlaceAndDate(kKhanhHoaNfd, domain::CalendarDate::FromYmd(2026, 10, 5), language);
    doc.title = "BÁO CÁO";
    doc.subtitle = {"Kết quả thực hiện Kế hoạch hỗ trợ đổi mới sáng tạo trong doanh nghiệp", "Quý III/2026"};
    doc.before_table = {
        {ParagraphStyle::Heading, "1. Đánh giá chung"},
        {ParagraphStyle::Body,
         "Trong quý III năm 2026, Sở Khoa học và Công nghệ tỉnh Khánh Hòa đã triển khai đồng bộ các nội dung "
         "hỗ trợ "
         "doanh nghiệp đổi mới sáng tạo: tư vấn chuyển giao công nghệ, thử nghiệm, chứng nhận, xác lập quyền "
         "sở hữu "
         "trí tuệ, xúc tiến thương mại và đào tạo nguồn nhân lực. Kết quả cụ thể theo từng chỉ tiêu tại bảng "
         "dưới đây."},
    };
    doc.table_caption = "2. Kết quả thực hiện các chỉ tiêu";
    auto& table = doc.table;
    table.columns = {{"STT", 5, ColumnAlign::Centre},           {"Chỉ tiêu, nhiệm vụ", 40, ColumnAlign::Left},
                     {"Kết quả", 10, ColumnAlign::Right},       {"Kinh phí (đồng)", 16, ColumnAlign::Right},
                     {"Đơn vị chủ trì", 20, ColumnAlign::Left}, {"Ghi chú", 30, ColumnAlign::Left}};

    table.AddGroup({ReportCell::Text("I"), ReportCell::Text("Dấu thanh trên mọi nguyên âm"),
                    ReportCell::Text(""), ReportCell::Text(""), ReportCell::Text(""), ReportCell::Text("")});
    int number = 0;
    for (const auto& tones : ToneSamples()) {
        ++number;
        table.AddItem(Row(std::to_string(number), tones, number, number * 1'250'000LL,
                          "Phòng Quản lý khoa học & công nghệ <QLKH>", "Ghi chú \"trích dẫn\", có dấu phẩy",
                          language));
    }
    ++number;
    table.AddItem(Row(std::to_string(number), kKhanhHoaNfd, 1, 999, "Sở KH&CN", "", language));
    table.AddTotal(Labels("Cộng I"), table.ItemsOfCurrentGroup(), language);

    table.AddGroup({ReportCell::Text("II"), ReportCell::Text("Nội dung dài, xuống nhiều dòng"),
                    ReportCell::Text(""), ReportCell::Text(""), ReportCell::Text(""), ReportCell::Text("")});
    for (int i = 1; i <= long_rows; ++i) {
        table.AddItem(
            Row(std::to_string(i),
                "Hỗ trợ doanh nghiệp số " + std::to_string(i) +
                    " ứng dụng công nghệ số, chuyển đổi số trong sản xuất, kinh doanh; thuê tư vấn "
                    "xây dựng hệ thống quản lý chất lượng theo tiêu chuẩn ISO 22000 và truy xuất nguồn "
                    "gốc sản phẩm yến sào, nước mắm Nha Trang, xoài Cam Lâm.",
                i % 7, 15'000'000LL + i * 100'000LL, "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ",
                "Đã ký hợp đồng; đang thẩm định hồ sơ thanh toán đợt " + std::to_string(i % 3 + 1) +
                    ", dự kiến nghiệm thu trong quý IV năm 2026.",
                language));
    }
    table.AddTotal(Labels("Cộng II"), table.ItemsOfCurrentGroup(), language);
    table.AddTotal(Labels("Tổng cộng"), table.AllItems(), language);

    doc.after_table = {{ParagraphStyle::Note, "Số liệu tính đến ngày 30/09/2026 từ cơ sở dữ liệu InnoDesk."}};
    return doc;
}

ReportDocument SmallReport() {
    ReportDocument doc;
    doc.title = "BÁO CÁO";
    doc.table.columns = {{"STT", 5, ColumnAlign::Centre},
                         {"Chỉ tiêu", 30, ColumnAlign::Left},
                         {"Kết quả", 10, ColumnAlign::Right},
                         {"Tỷ lệ", 10, ColumnAlign::Right}};
    const Language vi = Language::Vietnamese;
    auto& table = doc.table;
    table.AddItem({ReportCell::Text("1"), ReportCell::Text("Doanh nghiệp được hỗ trợ, \"từ 15\""),
                   ReportCell::Count(1234, vi), ReportCell::Percent(72.5, vi)});
    table.AddItem({ReportCell::Text("2"), ReportCell::Text(kKhanhHoaNfd), ReportCell::Count(6, vi),
                   ReportCell::Percent(100, vi)});
    table.AddItem({ReportCell::Text("3"), ReportCell::Text("=1+1 không phải công thức"),
                   ReportCell::Count(0, vi), ReportCell::Text("")});
    table.AddTotal(
        {ReportCell::Text(""), ReportCell::Text("Tổng cộng"), ReportCell::Text(""), ReportCell::Text("")},
        table.AllItems(), vi);
    return doc;
}

}  // namespace innodesk::reports::test
