// Makes the tests' certificates with signing/pki_maker in a temporary folder.
#include "test_pki.h"

#include "pinned_roots.h"

#include "signing/pki_maker.h"

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <system_error>
#include <vector>

namespace innodesk::testing {
namespace {

using namespace innodesk::signing;

constexpr auto kDay = std::chrono::hours(24);
constexpr std::uint64_t kRevokedSerial = 104;
const KeyUsage kCaUsage = KeyUsage::KeyCertSign | KeyUsage::CrlSign;
const KeyUsage kSigningUsage = KeyUsage::DigitalSignature | KeyUsage::NonRepudiation;

// Validity in days relative to now; fixed serials so that the CRL can name one.
CertificateProfile Profile(const char* name, std::uint64_t serial, int from_days, int to_days, bool is_ca,
                           KeyUsage usage) {
    const auto now = std::chrono::system_clock::now();
    CertificateProfile result;
    result.common_name = name;
    result.organisation = "Sở Khoa học và Công nghệ (thử nghiệm)";
    result.serial = serial;
    result.not_before = now + from_days * kDay;
    result.not_after = now + to_days * kDay;
    result.is_ca = is_ca;
    result.key_usage = usage;
    return result;
}

void WritePassword(const std::string& file, const std::string& password) {
    std::ofstream(file, std::ios::trunc) << password << '\n';
}

class OwnedPki {
public:
    OwnedPki()
        : m_root(MakeRootCa(Profile("InnoDesk Test Root CA", 1, -1, 3650, true, kCaUsage))),
          m_intermediate(IssueCertificate(
              Profile("InnoDesk Test Intermediate CA", 2, -1, 3650, true, kCaUsage), m_root)) {
        std::string pattern = (std::filesystem::temp_directory_path() / "innodesk-test-pki-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("test PKI: mkdtemp failed");
        TestPki& p = m_pki;
        p.dir = pattern;
        p.password = "Khóa ký thử 2026";
        p.password_file = File("p12.password");
        p.wrong_password_file = File("wrong.password");
        WritePassword(p.password_file, p.password);
        WritePassword(p.wrong_password_file, "không phải mật khẩu này");

        p.root_pem = File("root.pem");
        p.root_pem_text = m_root.CertificatePem();
        p.intermediate_pem = File("intermediate.pem");
        WriteTextFile(p.root_pem, p.root_pem_text);
        WriteTextFile(p.intermediate_pem, m_intermediate.CertificatePem());

        const IssuedCertificate signer =
            IssueCertificate(Profile("Lê Thị Châu", 100, -1, 365, false, kSigningUsage), m_intermediate);
        p.signer = Write("signer", signer, &m_intermediate);
        p.signer_key_pem = File("signer-key.pem");
        WriteEncryptedPrivateKeyPem(p.signer_key_pem, signer, p.password);
        p.second_signer = Write(
            "second-signer",
            IssueCertificate(Profile("Hoàng Minh Dũng", 101, -1, 365, false, kSigningUsage), m_intermediate),
            &m_intermediate);
    }
    ~OwnedPki() {
        std::error_code ignored;
        std::filesystem::remove_all(m_pki.dir, ignored);
    }
    OwnedPki(const OwnedPki&) = delete;
    OwnedPki& operator=(const OwnedPki&) = delete;

    const TestPki& Get() const { return m_pki; }

    TestProblemPki MakeProblems() const {
        TestProblemPki p;
        const auto now = std::chrono::system_clock::now();
        const IssuedCertificate other_root =
            MakeRootCa(Profile("Unrelated Test Root CA", 1, -1, 3650, true, kCaUsage));
        p.untrusted_root_pem = File("untrusted-root.pem");
        p.untrusted_root_pem_text = other_root.CertificatePem();
        WriteTextFile(p.untrusted_root_pem, p.untrusted_root_pem_text);
        // With any CRL in the trust store every issuer in a chain needs one, the root's included.
        p.crl_pem = File("crls.pem");
        const std::vector<std::uint64_t> none;
        const std::vector<std::uint64_t> revoked{kRevokedSerial};
        p.crl_pem_text = MakeCrlPem(m_root, none, now - kDay, now + 30 * kDay) +
                         MakeCrlPem(m_intermediate, revoked, now - kDay, now + 30 * kDay);
        WriteTextFile(p.crl_pem, p.crl_pem_text);

        auto signer = [&](const char* stem, const char* name, std::uint64_t serial, int from_days,
                          int to_days, KeyUsage usage) {
            return Write(
                stem,
                IssueCertificate(Profile(name, serial, from_days, to_days, false, usage), m_intermediate),
                &m_intermediate);
        };
        p.expired = signer("expired", "Trần Thị Hết Hạn", 102, -30, -1, kSigningUsage);
        p.not_yet_valid = signer("not-yet-valid", "Lê Văn Chưa Tới", 103, 1, 365, kSigningUsage);
        p.key_encipherment =
            signer("key-encipherment", "Phạm Mã Hóa", 105, -1, 365, KeyUsage::KeyEncipherment);
        p.revoked = signer("revoked", "Hoàng Bị Thu Hồi", kRevokedSerial, -1, 365, kSigningUsage);
        p.untrusted =
            Write("untrusted",
                  IssueCertificate(Profile("Võ Gốc Khác", 200, -1, 365, false, kSigningUsage), other_root),
                  nullptr);
        return p;
    }

private:
    std::string File(const std::string& name) const { return (m_pki.dir / name).string(); }

    // The certificate as PEM and, with its key and `chain`, as PKCS#12.
    TestSigner Write(const std::string& stem, const IssuedCertificate& leaf,
                     const IssuedCertificate* chain) const {
        TestSigner result{File(stem + ".pem"), File(stem + ".p12")};
        WriteTextFile(result.certificate_pem, leaf.CertificatePem());
        std::vector<const IssuedCertificate*> links;
        if (chain) links.push_back(chain);
        WritePkcs12(result.p12, leaf, links, m_pki.password, "InnoDesk test signer");
        return result;
    }

    IssuedCertificate m_root;
    IssuedCertificate m_intermediate;
    TestPki m_pki;
};

const OwnedPki& Owned() {
    static const OwnedPki pki;
    return pki;
}

}  // namespace

const TestPki& SharedTestPki() {
    return Owned().Get();
}

const TestProblemPki& SharedProblemPki() {
    static const TestProblemPki problems = Owned().MakeProblems();
    return problems;
}

void PinSharedTestRoot() {
    // Lives as long as the program: its destructor removes the folder at exit.
    static const auto pinned = std::make_unique<PinnedRoots>(
        std::vector<std::filesystem::path>{std::filesystem::path(SharedTestPki().root_pem)});
    (void)pinned;
}

}  // namespace innodesk::testing
