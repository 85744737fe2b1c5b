// The benchmarks' shared archive, stopwatch and baseline (see bench_archive.h).
#include "bench/bench_archive.h"

#include "domain/organisation.h"
#include "domain/task.h"

#include <sqlite3.h>

#include <sys/resource.h>
#include <memory>
#include <stdexcept>
#include <vector>

namespace innodesk::bench {

double MillisecondsSince(SteadyClock::time_point start) {
    return std::chrono::duration<double, std::milli>(SteadyClock::now() - start).count();
}

std::string Numbers(long long n) {
    return "WITH RECURSIVE n(i) AS (SELECT CAST(1 AS BIGINT) UNION ALL SELECT i + 1 FROM n WHERE i < " +
           std::to_string(n) + ") ";
}

std::string IsoDate(const std::string& i) {
    const std::string year = "(2021 + (" + i + ") % 10)";
    const std::string month = "(1 + ((" + i + ") / 10) % 12)";
    const std::string day = "(1 + ((" + i + ") / 120) % 28)";
    auto two = [](const std::string& e) {
        return "CASE WHEN " + e + " < 10 THEN '0' ELSE '' END || CAST(" + e + " AS TEXT)";
    };
    return "CAST(" + year + " AS TEXT) || '-' || " + two(month) + " || '-' || " + two(day);
}

void Generate(soci::session& sql, const Sizes& n) {
    const std::string E = std::to_string(n.enterprises);
    soci::transaction tx(sql);
    sql << Numbers(n.enterprises) +
               "INSERT INTO enterprise (tax_code, family_key, tax_code_kind, name, legal_form, size_class, "
               "vsic, commune, "
               "province, address, phone, email, st_enterprise, innovative_startup, search_text, sort_key, "
               "version, "
               "created_at, updated_at) SELECT CAST(1000000000 + i AS TEXT), CAST(1000000000 + i AS TEXT), "
               "'enterprise', "
               "'Doanh nghiệp ' || CAST(i AS TEXT), 'company', 'small', '', 'Xã ' || CAST(i % 100 AS TEXT), "
               "'Khánh Hòa', "
               "'', '', '', CASE WHEN i % 500 = 0 THEN 1 ELSE 0 END, CASE WHEN i % 300 = 0 THEN 1 ELSE 0 "
               "END, '', '', 1, "
               "0, 0 FROM n";
    sql << "INSERT INTO programme (code, name, start_year, end_year) VALUES ('KH-DMST-2026-2030', "
           "'Chương trình hỗ trợ ĐMST trong doanh nghiệp', 2021, 2030)";
    sql << "INSERT INTO budget_envelope (programme_id, year, source, content, amount) VALUES (1, 2026, "
           "'provincial_science', 'consulting', 1000000000000)";
    const std::string contents =
        "CASE i % 11 WHEN 0 THEN 'technology_transfer' WHEN 1 THEN 'cooperation_model' "
        "WHEN 2 THEN 'intermediary' WHEN 3 THEN 'technology_licence' WHEN 4 THEN 'consulting' "
        "WHEN 5 THEN 'testing_certification' WHEN 6 THEN 'commercialisation' WHEN 7 THEN "
        "'intellectual_property' WHEN 8 THEN 'equipment' WHEN 9 THEN 'trade_promotion' ELSE "
        "'other_innovation' END";
    // One decision for every ten applications; application i belongs to decision (i - 1) / 10 + 1.
    const long long decisions = (n.applications + 9) / 10;
    sql << Numbers(decisions) +
               "INSERT INTO decision (number, decided_on, kind, conditions, legal_basis, signer_name, "
               "created_at, status) "
               "SELECT 'QĐ-' || CAST(i AS TEXT), " +
               IsoDate("i") + ", 'approval', '', '', '', 0, 'signed' FROM n";
    // Three in ten hold an approval (approved, contracted, closed), one in ten was refused.
    const std::string state =
        "CASE i % 10 WHEN 0 THEN 'approved' WHEN 1 THEN 'contracted' WHEN 2 THEN 'closed' "
        "WHEN 3 THEN 'refused' WHEN 4 THEN 'draft' WHEN 5 THEN 'submitted' WHEN 6 THEN "
        "'under_review' WHEN 7 THEN 'recommended' WHEN 8 THEN 'not_recommended' ELSE 'withdrawn' END";
    const std::string decided = "CASE WHEN i % 10 < 4 THEN (i - 1) / 10 + 1 END";
    sql << Numbers(n.applications) +
               "INSERT INTO application (enterprise_id, programme_id, year, content, title, "
               "requested_amount, "
               "co_funding_amount, state, decision_id, approved_amount, contract_number, version, "
               "created_at, updated_at) "
               "SELECT 1 + (i * 7919) % " +
               E + ", 1, 2021 + ((i - 1) / 10 + 1) % 10, " + contents +
               ", 'Nhiệm vụ', 100000000, CASE WHEN i % 3 = 0 THEN 0 ELSE 50000000 END, " + state + ", " +
               decided + ", CASE WHEN i % 10 < 3 THEN 100000000 END, '', 1, 0, 0 FROM n";
    sql << "INSERT INTO decision_item (decision_id, application_id, approved_amount) SELECT decision_id, id, "
           "COALESCE(approved_amount, 0) FROM application WHERE decision_id IS NOT NULL";
    const std::string voucher_state =
        "CASE i % 5 WHEN 0 THEN 'issued' WHEN 1 THEN 'redeemed' WHEN 2 THEN 'reimbursed' "
        "WHEN 3 THEN 'expired' ELSE 'cancelled' END";
    sql << Numbers(n.vouchers) +
               "INSERT INTO voucher (serial, enterprise_id, programme_id, envelope_id, year, content, "
               "face_value, "
               "state_share, issued_on, valid_until, state, invoice_number, invoice_date, invoice_amount, "
               "reimbursed_amount, reimbursed_on, cancel_note, version, created_at, updated_at) SELECT "
               "'PHT-' || "
               "CAST(i AS TEXT), 1 + (i * 104729) % " +
               E + ", 1, 1, 2021 + i % 10, " + contents +
               ", 20000000, "
               "14000000, " +
               IsoDate("i") + ", CAST(2021 + i % 10 AS TEXT) || '-12-31', " + voucher_state +
               ", '', CASE WHEN i % 5 IN (1, 2) THEN " + IsoDate("i") +
               " END, CASE WHEN i % 5 IN (1, 2) THEN 20000000 "
               "END, CASE WHEN i % 5 = 2 THEN 14000000 END, CASE WHEN i % 5 = 2 THEN " +
               IsoDate("i") + " END, '', 1, 0, 0 FROM n";
    sql << Numbers(n.events) +
               "INSERT INTO training_event (title, kind, starts_on, ends_on, location, organiser, version, "
               "created_at, "
               "updated_at) SELECT 'Lớp ' || CAST(i AS TEXT), CASE i % 3 WHEN 0 THEN 'training_course' WHEN "
               "1 THEN "
               "'workshop' ELSE 'connection_event' END, " +
               IsoDate("i") + ", " + IsoDate("i") + ", '', '', 1, 0, 0 FROM n";
    const std::string per_event = std::to_string(std::max(1LL, n.attendance / n.events));
    sql << Numbers(n.attendance) +
               "INSERT INTO training_attendance (event_id, person_name, person_key, enterprise_id, "
               "created_at) SELECT "
               "1 + ((i - 1) / " +
               per_event + ") % " + std::to_string(n.events) +
               ", 'Học viên', 'p' || CAST(i AS TEXT), "
               "CASE WHEN i % 10 = 0 THEN NULL ELSE 1 + (i * 31) % " +
               E + " END, 0 FROM n";
    sql << Numbers(n.outcomes) +
               "INSERT INTO enterprise_outcome (enterprise_id, kind, description, recorded_on, year, "
               "created_at) SELECT "
               "1 + (i * 13) % " +
               E +
               ", CASE i % 5 WHEN 0 THEN 'technology_applied' WHEN 1 THEN 'new_product' WHEN 2 "
               "THEN 'standard_adopted' WHEN 3 THEN 'international_standard' ELSE 'in_depth_consulting' END, "
               "'Kết quả', " +
               IsoDate("i") + ", 2021 + i % 10, 0 FROM n";
    sql << Numbers(n.ip_filings) +
               "INSERT INTO ip_filing (enterprise_id, ip_type, route, country, application_number, title, "
               "filed_on, "
               "status, status_on, supported_amount, commercially_exploited, version, created_at, "
               "updated_at) SELECT "
               "1 + (i * 17) % " +
               E +
               ", CASE i % 5 WHEN 0 THEN 'patent' WHEN 1 THEN 'utility_solution' WHEN 2 THEN "
               "'industrial_design' WHEN 3 THEN 'trademark' ELSE 'geographical_indication' END, 'domestic', "
               "'VN', 'A-' || "
               "CAST(i AS TEXT), 'Đơn', " +
               IsoDate("i") +
               ", CASE i % 4 WHEN 0 THEN 'filed' WHEN 1 THEN 'published' WHEN "
               "2 THEN 'granted' ELSE 'refused' END, " +
               IsoDate("i") +
               ", 0, CASE WHEN i % 8 = 2 THEN 1 ELSE 0 END, 1, 0, 0 "
               "FROM n";
    tx.commit();
}

// This process's CPU time (user + system), in milliseconds: on a machine shared with other work
// the wall-clock time also counts the waits for a core, the CPU time does not.
double CpuMilliseconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto ms = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) * 1000.0 + static_cast<double>(t.tv_usec) / 1000.0;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

Timing Measure(int runs, const std::function<void()>& work) {
    work();  // warm-up
    std::vector<double> samples, cpu;
    for (int r = 0; r < runs; ++r) {
        const auto start = SteadyClock::now();
        const double cpu_start = CpuMilliseconds();
        work();
        samples.push_back(MillisecondsSince(start));
        cpu.push_back(CpuMilliseconds() - cpu_start);
    }
    std::sort(samples.begin(), samples.end());
    std::sort(cpu.begin(), cpu.end());
    const std::size_t p99 = std::min(samples.size() - 1, (samples.size() * 99 + 99) / 100 - 1);
    return {samples[samples.size() / 2], samples.back(), cpu[cpu.size() / 2], samples[p99]};
}

Timing CountScan(const std::string& path, int runs) {
    sqlite3* raw = nullptr;
    if (sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        throw std::runtime_error("cannot open " + path);
    const std::unique_ptr<sqlite3, int (*)(sqlite3*)> db(raw, &sqlite3_close);
    const char* tables[] = {
        "enterprise",     "application",         "decision",           "decision_item", "voucher",
        "training_event", "training_attendance", "enterprise_outcome", "ip_filing"};
    return Measure(runs, [&] {
        for (const char* table : tables) {
            sqlite3_stmt* statement = nullptr;
            const std::string sql = std::string("SELECT count(*) FROM ") + table;
            sqlite3_prepare_v2(db.get(), sql.c_str(), -1, &statement, nullptr);
            if (sqlite3_step(statement) != SQLITE_ROW) throw std::runtime_error(sqlite3_errmsg(db.get()));
            sqlite3_finalize(statement);
        }
    });
}

namespace {

constexpr long long kOrganisations = 50;

domain::TaskState StateOf(long long i) {
    using S = domain::TaskState;
    static constexpr S kStates[] = {S::Proposed, S::Awarded,     S::Contracted, S::InProgress, S::Accepted,
                                    S::Failed,   S::Transferred, S::Applied,    S::Terminated};
    return kStates[(i * 7) % 9];
}

}  // namespace

// Tasks over 2021–2030: three in four provincial, six in ten ordered, three selected, one
// assigned directly; a third led by an organisation; every other one co-funded; two outputs, three
// milestones (the first reported) and two tranches (the first paid) each.
void AddTasks(domain::Store& store, long long count, long long enterprises) {
    using namespace domain;
    auto tx = store.Begin(TransactionMode::Write);
    for (long long i = 1; i <= kOrganisations; ++i) {
        Organisation organisation;
        organisation.name = "Viện nghiên cứu " + std::to_string(i);
        organisation.kind = i % 2 ? OrganisationKind::ResearchInstitute : OrganisationKind::University;
        tx->Organisations().Insert(organisation);
    }
    for (long long i = 0; i < count; ++i) {
        Task task;
        task.year = 2021 + static_cast<int>(i % 10);
        task.code = "NV." + std::to_string(task.year) + "." + std::to_string(100000 + i);
        task.title = "Nhiệm vụ khoa học và công nghệ số " + std::to_string(i);
        task.level = i % 4 == 3 ? TaskLevel::Grassroots : TaskLevel::Provincial;
        task.award_mode = i % 10 < 6   ? AwardMode::Ordering
                          : i % 10 < 9 ? AwardMode::Selection
                                       : AwardMode::DirectAssignment;
        task.programme_id = 1;
        if (i % 3 == 0)
            task.lead_organisation_id = 1 + i % kOrganisations;
        else
            task.lead_enterprise_id = 1 + (i * 7919) % enterprises;
        task.principal_investigator = "TS. Nguyễn Văn " + std::to_string(i);
        task.ordering_unit = "Sở Khoa học và Công nghệ";
        task.applying_unit = "Đơn vị ứng dụng " + std::to_string(i % 200);
        task.state_budget = Money::Dong(1'000'000'000);
        if (i % 2 == 0) task.co_funding.push_back({"Vốn tự có", Money::Dong(300'000'000)});
        task.outputs.push_back({OutputKind::Product, 1, "Sản phẩm", "Đơn vị ứng dụng"});
        task.outputs.push_back({OutputKind::Report, 1, "Báo cáo tổng hợp", "Sở Khoa học và Công nghệ"});
        task.state = StateOf(i);
        const CalendarDate start = CalendarDate::FromYmd(task.year, 4, 1);
        if (task.state != TaskState::Proposed && task.state != TaskState::Awarded) {
            task.contract_number = std::to_string(i) + "/HĐ";
            task.contract_signed_on = start;
            task.starts_on = start;
            task.ends_on = start.AddDays(540);
            task.envelope_id = 1;
        }
        task.created_by = "bench.officer";
        task.id = tx->Tasks().Insert(task);
        tx->Tasks().AppendTransition(
            {task.id, TaskState::Proposed, task.state, start, 0, "bench.officer", ""});
        for (int k = 1; k <= 3; ++k) {
            Milestone milestone;
            milestone.position = k;
            milestone.content = "Nội dung " + std::to_string(k);
            milestone.product = "Sản phẩm " + std::to_string(k);
            milestone.due_on = start.AddDays(150 * k);
            if (k == 1) {
                milestone.status = MilestoneStatus::Reported;
                milestone.reported_on = milestone.due_on;
                milestone.evidence = "Báo cáo";
            }
            tx->Tasks().InsertMilestone(task.id, milestone);
        }
        for (int k = 1; k <= 2; ++k) {
            Tranche tranche;
            tranche.number = k;
            tranche.amount = Money::Dong(400'000'000);
            tranche.due_on = start.AddDays(200 * k);
            if (k == 1) {
                tranche.status = TrancheStatus::Paid;
                tranche.paid_on = tranche.due_on;
                tranche.reference = "UNC " + std::to_string(i);
            }
            tranche.recorded_by = "bench.officer";
            tx->Tasks().InsertTranche(task.id, tranche);
        }
    }
    tx->Commit();
}

}  // namespace innodesk::bench
