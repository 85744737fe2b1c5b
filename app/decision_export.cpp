// Decision export.
#include "decision_export.h"

#include "database_verifier.h"
#include "pinned_trust.h"
#include "report_heading.h"

#include "domain/enterprise_service.h"
#include "domain/task_service.h"
#include "domain/trust_service.h"
#include "interchange/decision_document.h"
#include "reports/decision_report.h"
#include "reports/html_report_writer.h"
#include "reports/output_file.h"
#include "reports/pdf_report_writer.h"

#include <string_view>

namespace innodesk::app {
namespace {

// Each file whole or not at all, with the system's reason when it cannot be written.
void WriteWhole(const std::filesystem::path& path, const void* data, std::size_t size) {
    reports::WriteFileWhole(path, std::string_view(static_cast<const char*>(data), size));
}

}  // namespace

reports::DecisionHeading DecisionHeading(domain::Store& store, const domain::Clock& clock) {
    const auto report = ReportHeading(store, clock);
    reports::DecisionHeading heading;
    heading.issuing_body = report.issuing_body;
    heading.place = report.place;
    heading.signer_title = report.signature.authority;
    const auto proposer = domain::TrustService(store, clock).Setting(kSettingDecisionProposer);
    heading.proposer = proposer && proposer->find_first_not_of(' ') != std::string::npos
                           ? *proposer
                           : kDefaultDecisionProposer;
    // The archive line of the report's recipients ("Lưu: VT, KHTC"); the rest are a report's.
    for (const auto& line : report.recipients)
        if (line.rfind("Lưu", 0) == 0) heading.archive = line;
    return heading;
}

interchange::DecisionDocument DecisionDocumentOf(domain::Store& store, const domain::TextRules& text,
                                                 const domain::Clock& clock,
                                                 const domain::DecisionVerification& verification) {
    domain::DecisionService service(store, text, clock);
    const auto& decision = verification.decision;

    interchange::DecisionDocument document;
    document.decision = decision;
    document.verdict = std::string(domain::EntryOf(domain::VerificationStatuses(), verification.status).code);
    document.reason = domain::ReasonCode(verification.reason);
    document.explanation = verification.explanation;
    document.signer_subject = verification.signer_subject;
    document.exported_at_unix = clock.NowUnixSeconds();
    document.zone = clock.Zone();
    if (decision.supersedes) document.supersedes_number = service.Get(*decision.supersedes).number;
    domain::ApplicationService applications(store, text, clock);
    domain::EnterpriseService enterprises(store, text);
    if (decision.task_id) {
        const auto file = domain::TaskService(store, text, clock).File(*decision.task_id);
        const auto& task = file.task;
        if (!task.acceptance)
            throw domain::DomainError(
                domain::ErrorCode::NotFound,
                {"Nhiệm vụ " + task.code + " không còn kết quả nghiệm thu để xuất.",
                 "Task " + task.code + " no longer has the acceptance evaluation to export."},
                "task_id");
        const auto& result = domain::EntryOf(domain::AcceptanceResults(), task.acceptance->result);
        document.task = interchange::DecisionDocumentTask{
            task.code,
            task.title,
            std::string(domain::EntryOf(domain::TaskLevels(), task.level).vi),
            std::string(domain::EntryOf(domain::AwardModes(), task.award_mode).vi),
            file.lead_name,
            task.principal_investigator,
            task.contract_number,
            task.state_budget,
            task.acceptance->council,
            task.acceptance->held_on,
            std::string(result.vi),
            std::string(result.en),
            task.acceptance->minutes_number,
            std::string(domain::EntryOf(domain::TaskLevels(), task.level).en),
            std::string(domain::EntryOf(domain::AwardModes(), task.award_mode).en)};
    }
    for (const auto& item : decision.items) {
        const auto application = applications.Get(item.application_id);
        const auto enterprise = enterprises.Get(application.enterprise_id);
        document.rows.push_back({application.id, enterprise.name, enterprise.tax_code.Value(),
                                 application.title, item.approved_amount});
    }
    return document;
}

domain::DecisionVerification ExportDecision(domain::Store& store, const domain::TextRules& text,
                                            const domain::Clock& clock, domain::DecisionId id,
                                            const std::filesystem::path& dir) {
    domain::DecisionService service(store, text, clock);
    domain::RequireExportable(service.Get(id));
    const auto verifier = DatabaseVerifierForDisplay(store, clock);
    const auto verification = service.Verify(id, *verifier);
    const auto& decision = verification.decision;
    const auto document = DecisionDocumentOf(store, text, clock, verification);
    // Rendered before anything is written: a missing font stops the export with no files at all.
    const auto heading = DecisionHeading(store, clock);
    const auto vietnamese = reports::DecisionReport(document, heading);
    const auto english = reports::DecisionReport(document, heading, domain::Language::English);
    const std::string pdf = reports::PdfReport(vietnamese);
    const std::string pdf_en = reports::PdfReport(english);
    const std::string html = reports::HtmlReport(vietnamese);
    const std::string html_en = reports::HtmlReport(english);

    std::filesystem::create_directories(dir);
    const std::string payload = service.SignedPayload(decision);
    WriteWhole(dir / "decision.json", payload.data(), payload.size());
    WriteWhole(dir / "decision.p7s", decision.signature->cms_der.data(), decision.signature->cms_der.size());
    // The roots this workstation trusts (app/pinned_trust.h), not the database's CA certificates:
    // a root planted in the database must not become the anchor of whoever checks the export.
    std::string anchors;
    for (const auto& anchor : ReadPinnedAnchors().anchors) anchors += anchor.pem;
    WriteWhole(dir / "trust-anchors.pem", anchors.data(), anchors.size());
    WriteWhole(dir / "decision.html", html.data(), html.size());
    WriteWhole(dir / "decision-en.html", html_en.data(), html_en.size());
    WriteWhole(dir / "decision.pdf", pdf.data(), pdf.size());
    WriteWhole(dir / "decision-en.pdf", pdf_en.data(), pdf_en.size());
    return verification;
}

}  // namespace innodesk::app
