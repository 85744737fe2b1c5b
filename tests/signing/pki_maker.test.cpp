// The PKI maker and the demo PKI: Vietnamese names, chain, key usage, validity, files that open.
#include "signing/pki_maker.h"
#include "demo/demo_pki.h"
#include "signing/signing.h"
#include "signing/signing_key_impl.h"

#include "test_pki.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <set>
#include <string>
#include <vector>

#include <sys/stat.h>

namespace {

using innodesk::domain::DomainError;
using innodesk::domain::ErrorCode;
using namespace innodesk::signing;
using innodesk::demo::CreateDemoPki;
using innodesk::demo::DemoPki;
using innodesk::demo::DemoSigner;
using innodesk::testing::SharedTestPki;

constexpr auto kDay = std::chrono::hours(24);

// Days from now to the certificate's notAfter.
int DaysLeft(const X509* certificate) {
    int days = 0;
    int seconds = 0;
    REQUIRE(ASN1_TIME_diff(&days, &seconds, nullptr, X509_get0_notAfter(certificate)) == 1);
    return days;
}

std::string CommonName(const X509* certificate) {
    return detail::NameToString(X509_get_subject_name(certificate));
}

void RequireInvalidValue(const std::filesystem::path& dir, const std::vector<std::string>& names) {
    try {
        CreateDemoPki(dir, "x", names);
        FAIL("unusable demo signer names were accepted");
    } catch (const DomainError& error) {
        INFO(error.what());
        CHECK(error.Code() == ErrorCode::InvalidValue);
    }
}

}  // namespace

TEST_CASE("The demo PKI gives each Vietnamese signer a PKCS12 file that signs valid decisions", "[signing]") {
    const std::filesystem::path dir = SharedTestPki().dir / "demo";
    const std::string password = "demo-Mật khẩu";
    const std::vector<std::string> names{"Nguyễn Thị Phương Thảo", "Đặng Quốc Bảo"};
    const mode_t previous_umask = ::umask(0);  // key files must not take their mode from it
    const DemoPki pki = CreateDemoPki(dir, password, names);
    ::umask(previous_umask);

    CHECK(pki.root_pem == dir / "demo-root-ca.pem");
    REQUIRE(std::filesystem::is_regular_file(pki.root_pem));
    REQUIRE(pki.signers.size() == 2);
    TrustStore trust;
    trust.ca_files = {pki.root_pem};
    const std::string content = R"({"decision":"demo"})";
    const std::vector<std::uint8_t> bytes(content.begin(), content.end());
    std::set<std::string> fingerprints;
    for (std::size_t i = 0; i < names.size(); ++i) {
        const DemoSigner& signer = pki.signers[i];
        INFO(signer.common_name);
        CHECK(signer.common_name == names[i]);
        CHECK(signer.p12 ==
              dir / std::filesystem::path(std::u8string(names[i].begin(), names[i].end()) + u8".p12"));
        REQUIRE(std::filesystem::is_regular_file(signer.p12));
        // A private key: readable and writable by its owner only.
        CHECK((std::filesystem::status(signer.p12).permissions() & std::filesystem::perms::all) ==
              (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));

        const auto key = LoadPkcs12(signer.p12, password);
        CHECK(CertificateFingerprintSha256(*key) == signer.fingerprint_sha256);
        fingerprints.insert(signer.fingerprint_sha256);
        CHECK(CertificateSubject(*key).find("CN=" + names[i]) != std::string::npos);

        const X509* certificate = key->Get().certificate.get();
        CHECK(X509_get_key_usage(const_cast<X509*>(certificate)) ==
              (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION));
        CHECK(DaysLeft(certificate) >= 3 * 365 - 1);
        CHECK(DaysLeft(certificate) <= 3 * 365 + 1);
        REQUIRE(sk_X509_num(key->Get().chain.get()) == 1);  // the intermediate, not the root
        CHECK(CommonName(sk_X509_value(key->Get().chain.get(), 0)).find("CN=InnoDesk Demo Intermediate CA") !=
              std::string::npos);

        const VerificationResult result = VerifyDetached(SignDetached(*key, bytes), bytes, trust);
        INFO(result.explanation.en);
        CHECK(result.verdict == Verdict::Valid);
        CHECK(result.signer_fingerprint_sha256 == signer.fingerprint_sha256);
    }
    CHECK(fingerprints.size() == 2);
    // Not trusted by the test PKI's root: the demo chain is its own.
    TrustStore other;
    other.ca_files = {SharedTestPki().root_pem};
    const auto key = LoadPkcs12(pki.signers[0].p12, password);
    CHECK(VerifyDetached(SignDetached(*key, bytes), bytes, other).reason == Reason::UntrustedChain);
}

TEST_CASE("Demo signer names that cannot be file names or certificate names are refused", "[signing]") {
    const std::filesystem::path dir = SharedTestPki().dir / "demo-refused";
    RequireInvalidValue(dir, {});
    RequireInvalidValue(dir, {""});
    RequireInvalidValue(dir, {"Lê/Văn"});
    RequireInvalidValue(dir, {"Lê\\Văn"});
    RequireInvalidValue(dir, {"Lê:Văn"});
    RequireInvalidValue(dir, {".."});
    RequireInvalidValue(dir, {"Tab\there"});
    RequireInvalidValue(dir, {"Trần An", "Trần An"});
    RequireInvalidValue(dir, {std::string(65, 'a')});
    CHECK_FALSE(std::filesystem::exists(dir));  // refused before anything was written
}

TEST_CASE("The PKI maker checks its profile and keeps serials", "[signing]") {
    const auto now = std::chrono::system_clock::now();
    CertificateProfile profile;
    profile.common_name = "Kiểm tra";
    profile.not_before = now;
    profile.not_after = now + kDay;
    SECTION("an explicit serial is kept, a zero one is random") {
        profile.serial = 123456789;
        CHECK(MakeRootCa(profile).Serial() == 123456789);
        profile.serial = 0;
        const std::uint64_t first = MakeRootCa(profile).Serial();
        const std::uint64_t second = MakeRootCa(profile).Serial();
        CHECK(first != 0);
        CHECK(first != second);
    }
    SECTION("PEM text and subject") {
        const IssuedCertificate root = MakeRootCa(profile);
        CHECK(root.CertificatePem().rfind("-----BEGIN CERTIFICATE-----\n", 0) == 0);
        CHECK(root.Subject() == "CN=Kiểm tra,O=InnoDesk,C=VN");
        CHECK(root.FingerprintSha256().size() == 64);
    }
    SECTION("no common name") {
        profile.common_name.clear();
        CHECK_THROWS_AS(MakeRootCa(profile), DomainError);
    }
    SECTION("validity ending before it starts") {
        profile.not_after = profile.not_before;
        try {
            MakeRootCa(profile);
            FAIL("an empty validity was accepted");
        } catch (const DomainError& error) {
            CHECK(error.Code() == ErrorCode::InvalidValue);
            CHECK(error.Field() == "not_after");
        }
    }
    SECTION("a file in a folder that does not exist") {
        try {
            WriteTextFile(SharedTestPki().dir / "no-such-folder" / "x.pem", "x");
            FAIL("writing into a missing folder succeeded");
        } catch (const DomainError& error) {
            CHECK(error.Code() == ErrorCode::Storage);
            CHECK(error.Text().en.find("no-such-folder") != std::string::npos);
        }
    }
}
