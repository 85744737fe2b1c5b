// Enterprises read once per list: many rows of a list name the same enterprise.
#pragma once

#include "session.h"

#include "domain/enterprise_service.h"

#include <map>

namespace innodesk::gui {

class EnterpriseCache {
public:
    explicit EnterpriseCache(Session& session) : m_service(*session.store, session.text) {}
    const domain::Enterprise& Get(domain::EnterpriseId id) {
        auto found = m_known.find(id);
        if (found == m_known.end()) found = m_known.emplace(id, m_service.Get(id)).first;
        return found->second;
    }

private:
    domain::EnterpriseService m_service;
    std::map<domain::EnterpriseId, domain::Enterprise> m_known;
};

}  // namespace innodesk::gui
