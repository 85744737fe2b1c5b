// Enterprise outcomes in SQL.
#include "bound_query.h"
#include "soci_repositories.h"
#include "sql_filter.h"
#include "storage_errors.h"
#include "stored_values.h"

namespace innodesk::persistence {
namespace {

// What a database failure in this file stopped, for StorageError's "Không thể …" / "Cannot …".
constexpr std::string_view kDoingVi = "đọc hoặc ghi kết quả sau hỗ trợ";
constexpr std::string_view kDoingEn = "read or write outcomes after support";

}  // namespace

domain::OutcomeId SociOutcomeRepository::Insert(const domain::EnterpriseOutcome& o) try {
    long long id = 0;
    BoundQuery q(m_session,
                 "INSERT INTO enterprise_outcome (enterprise_id, application_id, kind, description, "
                 "recorded_on, year, created_at) VALUES (:e, :a, :k, :d, :r, :y, :at) RETURNING id");
    q.Into(id)
        .Param(static_cast<long long>(o.enterprise_id))
        .Param(o.application_id ? std::optional<long long>(*o.application_id) : std::nullopt)
        .Param(CodeOf(domain::OutcomeKinds(), o.kind))
        .Param(o.description)
        .Param(o.recorded_on.Iso())
        .Param(static_cast<long long>(o.year))
        .Param(NowUnix());
    q.Execute();
    q.Fetch();
    return id;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::EnterpriseOutcome> SociOutcomeRepository::List(const domain::OutcomeFilter& filter) try {
    SqlFilter where;
    if (filter.year) where.Add("year = ?", static_cast<long long>(*filter.year));
    if (filter.enterprise_id) where.Add("enterprise_id = ?", static_cast<long long>(*filter.enterprise_id));
    if (filter.kind) where.Add("kind = ?", CodeOf(domain::OutcomeKinds(), *filter.kind));
    long long id = 0, enterprise_id = 0, application_id = 0;
    int year = 0;
    std::string kind, description, recorded_on;
    soci::indicator application_ind = soci::i_null;
    BoundQuery q(m_session,
                 "SELECT id, enterprise_id, application_id, kind, description, recorded_on, year FROM "
                 "enterprise_outcome " +
                     where.Where() + " ORDER BY year, recorded_on, id LIMIT :limit");
    q.Into(id)
        .Into(enterprise_id)
        .Into(application_id, application_ind)
        .Into(kind)
        .Into(description)
        .Into(recorded_on)
        .Into(year);
    where.Bind(q);
    q.Param(static_cast<long long>(filter.limit));
    q.Execute();
    std::vector<domain::EnterpriseOutcome> outcomes;
    while (q.Fetch()) {
        domain::EnterpriseOutcome o;
        o.id = id;
        o.enterprise_id = enterprise_id;
        if (application_ind == soci::i_ok) o.application_id = application_id;
        o.kind = StoredEnum(domain::OutcomeKinds(), kind, "enterprise_outcome", id);
        o.description = description;
        o.recorded_on = StoredDate(recorded_on, "enterprise_outcome", id);
        o.year = year;
        outcomes.push_back(std::move(o));
    }
    return outcomes;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

}  // namespace innodesk::persistence
