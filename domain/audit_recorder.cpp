// Audit appends.
#include "audit_recorder.h"

namespace innodesk::domain {

void RecordChange(Transaction& tx, const Clock& clock, const Actor& actor, std::string action, std::string entity,
                  std::int64_t entity_id, const JsonValue& before, const JsonValue& after) {
    AuditEntry entry;
    entry.at_unix = clock.NowUnixSeconds();
    entry.actor = actor.user_name;
    entry.action = std::move(action);
    entry.entity = std::move(entity);
    entry.entity_id = entity_id;
    entry.before = before.Canonical();
    entry.after = after.Canonical();
    tx.Audit().Append(std::move(entry));
}

void RecordChange(Transaction& tx, const Actor& actor, std::string action, std::string entity,
                  std::int64_t entity_id, const JsonValue& before, const JsonValue& after) {
    RecordChange(tx, SystemClock(), actor, std::move(action), std::move(entity), entity_id, before, after);
}

}  // namespace innodesk::domain
