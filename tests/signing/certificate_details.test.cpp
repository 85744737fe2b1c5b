// The certificate a key signs with, as the signing dialog shows it.
#include "signing/certificate_details.h"

#include "signing/domain_adapters.h"
#include "signing/trust_items.h"

#include "test_pki.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

namespace {

using namespace innodesk::signing;
using innodesk::testing::SharedTestPki;

std::string ReadFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("A key's certificate details: subject, issuer, serial, validity and fingerprint", "[signing]") {
    const auto& pki = SharedTestPki();
    const KeyDecisionSigner signer(LoadPkcs12(pki.signer.p12, pki.password));
    const auto details = DescribeSigner(signer);
    REQUIRE(details.has_value());
    CHECK(details->subject == signer.CertificateSubject());
    CHECK(details->fingerprint == signer.CertificateFingerprint());
    // Issued by the intermediate: its subject is the signer's issuer.
    const auto intermediate = ReadCertificateIdentity(ReadFile(pki.intermediate_pem), "intermediate");
    CHECK(details->issuer == intermediate.subject);
    CHECK(details->issuer != details->subject);
    CHECK_FALSE(details->serial.empty());
    CHECK(details->serial.find_first_not_of("0123456789ABCDEF") == std::string::npos);
    CHECK(details->not_before_unix > 0);
    CHECK(details->not_before_unix < details->not_after_unix);
    const auto identity = ReadCertificateIdentity(ReadFile(pki.signer.certificate_pem), "signer");
    CHECK(details->not_after_unix == identity.not_after_unix);
}
