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
    // For people (window titles, messages, logs): the path, or the server's address without any
    // password, however the URI spells it (user:secret@, ?password=, a percent-encoded key).
    std::string Describe() const;
    // Whether a PostgreSQL URI carries a password in any of those forms.
    bool CarriesPassword() const;
};

}  // namespace innodesk::persistence
