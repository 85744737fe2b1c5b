// JSON views of domain records.
#include "json_views.h"

namespace innodesk::cli {
namespace {

template <typename Enum>
std::string Code(std::span<const domain::EnumEntry<Enum>> table, Enum value) {
    return std::string(domain::EntryOf(table, value).code);
}

nlohmann::json OptionalMoney(const std::optional<domain::Money>& money) {
    return money ? nlohmann::json(money->Dong()) : nlohmann::json(nullptr);
}

nlohmann::json OptionalDate(const std::optional<domain::CalendarDate>& date) {
    return date ? nlohmann::json(date->Iso()) : nlohmann::json(nullptr);
}

}  // namespace

nlohmann::json ToJson(const domain::Enterprise& e) {
    return {{"id", e.id},
            {"tax_code", e.tax_code.Value()},
            {"name", e.name},
            {"legal_form", Code(domain::LegalForms(), e.legal_form)},
            {"size_class", Code(domain::SizeClasses(), e.size_class)},
            {"vsic", e.vsic},
            {"commune", e.commune},
            {"province", e.province},
            {"address", e.address},
            {"phone", e.phone},
            {"email", e.email},
            {"science_technology_enterprise", e.science_technology_enterprise},
            {"innovative_startup", e.innovative_startup},
            {"science_technology_since", OptionalDate(e.science_technology_since)},
            {"science_technology_until", OptionalDate(e.science_technology_until)},
            {"innovative_startup_since", OptionalDate(e.innovative_startup_since)},
            {"innovative_startup_until", OptionalDate(e.innovative_startup_until)},
            {"version", e.version}};
}

nlohmann::json ToJson(const domain::Application& a) {
    return {{"id", a.id},
            {"enterprise_id", a.enterprise_id},
            {"programme_id", a.programme_id},
            {"year", a.year},
            {"content", Code(domain::SupportContents(), a.content)},
            {"title", a.title},
            {"requested_amount", a.requested_amount.Dong()},
            {"co_funding_amount", a.co_funding_amount.Dong()},
            {"state", Code(domain::ApplicationLifecycle().states, a.state)},
            {"envelope_id", a.envelope_id ? nlohmann::json(*a.envelope_id) : nlohmann::json(nullptr)},
            {"decision_id", a.decision_id ? nlohmann::json(*a.decision_id) : nlohmann::json(nullptr)},
            {"approved_amount", OptionalMoney(a.approved_amount)},
            {"original_approved_amount", OptionalMoney(a.original_approved_amount)},
            {"contract_number", a.contract_number},
            {"contract_ends_on", OptionalDate(a.contract_ends_on)},
            {"contract_signed_on", OptionalDate(a.contract_signed_on)},
            {"submitted_on", OptionalDate(a.submitted_on)},
            {"version", a.version}};
}

nlohmann::json ToJson(const domain::ApplicationTransition& t) {
    const auto& states = domain::ApplicationLifecycle().states;
    return {{"from", Code(states, t.from)},
            {"to", Code(states, t.to)},
            {"at", t.at_unix},
            {"actor", t.actor},
            {"note", t.note}};
}

nlohmann::json ToJson(const domain::Decision& d) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& item : d.items)
        items.push_back(
            {{"application_id", item.application_id}, {"approved_amount", item.approved_amount.Dong()}});
    return {
        {"id", d.id},
        {"number", d.number},
        {"date", d.date.Iso()},
        {"kind", Code(domain::DecisionKinds(), d.kind)},
        {"items", items},
        {"conditions", d.conditions},
        {"legal_basis", d.legal_basis},
        {"signer_name", d.signer_name},
        {"supersedes", d.supersedes ? nlohmann::json(*d.supersedes) : nlohmann::json(nullptr)},
        {"status", Code(domain::DecisionStatuses(), d.status)},
        {"drafted_by", d.drafted_by},
        {"signature", d.signature ? nlohmann::json{{"signer_user", d.signature->signer_user},
                                                   {"signer_fingerprint", d.signature->signer_fingerprint},
                                                   {"signer_subject", d.signature->signer_subject},
                                                   {"signed_at", d.signature->signed_at_unix}}
                                  : nlohmann::json(nullptr)}};
}

nlohmann::json ToJson(const domain::Voucher& v) {
    return {
        {"id", v.id},
        {"serial", v.serial},
        {"enterprise_id", v.enterprise_id},
        {"programme_id", v.programme_id},
        {"envelope_id", v.envelope_id},
        {"year", v.year},
        {"content", Code(domain::SupportContents(), v.content)},
        {"face_value", v.face_value.Dong()},
        {"state_share", v.state_share.Dong()},
        {"issued_on", v.issued_on.Iso()},
        {"valid_until", v.valid_until.Iso()},
        {"state", Code(domain::VoucherLifecycle().states, v.state)},
        {"provider_id", v.provider_id ? nlohmann::json(*v.provider_id) : nlohmann::json(nullptr)},
        {"invoice_number", v.invoice_number},
        {"invoice_date", OptionalDate(v.invoice_date)},
        {"invoice_amount", OptionalMoney(v.invoice_amount)},
        {"reimbursed_amount", OptionalMoney(v.reimbursed_amount)},
        {"reimbursed_on", OptionalDate(v.reimbursed_on)},
        {"cancel_reason", v.cancel_reason ? nlohmann::json(Code(domain::CancelReasons(), *v.cancel_reason))
                                          : nlohmann::json(nullptr)},
        {"cancel_note", v.cancel_note},
        {"version", v.version}};
}

nlohmann::json ToJson(const domain::ServiceProvider& p) {
    nlohmann::json contents = nlohmann::json::array();
    for (const auto c : p.contents) contents.push_back(Code(domain::SupportContents(), c));
    return {{"id", p.id},
            {"name", p.name},
            {"tax_code", p.tax_code.Value()},
            {"contents", contents},
            {"active", p.active}};
}

nlohmann::json ToJson(const domain::Programme& p) {
    return {{"id", p.id},
            {"code", p.code},
            {"name", p.name},
            {"start_year", p.start_year},
            {"end_year", p.end_year}};
}

nlohmann::json ToJson(const domain::ReviewCriterion& c) {
    return {{"code", c.code},
            {"label_vi", c.label_vi},
            {"label_en", c.label_en},
            {"weight", c.weight},
            {"max_score", c.max_score},
            {"pass_mark", c.threshold ? nlohmann::json(*c.threshold) : nlohmann::json(nullptr)}};
}

nlohmann::json ToJson(const domain::Rubric& r) {
    nlohmann::json criteria = nlohmann::json::array();
    for (const auto& c : r.criteria) criteria.push_back(ToJson(c));
    return {{"programme_id", r.programme_id},
            {"is_default", r.is_default},
            {"criteria", criteria},
            {"pass_mark", r.threshold ? nlohmann::json(*r.threshold) : nlohmann::json(nullptr)}};
}

nlohmann::json ToJson(const domain::Review& r) {
    nlohmann::json scores = nlohmann::json::object();
    for (const auto& s : r.scores) scores[s.code] = s.score;
    return {{"id", r.id},
            {"application_id", r.application_id},
            {"reviewer", r.reviewer},
            {"has_conflict", r.has_conflict},
            {"conflict_note", r.conflict_note},
            {"declared_at", r.declared_at_unix},
            {"scores", scores},
            {"comment", r.comment},
            {"submitted_at",
             r.submitted_at_unix ? nlohmann::json(*r.submitted_at_unix) : nlohmann::json(nullptr)},
            {"version", r.version}};
}

nlohmann::json ToJson(const std::vector<domain::ReviewAssignment>& assignments) {
    nlohmann::json array = nlohmann::json::array();
    for (const auto& a : assignments)
        array.push_back(
            {{"reviewer", a.reviewer}, {"assigned_by", a.assigned_by}, {"assigned_at", a.assigned_at_unix}});
    return array;
}

nlohmann::json ToJson(const domain::PassMarks& p) {
    nlohmann::json below = nlohmann::json::array();
    for (const auto& text : p.below) below.push_back(text.en);
    return {{"verdict", Code(domain::PassVerdicts(), p.verdict)}, {"below", below}};
}

nlohmann::json ToJson(const domain::ApplicationReviews& a) {
    nlohmann::json reviews = nlohmann::json::array();
    for (const auto& line : a.reviews) {
        auto json = ToJson(line.review);
        // A percentage with one decimal, e.g. 83.5.
        json["weighted_score"] =
            line.weighted ? nlohmann::json(line.weighted->Value()) : nlohmann::json(nullptr);
        reviews.push_back(json);
    }
    return {{"application", ToJson(a.application)},
            {"rubric", ToJson(a.rubric)},
            {"assigned", ToJson(a.assignments)},
            {"reviews", reviews},
            {"mean_score", a.mean ? nlohmann::json(a.mean->Value()) : nlohmann::json(nullptr)},
            {"pass_marks", ToJson(a.pass_marks)},
            {"counted", a.counted},
            {"conflicts", a.conflicts}};
}

nlohmann::json ToJson(const domain::RankingEntry& e) {
    return {{"rank", e.rank},
            {"application_id", e.application.id},
            {"enterprise_id", e.application.enterprise_id},
            {"title", e.application.title},
            {"state", Code(domain::ApplicationLifecycle().states, e.application.state)},
            {"mean_score", e.mean ? nlohmann::json(e.mean->Value()) : nlohmann::json(nullptr)},
            {"pass_marks", ToJson(e.pass_marks)},
            {"counted", e.counted},
            {"conflicts", e.conflicts}};
}

nlohmann::json ToJson(const domain::IpFiling& f) {
    return {{"id", f.id},
            {"enterprise_id", f.enterprise_id},
            {"type", Code(domain::IpTypes(), f.type)},
            {"route", Code(domain::IpRoutes(), f.route)},
            {"country", f.country},
            {"application_number",
             f.application_number ? nlohmann::json(*f.application_number) : nlohmann::json(nullptr)},
            {"title", f.title},
            {"filed_on", f.filed_on.Iso()},
            {"status", Code(domain::IpLifecycle().states, f.status)},
            {"status_on", f.status_on.Iso()},
            {"supported_amount", f.supported_amount.Dong()},
            {"commercially_exploited", f.commercially_exploited},
            {"programme_id", f.programme_id ? nlohmann::json(*f.programme_id) : nlohmann::json(nullptr)},
            {"version", f.version}};
}

nlohmann::json ToJson(const domain::IpStatusChange& c) {
    const auto& states = domain::IpLifecycle().states;
    return {{"from", Code(states, c.from)},
            {"to", Code(states, c.to)},
            {"on", c.on.Iso()},
            {"actor", c.actor},
            {"note", c.note}};
}

nlohmann::json ToJson(const domain::TrainingEvent& e) {
    return {{"id", e.id},
            {"programme_id", e.programme_id ? nlohmann::json(*e.programme_id) : nlohmann::json(nullptr)},
            {"title", e.title},
            {"kind", Code(domain::EventKinds(), e.kind)},
            {"starts_on", e.starts_on.Iso()},
            {"ends_on", e.ends_on.Iso()},
            {"location", e.location},
            {"organiser", e.organiser},
            {"version", e.version}};
}

nlohmann::json ToJson(const domain::EventSummary& s) {
    auto json = ToJson(s.event);
    json["person_times"] = s.person_times;
    json["enterprises"] = s.enterprises;
    return json;
}

nlohmann::json ToJson(const domain::Attendance& a) {
    return {{"id", a.id},
            {"event_id", a.event_id},
            {"person_name", a.person_name},
            {"personal_id", a.personal_id ? nlohmann::json(*a.personal_id) : nlohmann::json(nullptr)},
            {"person_key", a.person_key},
            {"enterprise_id", a.enterprise_id ? nlohmann::json(*a.enterprise_id) : nlohmann::json(nullptr)}};
}

nlohmann::json ToJson(const domain::EnterpriseOutcome& o) {
    return {
        {"id", o.id},
        {"enterprise_id", o.enterprise_id},
        {"application_id", o.application_id ? nlohmann::json(*o.application_id) : nlohmann::json(nullptr)},
        {"kind", Code(domain::OutcomeKinds(), o.kind)},
        {"description", o.description},
        {"recorded_on", o.recorded_on.Iso()},
        {"year", o.year}};
}

}  // namespace innodesk::cli
