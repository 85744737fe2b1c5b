// Report heading and closing.
#include "report_heading.h"

#include "domain/department_province.h"
#include "domain/province.h"
#include "domain/trust_service.h"
#include "reports/report_labels.h"

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

std::vector<std::string> LinesOr(domain::TrustService& settings, const char* key,
                                 std::vector<std::string> fallback) {
    const auto value = settings.Setting(key);
    auto lines = value ? Lines(*value) : std::vector<std::string>{};
    return lines.empty() ? fallback : lines;
}

}  // namespace

reports::TargetReportHeading ReportHeading(domain::Store& store, const domain::Clock& clock) {
    domain::TrustService settings(store, clock);
    reports::TargetReportHeading heading;
    heading.issuing_body =
        LinesOr(settings, kSettingReportIssuingBody, {"UBND TỈNH KHÁNH HÒA", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"});
    const auto place = settings.Setting(kSettingReportPlace);
    heading.place = place && !place->empty() ? *place : "Khánh Hòa";
    heading.date = clock.Today();
    heading.recipients = LinesOr(settings, kSettingReportRecipients, {"Lưu: VT"});
    heading.signature.authority = LinesOr(settings, kSettingReportSignerTitle, {"GIÁM ĐỐC"});
    heading.signature.name = settings.Setting(kSettingReportSignerName).value_or("");
    return heading;
}

reports::TargetReportHeading ReportHeading(domain::Store& store, const domain::Clock& clock,
                                           const domain::Plan& plan, const domain::TextRules& text) {
    auto heading = ReportHeading(store, clock);
    if (plan.province.empty()) return heading;
    const domain::ProvinceDirectory directory(text);
    const auto planned = directory.Match(plan.province);
    const auto ours = directory.Match(domain::DepartmentProvince(store).value_or(heading.place));
    // Only a plan known to be another province's changes the heading; when either province is
    // not one of data/provinces.tsv (a place such as "Nha Trang"), the settings stand.
    if (!planned || !ours || planned->unit == ours->unit) return heading;
    // Another province's plan: its department reports to its own People's Committee.
    const std::string& name = planned->unit->name;
    const bool city = planned->unit->kind == domain::ProvinceKind::City;
    const std::string department = heading.issuing_body.size() > 1 ? heading.issuing_body.back()
                                                                   : std::string("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
    heading.issuing_body = {"UBND " + std::string(city ? "THÀNH PHỐ " : "TỈNH ") + reports::UpperCase(name),
                            department};
    heading.place = name;
    heading.signature.name.clear();
    return heading;
}

std::string ReportSymbol(domain::Store& store, const domain::Clock& clock) {
    domain::TrustService settings(store, clock);
    const auto symbol = settings.Setting(kSettingReportSymbol);
    return symbol && symbol->find_first_not_of(' ') != std::string::npos ? *symbol : "BC-SKHCN";
}

}  // namespace innodesk::app
