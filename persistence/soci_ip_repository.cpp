// IP filings and their status history in SQL.
#include "bound_query.h"
#include "soci_repositories.h"
#include "sql_filter.h"
#include "storage_errors.h"
#include "stored_values.h"

namespace innodesk::persistence {
namespace {

// What a database failure in this file stopped, for StorageError's "Không thể …" / "Cannot …".
constexpr std::string_view kDoingVi = "đọc hoặc ghi hồ sơ sở hữu trí tuệ";
constexpr std::string_view kDoingEn = "read or write IP filings";

using domain::IpFiling;

constexpr const char* kColumns =
    "id, enterprise_id, programme_id, ip_type, route, country, application_number, title, filed_on, status, "
    "status_on, supported_amount, commercially_exploited, version";

struct FilingRow {
    long long id = 0, enterprise_id = 0, programme_id = 0, supported = 0, version = 0;
    int exploited = 0;
    std::string type, route, country, number, title, filed_on, status, status_on;
    soci::indicator programme_ind = soci::i_null, number_ind = soci::i_null;

    void Bind(BoundQuery& q) {
        q.Into(id)
            .Into(enterprise_id)
            .Into(programme_id, programme_ind)
            .Into(type)
            .Into(route)
            .Into(country)
            .Into(number, number_ind)
            .Into(title)
            .Into(filed_on)
            .Into(status)
            .Into(status_on)
            .Into(supported)
            .Into(exploited)
            .Into(version);
    }

    IpFiling ToDomain() const {
        IpFiling f;
        f.id = id;
        f.enterprise_id = enterprise_id;
        if (programme_ind == soci::i_ok) f.programme_id = programme_id;
        f.type = StoredEnum(domain::IpTypes(), type, "ip_filing", id);
        f.route = StoredEnum(domain::IpRoutes(), route, "ip_filing", id);
        f.country = country;
        if (number_ind == soci::i_ok) f.application_number = number;
        f.title = title;
        f.filed_on = StoredDate(filed_on, "ip_filing", id);
        f.status = StoredEnum(domain::IpLifecycle().states, status, "ip_filing", id);
        f.status_on = StoredDate(status_on, "ip_filing", id);
        f.supported_amount = domain::Money::Dong(supported);
        f.commercially_exploited = exploited != 0;
        f.version = version;
        return f;
    }
};

// The columns that may change after filing, in the order of the UPDATE below.
void BindMutable(BoundQuery& q, const IpFiling& f) {
    q.Param(f.application_number)
        .Param(f.title)
        .Param(CodeOf(domain::IpLifecycle().states, f.status))
        .Param(f.status_on.Iso())
        .Param(static_cast<long long>(f.supported_amount.Dong()))
        .Param(f.commercially_exploited ? 1LL : 0LL)
        .Param(f.programme_id ? std::optional<long long>(*f.programme_id) : std::nullopt);
}

std::vector<IpFiling> Select(soci::session& session, const SqlFilter& filter,
                             const std::string& order_and_limit, std::optional<long long> limit) {
    FilingRow row;
    BoundQuery q(session,
                 std::string("SELECT ") + kColumns + " FROM ip_filing " + filter.Where() + order_and_limit);
    row.Bind(q);
    filter.Bind(q);
    if (limit) q.Param(*limit);
    q.Execute();
    std::vector<IpFiling> found;
    while (q.Fetch()) found.push_back(row.ToDomain());
    return found;
}

}  // namespace

domain::IpFilingId SociIpFilingRepository::Insert(const IpFiling& f) try {
    long long id = 0;
    const long long now = NowUnix();
    BoundQuery q(m_session,
                 "INSERT INTO ip_filing (enterprise_id, ip_type, route, country, filed_on, "
                 "application_number, title, status, status_on, supported_amount, commercially_exploited, "
                 "programme_id, version, created_at, updated_at) VALUES (:e, :t, :r, :c, :f, :n, :title, :s, "
                 ":so, :m, :x, :p, 1, :created, :updated) RETURNING id");
    q.Into(id)
        .Param(static_cast<long long>(f.enterprise_id))
        .Param(CodeOf(domain::IpTypes(), f.type))
        .Param(CodeOf(domain::IpRoutes(), f.route))
        .Param(f.country)
        .Param(f.filed_on.Iso());
    BindMutable(q, f);
    q.Param(now).Param(now);
    // The number is checked by the service; a concurrent filing with the same number still
    // lands here and must reach the user as a duplicate.
    Guarded("ghi đơn sở hữu trí tuệ", "record the IP filing", [&] {
        q.Execute();
        q.Fetch();
    });
    return id;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<IpFiling> SociIpFilingRepository::FindById(domain::IpFilingId id) try {
    SqlFilter filter;
    filter.Add("id = ?", static_cast<long long>(id));
    auto found = Select(m_session, filter, "", std::nullopt);
    if (found.empty()) return std::nullopt;
    return found.front();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<IpFiling> SociIpFilingRepository::FindByNumber(domain::IpRoute route,
                                                             const std::string& country,
                                                             const std::string& application_number) try {
    SqlFilter filter;
    filter.Add("route = ?", CodeOf(domain::IpRoutes(), route))
        .Add("country = ?", country)
        .Add("application_number = ?", application_number);
    auto found = Select(m_session, filter, "", std::nullopt);
    if (found.empty()) return std::nullopt;
    return found.front();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociIpFilingRepository::Update(const IpFiling& f) try {
    BoundQuery q(m_session,
                 "UPDATE ip_filing SET application_number = :n, title = :title, status = :s, status_on = "
                 ":so, supported_amount = :m, commercially_exploited = :x, programme_id = :p, version = "
                 "version + 1, updated_at = :updated WHERE id = :id AND version = :version");
    BindMutable(q, f);
    q.Param(NowUnix()).Param(static_cast<long long>(f.id)).Param(static_cast<long long>(f.version));
    Guarded("cập nhật đơn sở hữu trí tuệ", "update the IP filing", [&] { q.Execute(); });
    if (q.AffectedRows() == 1) return;
    const auto current = FindById(f.id);
    if (!current)
        throw domain::DomainError(domain::ErrorCode::NotFound,
                                  {"Đơn sở hữu trí tuệ id " + std::to_string(f.id) + " không còn tồn tại.",
                                   "IP filing " + std::to_string(f.id) + " no longer exists."});
    throw domain::DomainError(
        domain::ErrorCode::Conflict,
        {"Đơn sở hữu trí tuệ id " + std::to_string(f.id) + " đã được người khác thay đổi (phiên bản " +
             std::to_string(current->version) + ", bạn đang sửa phiên bản " + std::to_string(f.version) +
             "). Tải lại; thay đổi của bạn chưa được lưu.",
         "IP filing " + std::to_string(f.id) + " was changed by someone else (version " +
             std::to_string(current->version) + ", you edited version " + std::to_string(f.version) +
             "). Reload; your change was not saved."});
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<IpFiling> SociIpFilingRepository::List(const domain::IpFilingFilter& filter) try {
    SqlFilter where;
    if (filter.enterprise_id) where.Add("enterprise_id = ?", static_cast<long long>(*filter.enterprise_id));
    if (filter.type) where.Add("ip_type = ?", CodeOf(domain::IpTypes(), *filter.type));
    if (filter.status) where.Add("status = ?", CodeOf(domain::IpLifecycle().states, *filter.status));
    if (filter.programme_id) where.Add("programme_id = ?", static_cast<long long>(*filter.programme_id));
    if (filter.year_filed) {
        // A range on the ISO text keeps the index on filed_on usable, unlike extracting the year.
        where.Add("filed_on >= ?", domain::CalendarDate::FromYmd(*filter.year_filed, 1, 1).Iso())
            .Add("filed_on <= ?", domain::CalendarDate::FromYmd(*filter.year_filed, 12, 31).Iso());
    }
    return Select(m_session, where, " ORDER BY filed_on DESC, id DESC LIMIT :limit",
                  static_cast<long long>(filter.limit));
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

void SociIpFilingRepository::AppendStatus(const domain::IpStatusChange& c) try {
    const auto& states = domain::IpLifecycle().states;
    BoundQuery q(m_session,
                 "INSERT INTO ip_filing_status (filing_id, from_status, to_status, changed_on, actor, note, "
                 "at) VALUES (:f, :from, :to, :on, :actor, :note, :at)");
    q.Param(static_cast<long long>(c.filing_id))
        .Param(CodeOf(states, c.from))
        .Param(CodeOf(states, c.to))
        .Param(c.on.Iso())
        .Param(c.actor)
        .Param(c.note)
        .Param(NowUnix());
    q.Execute();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::IpStatusChange> SociIpFilingRepository::History(domain::IpFilingId id) try {
    long long row_id = 0;
    std::string from, to, on, actor, note;
    BoundQuery q(m_session,
                 "SELECT id, from_status, to_status, changed_on, actor, note FROM ip_filing_status WHERE "
                 "filing_id = :f ORDER BY id");
    q.Into(row_id).Into(from).Into(to).Into(on).Into(actor).Into(note).Param(static_cast<long long>(id));
    q.Execute();
    std::vector<domain::IpStatusChange> history;
    const auto& states = domain::IpLifecycle().states;
    while (q.Fetch())
        history.push_back({id, StoredEnum(states, from, "ip_filing_status", row_id),
                           StoredEnum(states, to, "ip_filing_status", row_id),
                           StoredDate(on, "ip_filing_status", row_id), actor, note});
    return history;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

}  // namespace innodesk::persistence
