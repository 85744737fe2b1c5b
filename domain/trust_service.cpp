// Trust store and settings use cases.
#include "trust_service.h"

#include "audit_recorder.h"
#include "errors.h"
#include "four_eyes.h"

namespace innodesk::domain {

// Each change goes through the four-eyes rule (four_eyes.h): applied here only when it needs no
// second administrator; front ends propose it through FourEyesService.
TrustItem TrustService::Add(TrustItem item, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Admin}, "sửa kho chứng thư tin cậy", "change the trust store");
    const ProposedChange change = AddTrustChange(item);
    auto tx = m_store.Begin(TransactionMode::Write);
    RequireNoSecondAdministrator(*tx, change);
    item = *ApplyChange(*tx, m_clock, actor, change).trust_item;
    tx->Commit();
    return item;
}

void TrustService::Remove(std::int64_t id, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Admin}, "sửa kho chứng thư tin cậy", "change the trust store");
    ProposedChange change;
    change.kind = ChangeKind::RemoveTrust;
    change.trust_item_id = id;
    auto tx = m_store.Begin(TransactionMode::Write);
    RequireNoSecondAdministrator(*tx, change);
    ApplyChange(*tx, m_clock, actor, change);
    tx->Commit();
}

std::vector<TrustItem> TrustService::List() {
    auto tx = m_store.Begin(TransactionMode::Read);
    return tx->Settings().ListTrustItems();
}

std::optional<std::string> TrustService::Setting(const std::string& key) {
    auto tx = m_store.Begin(TransactionMode::Read);
    return tx->Settings().Get(key);
}

void TrustService::SetSetting(const std::string& key, const std::string& value, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Admin}, "đổi cài đặt", "change settings");
    ProposedChange change;
    change.kind = ChangeKind::SetSetting;
    change.setting_key = key;
    change.setting_value = value;
    auto tx = m_store.Begin(TransactionMode::Write);
    RequireNoSecondAdministrator(*tx, change);
    ApplyChange(*tx, m_clock, actor, change);
    tx->Commit();
}

}  // namespace innodesk::domain
