// innodesk-cli application …: the application lifecycle, decisions, contracts and payments.
#include "commands.h"
#include "json_views.h"
#include "option_values.h"

#include "domain/application_service.h"
#include "domain/decision_service.h"
#include "domain/enterprise_service.h"
#include "domain/programme_service.h"

#include <memory>

namespace innodesk::cli {
namespace {

using domain::ApplicationState;

void PrintApplication(CliContext& context, const domain::Application& a) {
    if (context.options.json) {
        context.out << ToJson(a).dump(2) << '\n';
        return;
    }
    const bool vi = context.Language() == domain::Language::Vietnamese;
    const auto& state = domain::EntryOf(domain::ApplicationLifecycle().states, a.state);
    const auto& content = domain::EntryOf(domain::SupportContents(), a.content);
    context.out << "#" << a.id << "  " << a.title << '\n'
                << "  " << context.Say("Trạng thái", "State") << ": " << (vi ? state.vi : state.en) << '\n'
                << "  " << context.Say("Nội dung", "Content") << ": " << (vi ? content.vi : content.en)
                << ", " << a.year << '\n'
                << "  " << context.Say("Đề nghị", "Requested") << ": " << a.requested_amount.Format() << ", "
                << context.Say("đối ứng", "co-funding") << ": " << a.co_funding_amount.Format() << '\n';
    if (a.approved_amount) {
        context.out << "  " << context.Say("Phê duyệt", "Approved") << ": " << a.approved_amount->Format();
        if (a.original_approved_amount && *a.original_approved_amount != *a.approved_amount)
            context.out << " (" << context.Say("ban đầu ", "originally ")
                        << a.original_approved_amount->Format() << ")";
        context.out << '\n';
    }
    if (!a.contract_number.empty())
        context.out << "  " << context.Say("Hợp đồng", "Contract") << ": " << a.contract_number << '\n';
}

struct CreateOptions {
    std::string enterprise, programme, content, title, requested, co_funding = "0";
    int year = 0;
};

// What `application edit` may change; an option not given keeps the application's value.
struct EditOptions {
    long long id = 0, version = 0;
    std::string enterprise, programme, content, title, requested, co_funding;
    int year = 0;
};

}  // namespace

void AddApplicationCommands(CLI::App& app, CliContext& context) {
    auto* group = app.add_subcommand("application", "Applications for support and their lifecycle")
                      ->require_subcommand(1);
    auto service = [&context] { return context.Workspace().Applications(); };

    auto c = std::make_shared<CreateOptions>();
    auto* create = group->add_subcommand("create", "Create a draft application");
    create->add_option("--enterprise", c->enterprise, "Tax code of the enterprise")->required();
    create->add_option("--programme", c->programme, "Programme code")->required();
    create->add_option("--year", c->year, "Programme year")->required();
    create->add_option("--content", c->content, "Support content code")->required();
    create->add_option("--title", c->title, "What is proposed")->required();
    create->add_option("--requested", c->requested, "State support requested, in đồng")->required();
    create->add_option("--co-funding", c->co_funding, "The enterprise's own share, in đồng");
    create->callback([&context, c, service] {
        domain::Application draft;
        draft.enterprise_id = context.Workspace().Enterprises().GetByTaxCode(c->enterprise).id;
        draft.programme_id = context.Workspace().Programmes().GetByCode(c->programme).id;
        draft.year = c->year;
        draft.content = ParseOption(domain::SupportContents(), c->content, "--content");
        draft.title = c->title;
        draft.requested_amount = domain::Money::Parse(c->requested, "--requested");
        draft.co_funding_amount = domain::Money::Parse(c->co_funding, "--co-funding");
        PrintApplication(context, service().Create(std::move(draft), context.Actor()));
    });

    // Plain lifecycle moves share one shape: an id, an optional note, an optional expected version.
    const std::vector<std::tuple<const char*, ApplicationState, const char*>> moves{
        {"submit", ApplicationState::Submitted, "Submit a draft"},
        {"review", ApplicationState::UnderReview, "Start the review"},
        {"recommend", ApplicationState::Recommended, "Recommend for support"},
        {"not-recommend", ApplicationState::NotRecommended, "Recommend against support"},
        {"start", ApplicationState::InProgress, "Start the contracted work"},
        {"accept", ApplicationState::Accepted, "Record acceptance (nghiệm thu)"},
        {"monitor", ApplicationState::Monitoring, "Start post-acceptance monitoring"},
        {"close", ApplicationState::Closed, "Close"},
        {"withdraw", ApplicationState::Withdrawn, "Withdraw"},
    };
    for (const auto& [name, state, help] : moves) {
        auto id = std::make_shared<long long>(0);
        auto note = std::make_shared<std::string>();
        auto version = std::make_shared<long long>(0);
        auto* move = group->add_subcommand(name, help);
        move->add_option("id", *id, "Application id")->required();
        move->add_option("--note", *note, "Note for the history");
        move->add_option("--expect-version", *version,
                         "Refuse if the application changed since this version");
        const ApplicationState target = state;
        move->callback([&context, id, note, version, target, service] {
            const std::optional<std::int64_t> expected =
                *version > 0 ? std::optional<std::int64_t>(*version) : std::nullopt;
            PrintApplication(context, service().Move(*id, target, context.Actor(), *note, expected));
        });
    }

    auto e = std::make_shared<EditOptions>();
    auto* edit = group->add_subcommand("edit", "Correct a draft or submitted application");
    edit->add_option("id", e->id, "Application id")->required();
    edit->add_option("--expect-version", e->version, "The version you are correcting (see show --json)")
        ->required();
    edit->add_option("--enterprise", e->enterprise, "Tax code of the enterprise");
    edit->add_option("--programme", e->programme, "Programme code");
    edit->add_option("--year", e->year, "Programme year");
    edit->add_option("--content", e->content, "Support content code");
    edit->add_option("--title", e->title, "What is proposed");
    edit->add_option("--requested", e->requested, "State support requested, in đồng");
    edit->add_option("--co-funding", e->co_funding, "The enterprise's own share, in đồng");
    edit->callback([&context, e, service] {
        auto s = service();
        domain::Application edited = s.Get(e->id);
        edited.version = e->version;
        if (!e->enterprise.empty())
            edited.enterprise_id = context.Workspace().Enterprises().GetByTaxCode(e->enterprise).id;
        if (!e->programme.empty())
            edited.programme_id = context.Workspace().Programmes().GetByCode(e->programme).id;
        if (e->year > 0) edited.year = e->year;
        if (!e->content.empty())
            edited.content = ParseOption(domain::SupportContents(), e->content, "--content");
        if (!e->title.empty()) edited.title = e->title;
        if (!e->requested.empty())
            edited.requested_amount = domain::Money::Parse(e->requested, "--requested");
        if (!e->co_funding.empty())
            edited.co_funding_amount = domain::Money::Parse(e->co_funding, "--co-funding");
        PrintApplication(context, s.Edit(std::move(edited), context.Actor()));
    });

    auto unsubmit_id = std::make_shared<long long>(0);
    auto unsubmit_version = std::make_shared<long long>(0);
    auto* unsubmit =
        group->add_subcommand("unsubmit", "Take a submission back to draft, on the day it was submitted");
    unsubmit->add_option("id", *unsubmit_id, "Application id")->required();
    unsubmit->add_option("--expect-version", *unsubmit_version, "The version you saw")->required();
    unsubmit->callback([&context, unsubmit_id, unsubmit_version, service] {
        PrintApplication(context, service().UndoSubmission(*unsubmit_id, context.Actor(), *unsubmit_version));
    });

    auto contract_id = std::make_shared<long long>(0);
    auto contract_number = std::make_shared<std::string>();
    auto* contract = group->add_subcommand("contract", "Record the support contract");
    contract->add_option("id", *contract_id, "Application id")->required();
    auto contract_ends = std::make_shared<std::string>();
    auto contract_signed = std::make_shared<std::string>();
    contract->add_option("--number", *contract_number, "Contract number")->required();
    contract->add_option("--signed-on", *contract_signed,
                         "The day the contract was signed, dd/mm/yyyy (today when not given)");
    contract->add_option(
        "--ends-on", *contract_ends,
        "The contract's end, dd/mm/yyyy: its acceptance falls due then (a dashboard deadline)");
    contract->callback([&context, contract_id, contract_number, contract_ends, contract_signed, service] {
        PrintApplication(context, service().Contract(*contract_id, *contract_number, context.Actor(),
                                                     OptionalDate(*contract_ends, "--ends-on"),
                                                     OptionalDate(*contract_signed, "--signed-on")));
    });

    struct VaryOptions {
        long long id = 0;
        std::string amount, reason, number, date, legal_basis, signer_name;
    };
    auto v = std::make_shared<VaryOptions>();
    auto* vary = group->add_subcommand(
        "vary",
        "Draft a decision varying the approved amount (officers); it takes effect when an approver signs it");
    vary->add_option("id", v->id, "Application id")->required();
    vary->add_option("--amount", v->amount, "New approved amount")->required();
    vary->add_option("--reason", v->reason, "Why (printed as the decision's conditions)")->required();
    vary->add_option("--number", v->number, "The variation decision's number, e.g. 131/QĐ-SKHCN")->required();
    vary->add_option("--date", v->date, "The variation decision's date dd/mm/yyyy")->required();
    vary->add_option("--legal-basis", v->legal_basis, "Legal basis (căn cứ)");
    vary->add_option("--signer-name", v->signer_name, "Who is to sign (title and name); optional");
    vary->callback([&context, v] {
        domain::VariationDraft variation;
        variation.application_id = v->id;
        variation.new_amount = domain::Money::Parse(v->amount, "--amount");
        variation.reason = v->reason;
        variation.number = v->number;
        variation.date = domain::CalendarDate::Parse(v->date, "--date");
        variation.legal_basis = v->legal_basis;
        variation.signer_name = v->signer_name;
        const auto outcome = context.Workspace().Decisions().DraftVariation(variation, context.Actor());
        for (const auto& warning : outcome.warnings) context.err << context.Say(warning.message) << '\n';
        if (context.options.json) {
            context.out << ToJson(outcome.decision).dump(2) << '\n';
            return;
        }
        context.out << context.Say("Đã soạn dự thảo quyết định điều chỉnh ", "Drafted variation decision ")
                    << outcome.decision.number << " (id " << outcome.decision.id << ")"
                    << context.Say("; kinh phí chỉ thay đổi khi lãnh đạo ký.",
                                   "; the amount changes only when an approver signs it.")
                    << '\n';
    });

    auto pay_id = std::make_shared<long long>(0);
    auto pay_amount = std::make_shared<std::string>();
    auto pay_date = std::make_shared<std::string>();
    auto pay_reference = std::make_shared<std::string>();
    auto* disburse = group->add_subcommand("disburse", "Record a payment on a contracted application");
    disburse->add_option("id", *pay_id, "Application id")->required();
    disburse->add_option("--amount", *pay_amount, "Amount paid")->required();
    disburse->add_option("--date", *pay_date, "Payment date dd/mm/yyyy")->required();
    disburse->add_option("--reference", *pay_reference, "Payment order or treasury reference");
    disburse->callback([&context, pay_id, pay_amount, pay_date, pay_reference, service] {
        const auto verifier = context.Workspace().VerifierForDisplay();
        service().Disburse(*pay_id, domain::Money::Parse(*pay_amount, "--amount"),
                           domain::CalendarDate::Parse(*pay_date, "--date"), *pay_reference, context.Actor(),
                           *verifier);
        context.out << context.Say("Đã ghi giải ngân.", "Payment recorded.") << '\n';
    });

    auto show_id = std::make_shared<long long>(0);
    auto* show = group->add_subcommand("show", "Show an application with its history");
    show->add_option("id", *show_id, "Application id")->required();
    show->callback([&context, show_id, service] {
        auto s = service();
        const auto application = s.Get(*show_id);
        const auto history = s.History(*show_id);
        const auto payments = s.Disbursements(*show_id);
        if (context.options.json) {
            auto json = ToJson(application);
            json["history"] = nlohmann::json::array();
            for (const auto& step : history) json["history"].push_back(ToJson(step));
            json["disbursements"] = nlohmann::json::array();
            for (const auto& payment : payments)
                json["disbursements"].push_back({{"amount", payment.amount.Dong()},
                                                 {"paid_on", payment.paid_on.Format()},
                                                 {"reference", payment.reference},
                                                 {"recorded_by", payment.actor}});
            context.out << json.dump(2) << '\n';
            return;
        }
        PrintApplication(context, application);
        const bool vi = context.Language() == domain::Language::Vietnamese;
        for (const auto& step : history) {
            const auto& to = domain::EntryOf(domain::ApplicationLifecycle().states, step.to);
            context.out << "  - " << (vi ? to.vi : to.en) << "  " << step.actor << "  " << step.note << '\n';
        }
        for (const auto& payment : payments)
            context.out << "  " << (vi ? "Giải ngân " : "Paid ") << payment.amount.Format() << "  "
                        << payment.paid_on.Format() << "  " << payment.reference << '\n';
    });

    auto filter_state = std::make_shared<std::string>();
    auto filter_year = std::make_shared<int>(0);
    auto filter_content = std::make_shared<std::string>();
    auto filter_limit = std::make_shared<std::size_t>(200);
    auto* list = group->add_subcommand("list", "List applications");
    list->add_option("--state", *filter_state, "Only this state");
    list->add_option("--year", *filter_year, "Only this year");
    list->add_option("--content", *filter_content, "Only this support content");
    list->add_option("--limit", *filter_limit, "At most this many");
    list->callback([&context, filter_state, filter_year, filter_content, filter_limit, service] {
        domain::ApplicationFilter filter;
        if (!filter_state->empty())
            filter.state = ParseOption(domain::ApplicationLifecycle().states, *filter_state, "--state");
        if (*filter_year > 0) filter.year = *filter_year;
        if (!filter_content->empty())
            filter.content = ParseOption(domain::SupportContents(), *filter_content, "--content");
        filter.limit = *filter_limit;
        const auto applications = service().List(filter);
        if (context.options.json) {
            nlohmann::json array = nlohmann::json::array();
            for (const auto& a : applications) array.push_back(ToJson(a));
            context.out << array.dump(2) << '\n';
            return;
        }
        const bool vi = context.Language() == domain::Language::Vietnamese;
        for (const auto& a : applications) {
            const auto& state = domain::EntryOf(domain::ApplicationLifecycle().states, a.state);
            context.out << "#" << a.id << "  " << (vi ? state.vi : state.en) << "  "
                        << a.requested_amount.Format() << "  " << a.title << '\n';
        }
    });
}

}  // namespace innodesk::cli
