// Issuing reports as records, and reading them back.
#include "issued_report_service.h"

#include "audit_recorder.h"
#include "canonical_json.h"
#include "errors.h"
#include "record_lookup.h"

namespace innodesk::domain {

namespace {

bool Blank(const std::string& text) {
    return text.find_first_not_of(" \t\n") == std::string::npos;
}

void RequireText(const std::string& text, const char* what_vi, const char* what_en, const char* field) {
    if (Blank(text))
        throw DomainError(ErrorCode::InvalidValue,
                          {std::string("Báo cáo ban hành phải có ") + what_vi + " (" + field + ").",
                           std::string("An issued report needs ") + what_en + " (" + field + ")."},
                          field);
}

}  // namespace

std::string IssuedReport::Reference() const {
    return (number < 10 ? "0" : "") + std::to_string(number) + "/" + symbol;
}

IssuedReport IssuedReportService::Issue(IssuedReport report, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer, Role::Admin}, "ban hành báo cáo", "issue reports");
    if (report.number < 1)
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Số văn bản phải từ 1 trở lên (đã cho " + std::to_string(report.number) + ").",
             "The document number must be 1 or more (given " + std::to_string(report.number) + ")."},
            "number");
    RequireText(report.symbol, "ký hiệu văn bản, ví dụ BC-SKHCN", "a document symbol, e.g. BC-SKHCN",
                "symbol");
    RequireText(report.signer_title, "chức vụ người ký", "the signer's title", "signer-title");
    RequireText(report.signer_name, "họ tên người ký", "the signer's name", "signer-name");
    RequireText(report.difficulties, "nội dung khó khăn, vướng mắc", "the difficulties", "difficulties");
    RequireText(report.proposals, "nội dung đề xuất, kiến nghị", "the proposals", "proposals");
    RequireText(report.snapshot, "số liệu tại thời điểm ban hành", "the figures as issued", "snapshot");
    if (report.issued_on > m_clock.Today())
        throw DomainError(ErrorCode::InvalidValue,
                          {"Ngày ban hành " + report.issued_on.Format() + " chưa tới.",
                           "The date of issue " + report.issued_on.Format() + " is after today."},
                          "date");
    report.year = report.issued_on.Year();
    report.issued_by = actor.user_name;
    report.issued_at_unix = m_clock.NowUnixSeconds();

    auto tx = m_store.Begin(TransactionMode::Write);
    const Plan plan = RequirePlan(*tx, report.plan_code);
    if (const auto taken = tx->IssuedReports().Find(report.year, report.symbol, report.number))
        throw DomainError(ErrorCode::Duplicate,
                          {"Số " + report.Reference() + " năm " + std::to_string(report.year) +
                               " đã dùng cho báo cáo kế hoạch " + taken->plan_code + " kỳ " + taken->period +
                               " ban hành ngày " + taken->issued_on.Format() + " (" + taken->issued_by +
                               "); một số văn bản chỉ ban hành một lần, hãy dùng số tiếp theo.",
                           "Number " + report.Reference() + " of " + std::to_string(report.year) +
                               " was already issued for plan " + taken->plan_code + ", period " +
                               taken->period + ", on " + taken->issued_on.Format() + " (" + taken->issued_by +
                               "); a document number is issued once, use the next number."},
                          "number");
    report.id = tx->IssuedReports().Add(report);
    RecordChange(*tx, m_clock, actor, "report.issue", "issued_report", report.id, nullptr,
                 JsonValue::Object{{"plan", plan.code},
                                   {"period", report.period},
                                   {"reference", report.Reference()},
                                   {"year", report.year},
                                   {"issued_on", report.issued_on.Iso()},
                                   {"signer", report.signer_name},
                                   {"difficulties", report.difficulties},
                                   {"proposals", report.proposals},
                                   {"snapshot_bytes", static_cast<std::int64_t>(report.snapshot.size())}});
    tx->Commit();
    return report;
}

IssuedReport IssuedReportService::Get(int year, const std::string& symbol, int number) {
    auto tx = m_store.Begin(TransactionMode::Read);
    auto found = tx->IssuedReports().Find(year, symbol, number);
    if (!found) {
        IssuedReport wanted;
        wanted.number = number;
        wanted.symbol = symbol;
        throw DomainError(ErrorCode::NotFound,
                          {"Chưa có báo cáo nào ban hành với số " + wanted.Reference() + " năm " +
                               std::to_string(year) + ". Xem danh sách bằng 'innodesk-cli report list'.",
                           "No report was issued as number " + wanted.Reference() + " of " +
                               std::to_string(year) + ". List them with 'innodesk-cli report list'."},
                          "number");
    }
    return *found;
}

std::vector<IssuedReport> IssuedReportService::List(const std::string& plan_code) {
    auto tx = m_store.Begin(TransactionMode::Read);
    return tx->IssuedReports().List(plan_code);
}

}  // namespace innodesk::domain
