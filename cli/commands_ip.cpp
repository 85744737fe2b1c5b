// innodesk-cli ip …: IP filings of supported enterprises, their status and exploitation.
#include "commands.h"
#include "json_views.h"
#include "option_values.h"

#include "domain/enterprise_service.h"
#include "domain/ip_service.h"
#include "domain/programme_service.h"

#include <memory>

namespace innodesk::cli {
namespace {

void PrintFilingLine(CliContext& context, const domain::IpFiling& f) {
    const bool vi = context.Language() == domain::Language::Vietnamese;
    const auto& type = domain::EntryOf(domain::IpTypes(), f.type);
    const auto& status = domain::EntryOf(domain::IpLifecycle().states, f.status);
    context.out << "#" << f.id << "  " << (vi ? type.vi : type.en) << "  " << (vi ? status.vi : status.en)
                << " " << f.status_on.Format() << "  " << f.application_number.value_or("—") << "  "
                << f.title;
    if (f.commercially_exploited) context.out << "  [" << context.Say("đang khai thác", "exploited") << "]";
    context.out << '\n';
}

void PrintFiling(CliContext& context, const domain::IpFiling& f) {
    if (context.options.json) {
        context.out << ToJson(f).dump(2) << '\n';
        return;
    }
    const bool vi = context.Language() == domain::Language::Vietnamese;
    const auto& type = domain::EntryOf(domain::IpTypes(), f.type);
    const auto& route = domain::EntryOf(domain::IpRoutes(), f.route);
    const auto& status = domain::EntryOf(domain::IpLifecycle().states, f.status);
    context.out << "#" << f.id << "  " << f.title << '\n'
                << "  " << context.Say("Loại", "Type") << ": " << (vi ? type.vi : type.en) << '\n'
                << "  " << context.Say("Nơi nộp", "Route") << ": " << (vi ? route.vi : route.en)
                << (f.country.empty() ? "" : " (" + f.country + ")") << '\n'
                << "  " << context.Say("Số đơn", "Application number") << ": "
                << f.application_number.value_or("—") << '\n'
                << "  " << context.Say("Ngày nộp", "Filed on") << ": " << f.filed_on.Format() << '\n'
                << "  " << context.Say("Trạng thái", "Status") << ": " << (vi ? status.vi : status.en) << " "
                << context.Say("từ ", "since ") << f.status_on.Format() << '\n'
                << "  " << context.Say("Kinh phí hỗ trợ", "Supported amount") << ": "
                << f.supported_amount.Format() << '\n'
                << "  " << context.Say("Khai thác thương mại", "Commercially exploited") << ": "
                << (f.commercially_exploited ? context.Say("có", "yes") : context.Say("không", "no")) << '\n'
                << "  " << context.Say("phiên bản ", "version ") << f.version << '\n';
}

struct AddOptions {
    std::string enterprise, type, route, country, title, filed, number, supported = "0", programme;
};

struct UpdateOptions {
    long long id = 0, version = 0;
    std::string status, date, note;
    std::optional<std::string> number;
};

struct ListOptions {
    std::string enterprise, status, type;
    int year = 0;
};

}  // namespace

void AddIpCommands(CLI::App& app, CliContext& context) {
    auto* group = app.add_subcommand("ip", "Intellectual-property filings")->require_subcommand(1);
    auto service = [&context] { return context.Workspace().IpFilings(); };

    auto a = std::make_shared<AddOptions>();
    auto* add = group->add_subcommand("add", "Record a filing");
    add->add_option("--enterprise", a->enterprise, "Tax code of the applicant enterprise")->required();
    add->add_option("--type", a->type,
                    "patent | utility_solution | industrial_design | trademark | geographical_indication")
        ->required();
    add->add_option("--route", a->route, "domestic | madrid | pct | hague | national_office")->required();
    add->add_option("--country", a->country, "2-letter country code, for national_office");
    add->add_option("--title", a->title, "Title of the invention, design or mark")->required();
    add->add_option("--filed", a->filed, "Filing date dd/mm/yyyy")->required();
    add->add_option("--number", a->number, "Application number, once the office gives it");
    add->add_option("--supported", a->supported, "The state's support for the filing, in đồng");
    add->add_option("--programme", a->programme, "Code of the programme that supported it");
    add->callback([&context, a, service] {
        domain::IpFiling filing;
        filing.enterprise_id = context.Workspace().Enterprises().GetByTaxCode(a->enterprise).id;
        filing.type = ParseOption(domain::IpTypes(), a->type, "--type");
        filing.route = ParseOption(domain::IpRoutes(), a->route, "--route");
        filing.country = a->country;
        filing.title = a->title;
        filing.filed_on = domain::CalendarDate::Parse(a->filed, "--filed");
        if (!a->number.empty()) filing.application_number = a->number;
        filing.supported_amount = domain::Money::Parse(a->supported, "--supported");
        if (!a->programme.empty())
            filing.programme_id = context.Workspace().Programmes().GetByCode(a->programme).id;
        PrintFiling(context, service().Add(std::move(filing), context.Actor()));
    });

    auto u = std::make_shared<UpdateOptions>();
    auto* update = group->add_subcommand("update", "Move a filing to its next status");
    update->add_option("id", u->id, "Filing id")->required();
    update
        ->add_option("--status", u->status, "formality_accepted | published | granted | refused | withdrawn")
        ->required();
    update->add_option("--date", u->date, "Date of the office's act dd/mm/yyyy")->required();
    update->add_option("--number", u->number, "Set or correct the application number");
    update->add_option("--note", u->note, "Note for the history");
    update->add_option("--expect-version", u->version, "Refuse if the filing changed since this version");
    update->callback([&context, u, service] {
        domain::IpStatusUpdate change;
        change.to = ParseOption(domain::IpLifecycle().states, u->status, "--status");
        change.on = domain::CalendarDate::Parse(u->date, "--date");
        change.application_number = u->number;
        change.note = u->note;
        if (u->version > 0) change.expected_version = u->version;
        PrintFiling(context, service().UpdateStatus(u->id, change, context.Actor()));
    });

    auto exploited_id = std::make_shared<long long>(0);
    auto exploited_clear = std::make_shared<bool>(false);
    auto* exploited = group->add_subcommand("exploited", "Mark a granted right as commercially exploited");
    exploited->add_option("id", *exploited_id, "Filing id")->required();
    exploited->add_flag("--clear", *exploited_clear, "Remove the mark instead");
    exploited->callback([&context, exploited_id, exploited_clear, service] {
        PrintFiling(context, service().SetExploited(*exploited_id, !*exploited_clear, context.Actor()));
    });

    auto show_id = std::make_shared<long long>(0);
    auto* show = group->add_subcommand("show", "Show a filing with its status history");
    show->add_option("id", *show_id, "Filing id")->required();
    show->callback([&context, show_id, service] {
        auto s = service();
        const auto filing = s.Get(*show_id);
        const auto history = s.History(*show_id);
        if (context.options.json) {
            auto json = ToJson(filing);
            json["history"] = nlohmann::json::array();
            for (const auto& step : history) json["history"].push_back(ToJson(step));
            context.out << json.dump(2) << '\n';
            return;
        }
        PrintFiling(context, filing);
        const bool vi = context.Language() == domain::Language::Vietnamese;
        for (const auto& step : history) {
            const auto& to = domain::EntryOf(domain::IpLifecycle().states, step.to);
            context.out << "  - " << step.on.Format() << "  " << (vi ? to.vi : to.en) << "  " << step.actor
                        << "  " << step.note << '\n';
        }
    });

    auto l = std::make_shared<ListOptions>();
    auto* list = group->add_subcommand("list", "List filings");
    list->add_option("--enterprise", l->enterprise, "Only this enterprise (tax code)");
    list->add_option("--status", l->status, "Only this status");
    list->add_option("--type", l->type, "Only this type");
    list->add_option("--year", l->year, "Only filings made in this year");
    list->callback([&context, l, service] {
        domain::IpFilingFilter filter;
        if (!l->enterprise.empty())
            filter.enterprise_id = context.Workspace().Enterprises().GetByTaxCode(l->enterprise).id;
        if (!l->status.empty())
            filter.status = ParseOption(domain::IpLifecycle().states, l->status, "--status");
        if (!l->type.empty()) filter.type = ParseOption(domain::IpTypes(), l->type, "--type");
        if (l->year > 0) filter.year_filed = l->year;
        const auto filings = service().List(filter);
        if (context.options.json) {
            nlohmann::json array = nlohmann::json::array();
            for (const auto& f : filings) array.push_back(ToJson(f));
            context.out << array.dump(2) << '\n';
            return;
        }
        for (const auto& f : filings) PrintFilingLine(context, f);
    });
}

}  // namespace innodesk::cli
