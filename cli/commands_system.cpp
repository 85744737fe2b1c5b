// innodesk-cli init, backup and generate: creating, copying and filling a database.
#include "commands.h"

#include "domain/demo_generator.h"
#include "persistence/migrations.h"

#include <memory>

#include <nlohmann/json.hpp>

namespace innodesk::cli {
namespace {

struct GenerateOptions {
    std::size_t enterprises = 300;
    std::uint64_t seed = 1;
    int year = 2026;
    double applications = 0.3;
    double vouchers = 0.1;
};

}  // namespace

void AddSystemCommands(CLI::App& app, CliContext& context) {
    auto* init = app.add_subcommand("init", "Create the database (or bring an existing one to this version)");
    init->callback([&context] {
        auto& store = context.Store(persistence::OpenMode::CreateIfMissing);
        context.out << context.Say("Cơ sở dữ liệu sẵn sàng: ", "Database ready: ") << store.Describe() << " ("
                    << context.Say("phiên bản cấu trúc ", "schema version ") << store.SchemaVersion() << ")\n";
    });

    auto destination = std::make_shared<std::string>();
    auto* backup = app.add_subcommand("backup", "Copy the SQLite database consistently, even while it is in use");
    backup->add_option("out", *destination, "Where to write the copy")->required();
    backup->callback([&context, destination] {
        context.Store().BackupTo(*destination);
        context.out << context.Say("Đã sao lưu vào ", "Backed up to ") << *destination << '\n';
    });

    auto g = std::make_shared<GenerateOptions>();
    auto* generate = app.add_subcommand("generate", "Fill the database with realistic synthetic data");
    generate->add_option("--enterprises", g->enterprises, "How many enterprises")->check(CLI::Range(1, 5'000'000));
    generate->add_option("--seed", g->seed, "Random seed; the same seed gives the same data");
    generate->add_option("--year", g->year, "Main programme year")->check(CLI::Range(2000, 2100));
    generate->add_option("--applications-per-enterprise", g->applications, "Average applications per enterprise")
        ->check(CLI::Range(0.0, 20.0));
    generate->add_option("--vouchers-per-enterprise", g->vouchers, "Average vouchers per enterprise")
        ->check(CLI::Range(0.0, 20.0));
    generate->callback([&context, g] {
        auto& store = context.Store(persistence::OpenMode::CreateIfMissing);
        domain::DemoSpec spec;
        spec.enterprises = g->enterprises;
        spec.seed = g->seed;
        spec.year = g->year;
        spec.applications_per_enterprise = g->applications;
        spec.vouchers_per_enterprise = g->vouchers;
        const auto summary = domain::DemoGenerator(store, context.Text(), context.Clock()).Run(spec);
        if (context.options.json) {
            context.out << nlohmann::json{{"programmes", summary.programmes}, {"enterprises", summary.enterprises},
                                          {"providers", summary.providers}, {"applications", summary.applications},
                                          {"decisions", summary.decisions}, {"vouchers", summary.vouchers}}
                               .dump(2)
                        << '\n';
            return;
        }
        context.out << context.Say("Đã tạo: ", "Created: ") << summary.programmes
                    << context.Say(" chương trình, ", " programmes, ") << summary.enterprises
                    << context.Say(" doanh nghiệp, ", " enterprises, ") << summary.providers
                    << context.Say(" đơn vị cung cấp, ", " providers, ") << summary.applications
                    << context.Say(" hồ sơ, ", " applications, ") << summary.decisions
                    << context.Say(" quyết định, ", " decisions, ") << summary.vouchers
                    << context.Say(" phiếu hỗ trợ.", " vouchers.") << '\n';
    });
}

}  // namespace innodesk::cli
