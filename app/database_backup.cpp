// The audited, role-checked database copy.
#include "database_backup.h"

#include "domain/audit_recorder.h"
#include "domain/utf8_path.h"

namespace innodesk::app {

void BackupDatabase(persistence::DatabaseStore& store, const domain::Actor& actor, const domain::Clock& clock,
                    const std::filesystem::path& destination) {
    domain::RequireRole(store, actor, {domain::Role::Officer, domain::Role::Admin}, "sao lưu cơ sở dữ liệu",
                        "back up the database");
    // Recorded before the copy is taken, so the copy carries the record of its own making and is
    // the database as it stands; a copy that then fails leaves the attempt on record, which is
    // what an audit of who took the register away should show anyway.
    {
        auto tx = store.Begin(domain::TransactionMode::Write);
        domain::RecordChange(*tx, clock, actor, "database.backup", "database", 0, nullptr,
                             domain::JsonValue::Object{
                                 {"destination", domain::Utf8Of(std::filesystem::absolute(destination))}});
        tx->Commit();
    }
    store.BackupTo(destination);
}

}  // namespace innodesk::app
