// A plan's work item (nhiệm vụ của kế hoạch): one activity row of the plan with its lead unit,
// cooperating units, expected product and timing, and the progress officers record against it.
#pragma once

#include "calendar_date.h"
#include "enum_table.h"
#include "errors.h"
#include "work_item_timing.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace innodesk::domain {

struct WorkItem {
    std::string code;                              // unique in the plan: "A17", "III.26.1"
    std::string stt;                               // the row as printed: "17.", "26 (-)"
    LocalisedText section;                         // the heading it sits under, empty when none
    LocalisedText content;                         // the plan's words (vi) and a translation (en)
    LocalisedText lead_unit;                       // đơn vị chủ trì; empty when the source names none
    std::vector<LocalisedText> cooperating_units;  // đơn vị phối hợp
    LocalisedText monitoring_body;                 // cơ quan theo dõi, tổng hợp; empty when not named
    LocalisedText product;  // sản phẩm / kết quả dự kiến; empty when not named
    WorkItemTiming timing;
    std::string note;    // the source's remark column, as written
    std::string source;  // "000 Phụ lục, dòng 17"
    int line = 0;        // in the plan file, 0 when not from a file
};

// Checks one work item against its plan's years: code, content in both languages, source, and
// that the timing reads the same again. `what` names it in messages.
void ValidateWorkItem(const WorkItem& item, int plan_first_year, int plan_last_year);

enum class WorkItemStatus { NotStarted, InProgress, Done, Late, Dropped };
std::span<const EnumEntry<WorkItemStatus>> WorkItemStatuses();

// A record that carried the work item out.
enum class WorkItemLinkKind { Task, Application, Decision };
std::span<const EnumEntry<WorkItemLinkKind>> WorkItemLinkKinds();

struct WorkItemLink {
    WorkItemLinkKind kind = WorkItemLinkKind::Task;
    std::int64_t id = 0;
    std::string Code() const;  // "task:12"
    // Reads "task:12", "application:5", "decision:3"; throws InvalidValue naming what is wrong.
    static WorkItemLink Parse(std::string_view text);
    bool operator==(const WorkItemLink&) const = default;
};

// Progress recorded against a work item, keyed by the plan's and the item's codes so that it
// survives re-importing the plan.
struct WorkItemProgress {
    std::int64_t id = 0;
    std::string plan_code;
    std::string item_code;
    CalendarDate date;  // the day the progress is reported for
    WorkItemStatus status = WorkItemStatus::InProgress;
    std::string result;  // what was done, in the officer's words
    std::vector<WorkItemLink> links;
    std::string recorded_by;
    std::int64_t recorded_at_unix = 0;
};

// Refuses an empty result for done or dropped, and a result longer than 4000 characters.
void ValidateProgress(const WorkItemProgress& progress);

// Whether the item is overdue on `as_of`: a dated item past its due date whose latest progress
// is neither done nor dropped; a recurring item ("Thường xuyên") when a year of the plan has
// ended without progress marked done dated within that year (and its latest is not dropped).
// An item due by another document's timing is never overdue here. `progress` in any order.
bool IsOverdue(const WorkItem& item, const std::vector<WorkItemProgress>& progress, const CalendarDate& as_of,
               int plan_first_year, int plan_last_year);

// The latest progress by date, then by when it was recorded; nullptr when there is none.
const WorkItemProgress* LatestProgress(const std::vector<WorkItemProgress>& progress);

}  // namespace innodesk::domain
