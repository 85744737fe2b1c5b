// Exact-path SQLite sessions and private files.
#include "sqlite_file.h"

#include "domain/errors.h"
#include "domain/utf8_path.h"

#include <soci/sqlite3/soci-sqlite3.h>

#ifdef _WIN32
// windows.h before sddl.h, which needs its types
// clang-format off
#include <windows.h>
#include <sddl.h>
// clang-format on
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

#include <cerrno>
#include <cstring>
#include <memory>
#include <string>

namespace innodesk::persistence {
namespace {

using namespace sqlite_api;  // SOCI's SQLite header declares the SQLite C API inside this namespace

// A backend factory whose "connection string" is the file's path itself, byte for byte. It stays
// valid for the process's life, as SOCI keeps a pointer to it for reconnecting.
class ExactPathSqliteFactory final : public soci::backend_factory {
public:
    soci::details::session_backend* make_session(
        const soci::connection_parameters& parameters) const override {
        const std::string& path = parameters.get_connect_string();
        sqlite3* raw = nullptr;
        const int opened =
            sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        std::unique_ptr<sqlite3, int (*)(sqlite3*)> handle(raw, &sqlite3_close);
        if (opened != SQLITE_OK)
            throw soci::sqlite3_soci_error(
                "Cannot open the database file: " +
                    std::string(handle ? sqlite3_errmsg(handle.get()) : sqlite3_errstr(opened)),
                opened);
        sqlite3_busy_timeout(handle.get(),
                             10'000);  // another process's write waits, as with SOCI's timeout=10
        // SOCI's backend opens whatever its connection string names; ":memory:" creates no file,
        // and its handle is replaced by ours before anything runs on it.
        // Made by SOCI's own factory, called through its base class: libsoci_sqlite3 exports
        // neither the backend's constructor nor the factory's make_session, only the factory.
        const soci::backend_factory& sqlite = *soci::factory_sqlite3();
        std::unique_ptr<soci::details::session_backend> backend(
            sqlite.make_session(soci::connection_parameters(sqlite, ":memory:")));
        auto& sqlite_backend = static_cast<soci::sqlite3_session_backend&>(*backend);
        sqlite3_close(sqlite_backend.conn_);
        sqlite_backend.conn_ = handle.release();
        return backend.release();
    }
};

const ExactPathSqliteFactory kExactPathSqlite;

}  // namespace

void OpenSqliteFile(soci::session& session, const std::filesystem::path& path) {
    // sqlite3_open_v2 reads its file name as UTF-8 on every platform.
    session.open(kExactPathSqlite, domain::Utf8Of(std::filesystem::absolute(path)));
}

#ifdef _WIN32

namespace {

// The system's sentence for a Windows error code, as strerror gives one for errno.
std::string SystemMessage(DWORD code) {
    wchar_t* text = nullptr;
    const DWORD length = ::FormatMessageW(
        FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr,
        code, 0, reinterpret_cast<wchar_t*>(&text), 0, nullptr);
    std::wstring message(text != nullptr ? text : L"", length);
    ::LocalFree(text);
    while (!message.empty() && (message.back() == L'\n' || message.back() == L'\r' || message.back() == L'.'))
        message.pop_back();
    return message.empty() ? "Windows error " + std::to_string(code)
                           : domain::Utf8Of(std::filesystem::path(message));
}

}  // namespace

// Windows has no mode bits: the counterpart of 0600 is a protected DACL (nothing inherited from the
// folder) allowing the file's owner, and no one else, all access. SQLite creates the -wal, -shm and
// -journal files with the folder's inherited DACL instead; under %LOCALAPPDATA% that is the user,
// SYSTEM and Administrators only.
void CreatePrivateFile(const std::filesystem::path& path) {
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    DWORD error = ERROR_SUCCESS;
    if (!::ConvertStringSecurityDescriptorToSecurityDescriptorW(L"D:P(A;;FA;;;OW)", SDDL_REVISION_1,
                                                                &descriptor, nullptr))
        error = ::GetLastError();
    if (error == ERROR_SUCCESS) {
        SECURITY_ATTRIBUTES attributes{sizeof attributes, descriptor, FALSE};
        const HANDLE file = ::CreateFileW(path.c_str(), GENERIC_WRITE, 0, &attributes, CREATE_NEW,
                                          FILE_ATTRIBUTE_NORMAL, nullptr);
        if (file == INVALID_HANDLE_VALUE)
            error = ::GetLastError();
        else
            ::CloseHandle(file);
        ::LocalFree(descriptor);
    }
    if (error != ERROR_SUCCESS) {
        const std::string name = domain::Utf8Of(path);
        const std::string why = SystemMessage(error);
        throw domain::DomainError(domain::ErrorCode::Storage,
                                  {"Không tạo được tệp " + name + ": " + why + ".",
                                   "Cannot create the file " + name + ": " + why + "."},
                                  "db");
    }
}

#else

void CreatePrivateFile(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    const int open_errno = errno;
    // The umask may have taken bits from 0600 (never added any): set the mode exactly.
    const bool private_mode = fd >= 0 && ::fchmod(fd, S_IRUSR | S_IWUSR) == 0;
    const int chmod_errno = errno;
    if (fd >= 0) ::close(fd);
    if (fd < 0 || !private_mode) {
        if (fd >= 0) std::filesystem::remove(path);
        const std::string why = std::strerror(fd < 0 ? open_errno : chmod_errno);
        throw domain::DomainError(domain::ErrorCode::Storage,
                                  {"Không tạo được tệp " + domain::Utf8Of(path) + ": " + why + ".",
                                   "Cannot create the file " + domain::Utf8Of(path) + ": " + why + "."},
                                  "db");
    }
}

#endif

}  // namespace innodesk::persistence
