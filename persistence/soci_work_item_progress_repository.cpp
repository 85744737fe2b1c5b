// Progress recorded against plans' work items, in SQL.
#include "bound_query.h"
#include "soci_repositories.h"
#include "storage_errors.h"
#include "stored_values.h"

namespace innodesk::persistence {
namespace {

constexpr std::string_view kDoingVi = "đọc hoặc ghi tiến độ nhiệm vụ của kế hoạch";
constexpr std::string_view kDoingEn = "read or write work item progress";

// Links in one column: "task:12 decision:3".
std::string JoinLinks(const std::vector<domain::WorkItemLink>& links) {
    std::string out;
    for (const auto& link : links) out += (out.empty() ? "" : " ") + link.Code();
    return out;
}

std::vector<domain::WorkItemLink> SplitLinks(const std::string& text, long long id) {
    std::vector<domain::WorkItemLink> links;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string::npos) end = text.size();
        try {
            links.push_back(domain::WorkItemLink::Parse(text.substr(start, end - start)));
        } catch (const domain::DomainError& error) {
            ThrowCorruptValue("work_item_progress", id, error);
        }
        start = end + 1;
    }
    return links;
}

}  // namespace

std::int64_t SociWorkItemProgressRepository::Add(const domain::WorkItemProgress& p) try {
    std::string date = p.date.Iso(), status = CodeOf(domain::WorkItemStatuses(), p.status),
                links = JoinLinks(p.links);
    long long at = p.recorded_at_unix, id = 0;
    m_session << "INSERT INTO work_item_progress (plan_code, item_code, reported_on, status, result, links, "
                 "recorded_by, recorded_at) VALUES (:p, :i, :d, :s, :r, :l, :b, :at) RETURNING id",
        soci::use(p.plan_code), soci::use(p.item_code), soci::use(date), soci::use(status),
        soci::use(p.result), soci::use(links), soci::use(p.recorded_by), soci::use(at), soci::into(id);
    return id;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::WorkItemProgress> SociWorkItemProgressRepository::ForPlan(
    const std::string& plan_code) try {
    long long id = 0, at = 0;
    std::string item, date, status, result, links, by;
    BoundQuery q(m_session,
                 "SELECT id, item_code, reported_on, status, result, links, recorded_by, recorded_at FROM "
                 "work_item_progress WHERE plan_code = :p ORDER BY item_code, reported_on, id");
    q.Into(id).Into(item).Into(date).Into(status).Into(result).Into(links).Into(by).Into(at);
    q.Param(plan_code);
    q.Execute();
    std::vector<domain::WorkItemProgress> out;
    while (q.Fetch()) {
        domain::WorkItemProgress p;
        p.id = id;
        p.plan_code = plan_code;
        p.item_code = item;
        p.date = StoredDate(date, "work_item_progress", id);
        p.status = StoredEnum(domain::WorkItemStatuses(), status, "work_item_progress", id);
        p.result = result;
        p.links = SplitLinks(links, id);
        p.recorded_by = by;
        p.recorded_at_unix = at;
        out.push_back(std::move(p));
    }
    return out;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

}  // namespace innodesk::persistence
