// Outcome use cases.
#include "outcome_service.h"

#include "audit_recorder.h"
#include "audit_views.h"
#include "errors.h"
#include "record_lookup.h"

namespace innodesk::domain {

EnterpriseOutcome OutcomeService::Add(EnterpriseOutcome outcome, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "ghi nhận kết quả của doanh nghiệp",
                "record enterprise outcomes");
    outcome = NormaliseOutcome(std::move(outcome), m_text);
    if (outcome.recorded_on > m_clock.Today())
        throw DomainError(ErrorCode::InvalidValue,
                          {"Ngày ghi nhận " + outcome.recorded_on.Format() + " chưa tới (hôm nay là " +
                               m_clock.Today().Format() + ").",
                           "The date recorded " + outcome.recorded_on.Format() + " is after today (" +
                               m_clock.Today().Format() + ")."},
                          "recorded_on");
    auto tx = m_store.Begin(TransactionMode::Write);
    const Enterprise enterprise = RequireEnterprise(*tx, outcome.enterprise_id);
    if (outcome.application_id) {
        const Application application = RequireApplication(*tx, *outcome.application_id);
        if (application.enterprise_id != outcome.enterprise_id)
            throw DomainError(
                ErrorCode::InvalidValue,
                {"Hồ sơ số " + std::to_string(application.id) + " là của doanh nghiệp khác, không phải " +
                     enterprise.tax_code.Value() + ".",
                 "Application " + std::to_string(application.id) + " belongs to another enterprise, not " +
                     enterprise.tax_code.Value() + "."},
                "application_id");
    }
    outcome.id = tx->Outcomes().Insert(outcome);
    RecordChange(*tx, m_clock, actor, "outcome.create", "outcome", outcome.id, nullptr, AuditView(outcome));
    tx->Commit();
    return outcome;
}

std::vector<EnterpriseOutcome> OutcomeService::List(const OutcomeFilter& filter) {
    auto tx = m_store.Begin(TransactionMode::Read);
    return tx->Outcomes().List(filter);
}

}  // namespace innodesk::domain
