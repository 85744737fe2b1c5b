// innodesk-cli end to end: exit codes, messages in both languages, JSON output, the import
// error report, and an application carried from draft to a decision.
#include "run_cli.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

using innodesk::testing::CliResult;
using innodesk::testing::RunCli;

namespace {

class TempFolder {
public:
    TempFolder() : m_path(std::filesystem::temp_directory_path() / ("innodesk-cli-" + std::to_string(::getpid()) + "-" +
                                                                    std::to_string(s_counter++))) {
        std::filesystem::create_directories(m_path);
    }
    ~TempFolder() { std::filesystem::remove_all(m_path); }
    std::string operator/(const std::string& name) const { return (m_path / name).string(); }

private:
    static inline int s_counter = 0;
    std::filesystem::path m_path;
};

CliResult Cli(const std::string& db, std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), {"--db", db, "--lang", "en"});
    return RunCli(arguments);
}

CliResult Ok(const std::string& db, const std::vector<std::string>& arguments) {
    auto result = Cli(db, arguments);
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    return result;
}

}  // namespace

TEST_CASE("Version and usage errors", "[cli]") {
    const auto version = RunCli({"--version"});
    CHECK(version.exit_code == 0);
    CHECK_THAT(version.out, Catch::StartsWith("innodesk-cli "));
    CHECK(RunCli({"no-such-command"}).exit_code == 2);
    CHECK(RunCli({"enterprise", "add", "--name", "x"}).exit_code == 2);  // required options missing
    CHECK(RunCli({}).exit_code == 2);
}

TEST_CASE("Commands on a database that does not exist say how to create it", "[cli]") {
    TempFolder folder;
    const auto result = Cli(folder / "missing.db", {"enterprise", "search", "x"});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Catch::Contains("innodesk-cli init"));
    CHECK_FALSE(std::filesystem::exists(folder / "missing.db"));
}

TEST_CASE("Refused input exits 1 with the reason in the chosen language", "[cli]") {
    TempFolder folder;
    const auto db = folder / "t.db";
    Ok(db, {"init"});
    const std::vector<std::string> add{"enterprise", "add", "--tax-code", "0300588568", "--name", "A", "--province", "Khánh Hòa"};
    auto english = Cli(db, add);
    CHECK(english.exit_code == 1);
    CHECK_THAT(english.err, Catch::Contains("check digit (the 10th) should be 9, not 8") &&
                                Catch::Contains("[invalid_tax_code]"));
    std::vector<std::string> vi_args{"--db", db, "--lang", "vi"};
    vi_args.insert(vi_args.end(), add.begin(), add.end());
    auto vietnamese = RunCli(vi_args);
    CHECK(vietnamese.exit_code == 1);
    CHECK_THAT(vietnamese.err, Catch::Contains("chữ số kiểm tra (thứ 10) phải là 9"));
    CHECK(Cli(db, {"voucher", "issue", "--enterprise", "0300588569", "--programme", "X", "--year", "2026", "--content",
                   "consulting", "--face-value", "1,5", "--state-share", "1", "--issued", "01/01/2026", "--valid-until",
                   "31/12/2026"})
              .exit_code == 1);
}

TEST_CASE("Import writes a row-by-row error report and stores the good rows", "[cli]") {
    TempFolder folder;
    const auto db = folder / "t.db";
    Ok(db, {"init"});
    const auto errors = folder / "errors.csv";
    const auto result = Cli(db, {"enterprise", "import", std::string(INNODESK_TEST_DATA_DIR) + "/import/enterprises_mixed.csv",
                                 "--errors", errors});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.out, Catch::Contains("inserted: 5") && Catch::Contains("failed: 5"));
    std::ifstream report(errors);
    std::string line;
    std::vector<std::string> lines;
    while (std::getline(report, line)) lines.push_back(line);
    REQUIRE(lines.size() == 6);
    CHECK_THAT(lines[1], Catch::StartsWith("5,Mã số thuế,0300588568,invalid_tax_code,"));

    const auto found = Ok(db, {"--json", "enterprise", "search", "khanh hoa"});
    const auto list = nlohmann::json::parse(found.out);
    CHECK(list.size() == 5);
    bool hoa = false, hoa_other_placement = false;
    for (const auto& e : list) {
        hoa = hoa || e["province"] == "Khánh Hòa";
        hoa_other_placement = hoa_other_placement || e["province"] == "Khánh Hoà";
    }
    CHECK(hoa);
    CHECK(hoa_other_placement);
}

TEST_CASE("An application from draft to an approval decision, a contract and a payment", "[cli]") {
    TempFolder folder;
    const auto db = folder / "t.db";
    Ok(db, {"init"});
    Ok(db, {"enterprise", "add", "--tax-code", "0300588569", "--name", "Công ty TNHH Yến Sào", "--province", "Khánh Hòa"});
    Ok(db, {"programme", "add", "--code", "KH-DMST", "--name", "Chương trình ĐMST", "--start", "2026", "--end", "2030"});
    Ok(db, {"programme", "add-budget", "--programme", "KH-DMST", "--year", "2026", "--content", "consulting", "--amount",
            "500.000.000"});
    Ok(db, {"programme", "set-cap", "--programme", "KH-DMST", "--content", "consulting", "--max-share", "70"});
    const auto created = nlohmann::json::parse(
        Ok(db, {"--json", "application", "create", "--enterprise", "0300588569", "--programme", "KH-DMST", "--year", "2026",
                "--content", "consulting", "--title", "Thuê tư vấn ISO 22000", "--requested", "100.000.000",
                "--co-funding", "60.000.000"})
            .out);
    const std::string id = std::to_string(created["id"].get<long long>());
    Ok(db, {"application", "submit", id});
    Ok(db, {"application", "review", id});
    Ok(db, {"application", "recommend", id, "--note", "Hội đồng đồng ý"});
    auto over = Cli(db, {"application", "approve", id, "--amount", "600.000.000", "--decision-number", "1/QĐ-SKHCN",
                         "--date", "20/06/2026"});
    CHECK(over.exit_code == 1);
    CHECK_THAT(over.err, Catch::Contains("exceeds 70%"));
    Ok(db, {"application", "approve", id, "--amount", "100.000.000", "--decision-number", "1/QĐ-SKHCN", "--date",
            "20/06/2026", "--signer", "Phó Giám đốc"});
    Ok(db, {"application", "contract", id, "--number", "HĐ-01/2026"});
    Ok(db, {"application", "disburse", id, "--amount", "40.000.000", "--date", "01/07/2026"});
    const auto shown = nlohmann::json::parse(Ok(db, {"--json", "application", "show", id}).out);
    CHECK(shown["state"] == "contracted");
    CHECK(shown["approved_amount"] == 100000000);
    CHECK(shown["history"].size() == 6);
    const auto budget = nlohmann::json::parse(Ok(db, {"--json", "programme", "budget", "KH-DMST"}).out);
    CHECK(budget[0]["committed"] == 100000000);
    CHECK(budget[0]["disbursed"] == 40000000);
    CHECK(budget[0]["remaining"] == 400000000);
}

TEST_CASE("Backup writes a copy that opens", "[cli]") {
    TempFolder folder;
    const auto db = folder / "t.db";
    Ok(db, {"init"});
    Ok(db, {"enterprise", "add", "--tax-code", "0300588569", "--name", "A", "--province", "Khánh Hòa"});
    Ok(db, {"backup", folder / "copy.db"});
    const auto shown = nlohmann::json::parse(Ok(folder / "copy.db", {"--json", "enterprise", "show", "0300588569"}).out);
    CHECK(shown["name"] == "A");
}
