// Receipts of plans' reporting duties, in SQL.
#include "bound_query.h"
#include "soci_repositories.h"
#include "storage_errors.h"
#include "stored_values.h"

namespace innodesk::persistence {
namespace {

constexpr std::string_view kDoingVi = "đọc hoặc ghi việc nhận báo cáo";
constexpr std::string_view kDoingEn = "read or write report receipts";

}  // namespace

std::int64_t SociDutyReceiptRepository::Add(const domain::DutyReceipt& r) try {
    std::string received = r.received_on.Iso();
    long long at = r.recorded_at_unix, id = 0;
    m_session << "INSERT INTO duty_receipt (plan_code, duty_code, period, received_on, document_number, "
                 "recorded_by, recorded_at) VALUES (:p, :d, :pe, :r, :n, :b, :at) RETURNING id",
        soci::use(r.plan_code), soci::use(r.duty_code), soci::use(r.period), soci::use(received),
        soci::use(r.document_number), soci::use(r.recorded_by), soci::use(at), soci::into(id);
    return id;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::DutyReceipt> SociDutyReceiptRepository::ForPlan(const std::string& plan_code) try {
    long long id = 0, at = 0;
    std::string plan, duty, period, received, number, by;
    BoundQuery q(
        m_session,
        "SELECT id, plan_code, duty_code, period, received_on, document_number, recorded_by, recorded_at "
        "FROM duty_receipt WHERE plan_code = :p OR :all = 1 ORDER BY plan_code, duty_code, period");
    q.Into(id).Into(plan).Into(duty).Into(period).Into(received).Into(number).Into(by).Into(at);
    q.Param(plan_code).Param(static_cast<long long>(plan_code.empty() ? 1 : 0));
    q.Execute();
    std::vector<domain::DutyReceipt> out;
    while (q.Fetch())
        out.push_back({id, plan, duty, period, StoredDate(received, "duty_receipt", id), number, by, at});
    return out;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

}  // namespace innodesk::persistence
