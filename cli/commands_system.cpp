// innodesk-cli init, backup and generate: creating, copying and filling a database.
#include "commands.h"

#include "app/database_backup.h"
#include "app/demo_database.h"
#include "domain/department_province.h"
#include "domain/province.h"
#include "domain/user_service.h"
#include "domain/utf8_path.h"
#include "persistence/postgres_login.h"

#include <filesystem>
#include <memory>

#include <nlohmann/json.hpp>

namespace innodesk::cli {
namespace {

struct GenerateOptions {
    std::size_t enterprises = 300;
    std::uint64_t seed = 1;
    int year = 2026;
    // Used only when given: by default the programme keeps a province's yearly scale, whatever
    // the register's size (demo/programme_scale.h); benchmarks ask for volumes per enterprise.
    double applications = 0;
    double vouchers = 0;
    double ip_filings = 0;
    double attendance = 0;
};

}  // namespace

void AddSystemCommands(CLI::App& app, CliContext& context) {
    auto admin = std::make_shared<std::string>();
    auto admin_display = std::make_shared<std::string>();
    auto* init = app.add_subcommand("init", "Create the database (or bring an existing one to this version)");
    init->add_option(
        "--admin", *admin,
        "On a new database: the first administrator's sign-in name (password from --password-file "
        "or $INNODESK_PASSWORD)");
    init->add_option("--display-name", *admin_display, "The first administrator's full name");
    auto province = std::make_shared<std::string>();
    init->add_option(
        "--province", *province,
        "The department's province, e.g. \"Khánh Hòa\": the province of registry lists that name none");
    init->callback([&context, admin, admin_display, province] {
        context.require_sign_in = false;  // there may be nobody to sign in as yet
        // A province that names none of the 34 is refused before any file is created.
        if (!province->empty())
            domain::ProvinceDirectory(context.Text())
                .Require(context.Text().Clean(*province, "province"), "--province");
        auto& workspace = context.Workspace(persistence::OpenMode::CreateIfMissing);
        auto& store = workspace.Store();
        auto users = workspace.Users();
        const bool has_users = users.HasUsers();
        if (!province->empty()) {  // before the administrator, while setting up needs no sign-in
            const std::string stored = domain::SetDepartmentProvinceAtSetUp(store, context.Text(), *province);
            context.out << context.Say("Tỉnh của Sở: ", "Department's province: ") << stored << '\n';
        }
        if (!admin->empty()) {
            std::string password = context.Password();
            // On PostgreSQL the server creates the administrator's login role with this password.
            persistence::PrepareLoginPassword(store, *admin, password);
            const auto created =
                users.CreateFirstAdmin({*admin, *admin_display, domain::Role::Admin, std::move(password)});
            context.out << context.Say("Đã tạo quản trị viên ", "Created administrator ") << created.name
                        << '\n';
        }
        context.out << context.Say("Cơ sở dữ liệu sẵn sàng: ", "Database ready: ") << store.Describe() << " ("
                    << context.Say("phiên bản cấu trúc ", "schema version ") << store.SchemaVersion()
                    << ")\n";
        if (!has_users && admin->empty())
            context.err << context.Say(
                               "Chưa có người dùng: chạy lại với --admin TÊN để tạo quản trị viên đầu tiên.",
                               "No users yet: run again with --admin NAME to create the first administrator.")
                        << '\n';
        if (!domain::DepartmentProvince(store))
            context.err
                << context.Say(
                       "Chưa đặt tỉnh của Sở: danh sách doanh nghiệp không có cột tỉnh và địa chỉ không "
                       "ghi tỉnh sẽ không nhập được. Chạy lại với --province \"TỈNH\".",
                       "The department's province is not set: enterprise lists with no province column "
                       "and no province in the address cannot be imported. Run again with --province "
                       "\"PROVINCE\".")
                << '\n';
    });

    auto destination = std::make_shared<std::string>();
    auto* backup =
        app.add_subcommand("backup", "Copy the SQLite database consistently, even while it is in use");
    backup->add_option("out", *destination, "Where to write the copy")->required();
    backup->callback([&context, destination] {
        app::BackupDatabase(context.Store(), context.Actor(), context.Clock(), *destination);
        context.out << context.Say("Đã sao lưu vào ", "Backed up to ") << *destination << '\n';
    });

    auto g = std::make_shared<GenerateOptions>();
    auto* generate = app.add_subcommand("generate", "Fill the database with realistic synthetic data");
    generate->add_option("--enterprises", g->enterprises, "How many enterprises")
        ->check(CLI::Range(1, 5'000'000));
    generate->add_option("--seed", g->seed, "Random seed; the same seed gives the same data");
    generate->add_option("--year", g->year, "Main programme year")->check(CLI::Range(2000, 2100));
    auto* applications =
        generate
            ->add_option("--applications-per-enterprise", g->applications,
                         "Average applications per enterprise (default: the programme's yearly scale)")
            ->check(CLI::Range(0.0, 20.0));
    auto* vouchers =
        generate
            ->add_option("--vouchers-per-enterprise", g->vouchers,
                         "Average vouchers per enterprise (default: the programme's yearly scale)")
            ->check(CLI::Range(0.0, 20.0));
    auto* ip_filings =
        generate
            ->add_option("--ip-filings-per-enterprise", g->ip_filings,
                         "Average IP filings per enterprise (default: the programme's yearly scale)")
            ->check(CLI::Range(0.0, 20.0));
    auto* attendance =
        generate
            ->add_option(
                "--attendance-per-enterprise", g->attendance,
                "Average training person-times per enterprise (default: the programme's yearly scale)")
            ->check(CLI::Range(0.0, 50.0));
    auto pki_dir = std::make_shared<std::string>();
    generate->add_option(
        "--pki-dir", *pki_dir,
        "Where to write the demo CA and approvers' keys (default: beside the database file)");
    generate->callback([&context, g, pki_dir, applications, vouchers, ip_filings, attendance] {
        context.require_sign_in = false;  // a demo database is new: its users are made here
        auto& workspace = context.Workspace(persistence::OpenMode::CreateIfMissing);
        demo::DemoSpec spec;
        spec.enterprises = g->enterprises;
        spec.seed = g->seed;
        spec.year = g->year;
        if (applications->count() > 0) spec.applications_per_enterprise = g->applications;
        if (vouchers->count() > 0) spec.vouchers_per_enterprise = g->vouchers;
        if (ip_filings->count() > 0) spec.ip_filings_per_enterprise = g->ip_filings;
        if (attendance->count() > 0) spec.attendance_per_enterprise = g->attendance;
        const auto target = context.Target();
        const std::filesystem::path keys =
            !pki_dir->empty()
                ? domain::PathFromUtf8(*pki_dir)
                : app::DefaultDemoPkiDir(target.backend == persistence::Backend::Sqlite ? target.location
                                                                                        : std::string());
        const auto demo = app::CreateDemoDatabase(workspace.Store(), workspace.Text(), workspace.Clock(),
                                                  workspace.Hasher(), spec, keys);
        const auto& summary = demo.summary;
        context.err << context.Say("Người dùng mẫu và khóa ký mẫu: xem README; khóa ở ",
                                   "Demo users and signing keys: see the README; keys in ")
                    << domain::Utf8Of(demo.pki_dir) << '\n';
        context.err << context.Say(
                           "Chứng thư gốc mẫu được ghim cho riêng người dùng này (không phải quản trị "
                           "viên của máy) tại ",
                           "The demo root is pinned for this user only (not by the machine's "
                           "administrator) in ")
                    << domain::Utf8Of(demo.pinned_root) << '\n';
        if (context.options.json) {
            context.out << nlohmann::json{{"programmes", summary.programmes},
                                          {"enterprises", summary.enterprises},
                                          {"providers", summary.providers},
                                          {"applications", summary.applications},
                                          {"decisions", summary.decisions},
                                          {"vouchers", summary.vouchers},
                                          {"reviews", summary.reviews},
                                          {"outcomes", summary.outcomes},
                                          {"ip_filings", summary.ip_filings},
                                          {"events", summary.events},
                                          {"attendances", summary.attendances},
                                          {"issued_decisions", demo.issued}}
                               .dump(2)
                        << '\n';
            return;
        }
        context.out << context.Say("Đã tạo: ", "Created: ") << summary.programmes
                    << context.Say(" chương trình, ", " programmes, ") << summary.enterprises
                    << context.Say(" doanh nghiệp, ", " enterprises, ") << summary.providers
                    << context.Say(" đơn vị cung cấp, ", " providers, ") << summary.applications
                    << context.Say(" hồ sơ, ", " applications, ") << summary.decisions
                    << context.Say(" quyết định (", " decisions (") << demo.issued
                    << context.Say(" đã ban hành), ", " issued), ") << summary.vouchers
                    << context.Say(" phiếu hỗ trợ, ", " vouchers, ") << summary.reviews
                    << context.Say(" phiếu chấm của chuyên gia, ", " expert reviews, ") << summary.outcomes
                    << context.Say(" kết quả sau hỗ trợ, ", " outcomes, ") << summary.ip_filings
                    << context.Say(" đơn sở hữu trí tuệ, ", " IP filings, ") << summary.events
                    << context.Say(" khóa đào tạo và sự kiện, ", " courses and events, ")
                    << summary.attendances << context.Say(" lượt người tham dự.", " person-times attending.")
                    << '\n';
    });
}

}  // namespace innodesk::cli
