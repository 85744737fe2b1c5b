// JSON views of work items and reporting duties.
#include "work_item_json_views.h"

#include "plan_json_views.h"

namespace innodesk::cli {
namespace {

template <typename Enum>
std::string Code(std::span<const domain::EnumEntry<Enum>> table, Enum value) {
    return std::string(domain::EntryOf(table, value).code);
}

nlohmann::json DateOrNull(const std::optional<domain::CalendarDate>& date) {
    return date ? nlohmann::json(date->Iso()) : nlohmann::json();
}

}  // namespace

nlohmann::json ToJson(const domain::WorkItem& item) {
    nlohmann::json cooperating = nlohmann::json::array();
    for (const auto& unit : item.cooperating_units) cooperating.push_back(ToJson(unit));
    return {{"code", item.code},
            {"stt", item.stt},
            {"section", ToJson(item.section)},
            {"content", ToJson(item.content)},
            {"lead_unit", ToJson(item.lead_unit)},
            {"cooperating_units", cooperating},
            {"monitoring_body", ToJson(item.monitoring_body)},
            {"product", ToJson(item.product)},
            {"timing", item.timing.text},
            {"timing_kind", Code(domain::TimingKinds(), item.timing.kind)},
            {"due", DateOrNull(item.timing.Due())},
            {"note", item.note},
            {"source", item.source}};
}

nlohmann::json ToJson(const domain::WorkItemProgress& p) {
    nlohmann::json links = nlohmann::json::array();
    for (const auto& link : p.links) links.push_back(link.Code());
    return {{"id", p.id},
            {"plan", p.plan_code},
            {"item", p.item_code},
            {"date", p.date.Iso()},
            {"status", Code(domain::WorkItemStatuses(), p.status)},
            {"result", p.result},
            {"links", links},
            {"recorded_by", p.recorded_by},
            {"recorded_at", p.recorded_at_unix}};
}

nlohmann::json ToJson(const domain::WorkItemView& view) {
    nlohmann::json json = ToJson(view.item);
    json["measured_due"] = DateOrNull(view.due);
    json["overdue"] = view.overdue;
    json["latest"] = view.latest ? ToJson(*view.latest) : nlohmann::json();
    return json;
}

nlohmann::json ToJson(const domain::ReportingDuty& d) {
    return {{"code", d.code},
            {"label", ToJson(d.label)},
            {"from", ToJson(d.from)},
            {"to", Code(domain::ReportRecipients(), d.to)},
            {"rule", Code(domain::ReportRules(), d.rule)},
            {"month", d.month},
            {"day", d.day},
            {"date", DateOrNull(d.date)},
            {"source", d.source}};
}

nlohmann::json ToJson(const domain::DutyReceipt& r) {
    return {{"id", r.id},
            {"plan", r.plan_code},
            {"duty", r.duty_code},
            {"period", r.period},
            {"received_on", r.received_on.Iso()},
            {"number", r.document_number},
            {"recorded_by", r.recorded_by},
            {"recorded_at", r.recorded_at_unix}};
}

nlohmann::json ToJson(const domain::DutyOccurrenceView& v) {
    return {{"plan", v.plan_code},
            {"duty", v.duty.code},
            {"label", ToJson(v.duty.label)},
            {"from", ToJson(v.duty.from)},
            {"to", Code(domain::ReportRecipients(), v.duty.to)},
            {"period", v.occurrence.period},
            {"period_label", ToJson(v.occurrence.period_label)},
            {"due", v.occurrence.due.Iso()},
            {"state", Code(domain::DutyStates(), v.state)},
            {"days_late", v.days_late},
            {"receipt", v.receipt ? ToJson(*v.receipt) : nlohmann::json()}};
}

}  // namespace innodesk::cli
