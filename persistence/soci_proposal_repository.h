// The SOCI implementation of the proposals' repository (domain/pending_change.h); private to
// persistence/.
#pragma once

#include "domain/pending_change.h"

#include <soci/soci.h>

namespace innodesk::persistence {

class SociProposalRepository final : public domain::ProposalRepository {
public:
    explicit SociProposalRepository(soci::session& session) : m_session(session) {}
    std::int64_t Insert(const domain::Proposal& proposal) override;
    std::optional<domain::Proposal> FindById(std::int64_t id) override;
    std::vector<domain::Proposal> List(bool pending_only) override;
    void Decide(std::int64_t id, domain::ProposalStatus status, const std::string& decided_by,
                std::int64_t decided_at_unix) override;

private:
    std::vector<domain::Proposal> Select(const std::string& where, long long id);
    soci::session& m_session;
};

}  // namespace innodesk::persistence
