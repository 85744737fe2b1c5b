// Programme set-up use cases.
#include "programme_service.h"

#include "audit_recorder.h"
#include "audit_views.h"
#include "errors.h"
#include "record_lookup.h"

namespace innodesk::domain {

Programme ProgrammeService::Create(Programme programme, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "tạo chương trình", "create programmes");
    programme.code = m_text.Clean(programme.code, "code");
    programme.name = m_text.Clean(programme.name, "name");
    programme = NormaliseProgramme(std::move(programme));
    auto tx = m_store.Begin(TransactionMode::Write);
    if (tx->Programmes().FindByCode(programme.code))
        throw DomainError(ErrorCode::Duplicate,
                          {"Mã chương trình " + programme.code + " đã có.",
                           "Programme code " + programme.code + " already exists."},
                          "code");
    programme.id = tx->Programmes().Insert(programme);
    RecordChange(*tx, actor, "programme.create", "programme", programme.id, nullptr, AuditView(programme));
    tx->Commit();
    return programme;
}

Programme ProgrammeService::GetByCode(const std::string& code) {
    auto tx = m_store.Begin(TransactionMode::Read);
    auto found = tx->Programmes().FindByCode(m_text.Clean(code, "code"));
    if (!found)
        throw DomainError(ErrorCode::NotFound,
                          {"Không có chương trình mã " + code + ".", "There is no programme " + code + "."},
                          "programme");
    return *found;
}

std::vector<Programme> ProgrammeService::List() {
    auto tx = m_store.Begin(TransactionMode::Read);
    return tx->Programmes().List();
}

BudgetEnvelope ProgrammeService::AddEnvelope(BudgetEnvelope envelope, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "lập dự toán", "add budget envelopes");
    auto tx = m_store.Begin(TransactionMode::Write);
    envelope = ValidateEnvelope(envelope, RequireProgramme(*tx, envelope.programme_id));
    envelope.id = tx->Programmes().InsertEnvelope(envelope);
    RecordChange(*tx, actor, "budget.create", "budget_envelope", envelope.id, nullptr, AuditView(envelope));
    tx->Commit();
    return envelope;
}

void ProgrammeService::SetCap(SupportCap cap, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "đặt mức hỗ trợ tối đa", "set support caps");
    cap = ValidateCap(cap);
    auto tx = m_store.Begin(TransactionMode::Write);
    RequireProgramme(*tx, cap.programme_id);
    const auto before = tx->Programmes().FindCap(cap.programme_id, cap.content);
    tx->Programmes().UpsertCap(cap);
    RecordChange(*tx, actor, "cap.set", "programme", cap.programme_id,
                 before ? AuditView(*before) : JsonValue(), AuditView(cap));
    tx->Commit();
}

std::vector<EnvelopeReport> ProgrammeService::Budget(ProgrammeId programme) {
    auto tx = m_store.Begin(TransactionMode::Read);
    RequireProgramme(*tx, programme);
    std::vector<EnvelopeReport> report;
    for (const auto& envelope : tx->Programmes().ListEnvelopes(programme))
        report.push_back({envelope, tx->Programmes().Balance(envelope.id)});
    return report;
}

}  // namespace innodesk::domain
