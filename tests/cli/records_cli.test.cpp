// innodesk-cli review, ip, training and outcome commands end to end: exit codes, both languages,
// JSON output and the attendance import's error report.
#include "cli_fixture.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

using namespace innodesk::testing;

namespace {

// A database with a programme, two enterprises and two applications under review, all entered by
// the officer. Dates are in 2025 so that no "not after today" rule depends on when the tests run.
void Prepare(const CliDatabase& db) {
    db.Ok(kOfficer, {"programme", "add", "--code", "KH-DMST", "--name", "Chương trình ĐMST", "--start",
                     "2025", "--end", "2030"});
    db.Ok(kOfficer, {"enterprise", "add", "--tax-code", "0300588569", "--name", "Công ty TNHH Yến Sào",
                     "--province", "Khánh Hòa"});
    db.Ok(kOfficer, {"enterprise", "add", "--tax-code", "0101248141", "--name", "Công ty Thủy sản",
                     "--province", "Khánh Hòa"});
    for (const char* tax_code : {"0300588569", "0101248141"}) {
        const auto created = nlohmann::json::parse(
            db.Ok(kOfficer, {"--json", "application", "create", "--enterprise", tax_code, "--programme",
                             "KH-DMST", "--year", "2025", "--content", "consulting", "--title",
                             "Thuê tư vấn ISO 22000", "--requested", "100.000.000"})
                .out);
        const std::string id = std::to_string(created["id"].get<long long>());
        db.Ok(kOfficer, {"application", "submit", id});
        db.Ok(kOfficer, {"application", "review", id});
    }
}

std::vector<std::string> Scores(int first, int rest) {
    std::vector<std::string> arguments;
    bool is_first = true;
    for (const char* code :
         {"problem", "spillover", "outputs", "participation", "technology", "commercialisation",
          "cross_sector", "feasibility", "no_duplication", "priority"}) {
        arguments.push_back("--score");
        arguments.push_back(std::string(code) + "=" + std::to_string(is_first ? first : rest));
        is_first = false;
    }
    return arguments;
}

}  // namespace

TEST_CASE("review: declare, score, show, ranking and rubric", "[cli]") {
    TempFolder folder;
    const CliDatabase db(folder);
    Prepare(db);

    const auto early = db.Run(kOfficer, Joined({"review", "score", "1"}, Scores(8, 8)));
    CHECK(early.exit_code == 1);
    CHECK_THAT(early.err, Catch::Contains("Declare first") && Catch::Contains("[invalid_transition]"));

    db.Ok(kOfficer, {"review", "declare", "1"});
    db.Ok(kSecondOfficer, {"review", "declare", "1", "--conflict", "--note", "Người nhà"});
    const auto barred = db.Run(kSecondOfficer, Joined({"review", "score", "1"}, Scores(8, 8)), "vi");
    CHECK(barred.exit_code == 1);
    CHECK_THAT(barred.err,
               Catch::Contains("không được chấm hồ sơ này") && Catch::Contains("[permission_denied]"));

    db.Ok(kOfficer, Joined({"review", "score", "1", "--comment", "Khả thi"}, Scores(10, 7)));
    db.Ok(kOfficer, {"review", "declare", "2"});
    db.Ok(kOfficer, Joined({"review", "score", "2"}, Scores(2, 7)));

    const auto shown = nlohmann::json::parse(db.Ok(kViewer, {"--json", "review", "show", "1"}).out);
    CHECK(shown["mean_score"] == 73.0);
    CHECK(shown["counted"] == 1);
    CHECK(shown["conflicts"] == 1);
    REQUIRE(shown["reviews"].size() == 2);
    CHECK(shown["reviews"][0]["scores"]["problem"] == 10);
    CHECK(shown["reviews"][0]["weighted_score"] == 73.0);
    CHECK(shown["reviews"][1]["weighted_score"].is_null());
    // The reviewer is whoever signed in; nobody else can be named.
    CHECK(shown["reviews"][0]["reviewer"] == kOfficer);
    CHECK(shown["reviews"][1]["reviewer"] == kSecondOfficer);
    CHECK(db.Run(kOfficer, {"review", "declare", "1", "--reviewer", "binh"}).exit_code == 2);
    const auto viewer = db.Run(kViewer, {"review", "declare", "2"});
    CHECK(viewer.exit_code == 1);
    CHECK_THAT(viewer.err, Catch::Contains("[permission_denied]"));
    CHECK_THAT(db.Run(kViewer, {"review", "show", "1"}, "vi").out, Catch::Contains("73,0%"));

    // Naming the council of application 2: the two who declared stay in it; a third officer who
    // is not named cannot declare; the viewer cannot name anyone.
    const auto council = nlohmann::json::parse(
        db.Ok(kOfficer, {"--json", "review", "assign", "2", "--reviewer", kSecondOfficer}).out);
    REQUIRE(council.size() == 2);
    CHECK(db.Run(kViewer, {"review", "assign", "2", "--reviewer", kOfficer}).exit_code == 1);
    CHECK_THAT(db.Ok(kViewer, {"review", "show", "2"}).out,
               Catch::Contains("assigned to") && Catch::Contains(kSecondOfficer));
    const auto unknown = db.Run(kOfficer, {"review", "assign", "2", "--reviewer", "khong.co"}, "vi");
    CHECK(unknown.exit_code == 1);
    CHECK_THAT(unknown.err, Catch::Contains("khong.co") && Catch::Contains("[not_found]"));
    CHECK_THAT(db.Run(kOfficer, {"review", "unassign", "2", "--reviewer", kOfficer}).err,
               Catch::Contains("already declared"));
    const auto withdrawn = nlohmann::json::parse(
        db.Ok(kOfficer, {"--json", "review", "unassign", "2", "--reviewer", kSecondOfficer}).out);
    CHECK(withdrawn.size() == 1);
    CHECK_THAT(db.Run(kSecondOfficer, {"review", "declare", "2"}).err,
               Catch::Contains("is not, so they cannot") && Catch::Contains("[permission_denied]"));

    const auto ranking = nlohmann::json::parse(
        db.Ok(kViewer, {"--json", "review", "ranking", "--programme", "KH-DMST", "--year", "2025"}).out);
    REQUIRE(ranking.size() == 2);
    CHECK(ranking[0]["application_id"] == 1);
    CHECK(ranking[0]["rank"] == 1);
    CHECK(ranking[1]["mean_score"] == 65.0);

    const auto rubric =
        nlohmann::json::parse(db.Ok(kViewer, {"--json", "review", "rubric", "--programme", "KH-DMST"}).out);
    CHECK(rubric["is_default"] == false);
    CHECK(rubric["criteria"].size() == 10);

    CHECK(db.Run(kOfficer, {"review", "score", "1", "--score", "problem"}).exit_code == 2);
    CHECK(db.Run(kOfficer, {"review", "score", "1", "--score", "problem=abc"}).exit_code == 2);
    const auto out_of_range = db.Run(kOfficer, Joined({"review", "score", "1"}, Scores(11, 7)));
    CHECK(out_of_range.exit_code == 1);
    CHECK_THAT(out_of_range.err, Catch::Contains("from 0 to 10, it is 11"));
}

TEST_CASE("ip: add, update to grant, mark exploited, list", "[cli]") {
    TempFolder folder;
    const CliDatabase db(folder);
    Prepare(db);
    const auto added = nlohmann::json::parse(
        db.Ok(kOfficer,
              {"--json", "ip", "add", "--enterprise", "0300588569", "--type", "patent", "--route", "domestic",
               "--title", "Quy trình chế biến yến", "--filed", "10/01/2025", "--supported", "5.000.000"})
            .out);
    CHECK(added["country"] == "VN");
    CHECK(added["status"] == "filed");
    CHECK(added["supported_amount"] == 5000000);
    const std::string id = std::to_string(added["id"].get<long long>());

    const auto madrid = db.Run(kOfficer, {"ip", "add", "--enterprise", "0300588569", "--type", "patent",
                                          "--route", "madrid", "--title", "x", "--filed", "10/01/2025"});
    CHECK(madrid.exit_code == 1);
    CHECK_THAT(madrid.err, Catch::Contains("Madrid is for trademarks"));
    CHECK(db.Run(kOfficer, {"ip", "add", "--enterprise", "0300588569", "--type", "trademark", "--route",
                            "national_office", "--title", "x", "--filed", "10/01/2025"})
              .exit_code == 1);

    const auto skipped =
        db.Run(kOfficer, {"ip", "update", id, "--status", "granted", "--date", "01/03/2025"});
    CHECK(skipped.exit_code == 1);
    CHECK_THAT(skipped.err, Catch::Contains("[invalid_transition]"));
    CHECK(db.Run(kOfficer, {"ip", "exploited", id}).exit_code == 1);
    db.Ok(kOfficer, {"ip", "update", id, "--status", "formality_accepted", "--date", "01/03/2025", "--number",
                     "1-2025-00077"});
    db.Ok(kOfficer, {"ip", "update", id, "--status", "published", "--date", "01/05/2025"});
    db.Ok(kOfficer, {"ip", "update", id, "--status", "granted", "--date", "01/10/2025", "--note",
                     "Bằng độc quyền sáng chế"});
    db.Ok(kOfficer, {"ip", "exploited", id});

    const auto shown = nlohmann::json::parse(db.Ok(kViewer, {"--json", "ip", "show", id}).out);
    CHECK(shown["status"] == "granted");
    CHECK(shown["application_number"] == "1-2025-00077");
    CHECK(shown["commercially_exploited"] == true);
    CHECK(shown["history"].size() == 5);

    const auto granted =
        nlohmann::json::parse(db.Ok(kViewer, {"--json", "ip", "list", "--status", "granted"}).out);
    CHECK(granted.size() == 1);
    CHECK(nlohmann::json::parse(db.Ok(kViewer, {"--json", "ip", "list", "--type", "trademark"}).out).empty());
    CHECK(nlohmann::json::parse(db.Ok(kViewer, {"--json", "ip", "list", "--enterprise", "0101248141"}).out)
              .empty());
}

TEST_CASE("training: events, attendance, the sheet import and person-times, and outcomes", "[cli]") {
    TempFolder folder;
    const CliDatabase db(folder);
    Prepare(db);
    const auto event =
        nlohmann::json::parse(db.Ok(kOfficer, {"--json", "training", "add-event", "--title", "Tập huấn SHTT",
                                               "--kind", "training_course", "--start", "10/03/2025", "--end",
                                               "11/03/2025", "--programme", "KH-DMST"})
                                  .out);
    const std::string id = std::to_string(event["id"].get<long long>());
    CHECK(db.Run(kOfficer, {"training", "add-event", "--title", "x", "--kind", "workshop", "--start",
                            "10/03/2025", "--end", "09/03/2025"})
              .exit_code == 1);

    db.Ok(kOfficer, {"training", "add-attendance", id, "--name", "Nguyễn Văn An", "--personal-id",
                     "056123456789", "--enterprise", "0300588569"});
    const auto again = db.Run(kOfficer, {"training", "add-attendance", id, "--name", "Nguyen Van An",
                                         "--personal-id", "056123456789"});
    CHECK(again.exit_code == 1);
    CHECK_THAT(again.err, Catch::Contains("[duplicate]") && Catch::Contains("Tập huấn SHTT"));

    const auto sheet = folder / "attendance.csv";
    {
        std::ofstream file(sheet, std::ios::binary);
        file << "STT,Họ và tên,Số định danh,Mã số thuế\r\n"
                "1,Trần Thị Bình,,0101248141\r\n"
                "2,Lê Văn Cường,,0312345673\r\n"
                "3,Phạm Thị Dung,079123456789,\r\n";
    }
    const auto errors = folder / "errors.csv";
    const auto imported = db.Run(kOfficer, {"training", "import-attendance", id, sheet, "--errors", errors});
    CHECK(imported.exit_code == 1);
    CHECK_THAT(imported.out, Catch::Contains("recorded: 2") && Catch::Contains("failed: 1"));
    std::ifstream report(errors);
    std::vector<std::string> lines;
    for (std::string line; std::getline(report, line);) lines.push_back(line);
    REQUIRE(lines.size() == 2);
    CHECK_THAT(lines[1], Catch::StartsWith("3,Mã số thuế,0312345673,not_found,"));

    const auto list =
        nlohmann::json::parse(db.Ok(kViewer, {"--json", "training", "list", "--year", "2025"}).out);
    CHECK(list["person_times"] == 3);
    CHECK(list["enterprises"] == 2);
    REQUIRE(list["events"].size() == 1);
    CHECK(list["events"][0]["person_times"] == 3);
    CHECK_THAT(db.Run(kViewer, {"training", "list"}, "vi").out, Catch::Contains("3 lượt người"));

    db.Ok(kOfficer,
          {"outcome", "add", "--enterprise", "0300588569", "--kind", "standard_adopted", "--year", "2025",
           "--description", "Áp dụng ISO 22000", "--application", "1", "--date", "01/06/2025"});
    const auto wrong =
        db.Run(kOfficer, {"outcome", "add", "--enterprise", "0101248141", "--kind", "new_product", "--year",
                          "2025", "--description", "x", "--application", "1"});
    CHECK(wrong.exit_code == 1);
    CHECK_THAT(wrong.err, Catch::Contains("belongs to another enterprise"));
    const auto outcomes =
        nlohmann::json::parse(db.Ok(kViewer, {"--json", "outcome", "list", "--year", "2025"}).out);
    REQUIRE(outcomes.size() == 1);
    CHECK(outcomes[0]["kind"] == "standard_adopted");
    CHECK(outcomes[0]["recorded_on"] == "2025-06-01");
}
