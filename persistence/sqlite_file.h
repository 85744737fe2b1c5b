// SQLite files opened and created exactly where their path says, private to their owner.
#pragma once

#include <soci/soci.h>

#include <filesystem>

namespace innodesk::persistence {

// Opens (creating if missing) the SQLite file at exactly `path` in `session`. SOCI 4.0's SQLite
// backend reads its connection string as space-separated key=value words, so "db=Hồ sơ/Kho.db"
// opened, and created, a file named "Hồ"; quotes, '=' and ';' break it too. Here the path never
// goes through that parser: the file is opened with sqlite3_open_v2 and the handle given to SOCI.
// The path is made absolute first, so SQLite never takes it for a "file:" URI, and is otherwise
// used byte for byte (an NFD name stays the NFD file).
void OpenSqliteFile(soci::session& session, const std::filesystem::path& path);

// Creates an empty file readable and writable by its owner only (0600, whatever the umask),
// failing if it exists. SQLite gives a database's -wal, -shm and -journal files the mode of the
// database file, so a database created this way keeps all of them private: they hold every
// password hash and enterprise record. Throws DomainError(Storage) naming the file and the reason.
void CreatePrivateFile(const std::filesystem::path& path);

}  // namespace innodesk::persistence
