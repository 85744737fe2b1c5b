// Opening a database safely (check before write, migrate with a copy first) and handing out
// transactions over it.
#include "soci_store.h"

#include "domain/errors.h"
#include "domain/utf8_path.h"
#include "migrations.h"
#include "postgres_connection.h"
#include "soci_issue_repository.h"
#include "soci_proposal_repository.h"
#include "soci_repositories.h"
#include "sql_transaction.h"
#include "sqlite_file.h"
#include "sqlite_integrity_check.h"
#include "storage_errors.h"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <chrono>
#include <memory>
#include <system_error>

namespace innodesk::persistence {
namespace {

using domain::DomainError;
using domain::ErrorCode;
// SOCI's SQLite header declares the SQLite C API inside this namespace.
using namespace sqlite_api;

class SociTransaction final : public domain::Transaction,
                              public domain::ProposalSource,
                              public domain::IssueSource {
public:
    SociTransaction(soci::session& session, Backend backend, domain::TransactionMode mode, int& depth,
                    const domain::HashFunction& audit_hash)
        : m_transaction(session, backend,
                        mode == domain::TransactionMode::Write ? SqlTransaction::Mode::Write
                                                               : SqlTransaction::Mode::Read,
                        depth),
          m_enterprises(session, backend),
          m_programmes(session, backend),
          m_applications(session),
          m_decisions(session),
          m_vouchers(session),
          m_reviews(session),
          m_ip_filings(session),
          m_training(session),
          m_outcomes(session),
          m_users(session),
          m_audit(session, backend, audit_hash),
          m_settings(session),
          m_plans(session),
          m_metrics(session),
          m_tasks(session),
          m_organisations(session),
          m_work_item_progress(session),
          m_duty_receipts(session),
          m_issued_reports(session),
          m_proposals(session),
          m_issues(session) {}

    domain::EnterpriseRepository& Enterprises() override { return m_enterprises; }
    domain::ProgrammeRepository& Programmes() override { return m_programmes; }
    domain::ApplicationRepository& Applications() override { return m_applications; }
    domain::DecisionRepository& Decisions() override { return m_decisions; }
    domain::VoucherRepository& Vouchers() override { return m_vouchers; }
    domain::ReviewRepository& Reviews() override { return m_reviews; }
    domain::IpFilingRepository& IpFilings() override { return m_ip_filings; }
    domain::TrainingRepository& Training() override { return m_training; }
    domain::OutcomeRepository& Outcomes() override { return m_outcomes; }
    domain::UserRepository& Users() override { return m_users; }
    domain::AuditRepository& Audit() override { return m_audit; }
    domain::SettingsRepository& Settings() override { return m_settings; }
    domain::PlanRepository& Plans() override { return m_plans; }
    domain::MetricRepository& Metrics() override { return m_metrics; }
    domain::TaskRepository& Tasks() override { return m_tasks; }
    domain::OrganisationRepository& Organisations() override { return m_organisations; }
    domain::WorkItemProgressRepository& WorkItemProgress() override { return m_work_item_progress; }
    domain::DutyReceiptRepository& DutyReceipts() override { return m_duty_receipts; }
    domain::IssuedReportRepository& IssuedReports() override { return m_issued_reports; }
    domain::ProposalRepository& Proposals() override { return m_proposals; }
    domain::IssueRepository& Issues() override { return m_issues; }
    void Commit() override {
        Guarded("lưu thay đổi", "commit the change", [&] { m_transaction.Commit(); });
    }

private:
    SqlTransaction m_transaction;
    SociEnterpriseRepository m_enterprises;
    SociProgrammeRepository m_programmes;
    SociApplicationRepository m_applications;
    SociDecisionRepository m_decisions;
    SociVoucherRepository m_vouchers;
    SociReviewRepository m_reviews;
    SociIpFilingRepository m_ip_filings;
    SociTrainingRepository m_training;
    SociOutcomeRepository m_outcomes;
    SociUserRepository m_users;
    SociAuditRepository m_audit;
    SociSettingsRepository m_settings;
    SociPlanRepository m_plans;
    SociMetricRepository m_metrics;
    SociTaskRepository m_tasks;
    SociOrganisationRepository m_organisations;
    SociWorkItemProgressRepository m_work_item_progress;
    SociDutyReceiptRepository m_duty_receipts;
    SociIssuedReportRepository m_issued_reports;
    SociProposalRepository m_proposals;
    SociIssueRepository m_issues;
};

sqlite3* RawHandle(soci::session& session) {
    return static_cast<soci::sqlite3_session_backend*>(session.get_backend())->conn_;
}

// Copies `source` into a new SQLite file at `destination`, page by page, through the online
// backup API; the partial copy is removed when anything fails.
void SqliteCopy(sqlite3* source, const std::filesystem::path& destination) {
    const std::filesystem::path partial = domain::PathFromUtf8(domain::Utf8Of(destination) + ".partial");
    auto fail = [&](const std::string& why) {
        std::filesystem::remove(partial);
        throw DomainError(ErrorCode::Storage,
                          {"Không sao lưu được vào " + domain::Utf8Of(destination) + ": " + why +
                               ". Kiểm tra thư mục đích và dung lượng đĩa.",
                           "Cannot back up to " + domain::Utf8Of(destination) + ": " + why +
                               ". Check the destination folder and free disk space."});
    };
    std::filesystem::remove(partial);
    std::error_code folder_error;
    if (destination.has_parent_path())
        std::filesystem::create_directories(destination.parent_path(), folder_error);
    if (folder_error) fail(folder_error.message());
    CreatePrivateFile(partial);  // the copy holds every password hash: 0600, like the database
    sqlite3* raw_target = nullptr;
    const int opened = sqlite3_open_v2(domain::Utf8Of(std::filesystem::absolute(partial)).c_str(),
                                       &raw_target, SQLITE_OPEN_READWRITE, nullptr);
    const std::unique_ptr<sqlite3, int (*)(sqlite3*)> target(raw_target, &sqlite3_close);
    if (opened != SQLITE_OK) fail(sqlite3_errmsg(target.get()));
    sqlite3_backup* backup = sqlite3_backup_init(target.get(), "main", source, "main");
    if (!backup) fail(sqlite3_errmsg(target.get()));
    int step = SQLITE_OK;
    do {
        step = sqlite3_backup_step(backup, 256);
        if (step == SQLITE_BUSY || step == SQLITE_LOCKED) sqlite3_sleep(20);
    } while (step == SQLITE_OK || step == SQLITE_BUSY || step == SQLITE_LOCKED);
    const int finished = sqlite3_backup_finish(backup);
    if (step != SQLITE_DONE || finished != SQLITE_OK)
        fail(sqlite3_errstr(step != SQLITE_DONE ? step : finished));
    std::error_code rename_error;
    std::filesystem::rename(partial, destination, rename_error);
    if (rename_error) fail(rename_error.message());
}

void RefuseDamagedFile(const std::string& verdict, const std::string& path) {
    if (verdict != "ok")
        throw DomainError(ErrorCode::DatabaseDamaged,
                          {"Tệp cơ sở dữ liệu " + path + " bị hỏng (" + verdict +
                               "). InnoDesk không ghi vào tệp này. Khôi phục từ bản sao lưu gần nhất.",
                           "The database file " + path + " is damaged (" + verdict +
                               "). InnoDesk will not write to it. Restore the latest backup."});
}

}  // namespace

SociStore::SociStore(DatabaseTarget target, domain::HashFunction audit_hash)
    : m_target(std::move(target)), m_audit_hash(std::move(audit_hash)) {}
SociStore::~SociStore() = default;

std::unique_ptr<DatabaseStore> OpenStore(const DatabaseTarget& target, OpenMode mode,
                                         domain::HashFunction audit_hash) {
    return SociStore::Open(target, mode, std::move(audit_hash));
}

std::unique_ptr<SociStore> SociStore::Open(const DatabaseTarget& target, OpenMode mode,
                                           domain::HashFunction audit_hash) try {
    if (!audit_hash) throw std::invalid_argument("SociStore::Open needs the audit trail's hash function");
    // private constructor: make_unique cannot reach it
    std::unique_ptr<SociStore> store(new SociStore(target, std::move(audit_hash)));
    soci::session& session = store->m_session;
    if (target.backend == Backend::Sqlite) {
        const std::filesystem::path path = domain::PathFromUtf8(target.location);
        std::error_code exists_error;
        const bool exists = std::filesystem::exists(path, exists_error);
        if (!exists && mode == OpenMode::MustExist)
            throw DomainError(ErrorCode::NotFound,
                              {"Không có cơ sở dữ liệu tại " + target.location +
                                   ". Tạo mới bằng 'innodesk-cli init' hoặc chỉ đúng tệp bằng --db.",
                               "There is no database at " + target.location +
                                   ". Create one with 'innodesk-cli init' or point --db at the right file."});
        if (!exists) {
            if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path());
            CreatePrivateFile(path);  // SQLite takes an empty file for a new database
        }
        Guarded("mở cơ sở dữ liệu " + target.location, "open the database " + target.location,
                [&] { OpenSqliteFile(session, path); });
        // The file is checked beside the reading, and must pass before anything is written.
        store->m_integrity = std::make_unique<SqliteIntegrityCheck>(target.location);
        Guarded("cấu hình SQLite", "configure SQLite", [&] {
            std::string journal_mode;
            session << "PRAGMA journal_mode", soci::into(journal_mode);
            if (journal_mode != "wal") {  // switching writes the file's header
                store->RequireIntactBeforeWriting();
                session << "PRAGMA journal_mode = WAL";
            }
            session << "PRAGMA foreign_keys = ON";
            session << "PRAGMA synchronous = FULL";
            session << "PRAGMA busy_timeout = 10000";
            // Up to 64 MiB of pages in memory (SQLite's default is 2 MiB): a province's archive
            // then fits, and a large transaction does not spill pages to disk and read them back.
            session << "PRAGMA cache_size = -65536";
        });
    } else {
        Guarded("kết nối máy chủ PostgreSQL", "connect to the PostgreSQL server", [&] {
            try {
                session.open(soci::postgresql, PostgresConnectionString(target.location));
            } catch (const soci::soci_error& error) {
                // The server refused the login role (a user signs in as their own, see
                // postgres_login.h): said as InnoDesk's own sign-in says it, whatever the reason.
                const std::string what = error.what();
                if (what.find("password authentication failed") != std::string::npos ||
                    what.find("is not permitted to log in") != std::string::npos ||
                    what.find("no password supplied") != std::string::npos)
                    throw domain::DomainError(
                        domain::ErrorCode::SignInFailed,
                        {"Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đã bị khóa (máy chủ "
                         "PostgreSQL từ chối đăng nhập).",
                         "Wrong user name or password, or the account is disabled (the PostgreSQL server "
                         "refused the sign-in)."},
                        "user");
                throw;
            }
        });
    }

    if (ReadSchemaVersion(session, target.backend) < kSchemaVersion) store->RequireIntactBeforeWriting();
    Migrate(session, target.backend, [&](int from_version) {
        if (target.backend != Backend::Sqlite) return;  // PostgreSQL: the administrator's pg_dump, see docs
        const auto stamp = std::chrono::duration_cast<std::chrono::seconds>(
                               std::chrono::system_clock::now().time_since_epoch())
                               .count();
        store->BackupTo(target.location + ".v" + std::to_string(from_version) + "-" + std::to_string(stamp) +
                        ".bak");
    });
    return store;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, "mở cơ sở dữ liệu " + target.Describe(),
                      "open the database " + target.Describe());
}

void SociStore::RequireIntactBeforeWriting() {
    if (!m_integrity) return;
    RefuseDamagedFile(m_integrity->Verdict(), m_target.location);
    m_integrity.reset();  // checked once per opening
}

std::unique_ptr<domain::Transaction> SociStore::Begin(domain::TransactionMode mode) {
    if (mode == domain::TransactionMode::Write) RequireIntactBeforeWriting();
    return Guarded("bắt đầu giao dịch", "begin a transaction", [&]() -> std::unique_ptr<domain::Transaction> {
        return std::make_unique<SociTransaction>(m_session, m_target.backend, mode, m_transaction_depth,
                                                 m_audit_hash);
    });
}

int SociStore::SchemaVersion() {
    return Guarded("đọc phiên bản lược đồ", "read the schema version",
                   [&] { return ReadSchemaVersion(m_session, m_target.backend); });
}

void SociStore::BackupTo(const std::filesystem::path& destination) {
    if (m_target.backend != Backend::Sqlite)
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Sao lưu cơ sở dữ liệu PostgreSQL bằng pg_dump của quản trị viên (xem docs/DATABASE.md).",
             "Back up a PostgreSQL database with the administrator's pg_dump (see docs/DATABASE.md)."});
    SqliteCopy(RawHandle(m_session), destination);
}

}  // namespace innodesk::persistence
