// Makes the test PKI with signing/pki_maker in a temporary folder.
#include "test_pki.h"

#include "signing/pki_maker.h"

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <stdexcept>
#include <system_error>
#include <vector>

namespace innodesk::signing::test {
namespace {

constexpr auto kDay = std::chrono::hours(24);

class OwnedPki {
public:
    OwnedPki() {
        std::string pattern = (std::filesystem::temp_directory_path() / "innodesk-signing-XXXXXX").string();
        if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("test PKI: mkdtemp failed");
        TestPki& p = m_pki;
        p.dir = pattern;
        p.password = "Mật-khẩu thử 2025";

        const auto now = std::chrono::system_clock::now();
        // Validity in days relative to now; serials fixed so that the CRL can name one.
        auto profile = [&](const char* name, std::uint64_t serial, int from_days, int to_days, bool is_ca,
                           KeyUsage usage) {
            CertificateProfile result;
            result.common_name = name;
            result.organisation = "InnoDesk thử nghiệm";
            result.serial = serial;
            result.not_before = now + from_days * kDay;
            result.not_after = now + to_days * kDay;
            result.is_ca = is_ca;
            result.key_usage = usage;
            return result;
        };
        const KeyUsage kCa = KeyUsage::KeyCertSign | KeyUsage::CrlSign;
        const KeyUsage kSigning = KeyUsage::DigitalSignature | KeyUsage::NonRepudiation;
        const IssuedCertificate root = MakeRootCa(profile("InnoDesk Test Root CA", 1, -1, 3650, true, kCa));
        const IssuedCertificate intermediate =
            IssueCertificate(profile("InnoDesk Test Intermediate CA", 2, -1, 3650, true, kCa), root);
        const IssuedCertificate second_root =
            MakeRootCa(profile("Unrelated Test Root CA", 1, -1, 3650, true, kCa));
        auto signer_of = [&](const char* name, std::uint64_t serial, int from_days, int to_days,
                             KeyUsage usage, const IssuedCertificate& issuer) {
            return IssueCertificate(profile(name, serial, from_days, to_days, false, usage), issuer);
        };
        const IssuedCertificate signer = signer_of("Nguyễn Văn An", 100, -1, 365, kSigning, intermediate);
        const IssuedCertificate expired = signer_of("Trần Thị Hết Hạn", 101, -30, -1, kSigning, intermediate);
        const IssuedCertificate not_yet_valid =
            signer_of("Lê Văn Chưa Tới", 102, 1, 365, kSigning, intermediate);
        const IssuedCertificate key_encipherment =
            signer_of("Phạm Mã Hóa", 103, -1, 365, KeyUsage::KeyEncipherment, intermediate);
        const IssuedCertificate revoked = signer_of("Hoàng Bị Thu Hồi", 104, -1, 365, kSigning, intermediate);
        const IssuedCertificate second_root_signer =
            signer_of("Võ Gốc Khác", 200, -1, 365, kSigning, second_root);

        p.root_pem = p.dir / "root.pem";
        p.second_root_pem = p.dir / "second-root.pem";
        p.crl_pem = p.dir / "crls.pem";
        p.root_pem_text = root.CertificatePem();
        p.second_root_pem_text = second_root.CertificatePem();
        // CRL_CHECK_ALL wants a CRL for every issuer in the chain, the root's included.
        const std::vector<std::uint64_t> none;
        const std::vector<std::uint64_t> revoked_serials{104};
        p.crl_pem_text = MakeCrlPem(root, none, now - kDay, now + 30 * kDay) +
                         MakeCrlPem(intermediate, revoked_serials, now - kDay, now + 30 * kDay);
        WriteTextFile(p.root_pem, p.root_pem_text);
        WriteTextFile(p.second_root_pem, p.second_root_pem_text);
        WriteTextFile(p.crl_pem, p.crl_pem_text);

        auto p12 = [&](const char* name, const IssuedCertificate& leaf, const IssuedCertificate* chain) {
            const std::filesystem::path file = p.dir / name;
            std::vector<const IssuedCertificate*> links;
            if (chain) links.push_back(chain);
            WritePkcs12(file, leaf, links, p.password, "InnoDesk test signer");
            return file;
        };
        p.signer_p12 = p12("signer.p12", signer, &intermediate);
        p.expired_p12 = p12("expired.p12", expired, &intermediate);
        p.not_yet_valid_p12 = p12("not-yet-valid.p12", not_yet_valid, &intermediate);
        p.key_encipherment_p12 = p12("key-encipherment.p12", key_encipherment, &intermediate);
        p.revoked_p12 = p12("revoked.p12", revoked, &intermediate);
        p.second_root_signer_p12 = p12("second-root-signer.p12", second_root_signer, nullptr);

        p.signer_key_pem = p.dir / "signer-key.pem";
        p.signer_certificate_pem = p.dir / "signer-certificate.pem";
        p.intermediate_pem = p.dir / "intermediate.pem";
        WriteEncryptedPrivateKeyPem(p.signer_key_pem, signer, p.password);
        WriteTextFile(p.signer_certificate_pem, signer.CertificatePem());
        WriteTextFile(p.intermediate_pem, intermediate.CertificatePem());
    }
    ~OwnedPki() {
        std::error_code ignored;
        std::filesystem::remove_all(m_pki.dir, ignored);
    }
    OwnedPki(const OwnedPki&) = delete;
    OwnedPki& operator=(const OwnedPki&) = delete;

    const TestPki& Get() const { return m_pki; }

private:
    TestPki m_pki;
};

}  // namespace

const TestPki& SharedTestPki() {
    static const OwnedPki pki;
    return pki.Get();
}

}  // namespace innodesk::signing::test
