// Report heading.
#include "report_heading.h"

#include "domain/trust_service.h"

namespace innodesk::app {
namespace {

std::vector<std::string> Lines(const std::string& joined) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= joined.size()) {
        const auto end = joined.find('|', start);
        std::string line = joined.substr(start, end == std::string::npos ? std::string::npos : end - start);
        const auto first = line.find_first_not_of(' ');
        const auto last = line.find_last_not_of(' ');
        if (first != std::string::npos) lines.push_back(line.substr(first, last - first + 1));
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return lines;
}

}  // namespace

reports::TargetReportHeading ReportHeading(domain::Store& store, const domain::Clock& clock) {
    domain::TrustService settings(store, clock);
    reports::TargetReportHeading heading;
    const auto body = settings.Setting(kSettingReportIssuingBody);
    heading.issuing_body = body ? Lines(*body) : std::vector<std::string>{};
    if (heading.issuing_body.empty())
        heading.issuing_body = {"UBND TỈNH KHÁNH HÒA", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"};
    const auto place = settings.Setting(kSettingReportPlace);
    heading.place = place && !place->empty() ? *place : "Khánh Hòa";
    heading.date = clock.Today();
    return heading;
}

}  // namespace innodesk::app
