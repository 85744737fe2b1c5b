// Each InnoDesk user signs in to PostgreSQL as their own login role (docs/DEPLOYMENT.md): the
// connection a user's work runs on is theirs, and the server's grants decide what it may do.
#pragma once

#include "database_store.h"

#include <string>

namespace innodesk::persistence {

// Whether a PostgreSQL URI names the role to connect as (user@ or ?user=).
bool UriNamesUser(const std::string& uri);

// The URI with `name` and `password` as its login: InnoDesk connects as the signing-in user. A
// URI that already names a user is returned as it is (the owner's, for `init` and migrations).
std::string WithLogin(const std::string& uri, const std::string& name, const std::string& password);

// Hands the server the new password of user `name` for their login role, to be applied when
// their row is next written in this session (UserService's Add or SetPassword, in the same
// transaction): as a SCRAM-SHA-256 verifier computed here by libpq, never the password itself.
// Nothing on SQLite.
void PrepareLoginPassword(DatabaseStore& store, const std::string& name, const std::string& password);

}  // namespace innodesk::persistence
