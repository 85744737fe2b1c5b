// The workstation's identity from the operating system.
#include "workstation_identity.h"

#include <pwd.h>
#include <unistd.h>
#include <array>
#include <cstdlib>

namespace innodesk::app {

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

}  // namespace innodesk::app
