// Programme-scale volumes of a demo run.
#include "demo/programme_scale.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace innodesk::demo {
namespace {

constexpr std::size_t kEnterprisesPerEvent = 200;  // for a spec that scales attendance by enterprise
constexpr std::size_t kMinimumEvents = 5;

std::size_t PerEnterprise(std::size_t enterprises, const std::optional<double>& per_enterprise,
                          std::size_t programme_scale) {
    if (enterprises == 0) return 0;
    if (!per_enterprise) return programme_scale;
    return static_cast<std::size_t>(
        std::llround(static_cast<double>(enterprises) * std::max(0.0, *per_enterprise)));
}

}  // namespace

Volumes VolumesFor(const DemoSpec& spec) {
    Volumes volumes;
    volumes.applications =
        PerEnterprise(spec.enterprises, spec.applications_per_enterprise, kApplicationsPerYear);
    volumes.vouchers = PerEnterprise(spec.enterprises, spec.vouchers_per_enterprise, kVouchersPerYear);
    volumes.ip_filings = PerEnterprise(spec.enterprises, spec.ip_filings_per_enterprise, kIpFilingsPerYear);
    volumes.attendances =
        PerEnterprise(spec.enterprises, spec.attendance_per_enterprise, kPersonTimesPerYear);
    volumes.events = spec.attendance_per_enterprise
                         ? std::max(kMinimumEvents, spec.enterprises / kEnterprisesPerEvent)
                         : kEventsPerYear;
    volumes.providers = 20 + spec.enterprises / 5000;
    return volumes;
}

}  // namespace innodesk::demo
