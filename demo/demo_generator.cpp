// The demo generator: the planners, in the order the records depend on one another, inside one
// outer transaction. Everything random is drawn in this order too, which is what keeps a seed's
// data the same from run to run.
#include "demo/demo_generator.h"

#include "demo/application_planner.h"
#include "demo/decision_planner.h"
#include "demo/demo_run.h"
#include "demo/ip_planner.h"
#include "demo/programme_planner.h"
#include "demo/register_planner.h"
#include "demo/task_planner.h"
#include "demo/training_planner.h"
#include "demo/voucher_planner.h"
#include "demo/work_planner.h"

namespace innodesk::demo {

DemoSummary DemoGenerator::Run(const DemoSpec& spec, const DemoActors& actors,
                               domain::ProgressObserver* progress) {
    DemoRun run(m_store, m_text, m_clock, spec, actors, progress);
    run.meter.Report();
    auto outer = m_store.Begin(domain::TransactionMode::Write);
    run.outer = outer.get();
    // Planned in memory first: the envelopes are sized to what the applications and vouchers
    // will commit.
    PlanRegister(run);
    SetUpProgramme(run);
    PlanApplications(run);
    PlanVouchers(run);
    SetUpBudget(run);
    run.meter.Advance();
    // Then written through the services, each record after those it refers to.
    RegisterProviders(run);
    ImportRegister(run);
    CreateApplications(run);
    IssueVouchers(run);
    DecideApplications(run);
    CarryOutApplications(run);
    SettleVouchers(run);
    FileIp(run);
    HoldEvents(run);
    PlanTasks(run);
    run.meter.SetDone(run.meter.Total());
    run.meter.Report();
    outer->Commit();
    return run.summary;
}

}  // namespace innodesk::demo
