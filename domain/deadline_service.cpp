// Upcoming deadlines from the stored plans and vouchers.
#include "deadline_service.h"

#include <algorithm>

namespace innodesk::domain {

std::vector<Deadline> DeadlineService::Upcoming(std::optional<CalendarDate> as_of, int horizon_days) {
    const CalendarDate today = as_of.value_or(m_clock.Today());
    const CalendarDate until = today.AddDays(std::max(horizon_days, 0));
    auto tx = m_store.Begin(TransactionMode::Read);
    std::vector<Deadline> deadlines;
    for (const auto& plan : tx->Plans().List())
        for (auto& deadline : ReportDueDates(plan, today, until)) deadlines.push_back(std::move(deadline));
    for (const auto& voucher : tx->Metrics().IssuedVouchersExpiringBy(until, 10000)) {
        Deadline d;
        d.due = voucher.valid_until;
        d.kind = DeadlineKind::VoucherExpiry;
        d.label = {"Phiếu " + voucher.serial + " hết hạn sử dụng", "Voucher " + voucher.serial + " expires"};
        d.entity = "voucher";
        d.entity_id = voucher.id;
        d.enterprise_id = voucher.enterprise_id;
        deadlines.push_back(std::move(d));
    }
    for (auto& d : deadlines) d.escalation = EscalationFor(d.due, today);
    std::stable_sort(deadlines.begin(), deadlines.end(), [](const Deadline& a, const Deadline& b) { return a.due < b.due; });
    return deadlines;
}

}  // namespace innodesk::domain
