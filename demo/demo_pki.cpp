// The demo PKI: root → intermediate → one signer per demo user, written as PEM and PKCS#12 files.
#include "demo/demo_pki.h"

#include "domain/errors.h"
#include "signing/pki_maker.h"

#include <chrono>
#include <set>
#include <string_view>
#include <system_error>

namespace innodesk::demo {

using domain::DomainError;
using domain::ErrorCode;
using signing::CertificateProfile;
using signing::IssueCertificate;
using signing::IssuedCertificate;
using signing::KeyUsage;
using signing::MakeRootCa;
using signing::WritePkcs12;
using signing::WriteTextFile;

namespace {

constexpr auto kDay = std::chrono::hours(24);

// X.520 limits a common name to 64 characters; UTF-8 sequences count as one.
std::size_t CharacterCount(std::string_view text) {
    std::size_t count = 0;
    for (const char byte : text) {
        if ((static_cast<unsigned char>(byte) & 0xC0) != 0x80) ++count;
    }
    return count;
}

// The name becomes a file name as well, on Linux and on Windows.
void CheckName(const std::string& name) {
    static constexpr std::string_view kForbidden = "/\\:*?\"<>|";
    bool ok = !name.empty() && name != "." && name != ".." && CharacterCount(name) <= 64 &&
              name.find_first_of(kForbidden) == std::string::npos && name.front() != ' ' &&
              name.back() != ' ' && name.back() != '.';
    for (const char byte : name) {
        if (static_cast<unsigned char>(byte) < 0x20 || byte == 0x7f) ok = false;
    }
    if (!ok) {
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Tên người ký mẫu không dùng được làm tên chứng thư và tên tệp: \"" + name + "\".",
             "The demo signer name cannot be used as a certificate and file name: \"" + name + "\"."},
            "signer_common_names");
    }
}

std::filesystem::path Utf8Name(const std::string& name) {
    return std::filesystem::path(std::u8string(name.begin(), name.end()));
}

}  // namespace

DemoPki CreateDemoPki(const std::filesystem::path& dir, const std::string& password,
                      const std::vector<std::string>& signer_common_names,
                      const std::string& organisation_name, std::chrono::system_clock::time_point now) {
    if (signer_common_names.empty()) {
        throw DomainError(ErrorCode::InvalidValue,
                          {"Cần ít nhất một người ký mẫu.", "At least one demo signer is needed."},
                          "signer_common_names");
    }
    std::set<std::string> seen;
    std::vector<std::string> names = signer_common_names;
    if (!organisation_name.empty()) names.push_back(organisation_name);
    for (const std::string& name : names) {
        CheckName(name);
        if (!seen.insert(name).second) {
            throw DomainError(ErrorCode::InvalidValue,
                              {"Tên người ký mẫu bị lặp: \"" + name + "\".",
                               "A demo signer name is repeated: \"" + name + "\"."},
                              "signer_common_names");
        }
    }
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    if (error) {
        throw DomainError(ErrorCode::Storage,
                          {"Không tạo được thư mục cho chứng thư số mẫu: " + error.message(),
                           "Cannot create the folder for the demo certificates: " + error.message()});
    }

    const std::string organisation = "InnoDesk — dữ liệu mẫu (không dùng thật)";
    CertificateProfile ca;
    ca.organisation = organisation;
    // A day back, so a PC whose clock is a little behind still accepts the chain.
    ca.not_before = now - kDay;
    ca.not_after = now + 3653 * kDay;
    ca.is_ca = true;
    ca.key_usage = KeyUsage::KeyCertSign | KeyUsage::CrlSign;
    ca.common_name = "InnoDesk Demo Root CA";
    const IssuedCertificate root = MakeRootCa(ca);
    ca.common_name = "InnoDesk Demo Intermediate CA";
    const IssuedCertificate intermediate = IssueCertificate(ca, root);

    DemoPki pki;
    pki.root_pem = dir / "demo-root-ca.pem";
    WriteTextFile(pki.root_pem, root.CertificatePem());
    const auto issue = [&](const std::string& name, const std::string& holder_organisation) {
        CertificateProfile profile;
        profile.common_name = name;
        profile.organisation = holder_organisation;
        profile.not_before = now - std::chrono::hours(1);
        profile.not_after = now + 3 * 365 * kDay;
        profile.key_usage = KeyUsage::DigitalSignature | KeyUsage::NonRepudiation;
        const IssuedCertificate signer = IssueCertificate(profile, intermediate);
        DemoSigner demo{name, dir / Utf8Name(name + ".p12"), signer.FingerprintSha256(),
                        signer.CertificatePem()};
        WritePkcs12(demo.p12, signer, {&intermediate}, password);
        return demo;
    };
    for (const std::string& name : signer_common_names) pki.signers.push_back(issue(name, organisation));
    // The department's seal names the department itself, as a licensed CA's organisation certificate does.
    if (!organisation_name.empty()) pki.organisation = issue(organisation_name, organisation_name);
    return pki;
}

}  // namespace innodesk::demo
