// The council's workbook: the ranking and the scores sheets, in both languages, typed cells, and
// the written file read back by openpyxl.
#include "test_support.h"
#include "test_tools.h"

#include "reports/council_workbook.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace innodesk;
using namespace innodesk::reports;
using json = nlohmann::json;

namespace {

domain::Review Scored(domain::ApplicationId application, std::string reviewer, int problem, int spillover) {
    domain::Review review;
    review.application_id = application;
    review.reviewer = std::move(reviewer);
    review.scores = {{"problem", problem}, {"spillover", spillover}};
    review.comment = "Khả thi.";
    return review;
}

CouncilWorkbook Workbook() {
    CouncilWorkbook workbook;
    workbook.rubric.criteria = {{"problem", "Vấn đề", "Problem", 3, 10, 6},
                                {"spillover", "Lan tỏa", "Spillover", 1, 10, {}}};
    workbook.rubric.threshold = 70;

    CouncilApplication first;
    first.entry.rank = 1;
    first.entry.application.id = 17;
    first.entry.application.title = "Truy xuất nguồn gốc xoài";
    first.entry.application.state = domain::ApplicationState::UnderReview;
    first.entry.mean = domain::ScorePercent::FromTenths(835);
    first.entry.pass_marks.verdict = domain::PassVerdict::Passes;
    first.entry.counted = 1;
    first.entry.conflicts = 1;
    first.enterprise.tax_code = domain::TaxCode::Parse("0300588569");
    first.enterprise.name = "Công ty TNHH Yến sào Khánh Hòa";
    first.reviews.push_back({Scored(17, "chuyengia.an", 8, 9), domain::ScorePercent::FromTenths(825)});
    domain::Review conflicted;
    conflicted.application_id = 17;
    conflicted.reviewer = "chuyengia.binh";
    conflicted.has_conflict = true;
    conflicted.conflict_note = "Cổ đông của doanh nghiệp";
    first.reviews.push_back({conflicted, std::nullopt});

    CouncilApplication unscored;
    unscored.entry.application.id = 23;
    unscored.entry.application.title = "Chứng nhận ISO 22000";
    unscored.entry.application.state = domain::ApplicationState::UnderReview;
    unscored.entry.pass_marks.verdict = domain::PassVerdict::Pending;
    unscored.enterprise.tax_code = domain::TaxCode::Parse("0101248141");
    unscored.enterprise.name = "Hợp tác xã Nông nghiệp Diên Khánh";

    workbook.applications = {first, unscored};
    return workbook;
}

}  // namespace

TEST_CASE("The council's workbook ranks the applications and lists every review's scores", "[reports]") {
    const auto sheets = CouncilWorkbookSheets(Workbook(), domain::Language::English);
    REQUIRE(sheets.size() == 2);
    const auto& ranking = sheets[0];
    CHECK(ranking.name == "Ranking");
    CHECK(ranking.header == std::vector<std::string>{"Rank", "#", "Tax code", "Enterprise", "Title",
                                                     "Mean score (%)", "Reviews counted", "Conflicts",
                                                     "Pass marks", "State"});
    REQUIRE(ranking.rows.size() == 2);
    const auto& best = ranking.rows[0];
    CHECK(std::get<std::int64_t>(best[0]) == 1);
    CHECK(std::get<std::int64_t>(best[1]) == 17);
    CHECK(std::get<std::string>(best[2]) == "0300588569");  // text: a tax code keeps its leading zero
    CHECK(std::get<interchange::XlsxDecimal>(best[5]).value == Approx(83.5));
    CHECK(std::get<std::int64_t>(best[6]) == 1);
    CHECK(std::get<std::int64_t>(best[7]) == 1);
    CHECK(std::get<std::string>(best[8]) == "Passes");
    // Not yet scored: no rank and no mean, rather than a zero that would read as a score.
    CHECK(std::get<std::string>(ranking.rows[1][0]).empty());
    CHECK(std::get<std::string>(ranking.rows[1][5]).empty());

    const auto& scores = sheets[1];
    CHECK(scores.name == "Scores");
    CHECK(scores.header == std::vector<std::string>{"#", "Enterprise", "Reviewer", "Conflict of interest",
                                                    "Problem (×3, /10, ≥ 6)", "Spillover (×1, /10)",
                                                    "Weighted score (%)", "Comment"});
    REQUIRE(scores.rows.size() == 2);  // the unscored application has no review yet
    CHECK(std::get<std::string>(scores.rows[0][3]) == "None declared");
    CHECK(std::get<std::int64_t>(scores.rows[0][4]) == 8);
    CHECK(std::get<std::int64_t>(scores.rows[0][5]) == 9);
    CHECK(std::get<interchange::XlsxDecimal>(scores.rows[0][6]).value == Approx(82.5));
    CHECK(std::get<std::string>(scores.rows[1][3]) == "Conflict: Cổ đông của doanh nghiệp");
    CHECK(std::get<std::string>(scores.rows[1][4]).empty());
}

TEST_CASE("The council's workbook in Vietnamese", "[reports]") {
    const auto sheets = CouncilWorkbookSheets(Workbook(), domain::Language::Vietnamese);
    CHECK(sheets[0].name == "Xếp hạng");
    CHECK(sheets[0].header.front() == "Hạng");
    CHECK(std::get<std::string>(sheets[0].rows[0][8]) == "Đạt");
    CHECK(sheets[1].name == "Điểm");
    CHECK(sheets[1].header[4] == "Vấn đề (×3, /10, ≥ 6)");
    CHECK(std::get<std::string>(sheets[1].rows[0][3]) == "Không khai báo");
    CHECK(std::get<std::string>(sheets[1].rows[1][3]) == "Xung đột: Cổ đông của doanh nghiệp");
}

TEST_CASE("The council's workbook reads back in a spreadsheet with typed cells", "[reports]") {
    test::TemporaryFolder folder;
    WriteCouncilWorkbook(Workbook(), domain::Language::English, folder / "hoi-dong.xlsx");
    const auto result =
        test::RunTool(innodesk::testing::RequireTool(innodesk::testing::Tool::Python3WithOpenpyxl),
                      {INNODESK_READ_XLSX_SCRIPT, (folder / "hoi-dong.xlsx").string()});
    INFO(result.out);
    REQUIRE(result.exit_code == 0);
    const auto cells = json::parse(result.out).at("cells");
    CHECK(cells.at("A1").at("value") == "Rank");
    CHECK(cells.at("A2").at("value") == 1);
    CHECK(cells.at("A2").at("type") == "n");
    CHECK(cells.at("C2").at("value") == "0300588569");
    CHECK(cells.at("F2").at("value") == 83.5);
    CHECK(cells.at("E3").at("value") == "Chứng nhận ISO 22000");
}
