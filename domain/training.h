// Training courses, workshops and connection events, and who attended them: one person at one
// event counts once (a person-time, lượt người).
#pragma once

#include "calendar_date.h"
#include "enterprise.h"
#include "programme.h"
#include "text_rules.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace innodesk::domain {

using TrainingEventId = std::int64_t;
using AttendanceId = std::int64_t;

enum class EventKind { TrainingCourse, Workshop, ConnectionEvent, Other };
std::span<const EnumEntry<EventKind>> EventKinds();

struct TrainingEvent {
    TrainingEventId id = 0;
    std::optional<ProgrammeId> programme_id;
    std::string title;
    EventKind kind = EventKind::TrainingCourse;
    CalendarDate starts_on;
    CalendarDate ends_on;
    std::string location;
    std::string organiser;
    std::int64_t version = 0;
};

struct Attendance {
    AttendanceId id = 0;
    TrainingEventId event_id = 0;
    std::string person_name;
    std::optional<std::string> personal_id;  // 12-digit personal identification number, when given
    // Who the person is, for counting each person once per event: see PersonKey.
    std::string person_key;
    std::optional<EnterpriseId> enterprise_id;
};

// An event with what its attendance adds up to.
struct EventSummary {
    TrainingEvent event;
    std::int64_t person_times = 0;
    std::int64_t enterprises = 0;  // distinct enterprises among the attendees
};

// Which events a count covers; every condition optional. Dates bound the event's start.
struct TrainingScope {
    std::optional<CalendarDate> from;
    std::optional<CalendarDate> to;
    std::optional<ProgrammeId> programme_id;
    std::optional<EventKind> kind;
};

// Cleans and checks an event: title required, the end not before the start.
TrainingEvent NormaliseEvent(TrainingEvent event, const TextRules& text);

// A 12-digit personal identification number (số định danh cá nhân, on the CCCD card), with
// spaces and dots removed; throws InvalidValue naming `field` when it is not one.
std::string ParsePersonalId(std::string_view raw, std::string_view field = "personal_id");

// The identity of an attendee: "id:" + the personal ID when known; otherwise "name:" + the
// folded name + "|" + the enterprise's tax code (empty without an enterprise). Two rows with the
// same key are the same person.
std::string PersonKey(const std::optional<std::string>& personal_id, const std::string& folded_name,
                      const std::string& tax_code);

}  // namespace innodesk::domain
