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
            {"submitted_on", OptionalDate(a.submitted_on)},
            {"version", a.version}};
}

nlohmann::json ToJson(const domain::ApplicationTransition& t) {
    const auto& states = domain::ApplicationLifecycle().states;
    return {{"from", Code(states, t.from)}, {"to", Code(states, t.to)}, {"at", t.at_unix}, {"actor", t.actor},
            {"note", t.note}};
}

nlohmann::json ToJson(const domain::Decision& d) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& item : d.items)
        items.push_back({{"application_id", item.application_id}, {"approved_amount", item.approved_amount.Dong()}});
    return {{"id", d.id},
            {"number", d.number},
            {"date", d.date.Iso()},
            {"kind", Code(domain::DecisionKinds(), d.kind)},
            {"items", items},
            {"conditions", d.conditions},
            {"legal_basis", d.legal_basis},
            {"signer_name", d.signer_name},
            {"supersedes", d.supersedes ? nlohmann::json(*d.supersedes) : nlohmann::json(nullptr)}};
}

nlohmann::json ToJson(const domain::Voucher& v) {
    return {{"id", v.id},
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
    return {{"id", p.id}, {"name", p.name}, {"tax_code", p.tax_code.Value()}, {"contents", contents}, {"active", p.active}};
}

nlohmann::json ToJson(const domain::Programme& p) {
    return {{"id", p.id}, {"code", p.code}, {"name", p.name}, {"start_year", p.start_year}, {"end_year", p.end_year}};
}

}  // namespace innodesk::cli
