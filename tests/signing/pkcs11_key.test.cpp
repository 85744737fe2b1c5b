// Signing keys on a PKCS#11 token, with a SoftHSM2 token made at test time.
#include "signing/pkcs11_key.h"

#include "signing/signing.h"
#include "softhsm_token.h"
#include "test_pki.h"
#include "test_tools.h"

#include <catch2/catch.hpp>

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

namespace {

using innodesk::domain::DomainError;
using innodesk::domain::ErrorCode;
using namespace innodesk::signing;
using innodesk::testing::RequireTool;
using innodesk::testing::SharedSoftHsmToken;
using innodesk::testing::SharedTestPki;
using innodesk::testing::SoftHsmToken;
using innodesk::testing::Tool;
using Bytes = std::vector<std::uint8_t>;

const Bytes& Content() {
    static const std::string text = R"({"decision":"QD-2025-031","signed_on":"token"})";
    static const Bytes content(text.begin(), text.end());
    return content;
}

// RFC 3986: everything but unreserved characters percent-encoded, UTF-8 bytes included.
std::string PercentEncode(const std::string& text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string encoded;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || c == '-' || c == '.' || c == '_' || c == '~') {
            encoded += c;
        } else {
            encoded += '%';
            encoded += kHex[byte >> 4];
            encoded += kHex[byte & 0x0f];
        }
    }
    return encoded;
}

std::string TokenUri(const SoftHsmToken& token) {
    return "pkcs11:token=" + PercentEncode(token.label);
}

std::string KeyUriByLabel(const SoftHsmToken& token) {
    return TokenUri(token) + ";object=" + PercentEncode(token.key_label) + ";type=private";
}

void WriteFile(const std::filesystem::path& file, const Bytes& bytes) {
    std::ofstream out(file, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    REQUIRE(out.good());
}

TrustStore MainRoot() {
    return {{SharedTestPki().root_pem}, {}};
}

DomainError LoadFailure(const std::filesystem::path& module, const std::string& uri, const std::string& pin) {
    try {
        LoadPkcs11Key(module, uri, pin);
    } catch (const DomainError& error) {
        return error;
    }
    FAIL("the key was loaded");
    throw;  // not reached: FAIL throws
}

}  // namespace

TEST_CASE("A key on a PKCS11 token signs what VerifyDetached and openssl cms accept", "[signing][pkcs11]") {
    const std::string openssl = RequireTool(Tool::Openssl);
    const SoftHsmToken* token = &SharedSoftHsmToken();
    const std::string uri = GENERATE_REF(KeyUriByLabel(*token), TokenUri(*token) + ";id=" + token->key_id_uri,
                                         TokenUri(*token), std::string("pkcs11:"));
    INFO("URI " << uri);
    const auto key = LoadPkcs11Key(token->module, uri, token->pin);
    const auto p12_key = LoadPkcs12(SharedTestPki().signer.p12, SharedTestPki().password);
    CHECK(CertificateFingerprintSha256(*key) == CertificateFingerprintSha256(*p12_key));
    CHECK(CertificateSubject(*key).find("CN=Lê Thị Châu") != std::string::npos);

    const Bytes signature = SignDetached(*key, Content());
    // The token has the intermediate: without it in the signature the chain would be untrusted.
    const VerificationResult result = VerifyDetached(signature, Content(), MainRoot());
    INFO(result.explanation.en);
    CHECK(result.verdict == Verdict::Valid);
    CHECK(result.reason == Reason::None);
    CHECK(result.signer_fingerprint_sha256 == CertificateFingerprintSha256(*p12_key));

    const std::filesystem::path signature_file = SharedTestPki().dir / "token-sig.p7s";
    const std::filesystem::path content_file = SharedTestPki().dir / "token-content.json";
    WriteFile(signature_file, signature);
    WriteFile(content_file, Content());
    const std::string command = openssl + " cms -verify -binary -inform DER -in '" + signature_file.string() +
                                "' -content '" + content_file.string() + "' -CAfile '" +
                                SharedTestPki().root_pem + "' -purpose any -out /dev/null 2>/dev/null";
    INFO(command);
    CHECK(std::system(command.c_str()) == 0);
}

TEST_CASE("A wrong PIN is refused once, saying InnoDesk does not retry", "[signing][pkcs11]") {
    const SoftHsmToken* token = &SharedSoftHsmToken();
    const DomainError error = LoadFailure(token->module, KeyUriByLabel(*token), "000000");
    INFO(error.what());
    CHECK(error.Code() == ErrorCode::InvalidValue);
    CHECK(error.Field() == "pin");
    CHECK(error.Text().vi.find("từ chối mã PIN") != std::string::npos);
    CHECK(error.Text().vi.find("không tự động thử lại") != std::string::npos);
    CHECK(error.Text().en.find("refused the PIN") != std::string::npos);
    CHECK(error.Text().en.find("does not retry") != std::string::npos);
    CHECK(error.Text().en.find("000000") == std::string::npos);  // the PIN is never in a message
    // The module was released: the right PIN works at once.
    CHECK(LoadPkcs11Key(token->module, KeyUriByLabel(*token), token->pin) != nullptr);
}

TEST_CASE("A missing PKCS11 module names its path and says each CA ships its own", "[signing][pkcs11]") {
    const std::filesystem::path missing = SharedTestPki().dir / "vendor" / "libvnpt-ca-pkcs11.so";
    const DomainError error = LoadFailure(missing, "pkcs11:", "1234");
    INFO(error.what());
    CHECK(error.Code() == ErrorCode::NotFound);
    CHECK(error.Field() == "module_path");
    CHECK(error.Text().en.find(missing.string()) != std::string::npos);
    CHECK(error.Text().vi.find(missing.string()) != std::string::npos);
    CHECK(error.Text().en.find("Each certificate authority (CA) ships its own module") != std::string::npos);
    CHECK(error.Text().vi.find("Mỗi nhà cung cấp chữ ký số (CA) phát hành thư viện riêng") !=
          std::string::npos);
}

TEST_CASE("A file that is not a PKCS11 module is FileFormat", "[signing][pkcs11]") {
    const DomainError error = LoadFailure(SharedTestPki().root_pem, "pkcs11:", "1234");
    INFO(error.what());
    CHECK(error.Code() == ErrorCode::FileFormat);
    CHECK(error.Text().en.find("is not a PKCS#11 module") != std::string::npos);
}

TEST_CASE("No token or no key matching the URI is NotFound, and the module is released",
          "[signing][pkcs11]") {
    const SoftHsmToken* token = &SharedSoftHsmToken();
    SECTION("no such token") {
        const DomainError error = LoadFailure(token->module, "pkcs11:token=Kh%C3%B4ng%20c%C3%B3", token->pin);
        INFO(error.what());
        CHECK(error.Code() == ErrorCode::NotFound);
        CHECK(error.Text().en.find("No signing token matching") != std::string::npos);
        CHECK(error.Text().en.find(token->label) != std::string::npos);  // the tokens present are listed
    }
    SECTION("no such key label") {
        const DomainError error =
            LoadFailure(token->module, TokenUri(*token) + ";object=someone-else", token->pin);
        INFO(error.what());
        CHECK(error.Code() == ErrorCode::NotFound);
        CHECK(error.Text().en.find("No private key matching") != std::string::npos);
    }
    SECTION("no such key id") {
        const DomainError error = LoadFailure(token->module, TokenUri(*token) + ";id=%ff", token->pin);
        CHECK(error.Code() == ErrorCode::NotFound);
    }
    CHECK(LoadPkcs11Key(token->module, KeyUriByLabel(*token), token->pin) != nullptr);
}

TEST_CASE("A module serves one live key at a time", "[signing][pkcs11]") {
    const SoftHsmToken* token = &SharedSoftHsmToken();
    auto first = LoadPkcs11Key(token->module, KeyUriByLabel(*token), token->pin);
    const DomainError error = LoadFailure(token->module, KeyUriByLabel(*token), token->pin);
    CHECK(error.Code() == ErrorCode::Conflict);
    // The first key still signs: the refused second load did not touch the module.
    const VerificationResult before = VerifyDetached(SignDetached(*first, Content()), Content(), MainRoot());
    CHECK(before.verdict == Verdict::Valid);
    first.reset();
    const auto second = LoadPkcs11Key(token->module, KeyUriByLabel(*token), token->pin);
    CHECK(VerifyDetached(SignDetached(*second, Content()), Content(), MainRoot()).verdict == Verdict::Valid);
}
