// Appending to the audit trail from a service, inside the service's own transaction.
#pragma once

#include "actor.h"
#include "calendar_date.h"
#include "canonical_json.h"
#include "store.h"

#include <string>

namespace innodesk::domain {

// `before` is null for a creation, `after` null for a deletion.
void RecordChange(Transaction& tx, const Clock& clock, const Actor& actor, std::string action, std::string entity,
                  std::int64_t entity_id, const JsonValue& before, const JsonValue& after);
// For services without a clock of their own: the entry is stamped with the system time.
void RecordChange(Transaction& tx, const Actor& actor, std::string action, std::string entity,
                  std::int64_t entity_id, const JsonValue& before, const JsonValue& after);

}  // namespace innodesk::domain
