// IP filings as the office tracks them: record a filing, follow it through the office's steps
// with dated, attributable status changes, and mark a granted right as commercially exploited.
#pragma once

#include "actor.h"
#include "calendar_date.h"
#include "ip_filing.h"
#include "store.h"
#include "text_rules.h"

#include <optional>
#include <string>
#include <vector>

namespace innodesk::domain {

struct IpStatusUpdate {
    IpStatus to = IpStatus::Filed;
    CalendarDate on;
    std::optional<std::string> application_number;  // set or correct the office's number
    std::string note;
    std::optional<std::int64_t> expected_version;
};

class IpService {
public:
    IpService(Store& store, const TextRules& text, const Clock& clock)
        : m_store(store), m_text(text), m_clock(clock) {}

    // Stores a new filing in status 'filed' on its filing date; refuses an application number
    // already recorded for the same route and country.
    IpFiling Add(IpFiling filing, const Actor& actor);
    // Moves the filing along its lifecycle; the date may not precede the current status's date.
    IpFiling UpdateStatus(IpFilingId id, const IpStatusUpdate& update, const Actor& actor);
    // Marks (or unmarks) a granted right as commercially exploited.
    IpFiling SetExploited(IpFilingId id, bool exploited, const Actor& actor,
                          std::optional<std::int64_t> expected_version = std::nullopt);
    IpFiling Get(IpFilingId id);
    std::vector<IpStatusChange> History(IpFilingId id);
    std::vector<IpFiling> List(const IpFilingFilter& filter);

private:
    Store& m_store;
    const TextRules& m_text;
    const Clock& m_clock;
};

}  // namespace innodesk::domain
