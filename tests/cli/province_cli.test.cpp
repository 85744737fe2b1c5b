// The department's province at `init` and in settings, and the import report saying which rule
// gave each row its province, end to end through innodesk-cli.
#include "cli_fixture.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace innodesk::testing;

TEST_CASE("init --province sets the department's province, one of the 34", "[cli]") {
    TempFolder folder;
    const auto path = folder / "new.db";
    const auto unknown = RunCli({"--db", path, "--lang", "en", "init", "--province", "Nha Trang"});
    CHECK(unknown.exit_code == 1);
    CHECK_THAT(unknown.err, Catch::Contains("'Nha Trang' is not the name of a province"));

    const auto bare = RunCli({"--db", path, "--lang", "en", "init"});
    CHECK(bare.exit_code == 0);
    CHECK_THAT(bare.err,
               Catch::Contains("The department's province is not set") && Catch::Contains("--province"));

    const auto set = RunCli({"--db", path, "--lang", "vi", "init", "--province", "tỉnh Khánh Hoà"});
    CHECK(set.exit_code == 0);
    CHECK_THAT(set.out, Catch::Contains("Tỉnh của Sở: Khánh Hòa"));
    CHECK_THAT(set.err, !Catch::Contains("Chưa đặt tỉnh của Sở"));
    const auto db = CliDatabase::Existing(folder, "new.db");
    CHECK(db.SqlValue("SELECT value FROM setting WHERE key = 'department_province'") == "Khánh Hòa");
}

TEST_CASE("Once there are users, the department's province is an administrator's setting", "[cli]") {
    TempFolder folder;
    const CliDatabase db(folder);
    const auto at_init = RunCli({"--db", db.Path(), "--lang", "en", "init", "--province", "Huế"});
    CHECK(at_init.exit_code == 1);
    CHECK_THAT(at_init.err, Catch::Contains("setting set department_province"));
    CHECK(db.Run(kOfficer, {"setting", "set", "department_province", "Huế"}).exit_code == 1);
    CHECK(db.Ok(kAdmin, {"setting", "set", "department_province", "Thừa Thiên Huế"}).out ==
          "department_province = Huế\n");
    CHECK_THAT(db.Ok(kAdmin, {"setting", "show"}).out, Catch::Contains("department_province = Huế\n"));
}

TEST_CASE("An import without a province column says which rule gave each row its province", "[cli]") {
    TempFolder folder;
    const CliDatabase db(folder);
    const auto list = folder / "list.csv";
    WriteText(list,
              "Mã số thuế,Tên doanh nghiệp,Địa chỉ\n"
              "0300588569,Yến Sào,\"12 Trần Phú, phường Nha Trang, tỉnh Khánh Hoà\"\n"
              "0101248141,Thủy Sản,\"xã Thuận Bắc, tỉnh Ninh Thuận, Việt Nam\"\n"
              "0101248141-001,Chi nhánh,\"số 7 Nguyễn Trãi, phường Nha Trang\"");

    // The database has no department province yet: the row that needs it is refused, saying why.
    const auto errors = folder / "errors.csv";
    const auto first = db.Run(kOfficer, {"enterprise", "import", list, "--errors", errors});
    CHECK(first.exit_code == 1);
    CHECK_THAT(first.out,
               Catch::Contains("inserted: 2") && Catch::Contains("failed: 1") &&
                   Catch::Contains("Province from the address: 2 rows (lines 2–3)\n") &&
                   Catch::Contains("Province before the merger: Ninh Thuận → Khánh Hòa (line 3)\n"));
    CHECK_THAT(ReadText(errors), Catch::Contains("4,,,invalid_value,") &&
                                     Catch::Contains("the file has no province column") &&
                                     Catch::Contains("the address ends in 'phường Nha Trang'") &&
                                     Catch::Contains("no department province set"));

    db.Ok(kAdmin, {"setting", "set", "department_province", "Khánh Hòa"});
    const auto second = db.Ok(kOfficer, {"enterprise", "import", list});
    CHECK_THAT(second.out, Catch::Contains("inserted: 1, updated: 0, unchanged: 2") &&
                               Catch::Contains("Province from the department (Khánh Hòa): 1 row (line 4)\n"));
    const auto vietnamese = db.Run(kOfficer, {"enterprise", "import", list}, "vi");
    CHECK_THAT(vietnamese.out,
               Catch::Contains("Tỉnh/thành phố lấy từ địa chỉ: 2 dòng (dòng 2–3)") &&
                   Catch::Contains("Tỉnh/thành phố lấy từ tỉnh của Sở (Khánh Hòa): 1 dòng (dòng 4)") &&
                   Catch::Contains("Tên tỉnh trước hợp nhất: Ninh Thuận → Khánh Hòa (dòng 3)"));

    const auto json = nlohmann::json::parse(db.Ok(kOfficer, {"--json", "enterprise", "import", list}).out);
    REQUIRE(json["provinces"].size() == 3);
    CHECK(json["provinces"][0] == nlohmann::json{{"line", 2},
                                                 {"province", "Khánh Hòa"},
                                                 {"rule", "address"},
                                                 {"written", "tỉnh Khánh Hoà"},
                                                 {"former", ""}});
    CHECK(json["provinces"][1]["former"] == "Ninh Thuận");
    CHECK(
        json["provinces"][2] ==
        nlohmann::json{
            {"line", 4}, {"province", "Khánh Hòa"}, {"rule", "department"}, {"written", ""}, {"former", ""}});
    CHECK(db.SqlValue("SELECT COUNT(*) FROM enterprise WHERE province = 'Khánh Hòa'") == "3");
}
