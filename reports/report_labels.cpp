// Fixed words and number notation of reports.
#include "reports/report_labels.h"

#include "domain/plan.h"

#include <cstdio>

namespace innodesk::reports {

using domain::Language;

std::vector<std::string> NationalHeading(Language language) {
    if (language == Language::Vietnamese)
        return {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"};
    return {"SOCIALIST REPUBLIC OF VIET NAM", "Independence - Freedom - Happiness"};
}

std::string PlaceAndDate(const std::string& place, const domain::CalendarDate& date, Language language) {
    char day[8];
    char month[8];
    std::snprintf(day, sizeof day, "%02u", date.Day());
    // Decree 30/2020/NĐ-CP, appendix I, III.5: a zero before days below 10 and months 1 and 2 only
    // ("ngày 05 tháng 02", "ngày 15 tháng 7").
    std::snprintf(month, sizeof month, date.Month() <= 2 ? "%02u" : "%u", date.Month());
    if (language == Language::Vietnamese)
        return (place.empty() ? "Ngày " : place + ", ngày ") + day + " tháng " + month + " năm " +
               std::to_string(date.Year());
    return place.empty() ? date.Format() : place + ", " + date.Format();
}

std::string PageLabel(int page, int pages, Language language) {
    return (language == Language::Vietnamese ? "Trang " : "Page ") + std::to_string(page) + "/" +
           std::to_string(pages);
}

std::string GroupedNumber(std::int64_t value, Language language) {
    const char separator = language == Language::Vietnamese ? '.' : ',';
    // Through unsigned so that the most negative value has a magnitude too.
    const bool negative = value < 0;
    std::uint64_t magnitude =
        negative ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    std::string digits = std::to_string(magnitude);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(separator);
        out.push_back(digits[i]);
    }
    return negative ? "-" + out : out;
}

std::string PercentText(double percent, Language language) {
    return domain::FormatFigure(percent, language) + "%";
}

}  // namespace innodesk::reports
