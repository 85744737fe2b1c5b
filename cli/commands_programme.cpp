// innodesk-cli programme …: programmes, their budget envelopes and support caps.
#include "commands.h"
#include "json_views.h"
#include "option_values.h"

#include "domain/programme_service.h"

#include <memory>

namespace innodesk::cli {
namespace {

struct ProgrammeOptions {
    std::string code, name;
    int start = 0, end = 0;
};

struct EnvelopeOptions {
    std::string programme, content, amount, source = "provincial_science";
    int year = 0;
};

struct CapOptions {
    std::string programme, content, per_contract = "0", per_year = "0";
    int max_share = 100, vouchers = 0;
};

}  // namespace

void AddProgrammeCommands(CLI::App& app, CliContext& context) {
    auto* group = app.add_subcommand("programme", "Programmes, budget envelopes and support caps")
                      ->require_subcommand(1);

    auto p = std::make_shared<ProgrammeOptions>();
    auto* add = group->add_subcommand("add", "Create a programme");
    add->add_option("--code", p->code, "Short code, e.g. DMST-DN-2026-2030")->required();
    add->add_option("--name", p->name, "Name")->required();
    add->add_option("--start", p->start, "First year")->required();
    add->add_option("--end", p->end, "Last year")->required();
    add->callback([&context, p] {
        domain::Programme programme{0, p->code, p->name, p->start, p->end};
        const auto created = context.Workspace().Programmes().Create(programme, context.Actor());
        if (context.options.json)
            context.out << ToJson(created).dump(2) << '\n';
        else
            context.out << created.code << " (id " << created.id << ")\n";
    });

    auto* list = group->add_subcommand("list", "List programmes");
    list->callback([&context] {
        const auto programmes = context.Workspace().Programmes().List();
        if (context.options.json) {
            nlohmann::json array = nlohmann::json::array();
            for (const auto& programme : programmes) array.push_back(ToJson(programme));
            context.out << array.dump(2) << '\n';
            return;
        }
        for (const auto& programme : programmes)
            context.out << programme.code << "  " << programme.start_year << "–" << programme.end_year << "  "
                        << programme.name << '\n';
    });

    auto e = std::make_shared<EnvelopeOptions>();
    auto* add_budget =
        group->add_subcommand("add-budget", "Add a yearly budget envelope for a support content");
    add_budget->add_option("--programme", e->programme, "Programme code")->required();
    add_budget->add_option("--year", e->year, "Year")->required();
    add_budget->add_option("--content", e->content, "Support content code")->required();
    add_budget->add_option("--amount", e->amount, "Amount in đồng")->required();
    add_budget->add_option("--source", e->source, "provincial_science | central | development_fund | other");
    add_budget->callback([&context, e] {
        auto service = context.Workspace().Programmes();
        domain::BudgetEnvelope envelope;
        envelope.programme_id = service.GetByCode(e->programme).id;
        envelope.year = e->year;
        envelope.content = ParseOption(domain::SupportContents(), e->content, "--content");
        envelope.source = ParseOption(domain::FundingSources(), e->source, "--source");
        envelope.amount = domain::Money::Parse(e->amount, "--amount");
        const auto created = service.AddEnvelope(envelope, context.Actor());
        context.out << context.Say("Đã lập dự toán id ", "Created envelope id ") << created.id << ": "
                    << created.amount.Format() << '\n';
    });

    auto code = std::make_shared<std::string>();
    auto* budget =
        group->add_subcommand("budget", "Envelopes with committed, disbursed and remaining amounts");
    budget->add_option("programme", *code, "Programme code")->required();
    budget->callback([&context, code] {
        auto service = context.Workspace().Programmes();
        const auto report = service.Budget(service.GetByCode(*code).id);
        if (context.options.json) {
            nlohmann::json array = nlohmann::json::array();
            for (const auto& [envelope, balance] : report)
                array.push_back(
                    {{"id", envelope.id},
                     {"year", envelope.year},
                     {"content", domain::EntryOf(domain::SupportContents(), envelope.content).code},
                     {"source", domain::EntryOf(domain::FundingSources(), envelope.source).code},
                     {"amount", balance.amount.Dong()},
                     {"committed", balance.committed.Dong()},
                     {"disbursed", balance.disbursed.Dong()},
                     {"remaining", balance.Remaining().Dong()}});
            context.out << array.dump(2) << '\n';
            return;
        }
        const bool vi = context.Language() == domain::Language::Vietnamese;
        for (const auto& [envelope, balance] : report) {
            const auto& content = domain::EntryOf(domain::SupportContents(), envelope.content);
            context.out << envelope.year << "  " << (vi ? content.vi : content.en) << "  "
                        << context.Say("dự toán ", "envelope ") << balance.amount.Format() << "  "
                        << context.Say("cam kết ", "committed ") << balance.committed.Format() << "  "
                        << context.Say("đã chi ", "disbursed ") << balance.disbursed.Format() << "  "
                        << context.Say("còn lại ", "remaining ") << balance.Remaining().Format() << '\n';
        }
    });

    auto c = std::make_shared<CapOptions>();
    auto* set_cap =
        group->add_subcommand("set-cap", "Set the support caps for a content (e.g. Decree 80/2021 levels)");
    set_cap->add_option("--programme", c->programme, "Programme code")->required();
    set_cap->add_option("--content", c->content, "Support content code")->required();
    set_cap->add_option("--max-share", c->max_share, "Largest state share of the total cost, in %");
    set_cap->add_option("--per-contract", c->per_contract, "Ceiling per contract in đồng (0 = none)");
    set_cap->add_option("--per-year", c->per_year, "Ceiling per enterprise per year in đồng (0 = none)");
    set_cap->add_option("--vouchers", c->vouchers, "Vouchers per enterprise per year (0 = no limit)");
    set_cap->callback([&context, c] {
        auto service = context.Workspace().Programmes();
        domain::SupportCap limits;
        limits.programme_id = service.GetByCode(c->programme).id;
        limits.content = ParseOption(domain::SupportContents(), c->content, "--content");
        limits.max_state_share_percent = c->max_share;
        limits.ceiling_per_contract = domain::Money::Parse(c->per_contract, "--per-contract");
        limits.ceiling_per_enterprise_year = domain::Money::Parse(c->per_year, "--per-year");
        limits.max_vouchers_per_enterprise_year = c->vouchers;
        service.SetCap(limits, context.Actor());
        context.out << context.Say("Đã lưu mức hỗ trợ.", "Caps saved.") << '\n';
    });
}

}  // namespace innodesk::cli
