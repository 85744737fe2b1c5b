// Plan and target use cases.
#include "target_service.h"

#include "audit_recorder.h"
#include "metric_evaluator.h"
#include "record_lookup.h"
#include "target_status.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_set>

namespace innodesk::domain {
namespace {

const Target& RequireTarget(const Plan& plan, const std::string& code) {
    const Target* target = plan.FindTarget(code);
    if (!target)
        throw DomainError(ErrorCode::NotFound,
                          {"Kế hoạch '" + plan.code + "' không có chỉ tiêu mã '" + code + "'.",
                           "Plan '" + plan.code + "' has no target with code '" + code + "'."},
                          "target");
    return *target;
}

bool AllPerYear(const Plan& plan) {
    return std::all_of(plan.targets.begin(), plan.targets.end(), [](const Target& t) { return t.per_year; });
}

// The plan's period, or for a plan of yearly minimums the year of `as_of` within the plan.
Period DefaultPeriod(const Plan& plan, const CalendarDate& as_of) {
    if (AllPerYear(plan)) return Period::Year(std::clamp(as_of.Year(), plan.first_year, plan.last_year));
    return Period::Years(plan.first_year, plan.last_year);
}

// A yearly bound judged year by year: the period spans more than one year.
bool YearByYear(const Target& target, const Period& period) {
    return target.per_year && period.FirstYear() != period.LastYear();
}

JsonValue PlanAuditView(const Plan& plan) {
    JsonValue::Array targets;
    for (const auto& t : plan.targets)
        targets.push_back(JsonValue::Object{{"code", t.code},
                                            {"bound", DescribeBound(t.bound, t.unit).en},
                                            {"metric", t.metric ? t.metric->Code() : std::string()}});
    return JsonValue::Object{{"code", plan.code},
                             {"title", plan.title.vi},
                             {"first_year", plan.first_year},
                             {"last_year", plan.last_year},
                             {"version", plan.version},
                             {"province", plan.province},
                             {"about_tolerance", plan.about_tolerance.Code()},
                             {"targets", targets},
                             {"rubric_criteria", static_cast<std::int64_t>(plan.rubric.size())},
                             {"work_items", static_cast<std::int64_t>(plan.work_items.size())},
                             {"duties", static_cast<std::int64_t>(plan.reports.size())}};
}

std::optional<std::int64_t> ProgrammeOf(Transaction& tx, const Plan& plan) {
    if (plan.programme_code.empty()) return std::nullopt;
    return tx.Metrics().ProgrammeIdByCode(plan.programme_code);
}

DateRange Clamp(const Period& period, const CalendarDate& as_of) {
    return DateRange{period.From(), std::min(period.To(), as_of)};
}

// A yearly minimum over several years (002's "tối thiểu … /năm"): each year against the yearly
// bound, never a bound summed over the years. Behind when a year already over missed it; else
// as the latest year begun stands. The actual shown is that latest year's.
void JudgeYearByYear(TargetEvaluation& e, const Target& target, MetricEvaluator& evaluator,
                     const Period& period, const CalendarDate& as_of, const AboutTolerance& tolerance) {
    bool missed = false;
    std::optional<YearValue> latest;
    for (int year = period.FirstYear(); year <= period.LastYear(); ++year) {
        const Period one = Period::Year(year);
        YearValue value{year, std::nullopt, TargetStatus::NoData};
        if (one.From() <= as_of && target.metric) {
            value.value =
                evaluator.Compute(*target.metric, DateRange{one.From(), std::min(one.To(), as_of)}).value;
            value.status = TargetStatusFor(target.bound, target.kind, value.value, one, as_of, tolerance);
            if (one.To() < as_of && value.status != TargetStatus::Met) missed = true;
            latest = value;
        }
        e.years.push_back(value);
    }
    if (!target.metric) return;
    e.actual = latest ? latest->value : std::nullopt;
    e.numerator.reset();
    e.denominator.reset();
    e.status = missed ? TargetStatus::Behind : latest ? latest->status : TargetStatus::NoData;
}

// The period a target is judged over: a year due before the period's end ("đến năm 2025" in a
// plan to 2030) ends it early.
Period TargetPeriod(const Target& target, const Period& period) {
    if (!target.due_year || period.Kind() != PeriodKind::Years || period.LastYear() <= *target.due_year ||
        period.FirstYear() > *target.due_year)
        return period;
    return Period::Years(period.FirstYear(), *target.due_year);
}

// The same day a year earlier (29/02 becomes 28/02).
CalendarDate YearEarlier(const CalendarDate& date) {
    const int year = date.Year() - 1;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const unsigned day = date.Month() == 2 && date.Day() == 29 && !leap ? 28 : date.Day();
    return CalendarDate::FromYmd(year, date.Month(), day);
}

// A change per year ("tăng trung bình ≥ 10%/năm"): the count of the range against the count of
// the same days a year earlier, in percent; over several years, of the latest year begun against
// the year before. The counts are the numerator (now) and the denominator (a year earlier); no
// actual when the year before counted nothing.
void ComputeChangePerYear(TargetEvaluation& e, const Target& target, MetricEvaluator& evaluator,
                          const DateRange& range, const Period& period, Transaction& tx, const Plan& plan,
                          std::optional<std::int64_t> programme) {
    DateRange now = range;
    if (period.Kind() == PeriodKind::Years) {
        const int year = range.to.Year();
        now = DateRange{std::max(range.from, CalendarDate::FromYmd(year, 1, 1)), range.to};
    }
    const DateRange before{YearEarlier(now.from), YearEarlier(now.to)};
    MetricEvaluator earlier(tx.Metrics(), before, programme, plan.province);
    const auto current = evaluator.Compute(*target.metric, now).value;
    const auto previous = earlier.Compute(*target.metric, before).value;
    e.numerator = current ? std::optional<std::int64_t>(static_cast<std::int64_t>(*current)) : std::nullopt;
    e.denominator =
        previous ? std::optional<std::int64_t>(static_cast<std::int64_t>(*previous)) : std::nullopt;
    e.actual.reset();
    if (current && previous && *previous > 0) e.actual = (*current - *previous) / *previous * 100;
}

// Every target of the plan for `period` as of `as_of`, from the evaluator's records.
PlanEvaluation EvaluateWith(Transaction& tx, const Plan& plan, MetricEvaluator& evaluator,
                            const Period& period, const CalendarDate& as_of) {
    PlanEvaluation result;
    result.plan_code = plan.code;
    result.plan_title = plan.title;
    result.document = plan.document;
    result.as_of = as_of;
    result.period = period;
    std::map<std::string, ManualIndicator> manual;
    for (auto& indicator : tx.Plans().Indicators(plan.code))
        if (indicator.as_of <= result.as_of) manual[indicator.target_code] = std::move(indicator);
    const auto quarters = result.period.Quarters();

    int order = 0;
    for (const auto& target : plan.targets) {
        TargetEvaluation e;
        e.order = ++order;
        e.stt = target.stt;
        e.code = target.code;
        e.label = target.label;
        e.kind = target.kind;
        e.bound = target.bound;
        e.bound_text = DescribeBound(e.bound, target.unit, plan.about_tolerance);
        e.unit = target.unit;
        e.lead_unit = target.lead_unit;
        e.cooperating_units = target.cooperating_units;
        e.monitoring_units = target.monitoring_units;
        e.source = target.source;
        const Period judged = TargetPeriod(target, result.period);
        const DateRange target_range = Clamp(judged, result.as_of);
        if (target.metric) {
            e.metric = target.metric->Code();
            const MetricValue value = evaluator.Compute(*target.metric, target_range);
            e.actual = value.value;
            e.numerator = value.numerator;
            e.denominator = value.denominator;
            if (target.bound.form == BoundForm::ChangePerYear)
                ComputeChangePerYear(e, target, evaluator, target_range, judged, tx, plan,
                                     ProgrammeOf(tx, plan));
            for (const auto& quarter : quarters) {
                QuarterValue q{quarter.Code(), std::nullopt};
                if (quarter.From() <= result.as_of)
                    q.value =
                        evaluator
                            .Compute(*target.metric,
                                     DateRange{std::max(quarter.From(), result.period.From()),
                                               std::min({quarter.To(), result.period.To(), result.as_of})})
                            .value;
                e.quarters.push_back(std::move(q));
            }
        } else {
            e.manual = true;
            if (const auto found = manual.find(target.code); found != manual.end()) {
                e.manual_value = found->second;
                e.actual = found->second.value;
            }
            for (const auto& quarter : quarters) e.quarters.push_back({quarter.Code(), std::nullopt});
        }
        e.status = TargetStatusFor(e.bound, e.kind, e.actual, judged, result.as_of, plan.about_tolerance);
        if (YearByYear(target, result.period))
            JudgeYearByYear(e, target, evaluator, result.period, result.as_of, plan.about_tolerance);
        result.targets.push_back(std::move(e));
    }
    return result;
}

// The supports dated in `period` up to `as_of`, by content and by commune.
SupportBreakdown TallySupports(const std::vector<SupportFact>& supports, const Period& period,
                               const CalendarDate& as_of) {
    SupportBreakdown result;
    result.period = period;
    result.as_of = as_of;
    const DateRange range = Clamp(period, as_of);
    struct Tally {
        std::unordered_set<std::int64_t> enterprises;
        std::int64_t supports = 0;
        std::int64_t amount = 0;
    };
    std::map<SupportContent, Tally> by_content;
    std::map<std::string, Tally> by_commune;
    for (const auto& f : supports) {
        if (f.on < range.from || f.on > range.to) continue;
        for (Tally* tally : {&by_content[f.content], &by_commune[f.commune]}) {
            tally->enterprises.insert(f.enterprise_id);
            ++tally->supports;
            tally->amount += f.amount_vnd;
        }
    }
    for (const auto& entry : SupportContents()) {
        const Tally& t = by_content[entry.value];
        result.by_content.push_back({std::string(entry.code),
                                     {std::string(entry.vi), std::string(entry.en)},
                                     static_cast<std::int64_t>(t.enterprises.size()),
                                     t.supports,
                                     t.amount});
    }
    for (const auto& [commune, t] : by_commune)
        result.by_commune.push_back({commune,
                                     {commune, commune},
                                     static_cast<std::int64_t>(t.enterprises.size()),
                                     t.supports,
                                     t.amount});
    std::stable_sort(
        result.by_commune.begin(), result.by_commune.end(),
        [](const BreakdownRow& a, const BreakdownRow& b) { return a.enterprises > b.enterprises; });
    return result;
}

}  // namespace

Plan TargetService::Import(Plan plan, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer, Role::Admin}, "nhập kế hoạch", "import plans");
    ValidatePlan(plan);
    auto tx = m_store.Begin(TransactionMode::Write);
    const auto previous = tx->Plans().Find(plan.code);
    plan.version = previous ? previous->version + 1 : 1;
    plan.id = tx->Plans().Replace(plan);
    RecordChange(*tx, m_clock, actor, previous ? "plan.replace" : "plan.import", "plan", plan.id,
                 previous ? PlanAuditView(*previous) : JsonValue(), PlanAuditView(plan));
    tx->Commit();
    return plan;
}

std::vector<PlanSummary> TargetService::List() {
    auto tx = m_store.Begin(TransactionMode::Read);
    std::vector<PlanSummary> summaries;
    for (const auto& plan : tx->Plans().List())
        summaries.push_back(
            {plan.code, plan.title, plan.first_year, plan.last_year, plan.targets.size(), plan.version});
    return summaries;
}

Plan TargetService::Get(const std::string& plan_code) {
    auto tx = m_store.Begin(TransactionMode::Read);
    return RequirePlan(*tx, plan_code);
}

PlanEvaluation TargetService::Evaluate(const std::string& plan_code, std::optional<Period> period,
                                       std::optional<CalendarDate> as_of) {
    auto tx = m_store.Begin(TransactionMode::Read);
    const Plan plan = RequirePlan(*tx, plan_code);
    const CalendarDate date = as_of.value_or(m_clock.Today());
    const Period chosen = period.value_or(DefaultPeriod(plan, date));
    MetricEvaluator evaluator(tx->Metrics(), Clamp(chosen, date), ProgrammeOf(*tx, plan), plan.province);
    return EvaluateWith(*tx, plan, evaluator, chosen, date);
}

PlanDashboard TargetService::Dashboard(const std::string& plan_code, std::optional<Period> period,
                                       std::optional<CalendarDate> as_of) {
    auto tx = m_store.Begin(TransactionMode::Read);
    const Plan plan = RequirePlan(*tx, plan_code);
    const CalendarDate date = as_of.value_or(m_clock.Today());
    const Period chosen = period.value_or(DefaultPeriod(plan, date));
    MetricEvaluator evaluator(tx->Metrics(), Clamp(chosen, date), ProgrammeOf(*tx, plan), plan.province);
    PlanDashboard dashboard;
    dashboard.evaluation = EvaluateWith(*tx, plan, evaluator, chosen, date);
    dashboard.breakdown = TallySupports(evaluator.Supports(), chosen, date);
    return dashboard;
}

std::vector<CountedRecord> TargetService::Records(const std::string& plan_code,
                                                  const std::string& target_code,
                                                  std::optional<Period> period,
                                                  std::optional<CalendarDate> as_of, std::size_t limit) {
    auto tx = m_store.Begin(TransactionMode::Read);
    const Plan plan = RequirePlan(*tx, plan_code);
    const Target& target = RequireTarget(plan, target_code);
    if (!target.metric)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Chỉ tiêu '" + target.code +
                               "' được nhập tay, không tính từ hồ sơ nên không có danh sách hồ sơ.",
                           "Target '" + target.code +
                               "' is entered by hand, not computed from records: it has no records to list."},
                          "target");
    const CalendarDate date = as_of.value_or(m_clock.Today());
    const DateRange range = Clamp(period.value_or(DefaultPeriod(plan, date)), date);
    MetricEvaluator evaluator(tx->Metrics(), range, ProgrammeOf(*tx, plan), plan.province);
    return evaluator.Records(*target.metric, range, limit);
}

ManualIndicator TargetService::SetIndicator(const std::string& plan_code, const std::string& target_code,
                                            double value, const std::string& source,
                                            const CalendarDate& as_of, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer, Role::Admin}, "nhập giá trị chỉ tiêu",
                "enter indicator values");
    if (!std::isfinite(value) || value < 0)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Giá trị chỉ tiêu phải là số không âm.",
                           "An indicator's value must be a number of zero or more."},
                          "value");
    if (source.find_first_not_of(" \t") == std::string::npos)
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Ghi nguồn của số liệu (cơ quan, văn bản), ví dụ 'Cục Thống kê, niên giám 2026'.",
             "Give the value's source (body, document), e.g. 'Statistics Office, yearbook 2026'."},
            "source");
    if (as_of > m_clock.Today())
        throw DomainError(ErrorCode::InvalidValue,
                          {"Ngày của số liệu " + as_of.Format() + " chưa tới.",
                           "The value's date " + as_of.Format() + " is after today."},
                          "date");
    auto tx = m_store.Begin(TransactionMode::Write);
    const Plan plan = RequirePlan(*tx, plan_code);
    const Target& target = RequireTarget(plan, target_code);
    if (target.metric)
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Chỉ tiêu '" + target.code + "' được tính từ hồ sơ (" + target.metric->Code() +
                 "); chỉ nhập tay các chỉ tiêu InnoDesk không tính được.",
             "Target '" + target.code + "' is computed from the records (" + target.metric->Code() +
                 "); only targets InnoDesk cannot compute are entered by hand."},
            "target");
    if (target.kind == TargetKind::Percentage && value > 100)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Tỷ lệ không vượt quá 100%.", "A percentage cannot exceed 100%."}, "value");
    RequireManualValue(target, value);
    ManualIndicator indicator{
        plan.code, target.code, value, source, as_of, actor.user_name, m_clock.NowUnixSeconds()};
    tx->Plans().SaveIndicator(indicator);
    RecordChange(*tx, m_clock, actor, "indicator.set", "plan", plan.id, nullptr,
                 JsonValue::Object{{"plan", plan.code},
                                   {"target", target.code},
                                   {"value", FormatFigure(value, Language::English)},
                                   {"source", source},
                                   {"date", as_of.Iso()}});
    tx->Commit();
    return indicator;
}

Rubric TargetService::AdoptRubric(const std::string& plan_code, const std::string& programme_code,
                                  const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer, Role::Admin}, "áp dụng bộ tiêu chí chấm",
                "adopt review rubrics");
    auto tx = m_store.Begin(TransactionMode::Write);
    const Plan plan = RequirePlan(*tx, plan_code);
    if (plan.rubric.empty())
        throw DomainError(ErrorCode::InvalidValue,
                          {"Kế hoạch '" + plan.code + "' không có bộ tiêu chí chấm.",
                           "Plan '" + plan.code + "' carries no review rubric."},
                          "plan");
    const auto programme = tx->Programmes().FindByCode(programme_code);
    if (!programme)
        throw DomainError(ErrorCode::NotFound,
                          {"Không có chương trình mã '" + programme_code + "'.",
                           "There is no programme with code '" + programme_code + "'."},
                          "programme");
    if (!tx->Reviews().Criteria(programme->id).empty())
        throw DomainError(
            ErrorCode::InvalidTransition,
            {"Chương trình '" + programme_code +
                 "' đã có bộ tiêu chí chấm (cố định từ bài chấm đầu tiên); không thay được.",
             "Programme '" + programme_code +
                 "' already has its rubric (fixed from its first review); it cannot be replaced."},
            "programme");
    Rubric rubric{programme->id, {}, plan.rubric_threshold, false};
    JsonValue::Array codes;
    for (const auto& c : plan.rubric) {
        ReviewCriterion criterion = c.criterion;
        criterion.threshold = c.threshold;
        rubric.criteria.push_back(std::move(criterion));
        codes.push_back(c.criterion.code);
    }
    ValidateRubric(rubric);
    tx->Reviews().ReplaceCriteria(programme->id, rubric.criteria);
    tx->Reviews().SetOverallPassMark(programme->id, rubric.threshold);
    RecordChange(*tx, m_clock, actor, "rubric.adopt", "programme", programme->id, nullptr,
                 JsonValue::Object{{"plan", plan.code}, {"criteria", codes}});
    tx->Commit();
    return rubric;
}

SupportBreakdown TargetService::Breakdown(const Period& period, std::optional<CalendarDate> as_of) {
    const CalendarDate date = as_of.value_or(m_clock.Today());
    const DateRange range = Clamp(period, date);
    auto tx = m_store.Begin(TransactionMode::Read);
    return TallySupports(range.from <= range.to ? tx->Metrics().Supports(range) : std::vector<SupportFact>{},
                         period, date);
}

}  // namespace innodesk::domain
