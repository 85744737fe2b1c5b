// reliability_writer: one of several processes writing to the same database at once, through
// the ordinary services, for tests/reliability/concurrency.test.cpp. It counts every write it
// makes: each ends stored, or is refused as a conflict or a busy database and then retried
// after reading again, so that the test can account for every one in the final state.
//   reliability_writer move DB APPLICATION STATE EXPECTED_VERSION USER_ID USER_NAME
//     one version-checked lifecycle move; exit 0 stored, 3 conflict, 1 other refusal
//   reliability_writer mixed DB WORKER COUNT USER_ID USER_NAME SHARED_ID...
//     COUNT writes: new enterprises, updates of the shared enterprises, outcomes recorded on them;
//     prints {"registered":…,"updated":…,"outcomes":…,"conflicts":…,"busy":…}
#include "domain/application_service.h"
#include "domain/enterprise_service.h"
#include "domain/errors.h"
#include "domain/outcome_service.h"
#include "reliability_support.h"
#include "tests/support/raw_store.h"
#include "text/icu_text_rules.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <random>
#include <string>
#include <vector>

using namespace innodesk;
using namespace innodesk::domain;

namespace {

constexpr int kStored = 0;
constexpr int kRefused = 1;
constexpr int kConflict = 3;

std::unique_ptr<persistence::SociStore> Open(const std::string& db) {
    return innodesk::testing::OpenRawStore(persistence::DatabaseTarget::Parse(db),
                                           persistence::OpenMode::MustExist);
}

int Move(char** argv) {
    auto store = Open(argv[2]);
    const text::IcuTextRules text;
    const SystemClock clock;
    ApplicationService applications(*store, text, clock);
    const auto to = ParseEnum(ApplicationLifecycle().states, argv[4], "state", "Trạng thái", "State");
    const Actor actor{argv[7], Role::Officer, std::stoll(argv[6])};
    try {
        applications.Move(std::stoll(argv[3]), to, actor, std::string("by process ") + argv[7],
                          std::stoll(argv[5]));
        std::cout << "stored\n";
        return kStored;
    } catch (const DomainError& error) {
        std::cout << CodeName(error.Code()) << '\n';
        std::cerr << error.Message(Language::English) << '\n';
        return error.Code() == ErrorCode::Conflict ? kConflict : kRefused;
    }
}

int Mixed(int argc, char** argv) {
    auto store = Open(argv[2]);
    const text::IcuTextRules text;
    const SystemClock clock;
    EnterpriseService enterprises(*store, text);
    OutcomeService outcomes(*store, text, clock);
    const int worker = std::stoi(argv[3]);
    const int count = std::stoi(argv[4]);
    const Actor actor{argv[6], Role::Officer, std::stoll(argv[5])};
    std::vector<EnterpriseId> shared;
    for (int i = 7; i < argc; ++i) shared.push_back(std::stoll(argv[i]));

    std::mt19937 random(static_cast<unsigned>(1000 + worker));
    std::uint64_t prefix = 10'000'000 + static_cast<std::uint64_t>(worker) * 1'000'000;
    long registered = 0, updated = 0, recorded = 0, conflicts = 0, busy = 0;
    for (int i = 0; i < count; ++i) {
        const auto kind = static_cast<unsigned>(random() % 10);
        const EnterpriseId target = shared[random() % shared.size()];
        const std::string mark = "worker " + std::to_string(worker) + " write " + std::to_string(i);
        std::string tax_code = kind < 5 ? testing::NextValidTaxCode(prefix) : std::string();
        // Each write is tried until it is stored: a conflict reads the record again, a busy
        // database is waited for again. A write that can never be stored stops the worker.
        for (int attempt = 0;; ++attempt) {
            if (attempt == 1000) throw std::runtime_error("write " + std::to_string(i) + " never stored");
            try {
                if (kind < 5) {
                    Enterprise e;
                    e.tax_code = TaxCode::Parse(tax_code);
                    e.name = "Công ty TNHH " + mark;
                    e.province = "Khánh Hòa";
                    enterprises.Register(e, actor);
                    ++registered;
                } else if (kind < 8) {
                    Enterprise e = enterprises.Get(target);
                    e.address = mark;
                    enterprises.Update(e, actor);
                    ++updated;
                } else {
                    EnterpriseOutcome outcome;
                    outcome.enterprise_id = target;
                    outcome.kind = OutcomeKind::NewProduct;
                    outcome.description = "Sản phẩm mới, " + mark;
                    outcome.recorded_on = CalendarDate::FromYmd(2026, 6, 15);
                    outcome.year = 2026;
                    outcomes.Add(outcome, actor);
                    ++recorded;
                }
                break;
            } catch (const DomainError& error) {
                if (error.Code() == ErrorCode::Conflict) {
                    ++conflicts;
                } else if (error.Code() == ErrorCode::Storage) {
                    ++busy;
                } else {
                    throw;
                }
            }
        }
    }
    std::cout << nlohmann::json{{"registered", registered},
                                {"updated", updated},
                                {"outcomes", recorded},
                                {"conflicts", conflicts},
                                {"busy", busy}}
                     .dump()
              << std::endl;
    return kStored;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        const std::string mode = argc > 1 ? argv[1] : "";
        if (mode == "move" && argc == 8) return Move(argv);
        if (mode == "mixed" && argc >= 8) return Mixed(argc, argv);
        std::cerr
            << "usage: reliability_writer move DB APPLICATION STATE EXPECTED_VERSION USER_ID USER_NAME\n"
               "       reliability_writer mixed DB WORKER COUNT USER_ID USER_NAME SHARED_ID...\n";
        return 2;
    } catch (const DomainError& error) {
        std::cerr << "reliability_writer: " << error.Message(Language::English) << " ["
                  << CodeName(error.Code()) << "]\n";
        return kRefused;
    } catch (const std::exception& error) {
        std::cerr << "reliability_writer: " << error.what() << '\n';
        return kRefused;
    }
}
