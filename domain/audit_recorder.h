// Appending to the audit trail from a service, inside the service's own transaction.
#pragma once

#include "actor.h"
#include "calendar_date.h"
#include "canonical_json.h"
#include "store.h"

#include <initializer_list>
#include <string>

namespace innodesk::domain {

// `before` is null for a creation, `after` null for a deletion.
void RecordChangeAt(Transaction& tx, std::int64_t at_unix, const Actor& actor, std::string action,
                    std::string entity, std::int64_t entity_id, const JsonValue& before,
                    const JsonValue& after);
void RecordChange(Transaction& tx, const Clock& clock, const Actor& actor, std::string action,
                  std::string entity, std::int64_t entity_id, const JsonValue& before,
                  const JsonValue& after);
// For services without a clock of their own: the entry is stamped with the system time.
void RecordChange(Transaction& tx, const Actor& actor, std::string action, std::string entity,
                  std::int64_t entity_id, const JsonValue& before, const JsonValue& after);

// The role check every service makes first: RequireRole (actor.h), and a refusal is also written
// to the audit trail as a "permission.refused" entry naming the operation, the role and the
// reason. The entry is appended in a transaction of its own, because the refused operation's
// transaction is never committed; so call this before the operation begins its transaction
// (one begun inside it would be rolled back with it). If the entry cannot be written (the disk
// is full, the file read-only) the refusal still happens, and its message says so.
void RequireRole(Store& store, const Actor& actor, std::initializer_list<Role> allowed, const char* action_vi,
                 const char* action_en);

}  // namespace innodesk::domain
