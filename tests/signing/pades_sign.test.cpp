// PAdES signatures of a PDF, checked by tools nobody here wrote: poppler's pdfsig with the test CA in
// an NSS database, qpdf, pikepdf, pdftotext and pdftoppm, and OpenSSL for the CMS's attributes.
#include "signing/pades_sign.h"

#include "reports/pdf_report_writer.h"
#include "reports/report_document.h"
#include "signing/pkcs11_key.h"
#include "signing/pki_maker.h"
#include "signing/signing.h"
#include "softhsm_token.h"
#include "test_pki.h"
#include "test_tools.h"

#include <openssl/cms.h>
#include <openssl/ess.h>
#include <openssl/pem.h>
#include <podofo/podofo.h>
#include <unistd.h>
#include <catch2/catch.hpp>

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>

namespace {

using innodesk::domain::DomainError;
using innodesk::domain::ErrorCode;
using namespace innodesk::signing;
using Bytes = std::vector<std::uint8_t>;
namespace fs = std::filesystem;

// --- The outside programs, with the suite's skip rule (test_tools.h): exit 77, or fail under
// INNODESK_REQUIRE_TEST_TOOLS. Found on PATH: poppler-utils, libnss3-tools, qpdf, python3-pikepdf.
std::string RequireProgram(const std::string& name, const std::string& package) {
    const char* hidden = std::getenv("INNODESK_TEST_HIDE_TOOLS");
    std::stringstream list(hidden != nullptr ? hidden : "");
    bool is_hidden = false;
    for (std::string item; std::getline(list, item, ',');) is_hidden = is_hidden || item == name;
    if (!is_hidden) {
        std::stringstream path(std::getenv("PATH") != nullptr ? std::getenv("PATH") : "/usr/bin:/bin");
        for (std::string folder; std::getline(path, folder, ':');) {
            const fs::path candidate = fs::path(folder) / name;
            if (::access(candidate.c_str(), X_OK) == 0) return candidate.string();
        }
    }
    const std::string message = name + " (Debian package " + package + ") was not found: this test needs it";
#if INNODESK_REQUIRE_TEST_TOOLS
    FAIL(message + " (INNODESK_REQUIRE_TEST_TOOLS is on)");
#else
    std::fprintf(stderr, "SKIPPED: %s\n", message.c_str());
    std::fflush(nullptr);
    std::exit(innodesk::testing::kSkipExitCode);
#endif
    return {};
}

void RequirePikepdf() {
    const std::string python = "/usr/bin/python3";
    if (std::system((python + " -c 'import pikepdf' 2>/dev/null").c_str()) != 0) {
        RequireProgram("python3-with-pikepdf (import pikepdf failed)", "python3-pikepdf");
    }
}

struct RunResult {
    int exit_code = -1;
    std::string output;  // stdout and stderr
};

RunResult Run(const std::string& command) {
    RunResult result;
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::array<char, 4096> chunk{};
    for (std::size_t n; (n = std::fread(chunk.data(), 1, chunk.size(), pipe)) > 0;)
        result.output.append(chunk.data(), n);
    const int status = ::pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

std::string Quote(const fs::path& path) {
    return "'" + path.string() + "'";
}

std::string ReadFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void WriteFile(const fs::path& file, std::string_view bytes) {
    std::ofstream out(file, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    REQUIRE(out.good());
}

std::size_t Count(const std::string& text, const std::string& what) {
    std::size_t count = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++count;
    return count;
}

// --- A small PKI of our own: a root, the approver, the department and a TSA, in one folder.
struct Pki {
    fs::path dir;
    std::string password = "pades-test";
    std::optional<IssuedCertificate> root, approver, department, tsa;
    fs::path root_pem, approver_p12, department_p12, tsa_pem, tsa_key;
    std::string crl_pem;
};

CertificateProfile Profile(const std::string& name, bool ca) {
    CertificateProfile profile;
    profile.common_name = name;
    profile.organisation = "Sở Khoa học và Công nghệ tỉnh Khánh Hòa";
    const auto now = std::chrono::system_clock::now();
    profile.not_before = now - std::chrono::hours(24);
    profile.not_after = now + std::chrono::hours(24 * 365);
    profile.is_ca = ca;
    if (ca) profile.key_usage = KeyUsage::KeyCertSign | KeyUsage::CrlSign;
    return profile;
}

const Pki& SharedPki() {
    static const Pki pki = [] {
        Pki made;
        made.dir = fs::temp_directory_path() / ("innodesk-pades-" + std::to_string(::getpid()));
        made.root = MakeRootCa(Profile("InnoDesk PAdES Test Root", true));
        made.approver = IssueCertificate(Profile("Nguyễn Thị Ánh", false), *made.root);
        made.department = IssueCertificate(Profile("Sở Khoa học và Công nghệ", false), *made.root);
        CertificateProfile tsa = Profile("InnoDesk Test TSA", false);
        tsa.key_usage = KeyUsage::DigitalSignature;
        tsa.time_stamping = true;
        made.tsa = IssueCertificate(tsa, *made.root);
        fs::create_directories(made.dir);
        made.root_pem = made.dir / "root.pem";
        made.approver_p12 = made.dir / "approver.p12";
        made.department_p12 = made.dir / "department.p12";
        made.tsa_pem = made.dir / "tsa.pem";
        made.tsa_key = made.dir / "tsa-key.pem";
        WriteTextFile(made.root_pem, made.root->CertificatePem());
        WriteTextFile(made.tsa_pem, made.tsa->CertificatePem());
        WritePkcs12(made.approver_p12, *made.approver, {&*made.root}, made.password);
        WritePkcs12(made.department_p12, *made.department, {&*made.root}, made.password);
        WriteEncryptedPrivateKeyPem(made.tsa_key, *made.tsa, made.password);
        const auto now = std::chrono::system_clock::now();
        made.crl_pem =
            MakeCrlPem(*made.root, {}, now - std::chrono::hours(1), now + std::chrono::hours(24 * 30));
        return made;
    }();
    return pki;
}

struct PkiFolderRemover {
    ~PkiFolderRemover() {
        std::error_code ignored;
        fs::remove_all(fs::temp_directory_path() / ("innodesk-pades-" + std::to_string(::getpid())), ignored);
    }
} remover;

// A temporary folder per test, removed at its end (INNODESK_KEEP_PADES=1 keeps it, to look at the pages).
struct TempDir {
    fs::path path;
    TempDir() {
        static int counter = 0;
        path = fs::temp_directory_path() /
               ("innodesk-pades-case-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
        fs::create_directories(path);
    }
    ~TempDir() {
        if (std::getenv("INNODESK_KEEP_PADES") == nullptr) {
            std::error_code ignored;
            fs::remove_all(path, ignored);
        }
    }
};

// The NSS database pdfsig reads, trusting our root as a CA for everything.
fs::path NssDatabase(const fs::path& folder, const fs::path& root_pem) {
    const std::string certutil = RequireProgram("certutil", "libnss3-tools");
    const fs::path db = folder / "nss";
    fs::create_directories(db);
    REQUIRE(Run(certutil + " -N -d sql:" + Quote(db) + " --empty-password").exit_code == 0);
    const RunResult added =
        Run(certutil + " -A -d sql:" + Quote(db) + " -n test-root -t 'CT,C,C' -i " + Quote(root_pem));
    INFO(added.output);
    REQUIRE(added.exit_code == 0);
    return db;
}

RunResult Pdfsig(const fs::path& pdf, const fs::path& db) {
    const std::string pdfsig = RequireProgram("pdfsig", "poppler-utils");
    return Run(pdfsig + " -nssdir sql:" + Quote(db) + " " + Quote(pdf));
}

// The decision-like page every test signs: written by the project's own PDF writer (cairo).
std::string DecisionPdf(const fs::path& folder) {
    using namespace innodesk::reports;
    ReportDocument doc;
    doc.issuing_body = {"UBND TỈNH KHÁNH HÒA", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"};
    doc.national_heading = {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"};
    doc.title = "QUYẾT ĐỊNH";
    doc.subtitle = {"Về việc phê duyệt hỗ trợ doanh nghiệp"};
    doc.before_table = {{ParagraphStyle::Body, "Phê duyệt hỗ trợ cho Công ty TNHH Ánh Dương."}};
    doc.table.columns = {{"STT", 5, ColumnAlign::Centre}, {"Nội dung", 30, ColumnAlign::Left}};
    doc.table.AddItem({ReportCell::Text("1"), ReportCell::Text("Hỗ trợ đổi mới công nghệ")});
    doc.signature.authority = {"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"};
    doc.signature.name = "Nguyễn Thị Ánh";
    const fs::path file = folder / "decision.pdf";
    WritePdfReport(doc, file);
    return ReadFile(file);
}

std::unique_ptr<SigningKey> Approver() {
    return LoadPkcs12(SharedPki().approver_p12, SharedPki().password);
}
std::unique_ptr<SigningKey> Department() {
    return LoadPkcs12(SharedPki().department_p12, SharedPki().password);
}

constexpr std::int64_t kSigningTime = 1'796'613'303;  // 07/12/2026 03:15:03 UTC, 10:15:03 +07:00

PdfSignatureRequest ApproverRequest() {
    PdfSignatureRequest request;
    request.field_name = "Approver";
    request.rect = {0, 340, 530, 215, 62};  // between the signer's title and name
    request.appearance = {"Ký bởi: Nguyễn Thị Ánh", "Phó Giám đốc",
                          "Thời gian ký: 07/12/2026 10:15:03 +07:00"};
    request.reason = "Phê duyệt quyết định";
    request.location = "Nha Trang";
    request.signing_time_unix = kSigningTime;
    request.certify = true;
    // Under the issuing body and under the motto, where Decree 30 puts the number and the date.
    request.add_fields = {{"Number", {0, 95, 741, 150, 15}, "", 11, true},
                          {"Date", {0, 325, 741, 230, 15}, "", 11, true}};
    return request;
}

PdfSignatureRequest ClerkRequest() {
    PdfSignatureRequest request;
    request.field_name = "Department";
    request.rect = {0, 395, 790, 195, 40};  // top right of the first page
    request.appearance = {"Ký bởi: Sở Khoa học và Công nghệ", "Thời gian ký: 07/12/2026 14:02:11 +07:00"};
    request.signing_time_unix = kSigningTime + 13'628;
    request.fill_fields = {{"Number", {}, "15/QĐ-SKHCN", 12, true},
                           {"Date", {}, "Khánh Hòa, ngày 07 tháng 12 năm 2026", 12, true}};
    request.attachments = {{"decision.json", "application/json", "Bản ghi quyết định (JSON chuẩn tắc)",
                            Bytes{'{', '"', 'n', 'o', '"', ':', '1', '5', '}'}}};
    return request;
}

// The last signature's CMS, read through its /ByteRange.
Bytes LastCms(const std::string& pdf) {
    const auto at = pdf.rfind("/ByteRange");
    REQUIRE(at != std::string::npos);
    long long a = 0, b = 0, c = 0, d = 0;
    REQUIRE(std::sscanf(pdf.c_str() + at, "/ByteRange [ %lld %lld %lld %lld", &a, &b, &c, &d) == 4);
    const std::string hex = pdf.substr(static_cast<std::size_t>(b) + 1, static_cast<std::size_t>(c - b - 2));
    Bytes der;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
        der.push_back(static_cast<std::uint8_t>(std::stoi(hex.substr(i, 2), nullptr, 16)));
    return der;
}

}  // namespace

TEST_CASE("A PAdES signature is valid and trusted for pdfsig as ETSI.CAdES.detached and appends to the file",
          "[pades]") {
    const TempDir folder;
    const fs::path db = NssDatabase(folder.path, SharedPki().root_pem);
    const std::string original = DecisionPdf(folder.path);

    const std::string signed_pdf = SignPdf(original, *Approver(), ApproverRequest());
    REQUIRE(signed_pdf.size() > original.size());
    CHECK(signed_pdf.compare(0, original.size(), original) == 0);
    CHECK(signed_pdf.find("/SubFilter/ETSI.CAdES.detached") != std::string::npos);
    CHECK(signed_pdf.find("/M(D:20261207101503+07'00')") != std::string::npos);
    CHECK(signed_pdf.find("/TransformMethod/DocMDP") != std::string::npos);
    WriteFile(folder.path / "signed.pdf", signed_pdf);

    const RunResult pdfsig = Pdfsig(folder.path / "signed.pdf", db);
    INFO(pdfsig.output);
    CHECK(pdfsig.exit_code == 0);
    CHECK(Count(pdfsig.output, "Signature Validation: Signature is Valid.") == 1);
    CHECK(Count(pdfsig.output, "Certificate Validation: Certificate is Trusted.") == 1);
    CHECK(pdfsig.output.find("Signature Type: ETSI.CAdES.detached") != std::string::npos);
    CHECK(pdfsig.output.find("Total document signed") != std::string::npos);

    // The CMS: SHA-256 over the byte ranges, signing-certificate-v2, no signing-time, the chain included.
    const Bytes der = LastCms(signed_pdf);
    const unsigned char* cursor = der.data();
    std::unique_ptr<CMS_ContentInfo, decltype(&CMS_ContentInfo_free)> cms(
        d2i_CMS_ContentInfo(nullptr, &cursor, static_cast<long>(der.size())), CMS_ContentInfo_free);
    REQUIRE(cms != nullptr);
    CHECK(CMS_is_detached(cms.get()) == 1);
    CMS_SignerInfo* signer = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms.get()), 0);
    REQUIRE(signer != nullptr);
    CHECK(CMS_signed_get_attr_by_NID(signer, NID_id_smime_aa_signingCertificateV2, -1) >= 0);
    CHECK(CMS_signed_get_attr_by_NID(signer, NID_pkcs9_signingTime, -1) < 0);
    CHECK(CMS_signed_get_attr_by_NID(signer, NID_pkcs9_messageDigest, -1) >= 0);
    STACK_OF(X509)* certificates = CMS_get1_certs(cms.get());
    CHECK(sk_X509_num(certificates) == 2);  // the signer and the root its PKCS#12 carries
    // signing-certificate-v2 names the signer's certificate: OpenSSL's ESS check finds it first in the chain.
    X509_ATTRIBUTE* attribute = CMS_signed_get_attr(
        signer, CMS_signed_get_attr_by_NID(signer, NID_id_smime_aa_signingCertificateV2, -1));
    const ASN1_TYPE* value = X509_ATTRIBUTE_get0_type(attribute, 0);
    REQUIRE(value != nullptr);
    REQUIRE(value->type == V_ASN1_SEQUENCE);
    const unsigned char* ess_cursor = value->value.sequence->data;
    std::unique_ptr<ESS_SIGNING_CERT_V2, decltype(&ESS_SIGNING_CERT_V2_free)> ess(
        d2i_ESS_SIGNING_CERT_V2(nullptr, &ess_cursor, value->value.sequence->length),
        ESS_SIGNING_CERT_V2_free);
    REQUIRE(ess != nullptr);
    STACK_OF(X509)* signer_first = sk_X509_new_null();
    X509* signer_certificate = nullptr;
    for (int i = 0; i < sk_X509_num(certificates); ++i) {
        X509* certificate = sk_X509_value(certificates, i);
        if (X509_check_issued(certificate, certificate) != X509_V_OK) signer_certificate = certificate;
    }
    REQUIRE(signer_certificate != nullptr);
    sk_X509_push(signer_first, signer_certificate);
    CHECK(OSSL_ESS_check_signing_certs(nullptr, ess.get(), signer_first, 1) == 1);
    sk_X509_free(signer_first);
    STACK_OF(X509)* root_only = sk_X509_new_null();
    for (int i = 0; i < sk_X509_num(certificates); ++i) {
        if (sk_X509_value(certificates, i) != signer_certificate)
            sk_X509_push(root_only, sk_X509_value(certificates, i));
    }
    CHECK(OSSL_ESS_check_signing_certs(nullptr, ess.get(), root_only, 1) !=
          1);  // another certificate: refused
    sk_X509_free(root_only);
    sk_X509_pop_free(certificates, X509_free);
    // OpenSSL's own verifier agrees with the digest and the signature over the signed attributes.
    long long a = 0, b = 0, c = 0, d = 0;
    std::sscanf(signed_pdf.c_str() + signed_pdf.rfind("/ByteRange"), "/ByteRange [ %lld %lld %lld %lld", &a,
                &b, &c, &d);
    const std::string covered =
        signed_pdf.substr(0, static_cast<std::size_t>(b)) + signed_pdf.substr(static_cast<std::size_t>(c));
    CHECK(static_cast<std::size_t>(c + d) == signed_pdf.size());
    std::unique_ptr<BIO, decltype(&BIO_free)> content(
        BIO_new_mem_buf(covered.data(), static_cast<int>(covered.size())), BIO_free);
    CHECK(CMS_verify(cms.get(), nullptr, nullptr, content.get(), nullptr,
                     CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) == 1);
}

TEST_CASE(
    "The approver certifies and the clerk fills the number and date and signs: pdfsig qpdf pikepdf and the "
    "page agree",
    "[pades]") {
    const TempDir folder;
    const fs::path db = NssDatabase(folder.path, SharedPki().root_pem);
    const std::string qpdf = RequireProgram("qpdf", "qpdf");
    const std::string pdftotext = RequireProgram("pdftotext", "poppler-utils");
    const std::string pdftoppm = RequireProgram("pdftoppm", "poppler-utils");
    RequirePikepdf();

    // The approver's signature image: any PNG will do, here a thumbnail of the page made by pdftoppm.
    const std::string unsigned_pdf = DecisionPdf(folder.path);
    REQUIRE(Run(pdftoppm + " -png -scale-to 90 -singlefile " + Quote(folder.path / "decision.pdf") + " " +
                Quote(folder.path / "thumbnail"))
                .exit_code == 0);
    const std::string png = ReadFile(folder.path / "thumbnail.png");
    PdfSignatureRequest approver = ApproverRequest();
    approver.image_png = Bytes(png.begin(), png.end());

    const std::string first = SignPdf(unsigned_pdf, *Approver(), approver);
    CHECK(first.find("/Subtype/Image") != std::string::npos);
    const std::string second = SignPdf(first, *Department(), ClerkRequest());
    CHECK(second.compare(0, first.size(), first) == 0);
    const fs::path file = folder.path / "issued.pdf";
    WriteFile(file, second);

    const RunResult pdfsig = Pdfsig(file, db);
    INFO(pdfsig.output);
    CHECK(pdfsig.exit_code == 0);
    CHECK(Count(pdfsig.output, "Signature Validation: Signature is Valid.") == 2);
    CHECK(Count(pdfsig.output, "Certificate Validation: Certificate is Trusted.") == 2);
    CHECK(Count(pdfsig.output, "Total document signed") == 1);      // the clerk's covers the whole file
    CHECK(Count(pdfsig.output, "Not total document signed") == 1);  // the approver's covers its revision

    const RunResult checked = Run(qpdf + " --check " + Quote(file));
    INFO(checked.output);
    CHECK(checked.exit_code == 0);

    const RunResult attachment =
        Run("/usr/bin/python3 -c \"import pikepdf,sys; p=pikepdf.open(sys.argv[1]); "
            "a=p.attachments['decision.json'];"
            " sys.stdout.write(a.get_file().read_bytes().decode() + '|' + str(a.get_file().mime_type) + '|' "
            "+ a.description)\" " +
            Quote(file));
    INFO(attachment.output);
    CHECK(attachment.exit_code == 0);
    CHECK(attachment.output == "{\"no\":15}|application/json|Bản ghi quyết định (JSON chuẩn tắc)");

    const RunResult fields =
        Run("/usr/bin/python3 -c \"import pikepdf,sys; p=pikepdf.open(sys.argv[1]);"
            " print(sorted((str(f.T), str(f.get('/V',''))) for f in p.Root.AcroForm.Fields if f.FT=='/Tx'));"
            " print(p.Root.AcroForm.NeedAppearances, p.Root.Perms.DocMDP.Reference[0].TransformParams.P)\" " +
            Quote(file));
    INFO(fields.output);
    CHECK(fields.output.find("('Date', 'Khánh Hòa, ngày 07 tháng 12 năm 2026'), ('Number', '15/QĐ-SKHCN')") !=
          std::string::npos);
    CHECK(fields.output.find("False 2") != std::string::npos);

    const RunResult text = Run(pdftotext + " -f 1 -l 1 " + Quote(file) + " -");
    INFO(text.output);
    CHECK(text.output.find("Ký bởi: Nguyễn Thị Ánh") != std::string::npos);
    CHECK(text.output.find("Ký bởi: Sở Khoa học và Công nghệ") != std::string::npos);
    CHECK(text.output.find("15/QĐ-SKHCN") != std::string::npos);
    CHECK(text.output.find("ngày 07 tháng 12 năm 2026") != std::string::npos);

    const RunResult rendered =
        Run(pdftoppm + " -png -r 80 -f 1 -l 1 " + Quote(file) + " " + Quote(folder.path / "page"));
    INFO(rendered.output);
    CHECK(rendered.exit_code == 0);
    CHECK(fs::exists(folder.path / "page-1.png"));
}

TEST_CASE("pdfsig finds a changed byte and a later change of the page content", "[pades]") {
    const TempDir folder;
    const fs::path db = NssDatabase(folder.path, SharedPki().root_pem);
    const std::string signed_pdf = SignPdf(DecisionPdf(folder.path), *Approver(), ApproverRequest());

    // One byte of the first range changed where the file's structure does not notice: the page content is
    // compressed, so a letter of the document information's Producer ("cairo" -> "cairO").
    std::string tampered = signed_pdf;
    const auto producer = tampered.find("(cairo ");
    REQUIRE(producer != std::string::npos);
    REQUIRE(producer < tampered.find("/ByteRange"));
    tampered[producer + 5] = 'O';
    WriteFile(folder.path / "tampered.pdf", tampered);
    const RunResult byte = Pdfsig(folder.path / "tampered.pdf", db);
    INFO(byte.output);
    // pdfsig 22.12's words for a signature whose covered bytes changed.
    CHECK(byte.output.find("Signature Validation: Digest Mismatch.") != std::string::npos);
    CHECK(byte.output.find("Signature Validation: Signature is Valid.") == std::string::npos);

    // An incremental update that draws on the page after the signature.
    PoDoFo::PdfMemDocument document;
    document.LoadFromBuffer(signed_pdf.data(), static_cast<long>(signed_pdf.size()), true);
    PoDoFo::PdfPainter painter;
    painter.SetPage(document.GetPage(0));
    painter.Rectangle(100, 100, 200, 50);
    painter.Fill();
    painter.FinishPage();
    PoDoFo::PdfRefCountedBuffer buffer;
    PoDoFo::PdfOutputDevice device(&buffer);
    document.WriteUpdate(&device, true);
    const std::string changed(buffer.GetBuffer(), device.GetLength());
    REQUIRE(changed.compare(0, signed_pdf.size(), signed_pdf) == 0);
    WriteFile(folder.path / "changed.pdf", changed);
    const RunResult update = Pdfsig(folder.path / "changed.pdf", db);
    INFO(update.output);
    // pdfsig checks what the signature covers (still valid) and says it no longer covers the whole file.
    CHECK(update.output.find("Signature Validation: Signature is Valid.") != std::string::npos);
    CHECK(update.output.find("Not total document signed") != std::string::npos);
}

TEST_CASE("A key on a PKCS#11 token makes a PAdES signature pdfsig accepts", "[pades][pkcs11]") {
    const auto& token = innodesk::testing::SharedSoftHsmToken();
    const auto& pki = innodesk::testing::SharedTestPki();
    const TempDir folder;
    const fs::path db = NssDatabase(folder.path, pki.root_pem);
    const auto key = LoadPkcs11Key(token.module, token.key_uri, token.pin);
    PdfSignatureRequest request = ApproverRequest();
    request.appearance = {"Ký bởi: Lê Thị Châu (token)"};
    const std::string signed_pdf = SignPdf(DecisionPdf(folder.path), *key, request);
    WriteFile(folder.path / "token.pdf", signed_pdf);
    const RunResult pdfsig = Pdfsig(folder.path / "token.pdf", db);
    INFO(pdfsig.output);
    CHECK(pdfsig.output.find("Signature Validation: Signature is Valid.") != std::string::npos);
    CHECK(pdfsig.output.find("Certificate Validation: Certificate is Trusted.") != std::string::npos);
}

namespace {

Bytes PemToDer(const std::string& pem, bool crl) {
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())),
                                                  BIO_free);
    unsigned char* der = nullptr;
    int length = 0;
    if (crl) {
        X509_CRL* object = PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr);
        REQUIRE(object != nullptr);
        length = i2d_X509_CRL(object, &der);
        X509_CRL_free(object);
    } else {
        X509* object = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
        REQUIRE(object != nullptr);
        length = i2d_X509(object, &der);
        X509_free(object);
    }
    REQUIRE(length > 0);
    Bytes bytes(der, der + length);
    OPENSSL_free(der);
    return bytes;
}

// An RFC 3161 token over `data` from `openssl ts -reply` with the test TSA.
Bytes TimestampToken(const fs::path& folder, std::span<const std::uint8_t> data) {
    const std::string openssl = innodesk::testing::RequireTool(innodesk::testing::Tool::Openssl);
    const Pki& pki = SharedPki();
    WriteFile(folder / "covered.bin",
              std::string_view(reinterpret_cast<const char*>(data.data()), data.size()));
    WriteFile(folder / "serial", "01\n");
    WriteFile(folder / "tsa.cnf",
              "[ tsa ]\ndefault_tsa = test_tsa\n[ test_tsa ]\nserial = " + (folder / "serial").string() +
                  "\nsigner_digest = sha256\ndefault_policy = 1.2.3.4.1\ndigests = sha256\ness_cert_id_alg = "
                  "sha256\n");
    const RunResult query = Run(openssl + " ts -query -data " + Quote(folder / "covered.bin") +
                                " -sha256 -cert -out " + Quote(folder / "request.tsq"));
    INFO(query.output);
    REQUIRE(query.exit_code == 0);
    const RunResult reply =
        Run(openssl + " ts -reply -config " + Quote(folder / "tsa.cnf") + " -queryfile " +
            Quote(folder / "request.tsq") + " -signer " + Quote(pki.tsa_pem) + " -inkey " +
            Quote(pki.tsa_key) + " -passin pass:" + pki.password + " -chain " + Quote(pki.root_pem) +
            " -token_out -out " + Quote(folder / "token.der"));
    INFO(reply.output);
    REQUIRE(reply.exit_code == 0);
    const std::string token = ReadFile(folder / "token.der");
    return Bytes(token.begin(), token.end());
}

}  // namespace

// What signing/timestamp.h's hook does, done here with openssl ts: the signature value timestamped and the
// token added as the id-aa-signatureTimeStampToken unsigned attribute (RFC 3161 appendix A, PAdES B-T).
Bytes WithSignatureTimestamp(const fs::path& folder, const Bytes& cms_der) {
    const unsigned char* cursor = cms_der.data();
    std::unique_ptr<CMS_ContentInfo, decltype(&CMS_ContentInfo_free)> cms(
        d2i_CMS_ContentInfo(nullptr, &cursor, static_cast<long>(cms_der.size())), CMS_ContentInfo_free);
    REQUIRE(cms != nullptr);
    CMS_SignerInfo* signer = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms.get()), 0);
    const ASN1_OCTET_STRING* value = CMS_SignerInfo_get0_signature(signer);
    const Bytes token = TimestampToken(
        folder, std::span(ASN1_STRING_get0_data(value), static_cast<std::size_t>(ASN1_STRING_length(value))));
    REQUIRE(CMS_unsigned_add1_attr_by_NID(signer, NID_id_smime_aa_timeStampToken, V_ASN1_SEQUENCE,
                                          token.data(), static_cast<int>(token.size())) == 1);
    unsigned char* der = nullptr;
    const int length = i2d_CMS_ContentInfo(cms.get(), &der);
    REQUIRE(length > 0);
    Bytes result(der, der + length);
    OPENSSL_free(der);
    return result;
}

TEST_CASE("The timestamp hook's CMS goes into the PDF and the signature stays valid for pdfsig",
          "[pades][ltv]") {
    const TempDir folder;
    const fs::path db = NssDatabase(folder.path, SharedPki().root_pem);
    PdfSignatureRequest request = ApproverRequest();
    std::size_t hook_calls = 0;
    request.add_timestamp = [&](Bytes cms) {
        ++hook_calls;
        return WithSignatureTimestamp(folder.path, cms);
    };
    const std::string signed_pdf = SignPdf(DecisionPdf(folder.path), *Approver(), request);
    CHECK(hook_calls == 1);
    const Bytes der = LastCms(signed_pdf);
    const unsigned char* cursor = der.data();
    std::unique_ptr<CMS_ContentInfo, decltype(&CMS_ContentInfo_free)> cms(
        d2i_CMS_ContentInfo(nullptr, &cursor, static_cast<long>(der.size())), CMS_ContentInfo_free);
    REQUIRE(cms != nullptr);
    CMS_SignerInfo* signer = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms.get()), 0);
    CHECK(CMS_unsigned_get_attr_by_NID(signer, NID_id_smime_aa_timeStampToken, -1) >= 0);
    WriteFile(folder.path / "timestamped.pdf", signed_pdf);
    const RunResult pdfsig = Pdfsig(folder.path / "timestamped.pdf", db);
    INFO(pdfsig.output);
    CHECK(pdfsig.output.find("Signature Validation: Signature is Valid.") != std::string::npos);
    CHECK(pdfsig.output.find("Certificate Validation: Certificate is Trusted.") != std::string::npos);
}

TEST_CASE("Long-term validation: a DSS with the certificates and CRLs then a document timestamp",
          "[pades][ltv]") {
    const TempDir folder;
    const fs::path db = NssDatabase(folder.path, SharedPki().root_pem);
    RequirePikepdf();
    const Pki& pki = SharedPki();
    const std::string first = SignPdf(DecisionPdf(folder.path), *Approver(), ApproverRequest());
    const std::string second = SignPdf(first, *Department(), ClerkRequest());

    LongTermMaterial material;
    material.certificates_der = {PemToDer(pki.approver->CertificatePem(), false),
                                 PemToDer(pki.department->CertificatePem(), false),
                                 PemToDer(pki.root->CertificatePem(), false)};
    material.crls_der = {PemToDer(pki.crl_pem, true)};
    std::size_t covered_size = 0;
    const std::string archived =
        AddLongTermValidation(second, material, [&](std::span<const std::uint8_t> covered) {
            covered_size = covered.size();
            return TimestampToken(folder.path, covered);
        });
    CHECK(archived.compare(0, second.size(), second) == 0);
    CHECK(covered_size > second.size());
    CHECK(archived.find("/SubFilter/ETSI.RFC3161") != std::string::npos);
    CHECK(archived.find("/Type/DocTimeStamp") != std::string::npos);
    const fs::path file = folder.path / "archived.pdf";
    WriteFile(file, archived);

    const RunResult dss =
        Run("/usr/bin/python3 -c \"import pikepdf,sys; p=pikepdf.open(sys.argv[1]); d=p.Root.DSS;"
            " print(len(d.Certs), len(d.CRLs), len(d.VRI.keys()), d.CRLs[0].read_bytes().hex())\" " +
            Quote(file));
    INFO(dss.output);
    const Bytes crl = PemToDer(pki.crl_pem, true);
    std::string crl_hex;
    for (const auto byte : crl) {
        char two[3];
        std::snprintf(two, sizeof two, "%02x", byte);
        crl_hex += two;
    }
    CHECK(dss.output == "3 1 2 " + crl_hex + "\n");

    // pdfsig 22.12 keeps both CAdES signatures valid and trusted, lists the document timestamp as covering
    // the whole file, but cannot validate an RFC 3161 signature ("Signature Type: unknown", "Unable to
    // validate this type of signature"): openssl ts -verify checks the token against the bytes instead.
    const RunResult pdfsig = Pdfsig(file, db);
    INFO(pdfsig.output);
    CHECK(Count(pdfsig.output, "Signature Validation: Signature is Valid.") == 2);
    CHECK(Count(pdfsig.output, "Certificate Validation: Certificate is Trusted.") == 2);
    CHECK(pdfsig.output.find("Signature Field Name: DocTimeStamp") != std::string::npos);
    CHECK(Count(pdfsig.output, "Total document signed") == 1);

    const Bytes token = LastCms(archived);
    long long a = 0, b = 0, c = 0, d = 0;
    std::sscanf(archived.c_str() + archived.rfind("/ByteRange"), "/ByteRange [ %lld %lld %lld %lld", &a, &b,
                &c, &d);
    CHECK(static_cast<std::size_t>(c + d) == archived.size());
    WriteFile(folder.path / "archived-covered.bin",
              archived.substr(0, static_cast<std::size_t>(b)) + archived.substr(static_cast<std::size_t>(c)));
    WriteFile(folder.path / "archived-token.der", std::string(token.begin(), token.end()));
    const std::string openssl = innodesk::testing::RequireTool(innodesk::testing::Tool::Openssl);
    const RunResult verified =
        Run(openssl + " ts -verify -data " + Quote(folder.path / "archived-covered.bin") + " -in " +
            Quote(folder.path / "archived-token.der") + " -token_in -CAfile " + Quote(pki.root_pem) +
            " -untrusted " + Quote(pki.tsa_pem));
    INFO(verified.output);
    CHECK(verified.exit_code == 0);
    CHECK(verified.output.find("Verification: OK") != std::string::npos);
}

TEST_CASE("SignPdf refuses what it cannot sign, naming the problem", "[pades]") {
    const TempDir folder;
    const std::string pdf = DecisionPdf(folder.path);
    const auto key = Approver();
    const auto error_of = [&](const std::string& input, const PdfSignatureRequest& request) {
        try {
            SignPdf(input, *key, request);
        } catch (const DomainError& error) {
            return std::make_pair(error.Code(), std::string(error.what()));
        }
        return std::make_pair(ErrorCode::Cancelled, std::string("no error"));
    };

    SECTION("not a PDF") {
        const auto [code, message] = error_of("PK\x03\x04 a zip file, not a PDF", ApproverRequest());
        CHECK(code == ErrorCode::FileFormat);
    }
    SECTION("a PDF header over damaged content") {
        const auto [code, message] =
            error_of("%PDF-1.7\n1 0 obj << /Type /Catalog >>\nno xref, no trailer", ApproverRequest());
        CHECK(code == ErrorCode::FileFormat);
        CHECK(message.find("PoDoFo") != std::string::npos);
    }
    SECTION("too large") {
        std::string large = pdf;
        large.resize(kMaxPdfBytes + 1, ' ');
        const auto [code, message] = error_of(large, ApproverRequest());
        CHECK(code == ErrorCode::InvalidValue);
    }
    SECTION("a field name already used") {
        const std::string first = SignPdf(pdf, *key, ApproverRequest());
        PdfSignatureRequest again = ClerkRequest();
        again.field_name = "Approver";
        CHECK(error_of(first, again).first == ErrorCode::Duplicate);
        PdfSignatureRequest field_again = ClerkRequest();
        field_again.add_fields = {{"Number", {0, 10, 10, 50, 20}, "x"}};
        CHECK(error_of(first, field_again).first == ErrorCode::Duplicate);
        PdfSignatureRequest certify_again = ClerkRequest();
        certify_again.certify = true;
        CHECK(error_of(first, certify_again).first == ErrorCode::InvalidValue);
    }
    SECTION("a fill of a field that does not exist") {
        PdfSignatureRequest request = ClerkRequest();  // the unsigned page has no Number field
        CHECK(error_of(pdf, request).first == ErrorCode::NotFound);
    }
    SECTION("a CMS too large for the reserved space") {
        PdfSignatureRequest request = ApproverRequest();
        request.add_timestamp = [](Bytes cms) {
            cms.resize(kReservedCmsBytes + 1, 0);
            return cms;
        };
        const auto [code, message] = error_of(pdf, request);
        CHECK(code == ErrorCode::InvalidValue);
        CHECK(message.find(std::to_string(kReservedCmsBytes)) != std::string::npos);
    }
    SECTION("a signature outside the page") {
        PdfSignatureRequest request = ApproverRequest();
        request.rect = {3, 10, 10, 100, 50};
        CHECK(error_of(pdf, request).first == ErrorCode::InvalidValue);
    }
}

TEST_CASE("A PDF whose objects are in object streams with a cross-reference stream is signed twice as well",
          "[pades]") {
    const TempDir folder;
    const fs::path db = NssDatabase(folder.path, SharedPki().root_pem);
    const std::string qpdf = RequireProgram("qpdf", "qpdf");
    DecisionPdf(folder.path);
    const RunResult packed = Run(qpdf + " --object-streams=generate " + Quote(folder.path / "decision.pdf") +
                                 " " + Quote(folder.path / "packed.pdf"));
    INFO(packed.output);
    REQUIRE(packed.exit_code == 0);
    const std::string original = ReadFile(folder.path / "packed.pdf");
    REQUIRE(original.find("/ObjStm") != std::string::npos);

    const std::string first = SignPdf(original, *Approver(), ApproverRequest());
    const std::string second = SignPdf(first, *Department(), ClerkRequest());
    CHECK(first.compare(0, original.size(), original) == 0);
    CHECK(second.compare(0, first.size(), first) == 0);
    WriteFile(folder.path / "packed-signed.pdf", second);
    const RunResult pdfsig = Pdfsig(folder.path / "packed-signed.pdf", db);
    INFO(pdfsig.output);
    CHECK(Count(pdfsig.output, "Signature Validation: Signature is Valid.") == 2);
    CHECK(Count(pdfsig.output, "Certificate Validation: Certificate is Trusted.") == 2);
    const RunResult checked = Run(qpdf + " --check " + Quote(folder.path / "packed-signed.pdf"));
    INFO(checked.output);
    CHECK(checked.exit_code == 0);
}
