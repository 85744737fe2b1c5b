// innodesk-cli plan …, targets, target records, indicator set, deadlines, breakdown: plans as
// data and the targets they set, computed from the records as of a date.
#include "commands.h"
#include "option_values.h"
#include "plan_json_views.h"

#include "domain/deadline_service.h"
#include "domain/target_service.h"
#include "interchange/plan_file.h"

#include <charconv>
#include <iomanip>
#include <memory>

namespace innodesk::cli {
namespace {

struct EvaluateOptions {
    std::string plan, as_of, period;
};

struct RecordsOptions {
    std::string plan, target, as_of, period;
    std::size_t limit = 1000;
};

struct IndicatorOptions {
    std::string plan, target, value, source, date;
};

struct AssessOptions {
    std::string plan, target, achieved, note, date;
};

// "yes"/"no" as typed, in either language; anything else is refused naming --achieved.
bool ParseAchieved(const std::string& typed) {
    if (typed == "yes" || typed == "co" || typed == "có" || typed == "1") return true;
    if (typed == "no" || typed == "khong" || typed == "không" || typed == "0") return false;
    throw domain::DomainError(domain::ErrorCode::InvalidValue,
                              {"--achieved là 'yes' (đạt) hoặc 'no' (không đạt), không phải '" + typed + "'.",
                               "--achieved is 'yes' (achieved) or 'no' (not achieved), not '" + typed + "'."},
                              "--achieved");
}

struct DeadlineOptions {
    std::string as_of;
    int days = 30;
};

std::optional<domain::Period> OptionalPeriod(const std::string& text) {
    if (text.empty()) return std::nullopt;
    return domain::Period::Parse(text, "--period");
}

// "12", "1.8" or "1,8" (the Vietnamese decimal comma); no thousands separators.
double ParseValue(std::string text) {
    for (auto& c : text)
        if (c == ',') c = '.';
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size())
        throw domain::DomainError(
            domain::ErrorCode::InvalidValue,
            {"--value '" + text +
                 "' không phải một số; viết ví dụ 12 hoặc 1,8 (không dùng dấu phân cách hàng nghìn).",
             "--value '" + text + "' is not a number; write e.g. 12 or 1.8 (no thousands separators)."},
            "--value");
    return value;
}

std::string Figure(const std::optional<double>& value, domain::Language language) {
    return value ? domain::FormatFigure(*value, language) : "—";
}

void PrintEvaluation(CliContext& context, const domain::PlanEvaluation& e) {
    const auto language = context.Language();
    context.out << e.plan_code << "  " << context.Say(e.plan_title) << "\n"
                << context.Say(e.period.Label()) << context.Say(", tính đến ngày ", ", as of ")
                << e.as_of.Format() << "\n";
    for (const auto& t : e.targets) {
        const auto& status = domain::EntryOf(domain::TargetStatuses(), t.status);
        context.out << std::setw(3) << t.order << ". [" << t.code << "] " << context.Say(t.label) << "\n     "
                    << context.Say("Chỉ tiêu: ", "Target: ") << context.Say(t.bound_text)
                    << context.Say("  Thực hiện: ", "  Actual: ") << Figure(t.actual, language);
        if (t.denominator) context.out << " (" << *t.numerator << "/" << *t.denominator << ")";
        context.out << "  " << (language == domain::Language::Vietnamese ? status.vi : status.en);
        if (t.manual)
            context.out << (t.manual_value
                                ? context.Say("  [nhập tay: ", "  [entered by hand: ") +
                                      t.manual_value->source + ", " + t.manual_value->as_of.Format() + "]"
                                : context.Say("  [nhập tay, chưa có số liệu]",
                                              "  [entered by hand, none yet]"));
        context.out << "\n     ";
        for (const auto& q : t.quarters) context.out << q.period << "=" << Figure(q.value, language) << " ";
        context.out << "\n";
        if (!t.years.empty()) {
            // A yearly minimum: each year against it.
            context.out << "     ";
            for (const auto& y : t.years) {
                const auto& year_status = domain::EntryOf(domain::TargetStatuses(), y.status);
                context.out << y.year << "=" << Figure(y.value, language) << " ("
                            << (language == domain::Language::Vietnamese ? year_status.vi : year_status.en)
                            << ") ";
            }
            context.out << "\n";
        }
    }
}

}  // namespace

void AddPlanCommands(CLI::App& app, CliContext& context) {
    auto targets_service = [&context] { return context.Workspace().Targets(); };

    auto* plan = app.add_subcommand("plan", "Plans as data: import, list, show")->require_subcommand(1);
    auto file = std::make_shared<std::string>();
    auto* import_plan = plan->add_subcommand(
        "import", "Import a plan file (docs/PLANS.md); replaces the plan with the same code");
    import_plan->add_option("file", *file, "The plan file (.yaml)")->required();
    import_plan->callback([&context, file, targets_service] {
        domain::Plan parsed = interchange::ReadPlanFile(*file, context.Text());
        const domain::Plan stored = targets_service().Import(std::move(parsed), context.Actor());
        if (context.options.json) {
            context.out << nlohmann::json{{"code", stored.code},
                                          {"version", stored.version},
                                          {"targets", stored.targets.size()}}
                               .dump(2)
                        << '\n';
            return;
        }
        context.out << context.Say("Đã nhập kế hoạch ", "Imported plan ") << stored.code
                    << context.Say(" (phiên bản ", " (version ") << stored.version << ", "
                    << stored.targets.size() << context.Say(" chỉ tiêu)", " targets)") << '\n';
    });

    auto* list = plan->add_subcommand("list", "List the stored plans");
    list->callback([&context, targets_service] {
        const auto plans = targets_service().List();
        if (context.options.json) {
            nlohmann::json array = nlohmann::json::array();
            for (const auto& p : plans) array.push_back(ToJson(p));
            context.out << array.dump(2) << '\n';
            return;
        }
        for (const auto& p : plans)
            context.out << p.code << "  " << p.first_year
                        << (p.last_year != p.first_year ? "–" + std::to_string(p.last_year) : "") << "  "
                        << p.targets << context.Say(" chỉ tiêu  ", " targets  ") << context.Say(p.title)
                        << '\n';
    });

    auto show_code = std::make_shared<std::string>();
    auto* show = plan->add_subcommand("show", "Show a plan's targets, reports and rubric");
    show->add_option("code", *show_code, "Plan code")->required();
    show->callback([&context, show_code, targets_service] {
        const auto p = targets_service().Get(*show_code);
        if (context.options.json) {
            context.out << ToJson(p).dump(2) << '\n';
            return;
        }
        context.out << p.code << "  " << context.Say(p.title) << "\n" << p.document << "\n";
        for (const auto& t : p.targets)
            context.out << "  [" << t.code << "] " << context.Say(t.label) << " — "
                        << context.Say(domain::DescribeBound(t.bound, t.unit, p.about_tolerance)) << "  ("
                        << (t.metric ? t.metric->Code() : context.Say("nhập tay", "entered by hand")) << "; "
                        << t.source << ")\n";
        for (const auto& r : p.reports)
            context.out << "  " << context.Say("Báo cáo: ", "Report: ") << context.Say(r.label) << '\n';
        if (!p.rubric.empty())
            context.out << "  " << context.Say("Bộ tiêu chí chấm: ", "Review rubric: ") << p.rubric.size()
                        << context.Say(" tiêu chí", " criteria") << '\n';
    });

    auto adopt_plan = std::make_shared<std::string>();
    auto adopt_programme = std::make_shared<std::string>();
    auto* adopt = plan->add_subcommand("adopt-rubric",
                                       "Make a plan's review rubric a programme's, before its first review");
    adopt->add_option("code", *adopt_plan, "Plan code")->required();
    adopt->add_option("--programme", *adopt_programme, "Programme code")->required();
    adopt->callback([&context, adopt_plan, adopt_programme, targets_service] {
        const auto rubric = targets_service().AdoptRubric(*adopt_plan, *adopt_programme, context.Actor());
        context.out << context.Say("Chương trình ", "Programme ") << *adopt_programme
                    << context.Say(" chấm theo ", " is reviewed with ") << rubric.criteria.size()
                    << context.Say(" tiêu chí của kế hoạch ", " criteria of plan ") << *adopt_plan << '\n';
    });

    auto e = std::make_shared<EvaluateOptions>();
    auto* targets =
        app.add_subcommand("targets", "A plan's targets: actual, bound, status and quarterly values");
    targets->add_option("--plan", e->plan, "Plan code")->required();
    targets->add_option("--as-of", e->as_of,
                        "Leave out records after this date (dd/mm/yyyy or yyyy-mm-dd; default today)");
    targets->add_option("--period", e->period,
                        "2026-Q3, 2026-H1, 2026 or 2026-2030 (default: the plan's period)");
    targets->callback([&context, e, targets_service] {
        const auto evaluation =
            targets_service().Evaluate(e->plan, OptionalPeriod(e->period), OptionalDate(e->as_of, "--as-of"));
        if (context.options.json)
            context.out << ToJson(evaluation).dump(2) << '\n';
        else
            PrintEvaluation(context, evaluation);
    });

    auto* target = app.add_subcommand("target", "One target of a plan")->require_subcommand(1);
    auto r = std::make_shared<RecordsOptions>();
    auto* records = target->add_subcommand("records", "The records that make a target's actual (drill-down)");
    records->add_option("--plan", r->plan, "Plan code")->required();
    records->add_option("--target", r->target, "Target code")->required();
    records->add_option("--as-of", r->as_of, "Leave out records after this date");
    records->add_option("--period", r->period, "2026-Q3, 2026-H1, 2026 or 2026-2030");
    records->add_option("--limit", r->limit, "At most this many records (default 1000)");
    records->callback([&context, r, targets_service] {
        const auto found = targets_service().Records(r->plan, r->target, OptionalPeriod(r->period),
                                                     OptionalDate(r->as_of, "--as-of"), r->limit);
        if (context.options.json) {
            nlohmann::json array = nlohmann::json::array();
            for (const auto& record : found) array.push_back(ToJson(record));
            context.out << array.dump(2) << '\n';
            return;
        }
        for (const auto& record : found)
            context.out << record.entity << " #" << record.id << "  "
                        << (record.on ? record.on->Format() : "") << "  " << record.detail << "  +"
                        << domain::FormatFigure(record.contributes, context.Language()) << '\n';
    });

    auto* indicator =
        app.add_subcommand("indicator", "Values of targets InnoDesk cannot compute")->require_subcommand(1);
    auto i = std::make_shared<IndicatorOptions>();
    auto* set = indicator->add_subcommand("set", "Enter a manual target's value, with its source and date");
    set->add_option("--plan", i->plan, "Plan code")->required();
    set->add_option("--target", i->target, "Target code")->required();
    set->add_option("--value", i->value, "The value (a percentage as 1,8 or 1.8)")->required();
    set->add_option("--source", i->source, "Where it comes from (body, document)")->required();
    set->add_option("--date", i->date, "The date the value is for (default today)");
    set->callback([&context, i, targets_service] {
        const auto date =
            i->date.empty() ? context.Clock().Today() : domain::CalendarDate::Parse(i->date, "--date");
        const auto stored = targets_service().SetIndicator(i->plan, i->target, ParseValue(i->value),
                                                           i->source, date, context.Actor());
        if (context.options.json)
            context.out << ToJson(stored).dump(2) << '\n';
        else
            context.out << context.Say("Đã ghi giá trị ", "Recorded value ")
                        << domain::FormatFigure(stored.value, context.Language())
                        << context.Say(" cho chỉ tiêu ", " for target ") << stored.target_code << '\n';
    });

    // A qualitative target ("Tiên tiến, hiện đại"): the officer's assessment, 1 or 0, with the
    // note that says on what grounds, stored as the value's source.
    auto a = std::make_shared<AssessOptions>();
    auto* assess = indicator->add_subcommand(
        "assess", "Assess a qualitative target achieved or not, with a note and date");
    assess->add_option("--plan", a->plan, "Plan code")->required();
    assess->add_option("--target", a->target, "Target code")->required();
    assess->add_option("--achieved", a->achieved, "yes or no")->required();
    assess->add_option("--note", a->note, "The grounds of the assessment (body, document)")->required();
    assess->add_option("--date", a->date, "The date the assessment is for (default today)");
    assess->callback([&context, a, targets_service] {
        const bool achieved = ParseAchieved(a->achieved);
        const auto date =
            a->date.empty() ? context.Clock().Today() : domain::CalendarDate::Parse(a->date, "--date");
        const auto stored_plan = targets_service().Get(a->plan);
        const domain::Target* assessed = stored_plan.FindTarget(a->target);
        if (assessed) domain::RequireQualitative(*assessed);  // an unknown code is refused by SetIndicator
        const auto stored = targets_service().SetIndicator(a->plan, a->target, achieved ? 1 : 0, a->note,
                                                           date, context.Actor());
        if (context.options.json)
            context.out << ToJson(stored).dump(2) << '\n';
        else
            context.out << context.Say("Chỉ tiêu ", "Target ") << stored.target_code << ": "
                        << (achieved ? context.Say("đạt", "achieved")
                                     : context.Say("không đạt", "not achieved"))
                        << " (" << context.Say(assessed->bound.quality) << ")\n";
    });

    auto d = std::make_shared<DeadlineOptions>();
    auto* deadlines =
        app.add_subcommand("deadlines", "Reports and voucher expiries due soon, with escalation");
    deadlines->add_option("--as-of", d->as_of, "Count from this date (default today)");
    deadlines->add_option("--days", d->days, "How far ahead to look (default 30)");
    deadlines->callback([&context, d] {
        const auto due = context.Workspace().Deadlines().Upcoming(OptionalDate(d->as_of, "--as-of"), d->days);
        if (context.options.json) {
            nlohmann::json array = nlohmann::json::array();
            for (const auto& deadline : due) array.push_back(ToJson(deadline));
            context.out << array.dump(2) << '\n';
            return;
        }
        for (const auto& deadline : due) {
            const auto& level = domain::EntryOf(domain::Escalations(), deadline.escalation);
            context.out << deadline.due.Format() << "  "
                        << (context.Language() == domain::Language::Vietnamese ? level.vi : level.en) << "  "
                        << context.Say(deadline.label) << '\n';
        }
    });

    auto b = std::make_shared<EvaluateOptions>();
    auto* breakdown = app.add_subcommand("breakdown", "Support given in a period, by content and by commune");
    breakdown->add_option("--period", b->period, "2026-Q3, 2026-H1, 2026 or 2026-2030")->required();
    breakdown->add_option("--as-of", b->as_of, "Leave out records after this date");
    breakdown->callback([&context, b, targets_service] {
        const auto result = targets_service().Breakdown(domain::Period::Parse(b->period, "--period"),
                                                        OptionalDate(b->as_of, "--as-of"));
        if (context.options.json) {
            context.out << ToJson(result).dump(2) << '\n';
            return;
        }
        for (const auto* rows : {&result.by_content, &result.by_commune}) {
            for (const auto& row : *rows)
                context.out << context.Say(row.label) << ": " << row.enterprises
                            << context.Say(" DN, ", " enterprises, ") << row.supports
                            << context.Say(" lượt hỗ trợ, ", " supports, ")
                            << domain::FormatFigure(static_cast<double>(row.amount_vnd), context.Language())
                            << " đ\n";
            context.out << '\n';
        }
    });
}

}  // namespace innodesk::cli
