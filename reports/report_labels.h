// The fixed words and number notation of reports, in Vietnamese and English.
#pragma once

#include "domain/calendar_date.h"
#include "domain/errors.h"

#include <cstdint>
#include <string>
#include <vector>

namespace innodesk::reports {

// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and "Độc lập - Tự do - Hạnh phúc", spelled as in the
// model of Decree 30/2020/NĐ-CP, Appendix I; the English names in English.
std::vector<std::string> NationalHeading(domain::Language language);

// "Khánh Hòa, ngày 05 tháng 10 năm 2026" (a zero before days below 10 and months 1 and 2, as
// the decree prescribes: "ngày 15 tháng 7", "ngày 05 tháng 02"); in English "Khánh Hòa, 05/10/2026". Without
// a place: "Ngày 05 tháng 10 năm 2026" / "05/10/2026".
std::string PlaceAndDate(const std::string& place, const domain::CalendarDate& date,
                         domain::Language language);

// "Trang 1/3" or "Page 1/3".
std::string PageLabel(int page, int pages, domain::Language language);

// Grouped digits: "1.234.567" in Vietnamese, "1,234,567" in English.
std::string GroupedNumber(std::int64_t value, domain::Language language);

// One decimal at most, with the language's decimal mark: "72,5%", "72.5%", "100%".
std::string PercentText(double percent, domain::Language language);

// Upper case by the Vietnamese rules (ICU): "Khánh Hòa" → "KHÁNH HÒA", for the heading's names.
std::string UpperCase(const std::string& text);

}  // namespace innodesk::reports
