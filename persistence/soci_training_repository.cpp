// Training events, attendance and the person-time counts in SQL.
#include "bound_query.h"
#include "soci_repositories.h"
#include "sql_filter.h"
#include "storage_errors.h"
#include "stored_values.h"

namespace innodesk::persistence {
namespace {

// What a database failure in this file stopped, for StorageError's "Không thể …" / "Cannot …".
constexpr std::string_view kDoingVi = "đọc hoặc ghi đào tạo";
constexpr std::string_view kDoingEn = "read or write training records";

using domain::Attendance;
using domain::TrainingEvent;

constexpr const char* kEventColumns =
    "e.id, e.programme_id, e.title, e.kind, e.starts_on, e.ends_on, e.location, e.organiser, e.version";

struct EventRow {
    long long id = 0, programme_id = 0, version = 0;
    std::string title, kind, starts_on, ends_on, location, organiser;
    soci::indicator programme_ind = soci::i_null;

    void Bind(BoundQuery& q) {
        q.Into(id)
            .Into(programme_id, programme_ind)
            .Into(title)
            .Into(kind)
            .Into(starts_on)
            .Into(ends_on)
            .Into(location)
            .Into(organiser)
            .Into(version);
    }

    TrainingEvent ToDomain() const {
        TrainingEvent e;
        e.id = id;
        if (programme_ind == soci::i_ok) e.programme_id = programme_id;
        e.title = title;
        e.kind = StoredEnum(domain::EventKinds(), kind, "training_event", id);
        e.starts_on = StoredDate(starts_on, "training_event", id);
        e.ends_on = StoredDate(ends_on, "training_event", id);
        e.location = location;
        e.organiser = organiser;
        e.version = version;
        return e;
    }
};

struct AttendanceRow {
    long long id = 0, event_id = 0, enterprise_id = 0;
    std::string name, personal_id, key;
    soci::indicator personal_ind = soci::i_null, enterprise_ind = soci::i_null;

    void Bind(BoundQuery& q) {
        q.Into(id)
            .Into(event_id)
            .Into(name)
            .Into(personal_id, personal_ind)
            .Into(key)
            .Into(enterprise_id, enterprise_ind);
    }

    Attendance ToDomain() const {
        Attendance a;
        a.id = id;
        a.event_id = event_id;
        a.person_name = name;
        if (personal_ind == soci::i_ok) a.personal_id = personal_id;
        a.person_key = key;
        if (enterprise_ind == soci::i_ok) a.enterprise_id = enterprise_id;
        return a;
    }
};

std::vector<Attendance> SelectAttendance(soci::session& session, const SqlFilter& filter) {
    AttendanceRow row;
    BoundQuery q(
        session,
        "SELECT id, event_id, person_name, personal_id, person_key, enterprise_id FROM training_attendance " +
            filter.Where() + " ORDER BY id");
    row.Bind(q);
    filter.Bind(q);
    q.Execute();
    std::vector<Attendance> found;
    while (q.Fetch()) found.push_back(row.ToDomain());
    return found;
}

// The events a scope covers, as conditions on alias e.
SqlFilter ScopeFilter(const domain::TrainingScope& scope) {
    SqlFilter filter;
    if (scope.from) filter.Add("e.starts_on >= ?", scope.from->Iso());
    if (scope.to) filter.Add("e.starts_on <= ?", scope.to->Iso());
    if (scope.programme_id) filter.Add("e.programme_id = ?", static_cast<long long>(*scope.programme_id));
    if (scope.kind) filter.Add("e.kind = ?", CodeOf(domain::EventKinds(), *scope.kind));
    return filter;
}

long long Count(soci::session& session, const std::string& what, const domain::TrainingScope& scope) {
    const SqlFilter filter = ScopeFilter(scope);
    long long count = 0;
    BoundQuery q(session, "SELECT " + what +
                              " FROM training_attendance a JOIN training_event e ON e.id = a.event_id " +
                              filter.Where());
    q.Into(count);
    filter.Bind(q);
    q.Execute();
    q.Fetch();
    return count;
}

}  // namespace

domain::TrainingEventId SociTrainingRepository::InsertEvent(const TrainingEvent& e) try {
    long long id = 0;
    const long long now = NowUnix();
    BoundQuery q(m_session,
                 "INSERT INTO training_event (programme_id, title, kind, starts_on, ends_on, location, "
                 "organiser, version, created_at, updated_at) VALUES (:p, :t, :k, :s, :e, :l, :o, 1, "
                 ":created, :updated) RETURNING id");
    q.Into(id)
        .Param(e.programme_id ? std::optional<long long>(*e.programme_id) : std::nullopt)
        .Param(e.title)
        .Param(CodeOf(domain::EventKinds(), e.kind))
        .Param(e.starts_on.Iso())
        .Param(e.ends_on.Iso())
        .Param(e.location)
        .Param(e.organiser)
        .Param(now)
        .Param(now);
    q.Execute();
    q.Fetch();
    return id;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<TrainingEvent> SociTrainingRepository::FindEvent(domain::TrainingEventId id) try {
    EventRow row;
    BoundQuery q(m_session,
                 std::string("SELECT ") + kEventColumns + " FROM training_event e WHERE e.id = :id");
    row.Bind(q);
    q.Param(static_cast<long long>(id));
    q.Execute();
    if (!q.Fetch()) return std::nullopt;
    return row.ToDomain();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::EventSummary> SociTrainingRepository::ListEvents(const domain::EventFilter& filter) try {
    SqlFilter where;
    if (filter.year) {
        where.Add("e.starts_on >= ?", domain::CalendarDate::FromYmd(*filter.year, 1, 1).Iso())
            .Add("e.starts_on <= ?", domain::CalendarDate::FromYmd(*filter.year, 12, 31).Iso());
    }
    if (filter.programme_id) where.Add("e.programme_id = ?", static_cast<long long>(*filter.programme_id));
    EventRow row;
    long long person_times = 0, enterprises = 0;
    BoundQuery q(
        m_session,
        std::string("SELECT ") + kEventColumns +
            ", (SELECT COUNT(*) FROM training_attendance a WHERE a.event_id = e.id), (SELECT COUNT(DISTINCT "
            "a.enterprise_id) FROM training_attendance a WHERE a.event_id = e.id) FROM training_event e " +
            where.Where() + " ORDER BY e.starts_on, e.id LIMIT :limit");
    row.Bind(q);
    q.Into(person_times).Into(enterprises);
    where.Bind(q);
    q.Param(static_cast<long long>(filter.limit));
    q.Execute();
    std::vector<domain::EventSummary> events;
    while (q.Fetch()) events.push_back({row.ToDomain(), person_times, enterprises});
    return events;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

domain::AttendanceId SociTrainingRepository::InsertAttendance(const Attendance& a) try {
    long long id = 0;
    BoundQuery q(m_session,
                 "INSERT INTO training_attendance (event_id, person_name, personal_id, person_key, "
                 "enterprise_id, created_at) VALUES (:e, :n, :p, :k, :ent, :at) RETURNING id");
    q.Into(id)
        .Param(static_cast<long long>(a.event_id))
        .Param(a.person_name)
        .Param(a.personal_id)
        .Param(a.person_key)
        .Param(a.enterprise_id ? std::optional<long long>(*a.enterprise_id) : std::nullopt)
        .Param(NowUnix());
    // The person key is checked by the service; a concurrent entry of the same person still
    // lands here and must reach the user as a duplicate.
    Guarded("ghi người tham dự", "record the attendee", [&] {
        q.Execute();
        q.Fetch();
    });
    return id;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<Attendance> SociTrainingRepository::FindAttendance(domain::TrainingEventId event,
                                                                 const std::string& person_key) try {
    SqlFilter filter;
    filter.Add("event_id = ?", static_cast<long long>(event)).Add("person_key = ?", person_key);
    auto found = SelectAttendance(m_session, filter);
    if (found.empty()) return std::nullopt;
    return found.front();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<Attendance> SociTrainingRepository::Attendances(domain::TrainingEventId event) try {
    SqlFilter filter;
    filter.Add("event_id = ?", static_cast<long long>(event));
    return SelectAttendance(m_session, filter);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::int64_t SociTrainingRepository::PersonTimes(const domain::TrainingScope& scope) try {
    return Count(m_session, "COUNT(*)", scope);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::int64_t SociTrainingRepository::TrainedEnterprises(const domain::TrainingScope& scope) try {
    return Count(m_session, "COUNT(DISTINCT a.enterprise_id)", scope);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

}  // namespace innodesk::persistence
