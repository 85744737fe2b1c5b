// Registering, changing and finding enterprises.
#pragma once

#include "actor.h"
#include "enterprise.h"
#include "progress.h"
#include "repositories.h"
#include "store.h"
#include "text_rules.h"

#include <string>
#include <vector>

namespace innodesk::domain {

class EnterpriseService {
public:
    // `clock` dates the register's flags (DateRegisterFlags).
    EnterpriseService(Store& store, const TextRules& text, const Clock& clock = MachineClock())
        : m_store(store), m_text(text), m_clock(clock) {}

    // Validates, refuses a tax code already registered, stores; returns the stored record.
    Enterprise Register(Enterprise enterprise, const Actor& actor);
    // Version-checked: throws Conflict when someone else changed it since `enterprise.version`.
    Enterprise Update(Enterprise enterprise, const Actor& actor);
    Enterprise Get(EnterpriseId id);
    // Those of `ids` that exist, read together, in no particular order.
    std::vector<Enterprise> GetMany(const std::vector<EnterpriseId>& ids);
    Enterprise GetByTaxCode(const std::string& tax_code);
    // Case-, diacritics- and tone-placement-insensitive; Vietnamese collation order.
    std::vector<Enterprise> Search(const std::string& query, std::size_t limit = 50, std::size_t offset = 0);
    // The same, among the enterprises the filter keeps; an empty query lists them all.
    std::vector<Enterprise> Search(const std::string& query, const EnterpriseFilter& filter,
                                   std::size_t limit, std::size_t offset = 0);
    // The parent, its branches, or the other records that share the same personal ID.
    std::vector<Enterprise> Family(const std::string& tax_code);
    std::int64_t Count(const EnterpriseFilter& filter = {});
    // The communes enterprises are registered in, in Vietnamese collation order, for a filter.
    std::vector<CommuneCount> Communes();
    // Recomputes every enterprise's search text and collation key from its fields and rebuilds
    // the search index, in one transaction: for after an upgrade of the text rules, or after
    // rows were edited by SQL outside InnoDesk. Returns how many enterprises were indexed.
    std::size_t RebuildSearchIndex(const Actor& actor, ProgressObserver* progress = nullptr);

private:
    Store& m_store;
    const TextRules& m_text;
    const Clock& m_clock;
};

}  // namespace innodesk::domain
