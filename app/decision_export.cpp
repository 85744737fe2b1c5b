// Decision export.
#include "decision_export.h"

#include "database_verifier.h"

#include "domain/enterprise_service.h"
#include "domain/trust_service.h"
#include "interchange/decision_document.h"

#include <fstream>

namespace innodesk::app {
namespace {

void WriteWhole(const std::filesystem::path& path, const void* data, std::size_t size) {
    const auto partial = path.string() + ".partial";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        out.write(static_cast<const char*>(data), static_cast<std::streamsize>(size));
        if (!out)
            throw domain::DomainError(domain::ErrorCode::Storage,
                                      {"Không ghi được tệp " + path.string() + ".", "Cannot write " + path.string() + "."},
                                      "out");
    }
    std::filesystem::rename(partial, path);
}

}  // namespace

domain::DecisionVerification ExportDecision(domain::Store& store, const domain::TextRules& text,
                                            const domain::Clock& clock, domain::DecisionId id,
                                            const std::filesystem::path& dir) {
    domain::DecisionService service(store, text, clock);
    if (!service.Get(id).signature)
        throw domain::DomainError(domain::ErrorCode::InvalidValue,
                                  {"Quyết định id " + std::to_string(id) +
                                       " chưa được ký số; chỉ xuất được quyết định đã ký.",
                                   "Decision id " + std::to_string(id) +
                                       " is not digitally signed; only signed decisions are exported."},
                                  "id");
    const auto verifier = DatabaseVerifierForDisplay(store, clock);
    const auto verification = service.Verify(id, *verifier);
    const auto& decision = verification.decision;

    std::filesystem::create_directories(dir);
    const std::string payload = service.SignedPayload(decision);
    WriteWhole(dir / "decision.json", payload.data(), payload.size());
    WriteWhole(dir / "decision.p7s", decision.signature->cms_der.data(), decision.signature->cms_der.size());
    std::string anchors;
    for (const auto& item : domain::TrustService(store, clock).List())
        if (item.kind == domain::TrustKind::CaCertificate) anchors += item.pem;
    WriteWhole(dir / "trust-anchors.pem", anchors.data(), anchors.size());

    interchange::DecisionDocument document;
    document.decision = decision;
    document.verdict = verification.status;
    document.reason = verification.reason;
    document.explanation = verification.explanation;
    document.signer_subject = verification.signer_subject;
    document.exported_at_unix = clock.NowUnixSeconds();
    if (decision.supersedes) document.supersedes_number = service.Get(*decision.supersedes).number;
    domain::ApplicationService applications(store, text, clock);
    domain::EnterpriseService enterprises(store, text);
    for (const auto& item : decision.items) {
        const auto application = applications.Get(item.application_id);
        const auto enterprise = enterprises.Get(application.enterprise_id);
        document.rows.push_back({application.id, enterprise.name, enterprise.tax_code.Value(), application.title,
                                 item.approved_amount});
    }
    const std::string html = interchange::DecisionHtml(document);
    WriteWhole(dir / "decision.html", html.data(), html.size());
    return verification;
}

}  // namespace innodesk::app
