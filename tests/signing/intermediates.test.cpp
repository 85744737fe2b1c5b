// Intermediate certificates that only help build chains (the database's CA certificates): they
// complete a chain to an anchor, and are never anchors themselves, a root among them included.
#include "signing/signing.h"

#include "test_pki.h"
#include "test_tools.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

using namespace innodesk::signing;
using innodesk::testing::SharedProblemPki;
using innodesk::testing::SharedTestPki;
using Bytes = std::vector<std::uint8_t>;

const Bytes& Content() {
    static const std::string text = R"({"decision":"56/QĐ-SKHCN","amount_vnd":56000000})";
    static const Bytes content(text.begin(), text.end());
    return content;
}

std::string ReadText(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The signer's signature carrying its own certificate only, as `openssl cms -sign` makes it without
// -certfile: the chain to the root needs the intermediate from elsewhere.
Bytes SignedWithoutIntermediate() {
    const std::string openssl = innodesk::testing::RequireTool(innodesk::testing::Tool::Openssl);
    const auto& pki = SharedTestPki();
    const auto content = pki.dir / "intermediates-content.json";
    const auto signature = pki.dir / "intermediates-signature.der";
    std::ofstream(content, std::ios::binary)
        .write(reinterpret_cast<const char*>(Content().data()),
               static_cast<std::streamsize>(Content().size()));
    const std::string command = openssl + " cms -sign -binary -outform DER -md sha256 -in " +
                                content.string() + " -signer " + pki.signer.certificate_pem + " -inkey " +
                                pki.signer_key_pem + " -passin file:" + pki.password_file + " -out " +
                                signature.string();
    REQUIRE(std::system(command.c_str()) == 0);
    const std::string der = ReadText(signature.string());
    return Bytes(der.begin(), der.end());
}

}  // namespace

TEST_CASE("An intermediate that only helps completes a chain to an anchor", "[signing]") {
    const Bytes signature = SignedWithoutIntermediate();
    const std::string root = ReadText(SharedTestPki().root_pem);
    const std::string intermediate = ReadText(SharedTestPki().intermediate_pem);

    SECTION("without it the chain stops at the signer, and the explanation says where") {
        const auto result = VerifyDetached(signature, Content(), TrustStore{{}, {}, {root}, {}});
        CHECK(result.verdict == Verdict::Indeterminate);
        CHECK(result.reason == Reason::UntrustedChain);
        CHECK_FALSE(result.chain_end_self_signed);
        CHECK_THAT(result.explanation.en,
                   Catch::Contains("The chain stops at «") && Catch::Contains("Lê Thị Châu"));
        CHECK_THAT(result.explanation.vi, Catch::Contains("Chuỗi chứng thư dừng ở «"));
    }
    SECTION("with it the signature is valid, and the anchor is named") {
        const auto result =
            VerifyDetached(signature, Content(), TrustStore{{}, {}, {root}, {}, {intermediate}});
        INFO(result.explanation.en);
        CHECK(result.verdict == Verdict::Valid);
        CHECK_THAT(result.chain_end_subject, Catch::Contains("InnoDesk Test Root CA"));
        CHECK(result.chain_end_self_signed);
    }
}

TEST_CASE("A root among the intermediates is never an anchor", "[signing]") {
    const std::string root = ReadText(SharedTestPki().root_pem);
    const std::string intermediate = ReadText(SharedTestPki().intermediate_pem);
    const std::string other_root = ReadText(SharedProblemPki().untrusted_root_pem);
    const auto key = LoadPkcs12(SharedTestPki().signer.p12, SharedTestPki().password);
    const Bytes signature = SignDetached(*key, Content());

    const auto result =
        VerifyDetached(signature, Content(), TrustStore{{}, {}, {other_root}, {}, {root, intermediate}});
    INFO(result.explanation.en);
    CHECK(result.verdict == Verdict::Indeterminate);
    CHECK(result.reason == Reason::UntrustedChain);
    CHECK(result.chain_end_self_signed);
    CHECK_THAT(result.explanation.en,
               Catch::Contains("The chain ends at the self-signed root «CN=InnoDesk Test Root CA") &&
                   Catch::Contains("which is not pinned as a trusted root"));
    CHECK_THAT(result.explanation.vi, Catch::Contains("không được ghim là gốc tin cậy"));
    // The same root as an anchor: valid.
    CHECK(VerifyDetached(signature, Content(), TrustStore{{}, {}, {root}, {}, {}}).verdict == Verdict::Valid);
}
