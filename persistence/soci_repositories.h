// The SOCI implementations of the domain's repository interfaces (private to persistence/).
#pragma once

#include "database_target.h"
#include "domain/repositories.h"

#include <soci/soci.h>

namespace innodesk::persistence {

class SociEnterpriseRepository final : public domain::EnterpriseRepository {
public:
    SociEnterpriseRepository(soci::session& session, Backend backend) : m_session(session), m_backend(backend) {}
    std::optional<domain::Enterprise> FindById(domain::EnterpriseId id) override;
    std::optional<domain::Enterprise> FindByTaxCode(const domain::TaxCode& code) override;
    std::vector<domain::Enterprise> FindFamily(const domain::TaxCode& code) override;
    domain::EnterpriseId Insert(const domain::Enterprise& enterprise, const std::string& search_text,
                                const std::string& sort_key) override;
    void Update(const domain::Enterprise& enterprise, const std::string& search_text,
                const std::string& sort_key) override;
    std::vector<domain::Enterprise> Search(const domain::EnterpriseQuery& query) override;
    std::int64_t Count() override;

private:
    soci::session& m_session;
    Backend m_backend;
};

class SociProgrammeRepository final : public domain::ProgrammeRepository {
public:
    SociProgrammeRepository(soci::session& session, Backend backend) : m_session(session), m_backend(backend) {}
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
    std::optional<domain::SupportCap> FindCap(domain::ProgrammeId programme, domain::SupportContent content) override;

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
    void RecordAmountChange(domain::ApplicationId id, domain::Money from, domain::Money to, std::int64_t at_unix,
                            const std::string& actor, const std::string& reason) override;
    void InsertDisbursement(domain::ApplicationId id, domain::Money amount, const domain::CalendarDate& paid_on,
                            const std::string& reference, const std::string& actor) override;
    domain::Money Disbursed(domain::ApplicationId id) override;

private:
    std::vector<domain::Application> Select(const std::string& where_and_order, const std::vector<std::string>& texts,
                                            const std::vector<long long>& numbers);
    soci::session& m_session;
};

class SociDecisionRepository final : public domain::DecisionRepository {
public:
    explicit SociDecisionRepository(soci::session& session) : m_session(session) {}
    domain::DecisionId Insert(const domain::Decision& decision) override;
    std::optional<domain::Decision> FindById(domain::DecisionId id) override;
    std::optional<domain::Decision> FindByNumber(const std::string& number) override;

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
    int CountForEnterpriseYear(domain::EnterpriseId enterprise, domain::ProgrammeId programme, int year) override;
    bool HasDisqualifyingCancellation(const std::string& family_key, domain::ProgrammeId programme) override;
    std::int64_t NextSerialNumber(int year) override;
    domain::ProviderId InsertProvider(const domain::ServiceProvider& provider) override;
    std::optional<domain::ServiceProvider> FindProvider(domain::ProviderId id) override;
    std::vector<domain::ServiceProvider> ListProviders() override;

private:
    std::vector<domain::Voucher> Select(const std::string& where_and_order, const std::vector<std::string>& texts,
                                        const std::vector<long long>& numbers);
    soci::session& m_session;
};

}  // namespace innodesk::persistence
