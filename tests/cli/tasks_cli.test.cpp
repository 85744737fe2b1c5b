// innodesk-cli task … and organisation … end to end: a provincial task proposed, awarded by
// ordering, contracted with co-funding and outputs, paid in tranches, its milestones reported, its
// acceptance recorded and issued by a decision signed with the test PKI, transferred and followed
// in use; and the refusals (a step out of order, acceptance with a milestone open, tranches over
// the budget, a viewer trying to record). Dates are in 2025 so that no "not after today" rule
// depends on when the tests run.
#include "cli_fixture.h"
#include "cli_pki.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace innodesk::testing;

namespace {

constexpr const char* kCode = "ĐTCT.2025.03";

// An enterprise, an organisation, a programme with a 2025 envelope, the trust store and the
// approvers' certificates; returns the envelope's id.
std::string Prepare(const CliDatabase& db) {
    TrustAndEnrol(db);
    db.Ok(kOfficer, {"enterprise", "add", "--tax-code", "0300588569", "--name", "Công ty TNHH Yến Sào",
                     "--province", "Khánh Hòa"});
    db.Ok(kOfficer, {"programme", "add", "--code", "KH-DMST", "--name", "Chương trình ĐMST", "--start",
                     "2025", "--end", "2030"});
    db.Ok(kOfficer, {"programme", "add-budget", "--programme", "KH-DMST", "--year", "2025", "--content",
                     "other_innovation", "--amount", "2.000.000.000"});
    db.Ok(kOfficer, {"organisation", "add", "--name", "Viện Nghiên cứu và Ứng dụng công nghệ Nha Trang",
                     "--kind", "research_institute", "--contact", "TS. Trần Văn Bình, 0258 3822 111"});
    const auto budget =
        nlohmann::json::parse(db.Ok(kViewer, {"--json", "programme", "budget", "KH-DMST"}).out);
    REQUIRE(budget.size() == 1);
    return std::to_string(budget[0]["id"].get<long long>());
}

std::vector<std::string> Proposal(const std::string& code) {
    return {"--json",
            "task",
            "propose",
            "--code",
            code,
            "--title",
            "Ứng dụng chế phẩm vi sinh trong nuôi tôm hùm lồng tại vịnh Cam Ranh",
            "--level",
            "provincial",
            "--award",
            "ordering",
            "--year",
            "2025",
            "--programme",
            "KH-DMST",
            "--plan",
            "003/KH-UBND",
            "--plan-line",
            "Dòng 2",
            "--lead-enterprise",
            "0300588569",
            "--pi",
            "ThS. Nguyễn Thị Hoa",
            "--ordering-unit",
            "Sở Nông nghiệp và Môi trường",
            "--applying-unit",
            "HTX Thủy sản Cam Thành Bắc",
            "--budget",
            "600.000.000",
            "--co-funding",
            "Công ty TNHH Yến Sào, vốn tự có=250.000.000",
            "--co-funding",
            "HTX Thủy sản Cam Thành Bắc=50.000.000",
            "--output",
            "product:2:Chế phẩm vi sinh xử lý nước lồng nuôi:HTX Thủy sản Cam Thành Bắc",
            "--output",
            "process:1:Quy trình nuôi tôm hùm dùng chế phẩm",
            "--follow-up-years",
            "3",
            "--proposed-on",
            "05/01/2025"};
}

nlohmann::json Shown(const CliDatabase& db, const std::string& task) {
    return nlohmann::json::parse(db.Ok(kViewer, {"--json", "task", "show", task}).out);
}

// Refused with exit 1, the reason's words and code on stderr.
void RequireRefused(const CliDatabase& db, const std::string& user, const std::vector<std::string>& arguments,
                    const std::vector<std::string>& reasons) {
    const auto result = db.Run(user, arguments);
    INFO(result.err << result.out);
    CHECK(result.exit_code == 1);
    for (const auto& reason : reasons) CHECK_THAT(result.err, Catch::Contains(reason));
}

}  // namespace

TEST_CASE("A provincial task goes from proposal to use after acceptance through innodesk-cli",
          "[cli][tasks]") {
    TempFolder folder;
    const CliDatabase db(folder);
    const std::string envelope = Prepare(db);

    const auto proposed = nlohmann::json::parse(db.Ok(kOfficer, Proposal(kCode)).out);
    CHECK(proposed["state"] == "proposed");
    CHECK(proposed["award_mode"] == "ordering");
    CHECK(proposed["co_funding_total"] == 300'000'000);
    const std::string id = std::to_string(proposed["id"].get<long long>());

    db.Ok(kOfficer,
          {"task", "award", kCode, "--date", "10/02/2025", "--note", "Quyết định đặt hàng 45/QĐ-UBND"});
    db.Ok(kOfficer, {"task", "contract", id, "--number", "05/2025/HĐ-KHCN", "--signed-on", "01/03/2025",
                     "--starts-on", "01/03/2025", "--ends-on", "30/11/2025", "--envelope", envelope});
    db.Ok(kOfficer, {"task", "start", id, "--date", "05/03/2025"});
    db.Ok(kOfficer, {"task", "extend", id, "--ends-on", "15/12/2025", "--reason", "Mùa mưa bão đến sớm",
                     "--document", "Công văn 812/SKHCN"});

    db.Ok(kOfficer, {"task", "tranche", "plan", id, "--amount", "360.000.000", "--due", "15/03/2025"});
    db.Ok(kOfficer, {"task", "tranche", "plan", id, "--amount", "240.000.000", "--due", "30/09/2025"});
    db.Ok(kOfficer, {"task", "milestone", "add", id, "--content", "Thả nuôi thử nghiệm 20 lồng", "--product",
                     "Báo cáo thả nuôi", "--due", "30/06/2025"});
    db.Ok(kOfficer, {"task", "milestone", "add", id, "--content", "Hoàn thiện quy trình", "--product",
                     "Quy trình được hội đồng thông qua", "--due", "31/10/2025"});

    // The council cannot be recorded while a milestone is unreported and a tranche unpaid.
    RequireRefused(db, kOfficer,
                   {"task", "accept", id, "--council", "Hội đồng KH&CN cấp tỉnh", "--date", "10/12/2025",
                    "--result", "passed", "--minutes", "12/BB-HĐNT"},
                   {"milestone"});

    db.Ok(kOfficer, {"task", "tranche", "pay", id, "--number", "1", "--date", "20/03/2025", "--reference",
                     "UNC 1021/KBNN"});
    db.Ok(kOfficer, {"task", "tranche", "pay", id, "--number", "2", "--date", "02/10/2025", "--reference",
                     "UNC 2277/KBNN"});
    db.Ok(kOfficer, {"task", "milestone", "report", id, "--position", "1", "--date", "07/07/2025",
                     "--evidence", "Báo cáo 33/BC-VNC"});
    db.Ok(kOfficer, {"task", "milestone", "report", id, "--position", "2", "--date", "28/10/2025",
                     "--evidence", "Biên bản kiểm tra 51/BB"});
    db.Ok(kOfficer, {"task", "accept", id, "--council", "Hội đồng KH&CN cấp tỉnh (QĐ 88/QĐ-SKHCN)", "--date",
                     "10/12/2025", "--result", "passed", "--minutes", "12/BB-HĐNT"});

    const auto drafted = nlohmann::json::parse(
        db.Ok(kOfficer, {"--json", "task", "decision", "draft", "--task", kCode, "--number", "310/QĐ-SKHCN",
                         "--date", "15/12/2025", "--legal-basis", "Thông tư 02/2023/TT-BKHCN",
                         "--signer-name", "Phó Giám đốc Lê Thị Châu"})
            .out);
    CHECK(drafted["kind"] == "task_acceptance");
    CHECK(drafted["items"].empty());
    const std::string decision = std::to_string(drafted["id"].get<long long>());
    CHECK(Shown(db, id)["state"] == "in_progress");  // nothing changes before the signature
    const auto signed_ =
        db.Ok(kApprover, Joined({"decision", "sign", decision}, P12Options(SharedTestPki().signer)));
    CHECK_THAT(signed_.out, Catch::Contains("310/QĐ-SKHCN") && Catch::Contains("[valid]"));
    CHECK(Shown(db, id)["state"] == "accepted");

    db.Ok(kOfficer, {"task", "transfer", id, "--date", "22/12/2025", "--receiving-unit",
                     "HTX Thủy sản Cam Thành Bắc", "--document", "BB 07/BG-SKHCN"});
    db.Ok(kOfficer, {"task", "use", id, "--date", "30/12/2025", "--place", "12 hộ nuôi tại xã Cam Lập",
                     "--since", "23/12/2025", "--evidence", "Xác nhận của UBND xã Cam Lập"});

    const auto application = nlohmann::json::parse(
        db.Ok(kOfficer, {"--json", "application", "create", "--enterprise", "0300588569", "--programme",
                         "KH-DMST", "--year", "2025", "--content", "other_innovation", "--title",
                         "Hỗ trợ thương mại hóa chế phẩm", "--requested", "50.000.000"})
            .out);
    const long long application_id = application["id"].get<long long>();
    db.Ok(kOfficer, {"task", "link", id, "--application", std::to_string(application_id)});

    const auto shown = Shown(db, kCode);
    INFO(shown.dump(2));
    CHECK(shown["state"] == "applied");
    CHECK(shown["code"] == kCode);
    CHECK(shown["lead_name"] == "Công ty TNHH Yến Sào");
    CHECK(shown["contract_number"] == "05/2025/HĐ-KHCN");
    CHECK(shown["ends_on"] == "2025-12-15");
    REQUIRE(shown["extensions"].size() == 1);
    CHECK(shown["extensions"][0]["from_end"] == "2025-11-30");
    REQUIRE(shown["co_funding"].size() == 2);
    CHECK(shown["co_funding"][0]["source"] == "Công ty TNHH Yến Sào, vốn tự có");
    CHECK(shown["co_funding"][0]["amount"] == 250'000'000);
    REQUIRE(shown["outputs"].size() == 2);
    CHECK(shown["outputs"][0]["kind"] == "product");
    CHECK(shown["outputs"][0]["quantity"] == 2);
    CHECK(shown["outputs"][0]["applying_user"] == "HTX Thủy sản Cam Thành Bắc");
    CHECK(shown["outputs"][1]["applying_user"] == "");
    REQUIRE(shown["milestones"].size() == 2);
    CHECK(shown["milestones"][0]["status"] == "reported");
    CHECK(shown["milestones"][0]["late"] == true);  // reported on 07/07, due 30/06
    CHECK(shown["milestones"][1]["late"] == false);
    REQUIRE(shown["tranches"].size() == 2);
    CHECK(shown["tranches"][1]["status"] == "paid");
    CHECK(shown["tranches"][1]["reference"] == "UNC 2277/KBNN");
    CHECK(shown["paid"] == 600'000'000);
    CHECK(shown["acceptance"]["result"] == "passed");
    CHECK(shown["acceptance"]["decision_id"] == drafted["id"]);
    CHECK(shown["transfer"]["receiving_unit"] == "HTX Thủy sản Cam Thành Bắc");
    REQUIRE(shown["uses"].size() == 1);
    CHECK(shown["uses"][0]["since"] == "2025-12-23");
    CHECK(shown["applications"] == nlohmann::json::array({application_id}));
    std::vector<std::string> steps;
    for (const auto& step : shown["history"]) steps.push_back(step["to"].get<std::string>());
    CHECK(steps == std::vector<std::string>{"proposed", "awarded", "contracted", "in_progress", "accepted",
                                            "transferred", "applied"});

    // The list narrows by award mode, state and lead, and the text speaks Vietnamese.
    const auto listed = nlohmann::json::parse(db.Ok(kViewer, {"--json", "task", "list", "--award", "ordering",
                                                              "--state", "applied", "--lead", "0300588569"})
                                                  .out);
    REQUIRE(listed.size() == 1);
    CHECK(listed[0]["paid"] == 600'000'000);
    CHECK(nlohmann::json::parse(db.Ok(kViewer, {"--json", "task", "list", "--award", "selection"}).out)
              .empty());
    const auto vietnamese = db.Run(kViewer, {"task", "show", id}, "vi");
    CHECK(vietnamese.exit_code == 0);
    CHECK_THAT(vietnamese.out, Catch::Contains("Đang ứng dụng, theo dõi") && Catch::Contains("Đặt hàng") &&
                                   Catch::Contains("Đã cấp: 600.000.000"));
}

TEST_CASE("Task steps out of order, over the budget or by a viewer are refused and change nothing",
          "[cli][tasks]") {
    TempFolder folder;
    const CliDatabase db(folder);
    const std::string envelope = Prepare(db);
    const std::string id =
        std::to_string(nlohmann::json::parse(db.Ok(kOfficer, Proposal(kCode)).out)["id"].get<long long>());

    SECTION("a step out of order") {
        RequireRefused(db, kOfficer, {"task", "start", id, "--date", "05/03/2025"}, {"[invalid_transition]"});
        RequireRefused(db, kOfficer,
                       {"task", "transfer", id, "--date", "22/12/2025", "--receiving-unit", "HTX",
                        "--document", "BB 07"},
                       {"[invalid_transition]"});
        CHECK(Shown(db, id)["state"] == "proposed");
        CHECK(Shown(db, id)["history"].size() == 1);
    }
    SECTION("acceptance with a milestone open, then an acceptance decision while it is open") {
        db.Ok(kOfficer, {"task", "award", id, "--date", "10/02/2025"});
        db.Ok(kOfficer, {"task", "contract", id, "--number", "05/2025/HĐ-KHCN", "--signed-on", "01/03/2025",
                         "--starts-on", "01/03/2025", "--ends-on", "30/11/2025", "--envelope", envelope});
        db.Ok(kOfficer, {"task", "start", id, "--date", "05/03/2025"});
        db.Ok(kOfficer,
              {"task", "milestone", "add", id, "--content", "Thả nuôi thử nghiệm", "--due", "30/06/2025"});
        RequireRefused(db, kOfficer,
                       {"task", "accept", id, "--council", "Hội đồng KH&CN", "--date", "10/12/2025",
                        "--result", "passed", "--minutes", "12/BB-HĐNT"},
                       {"milestone"});
        CHECK(Shown(db, id)["acceptance"].is_null());
        RequireRefused(
            db, kOfficer,
            {"task", "decision", "draft", "--task", id, "--number", "310/QĐ-SKHCN", "--date", "15/12/2025"},
            {});
        CHECK(nlohmann::json::parse(db.Ok(kViewer, {"--json", "decision", "list"}).out).empty());
    }
    SECTION("tranches over the contracted budget") {
        db.Ok(kOfficer, {"task", "award", id, "--date", "10/02/2025"});
        db.Ok(kOfficer, {"task", "contract", id, "--number", "05/2025/HĐ-KHCN", "--signed-on", "01/03/2025",
                         "--starts-on", "01/03/2025", "--ends-on", "30/11/2025", "--envelope", envelope});
        db.Ok(kOfficer, {"task", "tranche", "plan", id, "--amount", "400.000.000", "--due", "15/03/2025"});
        RequireRefused(db, kOfficer,
                       {"task", "tranche", "plan", id, "--amount", "200.000.001", "--due", "30/09/2025"},
                       {"600.000.000"});
        CHECK(Shown(db, id)["tranches"].size() == 1);
        db.Ok(kOfficer, {"task", "tranche", "plan", id, "--amount", "200.000.000", "--due", "30/09/2025"});
        CHECK(Shown(db, id)["planned"] == 600'000'000);
    }
    SECTION("a viewer reads but records nothing") {
        RequireRefused(db, kViewer, {"task", "award", id, "--date", "10/02/2025"}, {"[permission_denied]"});
        RequireRefused(db, kViewer, Proposal("ĐTCT.2025.99"), {"[permission_denied]"});
        RequireRefused(db, kViewer, {"organisation", "add", "--name", "Trường Đại học Nha Trang"},
                       {"[permission_denied]"});
        CHECK(Shown(db, id)["state"] == "proposed");
        CHECK(nlohmann::json::parse(db.Ok(kViewer, {"--json", "task", "list"}).out).size() == 1);
    }
    SECTION("options the CLI cannot read are refused naming the option") {
        RequireRefused(db, kOfficer, Joined(Proposal("ĐTCT.2025.04"), {"--output", "product:two:Chế phẩm"}),
                       {"--output", "two"});
        RequireRefused(db, kOfficer, Joined(Proposal("ĐTCT.2025.05"), {"--co-funding", "300.000.000"}),
                       {"SOURCE=AMOUNT"});
        RequireRefused(db, kOfficer, {"task", "show", "ĐTCT.1999.01"}, {"ĐTCT.1999.01", "[not_found]"});
        CHECK(nlohmann::json::parse(db.Ok(kViewer, {"--json", "task", "list"}).out).size() == 1);
    }
}

TEST_CASE("A task led by an organisation of the register", "[cli][tasks]") {
    TempFolder folder;
    const CliDatabase db(folder);
    Prepare(db);
    auto arguments = Proposal("ĐTCS.2025.01");
    const auto lead = std::find(arguments.begin(), arguments.end(), "--lead-enterprise");
    REQUIRE(lead != arguments.end());
    *lead = "--lead-organisation";
    *(lead + 1) = "Viện Nghiên cứu và Ứng dụng công nghệ Nha Trang";
    *(std::find(arguments.begin(), arguments.end(), "--level") + 1) = "grassroots";
    const auto proposed = nlohmann::json::parse(db.Ok(kOfficer, arguments).out);
    CHECK(proposed["level"] == "grassroots");
    CHECK(proposed["lead_enterprise_id"].is_null());
    const auto organisations = nlohmann::json::parse(db.Ok(kViewer, {"--json", "organisation", "list"}).out);
    REQUIRE(organisations.size() == 1);
    CHECK(proposed["lead_organisation_id"] == organisations[0]["id"]);
    const auto listed =
        nlohmann::json::parse(db.Ok(kViewer, {"--json", "task", "list", "--lead",
                                              "Viện Nghiên cứu và Ứng dụng công nghệ Nha Trang"})
                                  .out);
    REQUIRE(listed.size() == 1);
    CHECK(listed[0]["lead_name"] == "Viện Nghiên cứu và Ứng dụng công nghệ Nha Trang");

    // An edit changes what is given and keeps the rest.
    const auto edited = nlohmann::json::parse(db.Ok(kOfficer, {"--json", "task", "edit", "ĐTCS.2025.01",
                                                               "--budget", "450.000.000", "--no-co-funding"})
                                                  .out);
    CHECK(edited["state_budget"] == 450'000'000);
    CHECK(edited["co_funding"].empty());
    CHECK(edited["outputs"].size() == 2);
    CHECK(edited["principal_investigator"] == "ThS. Nguyễn Thị Hoa");
}
