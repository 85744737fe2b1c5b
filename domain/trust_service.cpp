// Trust store and settings use cases.
#include "trust_service.h"

#include "audit_recorder.h"
#include "errors.h"

namespace innodesk::domain {
namespace {

JsonValue View(const TrustItem& item) {
    return JsonValue::Object{{"id", item.id},
                             {"kind", item.kind == TrustKind::CaCertificate ? "ca" : "crl"},
                             {"label", item.label},
                             {"fingerprint", item.fingerprint}};
}

}  // namespace

TrustItem TrustService::Add(TrustItem item, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Admin}, "sửa kho chứng thư tin cậy", "change the trust store");
    item.added_at_unix = m_clock.NowUnixSeconds();
    auto tx = m_store.Begin(TransactionMode::Write);
    for (const auto& existing : tx->Settings().ListTrustItems())
        if (existing.fingerprint == item.fingerprint)
            throw DomainError(ErrorCode::Duplicate,
                              {"Kho tin cậy đã có mục này (id " + std::to_string(existing.id) + ": " +
                                   existing.label + ").",
                               "The trust store already holds this item (id " + std::to_string(existing.id) +
                                   ": " + existing.label + ")."},
                              "pem");
    item.id = tx->Settings().InsertTrustItem(item);
    RecordChange(*tx, m_clock, actor, "trust.add", "trust_item", item.id, nullptr, View(item));
    tx->Commit();
    return item;
}

void TrustService::Remove(std::int64_t id, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Admin}, "sửa kho chứng thư tin cậy", "change the trust store");
    auto tx = m_store.Begin(TransactionMode::Write);
    std::optional<TrustItem> removed;
    for (const auto& item : tx->Settings().ListTrustItems())
        if (item.id == id) removed = item;
    if (!removed)
        throw DomainError(ErrorCode::NotFound,
                          {"Không có mục tin cậy id " + std::to_string(id) + ".",
                           "There is no trust store item with id " + std::to_string(id) + "."},
                          "id");
    tx->Settings().DeleteTrustItem(id);
    RecordChange(*tx, m_clock, actor, "trust.remove", "trust_item", id, View(*removed), nullptr);
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
    auto tx = m_store.Begin(TransactionMode::Write);
    const auto before = tx->Settings().Get(key);
    tx->Settings().Put(key, value);
    RecordChange(*tx, m_clock, actor, "setting.set", "setting", 0,
                 before ? JsonValue(JsonValue::Object{{"key", key}, {"value", *before}}) : JsonValue(),
                 JsonValue::Object{{"key", key}, {"value", value}});
    tx->Commit();
}

}  // namespace innodesk::domain
