// The long-term material of a signed PDF: every certificate and revocation list that verifies its
// signatures, each once.
#include "signing/long_term_material.h"
#include "signing/pki_maker.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>

namespace {

using namespace innodesk::signing;
using namespace std::chrono_literals;
using Bytes = std::vector<std::uint8_t>;

CertificateProfile Profile(const std::string& name, bool is_ca) {
    CertificateProfile profile;
    profile.common_name = name;
    profile.not_before = std::chrono::system_clock::now() - 24h;
    profile.not_after = std::chrono::system_clock::now() + 24h * 365;
    profile.is_ca = is_ca;
    if (is_ca) profile.key_usage = KeyUsage::KeyCertSign | KeyUsage::CrlSign;
    return profile;
}

// The DER of a PEM certificate, by the library's own reading: what the material must hold.
Bytes DerOf(const std::string& pem) {
    TrustStore only;
    only.ca_pems = {pem};
    auto material = LongTermMaterialFor({}, only);
    REQUIRE(material.certificates_der.size() == 1);
    return material.certificates_der.front();
}

}  // namespace

TEST_CASE("The long-term material holds each certificate of the chains and the trust store's CRLs once",
          "[signing][pades]") {
    const auto root = MakeRootCa(Profile("Gốc thử nghiệm", true));
    const auto intermediate = IssueCertificate(Profile("Trung gian thử nghiệm", true), root);
    const auto signer = IssueCertificate(Profile("Nguyễn Thị Ánh", false), intermediate);
    const auto folder = std::filesystem::temp_directory_path() / "innodesk-ltm-test";
    std::filesystem::create_directories(folder);
    WritePkcs12(folder / "signer.p12", signer, {&intermediate}, "mật khẩu thử");
    const auto key = LoadPkcs12(folder / "signer.p12", "mật khẩu thử");
    const std::string content = "{\"so\":\"126/QĐ-SKHCN\"}";
    const Bytes cms =
        SignDetached(*key, std::span(reinterpret_cast<const std::uint8_t*>(content.data()), content.size()));
    std::filesystem::remove_all(folder);

    TrustStore trust;
    trust.ca_pems = {root.CertificatePem()};
    trust.intermediate_pems = {intermediate.CertificatePem()};  // also in the CMS: kept once
    trust.crl_pems = {MakeCrlPem(intermediate, {}, std::chrono::system_clock::now() - 1h,
                                 std::chrono::system_clock::now() + 24h * 7)};
    // Two signatures by the same signer: their certificates are not repeated.
    const std::vector<Bytes> signatures{cms, cms};
    const auto material = LongTermMaterialFor(signatures, trust);
    const auto has = [&](const Bytes& der) {
        return std::count(material.certificates_der.begin(), material.certificates_der.end(), der);
    };
    CHECK(material.certificates_der.size() == 3);
    CHECK(has(DerOf(signer.CertificatePem())) == 1);
    CHECK(has(DerOf(intermediate.CertificatePem())) == 1);
    CHECK(has(DerOf(root.CertificatePem())) == 1);
    CHECK(material.crls_der.size() == 1);
    CHECK(material.ocsps_der.empty());

    const std::vector<Bytes> damaged{Bytes{0x30, 0x03, 0x02, 0x01}};
    CHECK_THROWS_AS(LongTermMaterialFor(damaged, trust), innodesk::domain::DomainError);
}
