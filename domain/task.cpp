// The task's lifecycle, its enumerations and the rules on its fields.
#include "task.h"

#include "errors.h"

#include <array>
#include <chrono>

namespace innodesk::domain {
namespace {

using S = TaskState;

constexpr std::array<EnumEntry<TaskLevel>, 2> kLevels{{
    {TaskLevel::Provincial, "provincial", "Cấp tỉnh", "Provincial"},
    {TaskLevel::Grassroots, "grassroots", "Cấp cơ sở", "Grassroots"},
}};

constexpr std::array<EnumEntry<AwardMode>, 3> kAwardModes{{
    {AwardMode::Ordering, "ordering", "Đặt hàng", "Ordering"},
    {AwardMode::Selection, "selection", "Tuyển chọn", "Competitive selection"},
    {AwardMode::DirectAssignment, "direct_assignment", "Giao trực tiếp", "Direct assignment"},
}};

constexpr std::array<EnumEntry<S>, 9> kStates{{
    {S::Proposed, "proposed", "Đề xuất", "Proposed"},
    {S::Awarded, "awarded", "Đã tuyển chọn/giao", "Selected or assigned"},
    {S::Contracted, "contracted", "Đã ký hợp đồng", "Contracted"},
    {S::InProgress, "in_progress", "Đang thực hiện", "In progress"},
    {S::Accepted, "accepted", "Nghiệm thu đạt", "Accepted"},
    {S::Failed, "failed", "Nghiệm thu không đạt", "Failed acceptance"},
    {S::Transferred, "transferred", "Đã bàn giao", "Transferred"},
    {S::Applied, "applied", "Đang ứng dụng, theo dõi", "Applied, followed"},
    {S::Terminated, "terminated", "Đã chấm dứt", "Terminated"},
}};

constexpr std::array<std::pair<S, S>, 11> kMoves{{
    {S::Proposed, S::Awarded},
    {S::Proposed, S::Terminated},
    {S::Awarded, S::Contracted},
    {S::Awarded, S::Terminated},
    {S::Contracted, S::InProgress},
    {S::Contracted, S::Terminated},
    // Only a signed acceptance decision makes these two moves.
    {S::InProgress, S::Accepted},
    {S::InProgress, S::Failed},
    {S::InProgress, S::Terminated},
    {S::Accepted, S::Transferred},
    {S::Transferred, S::Applied},
}};

constexpr Lifecycle<S> kLifecycle{kStates, kMoves, "nhiệm vụ", "task"};

constexpr std::array<EnumEntry<OutputKind>, 11> kOutputKinds{{
    {OutputKind::Technology, "technology", "Công nghệ", "Technology"},
    {OutputKind::Product, "product", "Sản phẩm", "Product"},
    {OutputKind::Process, "process", "Quy trình", "Process"},
    {OutputKind::Model, "model", "Mô hình", "Model"},
    {OutputKind::DigitalSolution, "digital_solution", "Giải pháp số, phần mềm", "Digital solution, software"},
    {OutputKind::Standard, "standard", "Tiêu chuẩn, quy chuẩn", "Standard"},
    {OutputKind::IntellectualProperty, "intellectual_property", "Đối tượng sở hữu trí tuệ",
     "Intellectual property"},
    {OutputKind::Publication, "publication", "Bài báo, ấn phẩm", "Publication"},
    {OutputKind::Report, "report", "Báo cáo khoa học", "Scientific report"},
    {OutputKind::TrainedPeople, "trained_people", "Nhân lực được đào tạo", "People trained"},
    {OutputKind::Other, "other", "Sản phẩm khác", "Other output"},
}};

constexpr std::array<EnumEntry<MilestoneStatus>, 3> kMilestoneStatuses{{
    {MilestoneStatus::Planned, "planned", "Chưa báo cáo", "Planned"},
    {MilestoneStatus::Reported, "reported", "Đã báo cáo", "Reported"},
    {MilestoneStatus::Dropped, "dropped", "Đã bỏ", "Dropped"},
}};

constexpr std::array<EnumEntry<TrancheStatus>, 3> kTrancheStatuses{{
    {TrancheStatus::Planned, "planned", "Chưa cấp", "Planned"},
    {TrancheStatus::Paid, "paid", "Đã cấp", "Paid"},
    {TrancheStatus::Cancelled, "cancelled", "Đã hủy", "Cancelled"},
}};

constexpr std::array<EnumEntry<AcceptanceResult>, 3> kResults{{
    {AcceptanceResult::Excellent, "excellent", "Xuất sắc", "Excellent"},
    {AcceptanceResult::Passed, "passed", "Đạt", "Passed"},
    {AcceptanceResult::Failed, "failed", "Không đạt", "Failed"},
}};

void RequireText(const std::string& value, const char* field, const char* what_vi, const char* what_en) {
    if (!value.empty()) return;
    throw DomainError(ErrorCode::InvalidValue,
                      {std::string(what_vi) + " là bắt buộc.", std::string(what_en) + " is required."},
                      field);
}

void RequireLength(const std::string& value, std::size_t limit, const char* field, const char* what_vi,
                   const char* what_en) {
    if (value.size() <= limit) return;
    throw DomainError(ErrorCode::InvalidValue,
                      {std::string(what_vi) + " dài quá " + std::to_string(limit) + " byte.",
                       std::string(what_en) + " is longer than " + std::to_string(limit) + " bytes."},
                      field);
}

}  // namespace

std::span<const EnumEntry<TaskLevel>> TaskLevels() {
    return kLevels;
}
std::span<const EnumEntry<AwardMode>> AwardModes() {
    return kAwardModes;
}
std::span<const EnumEntry<OutputKind>> OutputKinds() {
    return kOutputKinds;
}
std::span<const EnumEntry<MilestoneStatus>> MilestoneStatuses() {
    return kMilestoneStatuses;
}
std::span<const EnumEntry<TrancheStatus>> TrancheStatuses() {
    return kTrancheStatuses;
}
std::span<const EnumEntry<AcceptanceResult>> AcceptanceResults() {
    return kResults;
}

const Lifecycle<TaskState>& TaskLifecycle() {
    return kLifecycle;
}

bool HoldsCommitment(TaskState state) {
    switch (state) {
        case S::Contracted:
        case S::InProgress:
        case S::Accepted:
        case S::Transferred:
        case S::Applied:
            return true;
        default:
            return false;
    }
}

bool TaskBeforeAcceptance(TaskState state) {
    return state == S::Proposed || state == S::Awarded || state == S::Contracted || state == S::InProgress;
}

bool Milestone::LateOn(const CalendarDate& today) const {
    if (status == MilestoneStatus::Dropped) return false;
    if (reported_on) return *reported_on > due_on;
    return today > due_on;
}

std::optional<CalendarDate> NextFollowUpDue(const CalendarDate& accepted_on, int follow_up_years,
                                            int uses_reported) {
    if (uses_reported >= follow_up_years) return std::nullopt;
    const int year = accepted_on.Year() + uses_reported + 1;
    // 29 February falls on 28 February in the years that have none.
    const unsigned day =
        accepted_on.Month() == 2 && accepted_on.Day() == 29 && !std::chrono::year{year}.is_leap()
            ? 28
            : accepted_on.Day();
    return CalendarDate::FromYmd(year, accepted_on.Month(), day);
}

Money Task::CoFundingTotal() const {
    Money total;
    for (const auto& funding : co_funding) total += funding.amount;
    return total;
}

Task NormaliseTask(Task task, const TextRules& text) {
    task.code = text.Clean(task.code, "code");
    task.title = text.Clean(task.title, "title");
    task.plan_code = text.Clean(task.plan_code, "plan_code");
    task.plan_line = text.Clean(task.plan_line, "plan_line");
    task.principal_investigator = text.Clean(task.principal_investigator, "principal_investigator");
    task.ordering_unit = text.Clean(task.ordering_unit, "ordering_unit");
    task.applying_unit = text.Clean(task.applying_unit, "applying_unit");
    task.contract_number = text.Clean(task.contract_number, "contract_number");
    RequireText(task.code, "code", "Mã nhiệm vụ", "The task code");
    RequireLength(task.code, 60, "code", "Mã nhiệm vụ", "The task code");
    RequireText(task.title, "title", "Tên nhiệm vụ", "The task title");
    RequireLength(task.title, 1000, "title", "Tên nhiệm vụ", "The task title");
    RequireText(task.principal_investigator, "principal_investigator", "Chủ nhiệm nhiệm vụ",
                "The principal investigator");
    if (task.lead_enterprise_id.has_value() == task.lead_organisation_id.has_value())
        throw DomainError(ErrorCode::InvalidValue,
                          {"Nhiệm vụ cần đúng một tổ chức chủ trì: một doanh nghiệp hoặc một tổ chức khác.",
                           "A task needs exactly one lead: an enterprise or another organisation."},
                          "lead");
    if (task.year < 2000 || task.year > 2100)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Năm của nhiệm vụ " + std::to_string(task.year) + " không hợp lệ (2000–2100).",
                           "The task's year " + std::to_string(task.year) + " is not valid (2000–2100)."},
                          "year");
    if (task.follow_up_years < 0 || task.follow_up_years > 10)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Số năm theo dõi sau nghiệm thu phải từ 0 đến 10.",
                           "The years of follow-up after acceptance must be 0 to 10."},
                          "follow_up_years");
    RequireNonNegative(task.state_budget, "state_budget", "Kinh phí ngân sách", "The state budget");
    for (auto& funding : task.co_funding) {
        funding.source = text.Clean(funding.source, "co_funding.source");
        RequireText(funding.source, "co_funding.source", "Nguồn vốn đối ứng", "The co-funding's source");
        RequireNonNegative(funding.amount, "co_funding.amount", "Vốn đối ứng", "The co-funding");
        if (funding.amount.IsZero())
            throw DomainError(ErrorCode::InvalidValue,
                              {"Vốn đối ứng từ '" + funding.source + "' phải lớn hơn 0.",
                               "The co-funding from '" + funding.source + "' must be more than 0."},
                              "co_funding.amount");
    }
    (void)task.CoFundingTotal();  // refuses a total that would overflow now, not in a report
    for (auto& output : task.outputs) {
        output.description = text.Clean(output.description, "outputs.description");
        output.applying_user = text.Clean(output.applying_user, "outputs.applying_user");
        RequireText(output.description, "outputs.description", "Mô tả sản phẩm đầu ra",
                    "The output's description");
        if (output.quantity < 1 || output.quantity > 1000000)
            throw DomainError(ErrorCode::InvalidValue,
                              {"Số lượng sản phẩm '" + output.description + "' phải từ 1 đến 1.000.000.",
                               "The quantity of '" + output.description + "' must be 1 to 1,000,000."},
                              "outputs.quantity");
    }
    if (task.starts_on && task.ends_on && *task.ends_on < *task.starts_on)
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Ngày kết thúc " + task.ends_on->Format() + " trước ngày bắt đầu " + task.starts_on->Format() +
                 ".",
             "The end " + task.ends_on->Format() + " is before the start " + task.starts_on->Format() + "."},
            "ends_on");
    return task;
}

Milestone NormaliseMilestone(Milestone milestone, const TextRules& text) {
    milestone.content = text.Clean(milestone.content, "content");
    milestone.product = text.Clean(milestone.product, "product");
    milestone.evidence = text.Clean(milestone.evidence, "evidence");
    RequireText(milestone.content, "content", "Nội dung mốc", "The milestone's content");
    RequireLength(milestone.content, 2000, "content", "Nội dung mốc", "The milestone's content");
    return milestone;
}

TaskUse NormaliseTaskUse(TaskUse use, const TextRules& text) {
    use.place = text.Clean(use.place, "place");
    use.evidence = text.Clean(use.evidence, "evidence");
    RequireText(use.place, "place", "Nơi ứng dụng", "Where the results are applied");
    RequireText(use.evidence, "evidence", "Minh chứng ứng dụng", "The evidence of use");
    if (use.since > use.reported_on)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Ngày bắt đầu ứng dụng " + use.since.Format() + " sau ngày báo cáo " +
                               use.reported_on.Format() + ".",
                           "The use began on " + use.since.Format() + ", after the report of " +
                               use.reported_on.Format() + "."},
                          "since");
    return use;
}

TaskTransfer NormaliseTransfer(TaskTransfer transfer, const TextRules& text) {
    transfer.receiving_unit = text.Clean(transfer.receiving_unit, "receiving_unit");
    transfer.document_number = text.Clean(transfer.document_number, "document_number");
    transfer.note = text.Clean(transfer.note, "note");
    RequireText(transfer.receiving_unit, "receiving_unit", "Đơn vị nhận bàn giao", "The receiving unit");
    RequireText(transfer.document_number, "document_number", "Số biên bản bàn giao",
                "The transfer record's number");
    return transfer;
}

TaskAcceptance NormaliseAcceptance(TaskAcceptance acceptance, const TextRules& text) {
    acceptance.council = text.Clean(acceptance.council, "council");
    acceptance.minutes_number = text.Clean(acceptance.minutes_number, "minutes_number");
    RequireText(acceptance.council, "council", "Hội đồng nghiệm thu", "The acceptance council");
    RequireText(acceptance.minutes_number, "minutes_number", "Số biên bản nghiệm thu",
                "The acceptance minutes' number");
    return acceptance;
}

}  // namespace innodesk::domain
