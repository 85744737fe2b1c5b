// Intellectual-property filings of supported enterprises: the object type, where it was filed,
// its lifecycle to grant, refusal or withdrawal, the state's support and whether it is exploited.
#pragma once

#include "calendar_date.h"
#include "enterprise.h"
#include "lifecycle.h"
#include "money.h"
#include "programme.h"
#include "text_rules.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace innodesk::domain {

using IpFilingId = std::int64_t;

enum class IpType { Patent, UtilitySolution, IndustrialDesign, Trademark, GeographicalIndication };
std::span<const EnumEntry<IpType>> IpTypes();

// Where the application was filed: the national office (Cục Sở hữu trí tuệ), an international
// system, or another country's office.
enum class IpRoute { Domestic, Madrid, Pct, Hague, NationalOffice };
std::span<const EnumEntry<IpRoute>> IpRoutes();

enum class IpStatus { Filed, FormalityAccepted, Published, Granted, Refused, Withdrawn };
const Lifecycle<IpStatus>& IpLifecycle();

struct IpFiling {
    IpFilingId id = 0;
    EnterpriseId enterprise_id = 0;
    IpType type = IpType::Patent;
    IpRoute route = IpRoute::Domestic;
    // ISO 3166 alpha-2: "VN" for domestic, the office's country for national_office, empty for
    // the international systems (Madrid, PCT, Hague), whose designations are not recorded here.
    std::string country;
    std::optional<std::string> application_number;  // unknown until the office assigns it
    std::string title;
    CalendarDate filed_on;
    IpStatus status = IpStatus::Filed;
    CalendarDate status_on;               // when the current status took effect
    Money supported_amount;               // the state's support for the filing
    bool commercially_exploited = false;  // only for a granted right
    std::optional<ProgrammeId> programme_id;
    std::int64_t version = 0;
};

// A step in a filing's history.
struct IpStatusChange {
    IpFilingId filing_id = 0;
    IpStatus from = IpStatus::Filed;
    IpStatus to = IpStatus::Filed;
    CalendarDate on;
    std::string actor;
    std::string note;
};

// Cleans the texts, fills "VN" for a domestic filing, checks the route against the type and
// the country, the amount and the dates; throws the first DomainError, naming the field.
IpFiling NormaliseIpFiling(IpFiling filing, const TextRules& text, const CalendarDate& today);

// An office's application number as typed: cleaned, nullopt when blank.
std::optional<std::string> NormaliseApplicationNumber(const std::string& number, const TextRules& text);

// Refuses a status date before the current one or after today.
void RequireStatusDate(const IpFiling& filing, const CalendarDate& on, const CalendarDate& today);

// Refuses the exploited flag on a filing that is not granted.
void RequireExploitable(const IpFiling& filing);

}  // namespace innodesk::domain
