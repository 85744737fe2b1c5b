// Audit appends.
#include "audit_recorder.h"

#include "errors.h"

namespace innodesk::domain {

void RecordChangeAt(Transaction& tx, std::int64_t at_unix, const Actor& actor, std::string action,
                    std::string entity, std::int64_t entity_id, const JsonValue& before,
                    const JsonValue& after) {
    AuditEntry entry;
    entry.at_unix = at_unix;
    entry.actor = actor.user_name;
    entry.action = std::move(action);
    entry.entity = std::move(entity);
    entry.entity_id = entity_id;
    entry.before = before.Canonical();
    entry.after = after.Canonical();
    tx.Audit().Append(std::move(entry));
}

void RecordChange(Transaction& tx, const Clock& clock, const Actor& actor, std::string action,
                  std::string entity, std::int64_t entity_id, const JsonValue& before,
                  const JsonValue& after) {
    RecordChangeAt(tx, clock.NowUnixSeconds(), actor, std::move(action), std::move(entity), entity_id, before,
                   after);
}

void RecordChange(Transaction& tx, const Actor& actor, std::string action, std::string entity,
                  std::int64_t entity_id, const JsonValue& before, const JsonValue& after) {
    RecordChange(tx, SystemClock(), actor, std::move(action), std::move(entity), entity_id, before, after);
}

void RequireRole(Store& store, const Actor& actor, std::initializer_list<Role> allowed, const char* action_vi,
                 const char* action_en) {
    try {
        RequireRole(actor, allowed, action_vi, action_en);
    } catch (const DomainError& refusal) {
        JsonValue::Array roles;
        for (const Role role : allowed) roles.emplace_back(std::string(EntryOf(Roles(), role).code));
        const JsonValue::Object what{{"operation", std::string(action_en)},
                                     {"role", std::string(EntryOf(Roles(), actor.role).code)},
                                     {"allowed_roles", roles},
                                     {"reason", refusal.Message(Language::English)}};
        try {
            auto tx = store.Begin(TransactionMode::Write);
            RecordChange(*tx, actor, "permission.refused", "permission", 0, nullptr, what);
            tx->Commit();
        } catch (const DomainError& unrecorded) {
            throw DomainError(
                ErrorCode::PermissionDenied,
                {refusal.Message(Language::Vietnamese) + " (Không ghi được lần từ chối này vào nhật ký: " +
                     unrecorded.Message(Language::Vietnamese) + ")",
                 refusal.Message(Language::English) +
                     " (This refusal could not be written to the audit trail: " +
                     unrecorded.Message(Language::English) + ")"},
                refusal.Field());
        }
        throw;
    }
}

}  // namespace innodesk::domain
