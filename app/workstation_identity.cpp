// The workstation's identity from the operating system.
#include "workstation_identity.h"

#include "domain/utf8_path.h"

#ifdef _WIN32
#include <windows.h>
#else
#include <pwd.h>
#include <unistd.h>
#endif
#include <array>
#include <cstdlib>

namespace innodesk::app {

#ifdef _WIN32

// The computer's and the signed-in user's names from the wide-character API, so that a Windows
// account named "Nguyễn Văn An" is recorded as it is, in UTF-8.
domain::Workstation ThisWorkstation() {
    domain::Workstation here;
    std::array<wchar_t, MAX_COMPUTERNAME_LENGTH + 1> host{};
    DWORD host_size = static_cast<DWORD>(host.size());
    if (::GetComputerNameW(host.data(), &host_size))
        here.host = domain::Utf8Of(std::filesystem::path(std::wstring(host.data(), host_size)));
    std::array<wchar_t, 257> user{};  // UNLEN + 1
    DWORD user_size = static_cast<DWORD>(user.size());
    if (::GetUserNameW(user.data(), &user_size) && user_size > 0)
        here.os_user = domain::Utf8Of(std::filesystem::path(std::wstring(user.data(), user_size - 1)));
    else
        here.os_user = domain::EnvironmentUtf8("USERNAME");
    if (here.host.empty()) here.host = "?";
    if (here.os_user.empty()) here.os_user = "?";
    return here;
}

#else

domain::Workstation ThisWorkstation() {
    domain::Workstation here;
    std::array<char, 256> host{};
    if (::gethostname(host.data(), host.size() - 1) == 0) here.host = host.data();
    // getpwuid_r rather than getpwuid: the GUI may sign in while a background thread runs.
    std::array<char, 4096> buffer{};
    passwd entry{};
    passwd* found = nullptr;
    if (::getpwuid_r(::geteuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found &&
        found->pw_name)
        here.os_user = found->pw_name;
    else if (const char* user = std::getenv("USER"); user && *user)
        here.os_user = user;
    if (here.host.empty()) here.host = "?";
    if (here.os_user.empty()) here.os_user = "?";
    return here;
}

#endif

}  // namespace innodesk::app
