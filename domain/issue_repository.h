// What the records clerk's (văn thư) issue of a decision keeps: the number register (numbers unique
// per document kind and year, never reused), the issue record on a decision, and the decision's PDF
// at each stage. A port of its own beside Transaction, as proposals are (pending_change.h).
#pragma once

#include "calendar_date.h"
#include "decision.h"
#include "enum_table.h"
#include "store.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace innodesk::domain {

// One registered number. Exactly one of decision_id and issued_report_id is set.
struct DocumentNumber {
    std::string kind;  // the register: "QĐ" for decisions
    int year = 0;      // the year of issued_on: sequences restart each year
    std::int64_t sequence = 0;
    std::string number;  // "126/QĐ-SKHCN"
    std::optional<DecisionId> decision_id;
    std::optional<std::int64_t> issued_report_id;
    CalendarDate issued_on;
    std::string clerk_user;
    std::int64_t issued_at_unix = 0;
};

// Which PDF of a decision: the one the approver signed, or the one the clerk issued (numbered,
// dated and sealed).
enum class DocumentStage { Approver, Issued };
std::span<const EnumEntry<DocumentStage>> DocumentStages();

struct StoredDocument {
    DecisionId decision_id = 0;
    DocumentStage stage = DocumentStage::Approver;
    std::vector<std::uint8_t> pdf;
    std::string sha256;  // lower-case hex of pdf
    std::int64_t created_at_unix = 0;
};

class IssueRepository {
public:
    virtual ~IssueRepository() = default;
    // The highest sequence registered for the kind and year; 0 when none.
    virtual std::int64_t LastSequence(const std::string& kind, int year) = 0;
    // The registration of `number` in `year`, or of the kind's `sequence` in `year`.
    virtual std::optional<DocumentNumber> FindNumber(const std::string& number, int year) = 0;
    virtual std::optional<DocumentNumber> FindSequence(const std::string& kind, int year,
                                                       std::int64_t sequence) = 0;
    // Registers a number; Duplicate when the kind's sequence or the number is taken that year.
    virtual void RegisterNumber(const DocumentNumber& number) = 0;
    // Records the issue of a signed decision; Conflict when it was issued already.
    virtual void RecordIssue(DecisionId id, const DecisionIssue& issue) = 0;
    // Keeps a decision's PDF at a stage; Conflict when that stage has one already (never replaced).
    virtual void PutDocument(const StoredDocument& document) = 0;
    virtual std::optional<StoredDocument> GetDocument(DecisionId id, DocumentStage stage) = 0;
};

class IssueSource {
public:
    virtual ~IssueSource() = default;
    virtual IssueRepository& Issues() = 0;
};

// The transaction's issue register; throws Storage when the store keeps none.
IssueRepository& IssuesOf(Transaction& tx);

}  // namespace innodesk::domain
