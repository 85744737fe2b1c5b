// The vouchers' planner: the registered service providers, and innovation vouchers issued,
// redeemed at a provider, reimbursed, cancelled or left to expire, with validity periods chosen so
// that the October expiry run lapses exactly those meant to lapse.
#pragma once

#include "demo/demo_run.h"

namespace innodesk::demo {

// Registers the providers (or finds those an earlier run registered).
void RegisterProviders(DemoRun& run);
// Plans run.volumes.vouchers into run.voucher_plans and adds their state share to run.budget.
void PlanVouchers(DemoRun& run);
// Issues the planned vouchers (at most three a year per enterprise, none to a barred family).
void IssueVouchers(DemoRun& run);
// Redeems, reimburses, cancels and expires them as planned.
void SettleVouchers(DemoRun& run);

}  // namespace innodesk::demo
