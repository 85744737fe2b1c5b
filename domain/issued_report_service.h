// Issuing reports as records: numbered per year and symbol, never twice, audited (issued_report.h).
#pragma once

#include "actor.h"
#include "issued_report.h"
#include "store.h"

namespace innodesk::domain {

class IssuedReportService {
public:
    IssuedReportService(Store& store, const Clock& clock) : m_store(store), m_clock(clock) {}
    // Officers and administrators. Refuses a number below 1, an empty symbol, signer, difficulties
    // or proposals, a date after today, an unknown plan, and a number already issued that year
    // under the symbol (naming the report that has it). Stored and audited as "report.issue" in
    // one transaction; `report.id`, issued_by and issued_at are set here.
    IssuedReport Issue(IssuedReport report, const Actor& actor);
    // NotFound naming the number when no report was issued under it.
    IssuedReport Get(int year, const std::string& symbol, int number);
    std::vector<IssuedReport> List(const std::string& plan_code = {});

private:
    Store& m_store;
    const Clock& m_clock;
};

}  // namespace innodesk::domain
