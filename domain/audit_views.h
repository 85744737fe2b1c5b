// What the audit trail records of each kind of record: its fields as canonical JSON, with
// enumerations by their stable codes, dates as yyyy-mm-dd and money in whole đồng. Secrets
// (password hashes) are never included: a user's view commits to the hash (password_commitment.h).
#pragma once

#include "application.h"
#include "canonical_json.h"
#include "decision.h"
#include "enterprise.h"
#include "ip_filing.h"
#include "outcome.h"
#include "programme.h"
#include "review.h"
#include "training.h"
#include "user.h"
#include "voucher.h"

namespace innodesk::domain {

JsonValue AuditView(const Enterprise& enterprise);
JsonValue AuditView(const Programme& programme);
JsonValue AuditView(const BudgetEnvelope& envelope);
JsonValue AuditView(const SupportCap& cap);
JsonValue AuditView(const Application& application);
JsonValue AuditView(const Decision& decision);
JsonValue AuditView(const ServiceProvider& provider);
JsonValue AuditView(const Voucher& voucher);
JsonValue AuditView(const Review& review);
JsonValue AuditView(const IpFiling& filing);
JsonValue AuditView(const TrainingEvent& event);
JsonValue AuditView(const Attendance& attendance);
JsonValue AuditView(const EnterpriseOutcome& outcome);
JsonValue AuditView(const User& user);

}  // namespace innodesk::domain
