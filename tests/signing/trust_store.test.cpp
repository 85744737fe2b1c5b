// Trust stores given as PEM texts (as the database keeps them) and prepared once for many verifications.
#include "signing/signing.h"

#include "signing/openssl_support.h"
#include "test_pki.h"

#include <openssl/pem.h>

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

using innodesk::domain::DomainError;
using innodesk::domain::ErrorCode;
using namespace innodesk::signing;
using innodesk::testing::SharedProblemPki;
using innodesk::testing::SharedTestPki;
using Bytes = std::vector<std::uint8_t>;

const Bytes& Content() {
    static const std::string text = R"({"decision":"QD-2025-017","amount_vnd":250000000})";
    static const Bytes content(text.begin(), text.end());
    return content;
}

Bytes SignWith(const std::filesystem::path& p12) {
    return SignDetached(*LoadPkcs12(p12, SharedTestPki().password), Content());
}

std::string ReadText(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// An unencrypted private key in PEM, as someone might paste by mistake.
std::string PlainPrivateKeyPem() {
    using namespace innodesk::signing::detail;
    const EvpPkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    const BioPtr bio(BIO_new(BIO_s_mem()));
    REQUIRE(key);
    REQUIRE(bio);
    REQUIRE(PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) == 1);
    char* data = nullptr;
    const long length = BIO_ctrl(bio.get(), BIO_CTRL_INFO, 0, &data);
    return std::string(data, static_cast<std::size_t>(length));
}

void RequireVerdict(const VerificationResult& result, Verdict verdict, Reason reason) {
    INFO("verdict " << VerdictName(result.verdict) << ", reason " << ReasonName(result.reason) << ": "
                    << result.explanation.en);
    CHECK(result.verdict == verdict);
    CHECK(result.reason == reason);
}

}  // namespace

TEST_CASE("A root given as PEM text is trusted like the same root given as a file", "[signing]") {
    TrustStore text_only;
    text_only.ca_pems = {SharedTestPki().root_pem_text};
    RequireVerdict(VerifyDetached(SignWith(SharedTestPki().signer.p12), Content(), text_only), Verdict::Valid,
                   Reason::None);
    RequireVerdict(VerifyDetached(SignWith(SharedProblemPki().untrusted.p12), Content(), text_only),
                   Verdict::Indeterminate, Reason::UntrustedChain);
}

TEST_CASE("Every certificate of a PEM text is a trust anchor, and texts mix with files", "[signing]") {
    const Bytes main_signature = SignWith(SharedTestPki().signer.p12);
    const Bytes second_signature = SignWith(SharedProblemPki().untrusted.p12);
    SECTION("two roots in one text") {
        TrustStore both;
        both.ca_pems = {SharedTestPki().root_pem_text + SharedProblemPki().untrusted_root_pem_text};
        RequireVerdict(VerifyDetached(main_signature, Content(), both), Verdict::Valid, Reason::None);
        RequireVerdict(VerifyDetached(second_signature, Content(), both), Verdict::Valid, Reason::None);
    }
    SECTION("one root as a file, the other as text") {
        TrustStore mixed;
        mixed.ca_files = {SharedTestPki().root_pem};
        mixed.ca_pems = {SharedProblemPki().untrusted_root_pem_text};
        RequireVerdict(VerifyDetached(main_signature, Content(), mixed), Verdict::Valid, Reason::None);
        RequireVerdict(VerifyDetached(second_signature, Content(), mixed), Verdict::Valid, Reason::None);
    }
}

TEST_CASE("CRLs given as PEM text turn revocation checking on", "[signing]") {
    TrustStore with_crl;
    with_crl.ca_pems = {SharedTestPki().root_pem_text};
    with_crl.crl_pems = {SharedProblemPki().crl_pem_text};
    RequireVerdict(VerifyDetached(SignWith(SharedProblemPki().revoked.p12), Content(), with_crl),
                   Verdict::Invalid, Reason::Revoked);
    const VerificationResult good = VerifyDetached(SignWith(SharedTestPki().signer.p12), Content(), with_crl);
    RequireVerdict(good, Verdict::Valid, Reason::None);
    CHECK(good.explanation.en.find("Revocation was checked") != std::string::npos);
}

TEST_CASE("A PEM text that cannot be used is a FileFormat error naming the entry", "[signing]") {
    const std::string root = SharedTestPki().root_pem_text;
    struct Case {
        const char* what;
        bool as_crl;
        std::string text;
        const char* expected_en;  // a part of the English message
    };
    std::string cut = root.substr(0, root.size() / 2) + "\n-----END CERTIFICATE-----\n";
    std::string edited = root;
    edited[edited.find('\n') + 10] = '*';  // not a base64 character
    const Case test_case = GENERATE_COPY(
        Case{"empty text", false, "", "holds no certificate"},
        Case{"plain words", false, "trust me", "holds no certificate"},
        Case{"cut in half", false, cut, "not valid PEM"},
        Case{"an edited character", false, edited, "not valid PEM"},
        Case{"a private key", false, PlainPrivateKeyPem(), "private key"},
        Case{"a private key after the root", false, root + PlainPrivateKeyPem(), "private key"},
        Case{"a CRL given as a CA", false, SharedProblemPki().crl_pem_text, "holds no certificate"},
        Case{"a certificate given as a CRL", true, root, "holds no CRL"});
    INFO(test_case.what);

    TrustStore trust;
    if (test_case.as_crl) {
        trust.ca_pems = {root};
        trust.crl_pems = {SharedProblemPki().crl_pem_text, test_case.text};
    } else {
        trust.ca_pems = {root, test_case.text};
    }
    try {
        PreparedTrustStore prepared(trust);
        FAIL("an unusable PEM text was accepted");
    } catch (const DomainError& error) {
        INFO(error.what());
        CHECK(error.Code() == ErrorCode::FileFormat);
        CHECK(error.Text().en.find(test_case.expected_en) != std::string::npos);
        CHECK(error.Text().en.find("#2") != std::string::npos);
        CHECK(error.Text().vi.find("thứ 2") != std::string::npos);
        CHECK(error.Text().en.find(test_case.as_crl ? "revocation list" : "trusted root") !=
              std::string::npos);
    }
}

TEST_CASE("An encrypted private key pasted as a root is refused", "[signing]") {
    TrustStore trust;
    trust.ca_pems = {ReadText(SharedTestPki().signer_key_pem)};
    REQUIRE(trust.ca_pems.front().find("ENCRYPTED PRIVATE KEY") != std::string::npos);
    try {
        PreparedTrustStore prepared(trust);
        FAIL("an encrypted private key was accepted as a trust anchor");
    } catch (const DomainError& error) {
        INFO(error.what());
        CHECK(error.Code() == ErrorCode::FileFormat);
    }
}

TEST_CASE("A prepared trust store gives the same verdicts as the one-shot call, many times", "[signing]") {
    TrustStore trust;
    trust.ca_files = {SharedTestPki().root_pem};
    trust.crl_pems = {SharedProblemPki().crl_pem_text};
    const PreparedTrustStore prepared(trust);
    const Bytes good = SignWith(SharedTestPki().signer.p12);
    const Bytes revoked = SignWith(SharedProblemPki().revoked.p12);
    Bytes changed = Content();
    changed.back() ^= 0x01;
    for (int round = 0; round < 3; ++round) {
        INFO("round " << round);
        RequireVerdict(VerifyDetached(good, Content(), prepared), Verdict::Valid, Reason::None);
        RequireVerdict(VerifyDetached(revoked, Content(), prepared), Verdict::Invalid, Reason::Revoked);
        RequireVerdict(VerifyDetached(good, changed, prepared), Verdict::Invalid, Reason::ContentChanged);
        const VerificationResult one_shot = VerifyDetached(good, Content(), trust);
        const VerificationResult reused = VerifyDetached(good, Content(), prepared);
        CHECK(one_shot.explanation.en == reused.explanation.en);
        CHECK(one_shot.signer_fingerprint_sha256 == reused.signer_fingerprint_sha256);
    }
}
