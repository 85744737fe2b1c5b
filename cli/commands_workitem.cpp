// innodesk-cli workitem list|show|progress: a plan's work items (the activity rows of its source)
// with their latest progress, whether each is overdue, and recording progress.
#include "commands.h"
#include "option_values.h"
#include "work_item_json_views.h"

#include <memory>

namespace innodesk::cli {
namespace {

struct ListOptions {
    std::string plan, as_of;
    bool overdue = false;
};

struct ShowOptions {
    std::string plan, item, as_of;
};

struct ProgressOptions {
    std::string plan, item, status, date, result;
    std::vector<std::string> links;
};

template <typename Enum>
std::string Label(CliContext& context, const domain::EnumEntry<Enum>& entry) {
    return std::string(context.Language() == domain::Language::Vietnamese ? entry.vi : entry.en);
}

std::string StateText(CliContext& context, const domain::WorkItemView& view) {
    if (view.overdue) return context.Say("QUÁ HẠN", "OVERDUE");
    if (!view.latest) return context.Say("chưa ghi tiến độ", "no progress yet");
    const auto& status = domain::EntryOf(domain::WorkItemStatuses(), view.latest->status);
    return Label(context, status) + " (" + view.latest->date.Format() + ")";
}

void PrintView(CliContext& context, const domain::WorkItemView& view) {
    const auto& item = view.item;
    context.out << item.code << "  [" << StateText(context, view) << "]  " << context.Say("hạn ", "due ")
                << (view.due ? view.due->Format() : context.Say("—", "—")) << " (" << item.timing.text
                << ")  " << context.Say(item.lead_unit) << "\n    " << context.Say(item.content) << '\n';
}

}  // namespace

void AddWorkItemCommands(CLI::App& app, CliContext& context) {
    auto* workitem = app.add_subcommand("workitem", "The plans' work items: list, show, record progress")
                         ->require_subcommand(1);

    auto l = std::make_shared<ListOptions>();
    auto* list = workitem->add_subcommand("list", "A plan's work items with their latest progress");
    list->add_option("--plan", l->plan, "Plan code")->required();
    list->add_option("--as-of", l->as_of, "Judge as of this date (dd/mm/yyyy; default today)");
    list->add_flag("--overdue", l->overdue, "Only the work items overdue on that date");
    list->callback([&context, l] {
        auto views = context.Workspace().WorkItems().List(l->plan, OptionalDate(l->as_of, "--as-of"));
        if (l->overdue) std::erase_if(views, [](const domain::WorkItemView& v) { return !v.overdue; });
        if (context.options.json) {
            nlohmann::json array = nlohmann::json::array();
            for (const auto& view : views) array.push_back(ToJson(view));
            context.out << array.dump(2) << '\n';
            return;
        }
        for (const auto& view : views) PrintView(context, view);
        const auto overdue =
            std::count_if(views.begin(), views.end(), [](const auto& v) { return v.overdue; });
        context.out << views.size() << context.Say(" nhiệm vụ, ", " work items, ") << overdue
                    << context.Say(" quá hạn", " overdue") << '\n';
    });

    auto s = std::make_shared<ShowOptions>();
    auto* show = workitem->add_subcommand("show", "One work item with every progress record");
    show->add_option("--plan", s->plan, "Plan code")->required();
    show->add_option("--item", s->item, "Work item code")->required();
    show->add_option("--as-of", s->as_of, "Judge as of this date (default today)");
    show->callback([&context, s] {
        const auto detail =
            context.Workspace().WorkItems().Show(s->plan, s->item, OptionalDate(s->as_of, "--as-of"));
        if (context.options.json) {
            nlohmann::json history = nlohmann::json::array();
            for (const auto& p : detail.history) history.push_back(ToJson(p));
            nlohmann::json json = ToJson(detail.view);
            json["history"] = history;
            context.out << json.dump(2) << '\n';
            return;
        }
        const auto& item = detail.view.item;
        PrintView(context, detail.view);
        if (!item.section.vi.empty())
            context.out << context.Say("  Mục: ", "  Section: ") << context.Say(item.section) << '\n';
        std::string cooperating;
        for (const auto& unit : item.cooperating_units)
            cooperating += (cooperating.empty() ? "" : "; ") + context.Say(unit);
        if (!cooperating.empty())
            context.out << context.Say("  Phối hợp: ", "  Cooperating: ") << cooperating << '\n';
        if (!item.monitoring_body.vi.empty())
            context.out << context.Say("  Theo dõi: ", "  Monitoring: ") << context.Say(item.monitoring_body)
                        << '\n';
        if (!item.product.vi.empty())
            context.out << context.Say("  Sản phẩm: ", "  Product: ") << context.Say(item.product) << '\n';
        context.out << context.Say("  Nguồn: ", "  Source: ") << item.source << '\n';
        for (const auto& p : detail.history) {
            const auto& status = domain::EntryOf(domain::WorkItemStatuses(), p.status);
            context.out << "  " << p.date.Format() << "  " << Label(context, status) << "  " << p.result
                        << "  (" << p.recorded_by;
            for (const auto& link : p.links) context.out << ", " << link.Code();
            context.out << ")\n";
        }
    });

    auto p = std::make_shared<ProgressOptions>();
    auto* progress = workitem->add_subcommand("progress", "Record progress on a work item (officers)");
    progress->add_option("--plan", p->plan, "Plan code")->required();
    progress->add_option("--item", p->item, "Work item code")->required();
    progress->add_option("--status", p->status, "not_started, in_progress, done, late or dropped")
        ->required();
    progress->add_option("--date", p->date, "The day the progress is for (default today)");
    progress->add_option("--result", p->result, "What was done (required for done and dropped)");
    progress->add_option("--link", p->links, "task:ID, application:ID or decision:ID (repeatable)");
    progress->callback([&context, p] {
        const auto status = ParseOption(domain::WorkItemStatuses(), p->status, "--status");
        const auto date =
            p->date.empty() ? context.Clock().Today() : domain::CalendarDate::Parse(p->date, "--date");
        std::vector<domain::WorkItemLink> links;
        for (const auto& text : p->links) links.push_back(domain::WorkItemLink::Parse(text));
        const auto recorded = context.Workspace().WorkItems().Record(
            p->plan, p->item, status, date, context.Text().Clean(p->result, "--result"), links,
            context.Actor());
        if (context.options.json) {
            context.out << ToJson(recorded).dump(2) << '\n';
            return;
        }
        const auto& entry = domain::EntryOf(domain::WorkItemStatuses(), recorded.status);
        context.out << context.Say("Đã ghi tiến độ nhiệm vụ ", "Recorded progress on work item ")
                    << recorded.item_code << ": " << Label(context, entry) << " (" << recorded.date.Format()
                    << ")\n";
    });
}

}  // namespace innodesk::cli
