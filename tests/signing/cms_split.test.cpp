// The verification fast path: certificates lifted out of the signature and decoded once; and the slow
// path for encodings it does not take (BER from streaming signers).
#include "signing/cms_split.h"
#include "signing/certificate_cache.h"
#include "signing/signing.h"

#include "test_pki.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

using namespace innodesk::signing;
using innodesk::testing::SharedTestPki;
using Bytes = std::vector<std::uint8_t>;

const Bytes& Content() {
    static const std::string text = R"({"decision":"QD-2025-044","amount_vnd":90000000})";
    static const Bytes content(text.begin(), text.end());
    return content;
}

Bytes Signature() {
    return SignDetached(*LoadPkcs12(SharedTestPki().signer.p12, SharedTestPki().password), Content());
}

}  // namespace

TEST_CASE("Our signature splits into a SignedData without certificates and its two certificates",
          "[signing]") {
    const Bytes signature = Signature();
    const auto split = detail::SplitCertificates(signature);
    REQUIRE(split);
    REQUIRE(split->certificates.size() == 2);  // the signer and the intermediate
    std::size_t certificate_bytes = 0;
    for (const auto& certificate : split->certificates) {
        CHECK(certificate.front() == 0x30);
        certificate_bytes += certificate.size();
    }
    CHECK(split->without_certificates.size() < signature.size() - certificate_bytes + 8);

    const unsigned char* cursor = split->without_certificates.data();
    const detail::CmsPtr cms(
        d2i_CMS_ContentInfo(nullptr, &cursor, static_cast<long>(split->without_certificates.size())));
    REQUIRE(cms);
    CHECK(cursor == split->without_certificates.data() + split->without_certificates.size());
    CHECK(detail::X509StackPtr(CMS_get1_certs(cms.get())) == nullptr);
    CHECK(sk_CMS_SignerInfo_num(CMS_get0_SignerInfos(cms.get())) == 1);
}

TEST_CASE("Input that is not exactly one DER SignedData is left to OpenSSL's parser", "[signing]") {
    Bytes signature = Signature();
    SECTION("extra byte") {
        signature.push_back(0);
    }
    SECTION("truncated") {
        signature.pop_back();
    }
    SECTION("indefinite length") {
        signature[1] = 0x80;
    }
    SECTION("not SignedData") {
        signature.assign({0x30, 0x03, 0x02, 0x01, 0x00});
    }
    CHECK_FALSE(detail::SplitCertificates(signature));
}

TEST_CASE("The certificate cache decodes a certificate once and refuses garbage", "[signing]") {
    const Bytes signature = Signature();
    const auto split = detail::SplitCertificates(signature);
    REQUIRE(split);
    detail::CertificateCache cache;
    const detail::X509Ptr first = cache.Get(split->certificates[0]);
    const detail::X509Ptr again = cache.Get(split->certificates[0]);
    const detail::X509Ptr other = cache.Get(split->certificates[1]);
    REQUIRE(first);
    CHECK(first.get() == again.get());
    CHECK(first.get() != other.get());
    Bytes damaged(split->certificates[0].begin(), split->certificates[0].end());
    damaged.resize(damaged.size() / 2);
    CHECK(cache.Get(damaged) == nullptr);
    CHECK(cache.Get({}) == nullptr);
}

TEST_CASE("A BER signature (indefinite length) verifies through the slow path", "[signing]") {
    // The same signature with its outer SEQUENCE re-encoded with an indefinite length, as streaming
    // signers write: valid BER that the fast path does not take.
    const Bytes der = Signature();
    REQUIRE(der[0] == 0x30);
    REQUIRE(der[1] == 0x82);  // a two-byte length follows
    Bytes ber{0x30, 0x80};
    ber.insert(ber.end(), der.begin() + 4, der.end());
    ber.insert(ber.end(), {0x00, 0x00});
    REQUIRE_FALSE(detail::SplitCertificates(ber));

    TrustStore trust;
    trust.ca_pems = {SharedTestPki().root_pem_text};
    const VerificationResult result = VerifyDetached(ber, Content(), trust);
    INFO(result.explanation.en);
    CHECK(result.verdict == Verdict::Valid);
    CHECK(result.signer_subject.find("CN=Lê Thị Châu") != std::string::npos);
    Bytes changed = Content();
    changed[2] ^= 0x01;
    CHECK(VerifyDetached(ber, changed, trust).reason == Reason::ContentChanged);
}
