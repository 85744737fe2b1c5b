// Training in storage: events, attendance counted once per person per event, the attendance
// sheet import with row-by-row errors, person-times and trained enterprises; enterprise outcomes.
#include "scenario.h"
#include "test_helpers.h"

#include "domain/outcome_service.h"
#include "domain/training_service.h"

#include <catch2/catch.hpp>

using namespace innodesk;
using namespace innodesk::domain;

using innodesk::testing::Refusal;

namespace {

TrainingService Training(testing::Scenario& s) {
    return {s.db.Store(), s.db.Text()};
}

TrainingEvent Event(const char* title, EventKind kind, const char* start_iso, const char* end_iso,
                    std::optional<ProgrammeId> programme = std::nullopt) {
    TrainingEvent e;
    e.title = title;
    e.kind = kind;
    e.starts_on = CalendarDate::Parse(start_iso);
    e.ends_on = CalendarDate::Parse(end_iso);
    e.location = "Nha Trang";
    e.organiser = "Sở KH&CN Khánh Hòa";
    e.programme_id = programme;
    return e;
}

}  // namespace

TEST_CASE("An event is stored and read back", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto training = Training(s);
    const auto added =
        training.AddEvent(Event("Tập huấn quản trị đổi mới sáng tạo", EventKind::TrainingCourse, "2026-03-10",
                                "2026-03-11", s.programme.id),
                          s.officer);
    CHECK(added.version == 1);
    const auto back = training.GetEvent(added.id);
    CHECK(back.title == "Tập huấn quản trị đổi mới sáng tạo");
    CHECK(back.kind == EventKind::TrainingCourse);
    CHECK(back.starts_on == CalendarDate::FromYmd(2026, 3, 10));
    CHECK(back.ends_on == CalendarDate::FromYmd(2026, 3, 11));
    CHECK(back.programme_id == s.programme.id);
    CHECK(back.organiser == "Sở KH&CN Khánh Hòa");
    CHECK_THROWS_WITH(
        training.AddEvent(Event("x", EventKind::Workshop, "2026-03-10", "2026-03-09"), s.officer),
        Catch::Contains("before the start date"));
    CHECK_THROWS_WITH(
        training.AddEvent(Event("x", EventKind::Workshop, "2026-03-10", "2026-03-10", 9999), s.officer),
        Catch::Contains("no programme with id 9999"));
    CHECK_THROWS_WITH(training.GetEvent(9999), Catch::Contains("no training course or event with id 9999"));
}

TEST_CASE("One person at one event counts once", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto training = Training(s);
    const auto event = training.AddEvent(
        Event("Tập huấn SHTT", EventKind::TrainingCourse, "2026-03-10", "2026-03-11"), s.officer);
    const auto an =
        training.AddAttendance(event.id, {"Nguyễn Văn An", "056 123 456 789", "0101248141"}, s.officer);
    CHECK(an.person_key == "id:056123456789");
    CHECK(an.enterprise_id == s.parent.id);

    SECTION("the same personal ID under another spelling is refused, naming the event and the person") {
        const auto error = Refusal([&] {
            training.AddAttendance(event.id, {"NGUYEN VAN AN", "056123456789", ""}, s.officer);
        });
        CHECK(error.Code() == ErrorCode::Duplicate);
        CHECK(error.Message(Language::English) ==
              "NGUYEN VAN AN (recorded as 'Nguyễn Văn An') is already on the attendance list of 'Tập huấn "
              "SHTT' (id " +
                  std::to_string(event.id) + "); each person counts once per course or event.");
        CHECK_THAT(error.Message(Language::Vietnamese),
                   Catch::Contains("đã có trong danh sách tham dự 'Tập huấn SHTT'"));
    }
    SECTION("without an ID, the folded name and enterprise decide") {
        training.AddAttendance(event.id, {"Trần Thị Bình", "", "0300588569"}, s.officer);
        CHECK_THROWS_WITH(training.AddAttendance(event.id, {"TRAN THI BINH", "", "0300588569"}, s.officer),
                          Catch::Contains("already on the attendance list"));
        // Same name, another enterprise: another person.
        CHECK_NOTHROW(training.AddAttendance(event.id, {"Trần Thị Bình", "", "0101248141"}, s.officer));
        CHECK(training.Attendances(event.id).size() == 3);
    }
    SECTION("the same person at another event is another person-time") {
        const auto second = training.AddEvent(
            Event("Hội thảo kết nối", EventKind::Workshop, "2026-04-01", "2026-04-01"), s.officer);
        CHECK_NOTHROW(
            training.AddAttendance(second.id, {"Nguyễn Văn An", "056123456789", "0101248141"}, s.officer));
        CHECK(training.PersonTimes({}) == 2);
        CHECK(training.TrainedEnterprises({}) == 1);
    }
    SECTION("an unregistered or invalid tax code is refused") {
        const auto unknown = Refusal([&] {
            training.AddAttendance(event.id, {"Lê Văn C", "", "0312345673"}, s.officer);
        });
        CHECK(unknown.Code() == ErrorCode::NotFound);
        CHECK(unknown.Field() == "tax_code");
        CHECK(Refusal([&] {
                  training.AddAttendance(event.id, {"Lê Văn C", "", "0312345670"}, s.officer);
              }).Code() == ErrorCode::InvalidTaxCode);
        CHECK(Refusal([&] {
                  training.AddAttendance(event.id, {"Lê Văn C", "12345", ""}, s.officer);
              }).Field() == "personal_id");
        CHECK_THROWS_WITH(training.AddAttendance(9999, {"Lê Văn C", "", ""}, s.officer),
                          Catch::Contains("id 9999"));
        CHECK(training.Attendances(event.id).size() == 1);
    }
    SECTION("the database refuses a second row with the same key") {
        Attendance again = an;
        again.person_name = "Nguyễn V. An";
        auto tx = db.Store().Begin(TransactionMode::Write);
        CHECK(Refusal([&] { tx->Training().InsertAttendance(again); }).Code() == ErrorCode::Duplicate);
    }
}

TEST_CASE("An attendance sheet is imported row by row, the good rows in one transaction", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto training = Training(s);
    const auto event = training.AddEvent(
        Event("Tập huấn SHTT", EventKind::TrainingCourse, "2026-03-10", "2026-03-11"), s.officer);
    training.AddAttendance(event.id, {"Nguyễn Văn An", "056123456789", ""}, s.officer);

    Table table;
    table.header = {"STT", "HỌ VÀ TÊN", "Số CCCD", "Mã số thuế doanh nghiệp"};
    table.rows = {
        {2, {"1", "Phạm Văn Dũng", "079123456789", "0101248141"}},
        {3, {"2", "Hoàng Thị Én", "", "0300588569"}},
        {4, {"3", "Nguyễn Văn An", "056123456789", ""}},     // already on the list
        {5, {"4", "", "", ""}},                              // no name
        {6, {"5", "Võ Văn Phúc", "12345", ""}},              // not a personal ID
        {7, {"6", "Đỗ Thị Giang", "", "0312345673"}},        // valid but unregistered tax code
        {8, {"7", "PHẠM VĂN DŨNG", "079 123 456 789", ""}},  // repeats line 2
        {9, {"8", "Lý Thị Hoa", "", "0101248141-001"}},
    };
    const auto report = training.ImportAttendance(event.id, table, s.officer);
    CHECK(report.rows == 8);
    CHECK(report.inserted == 3);
    CHECK(report.stored);
    REQUIRE(report.errors.size() == 5);
    CHECK(report.errors[0].line == 4);
    CHECK(report.errors[0].code == ErrorCode::Duplicate);
    CHECK(report.errors[0].column == "HỌ VÀ TÊN");
    CHECK(report.errors[1].line == 5);
    CHECK(report.errors[1].code == ErrorCode::InvalidValue);
    CHECK(report.errors[2].line == 6);
    CHECK(report.errors[2].column == "Số CCCD");
    CHECK(report.errors[2].value == "12345");
    CHECK(report.errors[3].line == 7);
    CHECK(report.errors[3].code == ErrorCode::NotFound);
    CHECK(report.errors[3].column == "Mã số thuế doanh nghiệp");
    CHECK(report.errors[4].line == 8);
    CHECK_THAT(report.errors[4].reason.en, Catch::Contains("already appears on line 2"));
    CHECK(training.Attendances(event.id).size() == 4);

    SECTION("all or nothing stores nothing when a row fails") {
        const auto second =
            training.AddEvent(Event("Hội thảo", EventKind::Workshop, "2026-04-01", "2026-04-01"), s.officer);
        ImportOptions options;
        options.all_or_nothing = true;
        const auto refused = training.ImportAttendance(second.id, table, s.officer, options);
        CHECK_FALSE(refused.stored);
        CHECK(refused.inserted == 0);
        CHECK(training.Attendances(second.id).empty());
    }
    SECTION("a sheet without a name column is refused as a whole") {
        Table bad;
        bad.header = {"STT", "CCCD"};
        const auto error = Refusal([&] { training.ImportAttendance(event.id, bad, s.officer); });
        CHECK(error.Code() == ErrorCode::FileFormat);
        CHECK_THAT(error.Message(Language::Vietnamese), Catch::Contains("thiếu cột bắt buộc 'Họ và tên'"));
    }
    SECTION("English headers work too") {
        Table english;
        english.header = {"Name", "Personal ID", "Tax code"};
        english.rows = {{2, {"Mai Anh", "", "0300588569"}}};
        CHECK(training.ImportAttendance(event.id, english, s.officer).inserted == 1);
    }
}

TEST_CASE("Person-times and trained enterprises follow the scope", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto training = Training(s);
    const auto march = training.AddEvent(
        Event("Tập huấn tháng 3", EventKind::TrainingCourse, "2026-03-10", "2026-03-11", s.programme.id),
        s.officer);
    const auto june = training.AddEvent(
        Event("Hội thảo tháng 6", EventKind::Workshop, "2026-06-01", "2026-06-01"), s.officer);
    const auto last_year = training.AddEvent(
        Event("Tập huấn 2025", EventKind::TrainingCourse, "2025-12-30", "2026-01-02"), s.officer);
    training.AddAttendance(march.id, {"Nguyễn Văn An", "056123456789", "0101248141"}, s.officer);
    training.AddAttendance(march.id, {"Trần Thị Bình", "", "0101248141-001"}, s.officer);
    training.AddAttendance(march.id, {"Lê Văn Cường", "", ""}, s.officer);
    training.AddAttendance(june.id, {"Nguyễn Văn An", "056123456789", "0101248141"}, s.officer);
    training.AddAttendance(june.id, {"Phạm Thị Dung", "", "0300588569"}, s.officer);
    training.AddAttendance(last_year.id, {"Võ Văn E", "", "0300588569"}, s.officer);

    CHECK(training.PersonTimes({}) == 6);
    CHECK(training.TrainedEnterprises({}) == 3);  // parent, branch and other; Cường has none

    TrainingScope year2026;
    year2026.from = CalendarDate::FromYmd(2026, 1, 1);
    year2026.to = CalendarDate::FromYmd(2026, 12, 31);
    CHECK(training.PersonTimes(year2026) == 5);
    CHECK(training.TrainedEnterprises(year2026) == 3);
    TrainingScope programme;
    programme.programme_id = s.programme.id;
    CHECK(training.PersonTimes(programme) == 3);
    CHECK(training.TrainedEnterprises(programme) == 2);
    TrainingScope courses = year2026;
    courses.kind = EventKind::TrainingCourse;
    CHECK(training.PersonTimes(courses) == 3);

    EventFilter filter;
    filter.year = 2026;
    const auto events = training.ListEvents(filter);
    REQUIRE(events.size() == 2);
    CHECK(events[0].event.id == march.id);
    CHECK(events[0].person_times == 3);
    CHECK(events[0].enterprises == 2);
    CHECK(events[1].event.id == june.id);
    CHECK(events[1].person_times == 2);
    CHECK(training.ListEvents({}).size() == 3);
    filter = {};
    filter.programme_id = s.programme.id;
    CHECK(training.ListEvents(filter).size() == 1);
}

TEST_CASE("Enterprise outcomes are recorded and listed by year, enterprise and kind", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    OutcomeService outcomes(db.Store(), db.Text(), s.clock);
    const auto application = s.Draft(s.parent, 100'000'000, 0);
    auto make = [&](const Enterprise& enterprise, OutcomeKind kind, int year,
                    std::optional<ApplicationId> from) {
        EnterpriseOutcome o;
        o.enterprise_id = enterprise.id;
        o.kind = kind;
        o.year = year;
        o.description = "Áp dụng hệ thống truy xuất nguồn gốc";
        o.recorded_on = CalendarDate::FromYmd(year, 5, 1);
        o.application_id = from;
        return o;
    };
    const auto a =
        outcomes.Add(make(s.parent, OutcomeKind::TechnologyApplied, 2026, application.id), s.officer);
    const auto b = outcomes.Add(make(s.other, OutcomeKind::StandardAdopted, 2026, std::nullopt), s.officer);
    const auto c = outcomes.Add(make(s.other, OutcomeKind::TechnologyApplied, 2025, std::nullopt), s.officer);
    CHECK(a.id > 0);

    auto ids = [&](const OutcomeFilter& filter) {
        std::vector<OutcomeId> found;
        for (const auto& o : outcomes.List(filter)) found.push_back(o.id);
        return found;
    };
    CHECK(ids({}) == std::vector<OutcomeId>{c.id, a.id, b.id});
    OutcomeFilter filter;
    filter.year = 2026;
    CHECK(ids(filter) == std::vector<OutcomeId>{a.id, b.id});
    filter.kind = OutcomeKind::TechnologyApplied;
    CHECK(ids(filter) == std::vector<OutcomeId>{a.id});
    filter = {};
    filter.enterprise_id = s.other.id;
    CHECK(ids(filter) == std::vector<OutcomeId>{c.id, b.id});
    const auto back = outcomes.List({}).at(1);
    CHECK(back.application_id == application.id);
    CHECK(back.description == "Áp dụng hệ thống truy xuất nguồn gốc");
    CHECK(back.recorded_on == CalendarDate::FromYmd(2026, 5, 1));

    CHECK_THROWS_WITH(outcomes.Add(make(s.other, OutcomeKind::NewProduct, 2026, application.id), s.officer),
                      Catch::Contains("belongs to another enterprise"));
    CHECK_THROWS_WITH(outcomes.Add(make(s.other, OutcomeKind::NewProduct, 2026, 9999), s.officer),
                      Catch::Contains("no application 9999"));
    auto future = make(s.other, OutcomeKind::NewProduct, 2026, std::nullopt);
    future.recorded_on = CalendarDate::FromYmd(2026, 6, 16);
    CHECK_THROWS_WITH(outcomes.Add(future, s.officer), Catch::Contains("after today"));
    for (const auto& kind : OutcomeKinds())
        CHECK_NOTHROW(outcomes.Add(make(s.branch, kind.value, 2026, std::nullopt), s.officer));
}
