// Makes the CLI tests' certificates with signing/pki_maker in a temporary folder.
#include "cli_pki.h"

#include "signing/pki_maker.h"

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <stdexcept>
#include <system_error>

namespace innodesk::testing {
namespace {

using namespace innodesk::signing;

constexpr auto kDay = std::chrono::hours(24);
constexpr std::uint64_t kRevokedSerial = 105;
const KeyUsage kCaUsage = KeyUsage::KeyCertSign | KeyUsage::CrlSign;
const KeyUsage kSigningUsage = KeyUsage::DigitalSignature | KeyUsage::NonRepudiation;

// Validity in days relative to `now`; fixed serials so that the CRL can name one.
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

class OwnedPki {
public:
    OwnedPki()
        : m_root(MakeRootCa(Profile("InnoDesk CLI Test Root CA", 1, -1, 3650, true, kCaUsage))),
          m_intermediate(IssueCertificate(
              Profile("InnoDesk CLI Test Issuing CA", 2, -1, 3650, true, kCaUsage), m_root)) {
        std::string pattern = (std::filesystem::temp_directory_path() / "innodesk-cli-pki-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("CLI test PKI: mkdtemp failed");
        CliPki& p = m_pki;
        p.dir = pattern;
        p.p12_password = "Khóa ký thử 2026";
        p.p12_password_file = File("p12.password");
        p.wrong_password_file = File("wrong.password");
        WriteText(p.p12_password_file, p.p12_password);
        WriteText(p.wrong_password_file, "không phải mật khẩu này");

        p.root_pem = File("root.pem");
        p.intermediate_pem = File("intermediate.pem");
        WriteTextFile(p.root_pem, m_root.CertificatePem());
        WriteTextFile(p.intermediate_pem, m_intermediate.CertificatePem());

        const IssuedCertificate approver =
            IssueCertificate(Profile("Lê Thị Châu", 100, -1, 365, false, kSigningUsage), m_intermediate);
        p.approver = Write("approver", approver, &m_intermediate);
        p.approver_key_pem = File("approver-key.pem");
        WriteEncryptedPrivateKeyPem(p.approver_key_pem, approver, p.p12_password);
        p.second_approver = Write(
            "second-approver",
            IssueCertificate(Profile("Hoàng Minh Dũng", 101, -1, 365, false, kSigningUsage), m_intermediate),
            &m_intermediate);
    }
    ~OwnedPki() {
        std::error_code ignored;
        std::filesystem::remove_all(m_pki.dir, ignored);
    }
    OwnedPki(const OwnedPki&) = delete;
    OwnedPki& operator=(const OwnedPki&) = delete;

    const CliPki& Get() const { return m_pki; }

    CliProblemPki MakeProblems() const {
        CliProblemPki p;
        const auto now = std::chrono::system_clock::now();
        const IssuedCertificate other_root =
            MakeRootCa(Profile("Unrelated CLI Test Root", 1, -1, 3650, true, kCaUsage));
        p.untrusted_root_pem = File("untrusted-root.pem");
        WriteTextFile(p.untrusted_root_pem, other_root.CertificatePem());
        // With any CRL in the trust store every issuer in a chain needs one, the root's included.
        p.crl_pem = File("crls.pem");
        const std::vector<std::uint64_t> none;
        const std::vector<std::uint64_t> revoked{kRevokedSerial};
        WriteTextFile(p.crl_pem, MakeCrlPem(m_root, none, now - kDay, now + 30 * kDay) +
                                     MakeCrlPem(m_intermediate, revoked, now - kDay, now + 30 * kDay));

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
            signer("key-encipherment", "Phạm Mã Hóa", 104, -1, 365, KeyUsage::KeyEncipherment);
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
    CliSigner Write(const std::string& stem, const IssuedCertificate& leaf,
                    const IssuedCertificate* chain) const {
        CliSigner result{File(stem + ".pem"), File(stem + ".p12")};
        WriteTextFile(result.certificate_pem, leaf.CertificatePem());
        std::vector<const IssuedCertificate*> links;
        if (chain) links.push_back(chain);
        WritePkcs12(result.p12, leaf, links, m_pki.p12_password);
        return result;
    }

    IssuedCertificate m_root;
    IssuedCertificate m_intermediate;
    CliPki m_pki;
};

const OwnedPki& Owned() {
    static const OwnedPki pki;
    return pki;
}

}  // namespace

const CliPki& SharedCliPki() {
    return Owned().Get();
}

const CliProblemPki& SharedCliProblemPki() {
    static const CliProblemPki problems = Owned().MakeProblems();
    return problems;
}

std::vector<std::string> P12Options(const CliSigner& signer) {
    return {"--p12", signer.p12, "--password-file", SharedCliPki().p12_password_file};
}

void TrustAndEnrol(const CliDatabase& db) {
    const CliPki& pki = SharedCliPki();
    db.Ok(kAdmin, {"trust", "add", pki.root_pem});
    db.Ok(kAdmin, {"user", "bind-cert", kApprover, "--cert", pki.approver.certificate_pem});
    db.Ok(kAdmin, {"user", "bind-cert", kSecondApprover, "--cert", pki.second_approver.certificate_pem});
}

}  // namespace innodesk::testing
