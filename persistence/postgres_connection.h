// PostgreSQL connection strings. SOCI 4.0 re-reads the connection string as key=value words,
// which breaks postgresql:// URIs, so URIs are turned into libpq's keyword form first.
#pragma once

#include <string>

namespace innodesk::persistence {

// "postgresql://user@host:5432/db?options=…" → "user='user' host='host' port='5432' dbname='db' …".
// Throws DomainError(InvalidValue) with libpq's reason when the URI cannot be parsed.
std::string PostgresConnectionString(const std::string& uri);

// The URI as libpq reads it, rebuilt without its password: libpq decodes percent-encoded keys
// and values, so "?pass%77ord=x" is a password as much as "user:x@" or "?password=x", and only
// its own parser sees them all. A URI it cannot parse is shown by its scheme alone.
std::string WithoutPassword(const std::string& uri);
bool UriCarriesPassword(const std::string& uri);

}  // namespace innodesk::persistence
