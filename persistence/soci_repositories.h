// The SOCI implementations of the domain's repository interfaces (private to persistence/).
#pragma once

#include "database_target.h"
#include "domain/admin_repositories.h"
#include "domain/audit.h"
#include "domain/duty_receipt_repository.h"
#include "domain/issued_report.h"
#include "domain/plan_repositories.h"
#include "domain/records_repositories.h"
#include "domain/repositories.h"
#include "domain/task_repositories.h"
#include "domain/work_item_progress_repository.h"

#include <soci/soci.h>

#include <memory>

namespace innodesk::persistence {

class SociEnterpriseRepository final : public domain::EnterpriseRepository {
public:
    SociEnterpriseRepository(soci::session& session, Backend backend);
    std::optional<domain::Enterprise> FindById(domain::EnterpriseId id) override;
    std::vector<domain::Enterprise> FindByIds(const std::vector<domain::EnterpriseId>& ids) override;
    std::optional<domain::Enterprise> FindByTaxCode(const domain::TaxCode& code) override;
    std::vector<domain::Enterprise> FindFamily(const domain::TaxCode& code) override;
    domain::EnterpriseId Insert(const domain::Enterprise& enterprise, const std::string& search_text,
                                const std::string& sort_key) override;
    void Update(const domain::Enterprise& enterprise, const std::string& search_text,
                const std::string& sort_key) override;
    std::vector<domain::Enterprise> Search(const domain::EnterpriseQuery& query) override;
    std::int64_t Count(const domain::EnterpriseFilter& filter) override;
    std::vector<domain::CommuneCount> Communes() override;
    void BeginBulkLoad() override;
    void FinishBulkLoad() override;
    std::vector<domain::Enterprise> ListAfter(domain::EnterpriseId after_id, std::size_t limit) override;
    void SetSearchColumns(domain::EnterpriseId id, const std::string& search_text,
                          const std::string& sort_key) override;
    ~SociEnterpriseRepository() override;

private:
    struct CachedStatements;  // prepared once per transaction: imports run them for every row
    CachedStatements& Cached();
    // SQLite's collation-ordered search index (see migrations.cpp).
    long long RankFor(const std::string& sort_key, long long id);
    void IndexRow(long long rank, const std::string& search_text);
    void UnindexRow(long long rank, const std::string& search_text);
    void RenumberRanks();
    bool m_bulk_load = false;

    soci::session& m_session;
    Backend m_backend;
    std::unique_ptr<CachedStatements> m_cached;
};

class SociProgrammeRepository final : public domain::ProgrammeRepository {
public:
    SociProgrammeRepository(soci::session& session, Backend backend)
        : m_session(session), m_backend(backend) {}
    domain::ProgrammeId Insert(const domain::Programme& programme) override;
    std::optional<domain::Programme> FindById(domain::ProgrammeId id) override;
    std::optional<domain::Programme> FindByCode(const std::string& code) override;
    std::vector<domain::Programme> List() override;
    domain::EnvelopeId InsertEnvelope(const domain::BudgetEnvelope& envelope) override;
    std::optional<domain::BudgetEnvelope> FindEnvelope(domain::EnvelopeId id) override;
    std::optional<domain::BudgetEnvelope> FindEnvelopeFor(domain::ProgrammeId programme, int year,
                                                          domain::SupportContent content) override;
    std::vector<domain::BudgetEnvelope> ListEnvelopes(domain::ProgrammeId programme) override;
    void LockEnvelope(domain::EnvelopeId id) override;
    domain::EnvelopeBalance Balance(domain::EnvelopeId envelope) override;
    void UpsertCap(const domain::SupportCap& cap) override;
    std::optional<domain::SupportCap> FindCap(domain::ProgrammeId programme,
                                              domain::SupportContent content) override;

private:
    std::vector<domain::BudgetEnvelope> SelectEnvelopes(const std::string& where, long long a, long long b,
                                                        const std::string& text);
    soci::session& m_session;
    Backend m_backend;
};

class SociApplicationRepository final : public domain::ApplicationRepository {
public:
    explicit SociApplicationRepository(soci::session& session) : m_session(session) {}
    domain::ApplicationId Insert(const domain::Application& application) override;
    std::optional<domain::Application> FindById(domain::ApplicationId id) override;
    void Update(const domain::Application& application) override;
    std::vector<domain::Application> List(const domain::ApplicationFilter& filter) override;
    void AppendTransition(const domain::ApplicationTransition& transition) override;
    std::vector<domain::ApplicationTransition> History(domain::ApplicationId id) override;
    domain::Money ApprovedForFamily(const std::string& family_key, domain::ProgrammeId programme, int year,
                                    domain::SupportContent content, domain::ApplicationId except) override;
    std::vector<domain::Application> ApprovedForFamilyList(const std::string& family_key, int year,
                                                           domain::SupportContent content) override;
    void RecordAmountChange(domain::ApplicationId id, domain::Money from, domain::Money to,
                            std::int64_t at_unix, const std::string& actor,
                            const std::string& reason) override;
    void InsertDisbursement(domain::ApplicationId id, domain::Money amount,
                            const domain::CalendarDate& paid_on, const std::string& reference,
                            const std::string& actor) override;
    domain::Money Disbursed(domain::ApplicationId id) override;
    std::vector<domain::Disbursement> Disbursements(domain::ApplicationId id) override;

private:
    std::vector<domain::Application> Select(const std::string& where_and_order,
                                            const std::vector<std::string>& texts,
                                            const std::vector<long long>& numbers);
    soci::session& m_session;
};

class SociDecisionRepository final : public domain::DecisionRepository {
public:
    explicit SociDecisionRepository(soci::session& session) : m_session(session) {}
    domain::DecisionId Insert(const domain::Decision& decision) override;
    std::optional<domain::Decision> FindById(domain::DecisionId id) override;
    std::optional<domain::Decision> FindByNumber(const std::string& number) override;
    std::vector<domain::Decision> List(const domain::DecisionFilter& filter) override;
    void MarkSigned(domain::DecisionId id, const std::string& signer_name,
                    const domain::DecisionSignature& signature) override;
    void DeleteDraft(domain::DecisionId id) override;
    std::vector<domain::DecisionId> ForApplication(domain::ApplicationId id) override;

private:
    soci::session& m_session;
};

class SociVoucherRepository final : public domain::VoucherRepository {
public:
    explicit SociVoucherRepository(soci::session& session) : m_session(session) {}
    domain::VoucherId Insert(const domain::Voucher& voucher) override;
    std::optional<domain::Voucher> FindById(domain::VoucherId id) override;
    std::optional<domain::Voucher> FindBySerial(const std::string& serial) override;
    void Update(const domain::Voucher& voucher) override;
    std::vector<domain::Voucher> List(const domain::VoucherFilter& filter) override;
    int CountForEnterpriseYear(domain::EnterpriseId enterprise, domain::ProgrammeId programme,
                               int year) override;
    bool HasDisqualifyingCancellation(const std::string& family_key, domain::ProgrammeId programme) override;
    std::int64_t NextSerialNumber(int year) override;
    domain::ProviderId InsertProvider(const domain::ServiceProvider& provider) override;
    std::optional<domain::ServiceProvider> FindProvider(domain::ProviderId id) override;
    std::vector<domain::ServiceProvider> ListProviders() override;

private:
    std::vector<domain::Voucher> Select(const std::string& where_and_order,
                                        const std::vector<std::string>& texts,
                                        const std::vector<long long>& numbers);
    soci::session& m_session;
};

class SociReviewRepository final : public domain::ReviewRepository {
public:
    explicit SociReviewRepository(soci::session& session) : m_session(session) {}
    std::vector<domain::ReviewCriterion> Criteria(domain::ProgrammeId programme) override;
    void ReplaceCriteria(domain::ProgrammeId programme,
                         const std::vector<domain::ReviewCriterion>& criteria) override;
    std::optional<int> OverallPassMark(domain::ProgrammeId programme) override;
    void SetOverallPassMark(domain::ProgrammeId programme, std::optional<int> percent) override;
    domain::ReviewId Insert(const domain::Review& review) override;
    std::optional<domain::Review> Find(domain::ApplicationId application,
                                       const std::string& reviewer) override;
    void Update(const domain::Review& review) override;
    std::vector<domain::Review> ForApplication(domain::ApplicationId application) override;
    std::vector<domain::Review> ForProgrammeYear(domain::ProgrammeId programme, int year) override;
    std::vector<domain::ReviewAssignment> Assignments(domain::ApplicationId application) override;
    void InsertAssignment(const domain::ReviewAssignment& assignment) override;
    void DeleteAssignment(domain::ApplicationId application, const std::string& reviewer) override;

private:
    void InsertScores(const domain::Review& review, long long review_id);
    soci::session& m_session;
};

class SociIpFilingRepository final : public domain::IpFilingRepository {
public:
    explicit SociIpFilingRepository(soci::session& session) : m_session(session) {}
    domain::IpFilingId Insert(const domain::IpFiling& filing) override;
    std::optional<domain::IpFiling> FindById(domain::IpFilingId id) override;
    std::optional<domain::IpFiling> FindByNumber(domain::IpRoute route, const std::string& country,
                                                 const std::string& application_number) override;
    void Update(const domain::IpFiling& filing) override;
    std::vector<domain::IpFiling> List(const domain::IpFilingFilter& filter) override;
    void AppendStatus(const domain::IpStatusChange& change) override;
    std::vector<domain::IpStatusChange> History(domain::IpFilingId id) override;

private:
    soci::session& m_session;
};

class SociTrainingRepository final : public domain::TrainingRepository {
public:
    explicit SociTrainingRepository(soci::session& session) : m_session(session) {}
    domain::TrainingEventId InsertEvent(const domain::TrainingEvent& event) override;
    std::optional<domain::TrainingEvent> FindEvent(domain::TrainingEventId id) override;
    std::vector<domain::EventSummary> ListEvents(const domain::EventFilter& filter) override;
    domain::AttendanceId InsertAttendance(const domain::Attendance& attendance) override;
    std::optional<domain::Attendance> FindAttendance(domain::TrainingEventId event,
                                                     const std::string& person_key) override;
    std::vector<domain::Attendance> Attendances(domain::TrainingEventId event) override;
    std::int64_t PersonTimes(const domain::TrainingScope& scope) override;
    std::int64_t TrainedEnterprises(const domain::TrainingScope& scope) override;

private:
    soci::session& m_session;
};

class SociOutcomeRepository final : public domain::OutcomeRepository {
public:
    explicit SociOutcomeRepository(soci::session& session) : m_session(session) {}
    domain::OutcomeId Insert(const domain::EnterpriseOutcome& outcome) override;
    std::vector<domain::EnterpriseOutcome> List(const domain::OutcomeFilter& filter) override;

private:
    soci::session& m_session;
};

class SociUserRepository final : public domain::UserRepository {
public:
    explicit SociUserRepository(soci::session& session) : m_session(session) {}
    domain::UserId Insert(const domain::User& user) override;
    std::optional<domain::User> FindById(domain::UserId id) override;
    std::optional<domain::User> FindByName(const std::string& name) override;
    std::vector<domain::User> List() override;
    void Update(const domain::User& user) override;
    std::int64_t Count() override;
    void BindCertificate(const domain::EnrolledCertificate& certificate) override;
    std::optional<domain::EnrolledCertificate> CurrentCertificate(domain::UserId user) override;
    std::vector<domain::EnrolledCertificate> FindCertificates(const std::string& fingerprint) override;

private:
    soci::session& m_session;
};

class SociAuditRepository final : public domain::AuditRepository {
public:
    // `hash` chains each appended entry to the one before (domain::AuditHashInput).
    SociAuditRepository(soci::session& session, Backend backend, const domain::HashFunction& hash)
        : m_session(session), m_backend(backend), m_hash(hash) {}
    domain::AuditEntry Append(domain::AuditEntry entry) override;
    std::vector<domain::AuditEntry> ListAfter(std::int64_t after_seq, std::size_t limit) override;
    std::vector<domain::AuditEntry> ForEntity(const std::string& entity, std::int64_t entity_id) override;
    std::vector<domain::AuditEntry> ForEntitySince(const std::string& entity, std::int64_t entity_id,
                                                   std::int64_t since_unix) override;
    std::optional<domain::AuditEntry> FindBySeq(std::int64_t seq) override;
    std::vector<domain::AuditEntry> Latest(std::size_t limit) override;

private:
    soci::session& m_session;
    Backend m_backend;
    const domain::HashFunction& m_hash;
    bool m_locked = false;
};

class SociSettingsRepository final : public domain::SettingsRepository {
public:
    explicit SociSettingsRepository(soci::session& session) : m_session(session) {}
    std::optional<std::string> Get(const std::string& key) override;
    void Put(const std::string& key, const std::string& value) override;
    std::int64_t InsertTrustItem(const domain::TrustItem& item) override;
    void DeleteTrustItem(std::int64_t id) override;
    std::vector<domain::TrustItem> ListTrustItems() override;

private:
    soci::session& m_session;
};

class SociPlanRepository final : public domain::PlanRepository {
public:
    explicit SociPlanRepository(soci::session& session) : m_session(session) {}
    domain::PlanId Replace(const domain::Plan& plan) override;
    std::optional<domain::Plan> Find(const std::string& code) override;
    std::vector<domain::Plan> List() override;
    void SaveIndicator(const domain::ManualIndicator& indicator) override;
    std::vector<domain::ManualIndicator> Indicators(const std::string& plan_code) override;

private:
    // The plan with `code`, or every plan when `code` is empty, with targets, reports and rubric.
    std::vector<domain::Plan> Select(const std::string& code);
    void LoadChildren(domain::Plan& plan);
    soci::session& m_session;
};

class SociWorkItemProgressRepository final : public domain::WorkItemProgressRepository {
public:
    explicit SociWorkItemProgressRepository(soci::session& session) : m_session(session) {}
    std::int64_t Add(const domain::WorkItemProgress& progress) override;
    std::vector<domain::WorkItemProgress> ForPlan(const std::string& plan_code) override;

private:
    soci::session& m_session;
};

class SociDutyReceiptRepository final : public domain::DutyReceiptRepository {
public:
    explicit SociDutyReceiptRepository(soci::session& session) : m_session(session) {}
    std::int64_t Add(const domain::DutyReceipt& receipt) override;
    std::vector<domain::DutyReceipt> ForPlan(const std::string& plan_code) override;

private:
    soci::session& m_session;
};

class SociIssuedReportRepository final : public domain::IssuedReportRepository {
public:
    explicit SociIssuedReportRepository(soci::session& session) : m_session(session) {}
    std::int64_t Add(const domain::IssuedReport& report) override;
    std::optional<domain::IssuedReport> Find(int year, const std::string& symbol, int number) override;
    std::vector<domain::IssuedReport> List(const std::string& plan_code) override;

private:
    soci::session& m_session;
};

class SociMetricRepository final : public domain::MetricRepository {
public:
    explicit SociMetricRepository(soci::session& session) : m_session(session) {}
    std::vector<domain::SupportFact> Supports(const domain::DateRange& range) override;
    std::vector<domain::OutcomeFact> Outcomes(const domain::DateRange& range) override;
    std::vector<domain::IpFact> IpFilings(const domain::DateRange& range) override;
    std::vector<domain::EventFact> Events(const domain::DateRange& range) override;
    std::int64_t TrainedEnterpriseCount(const domain::DateRange& range,
                                        std::optional<domain::EventKind> kind) override;
    std::vector<std::int64_t> TrainedEnterpriseIds(const domain::DateRange& range,
                                                   std::optional<domain::EventKind> kind,
                                                   std::size_t limit) override;
    std::vector<domain::VoucherFact> Vouchers(const domain::DateRange& range) override;
    std::vector<domain::VoucherFact> IssuedVouchersExpiring(const domain::DateRange& range,
                                                            std::size_t limit) override;
    std::vector<domain::ExpiryDay> IssuedVoucherExpiryDays(const domain::DateRange& range) override;
    domain::PastDue IssuedVouchersExpiredBefore(const domain::CalendarDate& date) override;
    std::vector<domain::ContractDue> OpenContractsEnding(const domain::DateRange& range,
                                                         std::size_t limit) override;
    domain::PastDue OpenContractsEndedBefore(const domain::CalendarDate& date) override;
    std::vector<domain::RegisterFact> RegisterHistory() override;
    std::vector<std::int64_t> EnterprisesOutside(const std::string& province) override;
    std::vector<domain::TaskFact> Tasks() override;
    std::optional<std::int64_t> ProgrammeIdByCode(const std::string& code) override;

private:
    std::vector<domain::VoucherFact> VoucherRows(const std::string& where,
                                                 const std::vector<std::string>& texts, long long limit);
    soci::session& m_session;
};

class SociOrganisationRepository final : public domain::OrganisationRepository {
public:
    explicit SociOrganisationRepository(soci::session& session) : m_session(session) {}
    domain::OrganisationId Insert(const domain::Organisation& organisation) override;
    std::optional<domain::Organisation> FindById(domain::OrganisationId id) override;
    std::optional<domain::Organisation> FindByName(const std::string& name) override;
    void Update(const domain::Organisation& organisation) override;
    std::vector<domain::Organisation> List() override;

private:
    soci::session& m_session;
};

class SociTaskRepository final : public domain::TaskRepository {
public:
    explicit SociTaskRepository(soci::session& session) : m_session(session) {}
    domain::TaskId Insert(const domain::Task& task) override;
    std::optional<domain::Task> FindById(domain::TaskId id) override;
    std::optional<domain::Task> FindByCode(const std::string& code) override;
    void Update(const domain::Task& task) override;
    std::vector<domain::TaskSummary> List(const domain::TaskFilter& filter) override;
    std::int64_t Count(const domain::TaskFilter& filter) override;
    void AppendTransition(const domain::TaskTransition& transition) override;
    std::vector<domain::TaskTransition> History(domain::TaskId id) override;
    std::vector<domain::Milestone> Milestones(domain::TaskId id) override;
    void InsertMilestone(domain::TaskId id, const domain::Milestone& milestone) override;
    void UpdateMilestone(domain::TaskId id, const domain::Milestone& milestone) override;
    std::vector<domain::Tranche> Tranches(domain::TaskId id) override;
    void InsertTranche(domain::TaskId id, const domain::Tranche& tranche) override;
    void UpdateTranche(domain::TaskId id, const domain::Tranche& tranche) override;
    std::vector<domain::TaskUse> Uses(domain::TaskId id) override;
    std::int64_t InsertUse(domain::TaskId id, const domain::TaskUse& use) override;
    std::vector<domain::TaskExtension> Extensions(domain::TaskId id) override;
    void InsertExtension(domain::TaskId id, const domain::TaskExtension& extension) override;
    void LinkApplication(domain::TaskId id, domain::ApplicationId application) override;
    void UnlinkApplication(domain::TaskId id, domain::ApplicationId application) override;
    std::vector<domain::ApplicationId> LinkedApplications(domain::TaskId id) override;
    std::optional<domain::TaskId> TaskOfApplication(domain::ApplicationId application) override;
    std::vector<domain::TaskDue> OpenMilestonesDue(const domain::DateRange& range,
                                                   std::size_t limit) override;
    domain::PastDue OpenMilestonesDueBefore(const domain::CalendarDate& date) override;
    std::vector<domain::TaskDue> ContractsEnding(const domain::DateRange& range, std::size_t limit) override;
    domain::PastDue ContractsEndedBefore(const domain::CalendarDate& date) override;
    std::vector<domain::FollowedTask> FollowedTasks() override;

private:
    soci::session& m_session;
};

}  // namespace innodesk::persistence
