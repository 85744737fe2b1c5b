// Reporting duties' occurrences with their receipts, and recording a receipt.
#include "reporting_duty_service.h"

#include "audit_recorder.h"
#include "record_lookup.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace innodesk::domain {
namespace {

constexpr std::size_t kMaxDocumentNumber = 100;

}  // namespace

std::vector<DutyOccurrenceView> ViewDuties(const Plan& plan, const std::vector<DutyReceipt>& receipts,
                                           const CalendarDate& as_of, const CalendarDate& from,
                                           const CalendarDate& to) {
    std::map<std::tuple<std::string, std::string>, DutyReceipt> received;
    for (const auto& r : receipts)
        if (r.plan_code == plan.code && r.received_on <= as_of) received[{r.duty_code, r.period}] = r;
    std::vector<DutyOccurrenceView> views;
    for (const auto& duty : plan.reports) {
        for (const auto& occurrence : Occurrences(duty, plan.first_year, plan.last_year)) {
            std::optional<DutyReceipt> receipt;
            if (const auto found = received.find({duty.code, occurrence.period}); found != received.end())
                receipt = found->second;
            const DutyState state = StateOf(occurrence, receipt, as_of);
            const bool in_range = occurrence.due >= from && occurrence.due <= to;
            if (!in_range && !(state == DutyState::Late && occurrence.due < from)) continue;
            DutyOccurrenceView view{plan.code, duty, occurrence, state, receipt, 0};
            if (state == DutyState::Late) view.days_late = occurrence.due.DaysUntil(as_of);
            if (receipt && receipt->received_on > occurrence.due)
                view.days_late = occurrence.due.DaysUntil(receipt->received_on);
            views.push_back(std::move(view));
        }
    }
    std::stable_sort(views.begin(), views.end(), [](const auto& a, const auto& b) {
        return std::tie(a.occurrence.due, a.duty.code) < std::tie(b.occurrence.due, b.duty.code);
    });
    return views;
}

std::vector<DutyOccurrenceView> ReportingDutyService::List(const std::string& plan_code,
                                                           std::optional<Period> period,
                                                           std::optional<CalendarDate> as_of,
                                                           bool late_only) {
    const CalendarDate date = as_of.value_or(m_clock.Today());
    const Period range = period.value_or(Period::Year(date.Year()));
    auto tx = m_store.Begin(TransactionMode::Read);
    std::vector<Plan> plans;
    if (plan_code.empty())
        plans = tx->Plans().List();
    else
        plans.push_back(RequirePlan(*tx, plan_code));
    const auto receipts = tx->DutyReceipts().ForPlan(plan_code);
    std::vector<DutyOccurrenceView> views;
    for (const auto& plan : plans)
        for (auto& view : ViewDuties(plan, receipts, date, range.From(), range.To()))
            if (!late_only || view.state == DutyState::Late) views.push_back(std::move(view));
    std::stable_sort(views.begin(), views.end(),
                     [](const auto& a, const auto& b) { return a.occurrence.due < b.occurrence.due; });
    return views;
}

DutyReceipt ReportingDutyService::Receive(const std::string& plan_code, const std::string& duty_code,
                                          const std::string& period, const CalendarDate& received_on,
                                          const std::string& document_number, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer, Role::Admin}, "ghi nhận báo cáo", "record report receipts");
    if (received_on > m_clock.Today())
        throw DomainError(ErrorCode::InvalidValue,
                          {"Ngày nhận/gửi " + received_on.Format() + " chưa tới.",
                           "The date received/sent " + received_on.Format() + " is after today."},
                          "date");
    if (document_number.find_first_not_of(" \t") == std::string::npos ||
        document_number.size() > kMaxDocumentNumber)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Ghi số văn bản báo cáo (1–100 ký tự), ví dụ '125/BC-SKHCN'.",
                           "Give the report's document number (1–100 characters), e.g. '125/BC-SKHCN'."},
                          "number");
    auto tx = m_store.Begin(TransactionMode::Write);
    const Plan plan = RequirePlan(*tx, plan_code);
    const ReportingDuty* duty = plan.FindDuty(duty_code);
    if (!duty)
        throw DomainError(ErrorCode::NotFound,
                          {"Kế hoạch '" + plan.code + "' không có nghĩa vụ báo cáo mã '" + duty_code +
                               "'. Xem bằng 'innodesk-cli duty list --plan " + plan.code + "'.",
                           "Plan '" + plan.code + "' has no reporting duty '" + duty_code +
                               "'. See them with 'innodesk-cli duty list --plan " + plan.code + "'."},
                          "duty");
    const auto occurrences = Occurrences(*duty, plan.first_year, plan.last_year);
    const auto occurrence = std::find_if(occurrences.begin(), occurrences.end(),
                                         [&](const DutyOccurrence& o) { return o.period == period; });
    if (occurrence == occurrences.end()) {
        std::string periods;
        for (const auto& o : occurrences) periods += (periods.empty() ? "" : ", ") + o.period;
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Nghĩa vụ '" + duty->code + "' không có kỳ '" + period + "'; các kỳ: " + periods + ".",
             "Duty '" + duty->code + "' has no period '" + period + "'; its periods: " + periods + "."},
            "period");
    }
    for (const auto& r : tx->DutyReceipts().ForPlan(plan.code))
        if (r.duty_code == duty->code && r.period == period)
            throw DomainError(
                ErrorCode::Duplicate,
                {"Kỳ " + period + " của nghĩa vụ '" + duty->code + "' đã ghi nhận ngày " +
                     r.received_on.Format() + " (số " + r.document_number + ", " + r.recorded_by + ").",
                 "Period " + period + " of duty '" + duty->code + "' was already recorded on " +
                     r.received_on.Format() + " (number " + r.document_number + ", " + r.recorded_by + ")."},
                "period");
    DutyReceipt receipt{0,           plan.code,       duty->code,      period,
                        received_on, document_number, actor.user_name, m_clock.NowUnixSeconds()};
    receipt.id = tx->DutyReceipts().Add(receipt);
    RecordChange(*tx, m_clock, actor, "duty.receive", "plan", plan.id, nullptr,
                 JsonValue::Object{{"plan", plan.code},
                                   {"duty", duty->code},
                                   {"period", period},
                                   {"due", occurrence->due.Iso()},
                                   {"received_on", received_on.Iso()},
                                   {"number", document_number},
                                   {"receipt_id", receipt.id}});
    tx->Commit();
    return receipt;
}

}  // namespace innodesk::domain
