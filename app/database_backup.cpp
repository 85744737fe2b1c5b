// The audited, role-checked database copy.
#include "database_backup.h"

#include "domain/audit_recorder.h"

namespace innodesk::app {

void BackupDatabase(persistence::SociStore& store, const domain::Actor& actor, const domain::Clock& clock,
                    const std::filesystem::path& destination) {
    domain::RequireRole(store, actor, {domain::Role::Officer, domain::Role::Admin}, "sao lưu cơ sở dữ liệu",
                        "back up the database");
    store.BackupTo(destination);
    auto tx = store.Begin(domain::TransactionMode::Write);
    domain::RecordChange(*tx, clock, actor, "database.backup", "database", 0, nullptr,
                         domain::JsonValue::Object{{"destination", std::filesystem::absolute(destination).string()}});
    tx->Commit();
}

}  // namespace innodesk::app
