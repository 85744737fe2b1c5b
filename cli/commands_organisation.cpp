// innodesk-cli organisation …: the register of organisations that lead or apply tasks and are
// not enterprises (institutes, universities, public service units).
#include "commands.h"
#include "option_values.h"
#include "task_json_views.h"

#include "domain/task_service.h"

#include <memory>

namespace innodesk::cli {
namespace {

struct AddOptions {
    std::string name, kind = "research_institute", tax_code, address, contact;
};

}  // namespace

void AddOrganisationCommands(CLI::App& app, CliContext& context) {
    auto* group = app.add_subcommand("organisation", "Organisations other than enterprises that lead tasks")
                      ->require_subcommand(1);

    auto a = std::make_shared<AddOptions>();
    auto* add = group->add_subcommand("add", "Add an organisation to the register (officers)");
    add->add_option("--name", a->name, "Its full name")->required();
    add->add_option(
        "--kind", a->kind,
        "research_institute | university | public_service_unit | state_agency | association | other");
    add->add_option("--tax-code", a->tax_code, "Its tax code, if it has one");
    add->add_option("--address", a->address, "Address");
    add->add_option("--contact", a->contact, "A person, a telephone, an e-mail");
    add->callback([&context, a] {
        domain::Organisation organisation;
        organisation.name = a->name;
        organisation.kind = ParseOption(domain::OrganisationKinds(), a->kind, "--kind");
        organisation.tax_code = a->tax_code;
        organisation.address = a->address;
        organisation.contact = a->contact;
        const auto added =
            context.Workspace().Tasks().AddOrganisation(std::move(organisation), context.Actor());
        if (context.options.json)
            context.out << ToJson(added).dump(2) << '\n';
        else
            context.out << added.name << " (id " << added.id << ")\n";
    });

    auto* list = group->add_subcommand("list", "List the organisations, by name");
    list->callback([&context] {
        const auto organisations = context.Workspace().Tasks().Organisations();
        if (context.options.json) {
            nlohmann::json array = nlohmann::json::array();
            for (const auto& organisation : organisations) array.push_back(ToJson(organisation));
            context.out << array.dump(2) << '\n';
            return;
        }
        const bool vi = context.Language() == domain::Language::Vietnamese;
        for (const auto& organisation : organisations) {
            const auto& kind = domain::EntryOf(domain::OrganisationKinds(), organisation.kind);
            context.out << "#" << organisation.id << "  " << organisation.name << "  ("
                        << (vi ? kind.vi : kind.en) << ")\n";
        }
    });
}

}  // namespace innodesk::cli
