// For the start-up benchmark (bench/gui_startup_bench.sh): how long since this process began,
// and how much memory it holds, from /proc.
#pragma once

#include <string>

namespace innodesk::gui {

double SecondsSinceProcessStart();
double ResidentMegabytes();
// "startup_seconds=0.412 rss_mb=131.2", the line the benchmark reads.
std::string StartupReport(double startup_seconds);

}  // namespace innodesk::gui
