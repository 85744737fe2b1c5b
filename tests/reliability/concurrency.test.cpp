// Several processes writing to one database at once, on SQLite (serialised by its write lock
// and busy timeout) and on PostgreSQL: two version-checked updates of the same application
// (one is stored, the other told of the conflict, nothing half-written), and four processes
// making 10,000 mixed writes each, every one of which must be found in the final state.
#include "cli_fixture.h"
#include "domain/audit_service.h"
#include "reliability_support.h"
#include "scenario.h"
#include "signing/sha256.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>

using namespace innodesk;
using namespace innodesk::testing;

namespace {

using Pipe = std::unique_ptr<FILE, int (*)(FILE*)>;

// Starts reliability_writer with `arguments`; the process runs while the pipe is open.
Pipe StartWriter(const std::vector<std::string>& arguments) {
    std::string command = ShellQuoted(INNODESK_RELIABILITY_WRITER);
    for (const auto& argument : arguments) command += " " + ShellQuoted(argument);
    Pipe pipe(::popen((command + " 2>&1").c_str(), "r"), &::pclose);
    REQUIRE(pipe != nullptr);
    return pipe;
}

struct Finished {
    int exit_code = -1;
    std::string output;
};

// Reads the writer's output to its end and waits for it.
Finished Finish(Pipe& pipe) {
    Finished finished;
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe.get())) > 0;)
        finished.output.append(buffer, n);
    const int status = ::pclose(pipe.release());
    finished.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return finished;
}

long long Count(persistence::SociStore& store, const std::string& query) {
    long long n = 0;
    store.Session() << query, soci::into(n);
    return n;
}

int WritesPerProcess() {
    const char* given = std::getenv("INNODESK_RELIABILITY_WRITES");
    return given && *given ? std::atoi(given) : 10'000;
}

}  // namespace

TEST_CASE("Two processes update the same application: one is stored, the other is told, nothing is lost",
          "[reliability][concurrency]") {
    TestDatabase db;
    Scenario scenario(db);
    auto applications = scenario.Applications();
    int stored = 0, conflicts = 0;
    constexpr int kRounds = 10;
    for (int round = 0; round < kRounds; ++round) {
        const auto draft = scenario.Draft(scenario.other, 100'000'000, 50'000'000);
        const auto submitted =
            applications.Move(draft.id, domain::ApplicationState::Submitted, scenario.officer, "");
        const long long transitions_before =
            Count(db.Store(), "SELECT COUNT(*) FROM application_transition WHERE application_id = " +
                                  std::to_string(draft.id));
        const long long audit_before = Count(db.Store(), "SELECT COUNT(*) FROM audit_entry");
        // Both read version N and both try to move on from it, at the same moment.
        const auto start = [&](const domain::Actor& actor, const char* to) {
            return StartWriter({"move", db.Target().location, std::to_string(draft.id), to,
                                std::to_string(submitted.version), std::to_string(actor.user_id),
                                actor.user_name});
        };
        auto first = start(scenario.officer, "under_review");
        auto second = start(scenario.reviewer, "withdrawn");
        const auto a = Finish(first);
        const auto b = Finish(second);
        INFO("round " << round << ": " << a.output << " / " << b.output);
        REQUIRE(((a.exit_code == 0 && b.exit_code == 3) || (a.exit_code == 3 && b.exit_code == 0)));
        const auto& loser = a.exit_code == 3 ? a : b;
        CHECK_THAT(loser.output, Catch::StartsWith("conflict") && Catch::Contains("Reload"));
        ++stored;
        ++conflicts;
        // The winner's move is stored once, with its history and audit entry; the loser's left nothing.
        const auto now = applications.Get(draft.id);
        CHECK(now.version == submitted.version + 1);
        CHECK(now.state == (a.exit_code == 0 ? domain::ApplicationState::UnderReview
                                             : domain::ApplicationState::Withdrawn));
        CHECK(Count(db.Store(), "SELECT COUNT(*) FROM application_transition WHERE application_id = " +
                                    std::to_string(draft.id)) == transitions_before + 1);
        CHECK(Count(db.Store(), "SELECT COUNT(*) FROM audit_entry") == audit_before + 1);
    }
    std::cout << SuiteBackend() << ": " << kRounds
              << " rounds of two processes on one application: " << stored << " stored, " << conflicts
              << " conflicts reported, 0 lost" << std::endl;
}

TEST_CASE("Four processes make 10,000 mixed writes each and every write is accounted for",
          "[reliability][concurrency]") {
    TestDatabase db;
    Scenario scenario(db);
    const std::vector<domain::EnterpriseId> shared{scenario.parent.id, scenario.branch.id, scenario.other.id};
    const auto count = [&](const std::string& query) { return Count(db.Store(), query); };
    const long long enterprises_before = count("SELECT COUNT(*) FROM enterprise");
    const long long outcomes_before = count("SELECT COUNT(*) FROM enterprise_outcome");
    const long long audit_before = count("SELECT COUNT(*) FROM audit_entry");
    const long long versions_before =
        count("SELECT SUM(version) FROM enterprise WHERE id IN (" + std::to_string(shared[0]) + ", " +
              std::to_string(shared[1]) + ", " + std::to_string(shared[2]) + ")");

    constexpr int kProcesses = 4;
    const int writes = WritesPerProcess();
    const auto started = std::chrono::steady_clock::now();
    std::vector<Pipe> running;
    for (int worker = 0; worker < kProcesses; ++worker) {
        std::vector<std::string> arguments{"mixed",
                                           db.Target().location,
                                           std::to_string(worker),
                                           std::to_string(writes),
                                           std::to_string(scenario.officer.user_id),
                                           scenario.officer.user_name};
        for (const auto id : shared) arguments.push_back(std::to_string(id));
        running.push_back(StartWriter(arguments));
    }
    long long registered = 0, updated = 0, recorded = 0, conflicts = 0, busy = 0;
    for (auto& pipe : running) {
        const auto finished = Finish(pipe);
        INFO(finished.output);
        REQUIRE(finished.exit_code == 0);
        const auto counts = nlohmann::json::parse(finished.output);
        const long long r = counts["registered"], u = counts["updated"], o = counts["outcomes"];
        CHECK(r + u + o == writes);  // each write of the process ended stored
        registered += r;
        updated += u;
        recorded += o;
        conflicts += counts["conflicts"].get<long long>();
        busy += counts["busy"].get<long long>();
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    CHECK(count("SELECT COUNT(*) FROM enterprise") == enterprises_before + registered);
    CHECK(count("SELECT COUNT(*) FROM enterprise_outcome") == outcomes_before + recorded);
    CHECK(count("SELECT COUNT(*) FROM audit_entry") == audit_before + registered + updated + recorded);
    CHECK(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'enterprise.update'") == updated);
    CHECK(count("SELECT SUM(version) FROM enterprise WHERE id IN (" + std::to_string(shared[0]) + ", " +
                std::to_string(shared[1]) + ", " + std::to_string(shared[2]) + ")") ==
          versions_before + updated);
    domain::AuditService audit(db.Store(), signing::Sha256Hex, scenario.clock);
    const auto verified = audit.Verify();
    CHECK_FALSE(verified.broken.has_value());
    CHECK(verified.entries == audit_before + registered + updated + recorded);
    std::cout << SuiteBackend() << ": " << kProcesses << " processes x " << writes << " writes in " << seconds
              << " s: " << registered << " enterprises registered, " << updated << " updates, " << recorded
              << " outcomes; " << conflicts << " conflicts and " << busy
              << " busy refusals retried; writes lost: 0; audit chain of " << verified.entries
              << " entries intact" << std::endl;
}
