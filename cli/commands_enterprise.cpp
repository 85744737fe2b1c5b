// innodesk-cli enterprise …: register, show, search, import and list a family of enterprises.
#include "commands.h"
#include "import_error_report.h"
#include "import_province_report.h"
#include "json_views.h"
#include "option_values.h"

#include "domain/enterprise_import.h"
#include "domain/enterprise_service.h"
#include "domain/vsic_section.h"
#include "interchange/csv_writer.h"
#include "interchange/table_file.h"

#include <fstream>
#include <iostream>
#include <memory>

namespace innodesk::cli {
namespace {

void PrintEnterpriseLine(CliContext& context, const domain::Enterprise& e) {
    context.out << e.tax_code.Value() << "  " << e.name << "  " << (e.commune.empty() ? "" : e.commune + ", ")
                << e.province << '\n';
}

// " (15/03/2024 –)" / " (15/03/2024 – 30/09/2026)": the span, when the register holds its dates.
std::string Span(const std::optional<domain::CalendarDate>& since,
                 const std::optional<domain::CalendarDate>& until) {
    if (!since) return {};
    return " (" + since->Format() + (until ? " – " + until->Format() : " –") + ")";
}

void PrintEnterprise(CliContext& context, const domain::Enterprise& e) {
    if (context.options.json) {
        context.out << ToJson(e).dump(2) << '\n';
        return;
    }
    const bool vi = context.Language() == domain::Language::Vietnamese;
    auto label = [vi](const char* v, const char* en) { return std::string(vi ? v : en); };
    const auto& form = domain::EntryOf(domain::LegalForms(), e.legal_form);
    const auto& size = domain::EntryOf(domain::SizeClasses(), e.size_class);
    context.out << label("Mã số thuế", "Tax code") << ": " << e.tax_code.Value() << '\n'
                << label("Tên", "Name") << ": " << e.name << '\n'
                << label("Loại hình", "Legal form") << ": " << (vi ? form.vi : form.en) << '\n'
                << label("Quy mô", "Size") << ": " << (vi ? size.vi : size.en) << '\n'
                << label("Ngành VSIC", "VSIC") << ": " << e.vsic << '\n'
                << label("Xã/Phường", "Commune") << ": " << e.commune << '\n'
                << label("Tỉnh/Thành phố", "Province") << ": " << e.province << '\n'
                << label("Địa chỉ", "Address") << ": " << e.address << '\n'
                << label("Doanh nghiệp KH&CN", "S&T enterprise") << ": "
                << (e.science_technology_enterprise ? label("có", "yes") : label("không", "no"))
                << Span(e.science_technology_since, e.science_technology_until) << '\n'
                << label("Khởi nghiệp ĐMST", "Innovative startup") << ": "
                << (e.innovative_startup ? label("có", "yes") : label("không", "no"))
                << Span(e.innovative_startup_since, e.innovative_startup_until) << '\n'
                << "id: " << e.id << ", " << label("phiên bản", "version") << ' ' << e.version << '\n';
}

void PrintEnterpriseList(CliContext& context, const std::vector<domain::Enterprise>& list) {
    if (context.options.json) {
        nlohmann::json array = nlohmann::json::array();
        for (const auto& e : list) array.push_back(ToJson(e));
        context.out << array.dump(2) << '\n';
        return;
    }
    for (const auto& e : list) PrintEnterpriseLine(context, e);
}

struct AddOptions {
    std::string tax_code, name, legal_form, size, vsic, commune, province, address, phone, email;
    bool st = false, startup = false;
    std::string st_since, startup_since;  // dd/mm/yyyy: the certificate's, the recognition's date
};

struct ImportOptions {
    std::string file, errors, encoding;
    bool all_or_nothing = false;
};

}  // namespace

void AddEnterpriseCommands(CLI::App& app, CliContext& context) {
    auto* group =
        app.add_subcommand("enterprise", "Enterprises: add, show, search, import")->require_subcommand(1);

    auto add = std::make_shared<AddOptions>();
    auto* add_cmd = group->add_subcommand("add", "Register an enterprise");
    add_cmd
        ->add_option("--tax-code", add->tax_code,
                     "Tax code: 10 digits, 10-3 for a branch, 12 for a personal ID")
        ->required();
    add_cmd->add_option("--name", add->name, "Registered name")->required();
    add_cmd
        ->add_option("--province", add->province,
                     "Province: one of the 34 since 1 July 2025 (a former name is stored as its successor)")
        ->required();
    add_cmd->add_option("--legal-form", add->legal_form, "company | cooperative | household");
    add_cmd->add_option("--size", add->size, "micro | small | medium | large");
    add_cmd->add_option("--vsic", add->vsic, "VSIC 2018 code");
    add_cmd->add_option("--commune", add->commune, "Commune or ward");
    add_cmd->add_option("--address", add->address, "Address");
    add_cmd->add_option("--phone", add->phone, "Phone");
    add_cmd->add_option("--email", add->email, "E-mail");
    add_cmd->add_flag("--st-enterprise", add->st, "Certified S&T enterprise");
    add_cmd->add_flag("--startup", add->startup, "Innovative startup");
    add_cmd->add_option("--st-since", add->st_since,
                        "Date of the S&T enterprise certificate, dd/mm/yyyy (implies --st-enterprise; "
                        "default: today)");
    add_cmd->add_option("--startup-since", add->startup_since,
                        "Date it was recognised as an innovative start-up, dd/mm/yyyy (implies --startup; "
                        "default: today)");
    add_cmd->callback([&context, add] {
        domain::Enterprise e;
        e.tax_code = domain::TaxCode::Parse(add->tax_code);
        e.name = add->name;
        e.province = add->province;
        e.legal_form =
            add->legal_form.empty()
                ? (e.tax_code.Kind() == domain::TaxCodeKind::PersonalId ? domain::LegalForm::HouseholdBusiness
                                                                        : domain::LegalForm::Company)
                : ParseOption(domain::LegalForms(), add->legal_form, "--legal-form");
        e.size_class = add->size.empty() ? domain::SizeClass::Unknown
                                         : ParseOption(domain::SizeClasses(), add->size, "--size");
        e.vsic = add->vsic;
        e.commune = add->commune;
        e.address = add->address;
        e.phone = add->phone;
        e.email = add->email;
        if (!add->st_since.empty())
            e.science_technology_since = domain::CalendarDate::Parse(add->st_since, "--st-since");
        if (!add->startup_since.empty())
            e.innovative_startup_since = domain::CalendarDate::Parse(add->startup_since, "--startup-since");
        e.science_technology_enterprise = add->st || e.science_technology_since.has_value();
        e.innovative_startup = add->startup || e.innovative_startup_since.has_value();
        PrintEnterprise(context, context.Workspace().Enterprises().Register(std::move(e), context.Actor()));
    });

    auto show_key = std::make_shared<std::string>();
    auto show_id = std::make_shared<long long>(0);
    auto* show = group->add_subcommand("show", "Show one enterprise by tax code (or --id)");
    show->add_option("tax-code", *show_key, "Tax code");
    show->add_option("--id", *show_id, "Record id");
    show->callback([&context, show_key, show_id] {
        auto service = context.Workspace().Enterprises();
        if (*show_id == 0 && show_key->empty())
            throw CLI::ValidationError(context.Say("Cần mã số thuế hoặc --id.", "Give a tax code or --id."));
        PrintEnterprise(context, *show_id != 0 ? service.Get(*show_id) : service.GetByTaxCode(*show_key));
    });

    auto query = std::make_shared<std::string>();
    auto commune = std::make_shared<std::string>();
    auto sector = std::make_shared<std::string>();
    auto limit = std::make_shared<std::size_t>(50);
    auto offset = std::make_shared<std::size_t>(0);
    auto* search = group->add_subcommand("search", "Search by name, tax code or address (accents optional)");
    search->add_option("query", *query,
                       "Words to find, e.g. \"khanh hoa\"; none with a filter lists them all");
    search->add_option("--commune", *commune, "Only enterprises of this commune or ward, as recorded");
    search->add_option("--sector", *sector, "Only this VSIC 2018 section, a letter A–U (C: manufacturing)");
    search->add_option("--limit", *limit, "At most this many results")->check(CLI::Range(1, 100000));
    search->add_option("--offset", *offset, "Skip this many results");
    search->callback([&context, query, commune, sector, limit, offset] {
        domain::EnterpriseFilter filter;
        filter.commune = *commune;
        if (!sector->empty()) filter.sector = domain::ParseVsicSection(*sector, "--sector").letter;
        if (query->empty() && filter.Empty())
            throw CLI::ValidationError(context.Say("Cần từ cần tìm, --commune hoặc --sector.",
                                                   "Give words to find, --commune or --sector."));
        PrintEnterpriseList(context,
                            context.Workspace().Enterprises().Search(*query, filter, *limit, *offset));
    });

    auto* communes =
        group->add_subcommand("communes", "The communes enterprises are registered in, with counts");
    communes->callback([&context] {
        const auto list = context.Workspace().Enterprises().Communes();
        if (context.options.json) {
            nlohmann::json array = nlohmann::json::array();
            for (const auto& c : list)
                array.push_back({{"commune", c.commune}, {"enterprises", c.enterprises}});
            context.out << array.dump(2) << '\n';
            return;
        }
        for (const auto& c : list) context.out << c.commune << "  " << c.enterprises << '\n';
    });

    auto family_key = std::make_shared<std::string>();
    auto* family = group->add_subcommand("family", "The enterprise with its parent and branches");
    family->add_option("tax-code", *family_key, "Tax code")->required();
    family->callback([&context, family_key] {
        PrintEnterpriseList(context, context.Workspace().Enterprises().Family(*family_key));
    });

    auto* reindex = group->add_subcommand(
        "reindex",
        "Rebuild the search text and index of every enterprise (after edits made outside InnoDesk)");
    reindex->callback([&context] {
        const auto count = context.Workspace().Enterprises().RebuildSearchIndex(context.Actor());
        context.out << context.Say("Đã lập lại chỉ mục tìm kiếm cho ", "Rebuilt the search index for ")
                    << count << context.Say(" doanh nghiệp.", " enterprises.") << '\n';
    });

    auto import = std::make_shared<ImportOptions>();
    auto* import_cmd =
        group->add_subcommand("import", "Import enterprises from CSV or XLSX (upsert by tax code)");
    import_cmd->add_option("file", import->file, "CSV, TSV, TXT or XLSX file")->required();
    import_cmd->add_option("--errors", import->errors, "Write the rows that failed to this CSV");
    import_cmd->add_option("--encoding", import->encoding,
                           "Text encoding of a CSV without BOM, e.g. windows-1258");
    import_cmd->add_flag("--all-or-nothing", import->all_or_nothing, "Store nothing if any row fails");
    import_cmd->callback([&context, import] {
        interchange::CsvOptions csv;
        csv.encoding = import->encoding;
        const auto table = interchange::ReadTableFile(import->file, csv);
        auto& store = context.Store();
        const auto report = domain::EnterpriseImport(store, context.Text(), context.Clock())
                                .Run(table, context.Actor(), {import->all_or_nothing, nullptr});
        if (!import->errors.empty()) WriteImportErrorReport(context, report.errors, import->errors);
        if (context.options.json) {
            context.out << nlohmann::json{{"rows", report.rows},
                                          {"inserted", report.inserted},
                                          {"updated", report.updated},
                                          {"unchanged", report.unchanged},
                                          {"stored", report.stored},
                                          {"provinces", ProvinceSourcesJson(report.provinces)},
                                          {"errors", ImportErrorsJson(context, report.errors)}}
                               .dump(2)
                        << '\n';
        } else {
            context.out << context.Say("Số dòng", "Rows") << ": " << report.rows << ", "
                        << context.Say("thêm mới", "inserted") << ": " << report.inserted << ", "
                        << context.Say("cập nhật", "updated") << ": " << report.updated << ", "
                        << context.Say("không đổi", "unchanged") << ": " << report.unchanged << ", "
                        << context.Say("lỗi", "failed") << ": " << report.errors.size() << '\n';
            PrintProvinceSources(context, report.provinces);
            if (!report.stored)
                context.out << context.Say("Không lưu dòng nào vì có dòng lỗi (--all-or-nothing).",
                                           "Nothing was stored because some rows failed (--all-or-nothing).")
                            << '\n';
        }
        RefuseImportedRows(context, report.errors, import->errors);
    });
}

}  // namespace innodesk::cli
