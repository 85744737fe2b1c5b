// Process start time and resident memory from /proc (Linux) or the process's times and working
// set (Windows).
#include "startup_probe.h"

#ifdef _WIN32
// windows.h first: psapi.h needs its types
// clang-format off
#include <windows.h>
#include <psapi.h>
// clang-format on
#else
#include <unistd.h>
#endif
#include <ctime>
#include <fstream>
#include <sstream>

namespace innodesk::gui {

#ifdef _WIN32

namespace {

double Seconds(const FILETIME& time) {  // 100-nanosecond intervals
    return static_cast<double>((static_cast<unsigned long long>(time.dwHighDateTime) << 32) |
                               time.dwLowDateTime) /
           1e7;
}

}  // namespace

double SecondsSinceProcessStart() {
    FILETIME created{}, exited{}, kernel{}, user{}, now{};
    if (!::GetProcessTimes(::GetCurrentProcess(), &created, &exited, &kernel, &user)) return 0;
    ::GetSystemTimeAsFileTime(&now);
    return Seconds(now) - Seconds(created);
}

// The working set is what Windows calls the resident memory. K32GetProcessMemoryInfo is kernel32's
// own, so no psapi.dll is needed.
double ResidentMegabytes() {
    PROCESS_MEMORY_COUNTERS counters{};
    counters.cb = sizeof counters;
    if (!::K32GetProcessMemoryInfo(::GetCurrentProcess(), &counters, sizeof counters)) return 0;
    return static_cast<double>(counters.WorkingSetSize) / (1024.0 * 1024.0);
}

#else

double SecondsSinceProcessStart() {
    // Field 22 of /proc/self/stat: start time in clock ticks after boot; uptime in /proc/uptime.
    std::ifstream stat("/proc/self/stat");
    std::string line;
    std::getline(stat, line);
    std::istringstream fields(line.substr(line.rfind(')') + 2));
    std::string field;
    for (int i = 3; i <= 22 && fields >> field; ++i) {
    }
    const double started = std::stod(field) / static_cast<double>(sysconf(_SC_CLK_TCK));
    std::ifstream uptime_file("/proc/uptime");
    double uptime = 0;
    uptime_file >> uptime;
    return uptime - started;
}

double ResidentMegabytes() {
    std::ifstream status("/proc/self/status");
    std::string key;
    while (status >> key) {
        if (key == "VmRSS:") {
            double kilobytes = 0;
            status >> kilobytes;
            return kilobytes / 1024.0;
        }
        std::string rest;
        std::getline(status, rest);
    }
    return 0;
}

#endif

std::string StartupReport(double startup_seconds) {
    std::ostringstream out;
    out.precision(3);
    out << std::fixed << "startup_seconds=" << startup_seconds << " rss_mb=" << ResidentMegabytes();
    return out.str();
}

}  // namespace innodesk::gui
