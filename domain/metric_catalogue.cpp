// The metric catalogue: ids, kinds, parameters and labels.
#include "metric_catalogue.h"

#include <array>

namespace innodesk::domain {
namespace {

constexpr unsigned kContents = static_cast<unsigned>(MetricParameter::Contents);
constexpr unsigned kOutcome = static_cast<unsigned>(MetricParameter::Outcome);
constexpr unsigned kIpTypes = static_cast<unsigned>(MetricParameter::IpTypes);
constexpr unsigned kEventKind = static_cast<unsigned>(MetricParameter::EventKind);

constexpr std::array<MetricDefinition, 23> kMetrics{{
    {Metric::SupportedEnterprises, "supported_enterprises", TargetKind::DistinctEnterprises, kContents,
     "Số doanh nghiệp được hỗ trợ (hồ sơ được phê duyệt, phiếu hỗ trợ được cấp)",
     "Enterprises supported (applications approved, vouchers issued)"},
    {Metric::Supports, "supports", TargetKind::Objects, kContents,
     "Số lượt hỗ trợ (hồ sơ được phê duyệt, phiếu được cấp)",
     "Supports given (applications approved, vouchers issued)"},
    {Metric::ApprovedApplications, "approved_applications", TargetKind::Objects, kContents,
     "Số hồ sơ, nhiệm vụ được phê duyệt hỗ trợ", "Applications (tasks) approved for support"},
    {Metric::SupportedAmount, "supported_amount", TargetKind::Money, kContents,
     "Kinh phí hỗ trợ được phê duyệt (kể cả phần nhà nước của phiếu)",
     "Support approved (including the state share of vouchers)"},
    {Metric::SupportedStartups, "supported_startups", TargetKind::DistinctEnterprises, kContents,
     "Số doanh nghiệp khởi nghiệp sáng tạo được hỗ trợ", "Innovative start-ups supported"},
    {Metric::OutcomeEnterprises, "outcome_enterprises", TargetKind::DistinctEnterprises, kOutcome,
     "Số doanh nghiệp có kết quả thuộc loại", "Enterprises with an outcome of the kind"},
    {Metric::OutcomeRecords, "outcome_records", TargetKind::Objects, kOutcome,
     "Số kết quả thuộc loại (sản phẩm, mô hình…)", "Outcomes of the kind (products, models…)"},
    {Metric::OutcomeShare, "outcome_share", TargetKind::Percentage, kOutcome,
     "Tỷ lệ doanh nghiệp được hỗ trợ có kết quả thuộc loại",
     "Share of supported enterprises with an outcome of the kind"},
    {Metric::CoFundedShare, "co_funded_share", TargetKind::Percentage, kContents,
     "Tỷ lệ hồ sơ được phê duyệt có vốn đối ứng, đồng tài trợ",
     "Share of approved applications with co-funding"},
    {Metric::IpFiled, "ip_filed", TargetKind::Objects, kIpTypes, "Số đơn đăng ký sở hữu trí tuệ được nộp",
     "IP applications filed"},
    {Metric::IpGranted, "ip_granted", TargetKind::Objects, kIpTypes,
     "Số đối tượng sở hữu trí tuệ được cấp văn bằng bảo hộ", "IP objects granted"},
    {Metric::IpExploited, "ip_exploited", TargetKind::Objects, kIpTypes,
     "Số đối tượng sở hữu trí tuệ được bảo hộ và khai thác thương mại", "IP objects granted and exploited"},
    {Metric::IpEnterprises, "ip_enterprises", TargetKind::DistinctEnterprises, kIpTypes,
     "Số doanh nghiệp nộp đơn đăng ký sở hữu trí tuệ", "Enterprises filing IP applications"},
    {Metric::TrainingPersonTimes, "training_person_times", TargetKind::PersonTimes, kEventKind,
     "Số lượt người tham dự đào tạo, sự kiện", "Person-times at training and events"},
    {Metric::TrainedEnterprises, "trained_enterprises", TargetKind::DistinctEnterprises, kEventKind,
     "Số doanh nghiệp có người tham dự", "Enterprises whose people attended"},
    {Metric::Events, "events", TargetKind::Events, kEventKind,
     "Số lớp, hội nghị, hội thảo, sự kiện được tổ chức", "Courses, conferences, workshops and events held"},
    {Metric::VouchersIssued, "vouchers_issued", TargetKind::Objects, kContents, "Số phiếu hỗ trợ được cấp",
     "Vouchers issued"},
    {Metric::VouchersIssuedAmount, "vouchers_issued_amount", TargetKind::Money, kContents,
     "Phần nhà nước của các phiếu được cấp", "State share of the vouchers issued"},
    {Metric::VouchersRedeemed, "vouchers_redeemed", TargetKind::Objects, kContents,
     "Số phiếu hỗ trợ được sử dụng (có hóa đơn)", "Vouchers redeemed (invoiced)"},
    {Metric::VouchersReimbursed, "vouchers_reimbursed", TargetKind::Objects, kContents,
     "Số phiếu hỗ trợ đã thanh toán cho đơn vị cung cấp", "Vouchers reimbursed to the provider"},
    {Metric::VouchersReimbursedAmount, "vouchers_reimbursed_amount", TargetKind::Money, kContents,
     "Số tiền đã thanh toán theo phiếu hỗ trợ", "Amount reimbursed on vouchers"},
    {Metric::StEnterprises, "st_enterprises", TargetKind::DistinctEnterprises, 0,
     "Số doanh nghiệp khoa học và công nghệ trong sổ doanh nghiệp (hiện tại, không theo kỳ)",
     "Science and technology enterprises in the register (now, not by period)"},
    {Metric::InnovativeStartups, "innovative_startups", TargetKind::DistinctEnterprises, 0,
     "Số doanh nghiệp khởi nghiệp sáng tạo trong sổ doanh nghiệp (hiện tại, không theo kỳ)",
     "Innovative start-ups in the register (now, not by period)"},
}};

// The catalogue's ids and labels as the metrics' enumeration table.
constexpr std::array<EnumEntry<Metric>, kMetrics.size()> kMetricEntries = [] {
    std::array<EnumEntry<Metric>, kMetrics.size()> entries{};
    for (std::size_t i = 0; i < kMetrics.size(); ++i)
        entries[i] = {kMetrics[i].metric, kMetrics[i].id, kMetrics[i].vi, kMetrics[i].en};
    return entries;
}();

}  // namespace

std::span<const MetricDefinition> MetricCatalogue() {
    return kMetrics;
}

std::span<const EnumEntry<Metric>> Metrics() {
    return kMetricEntries;
}

const MetricDefinition* FindMetric(std::string_view id) {
    for (const auto& metric : kMetrics)
        if (metric.id == id) return &metric;
    return nullptr;
}

const MetricDefinition& RequireMetric(const MetricRequest& request) {
    const MetricDefinition* metric = FindMetric(request.id);
    if (!metric) {
        std::string ids;
        for (const auto& m : kMetrics) ids += (ids.empty() ? "" : ", ") + std::string(m.id);
        throw DomainError(ErrorCode::InvalidValue,
                          {"Không có chỉ số '" + request.id + "'; dùng một trong: " + ids + ".",
                           "There is no metric '" + request.id + "'; use one of: " + ids + "."},
                          "metric");
    }
    auto refuse = [&](const char* parameter) {
        throw DomainError(ErrorCode::InvalidValue,
                          {"Chỉ số '" + request.id + "' không nhận tham số '" + parameter + "'.",
                           "Metric '" + request.id + "' takes no parameter '" + parameter + "'."},
                          "metric");
    };
    if (!request.contents.empty() && !(metric->parameters & kContents)) refuse("contents");
    if (request.outcome && !(metric->parameters & kOutcome)) refuse("outcome");
    if (!request.ip_types.empty() && !(metric->parameters & kIpTypes)) refuse("ip_types");
    if (request.event_kind && !(metric->parameters & kEventKind)) refuse("event_kind");
    if ((metric->parameters & kOutcome) && !request.outcome)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Chỉ số '" + request.id + "' cần tham số outcome (loại kết quả).",
                           "Metric '" + request.id + "' needs the parameter outcome (the outcome kind)."},
                          "metric");
    return *metric;
}

}  // namespace innodesk::domain
