// JSON views of plans and target tracking.
#include "plan_json_views.h"

#include "work_item_json_views.h"

namespace innodesk::cli {
namespace {

template <typename Enum>
std::string Code(std::span<const domain::EnumEntry<Enum>> table, Enum value) {
    return std::string(domain::EntryOf(table, value).code);
}

nlohmann::json Bound(const domain::Bound& bound) {
    nlohmann::json json{
        {"form", Code(domain::BoundForms(), bound.form)}, {"min", bound.min}, {"max", bound.max}};
    if (bound.form == domain::BoundForm::Qualitative) json["quality"] = ToJson(bound.quality);
    return json;
}

template <typename T>
nlohmann::json OrNull(const std::optional<T>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json();
}

}  // namespace

nlohmann::json ToJson(const domain::LocalisedText& text) {
    return {{"vi", text.vi}, {"en", text.en}};
}

nlohmann::json ToJson(const domain::PlanSummary& s) {
    return {{"code", s.code},           {"title", ToJson(s.title)}, {"first_year", s.first_year},
            {"last_year", s.last_year}, {"targets", s.targets},     {"version", s.version}};
}

nlohmann::json ToJson(const domain::ManualIndicator& i) {
    return {{"plan", i.plan_code},
            {"target", i.target_code},
            {"value", i.value},
            {"source", i.source},
            {"date", i.as_of.Iso()},
            {"entered_by", i.entered_by},
            {"entered_at", i.entered_at_unix}};
}

nlohmann::json ToJson(const domain::Plan& plan) {
    nlohmann::json targets = nlohmann::json::array();
    for (const auto& t : plan.targets) {
        nlohmann::json cooperating = nlohmann::json::array();
        for (const auto& unit : t.cooperating_units) cooperating.push_back(ToJson(unit));
        nlohmann::json monitoring = nlohmann::json::array();
        for (const auto& unit : t.monitoring_units) monitoring.push_back(ToJson(unit));
        targets.push_back(
            {{"code", t.code},
             {"stt", t.stt},
             {"label", ToJson(t.label)},
             {"kind", Code(domain::TargetKinds(), t.kind)},
             {"bound", Bound(t.bound)},
             {"bound_text", ToJson(domain::DescribeBound(t.bound, t.unit, plan.about_tolerance))},
             {"unit", ToJson(t.unit)},
             {"lead_unit", ToJson(t.lead_unit)},
             {"cooperating_units", cooperating},
             {"monitoring_units", monitoring},
             {"source", t.source},
             {"metric", t.metric ? nlohmann::json(t.metric->Code()) : nlohmann::json("manual")},
             {"per_year", t.per_year},
             {"by", OrNull(t.due_year)}});
    }
    nlohmann::json reports = nlohmann::json::array();
    for (const auto& r : plan.reports) reports.push_back(ToJson(r));
    nlohmann::json work_items = nlohmann::json::array();
    for (const auto& w : plan.work_items) work_items.push_back(ToJson(w));
    nlohmann::json rubric = nlohmann::json::array();
    for (const auto& c : plan.rubric)
        rubric.push_back({{"code", c.criterion.code},
                          {"label", {{"vi", c.criterion.label_vi}, {"en", c.criterion.label_en}}},
                          {"weight", c.criterion.weight},
                          {"max_score", c.criterion.max_score},
                          {"threshold", OrNull(c.threshold)}});
    return {{"code", plan.code},
            {"title", ToJson(plan.title)},
            {"document", plan.document},
            {"programme", plan.programme_code},
            {"province", plan.province},
            {"about_tolerance", plan.about_tolerance.Code()},
            {"first_year", plan.first_year},
            {"last_year", plan.last_year},
            {"version", plan.version},
            {"targets", targets},
            {"reports", reports},
            {"work_items", work_items},
            {"rubric", rubric},
            {"rubric_threshold", OrNull(plan.rubric_threshold)}};
}

nlohmann::json ToJson(const domain::PlanEvaluation& evaluation) {
    nlohmann::json targets = nlohmann::json::array();
    for (const auto& e : evaluation.targets) {
        nlohmann::json cooperating = nlohmann::json::array();
        for (const auto& unit : e.cooperating_units) cooperating.push_back(ToJson(unit));
        nlohmann::json monitoring = nlohmann::json::array();
        for (const auto& unit : e.monitoring_units) monitoring.push_back(ToJson(unit));
        nlohmann::json quarters = nlohmann::json::array();
        for (const auto& q : e.quarters)
            quarters.push_back({{"period", q.period}, {"value", OrNull(q.value)}});
        nlohmann::json years = nlohmann::json::array();
        for (const auto& y : e.years)
            years.push_back({{"year", y.year},
                             {"value", OrNull(y.value)},
                             {"status", Code(domain::TargetStatuses(), y.status)}});
        targets.push_back({{"order", e.order},
                           {"stt", e.stt},
                           {"code", e.code},
                           {"label", ToJson(e.label)},
                           {"kind", Code(domain::TargetKinds(), e.kind)},
                           {"bound", Bound(e.bound)},
                           {"bound_text", ToJson(e.bound_text)},
                           {"unit", ToJson(e.unit)},
                           {"actual", OrNull(e.actual)},
                           {"numerator", OrNull(e.numerator)},
                           {"denominator", OrNull(e.denominator)},
                           {"status", Code(domain::TargetStatuses(), e.status)},
                           {"lead_unit", ToJson(e.lead_unit)},
                           {"cooperating_units", cooperating},
                           {"monitoring_units", monitoring},
                           {"source", e.source},
                           {"metric", e.manual ? nlohmann::json("manual") : nlohmann::json(e.metric)},
                           {"manual_value", e.manual_value ? ToJson(*e.manual_value) : nlohmann::json()},
                           {"quarters", quarters},
                           {"years", years}});
    }
    return {{"plan", evaluation.plan_code},
            {"title", ToJson(evaluation.plan_title)},
            {"document", evaluation.document},
            {"period", evaluation.period.Code()},
            {"period_label", ToJson(evaluation.period.Label())},
            {"as_of", evaluation.as_of.Iso()},
            {"targets", targets}};
}

nlohmann::json ToJson(const domain::CountedRecord& r) {
    return {{"entity", r.entity},
            {"id", r.id},
            {"enterprise_id", r.enterprise_id},
            {"on", r.on ? nlohmann::json(r.on->Iso()) : nlohmann::json()},
            {"detail", r.detail},
            {"contributes", r.contributes}};
}

nlohmann::json ToJson(const domain::Deadline& d) {
    return {{"due", d.due.Iso()},
            {"kind", Code(domain::DeadlineKinds(), d.kind)},
            {"escalation", Code(domain::Escalations(), d.escalation)},
            {"label", ToJson(d.label)},
            {"plan", d.plan_code},
            {"entity", d.entity},
            {"entity_id", d.entity_id},
            {"enterprise_id", d.enterprise_id},
            {"count", d.count}};
}

nlohmann::json ToJson(const domain::SupportBreakdown& b) {
    auto rows = [](const std::vector<domain::BreakdownRow>& list) {
        nlohmann::json array = nlohmann::json::array();
        for (const auto& row : list)
            array.push_back({{"key", row.key},
                             {"label", ToJson(row.label)},
                             {"enterprises", row.enterprises},
                             {"supports", row.supports},
                             {"amount_vnd", row.amount_vnd}});
        return array;
    };
    return {{"period", b.period.Code()},
            {"as_of", b.as_of.Iso()},
            {"by_content", rows(b.by_content)},
            {"by_commune", rows(b.by_commune)}};
}

}  // namespace innodesk::cli
