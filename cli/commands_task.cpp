// innodesk-cli task …: innovation and S&T tasks from proposal to the years after acceptance —
// propose, edit, list, show, award, contract, start, extend, terminate, milestones, tranches, the
// council's acceptance and its decision, transfer, use, and the applications delivered within.
#include "commands.h"
#include "json_views.h"
#include "option_values.h"
#include "task_json_views.h"
#include "task_options.h"

#include "domain/decision_service.h"
#include "domain/enterprise_service.h"
#include "domain/programme_service.h"
#include "domain/task_service.h"
#include "domain/tax_code.h"

#include <memory>

namespace innodesk::cli {
namespace {

template <typename Enum>
std::string Label(CliContext& context, std::span<const domain::EnumEntry<Enum>> table, Enum value) {
    const auto& entry = domain::EntryOf(table, value);
    return std::string(context.Language() == domain::Language::Vietnamese ? entry.vi : entry.en);
}

std::string DateOrDash(const std::optional<domain::CalendarDate>& date) {
    return date ? date->Format() : "—";
}

void PrintTask(CliContext& context, const domain::Task& t) {
    if (context.options.json) {
        context.out << ToJson(t).dump(2) << '\n';
        return;
    }
    context.out << "#" << t.id << "  " << t.code << "  " << t.title << '\n'
                << "  " << context.Say("Trạng thái", "State") << ": "
                << Label(context, domain::TaskLifecycle().states, t.state) << '\n'
                << "  " << context.Say("Cấp", "Level") << ": "
                << Label(context, domain::TaskLevels(), t.level) << ", "
                << Label(context, domain::AwardModes(), t.award_mode) << ", " << t.year << '\n'
                << "  " << context.Say("Chủ nhiệm", "Principal investigator") << ": "
                << t.principal_investigator << '\n'
                << "  " << context.Say("Kinh phí ngân sách", "State budget") << ": "
                << t.state_budget.Format() << ", " << context.Say("đối ứng", "co-funding") << ": "
                << t.CoFundingTotal().Format() << '\n';
    if (!t.contract_number.empty())
        context.out << "  " << context.Say("Hợp đồng", "Contract") << ": " << t.contract_number << "  "
                    << DateOrDash(t.starts_on) << " – " << DateOrDash(t.ends_on) << '\n';
}

void PrintFile(CliContext& context, const domain::TaskFile& file) {
    const auto today = context.Clock().Today();
    if (context.options.json) {
        context.out << ToJson(file, today).dump(2) << '\n';
        return;
    }
    const auto& t = file.task;
    PrintTask(context, t);
    context.out << "  " << context.Say("Chủ trì", "Lead") << ": " << file.lead_name << '\n';
    if (!t.ordering_unit.empty())
        context.out << "  " << context.Say("Đơn vị đặt hàng", "Ordering unit") << ": " << t.ordering_unit
                    << '\n';
    if (!t.applying_unit.empty())
        context.out << "  " << context.Say("Đơn vị ứng dụng", "Applying unit") << ": " << t.applying_unit
                    << '\n';
    if (!t.plan_code.empty())
        context.out << "  " << context.Say("Kế hoạch", "Plan") << ": " << t.plan_code
                    << (t.plan_line.empty() ? "" : " / " + t.plan_line) << '\n';
    for (const auto& funding : t.co_funding)
        context.out << "  " << context.Say("Đối ứng: ", "Co-funding: ") << funding.source << "  "
                    << funding.amount.Format() << '\n';
    for (const auto& output : t.outputs)
        context.out << "  " << context.Say("Sản phẩm: ", "Output: ")
                    << Label(context, domain::OutputKinds(), output.kind) << " × " << output.quantity << "  "
                    << output.description
                    << (output.applying_user.empty() ? "" : "  → " + output.applying_user) << '\n';
    for (const auto& m : file.milestones)
        context.out << "  " << context.Say("Mốc ", "Milestone ") << m.position << "  " << m.due_on.Format()
                    << "  " << Label(context, domain::MilestoneStatuses(), m.status)
                    << (m.reported_on ? " " + m.reported_on->Format() : "")
                    << (m.LateOn(today) ? context.Say(" [trễ]", " [late]") : "") << "  " << m.content << '\n';
    for (const auto& tranche : file.tranches)
        context.out << "  " << context.Say("Đợt ", "Tranche ") << tranche.number << "  "
                    << tranche.amount.Format() << "  " << tranche.due_on.Format() << "  "
                    << Label(context, domain::TrancheStatuses(), tranche.status)
                    << (tranche.paid_on ? " " + tranche.paid_on->Format() : "") << "  " << tranche.reference
                    << '\n';
    context.out << "  " << context.Say("Đã cấp", "Paid") << ": " << file.Paid().Format() << " / "
                << t.state_budget.Format() << '\n';
    for (const auto& e : file.extensions)
        context.out << "  " << context.Say("Gia hạn: ", "Extended: ") << e.from_end.Format() << " → "
                    << e.to_end.Format() << "  " << e.document_number << "  " << e.reason << '\n';
    if (t.acceptance)
        context.out << "  " << context.Say("Nghiệm thu: ", "Acceptance: ") << t.acceptance->held_on.Format()
                    << "  " << Label(context, domain::AcceptanceResults(), t.acceptance->result) << "  "
                    << t.acceptance->council << "  " << t.acceptance->minutes_number
                    << (t.acceptance->decision_id ? context.Say("  quyết định #", "  decision #") +
                                                        std::to_string(*t.acceptance->decision_id)
                                                  : "")
                    << '\n';
    if (t.transfer)
        context.out << "  " << context.Say("Bàn giao: ", "Transferred: ") << t.transfer->on.Format() << "  "
                    << t.transfer->receiving_unit << "  " << t.transfer->document_number << '\n';
    for (const auto& use : file.uses)
        context.out << "  " << context.Say("Ứng dụng: ", "In use: ") << use.place
                    << context.Say(" từ ", " since ") << use.since.Format() << "  ("
                    << use.reported_on.Format() << ")  " << use.evidence << '\n';
    if (!file.applications.empty()) {
        context.out << "  " << context.Say("Hồ sơ hỗ trợ:", "Applications:");
        for (const auto id : file.applications) context.out << " #" << id;
        context.out << '\n';
    }
    for (const auto& step : file.history)
        context.out << "  - " << step.on.Format() << "  "
                    << Label(context, domain::TaskLifecycle().states, step.to) << "  " << step.actor << "  "
                    << step.note << '\n';
}

void PrintMilestone(CliContext& context, const domain::Milestone& m) {
    if (context.options.json) {
        context.out << ToJson(m, context.Clock().Today()).dump(2) << '\n';
        return;
    }
    context.out << context.Say("Mốc ", "Milestone ") << m.position << "  " << m.due_on.Format() << "  "
                << Label(context, domain::MilestoneStatuses(), m.status) << "  " << m.content << '\n';
}

void PrintTranche(CliContext& context, const domain::Tranche& t) {
    if (context.options.json) {
        context.out << ToJson(t).dump(2) << '\n';
        return;
    }
    context.out << context.Say("Đợt ", "Tranche ") << t.number << "  " << t.amount.Format() << "  "
                << t.due_on.Format() << "  " << Label(context, domain::TrancheStatuses(), t.status) << '\n';
}

// What `task propose` and `task edit` read. For edit, an option left out keeps what is recorded.
struct DetailOptions {
    std::string id, code, title, level, award, programme, plan, plan_line, lead_enterprise, lead_organisation,
        pi, ordering_unit, applying_unit, budget, proposed_on;
    int year = 0;
    int follow_up_years = -1;
    std::vector<std::string> co_funding, outputs;
    bool no_co_funding = false, no_outputs = false;
};

void AddDetailOptions(CLI::App& command, DetailOptions& o, bool propose) {
    auto* code = command.add_option("--code", o.code, "The national or provincial task code, unique");
    auto* title = command.add_option("--title", o.title, "The task's title");
    command.add_option("--level", o.level, "provincial | grassroots");
    command.add_option("--award", o.award, "ordering | selection | direct_assignment");
    auto* year = command.add_option("--year", o.year, "The plan year the task belongs to");
    command.add_option("--programme", o.programme, "Code of the programme that funds it");
    command.add_option("--plan", o.plan, "Code of the plan it carries out");
    command.add_option("--plan-line", o.plan_line, "The plan's line (work item) it carries out");
    auto* enterprise =
        command.add_option("--lead-enterprise", o.lead_enterprise, "Tax code of the lead enterprise");
    auto* organisation = command.add_option("--lead-organisation", o.lead_organisation,
                                            "Name or id of the lead organisation (organisation list)");
    enterprise->excludes(organisation);
    auto* pi = command.add_option("--pi", o.pi, "The principal investigator (chủ nhiệm)");
    command.add_option("--ordering-unit", o.ordering_unit, "The unit that ordered it (đơn vị đặt hàng)");
    command.add_option("--applying-unit", o.applying_unit, "The unit that receives and applies the results");
    command.add_option("--budget", o.budget, "State budget, in đồng");
    command.add_option("--co-funding", o.co_funding, "Counterpart funds: \"SOURCE=AMOUNT\" (repeatable)");
    command.add_option("--output", o.outputs,
                       "An output committed: \"KIND:QTY:DESCRIPTION[:USER]\" (repeatable); KIND is one of "
                       "technology, product, process, model, digital_solution, standard, "
                       "intellectual_property, publication, report, trained_people, other");
    command.add_option("--follow-up-years", o.follow_up_years, "Years its use is followed after acceptance");
    if (propose) {
        for (auto* option : {code, title, year, pi}) option->required();
        command.add_option(
            "--proposed-on", o.proposed_on,
            "The day it was proposed, dd/mm/yyyy (default today): for tasks already under way");
        return;
    }
    command.add_flag("--no-co-funding", o.no_co_funding, "Remove every co-funding line");
    command.add_flag("--no-outputs", o.no_outputs, "Remove every output commitment");
}

// Applies the options given to `task` (all of them for a proposal, the ones given for an edit).
void ApplyDetails(CliContext& context, const DetailOptions& o, domain::Task& task) {
    auto& workspace = context.Workspace();
    if (!o.code.empty()) task.code = o.code;
    if (!o.title.empty()) task.title = o.title;
    if (!o.level.empty()) task.level = ParseOption(domain::TaskLevels(), o.level, "--level");
    if (!o.award.empty()) task.award_mode = ParseOption(domain::AwardModes(), o.award, "--award");
    if (o.year != 0) task.year = o.year;
    if (!o.programme.empty()) task.programme_id = workspace.Programmes().GetByCode(o.programme).id;
    if (!o.plan.empty()) task.plan_code = o.plan;
    if (!o.plan_line.empty()) task.plan_line = o.plan_line;
    if (!o.lead_enterprise.empty()) {
        task.lead_enterprise_id = workspace.Enterprises().GetByTaxCode(o.lead_enterprise).id;
        task.lead_organisation_id.reset();
    }
    if (!o.lead_organisation.empty()) {
        task.lead_organisation_id = OrganisationOf(context, o.lead_organisation).id;
        task.lead_enterprise_id.reset();
    }
    if (!o.pi.empty()) task.principal_investigator = o.pi;
    if (!o.ordering_unit.empty()) task.ordering_unit = o.ordering_unit;
    if (!o.applying_unit.empty()) task.applying_unit = o.applying_unit;
    if (!o.budget.empty()) task.state_budget = domain::Money::Parse(o.budget, "--budget");
    if (o.no_co_funding || !o.co_funding.empty()) {
        task.co_funding.clear();
        for (const auto& text : o.co_funding) task.co_funding.push_back(ParseCoFunding(text));
    }
    if (o.no_outputs || !o.outputs.empty()) {
        task.outputs.clear();
        for (const auto& text : o.outputs) task.outputs.push_back(ParseOutput(text));
    }
    if (o.follow_up_years >= 0) task.follow_up_years = o.follow_up_years;
}

struct ListOptions {
    int year = 0;
    std::string level, award, state, plan, lead;
    std::size_t limit = 500;
};

struct ContractOptions {
    std::string id, number, signed_on, starts_on, ends_on;
    long long envelope = 0;
};

struct StepOptions {
    std::string id, date, note, reason, document, ends_on;
};

struct MilestoneOptions {
    std::string id, content, product, due, date, evidence, reason;
    int position = 0;
};

struct TrancheOptions {
    std::string id, amount, due, date, reference, reason;
    int number = 0;
};

struct AcceptOptions {
    std::string id, council, date, result, minutes;
};

struct DecisionOptions {
    std::string task, number, date, legal_basis, signer_name, conditions;
};

struct TransferOptions {
    std::string id, date, receiving_unit, document, note;
};

struct UseOptions {
    std::string id, date, place, since, evidence;
};

struct LinkOptions {
    std::string id;
    long long application = 0;
};

void AddProposeAndEdit(CLI::App& group, CliContext& context) {
    auto p = std::make_shared<DetailOptions>();
    auto* propose = group.add_subcommand("propose", "Propose a task (officers)");
    AddDetailOptions(*propose, *p, true);
    propose->callback([&context, p] {
        domain::Task task;
        ApplyDetails(context, *p, task);
        auto service = context.Workspace().Tasks();
        const auto proposed_on = OptionalDate(p->proposed_on, "--proposed-on");
        PrintTask(context, proposed_on ? service.Propose(std::move(task), *proposed_on, context.Actor())
                                       : service.Propose(std::move(task), context.Actor()));
    });

    auto e = std::make_shared<DetailOptions>();
    auto* edit = group.add_subcommand("edit", "Change a proposed or awarded task's details (officers)");
    edit->add_option("task", e->id, "Task id or code")->required();
    AddDetailOptions(*edit, *e, false);
    edit->callback([&context, e] {
        auto service = context.Workspace().Tasks();
        auto task = service.Get(TaskIdOf(context, e->id));
        ApplyDetails(context, *e, task);
        PrintTask(context, service.Edit(std::move(task), context.Actor()));
    });
}

void AddListAndShow(CLI::App& group, CliContext& context) {
    auto l = std::make_shared<ListOptions>();
    auto* list = group.add_subcommand("list", "List tasks, newest year first");
    list->add_option("--year", l->year, "Only this year");
    list->add_option("--level", l->level, "Only this level");
    list->add_option("--award", l->award, "Only this award mode");
    list->add_option("--state", l->state, "Only this state");
    list->add_option("--plan", l->plan, "Only tasks of this plan");
    list->add_option("--lead", l->lead, "Only tasks led by this enterprise (tax code) or organisation");
    list->add_option("--limit", l->limit, "At most this many");
    list->callback([&context, l] {
        domain::TaskFilter filter;
        if (l->year > 0) filter.year = l->year;
        if (!l->level.empty()) filter.level = ParseOption(domain::TaskLevels(), l->level, "--level");
        if (!l->award.empty()) filter.award_mode = ParseOption(domain::AwardModes(), l->award, "--award");
        if (!l->state.empty())
            filter.state = ParseOption(domain::TaskLifecycle().states, l->state, "--state");
        filter.plan_code = l->plan;
        if (!l->lead.empty()) {
            // A valid tax code names an enterprise; anything else an organisation.
            bool tax_code = true;
            try {
                (void)domain::TaxCode::Parse(l->lead);
            } catch (const domain::DomainError&) {
                tax_code = false;
            }
            if (tax_code)
                filter.lead_enterprise_id = context.Workspace().Enterprises().GetByTaxCode(l->lead).id;
            else
                filter.lead_organisation_id = OrganisationOf(context, l->lead).id;
        }
        filter.limit = l->limit;
        const auto tasks = context.Workspace().Tasks().List(filter);
        const auto today = context.Clock().Today();
        if (context.options.json) {
            nlohmann::json array = nlohmann::json::array();
            for (const auto& summary : tasks) array.push_back(ToJson(summary, today));
            context.out << array.dump(2) << '\n';
            return;
        }
        for (const auto& s : tasks) {
            const bool late = s.next_milestone_due && today > *s.next_milestone_due;
            context.out << "#" << s.task.id << "  " << s.task.code << "  " << s.task.year << "  "
                        << Label(context, domain::AwardModes(), s.task.award_mode) << "  "
                        << Label(context, domain::TaskLifecycle().states, s.task.state) << "  "
                        << s.task.state_budget.Format() << "  " << s.lead_name << "  " << s.task.title
                        << (late ? context.Say("  [trễ mốc]", "  [milestone late]") : "") << '\n';
        }
    });

    auto show_id = std::make_shared<std::string>();
    auto* show = group.add_subcommand("show", "Show a task with everything recorded on it");
    show->add_option("task", *show_id, "Task id or code")->required();
    show->callback([&context, show_id] {
        PrintFile(context, context.Workspace().Tasks().File(TaskIdOf(context, *show_id)));
    });
}

void AddLifecycleSteps(CLI::App& group, CliContext& context) {
    auto award = std::make_shared<StepOptions>();
    auto* award_cmd = group.add_subcommand("award", "Record the selection or assignment (officers)");
    award_cmd->add_option("task", award->id, "Task id or code")->required();
    award_cmd->add_option("--date", award->date, "The day it was awarded, dd/mm/yyyy")->required();
    award_cmd->add_option("--note", award->note, "The decision or note for the history");
    award_cmd->callback([&context, award] {
        PrintTask(context,
                  context.Workspace().Tasks().Award(TaskIdOf(context, award->id),
                                                    domain::CalendarDate::Parse(award->date, "--date"),
                                                    award->note, context.Actor()));
    });

    auto c = std::make_shared<ContractOptions>();
    auto* contract = group.add_subcommand("contract", "Record the contract; commits the budget (officers)");
    contract->add_option("task", c->id, "Task id or code")->required();
    contract->add_option("--number", c->number, "Contract number")->required();
    contract->add_option("--signed-on", c->signed_on, "Signed on, dd/mm/yyyy")->required();
    contract->add_option("--starts-on", c->starts_on, "Start, dd/mm/yyyy")->required();
    contract->add_option("--ends-on", c->ends_on, "End, dd/mm/yyyy")->required();
    contract
        ->add_option("--envelope", c->envelope, "Id of the budget envelope it draws on (programme budget)")
        ->required();
    contract->callback([&context, c] {
        domain::ContractTerms terms;
        terms.number = c->number;
        terms.signed_on = domain::CalendarDate::Parse(c->signed_on, "--signed-on");
        terms.starts_on = domain::CalendarDate::Parse(c->starts_on, "--starts-on");
        terms.ends_on = domain::CalendarDate::Parse(c->ends_on, "--ends-on");
        terms.envelope_id = c->envelope;
        PrintTask(context,
                  context.Workspace().Tasks().Contract(TaskIdOf(context, c->id), terms, context.Actor()));
    });

    auto start = std::make_shared<StepOptions>();
    auto* start_cmd = group.add_subcommand("start", "Record that the work started (officers)");
    start_cmd->add_option("task", start->id, "Task id or code")->required();
    start_cmd->add_option("--date", start->date, "The day it started, dd/mm/yyyy")->required();
    start_cmd->callback([&context, start] {
        PrintTask(context, context.Workspace().Tasks().Start(
                               TaskIdOf(context, start->id),
                               domain::CalendarDate::Parse(start->date, "--date"), context.Actor()));
    });

    auto extend = std::make_shared<StepOptions>();
    auto* extend_cmd = group.add_subcommand("extend", "Move the contract's end later (gia hạn, officers)");
    extend_cmd->add_option("task", extend->id, "Task id or code")->required();
    extend_cmd->add_option("--ends-on", extend->ends_on, "The new end, dd/mm/yyyy")->required();
    extend_cmd->add_option("--reason", extend->reason, "Why")->required();
    extend_cmd->add_option("--document", extend->document, "The document that allowed it")->required();
    extend_cmd->callback([&context, extend] {
        PrintTask(context, context.Workspace().Tasks().Extend(
                               TaskIdOf(context, extend->id),
                               domain::CalendarDate::Parse(extend->ends_on, "--ends-on"), extend->reason,
                               extend->document, context.Actor()));
    });

    auto terminate = std::make_shared<StepOptions>();
    auto* terminate_cmd = group.add_subcommand("terminate", "Stop the task before acceptance (officers)");
    terminate_cmd->add_option("task", terminate->id, "Task id or code")->required();
    terminate_cmd->add_option("--date", terminate->date, "The day it was stopped, dd/mm/yyyy")->required();
    terminate_cmd->add_option("--reason", terminate->reason, "Why")->required();
    terminate_cmd->callback([&context, terminate] {
        PrintTask(context, context.Workspace().Tasks().Terminate(
                               TaskIdOf(context, terminate->id),
                               domain::CalendarDate::Parse(terminate->date, "--date"), terminate->reason,
                               context.Actor()));
    });
}

void AddMilestoneCommands(CLI::App& group, CliContext& context) {
    auto* milestone = group.add_subcommand("milestone", "A task's milestones")->require_subcommand(1);

    auto a = std::make_shared<MilestoneOptions>();
    auto* add = milestone->add_subcommand("add", "Add a milestone (officers)");
    add->add_option("task", a->id, "Task id or code")->required();
    add->add_option("--content", a->content, "What is due")->required();
    add->add_option("--product", a->product, "The product that shows it done");
    add->add_option("--due", a->due, "Due date, dd/mm/yyyy")->required();
    add->callback([&context, a] {
        domain::Milestone m;
        m.content = a->content;
        m.product = a->product;
        m.due_on = domain::CalendarDate::Parse(a->due, "--due");
        PrintMilestone(context, context.Workspace().Tasks().AddMilestone(TaskIdOf(context, a->id),
                                                                         std::move(m), context.Actor()));
    });

    auto r = std::make_shared<MilestoneOptions>();
    auto* report = milestone->add_subcommand("report", "Record a milestone reported (officers)");
    report->add_option("task", r->id, "Task id or code")->required();
    report->add_option("--position", r->position, "The milestone's number (1, 2, …)")->required();
    report->add_option("--date", r->date, "Reported on, dd/mm/yyyy")->required();
    report->add_option("--evidence", r->evidence, "The report's number, what was checked");
    report->callback([&context, r] {
        PrintMilestone(context,
                       context.Workspace().Tasks().ReportMilestone(
                           TaskIdOf(context, r->id), r->position,
                           domain::CalendarDate::Parse(r->date, "--date"), r->evidence, context.Actor()));
    });

    auto d = std::make_shared<MilestoneOptions>();
    auto* drop = milestone->add_subcommand("drop", "Drop a milestone no longer due (officers)");
    drop->add_option("task", d->id, "Task id or code")->required();
    drop->add_option("--position", d->position, "The milestone's number (1, 2, …)")->required();
    drop->add_option("--reason", d->reason, "Why")->required();
    drop->callback([&context, d] {
        PrintMilestone(context, context.Workspace().Tasks().DropMilestone(
                                    TaskIdOf(context, d->id), d->position, d->reason, context.Actor()));
    });
}

void AddTrancheCommands(CLI::App& group, CliContext& context) {
    auto* tranche =
        group.add_subcommand("tranche", "Payments of the state budget in tranches")->require_subcommand(1);

    auto p = std::make_shared<TrancheOptions>();
    auto* plan = tranche->add_subcommand("plan", "Plan a tranche (officers)");
    plan->add_option("task", p->id, "Task id or code")->required();
    plan->add_option("--amount", p->amount, "Amount in đồng")->required();
    plan->add_option("--due", p->due, "Due date, dd/mm/yyyy")->required();
    plan->callback([&context, p] {
        PrintTranche(context, context.Workspace().Tasks().PlanTranche(
                                  TaskIdOf(context, p->id), domain::Money::Parse(p->amount, "--amount"),
                                  domain::CalendarDate::Parse(p->due, "--due"), context.Actor()));
    });

    auto pay = std::make_shared<TrancheOptions>();
    auto* pay_cmd = tranche->add_subcommand("pay", "Record a tranche paid (officers)");
    pay_cmd->add_option("task", pay->id, "Task id or code")->required();
    pay_cmd->add_option("--number", pay->number, "The tranche's number (1, 2, …)")->required();
    pay_cmd->add_option("--date", pay->date, "Paid on, dd/mm/yyyy")->required();
    pay_cmd->add_option("--reference", pay->reference, "Payment order or treasury reference");
    pay_cmd->callback([&context, pay] {
        PrintTranche(context,
                     context.Workspace().Tasks().PayTranche(TaskIdOf(context, pay->id), pay->number,
                                                            domain::CalendarDate::Parse(pay->date, "--date"),
                                                            pay->reference, context.Actor()));
    });

    auto cancel = std::make_shared<TrancheOptions>();
    auto* cancel_cmd = tranche->add_subcommand("cancel", "Cancel a planned tranche (officers)");
    cancel_cmd->add_option("task", cancel->id, "Task id or code")->required();
    cancel_cmd->add_option("--number", cancel->number, "The tranche's number (1, 2, …)")->required();
    cancel_cmd->add_option("--reason", cancel->reason, "Why")->required();
    cancel_cmd->callback([&context, cancel] {
        PrintTranche(context,
                     context.Workspace().Tasks().CancelTranche(TaskIdOf(context, cancel->id), cancel->number,
                                                               cancel->reason, context.Actor()));
    });
}

void AddAcceptanceCommands(CLI::App& group, CliContext& context) {
    auto a = std::make_shared<AcceptOptions>();
    auto* accept = group.add_subcommand("accept", "Record the council's acceptance evaluation (officers)");
    accept->add_option("task", a->id, "Task id or code")->required();
    accept->add_option("--council", a->council, "The council, by its establishing decision")->required();
    accept->add_option("--date", a->date, "The day the council met, dd/mm/yyyy")->required();
    accept->add_option("--result", a->result, "excellent | passed | failed")->required();
    accept->add_option("--minutes", a->minutes, "The minutes' number (biên bản)")->required();
    accept->callback([&context, a] {
        domain::TaskAcceptance acceptance;
        acceptance.council = a->council;
        acceptance.held_on = domain::CalendarDate::Parse(a->date, "--date");
        acceptance.result = ParseOption(domain::AcceptanceResults(), a->result, "--result");
        acceptance.minutes_number = a->minutes;
        PrintTask(context, context.Workspace().Tasks().RecordAcceptance(
                               TaskIdOf(context, a->id), std::move(acceptance), context.Actor()));
    });

    auto* decision_group = group.add_subcommand("decision", "The acceptance decision")->require_subcommand(1);
    auto d = std::make_shared<DecisionOptions>();
    auto* draft = decision_group->add_subcommand(
        "draft",
        "Draft the decision issuing the recorded acceptance; an approver signs it with: decision sign");
    draft->add_option("--task", d->task, "Task id or code")->required();
    draft->add_option("--number", d->number, "Decision number, e.g. 310/QĐ-SKHCN")->required();
    draft->add_option("--date", d->date, "Decision date dd/mm/yyyy")->required();
    draft->add_option("--legal-basis", d->legal_basis, "Legal basis (căn cứ)");
    draft->add_option("--conditions", d->conditions, "Conditions attached");
    draft->add_option("--signer-name", d->signer_name, "Who is to sign (title and name); optional");
    draft->callback([&context, d] {
        domain::Decision decision;
        decision.kind = domain::DecisionKind::TaskAcceptance;
        decision.task_id = TaskIdOf(context, d->task);
        decision.number = d->number;
        decision.date = domain::CalendarDate::Parse(d->date, "--date");
        decision.legal_basis = d->legal_basis;
        decision.conditions = d->conditions;
        decision.signer_name = d->signer_name;
        const auto outcome = context.Workspace().Decisions().Draft(std::move(decision), context.Actor());
        for (const auto& warning : outcome.warnings) context.err << context.Say(warning.message) << '\n';
        if (context.options.json) {
            context.out << ToJson(outcome.decision).dump(2) << '\n';
            return;
        }
        context.out << context.Say("Đã soạn dự thảo quyết định nghiệm thu ", "Drafted acceptance decision ")
                    << outcome.decision.number << " (id " << outcome.decision.id << ")\n";
    });
}

void AddAfterAcceptanceCommands(CLI::App& group, CliContext& context) {
    auto t = std::make_shared<TransferOptions>();
    auto* transfer = group.add_subcommand("transfer", "Record the transfer to the applying unit (officers)");
    transfer->add_option("task", t->id, "Task id or code")->required();
    transfer->add_option("--date", t->date, "Transferred on, dd/mm/yyyy")->required();
    transfer->add_option("--receiving-unit", t->receiving_unit, "The unit that received the results")
        ->required();
    transfer->add_option("--document", t->document, "The transfer record's number (biên bản bàn giao)")
        ->required();
    transfer->add_option("--note", t->note, "Note");
    transfer->callback([&context, t] {
        domain::TaskTransfer record;
        record.on = domain::CalendarDate::Parse(t->date, "--date");
        record.receiving_unit = t->receiving_unit;
        record.document_number = t->document;
        record.note = t->note;
        PrintTask(context, context.Workspace().Tasks().Transfer(TaskIdOf(context, t->id), std::move(record),
                                                                context.Actor()));
    });

    auto u = std::make_shared<UseOptions>();
    auto* use = group.add_subcommand("use", "Record the results in use after acceptance (officers)");
    use->add_option("task", u->id, "Task id or code")->required();
    use->add_option("--date", u->date, "Reported on, dd/mm/yyyy")->required();
    use->add_option("--place", u->place, "Where the results are applied")->required();
    use->add_option("--since", u->since, "In use since, dd/mm/yyyy")->required();
    use->add_option("--evidence", u->evidence, "The evidence of use")->required();
    use->callback([&context, u] {
        domain::TaskUse record;
        record.reported_on = domain::CalendarDate::Parse(u->date, "--date");
        record.place = u->place;
        record.since = domain::CalendarDate::Parse(u->since, "--since");
        record.evidence = u->evidence;
        const auto recorded = context.Workspace().Tasks().RecordUse(TaskIdOf(context, u->id),
                                                                    std::move(record), context.Actor());
        if (context.options.json) {
            context.out << ToJson(recorded).dump(2) << '\n';
            return;
        }
        context.out << context.Say("Đã ghi ứng dụng: ", "Use recorded: ") << recorded.place
                    << context.Say(" từ ", " since ") << recorded.since.Format() << '\n';
    });

    for (const bool linking : {true, false}) {
        auto l = std::make_shared<LinkOptions>();
        auto* command = group.add_subcommand(
            linking ? "link" : "unlink",
            linking ? "Record a support application as delivered within the task (officers)"
                    : "Remove an application's link to the task (officers)");
        command->add_option("task", l->id, "Task id or code")->required();
        command->add_option("--application", l->application, "Application id")->required();
        command->callback([&context, l, linking] {
            auto service = context.Workspace().Tasks();
            const auto id = TaskIdOf(context, l->id);
            if (linking)
                service.LinkApplication(id, l->application, context.Actor());
            else
                service.UnlinkApplication(id, l->application, context.Actor());
            context.out << (linking ? context.Say("Đã gắn hồ sơ #", "Linked application #")
                                    : context.Say("Đã gỡ hồ sơ #", "Unlinked application #"))
                        << l->application << '\n';
        });
    }
}

}  // namespace

void AddTaskCommands(CLI::App& app, CliContext& context) {
    auto* group = app.add_subcommand("task", "Innovation and S&T tasks (nhiệm vụ) and their lifecycle")
                      ->require_subcommand(1);
    AddProposeAndEdit(*group, context);
    AddListAndShow(*group, context);
    AddLifecycleSteps(*group, context);
    AddMilestoneCommands(*group, context);
    AddTrancheCommands(*group, context);
    AddAcceptanceCommands(*group, context);
    AddAfterAcceptanceCommands(*group, context);
}

}  // namespace innodesk::cli
