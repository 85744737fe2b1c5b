// libFuzzer target: the CMS verifier that checks every signed decision. At start it makes a
// throwaway PKI (root → signer, keys in memory only) and one valid signature over a decision-like
// payload. An input is then either raw DER (first byte even) or a list of byte edits applied to
// the valid signature (first byte odd), so that the fuzzer reaches both the DER parser and the
// deep checks — signature, digest, chain, key usage — of an almost-valid signature. Whatever
// the bytes, the verifier must return a verdict: never crash, leak, hang or throw.
#include "domain/errors.h"
#include "signing/pki_maker.h"
#include "signing/signing.h"

#include <unistd.h>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace {

using namespace innodesk::signing;

struct Fixture {
    std::vector<std::uint8_t> content;
    std::vector<std::uint8_t> signature;
    std::unique_ptr<PreparedTrustStore> trust;
};

const Fixture& Prepared() {
    static const Fixture fixture = [] {
        Fixture f;
        const auto now = std::chrono::system_clock::now();
        CertificateProfile root_profile{"InnoDesk Fuzz Root CA"};
        root_profile.is_ca = true;
        root_profile.key_usage = KeyUsage::KeyCertSign | KeyUsage::CrlSign;
        root_profile.not_before = now - std::chrono::hours(24);
        root_profile.not_after = now + std::chrono::hours(24 * 365);
        const auto root = MakeRootCa(root_profile);
        CertificateProfile signer_profile{"Giám đốc Thử Nghiệm"};
        signer_profile.not_before = root_profile.not_before;
        signer_profile.not_after = root_profile.not_after;
        const auto signer = IssueCertificate(signer_profile, root);
        // The signing API takes a PKCS#12 file: written to a private file and removed at once.
        const std::filesystem::path p12 =
            std::filesystem::temp_directory_path() / ("innodesk-fuzz-" + std::to_string(::getpid()) + ".p12");
        WritePkcs12(p12, signer, {}, "fuzz-password");
        const auto key = LoadPkcs12(p12, "fuzz-password");
        std::filesystem::remove(p12);
        const std::string payload =
            R"({"amount":80000000,"date":"2026-06-20","kind":"approval","number":"125/QĐ-SKHCN","signer":"Giám đốc"})";
        f.content.assign(payload.begin(), payload.end());
        f.signature = SignDetached(*key, f.content);
        f.trust = std::make_unique<PreparedTrustStore>(TrustStore{{}, {}, {root.CertificatePem()}, {}});
        if (VerifyDetached(f.signature, f.content, *f.trust).verdict != Verdict::Valid) std::abort();
        return f;
    }();
    return fixture;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const Fixture& f = Prepared();
    if (size == 0) return 0;
    std::vector<std::uint8_t> signature;
    if ((data[0] & 1) == 0) {
        signature.assign(data + 1, data + size);
    } else {
        // Edits of three bytes each: a 16-bit position in the signature and a byte to XOR there;
        // a position past the end cuts the signature there instead.
        signature = f.signature;
        for (std::size_t i = 1; i + 2 < size; i += 3) {
            const std::size_t at = static_cast<std::size_t>(data[i]) << 8 | data[i + 1];
            if (at >= signature.size()) {
                signature.resize(at % (signature.size() + 1));
            } else {
                signature[at] ^= data[i + 2];
            }
        }
    }
    try {
        VerifyDetached(signature, f.content, *f.trust);
    } catch (const innodesk::domain::DomainError&) {
        std::abort();  // the verifier promises a verdict, never an exception, for a bad signature
    }
    return 0;
}
