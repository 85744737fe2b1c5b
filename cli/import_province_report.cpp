// The province part of the import report.
#include "import_province_report.h"

#include <map>
#include <string>

namespace innodesk::cli {
namespace {

const char* RuleCode(domain::ProvinceSource source) {
    switch (source) {
        case domain::ProvinceSource::Column:
            return "column";
        case domain::ProvinceSource::Address:
            return "address";
        case domain::ProvinceSource::Department:
            return "department";
    }
    return "";
}

// "2–4, 7, 9–12": a 100,000-row file served by one rule is one range, not 100,000 numbers.
std::string LineRanges(const std::vector<std::size_t>& lines, std::size_t shown_ranges = 12) {
    std::string text;
    std::size_t ranges = 0;
    for (std::size_t i = 0; i < lines.size();) {
        std::size_t j = i;
        while (j + 1 < lines.size() && lines[j + 1] == lines[j] + 1) ++j;
        if (ranges == shown_ranges) return text + ", …";
        text += (text.empty() ? "" : ", ") + std::to_string(lines[i]) +
                (j > i ? "–" + std::to_string(lines[j]) : std::string());
        ++ranges;
        i = j + 1;
    }
    return text;
}

}  // namespace

void PrintProvinceSources(CliContext& context, const std::vector<domain::ProvinceAssignment>& provinces) {
    std::map<domain::ProvinceSource, std::vector<std::size_t>> by_rule;
    std::string department;  // the setting is one province for the whole import
    std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> former;
    for (const auto& row : provinces) {
        by_rule[row.source].push_back(row.line);
        if (row.source == domain::ProvinceSource::Department) department = row.province;
        if (!row.former.empty()) former[{row.former, row.province}].push_back(row.line);
    }
    for (const auto& [rule, lines] : by_rule) {
        context.out << context.Say("Tỉnh/thành phố lấy từ ", "Province from the ")
                    << context.Say(domain::ProvinceSourceName(rule));
        if (rule == domain::ProvinceSource::Department) context.out << " (" << department << ")";
        context.out << ": " << lines.size()
                    << (lines.size() == 1 ? context.Say(" dòng (dòng ", " row (line ")
                                          : context.Say(" dòng (dòng ", " rows (lines "))
                    << LineRanges(lines) << ")\n";
    }
    for (const auto& [names, lines] : former)
        context.out << context.Say("Tên tỉnh trước hợp nhất: ", "Province before the merger: ") << names.first
                    << " → " << names.second
                    << (lines.size() == 1 ? context.Say(" (dòng ", " (line ")
                                          : context.Say(" (dòng ", " (lines "))
                    << LineRanges(lines) << ")\n";
}

nlohmann::json ProvinceSourcesJson(const std::vector<domain::ProvinceAssignment>& provinces) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& row : provinces)
        list.push_back({{"line", row.line},
                        {"province", row.province},
                        {"rule", RuleCode(row.source)},
                        {"written", row.written},
                        {"former", row.former}});
    return list;
}

}  // namespace innodesk::cli
