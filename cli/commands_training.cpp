// innodesk-cli training …: courses and events, their attendance (typed or imported from the
// sign-in sheet) and the person-times they add up to.
#include "commands.h"
#include "import_error_report.h"
#include "json_views.h"
#include "option_values.h"

#include "domain/programme_service.h"
#include "domain/training_service.h"
#include "interchange/csv_writer.h"
#include "interchange/table_file.h"

#include <fstream>
#include <memory>

namespace innodesk::cli {
namespace {

void PrintEvent(CliContext& context, const domain::TrainingEvent& e) {
    if (context.options.json) {
        context.out << ToJson(e).dump(2) << '\n';
        return;
    }
    const bool vi = context.Language() == domain::Language::Vietnamese;
    const auto& kind = domain::EntryOf(domain::EventKinds(), e.kind);
    context.out << "#" << e.id << "  " << e.title << '\n'
                << "  " << context.Say("Loại", "Kind") << ": " << (vi ? kind.vi : kind.en) << '\n'
                << "  " << context.Say("Thời gian", "Dates") << ": " << e.starts_on.Format() << " – "
                << e.ends_on.Format() << '\n';
    if (!e.location.empty())
        context.out << "  " << context.Say("Địa điểm", "Location") << ": " << e.location << '\n';
    if (!e.organiser.empty())
        context.out << "  " << context.Say("Đơn vị tổ chức", "Organiser") << ": " << e.organiser << '\n';
}

void PrintAttendance(CliContext& context, const domain::Attendance& a) {
    if (context.options.json) {
        context.out << ToJson(a).dump(2) << '\n';
        return;
    }
    context.out << context.Say("Đã ghi ", "Recorded ") << a.person_name
                << context.Say(" vào danh sách tham dự sự kiện #", " on the attendance list of event #")
                << a.event_id << " (id " << a.id << ")\n";
}

struct EventOptions {
    std::string title, kind, start, end, location, organiser, programme;
};

struct AttendanceOptions {
    long long event = 0;
    std::string name, personal_id, enterprise;
};

struct ImportOptions {
    long long event = 0;
    std::string file, errors, encoding;
    bool all_or_nothing = false;
};

struct ListOptions {
    int year = 0;
    std::string programme;
};

}  // namespace

void AddTrainingCommands(CLI::App& app, CliContext& context) {
    auto* group = app.add_subcommand("training", "Training courses, workshops, events and attendance")
                      ->require_subcommand(1);
    auto service = [&context] { return context.Workspace().Training(); };

    auto e = std::make_shared<EventOptions>();
    auto* add_event = group->add_subcommand("add-event", "Record a course or event");
    add_event->add_option("--title", e->title, "Title")->required();
    add_event->add_option("--kind", e->kind, "training_course | workshop | connection_event | other")
        ->required();
    add_event->add_option("--start", e->start, "First day dd/mm/yyyy")->required();
    add_event->add_option("--end", e->end, "Last day dd/mm/yyyy")->required();
    add_event->add_option("--location", e->location, "Where");
    add_event->add_option("--organiser", e->organiser, "Who organises it");
    add_event->add_option("--programme", e->programme, "Code of the programme it belongs to");
    add_event->callback([&context, e, service] {
        domain::TrainingEvent event;
        event.title = e->title;
        event.kind = ParseOption(domain::EventKinds(), e->kind, "--kind");
        event.starts_on = domain::CalendarDate::Parse(e->start, "--start");
        event.ends_on = domain::CalendarDate::Parse(e->end, "--end");
        event.location = e->location;
        event.organiser = e->organiser;
        if (!e->programme.empty())
            event.programme_id = context.Workspace().Programmes().GetByCode(e->programme).id;
        PrintEvent(context, service().AddEvent(std::move(event), context.Actor()));
    });

    auto a = std::make_shared<AttendanceOptions>();
    auto* add_attendance = group->add_subcommand("add-attendance", "Add one attendee to a course or event");
    add_attendance->add_option("event", a->event, "Event id")->required();
    add_attendance->add_option("--name", a->name, "Full name")->required();
    add_attendance->add_option("--personal-id", a->personal_id, "12-digit personal ID (CCCD)");
    add_attendance->add_option("--enterprise", a->enterprise, "Tax code of the attendee's enterprise");
    add_attendance->callback([&context, a, service] {
        PrintAttendance(context, service().AddAttendance(a->event, {a->name, a->personal_id, a->enterprise},
                                                         context.Actor()));
    });

    auto i = std::make_shared<ImportOptions>();
    auto* import = group->add_subcommand("import-attendance", "Import an attendance sheet (CSV or XLSX)");
    import->add_option("event", i->event, "Event id")->required();
    import
        ->add_option("file", i->file,
                     "CSV, TSV, TXT or XLSX with columns Họ và tên, Số định danh, Mã số thuế")
        ->required();
    import->add_option("--errors", i->errors, "Write the rows that failed to this CSV");
    import->add_option("--encoding", i->encoding, "Text encoding of a CSV without BOM, e.g. windows-1258");
    import->add_flag("--all-or-nothing", i->all_or_nothing, "Store nothing if any row fails");
    import->callback([&context, i, service] {
        interchange::CsvOptions csv;
    csv.encoding = i->encoding;
    const auto table = interchange::ReadTableFile(i->file, csv);
    const auto report =
        service().ImportAttendance(i->event, table, context.Actor(), {i->all_or_nothing, nullptr});
    if (!i->errors.empty()) WriteImportErrorReport(context, report.errors, i->errors);
    if (context.options.json) {
        context.out << nlohmann::json{{"rows", report.rows},
                                      {"inserted", report.inserted},
                                      {"stored", report.stored},
                                      {"errors", ImportErrorsJson(context, report.errors)}}
                           .dump(2)
                    << '\n';
    } else {
        context.out << context.Say("Số dòng", "Rows") << ": " << report.rows << ", "
                    << context.Say("đã ghi", "recorded") << ": " << report.inserted << ", "
                    << context.Say("lỗi", "failed") << ": " << report.errors.size() << '\n';
        if (!report.stored)
            context.out << context.Say("Không lưu dòng nào vì có dòng lỗi (--all-or-nothing).",
                                       "Nothing was stored because some rows failed (--all-or-nothing).")
                        << '\n';
    }
    RefuseImportedRows(context, report.errors, i->errors);
});

auto attendees_event = std::make_shared<long long>(0);
auto* attendees = group->add_subcommand("attendance", "List the attendees of a course or event");
attendees->add_option("event", *attendees_event, "Event id")->required();
attendees->callback([&context, attendees_event, service] {
    const auto list = service().Attendances(*attendees_event);
    if (context.options.json) {
        nlohmann::json array = nlohmann::json::array();
        for (const auto& attendance : list) array.push_back(ToJson(attendance));
        context.out << array.dump(2) << '\n';
        return;
    }
    for (const auto& attendance : list)
        context.out << attendance.id << "  " << attendance.person_name << "  "
                    << attendance.personal_id.value_or("") << '\n';
});

auto l = std::make_shared<ListOptions>();
auto* list =
    group->add_subcommand("list", "Courses and events with attendance counts and total person-times");
list->add_option("--year", l->year, "Only events starting in this year");
list->add_option("--programme", l->programme, "Only events of this programme (code)");
list->callback([&context, l, service] {
    domain::EventFilter filter;
    domain::TrainingScope scope;
    if (l->year > 0) {
        filter.year = l->year;
        scope.from = domain::CalendarDate::FromYmd(l->year, 1, 1);
        scope.to = domain::CalendarDate::FromYmd(l->year, 12, 31);
    }
    if (!l->programme.empty()) {
        const auto programme = context.Workspace().Programmes().GetByCode(l->programme);
        filter.programme_id = programme.id;
        scope.programme_id = programme.id;
    }
    auto s = service();
    const auto events = s.ListEvents(filter);
    const std::int64_t person_times = s.PersonTimes(scope);
    const std::int64_t enterprises = s.TrainedEnterprises(scope);
    if (context.options.json) {
        nlohmann::json array = nlohmann::json::array();
        for (const auto& event : events) array.push_back(ToJson(event));
        context.out << nlohmann::json{{"events", array},
                                      {"person_times", person_times},
                                      {"enterprises", enterprises}}
                           .dump(2)
                    << '\n';
        return;
    }
    const bool vi = context.Language() == domain::Language::Vietnamese;
    for (const auto& summary : events) {
        const auto& event = summary.event;
        const auto& kind = domain::EntryOf(domain::EventKinds(), event.kind);
        context.out << "#" << event.id << "  " << event.starts_on.Format() << "–" << event.ends_on.Format()
                    << "  " << (vi ? kind.vi : kind.en) << "  " << event.title << "  — "
                    << summary.person_times << context.Say(" lượt người, ", " person-times, ")
                    << summary.enterprises << context.Say(" doanh nghiệp", " enterprises") << '\n';
    }
    context.out << context.Say("Tổng", "Total") << ": " << events.size()
                << context.Say(" khóa/sự kiện, ", " events, ") << person_times
                << context.Say(" lượt người, ", " person-times, ") << enterprises
                << context.Say(" doanh nghiệp khác nhau", " distinct enterprises") << '\n';
});
}  // namespace innodesk::cli

}  // namespace innodesk::cli
