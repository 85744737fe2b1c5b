// PostgreSQL connection strings. SOCI 4.0 re-reads the connection string as key=value words,
// which breaks postgresql:// URIs, so URIs are turned into libpq's keyword form first.
#pragma once

#include <string>

namespace innodesk::persistence {

// "postgresql://user@host:5432/db?options=…" → "user='user' host='host' port='5432' dbname='db' …".
// Throws DomainError(InvalidValue) with libpq's reason when the URI cannot be parsed.
std::string PostgresConnectionString(const std::string& uri);

}  // namespace innodesk::persistence
