// Time zones from ICU.
#include "icu_time_zone.h"

#include "domain/errors.h"

#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <memory>
#include <mutex>

namespace innodesk::text {
namespace {

class IcuTimeZone final : public domain::TimeZone {
public:
    IcuTimeZone(std::string name, std::unique_ptr<icu::TimeZone> zone)
        : m_name(std::move(name)), m_zone(std::move(zone)) {}
    const std::string& Name() const override { return m_name; }
    int OffsetSecondsAt(std::int64_t unix_seconds) const override {
        // icu::TimeZone::getOffset is const but not documented as thread-safe; the GUI's
        // background work may read the clock beside the window.
        std::lock_guard lock(m_mutex);
        int32_t raw = 0, dst = 0;
        UErrorCode status = U_ZERO_ERROR;
        m_zone->getOffset(static_cast<UDate>(unix_seconds) * 1000.0, false, raw, dst, status);
        if (U_FAILURE(status)) return 0;
        return (raw + dst) / 1000;
    }

private:
    std::string m_name;
    std::unique_ptr<icu::TimeZone> m_zone;
    mutable std::mutex m_mutex;
};

[[noreturn]] void Unknown(std::string_view name, std::string_view field) {
    const std::string shown(name);
    throw domain::DomainError(domain::ErrorCode::InvalidValue,
                              {"Múi giờ '" + shown +
                                   "' không có trong cơ sở dữ liệu múi giờ IANA. Nhập tên múi giờ, ví dụ "
                                   "Asia/Ho_Chi_Minh.",
                               "Time zone '" + shown +
                                   "' is not in the IANA time zone database. Enter a zone name, for example "
                                   "Asia/Ho_Chi_Minh."},
                              std::string(field));
}

}  // namespace

domain::TimeZonePtr LoadTimeZone(std::string_view name, std::string_view field) {
    if (name.empty() || name.size() > 64) Unknown(name, field);
    const icu::UnicodeString id =
        icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
    // A system ID is a name of the zone database (links such as Asia/Saigon included); custom IDs
    // such as "GMT+07:00" are not zones, and an unknown name would silently be GMT.
    icu::UnicodeString canonical;
    UBool is_system = false;
    UErrorCode status = U_ZERO_ERROR;
    icu::TimeZone::getCanonicalID(id, canonical, is_system, status);
    if (U_FAILURE(status) || !is_system) Unknown(name, field);
    std::unique_ptr<icu::TimeZone> zone(icu::TimeZone::createTimeZone(id));
    if (!zone || *zone == icu::TimeZone::getUnknown()) Unknown(name, field);
    return std::make_shared<IcuTimeZone>(std::string(name), std::move(zone));
}

}  // namespace innodesk::text
