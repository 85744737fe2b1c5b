// Training courses and events with their attendance lists, entered by hand or imported from
// the sign-in sheet, and the counts the plan asks for: person-times and enterprises trained.
#pragma once

#include "actor.h"
#include "enterprise_import.h"
#include "store.h"
#include "table.h"
#include "text_rules.h"
#include "training.h"

#include <string>
#include <vector>

namespace innodesk::domain {

// One attendee as typed or read from a sheet; the optional fields may be empty.
struct AttendeeInput {
    std::string name;
    std::string personal_id;
    std::string enterprise_tax_code;
};

struct AttendanceImportReport {
    std::size_t rows = 0;
    std::size_t inserted = 0;
    std::vector<ImportRowError> errors;
    bool stored = false;  // false when all_or_nothing refused the file
};

class TrainingService {
public:
    TrainingService(Store& store, const TextRules& text) : m_store(store), m_text(text) {}

    TrainingEvent AddEvent(TrainingEvent event, const Actor& actor);
    TrainingEvent GetEvent(TrainingEventId id);
    std::vector<EventSummary> ListEvents(const EventFilter& filter);

    // Adds one attendee; the same person at the same event again is refused as Duplicate, and an
    // enterprise tax code that is not registered as NotFound.
    Attendance AddAttendance(TrainingEventId event, const AttendeeInput& attendee, const Actor& actor);
    std::vector<Attendance> Attendances(TrainingEventId event);

    // Reads an attendance sheet: columns "Họ và tên"/"Name" (required), "Số định danh"/"CCCD"/
    // "Personal ID" and "Mã số thuế"/"Tax code" (optional). Throws FileFormat when the name
    // column is missing; every row's problem goes into the report, and the rows that pass are
    // stored in one transaction.
    AttendanceImportReport ImportAttendance(TrainingEventId event, const Table& table, const Actor& actor,
                                            const ImportOptions& options = {});

    std::int64_t PersonTimes(const TrainingScope& scope);
    std::int64_t TrainedEnterprises(const TrainingScope& scope);

private:
    Store& m_store;
    const TextRules& m_text;
};

}  // namespace innodesk::domain
