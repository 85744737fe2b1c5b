// Reports issued as documents, in SQL.
#include "bound_query.h"
#include "soci_repositories.h"
#include "storage_errors.h"
#include "stored_values.h"

namespace innodesk::persistence {
namespace {

constexpr std::string_view kDoingVi = "đọc hoặc ghi báo cáo đã ban hành";
constexpr std::string_view kDoingEn = "read or write issued reports";

constexpr const char* kColumns =
    "id, year, number, symbol, plan_code, period, issued_on, signer_title, signer_name, difficulties, "
    "proposals, "
    "language, issued_by, issued_at";

// The columns of kColumns, read into one report.
struct Row {
    long long id = 0, at = 0;
    int year = 0, number = 0;
    std::string symbol, plan, period, issued_on, title, name, difficulties, proposals, language, by;

    void Bind(BoundQuery& q) {
        q.Into(id).Into(year).Into(number).Into(symbol).Into(plan).Into(period).Into(issued_on).Into(title);
        q.Into(name).Into(difficulties).Into(proposals).Into(language).Into(by).Into(at);
    }

    domain::IssuedReport Report() const {
        domain::IssuedReport r;
        r.id = id;
        r.year = year;
        r.number = number;
        r.symbol = symbol;
        r.plan_code = plan;
        r.period = period;
        r.issued_on = StoredDate(issued_on, "issued_report", id);
        r.signer_title = title;
        r.signer_name = name;
        r.difficulties = difficulties;
        r.proposals = proposals;
        r.language = language;
        r.issued_by = by;
        r.issued_at_unix = at;
        return r;
    }
};

}  // namespace

std::int64_t SociIssuedReportRepository::Add(const domain::IssuedReport& r) try {
    std::string issued_on = r.issued_on.Iso();
    long long at = r.issued_at_unix, id = 0;
    int year = r.year, number = r.number;
    m_session
        << "INSERT INTO issued_report (year, number, symbol, plan_code, period, issued_on, signer_title, "
           "signer_name, difficulties, proposals, language, snapshot, issued_by, issued_at) VALUES (:y, :n, "
           ":s, :p, :pe, :o, :t, :na, :d, :pr, :l, :sn, :b, :at) RETURNING id",
        soci::use(year), soci::use(number), soci::use(r.symbol), soci::use(r.plan_code), soci::use(r.period),
        soci::use(issued_on), soci::use(r.signer_title), soci::use(r.signer_name), soci::use(r.difficulties),
        soci::use(r.proposals), soci::use(r.language), soci::use(r.snapshot), soci::use(r.issued_by),
        soci::use(at), soci::into(id);
    return id;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<domain::IssuedReport> SociIssuedReportRepository::Find(int year, const std::string& symbol,
                                                                     int number) try {
    Row row;
    std::string snapshot;
    BoundQuery q(m_session,
                 std::string("SELECT ") + kColumns +
                     ", snapshot FROM issued_report WHERE year = :y AND symbol = :s AND number = :n");
    row.Bind(q);
    q.Into(snapshot);
    q.Param(static_cast<long long>(year)).Param(symbol).Param(static_cast<long long>(number));
    q.Execute();
    if (!q.Fetch()) return std::nullopt;
    auto report = row.Report();
    report.snapshot = std::move(snapshot);
    return report;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::IssuedReport> SociIssuedReportRepository::List(const std::string& plan_code) try {
    Row row;
    BoundQuery q(m_session,
                 std::string("SELECT ") + kColumns +
                     " FROM issued_report WHERE plan_code = :p OR :all = 1 ORDER BY issued_on DESC, "
                     "year DESC, symbol, number DESC");
    row.Bind(q);
    q.Param(plan_code).Param(static_cast<long long>(plan_code.empty() ? 1 : 0));
    q.Execute();
    std::vector<domain::IssuedReport> out;
    while (q.Fetch()) out.push_back(row.Report());
    return out;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

}  // namespace innodesk::persistence
