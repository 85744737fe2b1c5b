// innodesk-cli outcome …: what supported enterprises achieved (technology applied, new products,
// standards, in-depth consulting), recorded for the plan's outcome targets.
#include "commands.h"
#include "json_views.h"
#include "option_values.h"

#include "domain/enterprise_service.h"
#include "domain/outcome_service.h"

#include <map>
#include <memory>

namespace innodesk::cli {
namespace {

struct AddOptions {
    std::string enterprise, kind, description, date;
    int year = 0;
    long long application = 0;
};

struct ListOptions {
    int year = 0;
    std::string enterprise, kind;
};

}  // namespace

void AddOutcomeCommands(CLI::App& app, CliContext& context) {
    auto* group =
        app.add_subcommand("outcome", "Enterprise outcomes: technology applied, new products, standards")
            ->require_subcommand(1);
    auto service = [&context] { return context.Workspace().Outcomes(); };

    auto a = std::make_shared<AddOptions>();
    auto* add = group->add_subcommand("add", "Record an outcome");
    add->add_option("--enterprise", a->enterprise, "Tax code")->required();
    add->add_option("--kind", a->kind,
                    "technology_applied | new_product | standard_adopted | international_standard | "
                    "in_depth_consulting")
        ->required();
    add->add_option("--year", a->year, "Plan year it counts towards")->required();
    add->add_option("--description", a->description, "What was achieved")->required();
    add->add_option("--application", a->application, "Id of the application whose support led to it");
    add->add_option("--date", a->date, "Date recorded dd/mm/yyyy (default: today)");
    add->callback([&context, a, service] {
        domain::EnterpriseOutcome outcome;
        outcome.enterprise_id = context.Workspace().Enterprises().GetByTaxCode(a->enterprise).id;
        outcome.kind = ParseOption(domain::OutcomeKinds(), a->kind, "--kind");
        outcome.year = a->year;
        outcome.description = a->description;
        if (a->application > 0) outcome.application_id = a->application;
        outcome.recorded_on =
            a->date.empty() ? context.Clock().Today() : domain::CalendarDate::Parse(a->date, "--date");
        const auto stored = service().Add(std::move(outcome), context.Actor());
        if (context.options.json)
            context.out << ToJson(stored).dump(2) << '\n';
        else
            context.out << context.Say("Đã ghi kết quả id ", "Recorded outcome id ") << stored.id << '\n';
    });

    auto l = std::make_shared<ListOptions>();
    auto* list = group->add_subcommand("list", "List outcomes");
    list->add_option("--year", l->year, "Only this plan year");
    list->add_option("--enterprise", l->enterprise, "Only this enterprise (tax code)");
    list->add_option("--kind", l->kind, "Only this kind");
    list->callback([&context, l, service] {
        auto enterprises = context.Workspace().Enterprises();
        domain::OutcomeFilter filter;
        if (l->year > 0) filter.year = l->year;
        if (!l->enterprise.empty()) filter.enterprise_id = enterprises.GetByTaxCode(l->enterprise).id;
        if (!l->kind.empty()) filter.kind = ParseOption(domain::OutcomeKinds(), l->kind, "--kind");
        const auto outcomes = service().List(filter);
        if (context.options.json) {
            nlohmann::json array = nlohmann::json::array();
            for (const auto& outcome : outcomes) array.push_back(ToJson(outcome));
            context.out << array.dump(2) << '\n';
            return;
        }
        const bool vi = context.Language() == domain::Language::Vietnamese;
        std::map<domain::EnterpriseId, std::string> tax_codes;  // each enterprise looked up once
        for (const auto& outcome : outcomes) {
            auto found = tax_codes.find(outcome.enterprise_id);
            if (found == tax_codes.end())
                found = tax_codes
                            .emplace(outcome.enterprise_id,
                                     enterprises.Get(outcome.enterprise_id).tax_code.Value())
                            .first;
            const auto& kind = domain::EntryOf(domain::OutcomeKinds(), outcome.kind);
            context.out << "#" << outcome.id << "  " << outcome.year << "  " << found->second << "  "
                        << (vi ? kind.vi : kind.en) << "  " << outcome.description << '\n';
        }
    });
}

}  // namespace innodesk::cli
