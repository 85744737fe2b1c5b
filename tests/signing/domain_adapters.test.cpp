// The domain's signing ports on the signing library: KeyDecisionSigner and TrustStoreVerifier.
#include "signing/domain_adapters.h"

#include "test_pki.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

namespace {

using innodesk::domain::DecisionSigner;
using innodesk::domain::DomainError;
using innodesk::domain::ErrorCode;
using innodesk::domain::SignatureCheck;
using innodesk::domain::SignatureReason;
using innodesk::domain::SignatureVerdict;
using innodesk::domain::SignatureVerifier;
using namespace innodesk::signing;
using innodesk::testing::SharedProblemPki;
using innodesk::testing::SharedTestPki;
using Bytes = std::vector<std::uint8_t>;

const Bytes& Payload() {
    static const std::string text =
        R"({"application":"HS-2025-042","decision":"approve","amount_vnd":180000000,"signer":"Nguyễn Văn An"})";
    static const Bytes payload(text.begin(), text.end());
    return payload;
}

TrustStore MainRoot() {
    TrustStore trust;
    trust.ca_pems = {SharedTestPki().root_pem_text};
    return trust;
}

std::unique_ptr<DecisionSigner> SignerFrom(const std::filesystem::path& p12) {
    return std::make_unique<KeyDecisionSigner>(LoadPkcs12(p12, SharedTestPki().password));
}

std::int64_t NowUnix() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

}  // namespace

TEST_CASE("A decision signed through the ports verifies as valid with its signer", "[signing]") {
    const auto key = LoadPkcs12(SharedTestPki().signer.p12, SharedTestPki().password);
    const std::string expected_fingerprint = CertificateFingerprintSha256(*key);
    const std::unique_ptr<DecisionSigner> signer =
        std::make_unique<KeyDecisionSigner>(LoadPkcs12(SharedTestPki().signer.p12, SharedTestPki().password));
    const std::unique_ptr<SignatureVerifier> verifier = std::make_unique<TrustStoreVerifier>(MainRoot());

    CHECK(signer->CertificateFingerprint() == expected_fingerprint);
    CHECK(signer->CertificateSubject().find("CN=Lê Thị Châu") != std::string::npos);
    CHECK(signer->CertificateSubject().find("O=Sở Khoa học và Công nghệ (thử nghiệm)") != std::string::npos);

    const Bytes signature = signer->Sign(Payload());
    const SignatureCheck check = verifier->Verify(signature, Payload());
    INFO(check.explanation.en);
    CHECK(check.verdict == SignatureVerdict::Valid);
    CHECK(check.reason == SignatureReason::None);
    CHECK_FALSE(check.explanation.vi.empty());
    CHECK(check.signer_fingerprint == expected_fingerprint);
    CHECK(check.signer_subject == signer->CertificateSubject());
    CHECK(check.signing_time_unix <= NowUnix());
    CHECK(check.signing_time_unix > NowUnix() - 300);
}

TEST_CASE("TrustStoreVerifier maps each verdict and reason code", "[signing]") {
    const TrustStoreVerifier verifier(MainRoot());
    SECTION("content changed is invalid") {
        Bytes changed = Payload();
        changed[3] ^= 0x20;
        const SignatureCheck check =
            verifier.Verify(SignerFrom(SharedTestPki().signer.p12)->Sign(Payload()), changed);
        CHECK(check.verdict == SignatureVerdict::Invalid);
        CHECK(check.reason == SignatureReason::ContentChanged);
        CHECK(check.explanation.en.find("changed") != std::string::npos);
    }
    SECTION("an untrusted root is indeterminate") {
        const SignatureCheck check =
            verifier.Verify(SignerFrom(SharedProblemPki().untrusted.p12)->Sign(Payload()), Payload());
        CHECK(check.verdict == SignatureVerdict::Indeterminate);
        CHECK(check.reason == SignatureReason::UntrustedChain);
        CHECK(check.signer_subject.find("CN=Võ Gốc Khác") != std::string::npos);
    }
    SECTION("an expired signer is invalid") {
        const SignatureCheck check =
            verifier.Verify(SignerFrom(SharedProblemPki().expired.p12)->Sign(Payload()), Payload());
        CHECK(check.verdict == SignatureVerdict::Invalid);
        CHECK(check.reason == SignatureReason::Expired);
    }
    SECTION("garbage is invalid with no signer") {
        const SignatureCheck check = verifier.Verify(Bytes{0x30, 0x00}, Payload());
        CHECK(check.verdict == SignatureVerdict::Invalid);
        CHECK(check.reason == SignatureReason::FormatDamaged);
        CHECK(check.signer_subject.empty());
        CHECK(check.signer_fingerprint.empty());
        CHECK(check.signing_time_unix == 0);
    }
}

TEST_CASE("TrustStoreVerifier reads its trust store once, in the constructor", "[signing]") {
    SECTION("a missing file is thrown at construction") {
        TrustStore missing;
        missing.ca_files = {SharedTestPki().dir / "no-such-root.pem"};
        try {
            TrustStoreVerifier verifier(missing);
            FAIL("a missing trust file was accepted");
        } catch (const DomainError& error) {
            CHECK(error.Code() == ErrorCode::NotFound);
        }
    }
    SECTION("the file may go away once the verifier is built") {
        const std::filesystem::path copy = SharedTestPki().dir / "root-copy.pem";
        std::filesystem::copy_file(SharedTestPki().root_pem, copy,
                                   std::filesystem::copy_options::overwrite_existing);
        TrustStore trust;
        trust.ca_files = {copy};
        const TrustStoreVerifier verifier(trust);
        std::filesystem::remove(copy);
        const SignatureCheck check =
            verifier.Verify(SignerFrom(SharedTestPki().signer.p12)->Sign(Payload()), Payload());
        CHECK(check.verdict == SignatureVerdict::Valid);
    }
}

TEST_CASE("A KeyDecisionSigner needs a key", "[signing]") {
    try {
        KeyDecisionSigner signer(nullptr);
        FAIL("a null key was accepted");
    } catch (const DomainError& error) {
        CHECK(error.Code() == ErrorCode::InvalidValue);
    }
}

TEST_CASE("One TrustStoreVerifier serves several threads at once", "[signing]") {
    const TrustStoreVerifier verifier(MainRoot());
    const auto signer = SignerFrom(SharedTestPki().signer.p12);
    std::vector<Bytes> payloads;
    std::vector<Bytes> signatures;
    for (int i = 0; i < 40; ++i) {
        payloads.push_back(Payload());
        payloads.back().push_back(static_cast<std::uint8_t>('0' + i % 10));
        signatures.push_back(signer->Sign(payloads.back()));
    }
    std::atomic<int> valid{0};
    std::atomic<int> changed{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 2; ++t) {
        threads.emplace_back([&] {
            for (std::size_t i = 0; i < payloads.size(); ++i) {
                if (verifier.Verify(signatures[i], payloads[i]).verdict == SignatureVerdict::Valid) ++valid;
                // Each signature against its neighbour's payload: must be refused.
                const Bytes& other = payloads[(i + 1) % payloads.size()];
                if (verifier.Verify(signatures[i], other).reason == SignatureReason::ContentChanged)
                    ++changed;
            }
        });
    }
    for (auto& thread : threads) thread.join();
    CHECK(valid == 80);
    CHECK(changed == 80);
}
