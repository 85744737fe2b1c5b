// Database target parsing and the default location of the embedded database.
#include "database_target.h"

#include "domain/errors.h"
#include "domain/utf8_path.h"
#include "postgres_connection.h"

#ifdef _WIN32
#include <shlobj.h>
#include <windows.h>
#endif

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

#ifdef _WIN32
// On Windows the embedded database is the user's own, not roamed: %LOCALAPPDATA%\InnoDesk\innodesk.db.
// $XDG_DATA_HOME, when set, still chooses the folder (as the tests do on Linux).
DatabaseTarget DatabaseTarget::Default() {
    if (const std::string xdg = domain::EnvironmentUtf8("XDG_DATA_HOME"); !xdg.empty())
        return {Backend::Sqlite, domain::Utf8Of(domain::PathFromUtf8(xdg) / "innodesk" / "innodesk.db")};
    std::filesystem::path base;
    PWSTR raw = nullptr;
    if (SUCCEEDED(::SHGetKnownFolderPath(FOLDERID_LocalAppData, KF_FLAG_DEFAULT, nullptr, &raw)) &&
        raw != nullptr)
        base = std::filesystem::path(raw) / L"InnoDesk";
    else
        base = std::filesystem::current_path();
    ::CoTaskMemFree(raw);
    return {Backend::Sqlite, domain::Utf8Of(base / L"innodesk.db")};
}
#else
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
#endif

std::string DatabaseTarget::Describe() const {
    if (backend == Backend::Sqlite) return "SQLite " + location;
    return "PostgreSQL " + WithoutPassword(location);
}

bool DatabaseTarget::CarriesPassword() const {
    return backend == Backend::Postgres && UriCarriesPassword(location);
}

}  // namespace innodesk::persistence
