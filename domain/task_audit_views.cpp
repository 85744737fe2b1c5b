// Audit views of tasks and organisations: every field an auditor needs to see what changed.
#include "task_audit_views.h"

namespace innodesk::domain {
namespace {

template <typename Enum>
JsonValue Code(std::span<const EnumEntry<Enum>> table, Enum value) {
    return std::string(EntryOf(table, value).code);
}

template <typename T, typename F>
JsonValue Optional(const std::optional<T>& value, F convert) {
    return value ? convert(*value) : JsonValue();
}

JsonValue Date(const CalendarDate& date) {
    return date.Iso();
}
JsonValue Id(std::int64_t id) {
    return id;
}

}  // namespace

JsonValue AuditView(const Task& t) {
    JsonValue::Array co_funding;
    for (const auto& funding : t.co_funding)
        co_funding.push_back(
            JsonValue::Object{{"source", funding.source}, {"amount", funding.amount.Dong()}});
    JsonValue::Array outputs;
    for (const auto& output : t.outputs)
        outputs.push_back(JsonValue::Object{{"kind", Code(OutputKinds(), output.kind)},
                                            {"quantity", output.quantity},
                                            {"description", output.description},
                                            {"applying_user", output.applying_user}});
    JsonValue acceptance;
    if (t.acceptance)
        acceptance = JsonValue::Object{{"council", t.acceptance->council},
                                       {"held_on", Date(t.acceptance->held_on)},
                                       {"result", Code(AcceptanceResults(), t.acceptance->result)},
                                       {"minutes_number", t.acceptance->minutes_number},
                                       {"decision_id", Optional(t.acceptance->decision_id, Id)}};
    JsonValue transfer;
    if (t.transfer)
        transfer = JsonValue::Object{{"on", Date(t.transfer->on)},
                                     {"receiving_unit", t.transfer->receiving_unit},
                                     {"document_number", t.transfer->document_number},
                                     {"note", t.transfer->note}};
    return JsonValue::Object{
        {"id", t.id},
        {"code", t.code},
        {"title", t.title},
        {"level", Code(TaskLevels(), t.level)},
        {"award_mode", Code(AwardModes(), t.award_mode)},
        {"year", t.year},
        {"programme_id", Optional(t.programme_id, Id)},
        {"plan_code", t.plan_code},
        {"plan_line", t.plan_line},
        {"lead_enterprise_id", Optional(t.lead_enterprise_id, Id)},
        {"lead_organisation_id", Optional(t.lead_organisation_id, Id)},
        {"principal_investigator", t.principal_investigator},
        {"ordering_unit", t.ordering_unit},
        {"applying_unit", t.applying_unit},
        {"state_budget", t.state_budget.Dong()},
        {"co_funding", std::move(co_funding)},
        {"outputs", std::move(outputs)},
        {"contract_number", t.contract_number},
        {"contract_signed_on", Optional(t.contract_signed_on, Date)},
        {"starts_on", Optional(t.starts_on, Date)},
        {"ends_on", Optional(t.ends_on, Date)},
        {"envelope_id", Optional(t.envelope_id, Id)},
        {"state", Code(TaskLifecycle().states, t.state)},
        {"follow_up_years", t.follow_up_years},
        {"acceptance", std::move(acceptance)},
        {"transfer", std::move(transfer)},
    };
}

JsonValue AuditView(const Milestone& m) {
    return JsonValue::Object{{"position", m.position},
                             {"content", m.content},
                             {"product", m.product},
                             {"due_on", Date(m.due_on)},
                             {"reported_on", Optional(m.reported_on, Date)},
                             {"status", Code(MilestoneStatuses(), m.status)},
                             {"evidence", m.evidence}};
}

JsonValue AuditView(const Tranche& t) {
    return JsonValue::Object{{"number", t.number},
                             {"amount", t.amount.Dong()},
                             {"due_on", Date(t.due_on)},
                             {"status", Code(TrancheStatuses(), t.status)},
                             {"paid_on", Optional(t.paid_on, Date)},
                             {"reference", t.reference}};
}

JsonValue AuditView(const TaskUse& u) {
    return JsonValue::Object{{"id", u.id},
                             {"reported_on", Date(u.reported_on)},
                             {"place", u.place},
                             {"since", Date(u.since)},
                             {"evidence", u.evidence}};
}

JsonValue AuditView(const TaskExtension& e) {
    return JsonValue::Object{{"from_end", Date(e.from_end)},
                             {"to_end", Date(e.to_end)},
                             {"reason", e.reason},
                             {"document_number", e.document_number}};
}

JsonValue AuditView(const Organisation& o) {
    return JsonValue::Object{{"id", o.id},
                             {"name", o.name},
                             {"kind", Code(OrganisationKinds(), o.kind)},
                             {"tax_code", o.tax_code},
                             {"address", o.address},
                             {"contact", o.contact},
                             {"province", o.province}};
}

}  // namespace innodesk::domain
