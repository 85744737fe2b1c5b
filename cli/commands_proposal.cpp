// innodesk-cli proposal list|show|confirm|reject|status: changes to trust and signers proposed by
// one administrator, confirmed (or rejected) by a second.
#include "commands.h"
#include "proposal_output.h"

#include "domain/four_eyes_service.h"

#include <memory>

#include <nlohmann/json.hpp>

namespace innodesk::cli {
namespace {

std::string Code(domain::ChangeKind kind) {
    return std::string(domain::EntryOf(domain::ChangeKinds(), kind).code);
}

nlohmann::json ProposalJson(CliContext& context, const domain::Proposal& p) {
    const std::int64_t now = FourEyes(context).Now();
    return {{"id", p.id},
            {"kind", Code(p.change.kind)},
            {"change", context.Say(domain::DescribeChange(p.change))},
            {"proposed_by", p.proposed_by},
            {"proposed_at", domain::FormatVietnamTime(p.proposed_at_unix)},
            {"expires_at", domain::FormatVietnamTime(p.expires_at_unix)},
            {"status", domain::IsExpired(p, now)
                           ? std::string("expired")
                           : std::string(domain::EntryOf(domain::ProposalStatuses(), p.status).code)},
            {"decided_by", p.decided_by}};
}

void PrintProposal(CliContext& context, const domain::Proposal& p) {
    if (context.options.json) {
        context.out << ProposalJson(context, p).dump(2) << '\n';
        return;
    }
    const std::int64_t now = FourEyes(context).Now();
    context.out << "#" << p.id << "  " << context.Say(domain::StateText(p, now)) << "  "
                << context.Say(domain::DescribeChange(p.change)) << "\n    "
                << context.Say("đề xuất bởi ", "proposed by ") << p.proposed_by << " "
                << domain::FormatVietnamTime(p.proposed_at_unix) << context.Say(", hết hạn ", ", expires ")
                << domain::FormatVietnamTime(p.expires_at_unix) << '\n';
}

}  // namespace

domain::FourEyesService FourEyes(CliContext& context) {
    return {context.Store(), context.Clock()};
}

void PrintProposalOutcome(CliContext& context, const domain::ProposalOutcome& outcome) {
    if (context.options.json) {
        context.out << nlohmann::json{{"applied", outcome.applied},
                                      {"proposal", outcome.applied ? nlohmann::json(nullptr)
                                                                   : nlohmann::json(outcome.proposal.id)},
                                      {"message", context.Say(outcome.message)}}
                           .dump(2)
                    << '\n';
        return;
    }
    context.out << context.Say(outcome.message) << '\n';
}

void AddProposalCommands(CLI::App& app, CliContext& context) {
    auto* group =
        app.add_subcommand("proposal",
                           "Changes to trust and signers awaiting a second administrator's confirmation")
            ->require_subcommand(1);

    auto all = std::make_shared<bool>(false);
    auto* list = group->add_subcommand("list", "List proposals awaiting confirmation (administrators)");
    list->add_flag("--all", *all, "Also the confirmed, rejected, withdrawn and expired ones");
    list->callback([&context, all] {
        const auto proposals = FourEyes(context).List(!*all, context.Actor());
        if (context.options.json) {
            nlohmann::json rows = nlohmann::json::array();
            for (const auto& p : proposals) rows.push_back(ProposalJson(context, p));
            context.out << rows.dump(2) << '\n';
            return;
        }
        context.out << context.Say(FourEyes(context).Status().summary) << '\n';
        for (const auto& p : proposals) PrintProposal(context, p);
    });

    auto id = std::make_shared<long long>(0);
    auto* show = group->add_subcommand("show", "Show exactly what a proposal would apply (administrators)");
    show->add_option("id", *id, "Proposal number from 'proposal list'")->required();
    show->callback([&context, id] { PrintProposal(context, FourEyes(context).Get(*id, context.Actor())); });

    auto confirm_id = std::make_shared<long long>(0);
    auto* confirm =
        group->add_subcommand("confirm", "Confirm another administrator's proposal: it takes effect now");
    confirm->add_option("id", *confirm_id, "Proposal number from 'proposal list'")->required();
    confirm->callback([&context, confirm_id] {
        auto four_eyes = FourEyes(context);
        const auto proposal = four_eyes.Get(*confirm_id, context.Actor());
        four_eyes.Confirm(*confirm_id, context.Actor());
        const auto what = domain::DescribeChange(proposal.change);
        context.out
            << context.Say(
                   ("Đã xác nhận đề xuất số " + std::to_string(*confirm_id) + ": " + what.vi + ".").c_str(),
                   ("Confirmed proposal #" + std::to_string(*confirm_id) + ": " + what.en + ".").c_str())
            << '\n';
    });

    auto reject_id = std::make_shared<long long>(0);
    auto* reject = group->add_subcommand("reject", "Reject a proposal (by its proposer: withdraw it)");
    reject->add_option("id", *reject_id, "Proposal number from 'proposal list'")->required();
    reject->callback([&context, reject_id] {
        const auto decided = FourEyes(context).Reject(*reject_id, context.Actor());
        context.out << (decided.status == domain::ProposalStatus::Withdrawn
                            ? context.Say("Đã rút đề xuất số ", "Withdrew proposal #")
                            : context.Say("Đã từ chối đề xuất số ", "Rejected proposal #"))
                    << *reject_id << '\n';
    });

    group->add_subcommand("status", "Say whether changes to trust and signers need a second administrator")
        ->callback([&context] {
            context.Actor();
            const auto status = FourEyes(context).Status();
            if (context.options.json) {
                context.out << nlohmann::json{{"one_person_rule_configured",
                                               status.one_person_rule_configured},
                                              {"one_person_rule_applies", status.one_person_rule_applies},
                                              {"active_administrators", status.active_administrators},
                                              {"pending_proposals", status.pending_proposals},
                                              {"summary", context.Say(status.summary)}}
                                   .dump(2)
                            << '\n';
                return;
            }
            context.out << context.Say(status.summary) << '\n';
        });
}

}  // namespace innodesk::cli
