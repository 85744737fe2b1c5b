// Verification throughput of signed decisions on one thread, next to `openssl speed rsa2048` measured in
// the same run; and the cost of one password hash with the default (OWASP) scrypt parameters.
//
//   verify_bench [count]      (default 10000 decisions)
#include "signing/domain_adapters.h"
#include "signing/pki_maker.h"
#include "signing/scrypt_password_hasher.h"
#include "signing/signing.h"

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

namespace {

using namespace innodesk::signing;
using Clock = std::chrono::steady_clock;
using Bytes = std::vector<std::uint8_t>;

double Seconds(Clock::time_point since) {
    return std::chrono::duration<double>(Clock::now() - since).count();
}

// A decision as the decision service canonicalises it: sorted keys, no spaces, UTF-8, about 600 bytes.
Bytes Payload(int i) {
    std::ostringstream json;
    json << R"({"amount_vnd":)" << 150000000 + 1000 * i
         << R"(,"applicant":{"name":"Công ty TNHH Đổi Mới Sáng Tạo )" << i
         << R"(","province":"Thừa Thiên Huế","tax_code":")" << 3300100000 + i << R"("},)"
         << R"("application":"HS-2025-)" << i
         << R"(","budget_line":"KHCN-DMST-2025-02","decided_at":"2025-11-23T09:)" << (i / 60) % 60 << ":"
         << i % 60 << R"(+07:00","decision":"approve","decision_no":"QD-)" << i
         << R"(/QD-SKHCN","programme":"Chương trình hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh )"
         << R"(giai đoạn 2025–2030","reasons":["Hồ sơ đầy đủ theo quy định","Kinh phí trong định mức"],)"
         << R"("reviewer":"Nguyễn Văn An",)"
         << R"("schema":1,"support_items":[{"code":"TV","vnd":)" << 50000000 + i
         << R"(},{"code":"SHTT","vnd":)" << 20000000 << "}]}";
    const std::string text = json.str();
    return Bytes(text.begin(), text.end());
}

// `openssl speed` prints e.g. "rsa 2048 bits 0.000715s 0.000021s   1398.6  47522.6": the last two
// numbers are sign/s and verify/s.
double OpenSslVerifyPerSecond(const std::string& command) {
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    if (!pipe) return 0;
    std::array<char, 512> line{};
    double verify = 0;
    while (std::fgets(line.data(), static_cast<int>(line.size()), pipe.get())) {
        const std::string text(line.data());
        if (text.rfind("rsa 2048 bits", 0) != 0) continue;
        std::istringstream fields(text.substr(std::string("rsa 2048 bits").size()));
        std::string sign_time;
        std::string verify_time;
        double sign = 0;
        fields >> sign_time >> verify_time >> sign >> verify;
    }
    return verify;
}

}  // namespace

int main(int argc, char** argv) {
    const int count = argc > 1 ? std::atoi(argv[1]) : 10000;
    if (count <= 0) {
        std::cerr << "usage: verify_bench [count]\n";
        return 2;
    }
    try {
        // The test PKI shape: RSA-2048 root → intermediate → signer; the p12 carries the intermediate.
        std::string pattern =
            (std::filesystem::temp_directory_path() / "innodesk-verify-bench-XXXXXX").string();
        if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
        const std::filesystem::path dir = pattern;
        const auto now = std::chrono::system_clock::now();
        CertificateProfile profile;
        profile.organisation = "InnoDesk benchmark";
        profile.not_before = now - std::chrono::hours(24);
        profile.not_after = now + std::chrono::hours(24 * 365);
        profile.is_ca = true;
        profile.key_usage = KeyUsage::KeyCertSign | KeyUsage::CrlSign;
        profile.common_name = "Bench Root CA";
        const IssuedCertificate root = MakeRootCa(profile);
        profile.common_name = "Bench Intermediate CA";
        const IssuedCertificate intermediate = IssueCertificate(profile, root);
        profile.common_name = "Nguyễn Văn An";
        profile.is_ca = false;
        profile.key_usage = KeyUsage::DigitalSignature | KeyUsage::NonRepudiation;
        const IssuedCertificate signer_certificate = IssueCertificate(profile, intermediate);
        WritePkcs12(dir / "signer.p12", signer_certificate, {&intermediate}, "bench");
        const KeyDecisionSigner signer(LoadPkcs12(dir / "signer.p12", "bench"));
        TrustStore trust;
        trust.ca_pems = {root.CertificatePem()};
        const TrustStoreVerifier verifier(trust);
        std::error_code ignored;
        std::filesystem::remove_all(dir, ignored);

        std::vector<Bytes> payloads;
        payloads.reserve(static_cast<std::size_t>(count));
        std::size_t total_bytes = 0;
        for (int i = 0; i < count; ++i) {
            payloads.push_back(Payload(i));
            total_bytes += payloads.back().size();
        }

        auto start = Clock::now();
        std::vector<Bytes> signatures;
        signatures.reserve(payloads.size());
        for (const Bytes& payload : payloads) signatures.push_back(signer.Sign(payload));
        const double sign_seconds = Seconds(start);

        start = Clock::now();
        int valid = 0;
        for (std::size_t i = 0; i < payloads.size(); ++i) {
            if (verifier.Verify(signatures[i], payloads[i]).verdict ==
                innodesk::domain::SignatureVerdict::Valid) {
                ++valid;
            }
        }
        const double verify_seconds = Seconds(start);

        const std::string speed_command = "openssl speed -seconds 3 rsa2048 2>/dev/null";
        const double openssl_verify = OpenSslVerifyPerSecond(speed_command);

        start = Clock::now();
        const ScryptPasswordHasher hasher;
        const std::string stored = hasher.Hash("mật khẩu quản trị");
        const double scrypt_seconds = Seconds(start);

        const double rate = count / verify_seconds;
        std::printf("decisions: %d, %zu bytes on average, signature %zu bytes\n", count,
                    total_bytes / payloads.size(), signatures.front().size());
        std::printf("sign (PKCS#12 key, RSA-2048):            %9.0f decisions/s\n", count / sign_seconds);
        std::printf("verify (TrustStoreVerifier, full chain): %9.0f decisions/s, %.1f us each, %d/%d valid\n",
                    rate, 1e6 * verify_seconds / count, valid, count);
        if (openssl_verify > 0) {
            std::printf("baseline `%s`: %9.0f RSA-2048 verify/s (%.1f%% of it)\n", speed_command.c_str(),
                        openssl_verify, 100.0 * rate / openssl_verify);
        } else {
            std::printf("baseline `%s`: not available\n", speed_command.c_str());
        }
        std::printf("password hash (scrypt ln=17,r=8,p=1):    %9.0f ms for one Hash\n",
                    1000 * scrypt_seconds);
        std::printf("target >= 5000 decisions/s: %s\n", rate >= 5000 ? "met" : "NOT met");
        return valid == count && stored.rfind("$scrypt$", 0) == 0 ? 0 : 1;
    } catch (const std::exception& error) {
        std::cerr << "verify_bench: " << error.what() << "\n";
        return 1;
    }
}
