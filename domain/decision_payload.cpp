// Decision payload.
#include "decision_payload.h"

#include "canonical_json.h"

#include <algorithm>

namespace innodesk::domain {

std::string DecisionPayload(const Decision& decision, std::vector<DecisionPayloadItem> items,
                            const std::optional<std::string>& supersedes_number,
                            const DecisionPayloadSigner& signer,
                            const std::optional<DecisionPayloadTask>& task) {
    std::sort(items.begin(), items.end(),
              [](const auto& a, const auto& b) { return a.application_id < b.application_id; });
    JsonValue::Array item_values;
    for (const auto& item : items)
        item_values.push_back(JsonValue::Object{
            {"application_id", item.application_id},
            {"enterprise_tax_code", item.enterprise_tax_code},
            {"programme", item.programme_code},
            {"year", item.year},
            {"support_content", std::string(EntryOf(SupportContents(), item.content).code)},
            {"title", item.title},
            {"approved_amount_vnd", item.approved_amount.Dong()},
        });
    JsonValue::Object payload{
        {"format", kDecisionPayloadFormat},
        {"number", decision.number},
        {"date", decision.date.Iso()},
        {"kind", std::string(EntryOf(DecisionKinds(), decision.kind).code)},
        {"items", std::move(item_values)},
        {"conditions", decision.conditions},
        {"legal_basis", decision.legal_basis},
        {"signer_name", decision.signer_name},
        {"supersedes", supersedes_number ? JsonValue(*supersedes_number) : JsonValue()},
        {"signer",
         JsonValue::Object{{"user", signer.user}, {"certificate_sha256", signer.certificate_sha256}}},
    };
    if (task)
        payload.emplace("task", JsonValue::Object{
                                    {"code", task->code},
                                    {"title", task->title},
                                    {"level", task->level},
                                    {"award_mode", task->award_mode},
                                    {"lead", task->lead_name},
                                    {"principal_investigator", task->principal_investigator},
                                    {"contract_number", task->contract_number},
                                    {"state_budget_vnd", task->state_budget.Dong()},
                                    {"council", task->council},
                                    {"council_held_on", task->held_on.Iso()},
                                    {"result", task->result},
                                    {"minutes_number", task->minutes_number},
                                });
    return JsonValue(std::move(payload)).Canonical();
}

}  // namespace innodesk::domain
