// What the domain needs from storage, one interface per aggregate. Implemented in persistence/.
// Every method runs inside the Transaction it was obtained from.
#pragma once

#include "application.h"
#include "decision.h"
#include "enterprise.h"
#include "programme.h"
#include "voucher.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace innodesk::domain {

// Narrows a list of enterprises; a field left empty narrows nothing.
struct EnterpriseFilter {
    std::string commune;         // exactly as recorded (NFC), e.g. "Phường Nha Trang"
    std::optional<char> sector;  // a VSIC 2018 section letter (vsic_section.h)
    bool Empty() const { return commune.empty() && !sector; }
};

// A commune as the enterprises record it, with how many are registered there.
struct CommuneCount {
    std::string commune;
    std::int64_t enterprises = 0;
};

struct EnterpriseQuery {
    std::string folded_terms;  // already folded by TextRules::SearchFold; empty = everything
    EnterpriseFilter filter;
    std::size_t limit = 50;
    std::size_t offset = 0;
};

class EnterpriseRepository {
public:
    virtual ~EnterpriseRepository() = default;
    virtual std::optional<Enterprise> FindById(EnterpriseId id) = 0;
    // Those of `ids` that exist, in no particular order: for lists that name many at once.
    virtual std::vector<Enterprise> FindByIds(const std::vector<EnterpriseId>& ids) = 0;
    virtual std::optional<Enterprise> FindByTaxCode(const TaxCode& code) = 0;
    // The enterprise itself, its parent and its branches: all that share the first 10 digits.
    virtual std::vector<Enterprise> FindFamily(const TaxCode& code) = 0;
    // Stores a new enterprise (version 1) and returns its id. `search_text` and `sort_key` come
    // from TextRules so that storage needs no text library of its own.
    virtual EnterpriseId Insert(const Enterprise& enterprise, const std::string& search_text,
                                const std::string& sort_key) = 0;
    // Updates when the stored version equals enterprise.version, bumping it; otherwise throws
    // Conflict and changes nothing.
    virtual void Update(const Enterprise& enterprise, const std::string& search_text,
                        const std::string& sort_key) = 0;
    // Matches every folded term as a word prefix; results in Vietnamese collation order.
    virtual std::vector<Enterprise> Search(const EnterpriseQuery& query) = 0;
    // For loading many rows at once: the search index is brought up to date once, by
    // FinishBulkLoad (which must run before the transaction commits), instead of per row.
    virtual void BeginBulkLoad() = 0;
    virtual void FinishBulkLoad() = 0;
    // For rebuilding the search columns: enterprises in id order, after `after_id`.
    virtual std::vector<Enterprise> ListAfter(EnterpriseId after_id, std::size_t limit) = 0;
    virtual void SetSearchColumns(EnterpriseId id, const std::string& search_text,
                                  const std::string& sort_key) = 0;
    virtual std::int64_t Count(const EnterpriseFilter& filter) = 0;
    // Every commune recorded on an enterprise (none for the empty one), in no particular order.
    virtual std::vector<CommuneCount> Communes() = 0;
};

class ProgrammeRepository {
public:
    virtual ~ProgrammeRepository() = default;
    virtual ProgrammeId Insert(const Programme& programme) = 0;
    virtual std::optional<Programme> FindById(ProgrammeId id) = 0;
    virtual std::optional<Programme> FindByCode(const std::string& code) = 0;
    virtual std::vector<Programme> List() = 0;
    virtual EnvelopeId InsertEnvelope(const BudgetEnvelope& envelope) = 0;
    virtual std::optional<BudgetEnvelope> FindEnvelope(EnvelopeId id) = 0;
    virtual std::optional<BudgetEnvelope> FindEnvelopeFor(ProgrammeId programme, int year,
                                                          SupportContent content) = 0;
    virtual std::vector<BudgetEnvelope> ListEnvelopes(ProgrammeId programme) = 0;
    // Holds the envelope against concurrent commitments until the transaction ends, so that two
    // officers approving at once cannot overdraw it together.
    virtual void LockEnvelope(EnvelopeId id) = 0;
    virtual EnvelopeBalance Balance(EnvelopeId envelope) = 0;
    virtual void UpsertCap(const SupportCap& cap) = 0;
    virtual std::optional<SupportCap> FindCap(ProgrammeId programme, SupportContent content) = 0;
};

struct ApplicationFilter {
    std::optional<ProgrammeId> programme_id;
    std::optional<EnterpriseId> enterprise_id;
    std::optional<ApplicationState> state;
    std::optional<int> year;
    std::optional<SupportContent> content;
    std::size_t limit = 200;
};

class ApplicationRepository {
public:
    virtual ~ApplicationRepository() = default;
    virtual ApplicationId Insert(const Application& application) = 0;
    virtual std::optional<Application> FindById(ApplicationId id) = 0;
    // Version-checked like EnterpriseRepository::Update.
    virtual void Update(const Application& application) = 0;
    virtual std::vector<Application> List(const ApplicationFilter& filter) = 0;
    virtual void AppendTransition(const ApplicationTransition& transition) = 0;
    virtual std::vector<ApplicationTransition> History(ApplicationId id) = 0;
    // Sum of the current approved amounts of the enterprise family's applications that hold a
    // commitment, for one programme, year and content; `except` is left out.
    virtual Money ApprovedForFamily(const std::string& family_key, ProgrammeId programme, int year,
                                    SupportContent content, ApplicationId except) = 0;
    virtual std::vector<Application> ApprovedForFamilyList(const std::string& family_key, int year,
                                                           SupportContent content) = 0;
    virtual void RecordAmountChange(ApplicationId id, Money from, Money to, std::int64_t at_unix,
                                    const std::string& actor, const std::string& reason) = 0;
    virtual void InsertDisbursement(ApplicationId id, Money amount, const CalendarDate& paid_on,
                                    const std::string& reference, const std::string& actor) = 0;
    virtual Money Disbursed(ApplicationId id) = 0;
    // The application's payments, oldest first (by payment date, then as recorded).
    virtual std::vector<Disbursement> Disbursements(ApplicationId id) = 0;
};

class DecisionRepository {
public:
    virtual ~DecisionRepository() = default;
    virtual DecisionId Insert(const Decision& decision) = 0;
    virtual std::optional<Decision> FindById(DecisionId id) = 0;
    virtual std::optional<Decision> FindByNumber(const std::string& number) = 0;
    virtual std::vector<Decision> List(const DecisionFilter& filter) = 0;  // newest first
    // Stores the signature and the signer's name as printed (the signing account's), and marks the
    // decision signed, only if it is still a draft; otherwise throws Conflict and changes nothing.
    virtual void MarkSigned(DecisionId id, const std::string& signer_name,
                            const DecisionSignature& signature) = 0;
    // Removes a draft and its items; Conflict when it is no longer a draft.
    virtual void DeleteDraft(DecisionId id) = 0;
    // Decisions that cover the application, oldest first.
    virtual std::vector<DecisionId> ForApplication(ApplicationId id) = 0;
};

struct VoucherFilter {
    std::optional<EnterpriseId> enterprise_id;
    std::optional<VoucherState> state;
    std::optional<int> year;
    std::size_t limit = 200;
};

class VoucherRepository {
public:
    virtual ~VoucherRepository() = default;
    virtual VoucherId Insert(const Voucher& voucher) = 0;
    virtual std::optional<Voucher> FindById(VoucherId id) = 0;
    virtual std::optional<Voucher> FindBySerial(const std::string& serial) = 0;
    virtual void Update(const Voucher& voucher) = 0;  // version-checked
    virtual std::vector<Voucher> List(const VoucherFilter& filter) = 0;
    virtual int CountForEnterpriseYear(EnterpriseId enterprise, ProgrammeId programme, int year) = 0;
    // Whether the enterprise family had a voucher cancelled for a reason that bars a new one.
    virtual bool HasDisqualifyingCancellation(const std::string& family_key, ProgrammeId programme) = 0;
    virtual std::int64_t NextSerialNumber(int year) = 0;
    virtual ProviderId InsertProvider(const ServiceProvider& provider) = 0;
    virtual std::optional<ServiceProvider> FindProvider(ProviderId id) = 0;
    virtual std::vector<ServiceProvider> ListProviders() = 0;
};

}  // namespace innodesk::domain
