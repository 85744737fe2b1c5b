// The training planner: events and attendance sheets.
#include "demo/training_planner.h"

#include "demo/names.h"
#include "demo/programme_scale.h"
#include "domain/tax_code.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace innodesk::demo {

using namespace domain;  // the planners speak the domain's language throughout

namespace {

constexpr std::array<Weighted<EventKind>, 3> kEventKinds{
    {{EventKind::TrainingCourse, 60}, {EventKind::Workshop, 25}, {EventKind::ConnectionEvent, 15}}};
// A programme's year: five classes (the plans ask for at least five, of 100–150 person-times in
// all), two workshops and a connection event, in this order before they are sorted by date.
constexpr std::array<EventKind, kEventsPerYear> kEventsOfYear{
    EventKind::TrainingCourse,  EventKind::TrainingCourse, EventKind::Workshop, EventKind::TrainingCourse,
    EventKind::ConnectionEvent, EventKind::TrainingCourse, EventKind::Workshop, EventKind::TrainingCourse};

// The attendance sheet as the organiser's staff type it.
constexpr std::array<std::string_view, 3> kAttendanceHeader{"Họ và tên", "Số định danh", "Mã số thuế"};

class TrainingPlanner {
public:
    explicit TrainingPlanner(DemoRun& run) : m_run(run) {}

    void HoldEvents() {
        std::vector<double> shares;
        std::vector<TrainingEvent> events = PlanEvents(shares);
        const std::vector<std::size_t> counts = Counts(events, shares);
        for (std::size_t i = 0; i < events.size(); ++i) {
            const TrainingEvent event = m_run.training_service.AddEvent(events[i], m_run.actor);
            ++m_run.summary.events;
            m_run.meter.Advance();
            if (counts[i] == 0) continue;
            const Table sheet = AttendanceSheet(counts[i]);
            const std::size_t base = m_run.meter.Done();
            OffsetObserver observer(m_run.meter, base);
            ImportOptions options;
            options.all_or_nothing = true;
            options.progress = &observer;
            const AttendanceImportReport report =
                m_run.training_service.ImportAttendance(event.id, sheet, m_run.actor, options);
            if (!report.errors.empty()) ThrowInvalidGenerated(report.errors.front());
            m_run.summary.attendances += report.inserted;
            m_run.meter.SetDone(base + sheet.rows.size());
        }
    }

private:
    // Whether attendance keeps to the programme's yearly scale rather than growing with the register.
    bool ProgrammeScale() const { return !m_run.spec.attendance_per_enterprise.has_value(); }

    // Person-times per event. At the programme's scale each event has the audience of its kind:
    // 20–30 in a class, 40–60 at a workshop, 25–45 at a connection event. Otherwise the
    // volume asked for is shared out by event size, the rounding remainder to the first events.
    std::vector<std::size_t> Counts(const std::vector<TrainingEvent>& events,
                                    const std::vector<double>& shares) {
        std::vector<std::size_t> counts;
        if (ProgrammeScale()) {
            for (const auto& event : events) {
                const int people = event.kind == EventKind::TrainingCourse ? m_run.extra.Between(20, 30)
                                   : event.kind == EventKind::Workshop     ? m_run.extra.Between(40, 60)
                                                                           : m_run.extra.Between(25, 45);
                counts.push_back(static_cast<std::size_t>(people));
            }
            return counts;
        }
        double total_share = 0;
        for (const double share : shares) total_share += share;
        std::size_t assigned = 0;
        for (const double share : shares) {
            counts.push_back(static_cast<std::size_t>(static_cast<double>(m_run.volumes.attendances) * share /
                                                      total_share));
            assigned += counts.back();
        }
        for (std::size_t i = 0; assigned < m_run.volumes.attendances; i = (i + 1) % counts.size(), ++assigned)
            ++counts[i];
        return counts;
    }

    std::vector<TrainingEvent> PlanEvents(std::vector<double>& shares) {
        std::vector<TrainingEvent> events;
        for (std::size_t i = 0; i < m_run.volumes.events; ++i) {
            TrainingEvent event;
            event.programme_id = m_run.programme.id;
            event.kind = ProgrammeScale() ? kEventsOfYear[i % kEventsOfYear.size()]
                                          : m_run.extra.PickWeighted(kEventKinds);
            std::vector<std::string_view> titles;
            for (const auto& pattern : EventPatterns())
                if (pattern.kind == event.kind) titles.push_back(pattern.title);
            event.title = std::string(titles[m_run.extra.Below(titles.size())]);
            // From March to mid-November, courses over one to three days.
            event.starts_on =
                CalendarDate::FromYmd(m_run.spec.year, 3, 1).AddDays(m_run.extra.Between(0, 255));
            const int days = event.kind == EventKind::TrainingCourse    ? m_run.extra.Between(0, 2)
                             : event.kind == EventKind::ConnectionEvent ? m_run.extra.Between(0, 1)
                                                                        : 0;
            event.ends_on = event.starts_on.AddDays(days);
            event.location = std::string(m_run.extra.Pick(EventVenues()));
            event.organiser = std::string(m_run.extra.Pick(EventOrganisers()));
            events.push_back(std::move(event));
        }
        std::stable_sort(events.begin(), events.end(), [](const TrainingEvent& a, const TrainingEvent& b) {
            return a.starts_on < b.starts_on;
        });
        // A course held more than once in the year is numbered by session, in date order.
        std::map<std::string, int> held, session;
        for (const auto& event : events) ++held[event.title];
        for (auto& event : events) {
            const bool repeated = held[event.title] > 1;
            const int number = ++session[event.title];
            event.title += " năm " + std::to_string(m_run.spec.year);
            if (repeated) event.title += " (đợt " + std::to_string(number) + ")";
            // Workshops and connection events draw larger audiences than a class.
            const double size = event.kind == EventKind::TrainingCourse ? 1.0
                                : event.kind == EventKind::Workshop     ? 1.6
                                                                        : 1.3;
            shares.push_back(size * (0.6 + 0.8 * m_run.extra.Unit()));
        }
        return events;
    }

    // One event's sign-in sheet: most attendees represent an enterprise (its tax code links them),
    // some give their personal ID; nobody signs twice.
    Table AttendanceSheet(std::size_t count) {
        Table sheet;
        sheet.header.assign(kAttendanceHeader.begin(), kAttendanceHeader.end());
        sheet.rows.reserve(count);
        std::set<std::string> people;
        const auto regions = Regions();
        while (sheet.rows.size() < count) {
            const bool female = m_run.extra.Chance(0.45);
            std::string name = PersonName(female, m_run.extra);
            std::string tax_code;
            if (!m_run.enterprises.empty() && m_run.extra.Chance(0.85))
                tax_code = m_run.enterprises[m_run.extra.Below(m_run.enterprises.size())].tax_code;
            std::string personal_id;
            if (m_run.extra.Chance(0.25)) {
                const auto& region = m_run.extra.Chance(0.8) ? RegionOf(Region::KhanhHoa)
                                                             : regions[m_run.extra.Below(regions.size())];
                personal_id = NewPersonalId(region.id_prefix, female, m_run.extra, m_run.used_codes);
            }
            // The service's own notion of the same person (PersonKey), checked before it refuses.
            const std::string key =
                personal_id.empty()
                    ? PersonKey(std::nullopt, m_run.text.SearchFold(name),
                                tax_code.empty() ? std::string() : TaxCode::Parse(tax_code).Value())
                    : PersonKey(personal_id, {}, {});
            if (!people.insert(key).second) continue;
            sheet.rows.push_back({sheet.rows.size() + 2, {std::move(name), personal_id, tax_code}});
        }
        return sheet;
    }

    DemoRun& m_run;
};

}  // namespace

void HoldEvents(DemoRun& run) {
    TrainingPlanner(run).HoldEvents();
}

}  // namespace innodesk::demo
