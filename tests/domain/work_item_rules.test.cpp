// The timing of plans' work items as the seeds write it, the due date each gives, when a work
// item is overdue, and the occurrences and states of reporting duties.
#include "domain/errors.h"
#include "domain/reporting_duty.h"
#include "domain/work_item.h"

#include <catch2/catch.hpp>

using namespace innodesk::domain;

namespace {

CalendarDate D(const char* text) {
    return CalendarDate::Parse(text);
}

std::string DueOf(const char* text, int first = 2026, int last = 2026) {
    const WorkItemTiming timing = ParseWorkItemTiming(text, first, last);
    const auto due = timing.Due();
    return due ? due->Format() : std::string("none");
}

}  // namespace

TEST_CASE("Every timing form of the seeds gives its due date", "[work_item][timing]") {
    // 000's appendix
    CHECK(DueOf("Tháng 7/2026") == "31/07/2026");
    CHECK(DueOf("Năm 2027 (theo tiến độ của Bộ KH&CN)") == "31/12/2027");
    CHECK(DueOf("Quý IV năm 2026") == "31/12/2026");
    CHECK(DueOf("Quý III") == "30/09/2026");  // the plan's year
    CHECK(DueOf("2026") == "31/12/2026");
    // 001's appendices
    CHECK(DueOf("12/2026") == "31/12/2026");
    CHECK(DueOf("02/2026") == "28/02/2026");
    CHECK(DueOf("6/2026") == "30/06/2026");
    CHECK(DueOf("20/02/2026") == "20/02/2026");
    CHECK(DueOf("Bắt đầu từ tháng 4/2026 (Hoàn thành trong Quý IV/2026)") == "31/12/2026");
    CHECK(DueOf("Gửi về Sở Khoa học và công nghệ trước 02/2026") == "31/01/2026");
    // 002 and 003
    CHECK(DueOf("2026-2030", 2026, 2030) == "31/12/2030");
    CHECK(DueOf("2026–2030", 2026, 2030) == "31/12/2030");
    CHECK(DueOf("2026-2027", 2026, 2030) == "31/12/2027");
    CHECK(DueOf("Năm 2026") == "31/12/2026");
    CHECK(DueOf("Quý III/2026") == "30/09/2026");
    CHECK(DueOf("6 tháng đầu năm") == "30/06/2026");
    CHECK(DueOf("6 tháng cuối năm 2027", 2026, 2030) == "31/12/2027");
}

TEST_CASE("Recurring and referenced timings have no single due date", "[work_item][timing]") {
    const WorkItemTiming recurring = ParseWorkItemTiming("Thường xuyên", 2026, 2030);
    CHECK(recurring.kind == TimingKind::Recurring);
    CHECK_FALSE(recurring.Due().has_value());
    const auto dates = recurring.DueDates(2026, 2030);
    REQUIRE(dates.size() == 5);
    CHECK(dates.front().Format() == "31/12/2026");
    CHECK(dates.back().Format() == "31/12/2030");
    CHECK(recurring.DueText().en == "31/12 each year");

    for (const char* text :
         {"Theo Kế hoạch số 1489/KH-UBND ngày 23/01/2026",
          "Theo Quyết định số 834/QĐ-UBND; Kế hoạch số 5100/KH-UBND", "Kế hoạch số 02/KH-HDNT ngày 31/3/2026",
          "Sau khi Đề án được ban hành", "Theo chương trình, kế hoạch được ban hành"}) {
        const WorkItemTiming reference = ParseWorkItemTiming(text, 2026, 2026);
        CHECK(reference.kind == TimingKind::Reference);
        CHECK(reference.DueDates(2026, 2026).empty());
    }
}

TEST_CASE("A timing that cannot be read is refused, saying what was written", "[work_item][timing]") {
    const auto message = [](const char* text, int first, int last) {
        try {
            (void)ParseWorkItemTiming(text, first, last);
        } catch (const DomainError& error) {
            CHECK(error.Code() == ErrorCode::InvalidValue);
            return error.Text().vi + " | " + error.Text().en;
        }
        return std::string("accepted");
    };
    CHECK_THAT(message("sớm", 2026, 2026), Catch::Contains("Thời hạn 'sớm' không đọc được") &&
                                               Catch::Contains("Timing 'sớm' cannot be read"));
    CHECK_THAT(message("Tháng 13/2026", 2026, 2026), Catch::Contains("the month must be 1 to 12"));
    CHECK_THAT(message("31/02/2026", 2026, 2026), Catch::Contains("no such day"));
    CHECK_THAT(message("Quý III", 2026, 2030), Catch::Contains("the year is missing"));
    CHECK_THAT(message("Năm 1990", 2026, 2026), Catch::Contains("outside 2000–2100"));
    CHECK_THAT(message("2030-2026", 2026, 2030), Catch::Contains("first year is after the last"));
    CHECK_THAT(message("", 2026, 2026), Catch::Contains("The timing is empty"));
}

TEST_CASE("A work item past its date and not done is overdue", "[work_item]") {
    WorkItem item;
    item.code = "A01";
    item.timing = ParseWorkItemTiming("Tháng 7/2026", 2026, 2026);
    std::vector<WorkItemProgress> progress;
    CHECK_FALSE(IsOverdue(item, progress, D("31/07/2026"), 2026, 2026));
    CHECK(IsOverdue(item, progress, D("01/08/2026"), 2026, 2026));
    progress.push_back({1, "P", "A01", D("15/07/2026"), WorkItemStatus::InProgress, "", {}, "u", 1});
    CHECK(IsOverdue(item, progress, D("01/08/2026"), 2026, 2026));
    progress.push_back(
        {2, "P", "A01", D("05/08/2026"), WorkItemStatus::Done, "Nghị quyết trình", {}, "u", 2});
    CHECK(IsOverdue(item, progress, D("04/08/2026"), 2026, 2026));  // not known yet that day
    CHECK_FALSE(IsOverdue(item, progress, D("06/08/2026"), 2026, 2026));

    WorkItem recurring;
    recurring.code = "A12";
    recurring.timing = ParseWorkItemTiming("Thường xuyên", 2026, 2027);
    std::vector<WorkItemProgress> yearly;
    CHECK_FALSE(IsOverdue(recurring, yearly, D("31/12/2026"), 2026, 2027));
    CHECK(IsOverdue(recurring, yearly, D("01/01/2027"), 2026, 2027));
    yearly.push_back({3, "P", "A12", D("20/12/2026"), WorkItemStatus::Done, "Báo cáo năm", {}, "u", 3});
    CHECK_FALSE(IsOverdue(recurring, yearly, D("01/01/2027"), 2026, 2027));
    CHECK(IsOverdue(recurring, yearly, D("01/01/2028"), 2026, 2027));  // 2027 not done

    WorkItem referenced;
    referenced.code = "A08";
    referenced.timing = ParseWorkItemTiming("Theo Kế hoạch số 1489/KH-UBND", 2026, 2026);
    CHECK_FALSE(IsOverdue(referenced, {}, D("01/01/2030"), 2026, 2026));
}

TEST_CASE("Links name a task, an application or a decision", "[work_item]") {
    CHECK(WorkItemLink::Parse("task:12").Code() == "task:12");
    CHECK(WorkItemLink::Parse("decision:3").kind == WorkItemLinkKind::Decision);
    CHECK_THROWS_AS(WorkItemLink::Parse("task:0"), DomainError);
    CHECK_THROWS_AS(WorkItemLink::Parse("enterprise:4"), DomainError);
    CHECK_THROWS_AS(WorkItemLink::Parse("task"), DomainError);
    WorkItemProgress done;
    done.status = WorkItemStatus::Done;
    CHECK_THROWS_WITH(ValidateProgress(done), Catch::Contains("--result"));
}

TEST_CASE("A duty's occurrences and when one is late", "[reporting_duty]") {
    ReportingDuty quarterly;
    quarterly.code = "R01";
    quarterly.rule = ReportRule::Quarterly;
    quarterly.day = 19;  // "trước ngày 20 hàng quý"
    const auto occurrences = Occurrences(quarterly, 2026, 2026);
    REQUIRE(occurrences.size() == 4);
    CHECK(occurrences[2].period == "2026-Q3");
    CHECK(occurrences[2].due.Format() == "19/09/2026");
    CHECK(StateOf(occurrences[3], std::nullopt, D("19/12/2026")) == DutyState::Due);
    CHECK(StateOf(occurrences[3], std::nullopt, D("20/12/2026")) == DutyState::Late);
    CHECK(StateOf(occurrences[3], std::nullopt, D("15/03/2027")) == DutyState::Late);
    DutyReceipt receipt;
    receipt.received_on = D("16/03/2027");
    CHECK(StateOf(occurrences[3], receipt, D("17/03/2027")) == DutyState::Received);

    CHECK(DayBefore(2026, 12, 1).Format() == "30/11/2026");  // "trước ngày 01 tháng 12"

    ReportingDuty monthly;
    monthly.rule = ReportRule::Monthly;
    monthly.day = 0;
    const auto months = Occurrences(monthly, 2026, 2026);
    REQUIRE(months.size() == 12);
    CHECK(months[1].period == "2026-02");
    CHECK(months[1].due.Format() == "28/02/2026");

    ReportingDuty once;
    once.rule = ReportRule::Once;
    once.date = D("09/01/2027");
    const auto single = Occurrences(once, 2026, 2026);
    REQUIRE(single.size() == 1);
    CHECK(single[0].period == "2026");
}
