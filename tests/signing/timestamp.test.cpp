// RFC 3161 timestamps against the loopback TSA (stock `openssl ts -reply`): tokens that verify, the verdicts
// of bad ones, each refusal of a TSA's reply, and the signature timestamp of a CMS, checked by stock openssl
// too.
#include "signing/timestamp.h"
#include "signing/signing.h"

#include "test_pki.h"
#include "test_tools.h"
#include "test_tsa.h"

#include <catch2/catch.hpp>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

namespace {

using innodesk::domain::DomainError;
using innodesk::domain::ErrorCode;
using innodesk::domain::SignatureVerdict;
using innodesk::testing::LoopbackTsa;
using innodesk::testing::SharedTestPki;
using namespace innodesk::signing;
using Bytes = std::vector<std::uint8_t>;

const Bytes& Data() {
    static const Bytes data = [] {
        const std::string text = R"({"decision":"QĐ-12/2026/SKHCN","amount_vnd":150000000})";
        return Bytes(text.begin(), text.end());
    }();
    return data;
}

std::int64_t Now() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

void WriteFile(const std::filesystem::path& file, const Bytes& bytes) {
    std::ofstream out(file, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    REQUIRE(out.good());
}

// The refusal's English text, after checking that it names the URL in both languages.
std::string RefusalOf(const TimestampAuthority& tsa, ErrorCode code = ErrorCode::SignatureRefused) {
    try {
        RequestTimestamp(tsa, Data());
    } catch (const DomainError& error) {
        INFO(error.Text().en);
        CHECK(error.Code() == code);
        CHECK(error.Text().vi.find(tsa.url) != std::string::npos);
        CHECK(error.Text().en.find(tsa.url) != std::string::npos);
        return error.Text().en;
    }
    FAIL("the TSA's reply was accepted: " + tsa.url);
    return {};
}

// A loopback port nobody listens on: bound by the system, then let go.
int ClosedPort() {
    const int socket_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(socket_fd >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    REQUIRE(::bind(socket_fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
    REQUIRE(::getsockname(socket_fd, reinterpret_cast<sockaddr*>(&address), &length) == 0);
    ::close(socket_fd);
    return ntohs(address.sin_port);
}

}  // namespace

TEST_CASE("A token from the loopback TSA verifies against the data and the TSA CA", "[timestamp]") {
    const LoopbackTsa tsa;
    const Bytes token = RequestTimestamp(tsa.Authority(), Data());
    const TimestampCheck check = VerifyTimestampToken(token, Data(), {tsa.CaPem()});
    INFO(check.explanation.en);
    CHECK(check.verdict == SignatureVerdict::Valid);
    CHECK(check.time_unix >= Now() - 10);
    CHECK(check.time_unix <= Now() + 2);
    CHECK(check.tsa_subject.find("CN=Máy cấp dấu thời gian thử tsa") != std::string::npos);
    CHECK(check.tsa_fingerprint_sha256.size() == 64);
    REQUIRE(check.certificates_der.size() == 2);  // the TSA's certificate and its CA
    CHECK_FALSE(check.explanation.vi.empty());
}

TEST_CASE("A timestamp token over other data is invalid", "[timestamp]") {
    const LoopbackTsa tsa;
    const Bytes token = RequestTimestamp(tsa.Authority(), Data());
    Bytes changed = Data();
    changed[3] ^= 0x01;
    const TimestampCheck check = VerifyTimestampToken(token, changed, {tsa.CaPem()});
    CHECK(check.verdict == SignatureVerdict::Invalid);
    CHECK(check.explanation.en.find("does not match the data") != std::string::npos);
}

TEST_CASE("A timestamp token checked against another CA is indeterminate", "[timestamp]") {
    const LoopbackTsa tsa;
    const Bytes token = RequestTimestamp(tsa.Authority(), Data());
    const TimestampCheck other = VerifyTimestampToken(token, Data(), {tsa.OtherCaPem()});
    INFO(other.explanation.en);
    CHECK(other.verdict == SignatureVerdict::Indeterminate);
    CHECK(other.explanation.en.find("is not trusted") != std::string::npos);
    CHECK(other.certificates_der.empty());
    const TimestampCheck none = VerifyTimestampToken(token, Data(), {});
    CHECK(none.verdict == SignatureVerdict::Indeterminate);
}

TEST_CASE("A damaged timestamp token is an invalid verdict, not an exception", "[timestamp]") {
    const LoopbackTsa tsa;
    Bytes token = RequestTimestamp(tsa.Authority(), Data());
    token.back() ^= 0x01;  // the last byte of the TSA's signature value
    const TimestampCheck damaged = VerifyTimestampToken(token, Data(), {tsa.CaPem()});
    INFO(damaged.explanation.en);
    CHECK(damaged.verdict == SignatureVerdict::Invalid);
    CHECK(damaged.explanation.en.find("signature on the timestamp is damaged") != std::string::npos);

    const Bytes garbage{0x30, 0x03, 0x02, 0x01, 0x01};
    CHECK(VerifyTimestampToken(garbage, Data(), {tsa.CaPem()}).verdict == SignatureVerdict::Invalid);
    CHECK(VerifyTimestampToken({}, Data(), {tsa.CaPem()}).verdict == SignatureVerdict::Invalid);
}

TEST_CASE("A TSA that refuses the request is named with its status text", "[timestamp]") {
    const LoopbackTsa tsa;
    const std::string refusal = RefusalOf(tsa.Authority("reject"));
    CHECK(refusal.find("refused the timestamp: rejection") != std::string::npos);
    CHECK(refusal.find("Message digest algorithm is not supported") != std::string::npos);
    CHECK(refusal.find("[badAlg]") != std::string::npos);
}

TEST_CASE("An unreachable or silent TSA is refused within its timeout", "[timestamp]") {
    const LoopbackTsa tsa;
    // OpenSSL retries a refused connection until the timeout: the refusal comes then, not 20 s later.
    TimestampAuthority closed{"http://127.0.0.1:" + std::to_string(ClosedPort()) + "/tsa", {tsa.CaPem()}};
    closed.timeout = std::chrono::seconds(2);
    auto started = std::chrono::steady_clock::now();
    CHECK(RefusalOf(closed).find("cannot connect to the server within 2 seconds") != std::string::npos);
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(5));

    TimestampAuthority silent = tsa.Authority("slow");
    silent.timeout = std::chrono::seconds(1);
    started = std::chrono::steady_clock::now();
    CHECK(RefusalOf(silent).find("did not answer within 1 second") != std::string::npos);
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(4));
}

TEST_CASE("A TSA reply larger than the ceiling is refused", "[timestamp]") {
    const LoopbackTsa tsa;
    CHECK(RefusalOf(tsa.Authority("huge")).find("larger than the 256 KiB limit") != std::string::npos);
}

TEST_CASE("A TSA reply that is not a token for this request from a trusted TSA is refused", "[timestamp]") {
    const LoopbackTsa tsa;
    CHECK(RefusalOf(tsa.Authority("wrong-certificate")).find("is not trusted") != std::string::npos);
    CHECK(RefusalOf(tsa.Authority("garbage")).find("not a timestamp reply") != std::string::npos);
    CHECK(RefusalOf(tsa.Authority("http-error")).find("HTTP error") != std::string::npos);
    RequestTimestamp(tsa.Authority(), Data());  // what the replay sends back: another nonce
    CHECK(RefusalOf(tsa.Authority("replay")).find("nonce in the reply differs") != std::string::npos);
}

TEST_CASE("A TSA address that is not http or has no CA is refused before any exchange", "[timestamp]") {
    const LoopbackTsa tsa;
    CHECK(
        RefusalOf({"https://127.0.0.1:1/tsa", {tsa.CaPem()}}, ErrorCode::InvalidValue).find("http://host") !=
        std::string::npos);
    CHECK(RefusalOf({tsa.Url(), {}}, ErrorCode::InvalidValue).find("No certificate authority") !=
          std::string::npos);
}

TEST_CASE("A signature timestamp added to a CMS keeps it valid and stamps its signature value",
          "[timestamp]") {
    const std::string openssl = innodesk::testing::RequireTool(innodesk::testing::Tool::Openssl);
    const LoopbackTsa tsa;
    const auto& pki = SharedTestPki();
    const auto key = LoadPkcs12(pki.signer.p12, pki.password);
    const Bytes signature = SignDetached(*key, Data());
    CHECK_FALSE(SignatureTimestampToken(signature).has_value());

    const Bytes stamped = AddSignatureTimestamp(signature, tsa.Authority());
    CHECK(stamped.size() > signature.size());
    const VerificationResult result = VerifyDetached(stamped, Data(), TrustStore{{pki.root_pem}, {}});
    INFO(result.explanation.en);
    CHECK(result.verdict == Verdict::Valid);
    CHECK(SignatureValue(stamped) == SignatureValue(signature));

    const auto token = SignatureTimestampToken(stamped);
    REQUIRE(token.has_value());
    const TimestampCheck check = VerifyTimestampToken(*token, SignatureValue(stamped), {tsa.CaPem()});
    INFO(check.explanation.en);
    CHECK(check.verdict == SignatureVerdict::Valid);
    CHECK(VerifyTimestampToken(*token, Data(), {tsa.CaPem()}).verdict == SignatureVerdict::Invalid);

    // Stock openssl still accepts the signature with its unsigned attribute.
    const std::filesystem::path signature_file = pki.dir / "stamped.p7s";
    const std::filesystem::path content_file = pki.dir / "stamped.json";
    WriteFile(signature_file, stamped);
    WriteFile(content_file, Data());
    const std::string command = openssl + " cms -verify -binary -inform DER -in '" + signature_file.string() +
                                "' -content '" + content_file.string() + "' -CAfile '" + pki.root_pem +
                                "' -purpose any -out /dev/null 2>/dev/null";
    INFO(command);
    CHECK(std::system(command.c_str()) == 0);
}

TEST_CASE("Stock openssl ts -verify accepts a token we requested and refuses it for other data",
          "[timestamp]") {
    const std::string openssl = innodesk::testing::RequireTool(innodesk::testing::Tool::Openssl);
    const LoopbackTsa tsa;
    const Bytes token = RequestTimestamp(tsa.Authority(), Data());
    const std::filesystem::path dir = SharedTestPki().dir;
    WriteFile(dir / "stamped-data.bin", Data());
    WriteFile(dir / "token.tst", token);
    const std::string command = openssl + " ts -verify -token_in -in '" + (dir / "token.tst").string() +
                                "' -data '" + (dir / "stamped-data.bin").string() + "' -CAfile '" +
                                tsa.CaPemFile().string() + "' >/dev/null 2>&1";
    INFO(command);
    CHECK(std::system(command.c_str()) == 0);
    Bytes changed = Data();
    changed[0] ^= 0x01;
    WriteFile(dir / "stamped-data.bin", changed);
    CHECK(std::system(command.c_str()) != 0);
}
