// Verifier from the database's trust store.
#include "database_verifier.h"

#include "domain/errors.h"
#include "domain/trust_service.h"
#include "signing/domain_adapters.h"

namespace innodesk::app {

namespace {

signing::TrustStore TrustStoreOf(domain::Store& store, const domain::Clock& clock) {
    signing::TrustStore trust;
    for (const auto& item : domain::TrustService(store, clock).List())
        (item.kind == domain::TrustKind::CaCertificate ? trust.ca_pems : trust.crl_pems).push_back(item.pem);
    return trust;
}

domain::DomainError EmptyTrustStoreError() {
    return domain::DomainError(
        domain::ErrorCode::InvalidValue,
        {"Kho chứng thư tin cậy trống: quản trị viên thêm chứng thư gốc của CA (Cài đặt, hoặc "
         "'innodesk-cli trust add TỆP.pem').",
         "The trust store is empty: an administrator adds the CA root certificates (Settings, "
         "or 'innodesk-cli trust add FILE.pem')."},
        "trust");
}

}  // namespace

std::unique_ptr<domain::SignatureVerifier> DatabaseVerifier(domain::Store& store,
                                                            const domain::Clock& clock) {
    const auto trust = TrustStoreOf(store, clock);
    if (trust.ca_pems.empty()) throw EmptyTrustStoreError();
    return std::make_unique<signing::TrustStoreVerifier>(trust);
}

namespace {

class EmptyTrustStore final : public domain::SignatureVerifier {
public:
    explicit EmptyTrustStore(domain::LocalisedText why) : m_why(std::move(why)) {}
    domain::SignatureCheck Verify(std::span<const std::uint8_t>,
                                  std::span<const std::uint8_t>) const override {
        domain::SignatureCheck check;
        check.verdict = domain::SignatureVerdict::Indeterminate;
        check.reason = domain::SignatureReason::UntrustedChain;
        check.explanation = m_why;
        return check;
    }

private:
    domain::LocalisedText m_why;
};

}  // namespace

std::unique_ptr<domain::SignatureVerifier> DatabaseVerifierForDisplay(domain::Store& store,
                                                                      const domain::Clock& clock) {
    const auto trust = TrustStoreOf(store, clock);
    if (trust.ca_pems.empty()) return std::make_unique<EmptyTrustStore>(EmptyTrustStoreError().Text());
    return std::make_unique<signing::TrustStoreVerifier>(trust);
}

}  // namespace innodesk::app
