// Settings and the trust store.
#include "bound_query.h"
#include "soci_repositories.h"
#include "storage_errors.h"
#include "stored_values.h"

namespace innodesk::persistence {
namespace {

// What a database failure in this file stopped, for StorageError's "Không thể …" / "Cannot …".
constexpr std::string_view kDoingVi = "đọc hoặc ghi cài đặt";
constexpr std::string_view kDoingEn = "read or write settings";

}  // namespace

std::optional<std::string> SociSettingsRepository::Get(const std::string& key) try {
    std::string value;
    BoundQuery q(m_session, "SELECT value FROM setting WHERE key = :k");
    q.Into(value).Param(key);
    q.Execute();
    if (!q.Fetch()) return std::nullopt;
    return value;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociSettingsRepository::Put(const std::string& key, const std::string& value) try {
    BoundQuery update(m_session, "UPDATE setting SET value = :v WHERE key = :k");
    update.Param(value).Param(key);
    update.Execute();
    if (update.AffectedRows() == 1) return;
    BoundQuery insert(m_session, "INSERT INTO setting (key, value) VALUES (:k, :v)");
    insert.Param(key).Param(value);
    insert.Execute();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::int64_t SociSettingsRepository::InsertTrustItem(const domain::TrustItem& item) try {
    long long id = 0;
    BoundQuery q(
        m_session,
        "INSERT INTO trust_item (kind, label, pem, fingerprint, added_at) VALUES (:k, :l, :p, :f, :a) "
        "RETURNING id");
    q.Into(id)
        .Param(std::string(item.kind == domain::TrustKind::CaCertificate ? "ca" : "crl"))
        .Param(item.label)
        .Param(item.pem)
        .Param(item.fingerprint)
        .Param(static_cast<long long>(item.added_at_unix));
    q.Execute();
    q.Fetch();
    return id;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociSettingsRepository::DeleteTrustItem(std::int64_t id) try {
    BoundQuery q(m_session, "DELETE FROM trust_item WHERE id = :id");
    q.Param(static_cast<long long>(id));
    q.Execute();
    if (q.AffectedRows() != 1)
        throw domain::DomainError(domain::ErrorCode::NotFound,
                                  {"Không có mục tin cậy id " + std::to_string(id) + ".",
                                   "There is no trust store item with id " + std::to_string(id) + "."});
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::TrustItem> SociSettingsRepository::ListTrustItems() try {
    long long id = 0, added = 0;
    std::string kind, label, pem, fingerprint;
    BoundQuery q(m_session, "SELECT id, kind, label, pem, fingerprint, added_at FROM trust_item ORDER BY id");
    q.Into(id).Into(kind).Into(label).Into(pem).Into(fingerprint).Into(added);
    q.Execute();
    std::vector<domain::TrustItem> items;
    while (q.Fetch()) {
        if (kind != "ca" && kind != "crl")
            ThrowCorruptValue(
                "trust_item", id,
                domain::DomainError(domain::ErrorCode::InvalidValue,
                                    {"loại '" + kind + "' không xác định", "unknown kind '" + kind + "'"}));
        items.push_back({id,
                         kind == "ca" ? domain::TrustKind::CaCertificate : domain::TrustKind::RevocationList,
                         label, pem, fingerprint, added});
    }
    return items;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

}  // namespace innodesk::persistence
