// Audit views of the records.
#include "audit_views.h"

#include "password_commitment.h"

namespace innodesk::domain {
namespace {

template <typename Enum>
JsonValue Code(std::span<const EnumEntry<Enum>> table, Enum value) {
    return std::string(EntryOf(table, value).code);
}

JsonValue Amount(const Money& money) {
    return money.Dong();
}
JsonValue Date(const CalendarDate& date) {
    return date.Iso();
}

template <typename T, typename F>
JsonValue Optional(const std::optional<T>& value, F convert) {
    return value ? convert(*value) : JsonValue();
}

JsonValue Id(std::int64_t id) {
    return id;
}

}  // namespace

JsonValue AuditView(const Enterprise& e) {
    return JsonValue::Object{
        {"id", e.id},
        {"tax_code", e.tax_code.Value()},
        {"name", e.name},
        {"legal_form", Code(LegalForms(), e.legal_form)},
        {"size_class", Code(SizeClasses(), e.size_class)},
        {"vsic", e.vsic},
        {"commune", e.commune},
        {"province", e.province},
        {"address", e.address},
        {"phone", e.phone},
        {"email", e.email},
        {"st_enterprise", e.science_technology_enterprise},
        {"innovative_startup", e.innovative_startup},
    };
}

JsonValue AuditView(const Programme& p) {
    return JsonValue::Object{{"id", p.id},
                             {"code", p.code},
                             {"name", p.name},
                             {"start_year", p.start_year},
                             {"end_year", p.end_year}};
}

JsonValue AuditView(const BudgetEnvelope& e) {
    return JsonValue::Object{{"id", e.id},
                             {"programme_id", e.programme_id},
                             {"year", e.year},
                             {"source", Code(FundingSources(), e.source)},
                             {"content", Code(SupportContents(), e.content)},
                             {"amount", Amount(e.amount)}};
}

JsonValue AuditView(const SupportCap& c) {
    return JsonValue::Object{{"programme_id", c.programme_id},
                             {"content", Code(SupportContents(), c.content)},
                             {"max_state_share_percent", c.max_state_share_percent},
                             {"ceiling_per_contract", Amount(c.ceiling_per_contract)},
                             {"ceiling_per_enterprise_year", Amount(c.ceiling_per_enterprise_year)},
                             {"max_vouchers_per_enterprise_year", c.max_vouchers_per_enterprise_year}};
}

JsonValue AuditView(const Application& a) {
    JsonValue::Object view{
        {"id", a.id},
        {"enterprise_id", a.enterprise_id},
        {"programme_id", a.programme_id},
        {"year", a.year},
        {"content", Code(SupportContents(), a.content)},
        {"title", a.title},
        {"requested_amount", Amount(a.requested_amount)},
        {"co_funding_amount", Amount(a.co_funding_amount)},
        {"state", Code(ApplicationLifecycle().states, a.state)},
        {"envelope_id", Optional(a.envelope_id, Id)},
        {"decision_id", Optional(a.decision_id, Id)},
        {"approved_amount", Optional(a.approved_amount, Amount)},
        {"original_approved_amount", Optional(a.original_approved_amount, Amount)},
        {"contract_number", a.contract_number},
        {"submitted_on", Optional(a.submitted_on, Date)},
    };
    // Only once set, so that the entries written before contracts had an end read the same.
    if (a.contract_ends_on) view.emplace("contract_ends_on", Date(*a.contract_ends_on));
    if (a.contract_signed_on) view.emplace("contract_signed_on", Date(*a.contract_signed_on));
    return view;
}

JsonValue AuditView(const Decision& d) {
    JsonValue::Array items;
    for (const auto& item : d.items)
        items.push_back(JsonValue::Object{{"application_id", item.application_id},
                                          {"approved_amount", Amount(item.approved_amount)}});
    JsonValue signature;
    if (d.signature)
        signature = JsonValue::Object{{"signer_user", d.signature->signer_user},
                                      {"signer_fingerprint", d.signature->signer_fingerprint},
                                      {"signed_at", d.signature->signed_at_unix}};
    return JsonValue::Object{
        {"id", d.id},
        {"number", d.number},
        {"date", Date(d.date)},
        {"kind", Code(DecisionKinds(), d.kind)},
        {"items", std::move(items)},
        {"conditions", d.conditions},
        {"legal_basis", d.legal_basis},
        {"signer_name", d.signer_name},
        {"supersedes", Optional(d.supersedes, Id)},
        {"status", Code(DecisionStatuses(), d.status)},
        {"drafted_by", d.drafted_by},
        {"signature", std::move(signature)},
    };
}

JsonValue AuditView(const ServiceProvider& p) {
    JsonValue::Array contents;
    for (const auto content : p.contents) contents.push_back(Code(SupportContents(), content));
    return JsonValue::Object{{"id", p.id},
                             {"name", p.name},
                             {"tax_code", p.tax_code.Value()},
                             {"contents", std::move(contents)},
                             {"active", p.active}};
}

JsonValue AuditView(const Voucher& v) {
    return JsonValue::Object{
        {"id", v.id},
        {"serial", v.serial},
        {"enterprise_id", v.enterprise_id},
        {"programme_id", v.programme_id},
        {"envelope_id", v.envelope_id},
        {"year", v.year},
        {"content", Code(SupportContents(), v.content)},
        {"face_value", Amount(v.face_value)},
        {"state_share", Amount(v.state_share)},
        {"issued_on", Date(v.issued_on)},
        {"valid_until", Date(v.valid_until)},
        {"state", Code(VoucherLifecycle().states, v.state)},
        {"provider_id", Optional(v.provider_id, Id)},
        {"invoice_number", v.invoice_number},
        {"invoice_date", Optional(v.invoice_date, Date)},
        {"invoice_amount", Optional(v.invoice_amount, Amount)},
        {"reimbursed_amount", Optional(v.reimbursed_amount, Amount)},
        {"reimbursed_on", Optional(v.reimbursed_on, Date)},
        {"cancel_reason", Optional(v.cancel_reason, [](CancelReason r) { return Code(CancelReasons(), r); })},
        {"cancel_note", v.cancel_note},
    };
}

JsonValue AuditView(const Review& r) {
    JsonValue::Object scores;
    for (const auto& score : r.scores) scores.emplace(score.code, score.score);
    return JsonValue::Object{
        {"id", r.id},
        {"application_id", r.application_id},
        {"reviewer", r.reviewer},
        {"has_conflict", r.has_conflict},
        {"conflict_note", r.conflict_note},
        {"scores", std::move(scores)},
        {"comment", r.comment},
        {"submitted_at", Optional(r.submitted_at_unix, Id)},
    };
}

JsonValue AuditView(const IpFiling& f) {
    return JsonValue::Object{
        {"id", f.id},
        {"enterprise_id", f.enterprise_id},
        {"type", Code(IpTypes(), f.type)},
        {"route", Code(IpRoutes(), f.route)},
        {"country", f.country},
        {"application_number",
         Optional(f.application_number, [](const std::string& s) { return JsonValue(s); })},
        {"title", f.title},
        {"filed_on", Date(f.filed_on)},
        {"status", Code(IpLifecycle().states, f.status)},
        {"status_on", Date(f.status_on)},
        {"supported_amount", Amount(f.supported_amount)},
        {"commercially_exploited", f.commercially_exploited},
        {"programme_id", Optional(f.programme_id, Id)},
    };
}

JsonValue AuditView(const TrainingEvent& e) {
    return JsonValue::Object{{"id", e.id},
                             {"programme_id", Optional(e.programme_id, Id)},
                             {"title", e.title},
                             {"kind", Code(EventKinds(), e.kind)},
                             {"starts_on", Date(e.starts_on)},
                             {"ends_on", Date(e.ends_on)},
                             {"location", e.location},
                             {"organiser", e.organiser}};
}

JsonValue AuditView(const Attendance& a) {
    return JsonValue::Object{
        {"id", a.id},
        {"event_id", a.event_id},
        {"person_name", a.person_name},
        {"personal_id", Optional(a.personal_id, [](const std::string& s) { return JsonValue(s); })},
        {"enterprise_id", Optional(a.enterprise_id, Id)},
    };
}

JsonValue AuditView(const EnterpriseOutcome& o) {
    return JsonValue::Object{{"id", o.id},
                             {"enterprise_id", o.enterprise_id},
                             {"application_id", Optional(o.application_id, Id)},
                             {"kind", Code(OutcomeKinds(), o.kind)},
                             {"description", o.description},
                             {"recorded_on", Date(o.recorded_on)},
                             {"year", o.year}};
}

JsonValue AuditView(const User& u) {
    JsonValue::Object view{{"id", u.id},
                           {"name", u.name},
                           {"display_name", u.display_name},
                           {"role", Code(Roles(), u.role)},
                           {"disabled", u.disabled}};
    // Not the hash, which would give a reader of the trail something to attack offline, but a
    // commitment to it: reconciliation (app/reconciliation.h) then names a hash replaced behind
    // InnoDesk's back. Entries written before this field existed simply lack it.
    if (!u.password_hash.empty())
        view.emplace(std::string(kPasswordCommitmentField), PasswordCommitment(u.password_hash));
    return view;
}

}  // namespace innodesk::domain
