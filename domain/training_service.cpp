// Training use cases and the attendance-sheet import.
#include "training_service.h"

#include "audit_recorder.h"
#include "audit_views.h"
#include "errors.h"
#include "header_key.h"
#include "record_lookup.h"

#include <array>
#include <map>
#include <unordered_map>

namespace innodesk::domain {
namespace {

constexpr std::size_t kMaxNameLength = 200;

TrainingEvent LoadEvent(Transaction& tx, TrainingEventId id) {
    auto found = tx.Training().FindEvent(id);
    if (!found)
        throw DomainError(ErrorCode::NotFound,
                          {"Không có khóa đào tạo hoặc sự kiện id " + std::to_string(id) + ".",
                           "There is no training course or event with id " + std::to_string(id) + "."},
                          "event_id");
    return *found;
}

// Turns what was typed into an attendance record: cleaned name, validated personal ID, the
// enterprise looked up by tax code, and the person key. Errors name the field they are about.
Attendance Prepare(Transaction& tx, const TextRules& text, TrainingEventId event,
                   const AttendeeInput& input) {
    Attendance attendance;
    attendance.event_id = event;
    attendance.person_name = text.Clean(input.name, "name");
    if (attendance.person_name.empty() || attendance.person_name.size() > kMaxNameLength)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Cần họ và tên người tham dự (tối đa 200 ký tự).",
                           "The attendee's full name is required (at most 200 characters)."},
                          "name");
    const std::string personal_id = text.Clean(input.personal_id, "personal_id");
    if (!personal_id.empty()) attendance.personal_id = ParsePersonalId(personal_id);
    std::string tax_code;
    const std::string typed_tax_code = text.Clean(input.enterprise_tax_code, "tax_code");
    if (!typed_tax_code.empty()) {
        const TaxCode code = TaxCode::Parse(typed_tax_code);
        const auto enterprise = tx.Enterprises().FindByTaxCode(code);
        if (!enterprise)
            throw DomainError(ErrorCode::NotFound,
                              {"Chưa có doanh nghiệp nào mang mã số thuế " + code.Value() +
                                   "; đăng ký doanh nghiệp trước (enterprise add hoặc enterprise import).",
                               "No enterprise has tax code " + code.Value() +
                                   "; register it first (enterprise add or enterprise import)."},
                              "tax_code");
        attendance.enterprise_id = enterprise->id;
        tax_code = code.Value();
    }
    attendance.person_key =
        PersonKey(attendance.personal_id, text.SearchFold(attendance.person_name), tax_code);
    return attendance;
}

[[noreturn]] void ThrowAlreadyAttending(const TrainingEvent& event, const Attendance& attendance,
                                        const std::string& recorded_as) {
    const std::string as_vi =
        recorded_as == attendance.person_name ? "" : " (đã ghi là '" + recorded_as + "')";
    const std::string as_en =
        recorded_as == attendance.person_name ? "" : " (recorded as '" + recorded_as + "')";
    throw DomainError(
        ErrorCode::Duplicate,
        {attendance.person_name + as_vi + " đã có trong danh sách tham dự '" + event.title + "' (id " +
             std::to_string(event.id) + "); mỗi người chỉ tính một lượt cho mỗi khóa, sự kiện.",
         attendance.person_name + as_en + " is already on the attendance list of '" + event.title + "' (id " +
             std::to_string(event.id) + "); each person counts once per course or event."},
        "name");
}

void RequireNotAttending(Transaction& tx, const TrainingEvent& event, const Attendance& attendance) {
    if (const auto existing = tx.Training().FindAttendance(event.id, attendance.person_key))
        ThrowAlreadyAttending(event, attendance, existing->person_name);
}

enum class Column { Name, PersonalId, TaxCode };

// Headers of sign-in sheets, folded (no diacritics, lower case, punctuation as spaces).
const std::array<std::pair<Column, std::array<const char*, 6>>, 3> kHeaderNames{{
    {Column::Name, {"ho va ten", "ho ten", "name", "full name", "ten hoc vien", "ten nguoi tham du"}},
    {Column::PersonalId,
     {"so dinh danh", "cccd", "personal id", "so cccd", "so dinh danh ca nhan", "can cuoc cong dan"}},
    {Column::TaxCode,
     {"ma so thue", "mst", "tax code", "ma so thue doanh nghiep", "ma so doanh nghiep", "tax id"}},
}};

}  // namespace

TrainingEvent TrainingService::AddEvent(TrainingEvent event, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "tạo sự kiện đào tạo", "add training events");
    event = NormaliseEvent(std::move(event), m_text);
    auto tx = m_store.Begin(TransactionMode::Write);
    if (event.programme_id) RequireProgramme(*tx, *event.programme_id);
    event.id = tx->Training().InsertEvent(event);
    event.version = 1;
    RecordChange(*tx, actor, "training_event.create", "training_event", event.id, nullptr, AuditView(event));
    tx->Commit();
    return event;
}

TrainingEvent TrainingService::GetEvent(TrainingEventId id) {
    auto tx = m_store.Begin(TransactionMode::Read);
    return LoadEvent(*tx, id);
}

std::vector<EventSummary> TrainingService::ListEvents(const EventFilter& filter) {
    auto tx = m_store.Begin(TransactionMode::Read);
    return tx->Training().ListEvents(filter);
}

Attendance TrainingService::AddAttendance(TrainingEventId event_id, const AttendeeInput& attendee,
                                          const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "ghi danh sách tham dự", "record attendance");
    auto tx = m_store.Begin(TransactionMode::Write);
    const TrainingEvent event = LoadEvent(*tx, event_id);
    Attendance attendance = Prepare(*tx, m_text, event_id, attendee);
    RequireNotAttending(*tx, event, attendance);
    attendance.id = tx->Training().InsertAttendance(attendance);
    RecordChange(*tx, actor, "attendance.create", "attendance", attendance.id, nullptr,
                 AuditView(attendance));
    tx->Commit();
    return attendance;
}

std::vector<Attendance> TrainingService::Attendances(TrainingEventId event) {
    auto tx = m_store.Begin(TransactionMode::Read);
    LoadEvent(*tx, event);
    return tx->Training().Attendances(event);
}

AttendanceImportReport TrainingService::ImportAttendance(TrainingEventId event_id, const Table& table,
                                                         const Actor& actor, const ImportOptions& options) {
    RequireRole(m_store, actor, {Role::Officer}, "nhập danh sách tham dự", "import attendance");
    std::map<Column, std::size_t> columns;
    for (std::size_t i = 0; i < table.header.size(); ++i) {
        const std::string key = HeaderKey(m_text, table.header[i]);
        for (const auto& [column, names] : kHeaderNames)
            for (const char* name : names)
                if (key == name && !columns.contains(column)) columns[column] = i;
    }
    if (!columns.contains(Column::Name))
        throw DomainError(ErrorCode::FileFormat,
                          {"Tệp thiếu cột bắt buộc 'Họ và tên'. Dòng tiêu đề cần có: Họ và tên; có thể thêm "
                           "Số định danh (CCCD) và Mã số thuế của doanh nghiệp.",
                           "The file has no 'Name' column. The header row needs: Name; Personal ID (CCCD) "
                           "and the enterprise's Tax code may be added (English or Vietnamese)."});

    AttendanceImportReport report;
    report.rows = table.rows.size();
    auto tx = m_store.Begin(TransactionMode::Write);
    const TrainingEvent event = LoadEvent(*tx, event_id);
    std::vector<Attendance> accepted;
    std::unordered_map<std::string, std::size_t> seen;  // person key → line, for repeats within the file
    for (const auto& row : table.rows) {
        auto cell = [&](Column column) -> const std::string& {
            static const std::string kEmpty;
            const auto found = columns.find(column);
            return found == columns.end() || found->second >= row.cells.size() ? kEmpty
                                                                               : row.cells[found->second];
        };
        try {
            Attendance attendance = Prepare(
                *tx, m_text, event_id, {cell(Column::Name), cell(Column::PersonalId), cell(Column::TaxCode)});
            const auto [previous, inserted] = seen.emplace(attendance.person_key, row.source_line);
            if (!inserted)
                throw DomainError(
                    ErrorCode::Duplicate,
                    {attendance.person_name + " đã có ở dòng " + std::to_string(previous->second) +
                         "; mỗi người chỉ tính một lượt cho mỗi khóa, sự kiện.",
                     attendance.person_name + " already appears on line " + std::to_string(previous->second) +
                         "; each person counts once per course or event."},
                    "name");
            RequireNotAttending(*tx, event, attendance);
            accepted.push_back(std::move(attendance));
        } catch (const DomainError& error) {
            // The error names its field; map it back to the file's own header.
            const Column column = error.Field() == "personal_id" ? Column::PersonalId
                                  : error.Field() == "tax_code"  ? Column::TaxCode
                                                                 : Column::Name;
            const auto found = columns.find(column);
            report.errors.push_back({row.source_line,
                                     found == columns.end() ? std::string() : table.header[found->second],
                                     cell(column), error.Code(), error.Text()});
        }
    }
    if (options.all_or_nothing && !report.errors.empty()) return report;

    std::size_t done = 0;
    for (auto& attendance : accepted) {
        if (options.progress && (++done % 1000 == 0 || done == accepted.size())) {
            if (options.progress->CancelRequested())
                throw DomainError(ErrorCode::Cancelled,
                                  {"Đã hủy nhập danh sách tham dự; không có dòng nào được lưu.",
                                   "Attendance import cancelled; no row was stored."});
            options.progress->Progress(done, accepted.size());
        }
        tx->Training().InsertAttendance(attendance);
        ++report.inserted;
    }
    // One entry for the whole sheet: what was imported, how many rows, into which event.
    RecordChange(*tx, actor, "attendance.import", "training_event", event_id, nullptr,
                 JsonValue::Object{{"rows", static_cast<std::int64_t>(report.rows)},
                                   {"inserted", static_cast<std::int64_t>(report.inserted)}});
    tx->Commit();
    report.stored = true;
    return report;
}

std::int64_t TrainingService::PersonTimes(const TrainingScope& scope) {
    auto tx = m_store.Begin(TransactionMode::Read);
    return tx->Training().PersonTimes(scope);
}

std::int64_t TrainingService::TrainedEnterprises(const TrainingScope& scope) {
    auto tx = m_store.Begin(TransactionMode::Read);
    return tx->Training().TrainedEnterprises(scope);
}

}  // namespace innodesk::domain
