// How tasks, their steps and the organisation register appear in the audit trail.
#pragma once

#include "canonical_json.h"
#include "organisation.h"
#include "task.h"

namespace innodesk::domain {

JsonValue AuditView(const Task& task);
JsonValue AuditView(const Milestone& milestone);
JsonValue AuditView(const Tranche& tranche);
JsonValue AuditView(const TaskUse& use);
JsonValue AuditView(const TaskExtension& extension);
JsonValue AuditView(const Organisation& organisation);

}  // namespace innodesk::domain
