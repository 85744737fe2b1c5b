// Verifier from the pinned roots and the database's intermediates and CRLs.
#include "database_verifier.h"

#include "pinned_trust.h"

#include "domain/errors.h"
#include "domain/trust_service.h"
#include "domain/utf8_path.h"
#include "signing/domain_adapters.h"

#include <map>

namespace innodesk::app {

namespace {

// Says, with every verdict, which root the chain ended in and where that root is pinned (or how to
// pin one), so that a valid verdict is never read without knowing whose trust it rests on.
class PinnedRootVerifier final : public domain::SignatureVerifier {
public:
    PinnedRootVerifier(const signing::TrustStore& trust, const std::vector<PinnedAnchor>& anchors)
        : m_trust(trust) {
        for (const auto& anchor : anchors) m_anchors.emplace(anchor.fingerprint, anchor);
    }

    domain::SignatureCheck Verify(std::span<const std::uint8_t> signature_der,
                                  std::span<const std::uint8_t> content) const override {
        const signing::VerificationResult result = signing::VerifyDetached(signature_der, content, m_trust);
        domain::SignatureCheck check = signing::ToSignatureCheck(result);
        if (result.verdict == domain::SignatureVerdict::Valid) {
            if (const auto anchor = m_anchors.find(result.chain_end_fingerprint_sha256);
                anchor != m_anchors.end()) {
                const auto source = AnchorSourceName(anchor->second.source);
                check.explanation.vi += " Chứng thư gốc «" + anchor->second.subject + "» được ghim tại " +
                                        domain::Utf8Of(anchor->second.file) + " (" + source.vi + ").";
                check.explanation.en += " The root «" + anchor->second.subject + "» is pinned in " +
                                        domain::Utf8Of(anchor->second.file) + " (" + source.en + ").";
            }
        } else if (result.reason == domain::SignatureReason::UntrustedChain) {
            const auto where = WhereToPin();
            check.explanation.vi += " " + where.vi;
            check.explanation.en += " " + where.en;
        }
        return check;
    }

private:
    signing::PreparedTrustStore m_trust;
    std::map<std::string, PinnedAnchor> m_anchors;
};

signing::TrustStore TrustStoreOf(domain::Store& store, const domain::Clock& clock,
                                 const PinnedAnchors& pinned) {
    signing::TrustStore trust;
    for (const auto& anchor : pinned.anchors) trust.ca_pems.push_back(anchor.pem);
    // The database's CA certificates, roots included, only help build chains: whoever writes the
    // database must not choose what a signature chains to.
    for (const auto& item : domain::TrustService(store, clock).List())
        (item.kind == domain::TrustKind::CaCertificate ? trust.intermediate_pems : trust.crl_pems)
            .push_back(item.pem);
    return trust;
}

std::unique_ptr<domain::SignatureVerifier> MakeVerifier(domain::Store& store, const domain::Clock& clock,
                                                        bool require_anchor) {
    const PinnedAnchors pinned = ReadPinnedAnchors();
    if (require_anchor && pinned.anchors.empty()) {
        const auto where = WhereToPin();
        throw domain::DomainError(domain::ErrorCode::InvalidValue,
                                  {"Máy trạm này chưa ghim chứng thư gốc nào. " + where.vi,
                                   "No root certificate is pinned on this workstation. " + where.en},
                                  "trust");
    }
    return std::make_unique<PinnedRootVerifier>(TrustStoreOf(store, clock, pinned), pinned.anchors);
}

}  // namespace

signing::TrustStore DatabaseTrustStore(domain::Store& store, const domain::Clock& clock) {
    return TrustStoreOf(store, clock, ReadPinnedAnchors());
}

std::unique_ptr<domain::SignatureVerifier> DatabaseVerifier(domain::Store& store,
                                                            const domain::Clock& clock) {
    return MakeVerifier(store, clock, true);
}

std::unique_ptr<domain::SignatureVerifier> DatabaseVerifierForDisplay(domain::Store& store,
                                                                      const domain::Clock& clock) {
    return MakeVerifier(store, clock, false);
}

}  // namespace innodesk::app
