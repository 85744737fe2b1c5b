// Process start time and resident memory from /proc (Linux).
#include "startup_probe.h"

#include <unistd.h>
#include <ctime>
#include <fstream>
#include <sstream>

namespace innodesk::gui {

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

std::string StartupReport(double startup_seconds) {
    std::ostringstream out;
    out.precision(3);
    out << std::fixed << "startup_seconds=" << startup_seconds << " rss_mb=" << ResidentMegabytes();
    return out.str();
}

}  // namespace innodesk::gui
