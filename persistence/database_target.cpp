// Database target parsing and the default location of the embedded database.
#include "database_target.h"

#include "domain/errors.h"
#include "postgres_connection.h"

#include <cstdlib>

namespace innodesk::persistence {

DatabaseTarget DatabaseTarget::Parse(const std::string& text) {
    if (text.rfind("postgresql://", 0) == 0 || text.rfind("postgres://", 0) == 0)
        return {Backend::Postgres, text};
    if (text.empty())
        throw domain::DomainError(domain::ErrorCode::InvalidValue,
                                  {"Đường dẫn cơ sở dữ liệu trống.", "The database path is empty."}, "db");
    return {Backend::Sqlite, text};
}

DatabaseTarget DatabaseTarget::Default() {
    std::filesystem::path base;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home)
        base = std::filesystem::path(home) / ".local" / "share";
    else
        base = std::filesystem::current_path();
    return {Backend::Sqlite, (base / "innodesk" / "innodesk.db").string()};
}

std::string DatabaseTarget::Describe() const {
    if (backend == Backend::Sqlite) return "SQLite " + location;
    return "PostgreSQL " + WithoutPassword(location);
}

bool DatabaseTarget::CarriesPassword() const {
    return backend == Backend::Postgres && UriCarriesPassword(location);
}

}  // namespace innodesk::persistence
