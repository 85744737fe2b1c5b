// Power cuts and killed processes: innodesk-cli is killed with SIGKILL at random moments of a
// 100,000-row import and of a batch of decision signatures. After every kill the database must
// open whole (PRAGMA integrity_check), its audit chain must verify, and the interrupted work
// must be either entirely there or entirely absent. The kill moments come from the run's seed
// (printed; INNODESK_RELIABILITY_SEED repeats them).
#include "bench/synthetic_rows.h"
#include "cli_fixture.h"
#include "cli_pki.h"
#include "interchange/csv_writer.h"
#include "reliability_support.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>

using namespace innodesk::testing;

namespace {

constexpr int kKillPoints = 20;
constexpr std::size_t kImportRows = 100'000;

std::chrono::microseconds RandomMoment(double up_to_seconds) {
    std::uniform_real_distribution<double> moment(0.0, up_to_seconds);
    return std::chrono::microseconds(static_cast<long long>(moment(ReliabilityRandom()) * 1e6));
}

// What must hold after any kill, whatever it interrupted.
void RequireWholeDatabase(const CliDatabase& db) {
    CHECK(SqliteIntegrity(db.Path()) == "ok");
    const auto verified = db.Run(kViewer, {"audit", "verify"});
    INFO(verified.err << verified.out);
    CHECK(verified.exit_code == 0);
}

void WriteRegistry(const std::string& file) {
    std::vector<std::vector<std::string>> cells;
    cells.reserve(kImportRows);
    for (const auto& e : innodesk::bench::MakeEnterprises(kImportRows, 2026))
        cells.push_back({e.tax_code, e.name, e.legal_form, e.size, e.vsic, e.commune, e.province, e.address});
    std::ofstream out(file, std::ios::binary);
    innodesk::interchange::WriteCsv(out,
                                    {"Mã số thuế", "Tên doanh nghiệp", "Loại hình", "Quy mô", "Ngành VSIC",
                                     "Xã/Phường", "Tỉnh/Thành phố", "Địa chỉ"},
                                    cells);
}

}  // namespace

TEST_CASE("An import killed at 20 random moments is entirely there or entirely absent",
          "[reliability][crash][sqlite-only]") {
    ReliabilitySeed();
    TempFolder folder;
    const CliDatabase original(folder);
    const std::string registry = folder / "registry.csv";
    WriteRegistry(registry);
    const std::vector<std::string> import{"enterprise", "import", registry, "--errors",
                                          folder / "errors.csv"};

    // One import to its end: how long the kill points are spread over, and what "there" means.
    double full_seconds = 0;
    {
        TempFolder whole_folder;
        const CliDatabase whole(whole_folder, original);
        const auto start = std::chrono::steady_clock::now();
        whole.Ok(kOfficer, import);
        full_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        REQUIRE(SqliteValue(whole.Path(), "SELECT COUNT(*) FROM enterprise") == std::to_string(kImportRows));
    }

    int killed = 0, finished = 0, absent = 0;
    for (int point = 0; point < kKillPoints; ++point) {
        TempFolder run_folder;
        const CliDatabase db(run_folder, original);
        // Over 90 % of the timed run: how long a run takes varies with the machine's load.
        const auto moment = RandomMoment(full_seconds * 0.9);
        const auto run = RunCliKilledAfter(Joined({"--db", db.Path(), "--lang", "en", "--user", kOfficer,
                                                   "--password-file", db.PasswordFile(kOfficer)},
                                                  import),
                                           moment);
        INFO("kill point " << point << " at " << moment.count() << " us of ~" << full_seconds << " s; "
                           << run.err);
        if (run.killed)
            ++killed;
        else
            ++finished;
        if (!run.killed) CHECK(run.exit_code == 0);

        RequireWholeDatabase(db);
        const std::string count = SqliteValue(db.Path(), "SELECT COUNT(*) FROM enterprise");
        const std::string imports =
            SqliteValue(db.Path(), "SELECT COUNT(*) FROM audit_entry WHERE action = 'enterprise.import'");
        if (count == "0") {
            ++absent;
            CHECK(imports == "0");
            CHECK(SqliteValue(db.Path(), "SELECT COUNT(*) FROM enterprise_fts") == "0");
        } else {
            CHECK(count == std::to_string(kImportRows));
            CHECK(imports == "1");
            CHECK(SqliteValue(db.Path(), "SELECT COUNT(*) FROM enterprise_fts") ==
                  std::to_string(kImportRows));
            CHECK(db.Ok(kViewer, {"--json", "enterprise", "search", "khanh hoa", "--limit", "1"}).out.size() >
                  2);
        }
    }
    std::cout << "import crash test: " << kKillPoints << " runs of a " << kImportRows << "-row import ("
              << full_seconds << " s each when whole): " << killed << " killed (" << absent
              << " left the import absent, " << (killed + finished - absent) << " found it whole), "
              << finished << " ended before the kill; rows lost or half-imported: 0" << std::endl;
    CHECK(killed > 0);  // at least one kill landed inside an import
}

TEST_CASE("Signing killed at 20 random moments leaves each decision signed or a draft, never between",
          "[reliability][crash][sqlite-only]") {
    ReliabilitySeed();
    TempFolder folder;
    const CliDatabase db(folder);
    TrustAndEnrol(db);
    db.Ok(kOfficer, {"enterprise", "add", "--tax-code", "0300588569", "--name", "Công ty TNHH Yến Sào",
                     "--province", "Khánh Hòa"});
    db.Ok(kOfficer, {"programme", "add", "--code", "KH-DMST", "--name", "Chương trình ĐMST", "--start",
                     "2025", "--end", "2030"});
    db.Ok(kOfficer, {"programme", "add-budget", "--programme", "KH-DMST", "--year", "2025", "--content",
                     "consulting", "--amount", "5.000.000.000"});
    std::vector<std::string> decisions;
    for (int i = 0; i <= kKillPoints; ++i) {
        const auto created = nlohmann::json::parse(
            db.Ok(kOfficer, {"--json", "application", "create", "--enterprise", "0300588569", "--programme",
                             "KH-DMST", "--year", "2025", "--content", "consulting", "--title",
                             "Tư vấn số " + std::to_string(i), "--requested", "100.000.000"})
                .out);
        const std::string application = std::to_string(created["id"].get<long long>());
        for (const char* step : {"submit", "review", "recommend"})
            db.Ok(kOfficer, {"application", step, application});
        const auto draft = nlohmann::json::parse(
            db.Ok(kOfficer, {"--json", "decision", "draft", application, "--kind", "approval", "--amount",
                             "80.000.000", "--number", std::to_string(100 + i) + "/QĐ-SKHCN", "--date",
                             "20/06/2025", "--signer-name", "Phó Giám đốc Lê Thị Châu"})
                .out);
        decisions.push_back(std::to_string(draft["id"].get<long long>()));
    }
    const auto sign = [&](const std::string& decision) {
        return Joined({"--db", db.Path(), "--lang", "en", "--user", kApprover, "--password-file",
                       db.PasswordFile(kApprover), "decision", "sign", decision},
                      P12Options(SharedTestPki().signer));
    };
    // The last draft is signed whole: how long a signature takes from start to exit.
    const auto whole = RunCliKilledAfter(sign(decisions.back()), std::chrono::seconds(120));
    REQUIRE_FALSE(whole.killed);
    REQUIRE(whole.exit_code == 0);

    const auto signed_count = [&] {
        return std::stoi(SqliteValue(db.Path(), "SELECT COUNT(*) FROM decision WHERE status <> 'draft'"));
    };
    int killed = 0, finished = 0, left_draft = 0;
    for (int point = 0; point < kKillPoints; ++point) {
        const std::string& decision = decisions[static_cast<std::size_t>(point)];
        const int before = signed_count();
        const auto moment = RandomMoment(whole.seconds * 1.1);
        const auto run = RunCliKilledAfter(sign(decision), moment);
        INFO("kill point " << point << " (decision " << decision << ") at " << moment.count() << " us of ~"
                           << whole.seconds << " s; " << run.err);
        if (run.killed)
            ++killed;
        else
            ++finished;
        if (!run.killed) CHECK(run.exit_code == 0);

        RequireWholeDatabase(db);
        const std::string status =
            SqliteValue(db.Path(), "SELECT status FROM decision WHERE id = " + decision);
        const std::string signs = SqliteValue(
            db.Path(),
            "SELECT COUNT(*) FROM audit_entry WHERE action = 'decision.sign' AND entity_id = " + decision);
        const std::string state =
            SqliteValue(db.Path(),
                        "SELECT a.state FROM application a JOIN decision_item i ON i.application_id = a.id "
                        "WHERE i.decision_id = " +
                            decision);
        if (status == "draft") {
            ++left_draft;
            CHECK(signs == "0");
            CHECK(state == "recommended");
            CHECK(signed_count() == before);
        } else {
            CHECK(signs == "1");
            CHECK(state == "approved");
            CHECK(signed_count() == before + 1);
        }
        // Every signature stored so far still verifies against the trust store.
        const auto verify = db.Run(kViewer, {"decision", "verify", "--all"});
        INFO(verify.err << verify.out);
        CHECK(verify.exit_code == 0);
    }
    // Nothing was left half-done: every draft the kills interrupted can still be signed.
    for (int point = 0; point < kKillPoints; ++point) {
        const std::string& decision = decisions[static_cast<std::size_t>(point)];
        if (SqliteValue(db.Path(), "SELECT status FROM decision WHERE id = " + decision) == "draft")
            db.Ok(kApprover, Joined({"decision", "sign", decision}, P12Options(SharedTestPki().signer)));
    }
    CHECK(signed_count() == kKillPoints + 1);
    CHECK(db.Run(kViewer, {"decision", "verify", "--all"}).exit_code == 0);
    RequireWholeDatabase(db);
    std::cout << "signing crash test: " << kKillPoints << " decision sign runs (" << whole.seconds
              << " s each when whole): " << killed << " killed (" << left_draft
              << " left the decision a draft), " << finished << " ended before the kill; all "
              << kKillPoints + 1 << " decisions signed in the end, none half-signed" << std::endl;
}
