// IP filing types, routes, lifecycle and rules.
#include "ip_filing.h"

#include "errors.h"

#include <array>

namespace innodesk::domain {
namespace {

using S = IpStatus;

constexpr std::array<EnumEntry<IpType>, 5> kTypes{{
    {IpType::Patent, "patent", "Sáng chế", "Patent"},
    {IpType::UtilitySolution, "utility_solution", "Giải pháp hữu ích", "Utility solution"},
    {IpType::IndustrialDesign, "industrial_design", "Kiểu dáng công nghiệp", "Industrial design"},
    {IpType::Trademark, "trademark", "Nhãn hiệu", "Trademark"},
    {IpType::GeographicalIndication, "geographical_indication", "Chỉ dẫn địa lý", "Geographical indication"},
}};

constexpr std::array<EnumEntry<IpRoute>, 5> kRoutes{{
    {IpRoute::Domestic, "domestic", "Trong nước (Cục Sở hữu trí tuệ)", "Domestic (IP Viet Nam)"},
    {IpRoute::Madrid, "madrid", "Hệ thống Madrid", "Madrid system"},
    {IpRoute::Pct, "pct", "Hệ thống PCT", "PCT"},
    {IpRoute::Hague, "hague", "Hệ thống La Hay", "Hague system"},
    {IpRoute::NationalOffice, "national_office", "Cơ quan sở hữu trí tuệ nước ngoài",
     "Foreign national office"},
}};

constexpr std::array<EnumEntry<S>, 6> kStatuses{{
    {S::Filed, "filed", "Đã nộp đơn", "Filed"},
    {S::FormalityAccepted, "formality_accepted", "Đã chấp nhận đơn hợp lệ", "Formality accepted"},
    {S::Published, "published", "Đã công bố đơn", "Published"},
    {S::Granted, "granted", "Đã cấp văn bằng bảo hộ", "Granted"},
    {S::Refused, "refused", "Bị từ chối", "Refused"},
    {S::Withdrawn, "withdrawn", "Đã rút đơn", "Withdrawn"},
}};

// An office can refuse, and the applicant can withdraw, at any stage before the decision.
constexpr std::array<std::pair<S, S>, 9> kMoves{{
    {S::Filed, S::FormalityAccepted},
    {S::Filed, S::Refused},
    {S::Filed, S::Withdrawn},
    {S::FormalityAccepted, S::Published},
    {S::FormalityAccepted, S::Refused},
    {S::FormalityAccepted, S::Withdrawn},
    {S::Published, S::Granted},
    {S::Published, S::Refused},
    {S::Published, S::Withdrawn},
}};

constexpr Lifecycle<S> kLifecycle{kStatuses, kMoves, "đơn sở hữu trí tuệ", "IP filing"};

[[noreturn]] void Invalid(const std::string& vi, const std::string& en, const char* field) {
    throw DomainError(ErrorCode::InvalidValue, {vi, en}, field);
}

std::string Upper(std::string text) {
    for (char& c : text)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return text;
}

bool IsCountryCode(const std::string& code) {
    return code.size() == 2 && code[0] >= 'A' && code[0] <= 'Z' && code[1] >= 'A' && code[1] <= 'Z';
}

// The international systems each cover some object types only (Madrid: marks; Hague: designs;
// PCT: inventions, which Vietnam protects as patents or utility solutions); a geographical
// indication is registered office by office.
bool RouteFits(IpRoute route, IpType type) {
    switch (route) {
        case IpRoute::Madrid:
            return type == IpType::Trademark;
        case IpRoute::Hague:
            return type == IpType::IndustrialDesign;
        case IpRoute::Pct:
            return type == IpType::Patent || type == IpType::UtilitySolution;
        case IpRoute::Domestic:
        case IpRoute::NationalOffice:
            return true;
    }
    return false;
}

}  // namespace

std::span<const EnumEntry<IpType>> IpTypes() {
    return kTypes;
}
std::span<const EnumEntry<IpRoute>> IpRoutes() {
    return kRoutes;
}
const Lifecycle<IpStatus>& IpLifecycle() {
    return kLifecycle;
}

std::optional<std::string> NormaliseApplicationNumber(const std::string& number, const TextRules& text) {
    std::string cleaned = text.Clean(number, "application_number");
    if (cleaned.empty()) return std::nullopt;
    if (cleaned.size() > 64)
        Invalid("Số đơn dài quá 64 ký tự.", "The application number is longer than 64 characters.",
                "application_number");
    return cleaned;
}

IpFiling NormaliseIpFiling(IpFiling filing, const TextRules& text, const CalendarDate& today) {
    filing.title = text.Clean(filing.title, "title");
    if (filing.title.empty())
        Invalid("Tên đối tượng sở hữu trí tuệ là bắt buộc.", "The title of the IP object is required.",
                "title");
    if (filing.application_number)
        filing.application_number = NormaliseApplicationNumber(*filing.application_number, text);

    const auto& type = EntryOf(IpTypes(), filing.type);
    const auto& route = EntryOf(IpRoutes(), filing.route);
    if (!RouteFits(filing.route, filing.type))
        Invalid("Không thể nộp đơn '" + std::string(type.vi) + "' qua '" + std::string(route.vi) + "'" +
                    " (Madrid chỉ cho nhãn hiệu, La Hay chỉ cho kiểu dáng công nghiệp, PCT chỉ cho sáng chế "
                    "và giải pháp hữu ích).",
                "A '" + std::string(type.en) + "' cannot be filed through the '" + std::string(route.en) +
                    "'" +
                    " (Madrid is for trademarks, Hague for industrial designs, PCT for patents and utility "
                    "solutions).",
                "route");

    filing.country = Upper(text.Clean(filing.country, "country"));
    switch (filing.route) {
        case IpRoute::Domestic:
            if (filing.country.empty()) filing.country = "VN";
            if (filing.country != "VN")
                Invalid("Đơn nộp trong nước có mã nước VN, không phải '" + filing.country +
                            "'. Đơn nộp ở cơ quan nước ngoài dùng đường nộp national_office.",
                        "A domestic filing has country VN, not '" + filing.country +
                            "'. Use the national_office route for a foreign office.",
                        "country");
            break;
        case IpRoute::NationalOffice:
            if (!IsCountryCode(filing.country))
                Invalid(
                    "Đơn nộp ở cơ quan nước ngoài cần mã nước gồm 2 chữ cái (ISO 3166), ví dụ JP, US; đang "
                    "là '" +
                        filing.country + "'.",
                    "A filing at a foreign national office needs a 2-letter country code (ISO 3166), e.g. "
                    "JP, US; it is '" +
                        filing.country + "'.",
                    "country");
            if (filing.country == "VN")
                Invalid("Đơn nộp tại Việt Nam dùng đường nộp trong nước (domestic).",
                        "A filing in Viet Nam uses the domestic route.", "country");
            break;
        case IpRoute::Madrid:
        case IpRoute::Pct:
        case IpRoute::Hague:
            if (!filing.country.empty())
                Invalid("Đơn quốc tế qua " + std::string(route.vi) +
                            " không ghi mã nước; các nước chỉ định không được theo dõi ở đây.",
                        "An international filing through the " + std::string(route.en) +
                            " has no country code; designated countries are not tracked here.",
                        "country");
            break;
    }

    RequireNonNegative(filing.supported_amount, "supported_amount", "Kinh phí hỗ trợ",
                       "The supported amount");
    if (filing.filed_on > today)
        Invalid("Ngày nộp đơn " + filing.filed_on.Format() + " chưa tới (hôm nay là " + today.Format() + ").",
                "The filing date " + filing.filed_on.Format() + " is after today (" + today.Format() + ").",
                "filed_on");
    return filing;
}

void RequireStatusDate(const IpFiling& filing, const CalendarDate& on, const CalendarDate& today) {
    if (on < filing.status_on)
        Invalid("Ngày " + on.Format() + " trước ngày của trạng thái hiện tại (" + filing.status_on.Format() +
                    ").",
                "The date " + on.Format() + " is before the date of the current status (" +
                    filing.status_on.Format() + ").",
                "date");
    if (on > today)
        Invalid("Ngày " + on.Format() + " chưa tới (hôm nay là " + today.Format() + ").",
                "The date " + on.Format() + " is after today (" + today.Format() + ").", "date");
}

void RequireExploitable(const IpFiling& filing) {
    if (filing.status == IpStatus::Granted) return;
    const auto& status = EntryOf(IpLifecycle().states, filing.status);
    throw DomainError(
        ErrorCode::InvalidTransition,
        {"Chỉ ghi nhận khai thác thương mại cho đối tượng đã được cấp văn bằng bảo hộ; đơn id " +
             std::to_string(filing.id) + " đang ở trạng thái '" + std::string(status.vi) + "'.",
         "Commercial exploitation is recorded only for a granted right; filing id " +
             std::to_string(filing.id) + " is '" + std::string(status.en) + "'."},
        "commercially_exploited");
}

}  // namespace innodesk::domain
