// Enterprises read once per list: many rows of a list name the same enterprise, and a list of
// thousands reads them all in one go (Preload) rather than one query each.
#pragma once

#include "app/workspace.h"
#include "domain/enterprise_service.h"

#include <algorithm>
#include <map>
#include <optional>
#include <vector>

namespace innodesk::gui {

class EnterpriseCache {
public:
    explicit EnterpriseCache(app::Workspace& session) : m_service(session.Enterprises()) {}
    // The enterprises `enterprise_of` names for each of `records` (an id, or an optional id).
    template <typename Records, typename EnterpriseOf>
    void Preload(const Records& records, EnterpriseOf enterprise_of) {
        std::vector<domain::EnterpriseId> unknown;
        for (const auto& record : records) {
            const std::optional<domain::EnterpriseId> id = enterprise_of(record);
            if (id && *id != 0 && !m_known.count(*id)) unknown.push_back(*id);
        }
        std::sort(unknown.begin(), unknown.end());
        unknown.erase(std::unique(unknown.begin(), unknown.end()), unknown.end());
        for (auto& e : m_service.GetMany(unknown)) m_known.emplace(e.id, std::move(e));
    }
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
