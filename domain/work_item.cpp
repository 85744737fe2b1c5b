// Work items' rules: validation, links to the records that carried them out, and when one is
// overdue.
#include "work_item.h"

#include "plan.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace innodesk::domain {
namespace {

constexpr std::array<EnumEntry<WorkItemStatus>, 5> kStatuses{{
    {WorkItemStatus::NotStarted, "not_started", "chưa bắt đầu", "not started"},
    {WorkItemStatus::InProgress, "in_progress", "đang thực hiện", "in progress"},
    {WorkItemStatus::Done, "done", "hoàn thành", "done"},
    {WorkItemStatus::Late, "late", "chậm tiến độ", "late"},
    {WorkItemStatus::Dropped, "dropped", "không thực hiện", "dropped"},
}};

constexpr std::array<EnumEntry<WorkItemLinkKind>, 3> kLinkKinds{{
    {WorkItemLinkKind::Task, "task", "nhiệm vụ", "task"},
    {WorkItemLinkKind::Application, "application", "hồ sơ", "application"},
    {WorkItemLinkKind::Decision, "decision", "quyết định", "decision"},
}};

constexpr std::size_t kMaxResult = 4000;

[[noreturn]] void Invalid(const std::string& vi, const std::string& en, const std::string& field) {
    throw DomainError(ErrorCode::InvalidValue, {vi, en}, field);
}

}  // namespace

std::span<const EnumEntry<WorkItemStatus>> WorkItemStatuses() {
    return kStatuses;
}

std::span<const EnumEntry<WorkItemLinkKind>> WorkItemLinkKinds() {
    return kLinkKinds;
}

std::string WorkItemLink::Code() const {
    return std::string(EntryOf(WorkItemLinkKinds(), kind).code) + ":" + std::to_string(id);
}

WorkItemLink WorkItemLink::Parse(std::string_view text) {
    const std::size_t colon = text.find(':');
    const auto refuse = [&] {
        Invalid("Liên kết '" + std::string(text) +
                    "' không hợp lệ; dùng task:ID, application:ID hoặc decision:ID (ID là số dương).",
                "Link '" + std::string(text) +
                    "' is not valid; use task:ID, application:ID or decision:ID (ID a positive number).",
                "link");
    };
    if (colon == std::string_view::npos) refuse();
    WorkItemLink link;
    const std::string_view kind = text.substr(0, colon);
    const auto entry =
        std::find_if(kLinkKinds.begin(), kLinkKinds.end(), [&](const auto& e) { return e.code == kind; });
    if (entry == kLinkKinds.end()) refuse();
    link.kind = entry->value;
    const std::string_view digits = text.substr(colon + 1);
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), link.id);
    if (error != std::errc() || end != digits.data() + digits.size() || link.id <= 0) refuse();
    return link;
}

void ValidateWorkItem(const WorkItem& item, int plan_first_year, int plan_last_year) {
    RequireCode(item.code, "Mã nhiệm vụ của kế hoạch", "Work item code", "code");
    const std::string vi = "Nhiệm vụ '" + item.code + "'", en = "Work item '" + item.code + "'";
    if (item.content.vi.empty() || item.content.en.empty())
        Invalid(vi + " cần nội dung bằng cả tiếng Việt và tiếng Anh.",
                en + " needs its content in both Vietnamese and English.", "content");
    if (item.source.empty())
        Invalid(vi + " cần ghi nguồn (dòng, mục của văn bản).",
                en + " needs its source (the row or section of the document).", "source");
    try {
        (void)ParseWorkItemTiming(item.timing.text, plan_first_year, plan_last_year);
    } catch (const DomainError& error) {
        Invalid(vi + ": " + error.Text().vi, en + ": " + error.Text().en, "timing");
    }
}

void ValidateProgress(const WorkItemProgress& progress) {
    if ((progress.status == WorkItemStatus::Done || progress.status == WorkItemStatus::Dropped) &&
        progress.result.empty())
        Invalid("Ghi nhận '" + std::string(EntryOf(WorkItemStatuses(), progress.status).vi) +
                    "' cần nêu kết quả hoặc lý do (--result).",
                "Recording '" + std::string(EntryOf(WorkItemStatuses(), progress.status).en) +
                    "' needs the result or the reason (--result).",
                "result");
    if (progress.result.size() > kMaxResult)
        Invalid("Kết quả dài quá " + std::to_string(kMaxResult) + " ký tự.",
                "The result is longer than " + std::to_string(kMaxResult) + " characters.", "result");
}

const WorkItemProgress* LatestProgress(const std::vector<WorkItemProgress>& progress) {
    const WorkItemProgress* latest = nullptr;
    for (const auto& p : progress)
        if (!latest || p.date > latest->date ||
            (p.date == latest->date &&
             (p.recorded_at_unix > latest->recorded_at_unix ||
              (p.recorded_at_unix == latest->recorded_at_unix && p.id > latest->id))))
            latest = &p;
    return latest;
}

bool IsOverdue(const WorkItem& item, const std::vector<WorkItemProgress>& progress, const CalendarDate& as_of,
               int plan_first_year, int plan_last_year) {
    // Only what was known on the as-of date counts.
    std::vector<WorkItemProgress> known;
    for (const auto& p : progress)
        if (p.date <= as_of) known.push_back(p);
    const WorkItemProgress* latest = LatestProgress(known);
    if (latest && latest->status == WorkItemStatus::Dropped) return false;
    if (item.timing.kind == TimingKind::Reference) return false;
    if (item.timing.kind != TimingKind::Recurring) {
        if (latest && latest->status == WorkItemStatus::Done) return false;
        return as_of > *item.timing.Due();
    }
    for (const CalendarDate& due : item.timing.DueDates(plan_first_year, plan_last_year)) {
        if (!(as_of > due)) continue;
        const bool done_that_year = std::any_of(known.begin(), known.end(), [&](const WorkItemProgress& p) {
            return p.status == WorkItemStatus::Done && p.date.Year() == due.Year();
        });
        if (!done_that_year) return true;
    }
    return false;
}

}  // namespace innodesk::domain
