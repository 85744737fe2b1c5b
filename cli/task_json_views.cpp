// JSON views of tasks and organisations.
#include "task_json_views.h"

namespace innodesk::cli {
namespace {

template <typename Enum>
std::string Code(std::span<const domain::EnumEntry<Enum>> table, Enum value) {
    return std::string(domain::EntryOf(table, value).code);
}

nlohmann::json OptionalDate(const std::optional<domain::CalendarDate>& date) {
    return date ? nlohmann::json(date->Iso()) : nlohmann::json(nullptr);
}

template <typename Value>
nlohmann::json OptionalValue(const std::optional<Value>& value) {
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

}  // namespace

nlohmann::json ToJson(const domain::Organisation& o) {
    return {{"id", o.id},
            {"name", o.name},
            {"kind", Code(domain::OrganisationKinds(), o.kind)},
            {"tax_code", o.tax_code},
            {"address", o.address},
            {"contact", o.contact},
            {"version", o.version}};
}

nlohmann::json ToJson(const domain::Task& t) {
    nlohmann::json co_funding = nlohmann::json::array();
    for (const auto& funding : t.co_funding)
        co_funding.push_back({{"source", funding.source}, {"amount", funding.amount.Dong()}});
    nlohmann::json outputs = nlohmann::json::array();
    for (const auto& output : t.outputs)
        outputs.push_back({{"kind", Code(domain::OutputKinds(), output.kind)},
                           {"quantity", output.quantity},
                           {"description", output.description},
                           {"applying_user", output.applying_user}});
    nlohmann::json acceptance = nullptr;
    if (t.acceptance)
        acceptance = {{"council", t.acceptance->council},
                      {"held_on", t.acceptance->held_on.Iso()},
                      {"result", Code(domain::AcceptanceResults(), t.acceptance->result)},
                      {"minutes_number", t.acceptance->minutes_number},
                      {"decision_id", OptionalValue(t.acceptance->decision_id)}};
    nlohmann::json transfer = nullptr;
    if (t.transfer)
        transfer = {{"on", t.transfer->on.Iso()},
                    {"receiving_unit", t.transfer->receiving_unit},
                    {"document_number", t.transfer->document_number},
                    {"note", t.transfer->note}};
    return {{"id", t.id},
            {"code", t.code},
            {"title", t.title},
            {"level", Code(domain::TaskLevels(), t.level)},
            {"award_mode", Code(domain::AwardModes(), t.award_mode)},
            {"year", t.year},
            {"programme_id", OptionalValue(t.programme_id)},
            {"plan_code", t.plan_code},
            {"plan_line", t.plan_line},
            {"lead_enterprise_id", OptionalValue(t.lead_enterprise_id)},
            {"lead_organisation_id", OptionalValue(t.lead_organisation_id)},
            {"principal_investigator", t.principal_investigator},
            {"ordering_unit", t.ordering_unit},
            {"applying_unit", t.applying_unit},
            {"state_budget", t.state_budget.Dong()},
            {"co_funding", co_funding},
            {"co_funding_total", t.CoFundingTotal().Dong()},
            {"outputs", outputs},
            {"contract_number", t.contract_number},
            {"contract_signed_on", OptionalDate(t.contract_signed_on)},
            {"starts_on", OptionalDate(t.starts_on)},
            {"ends_on", OptionalDate(t.ends_on)},
            {"envelope_id", OptionalValue(t.envelope_id)},
            {"state", Code(domain::TaskLifecycle().states, t.state)},
            {"follow_up_years", t.follow_up_years},
            {"acceptance", acceptance},
            {"transfer", transfer},
            {"created_by", t.created_by},
            {"version", t.version}};
}

nlohmann::json ToJson(const domain::TaskSummary& s, const domain::CalendarDate& today) {
    auto json = ToJson(s.task);
    json["lead_name"] = s.lead_name;
    json["milestones"] = s.milestones;
    json["milestones_open"] = s.milestones_open;
    json["next_milestone_due"] = OptionalDate(s.next_milestone_due);
    json["late"] = s.next_milestone_due.has_value() && today > *s.next_milestone_due;
    json["paid"] = s.paid.Dong();
    return json;
}

nlohmann::json ToJson(const domain::Milestone& m, const domain::CalendarDate& today) {
    return {{"position", m.position},
            {"content", m.content},
            {"product", m.product},
            {"due_on", m.due_on.Iso()},
            {"reported_on", OptionalDate(m.reported_on)},
            {"status", Code(domain::MilestoneStatuses(), m.status)},
            {"evidence", m.evidence},
            {"late", m.LateOn(today)}};
}

nlohmann::json ToJson(const domain::Tranche& t) {
    return {{"number", t.number},
            {"amount", t.amount.Dong()},
            {"due_on", t.due_on.Iso()},
            {"status", Code(domain::TrancheStatuses(), t.status)},
            {"paid_on", OptionalDate(t.paid_on)},
            {"reference", t.reference},
            {"recorded_by", t.recorded_by}};
}

nlohmann::json ToJson(const domain::TaskUse& u) {
    return {{"id", u.id},
            {"reported_on", u.reported_on.Iso()},
            {"place", u.place},
            {"since", u.since.Iso()},
            {"evidence", u.evidence},
            {"recorded_by", u.recorded_by}};
}

nlohmann::json ToJson(const domain::TaskExtension& e) {
    return {{"from_end", e.from_end.Iso()},         {"to_end", e.to_end.Iso()}, {"reason", e.reason},
            {"document_number", e.document_number}, {"actor", e.actor},         {"at", e.at_unix}};
}

nlohmann::json ToJson(const domain::TaskTransition& t) {
    const auto& states = domain::TaskLifecycle().states;
    return {{"from", Code(states, t.from)},
            {"to", Code(states, t.to)},
            {"on", t.on.Iso()},
            {"at", t.at_unix},
            {"actor", t.actor},
            {"note", t.note}};
}

nlohmann::json ToJson(const domain::TaskFile& file, const domain::CalendarDate& today) {
    auto json = ToJson(file.task);
    json["lead_name"] = file.lead_name;
    json["paid"] = file.Paid().Dong();
    json["planned"] = file.Planned().Dong();
    auto& milestones = json["milestones"] = nlohmann::json::array();
    for (const auto& milestone : file.milestones) milestones.push_back(ToJson(milestone, today));
    auto& tranches = json["tranches"] = nlohmann::json::array();
    for (const auto& tranche : file.tranches) tranches.push_back(ToJson(tranche));
    auto& uses = json["uses"] = nlohmann::json::array();
    for (const auto& use : file.uses) uses.push_back(ToJson(use));
    auto& extensions = json["extensions"] = nlohmann::json::array();
    for (const auto& extension : file.extensions) extensions.push_back(ToJson(extension));
    auto& history = json["history"] = nlohmann::json::array();
    for (const auto& step : file.history) history.push_back(ToJson(step));
    json["applications"] = file.applications;
    return json;
}

}  // namespace innodesk::cli
