// The metric catalogue: ids, kinds, parameters and labels.
#include "metric_catalogue.h"

#include <array>

namespace innodesk::domain {
namespace {

constexpr unsigned kContents = static_cast<unsigned>(MetricParameter::Contents);
constexpr unsigned kOutcome = static_cast<unsigned>(MetricParameter::Outcome);
constexpr unsigned kIpTypes = static_cast<unsigned>(MetricParameter::IpTypes);
constexpr unsigned kEventKind = static_cast<unsigned>(MetricParameter::EventKind);
constexpr unsigned kLevel = static_cast<unsigned>(MetricParameter::Level);

constexpr std::array<MetricDefinition, 38> kMetrics{{
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
     "Số doanh nghiệp khoa học và công nghệ trong sổ doanh nghiệp vào cuối kỳ",
     "Science and technology enterprises in the register at the period's end"},
    {Metric::InnovativeStartups, "innovative_startups", TargetKind::DistinctEnterprises, 0,
     "Số doanh nghiệp khởi nghiệp sáng tạo trong sổ doanh nghiệp vào cuối kỳ",
     "Innovative start-ups in the register at the period's end"},
    {Metric::StEnterprisesCertified, "st_enterprises_certified", TargetKind::DistinctEnterprises, 0,
     "Số doanh nghiệp trở thành doanh nghiệp khoa học và công nghệ trong kỳ",
     "Enterprises that became science and technology enterprises in the period"},
    {Metric::InnovativeStartupsRecognised, "innovative_startups_recognised", TargetKind::DistinctEnterprises,
     0, "Số doanh nghiệp khởi nghiệp sáng tạo mới được ghi nhận trong kỳ",
     "Innovative start-ups recognised in the period"},
    {Metric::SupportedStEnterprises, "supported_st_enterprises", TargetKind::DistinctEnterprises, kContents,
     "Số doanh nghiệp khoa học và công nghệ được hỗ trợ", "Science and technology enterprises supported"},
    {Metric::StartupProjectsSupported, "startup_projects_supported", TargetKind::Objects, 0,
     "Số dự án khởi nghiệp sáng tạo được hỗ trợ từ ngân sách tỉnh (hồ sơ, phiếu, nhiệm vụ)",
     "Innovative start-up projects supported from the provincial budget (applications, vouchers, tasks)"},
    {Metric::RdCooperationEnterprises, "rd_cooperation_enterprises", TargetKind::DistinctEnterprises, 0,
     "Số doanh nghiệp có hợp tác nghiên cứu, phát triển với viện, trường",
     "Enterprises with R&D cooperation with an institute or university"},
    {Metric::IpFilingsAndGrants, "ip_filings_and_grants", TargetKind::Objects, kIpTypes,
     "Số đơn đăng ký và văn bằng bảo hộ sở hữu trí tuệ", "IP applications filed and titles granted"},
    {Metric::IpExploitedShare, "ip_exploited_share", TargetKind::Percentage, kIpTypes,
     "Tỷ lệ đơn, văn bằng sở hữu trí tuệ được khai thác thương mại",
     "Share of IP applications and titles exploited commercially"},
    {Metric::TasksCarriedOut, "tasks_carried_out", TargetKind::Objects, kLevel,
     "Số nhiệm vụ được triển khai (đã ký hợp đồng, chưa kết thúc trước kỳ)",
     "Tasks carried out (contracted, not closed before the period)"},
    {Metric::TasksAccepted, "tasks_accepted", TargetKind::Objects, kLevel, "Số nhiệm vụ được nghiệm thu đạt",
     "Tasks accepted (passed)"},
    {Metric::TasksAppliedShare, "tasks_applied_share", TargetKind::Percentage, kLevel,
     "Tỷ lệ nhiệm vụ nghiệm thu có kết quả được ứng dụng",
     "Share of accepted tasks whose results are applied"},
    {Metric::TasksOrderedShare, "tasks_ordered_share", TargetKind::Percentage, kLevel,
     "Tỷ lệ nhiệm vụ sử dụng ngân sách được giao theo cơ chế đặt hàng",
     "Share of state-funded tasks awarded by ordering"},
    {Metric::TasksOrderedCofundedShare, "tasks_ordered_cofunded_share", TargetKind::Percentage, kLevel,
     "Tỷ lệ nhiệm vụ đặt hàng có đồng tài trợ và cam kết đầu ra",
     "Share of tasks ordered, co-funded and with output commitments"},
    {Metric::TasksTrackedShare, "tasks_tracked_share", TargetKind::Percentage, kLevel,
     "Tỷ lệ nhiệm vụ được cập nhật đầy đủ mọi bước (đặt hàng, hợp đồng, giải ngân, nghiệm thu, chuyển giao, "
     "theo dõi sau nghiệm thu)",
     "Share of tasks with every step recorded (award, contract, disbursement, acceptance, transfer, "
     "follow-up)"},
    {Metric::TasksApplyingUnitShare, "tasks_applying_unit_share", TargetKind::Percentage, kLevel,
     "Tỷ lệ nhiệm vụ có đơn vị tiếp nhận, ứng dụng từ khâu phê duyệt",
     "Share of tasks with an applying unit from their award"},
    {Metric::TasksApplicationPlanShare, "tasks_application_plan_share", TargetKind::Percentage, kLevel,
     "Tỷ lệ nhiệm vụ có kế hoạch ứng dụng (cam kết đầu ra) và theo dõi sau nghiệm thu",
     "Share of tasks with an application plan (output commitments) and follow-up after acceptance"},
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
    if (request.level && !(metric->parameters & kLevel)) refuse("level");
    if ((metric->parameters & kOutcome) && !request.outcome)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Chỉ số '" + request.id + "' cần tham số outcome (loại kết quả).",
                           "Metric '" + request.id + "' needs the parameter outcome (the outcome kind)."},
                          "metric");
    return *metric;
}

}  // namespace innodesk::domain
