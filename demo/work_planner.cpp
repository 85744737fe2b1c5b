// The supported work's planner: contracts, payments, acceptance, monitoring, closing.
#include "demo/work_planner.h"

#include "demo/amounts.h"
#include "demo/names.h"
#include "demo/outcome_planner.h"

#include <algorithm>
#include <optional>
#include <string>

namespace innodesk::demo {

using namespace domain;  // the planners speak the domain's language throughout

namespace {

using AS = ApplicationState;

// How far along the supported work a state is; -1 for states before an approval.
int WorkRank(AS state) {
    switch (state) {
        case AS::Approved:
            return 0;
        case AS::Contracted:
            return 1;
        case AS::InProgress:
            return 2;
        case AS::Accepted:
            return 3;
        case AS::Monitoring:
            return 4;
        case AS::Closed:
            return 5;
        default:
            return -1;
    }
}

class WorkPlanner {
public:
    explicit WorkPlanner(DemoRun& run) : m_run(run) {}

    void CarryOutApplications() {
        const CalendarDate year_end = CalendarDate::FromYmd(m_run.spec.year, 12, 20);
        auto clamp = [&](const CalendarDate& date) { return std::min(date, year_end); };
        std::int64_t contract_number = 0, payment_number = 0;
        for (auto& plan : m_run.plans) {
            m_run.meter.Advance();
            if (plan.verdict != Verdict::Approve || plan.approved.IsZero()) continue;
            const int rank = WorkRank(plan.work_end);
            CalendarDate day = plan.decided_on;
            if (rank >= 1) {
                ++contract_number;
                // Nine months from the decision: the acceptances of the year's later contracts fall
                // due in the next year, as the dashboard's deadlines show.
                day = clamp(day.AddDays(m_run.random.Between(7, 25)));
                // Signed on that day, or today when the demo's clock has not reached it yet; a decision
                // dated after the clock's today has no contract signed yet to date.
                const CalendarDate today = m_run.clock.Today();
                std::optional<CalendarDate> signed_on;
                if (plan.decided_on <= today) signed_on = std::min(day, today);
                m_run.application_service.Contract(
                    plan.id, Padded(contract_number, 2) + "/" + std::to_string(m_run.spec.year) + "/HĐ-SKHCN",
                    m_run.actor, plan.decided_on.AddDays(270), signed_on);
            }
            if (rank >= 2) {
                m_run.application_service.Move(plan.id, AS::InProgress, m_run.actor,
                                               "Bắt đầu thực hiện theo hợp đồng");
                const std::int64_t total = plan.approved.Dong();
                std::int64_t paid =
                    std::max(kThousand, FloorTo(total * m_run.random.Between(30, 50) / 100, kThousand));
                day = clamp(day.AddDays(m_run.random.Between(5, 20)));
                m_run.application_service.Disburse(plan.id, Dong(paid), day,
                                                   "Ủy nhiệm chi số " + Padded(++payment_number, 5),
                                                   m_run.actor, *m_run.actors.verifier);
                if (rank == 2 && m_run.random.Chance(0.5)) {
                    const std::int64_t second =
                        FloorTo(total * m_run.random.Between(20, 30) / 100, kThousand);
                    if (second > 0 && paid + second <= total) {
                        day = clamp(day.AddDays(m_run.random.Between(30, 90)));
                        m_run.application_service.Disburse(plan.id, Dong(second), day,
                                                           "Ủy nhiệm chi số " + Padded(++payment_number, 5),
                                                           m_run.actor, *m_run.actors.verifier);
                        paid += second;
                    }
                }
                if (rank >= 3) {
                    m_run.application_service.Move(plan.id, AS::Accepted, m_run.actor,
                                                   "Hội đồng nghiệm thu đánh giá Đạt");
                    day = clamp(day.AddDays(m_run.random.Between(30, 90)));
                    if (paid < total)
                        m_run.application_service.Disburse(
                            plan.id, Dong(total - paid), day,
                            "Ủy nhiệm chi số " + Padded(++payment_number, 5) + " (thanh toán sau nghiệm thu)",
                            m_run.actor, *m_run.actors.verifier);
                    RecordOutcomes(m_run, plan, day);
                }
                if (rank == 4 || (rank == 5 && m_run.random.Chance(0.6)))
                    m_run.application_service.Move(plan.id, AS::Monitoring, m_run.actor,
                                                   "Theo dõi ứng dụng kết quả sau nghiệm thu");
                if (rank == 5)
                    m_run.application_service.Move(plan.id, AS::Closed, m_run.actor,
                                                   "Thanh lý hợp đồng, kết thúc hồ sơ");
            }
            if (plan.withdraw)
                m_run.application_service.Move(plan.id, AS::Withdrawn, m_run.actor,
                                               "Doanh nghiệp có văn bản xin dừng thực hiện, rút hồ sơ");
        }
    }

private:
    DemoRun& m_run;
};

}  // namespace

void CarryOutApplications(DemoRun& run) {
    WorkPlanner(run).CarryOutApplications();
}

}  // namespace innodesk::demo
