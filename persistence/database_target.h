// Where the database is: an SQLite file (the embedded default) or a PostgreSQL URI.
#pragma once

#include <filesystem>
#include <string>

namespace innodesk::persistence {

enum class Backend { Sqlite, Postgres };

struct DatabaseTarget {
    Backend backend = Backend::Sqlite;
    std::string location;  // a file path, or the postgresql:// URI as given

    // "postgresql://…" or "postgres://…" → PostgreSQL; anything else is an SQLite path.
    static DatabaseTarget Parse(const std::string& text);
    // $XDG_DATA_HOME/innodesk/innodesk.db, else ~/.local/share/innodesk/innodesk.db.
    static DatabaseTarget Default();
    // For people: the path, or the URI without its password.
    std::string Describe() const;
};

}  // namespace innodesk::persistence
