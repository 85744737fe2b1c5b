// Reports issued as documents (báo cáo đã ban hành): the number and symbol they were sent under,
// the date and signer, the officer's difficulties and proposals, and the report as issued (a
// snapshot), so that a later change of the data never changes a report already sent; and what
// storage keeps of them (IssuedReportService, issued_report_service.h, issues them).
#pragma once

#include "calendar_date.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace innodesk::domain {

struct IssuedReport {
    std::int64_t id = 0;
    int year = 0;              // the year of issued_on: numbers restart each year
    int number = 0;            // 15 in "Số: 15/BC-SKHCN"
    std::string symbol;        // "BC-SKHCN"
    std::string plan_code;     // the plan reported on
    std::string period;        // "2026-Q3", as Period::Code writes it
    CalendarDate issued_on;    // the document's date
    std::string signer_title;  // the signature block's authority lines, joined by line feeds
    std::string signer_name;
    std::string difficulties;  // khó khăn, vướng mắc: the officer's words
    std::string proposals;     // đề xuất, kiến nghị
    std::string language;      // "vi" or "en"
    // The report as issued: the document and the figures (JSON written and read by the app layer,
    // app/issued_reports.h); opaque here.
    std::string snapshot;
    std::string issued_by;
    std::int64_t issued_at_unix = 0;

    std::string Reference() const;  // "15/BC-SKHCN" (a leading zero below 10: "05/BC-SKHCN")
};

// What issued reports need from storage. Runs inside the Transaction it came from.
class IssuedReportRepository {
public:
    virtual ~IssuedReportRepository() = default;
    // Returns its id; DomainError(Duplicate) when the year, symbol and number are taken.
    virtual std::int64_t Add(const IssuedReport& report) = 0;
    virtual std::optional<IssuedReport> Find(int year, const std::string& symbol, int number) = 0;
    // A plan's reports, or every plan's when `plan_code` is empty, newest first; without snapshots.
    virtual std::vector<IssuedReport> List(const std::string& plan_code) = 0;
};

}  // namespace innodesk::domain
