// innodesk-cli voucher … and provider …: innovation vouchers and the registered providers.
#include "commands.h"
#include "json_views.h"
#include "option_values.h"

#include "domain/enterprise_service.h"
#include "domain/programme_service.h"
#include "domain/voucher_service.h"

#include <memory>
#include <sstream>

namespace innodesk::cli {
namespace {

void PrintVoucher(CliContext& context, const domain::Voucher& v) {
    if (context.options.json) {
        context.out << ToJson(v).dump(2) << '\n';
        return;
    }
    const bool vi = context.Language() == domain::Language::Vietnamese;
    const auto& state = domain::EntryOf(domain::VoucherLifecycle().states, v.state);
    context.out << v.serial << "  " << (vi ? state.vi : state.en) << "  " << v.face_value.Format() << " ("
                << context.Say("ngân sách ", "state ") << v.state_share.Format() << ")  "
                << context.Say("hạn ", "valid until ") << v.valid_until.Format() << "  id " << v.id << '\n';
}

struct IssueOptions {
    std::string enterprise, programme, content, face_value, state_share, issued, valid_until;
    int year = 0;
};

struct RedeemOptions {
    long long id = 0, provider = 0;
    std::string invoice, invoice_date, invoice_amount;
};

std::vector<domain::SupportContent> ParseContents(const std::string& list) {
    std::vector<domain::SupportContent> contents;
    std::stringstream stream(list);
    for (std::string item; std::getline(stream, item, ',');)
        if (!item.empty()) contents.push_back(ParseOption(domain::SupportContents(), item, "--contents"));
    return contents;
}

}  // namespace

void AddVoucherCommands(CLI::App& app, CliContext& context) {
    auto service = [&context] { return context.Workspace().Vouchers(); };
    auto* group = app.add_subcommand("voucher", "Innovation vouchers")->require_subcommand(1);

    auto i = std::make_shared<IssueOptions>();
    auto* issue = group->add_subcommand("issue", "Issue a voucher to an enterprise");
    issue->add_option("--enterprise", i->enterprise, "Tax code")->required();
    issue->add_option("--programme", i->programme, "Programme code")->required();
    issue->add_option("--year", i->year, "Programme year")->required();
    issue->add_option("--content", i->content, "Service category (support content code)")->required();
    issue->add_option("--face-value", i->face_value, "Face value in đồng")->required();
    issue->add_option("--state-share", i->state_share, "The state's share in đồng")->required();
    issue->add_option("--issued", i->issued, "Issue date dd/mm/yyyy")->required();
    issue->add_option("--valid-until", i->valid_until, "Last day of validity dd/mm/yyyy")->required();
    issue->callback([&context, i, service] {
        domain::VoucherRequest request;
        request.enterprise_id = context.Workspace().Enterprises().GetByTaxCode(i->enterprise).id;
        request.programme_id = context.Workspace().Programmes().GetByCode(i->programme).id;
        request.year = i->year;
        request.content = ParseOption(domain::SupportContents(), i->content, "--content");
        request.face_value = domain::Money::Parse(i->face_value, "--face-value");
        request.state_share = domain::Money::Parse(i->state_share, "--state-share");
        request.issued_on = domain::CalendarDate::Parse(i->issued, "--issued");
        request.valid_until = domain::CalendarDate::Parse(i->valid_until, "--valid-until");
        PrintVoucher(context, service().Issue(request, context.Actor()));
    });

    auto r = std::make_shared<RedeemOptions>();
    auto* redeem = group->add_subcommand("redeem", "Record the service delivered and the provider's invoice");
    redeem->add_option("id", r->id, "Voucher id")->required();
    redeem->add_option("--provider", r->provider, "Provider id")->required();
    redeem->add_option("--invoice", r->invoice, "Invoice number")->required();
    redeem->add_option("--invoice-date", r->invoice_date, "Invoice date dd/mm/yyyy")->required();
    redeem->add_option("--invoice-amount", r->invoice_amount, "Invoice amount in đồng")->required();
    redeem->callback([&context, r, service] {
        PrintVoucher(context,
                     service().Redeem(r->id,
                                      {r->provider, r->invoice,
                                       domain::CalendarDate::Parse(r->invoice_date, "--invoice-date"),
                                       domain::Money::Parse(r->invoice_amount, "--invoice-amount")},
                                      context.Actor()));
    });

    auto pay_id = std::make_shared<long long>(0);
    auto pay_amount = std::make_shared<std::string>();
    auto pay_date = std::make_shared<std::string>();
    auto* reimburse = group->add_subcommand("reimburse", "Record the payment to the provider");
    reimburse->add_option("id", *pay_id, "Voucher id")->required();
    reimburse->add_option("--amount", *pay_amount, "Amount paid in đồng")->required();
    reimburse->add_option("--date", *pay_date, "Payment date dd/mm/yyyy")->required();
    reimburse->callback([&context, pay_id, pay_amount, pay_date, service] {
        PrintVoucher(context,
                     service().Reimburse(*pay_id, domain::Money::Parse(*pay_amount, "--amount"),
                                         domain::CalendarDate::Parse(*pay_date, "--date"), context.Actor()));
    });

    auto cancel_id = std::make_shared<long long>(0);
    auto cancel_reason = std::make_shared<std::string>();
    auto cancel_note = std::make_shared<std::string>();
    auto* cancel = group->add_subcommand("cancel", "Cancel a voucher with a reason");
    cancel->add_option("id", *cancel_id, "Voucher id")->required();
    cancel
        ->add_option(
            "--reason", *cancel_reason,
            "enterprise_request | issued_in_error | provider_unavailable | misuse | false_declaration")
        ->required();
    cancel->add_option("--note", *cancel_note, "Note");
    cancel->callback([&context, cancel_id, cancel_reason, cancel_note, service] {
        PrintVoucher(
            context,
            service().Cancel(*cancel_id, ParseOption(domain::CancelReasons(), *cancel_reason, "--reason"),
                             *cancel_note, context.Actor()));
    });

    auto as_of = std::make_shared<std::string>();
    auto* expire = group->add_subcommand("expire", "Mark vouchers past their validity as expired");
    expire->add_option("--as-of", *as_of, "Date dd/mm/yyyy (default: today)");
    expire->callback([&context, as_of, service] {
        const auto today =
            as_of->empty() ? context.Clock().Today() : domain::CalendarDate::Parse(*as_of, "--as-of");
        const auto count = service().ExpireDue(today, context.Actor());
        context.out << count << context.Say(" phiếu hết hạn.", " vouchers expired.") << '\n';
    });

    auto filter_state = std::make_shared<std::string>();
    auto filter_year = std::make_shared<int>(0);
    auto filter_enterprise = std::make_shared<std::string>();
    auto* list = group->add_subcommand("list", "List vouchers");
    list->add_option("--state", *filter_state, "issued | redeemed | reimbursed | expired | cancelled");
    list->add_option("--year", *filter_year, "Only this year");
    list->add_option("--enterprise", *filter_enterprise, "Only this tax code");
    list->callback([&context, filter_state, filter_year, filter_enterprise, service] {
        domain::VoucherFilter filter;
        if (!filter_state->empty())
            filter.state = ParseOption(domain::VoucherLifecycle().states, *filter_state, "--state");
        if (*filter_year > 0) filter.year = *filter_year;
        if (!filter_enterprise->empty())
            filter.enterprise_id = context.Workspace().Enterprises().GetByTaxCode(*filter_enterprise).id;
        const auto vouchers = service().List(filter);
        if (context.options.json) {
            nlohmann::json array = nlohmann::json::array();
            for (const auto& v : vouchers) array.push_back(ToJson(v));
            context.out << array.dump(2) << '\n';
            return;
        }
        for (const auto& v : vouchers) PrintVoucher(context, v);
    });

    auto* providers = app.add_subcommand("provider", "Registered service providers")->require_subcommand(1);
    auto p_name = std::make_shared<std::string>();
    auto p_tax = std::make_shared<std::string>();
    auto p_contents = std::make_shared<std::string>();
    auto* add = providers->add_subcommand("add", "Register a service provider");
    add->add_option("--name", *p_name, "Name")->required();
    add->add_option("--tax-code", *p_tax, "Tax code")->required();
    add->add_option("--contents", *p_contents, "Comma-separated support content codes it serves")->required();
    add->callback([&context, p_name, p_tax, p_contents, service] {
        domain::ServiceProvider provider;
        provider.name = *p_name;
        provider.tax_code = domain::TaxCode::Parse(*p_tax);
        provider.contents = ParseContents(*p_contents);
        const auto created = service().RegisterProvider(provider, context.Actor());
        if (context.options.json)
            context.out << ToJson(created).dump(2) << '\n';
        else
            context.out << created.name << " (id " << created.id << ")\n";
    });
    auto* plist = providers->add_subcommand("list", "List providers");
    plist->callback([&context, service] {
        const auto registered = service().Providers();
        if (context.options.json) {
            nlohmann::json array = nlohmann::json::array();
            for (const auto& p : registered) array.push_back(ToJson(p));
            context.out << array.dump(2) << '\n';
            return;
        }
        for (const auto& p : registered)
            context.out << p.id << "  " << p.tax_code.Value() << "  " << p.name << '\n';
    });
}

}  // namespace innodesk::cli
