// The certificate a key signs with, for display.
#include "signing/certificate_details.h"

#include "signing/domain_adapters.h"
#include "signing/openssl_support.h"
#include "signing/signing_key_impl.h"

#include <openssl/asn1.h>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/x509.h>

namespace innodesk::signing {
namespace {

std::int64_t UnixTime(const ASN1_TIME* time) {
    return detail::UnixSeconds(time).value_or(0);
}

std::string SerialHex(const X509* certificate) {
    const ASN1_INTEGER* serial = X509_get0_serialNumber(certificate);
    BIGNUM* number = serial ? ASN1_INTEGER_to_BN(serial, nullptr) : nullptr;
    if (!number) return {};
    char* hex = BN_bn2hex(number);
    std::string out = hex ? hex : "";
    OPENSSL_free(hex);
    BN_free(number);
    return out;
}

}  // namespace

CertificateDetails DescribeCertificate(const SigningKey& key) {
    detail::ErrorMarkGuard mark;
    const X509* certificate = key.Get().certificate.get();
    CertificateDetails details;
    details.subject = detail::NameToString(X509_get_subject_name(certificate));
    details.issuer = detail::NameToString(X509_get_issuer_name(certificate));
    details.serial = SerialHex(certificate);
    details.fingerprint = detail::FingerprintSha256(certificate);
    details.not_before_unix = UnixTime(X509_get0_notBefore(certificate));
    details.not_after_unix = UnixTime(X509_get0_notAfter(certificate));
    return details;
}

std::optional<CertificateDetails> DescribeSigner(const domain::DecisionSigner& signer) {
    if (const auto* key = dynamic_cast<const KeyDecisionSigner*>(&signer))
        return DescribeCertificate(key->Key());
    return std::nullopt;
}

}  // namespace innodesk::signing
