// innodesk-cli duty list|receive: the plans' reporting duties occurrence by occurrence (received or
// sent, due, late) and recording that one was received or sent.
#include "commands.h"
#include "option_values.h"
#include "work_item_json_views.h"

#include <memory>

namespace innodesk::cli {
namespace {

struct ListOptions {
    std::string plan, as_of, period;
    bool late = false;
};

struct ReceiveOptions {
    std::string plan, duty, period, date, number;
};

template <typename Enum>
std::string Label(CliContext& context, const domain::EnumEntry<Enum>& entry) {
    return std::string(context.Language() == domain::Language::Vietnamese ? entry.vi : entry.en);
}

void PrintOccurrence(CliContext& context, const domain::DutyOccurrenceView& v) {
    context.out << v.occurrence.due.Format() << "  " << v.plan_code << " " << v.duty.code << "  "
                << context.Say(v.occurrence.period_label) << "  ["
                << Label(context, domain::EntryOf(domain::DutyStates(), v.state));
    if (v.state == domain::DutyState::Late)
        context.out << ", " << v.days_late << context.Say(" ngày", " days");
    if (v.receipt)
        context.out << ": " << v.receipt->received_on.Format() << context.Say(", số ", ", number ")
                    << v.receipt->document_number
                    << (v.days_late > 0 ? context.Say(", chậm ", ", ") + std::to_string(v.days_late) +
                                              context.Say(" ngày", " days late")
                                        : std::string());
    context.out << "]  " << context.Say(v.duty.label);
    if (!v.duty.from.vi.empty())
        context.out << context.Say(" — từ: ", " — from: ") << context.Say(v.duty.from);
    context.out << context.Say(" → ", " → ")
                << Label(context, domain::EntryOf(domain::ReportRecipients(), v.duty.to)) << '\n';
}

}  // namespace

void AddDutyCommands(CLI::App& app, CliContext& context) {
    auto* duty = app.add_subcommand(
                        "duty", "The plans' reporting duties: list occurrences, record one received or sent")
                     ->require_subcommand(1);

    auto l = std::make_shared<ListOptions>();
    auto* list = duty->add_subcommand(
        "list",
        "Occurrences due in a period (default: the as-of date's year) and every earlier one still late");
    list->add_option("--plan", l->plan, "Plan code (default: every stored plan)");
    list->add_option("--as-of", l->as_of, "Judge as of this date (dd/mm/yyyy; default today)");
    list->add_option("--period", l->period, "2026-Q3, 2026-H1, 2026 or 2026-2030");
    list->add_flag("--late", l->late, "Only the occurrences late on that date");
    list->callback([&context, l] {
        std::optional<domain::Period> period;
        if (!l->period.empty()) period = domain::Period::Parse(l->period, "--period");
        const auto views =
            context.Workspace().Duties().List(l->plan, period, OptionalDate(l->as_of, "--as-of"), l->late);
        if (context.options.json) {
            nlohmann::json array = nlohmann::json::array();
            for (const auto& view : views) array.push_back(ToJson(view));
            context.out << array.dump(2) << '\n';
            return;
        }
        for (const auto& view : views) PrintOccurrence(context, view);
        const auto late = std::count_if(views.begin(), views.end(),
                                        [](const auto& v) { return v.state == domain::DutyState::Late; });
        context.out << views.size() << context.Say(" kỳ báo cáo, ", " occurrences, ") << late
                    << context.Say(" trễ hạn", " late") << '\n';
    });

    auto r = std::make_shared<ReceiveOptions>();
    auto* receive = duty->add_subcommand("receive", "Record that a report was received (or sent) (officers)");
    receive->add_option("--plan", r->plan, "Plan code")->required();
    receive->add_option("--duty", r->duty, "Duty code (R01…)")->required();
    receive->add_option("--period", r->period, "The occurrence: 2026-Q4, 2026-H1, 2026 or 2026-07")
        ->required();
    receive->add_option("--date", r->date, "The day it was received or sent (default today)");
    receive->add_option("--number", r->number, "The report's document number, e.g. 125/BC-SKHCN")->required();
    receive->callback([&context, r] {
        const auto date =
            r->date.empty() ? context.Clock().Today() : domain::CalendarDate::Parse(r->date, "--date");
        const auto receipt = context.Workspace().Duties().Receive(
            r->plan, r->duty, r->period, date, context.Text().Clean(r->number, "--number"), context.Actor());
        if (context.options.json) {
            context.out << ToJson(receipt).dump(2) << '\n';
            return;
        }
        context.out << context.Say("Đã ghi nhận báo cáo ", "Recorded report ") << receipt.duty_code << " "
                    << receipt.period << context.Say(" ngày ", " on ") << receipt.received_on.Format()
                    << context.Say(", số ", ", number ") << receipt.document_number << '\n';
    });
}

}  // namespace innodesk::cli
