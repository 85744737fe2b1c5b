// Which database this workstation opens when started without --db or $INNODESK_DB: the embedded
// SQLite file, or the department's PostgreSQL server, as chosen in Settings (kept in the user's
// wxConfig, like the window's layout). Passwords are never kept here: libpq reads them from
// ~/.pgpass (or PGPASSFILE).
#pragma once

#include "persistence/database_target.h"

#include <optional>
#include <string>

namespace innodesk::gui {

// The chosen location, if one was saved.
std::optional<std::string> SavedDatabaseLocation();
// Checks the location (a URI with a password in it is refused, with the reason) and saves it;
// an empty location returns to the embedded database.
void SaveDatabaseLocation(const std::string& location);
// Throws DomainError(InvalidValue) for a postgresql:// URI that carries a password.
persistence::DatabaseTarget CheckedLocation(const std::string& location);

}  // namespace innodesk::gui
