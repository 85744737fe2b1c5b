// The register of organisations that are not enterprises, in SQL.
#include "bound_query.h"
#include "soci_repositories.h"
#include "sql_filter.h"
#include "storage_errors.h"
#include "stored_values.h"

namespace innodesk::persistence {
namespace {

// What a database failure in this file stopped, for StorageError's "Không thể …" / "Cannot …".
constexpr std::string_view kDoingVi = "đọc hoặc ghi danh sách tổ chức";
constexpr std::string_view kDoingEn = "read or write the organisation register";

std::vector<domain::Organisation> Select(soci::session& session, const SqlFilter& filter) {
    long long id = 0, version = 0;
    std::string name, kind, tax_code, address, contact, province;
    BoundQuery q(session,
                 "SELECT id, name, kind, tax_code, address, contact, version, province FROM organisation " +
                     filter.Where() + " ORDER BY name, id");
    q.Into(id).Into(name).Into(kind).Into(tax_code).Into(address).Into(contact).Into(version).Into(province);
    filter.Bind(q);
    q.Execute();
    std::vector<domain::Organisation> found;
    while (q.Fetch())
        found.push_back({id, name, StoredEnum(domain::OrganisationKinds(), kind, "organisation", id),
                         tax_code, address, contact, province, version});
    return found;
}

}  // namespace

domain::OrganisationId SociOrganisationRepository::Insert(const domain::Organisation& o) try {
    long long id = 0;
    BoundQuery q(
        m_session,
        "INSERT INTO organisation (name, kind, tax_code, address, contact, province, version) VALUES (:n, "
        ":k, :t, :a, :c, :p, 1) RETURNING id");
    q.Into(id)
        .Param(o.name)
        .Param(CodeOf(domain::OrganisationKinds(), o.kind))
        .Param(o.tax_code)
        .Param(o.address)
        .Param(o.contact)
        .Param(o.province);
    Guarded("ghi tổ chức", "record the organisation", [&] {
        q.Execute();
        q.Fetch();
    });
    return id;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<domain::Organisation> SociOrganisationRepository::FindById(domain::OrganisationId id) try {
    SqlFilter filter;
    filter.Add("id = ?", static_cast<long long>(id));
    auto found = Select(m_session, filter);
    if (found.empty()) return std::nullopt;
    return found.front();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<domain::Organisation> SociOrganisationRepository::FindByName(const std::string& name) try {
    SqlFilter filter;
    filter.Add("name = ?", name);
    auto found = Select(m_session, filter);
    if (found.empty()) return std::nullopt;
    return found.front();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociOrganisationRepository::Update(const domain::Organisation& o) try {
    BoundQuery q(
        m_session,
        "UPDATE organisation SET name = :n, kind = :k, tax_code = :t, address = :a, contact = :c, province = "
        ":p, version = version + 1 WHERE id = :id AND version = :v");
    q.Param(o.name)
        .Param(CodeOf(domain::OrganisationKinds(), o.kind))
        .Param(o.tax_code)
        .Param(o.address)
        .Param(o.contact)
        .Param(o.province)
        .Param(static_cast<long long>(o.id))
        .Param(static_cast<long long>(o.version));
    Guarded("cập nhật tổ chức", "update the organisation", [&] { q.Execute(); });
    if (q.AffectedRows() == 1) return;
    throw domain::DomainError(
        domain::ErrorCode::Conflict,
        {"Tổ chức '" + o.name +
             "' đã được người khác thay đổi hoặc xóa. Tải lại; thay đổi của bạn chưa được lưu.",
         "The organisation '" + o.name +
             "' was changed or removed by someone else. Reload; your change was not "
             "saved."});
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::Organisation> SociOrganisationRepository::List() try {
    return Select(m_session, SqlFilter());
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

}  // namespace innodesk::persistence
