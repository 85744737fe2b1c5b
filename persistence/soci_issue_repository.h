// The SOCI implementation of the clerk's register, issues and stored PDFs
// (domain/issue_repository.h); private to persistence/.
#pragma once

#include "domain/issue_repository.h"

#include <soci/soci.h>

namespace innodesk::persistence {

class SociIssueRepository final : public domain::IssueRepository {
public:
    explicit SociIssueRepository(soci::session& session) : m_session(session) {}
    std::int64_t LastSequence(const std::string& kind, int year) override;
    std::optional<domain::DocumentNumber> FindNumber(const std::string& number, int year) override;
    std::optional<domain::DocumentNumber> FindSequence(const std::string& kind, int year,
                                                       std::int64_t sequence) override;
    void RegisterNumber(const domain::DocumentNumber& number) override;
    void RecordIssue(domain::DecisionId id, const domain::DecisionIssue& issue) override;
    void PutDocument(const domain::StoredDocument& document) override;
    std::optional<domain::StoredDocument> GetDocument(domain::DecisionId id,
                                                      domain::DocumentStage stage) override;

private:
    std::optional<domain::DocumentNumber> Select(const std::string& where, const std::string& text, int year,
                                                 long long sequence);
    soci::session& m_session;
};

// The issue of decision `id`, when a clerk issued it; for the decision repository's reads.
std::optional<domain::DecisionIssue> ReadDecisionIssue(soci::session& session, long long id);

}  // namespace innodesk::persistence
