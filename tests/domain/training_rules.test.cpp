// Training rules: event dates, the personal ID, and who counts as the same person at an event
// (person-times: one person attending one course counts once); enterprise outcome rules.
#include "domain/outcome.h"
#include "domain/training.h"
#include "text/icu_text_rules.h"

#include <catch2/catch.hpp>

using namespace innodesk::domain;

TEST_CASE("An event needs a title and ends on or after its start", "[domain]") {
    const innodesk::text::IcuTextRules text;
    TrainingEvent event;
    event.title = " Tập huấn  sở hữu trí tuệ ";
    event.starts_on = CalendarDate::FromYmd(2026, 3, 10);
    event.ends_on = event.starts_on;
    CHECK(NormaliseEvent(event, text).title == "Tập huấn sở hữu trí tuệ");
    event.ends_on = CalendarDate::FromYmd(2026, 3, 9);
    try {
        NormaliseEvent(event, text);
        FAIL("an end before the start was accepted");
    } catch (const DomainError& error) {
        CHECK(error.Field() == "ends_on");
        CHECK(error.Message(Language::English) ==
              "The end date 09/03/2026 is before the start date 10/03/2026.");
        CHECK(error.Message(Language::Vietnamese) ==
              "Ngày kết thúc 09/03/2026 trước ngày bắt đầu 10/03/2026.");
    }
    event.ends_on = event.starts_on;
    event.title = "";
    CHECK_THROWS_WITH(NormaliseEvent(event, text),
                      Catch::Contains("title of the course or event is required"));
}

TEST_CASE("Event kinds parse from codes and labels", "[domain]") {
    CHECK(ParseEnum(EventKinds(), "workshop", "kind", "Loại", "Kind") == EventKind::Workshop);
    CHECK(ParseEnum(EventKinds(), "Hội thảo", "kind", "Loại", "Kind") == EventKind::Workshop);
    CHECK(ParseEnum(EventKinds(), "Training course", "kind", "Loại", "Kind") == EventKind::TrainingCourse);
}

TEST_CASE("A personal ID is 12 digits opening with a province code", "[domain]") {
    CHECK(ParsePersonalId("056123456789") == "056123456789");
    CHECK(ParsePersonalId("056 123.456 789") == "056123456789");
    CHECK_THROWS_WITH(ParsePersonalId("05612345678"), Catch::Contains("needs exactly 12 digits"));
    CHECK_THROWS_WITH(ParsePersonalId("05612345678x"), Catch::Contains("needs exactly 12 digits"));
    try {
        ParsePersonalId("999123456789", "CCCD");
        FAIL("an unknown province was accepted");
    } catch (const DomainError& error) {
        CHECK(error.Code() == ErrorCode::InvalidValue);
        CHECK(error.Field() == "CCCD");
        CHECK(error.Message(Language::Vietnamese) ==
              "Số định danh cá nhân '999123456789' không hợp lệ: 3 chữ số đầu 999 không phải mã tỉnh nơi "
              "đăng ký khai sinh.");
    }
}

TEST_CASE("The person key identifies one person at one event", "[domain]") {
    const innodesk::text::IcuTextRules text;
    const auto key = [&](const char* name, std::optional<std::string> id, const char* tax_code) {
        return PersonKey(id, text.SearchFold(text.Clean(name, "name")), tax_code);
    };
    SECTION("the personal ID decides when given, whatever the spelling of the name") {
        CHECK(key("Nguyễn Văn An", "056123456789", "0101248141") == "id:056123456789");
        CHECK(key("Nguyễn Văn An", "056123456789", "0101248141") == key("NGUYEN VAN AN", "056123456789", ""));
        CHECK(key("Nguyễn Văn An", "056123456789", "") != key("Nguyễn Văn An", "079123456789", ""));
    }
    SECTION("otherwise the folded name with the enterprise's tax code") {
        CHECK(key("Trần Thị Bình", std::nullopt, "0300588569") == "name:tran thi binh|0300588569");
        // Case, diacritics, tone placement and spacing do not make another person.
        CHECK(key("Trần Thị Bình", std::nullopt, "0300588569") ==
              key("  TRAN  thi binh ", std::nullopt, "0300588569"));
        CHECK(key("Nguyễn Thị Thủy", std::nullopt, "") == key("Nguyễn Thị Thuỷ", std::nullopt, ""));
        // The same name at another enterprise is another person.
        CHECK(key("Trần Thị Bình", std::nullopt, "0300588569") !=
              key("Trần Thị Bình", std::nullopt, "0101248141"));
        CHECK(key("Trần Thị Bình", std::nullopt, "") == "name:tran thi binh|");
    }
    SECTION("an ID and a name never collide") {
        CHECK(key("056123456789", std::nullopt, "") != key("x", "056123456789", ""));
    }
}

TEST_CASE("An outcome needs a description and a plausible year", "[domain]") {
    const innodesk::text::IcuTextRules text;
    EnterpriseOutcome outcome;
    outcome.enterprise_id = 1;
    outcome.kind = OutcomeKind::StandardAdopted;
    outcome.description = " Áp dụng  ISO 22000 ";
    outcome.year = 2026;
    CHECK(NormaliseOutcome(outcome, text).description == "Áp dụng ISO 22000");
    outcome.year = 1999;
    CHECK_THROWS_WITH(NormaliseOutcome(outcome, text), Catch::Contains("Year 1999 is not valid"));
    outcome.year = 2026;
    outcome.description = "";
    CHECK_THROWS_WITH(NormaliseOutcome(outcome, text), Catch::Contains("Describe the outcome"));
    CHECK(ParseEnum(OutcomeKinds(), "in_depth_consulting", "kind", "Loại", "Kind") ==
          OutcomeKind::InDepthConsulting);
    CHECK(ParseEnum(OutcomeKinds(), "Được tư vấn chuyên sâu", "kind", "Loại", "Kind") ==
          OutcomeKind::InDepthConsulting);
}
