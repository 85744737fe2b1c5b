// Verifying signed PDFs made by tools nobody here wrote: PoDoFo's podofosign and poppler's pdfsig sign a
// PDF that PoDoFo lays out; the verdicts, the byte-range checks, what later revisions changed, and
// poppler's own verdicts on the same files.
#include "signing/pades_verify.h"

#include "signing/pades_sign.h"
#include "signing/timestamp.h"

#include "signed_pdfs.h"
#include "test_pki.h"
#include "test_tools.h"
#include "test_tsa.h"

#include <catch2/catch.hpp>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/ess.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

namespace {

using innodesk::domain::DomainError;
using innodesk::domain::ErrorCode;
using namespace innodesk::signing;
using innodesk::testing::RequireTool;
using innodesk::testing::SharedProblemPki;
using innodesk::testing::SharedTestPki;
using innodesk::testing::Tool;
using namespace innodesk::testing;
namespace fs = std::filesystem;

std::string ReadAll(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

void WriteAll(const fs::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary);
    out << bytes;
    REQUIRE(out.good());
}

fs::path Folder(const std::string& name) {
    const fs::path folder = SharedTestPki().dir / ("pdf-" + name);
    fs::create_directories(folder);
    return folder;
}

std::size_t Count(const std::string& text, const std::string& what) {
    std::size_t count = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++count;
    return count;
}

std::string TextOfFile(const std::string& path) {
    return ReadAll(path);
}

PreparedTrustStore MainTrust() {
    TrustStore trust{{SharedTestPki().root_pem}, {}};
    trust.intermediate_pems.push_back(TextOfFile(SharedTestPki().intermediate_pem));
    return PreparedTrustStore(trust);
}

PreparedTrustStore OtherTrust() {
    TrustStore trust{{SharedProblemPki().untrusted_root_pem}, {}};
    trust.intermediate_pems.push_back(TextOfFile(SharedTestPki().intermediate_pem));
    return PreparedTrustStore(trust);
}

std::string Describe(const PdfVerification& verification) {
    std::string text;
    for (const auto& s : verification.signatures) {
        text += s.field_name + " " + s.sub_filter + ": " + std::string(VerdictName(s.verdict)) + "/" +
                std::string(ReasonName(s.reason)) + "/" + std::string(PdfProblemName(s.problem)) + " — " +
                s.explanation.en + "\n";
        for (const auto& change : s.changes_after)
            text += "   " + std::string(change.allowed ? "allowed: " : "FORBIDDEN: ") +
                    change.description.en + "\n";
    }
    return text;
}

}  // namespace

TEST_CASE("pdf verify: podofosign's signature is valid and trusted and indeterminate under another root",
          "[signing][pdf]") {
    const fs::path folder = Folder("podofosign");
    const fs::path signed_pdf = PodofoSign(MakeUnsignedPdf(folder), "signed", "Approver");
    const std::string bytes = ReadAll(signed_pdf);

    const PdfVerification trusted = VerifyPdf(bytes, MainTrust());
    INFO(Describe(trusted));
    REQUIRE(trusted.signatures.size() == 1);
    const PdfSignatureReport& signature = trusted.signatures[0];
    CHECK(signature.field_name == "Approver");
    CHECK(signature.sub_filter == "adbe.pkcs7.detached");
    CHECK(signature.verdict == Verdict::Valid);
    CHECK(signature.reason == Reason::None);
    CHECK(signature.problem == PdfProblem::None);
    CHECK(signature.byte_range_ok);
    CHECK(signature.covers_whole_file);
    CHECK(signature.signer_subject.find("Lê Thị Châu") != std::string::npos);
    CHECK(signature.signer_fingerprint_sha256.size() == 64);
    CHECK(signature.claimed_time_unix > 0);
    CHECK(signature.changes_after.empty());
    CHECK_FALSE(signature.timestamp.present);
    CHECK_FALSE(trusted.long_term.dss_present);
    CHECK(trusted.AllValid());

    const PdfVerification untrusted = VerifyPdf(bytes, OtherTrust());
    REQUIRE(untrusted.signatures.size() == 1);
    CHECK(untrusted.signatures[0].verdict == Verdict::Indeterminate);
    CHECK(untrusted.signatures[0].reason == Reason::UntrustedChain);
    CHECK_FALSE(untrusted.AllValid());
}

TEST_CASE("pdf verify: pdfsig signs after podofosign and both stay valid as pdfsig agrees",
          "[signing][pdf]") {
    const fs::path folder = Folder("two");
    const fs::path first = PodofoSign(MakeUnsignedPdf(folder), "first", "Approver");
    const fs::path both = PdfsigSign(first, "both", "Seal");

    const PdfVerification verification = VerifyPdf(ReadAll(both), MainTrust());
    INFO(Describe(verification));
    REQUIRE(verification.signatures.size() == 2);
    const PdfSignatureReport& approver = verification.signatures[0];
    const PdfSignatureReport& seal = verification.signatures[1];
    CHECK(approver.field_name == "Approver");
    CHECK(seal.field_name == "Seal");
    CHECK(approver.verdict == Verdict::Valid);
    CHECK(seal.verdict == Verdict::Valid);
    CHECK(seal.signer_subject.find("Hoàng Minh Dũng") != std::string::npos);
    CHECK_FALSE(approver.covers_whole_file);
    CHECK(seal.covers_whole_file);
    CHECK(approver.byte_range_ok);
    CHECK_FALSE(approver.modified_after_signing);
    CHECK_FALSE(approver.changes_after.empty());  // the seal's field, widget and signature
    for (const auto& change : approver.changes_after) CHECK(change.allowed);
    CHECK(verification.revisions == 3);
    CHECK(verification.AllValid());

    const std::string poppler = PdfsigReport(both);
    INFO(poppler);
    CHECK(Count(poppler, "Signature Validation: Signature is Valid.") == 2);
    CHECK(Count(poppler, "Certificate Validation: Certificate is Trusted.") == 2);
}

TEST_CASE("pdf verify: pdfsig signing an empty signature field after podofosign keeps the first valid",
          "[signing][pdf]") {
    // pdfsig sets the widget's /M (its modification date) beside /V and /AP when it signs a field that
    // the first signer's revision already held.
    const fs::path folder = Folder("empty-field");
    const fs::path first = PodofoSign(MakeUnsignedPdf(folder, "Seal"), "first", "Approver");
    // The field awaiting the seal is not a signature yet.
    const PdfVerification one = VerifyPdf(ReadAll(first), MainTrust());
    REQUIRE(one.signatures.size() == 1);
    CHECK(one.signatures[0].field_name == "Approver");
    const fs::path both = PdfsigSignField(first, "both", "Seal");

    const PdfVerification verification = VerifyPdf(ReadAll(both), MainTrust());
    INFO(Describe(verification));
    REQUIRE(verification.signatures.size() == 2);
    CHECK(verification.signatures[0].field_name == "Approver");
    CHECK(verification.signatures[0].verdict == Verdict::Valid);
    CHECK_FALSE(verification.signatures[0].modified_after_signing);
    CHECK(verification.signatures[1].field_name == "Seal");
    CHECK(verification.signatures[1].verdict == Verdict::Valid);
    const std::string poppler = PdfsigReport(both);
    INFO(poppler);
    CHECK(Count(poppler, "Signature Validation: Signature is Valid.") == 2);
}

TEST_CASE("pdf verify: one byte changed inside the signed range is content changed for pdfsig too",
          "[signing][pdf]") {
    const fs::path folder = Folder("byte");
    const fs::path signed_pdf = PodofoSign(MakeUnsignedPdf(folder), "signed", "Approver");
    std::string bytes = ReadAll(signed_pdf);
    // Inside the first stream's data (PoDoFo compresses the page's content), which the range covers.
    const auto at = bytes.find("stream");
    REQUIRE(at != std::string::npos);
    REQUIRE(at + 20 < bytes.find("/ByteRange"));
    bytes[at + 12] ^= 0x01;
    const fs::path tampered = folder / "tampered.pdf";
    WriteAll(tampered, bytes);

    const PdfVerification verification = VerifyPdf(bytes, MainTrust());
    INFO(Describe(verification));
    REQUIRE(verification.signatures.size() == 1);
    CHECK(verification.signatures[0].verdict == Verdict::Invalid);
    CHECK(verification.signatures[0].reason == Reason::ContentChanged);

    const std::string poppler = PdfsigReport(tampered);
    INFO(poppler);
    CHECK(Count(poppler, "Signature is Valid.") == 0);
    CHECK(poppler.find("Digest Mismatch") != std::string::npos);
}

TEST_CASE("pdf verify: a byte range whose gap is not the /Contents string is invalid", "[signing][pdf]") {
    const fs::path folder = Folder("range");
    std::string bytes = ReadAll(PodofoSign(MakeUnsignedPdf(folder), "signed", "Approver"));
    // podofosign pads the /ByteRange array with spaces: rewrite it in place, one byte into the gap.
    const auto open = bytes.find("/ByteRange[");
    REQUIRE(open != std::string::npos);
    const auto close = bytes.find(']', open);
    std::istringstream numbers(bytes.substr(open + 11, close - open - 11));
    long long a = 0, b = 0, c = 0, d = 0;
    numbers >> a >> b >> c >> d;
    std::string moved = " 0 " + std::to_string(b + 1) + " " + std::to_string(c) + " " + std::to_string(d);
    moved.resize(close - open - 11, ' ');
    bytes.replace(open + 11, moved.size(), moved);

    const PdfVerification verification = VerifyPdf(bytes, MainTrust());
    INFO(Describe(verification));
    REQUIRE(verification.signatures.size() == 1);
    CHECK(verification.signatures[0].verdict == Verdict::Invalid);
    CHECK(verification.signatures[0].problem == PdfProblem::ByteRangeMalformed);
    CHECK_FALSE(verification.signatures[0].byte_range_ok);
}

TEST_CASE("pdf verify: an incremental update changing page content after signing is modified after signing",
          "[signing][pdf]") {
    const fs::path folder = Folder("content");
    const fs::path signed_pdf = PodofoSign(MakeUnsignedPdf(folder), "signed", "Approver");
    const fs::path changed = ChangePageContent(signed_pdf, "changed");

    const PdfVerification verification = VerifyPdf(ReadAll(changed), MainTrust());
    INFO(Describe(verification));
    REQUIRE(verification.signatures.size() == 1);
    const PdfSignatureReport& signature = verification.signatures[0];
    CHECK(signature.verdict == Verdict::Invalid);
    CHECK(signature.problem == PdfProblem::ModifiedAfterSigning);
    CHECK(signature.modified_after_signing);
    CHECK(signature.reason == Reason::None);  // the CMS itself still holds over its revision
    bool content_stream_named = false;
    for (const auto& change : signature.changes_after)
        content_stream_named = content_stream_named || (!change.allowed && change.kind == "content stream");
    CHECK(content_stream_named);
    CHECK(signature.explanation.en.find("content stream") != std::string::npos);
    CHECK(signature.explanation.vi.find("luồng nội dung") != std::string::npos);

    // What poppler says of the same file: it checks each signature over its range and reports that the
    // signature does not cover the whole document, but does not judge what the update changed.
    const std::string poppler = PdfsigReport(changed);
    INFO(poppler);
    CHECK(poppler.find("Not total document signed") != std::string::npos);
}

TEST_CASE("pdf verify: filling the number field after signing keeps the signature valid", "[signing][pdf]") {
    const fs::path folder = Folder("fill");
    const fs::path signed_pdf = PodofoSign(MakeUnsignedPdf(folder), "signed", "Approver");
    const fs::path filled = FillNumber(signed_pdf, "filled");

    const PdfVerification verification = VerifyPdf(ReadAll(filled), MainTrust());
    INFO(Describe(verification));
    REQUIRE(verification.signatures.size() == 1);
    const PdfSignatureReport& signature = verification.signatures[0];
    CHECK(signature.verdict == Verdict::Valid);
    CHECK_FALSE(signature.covers_whole_file);
    CHECK_FALSE(signature.modified_after_signing);
    bool field_filled = false;
    for (const auto& change : signature.changes_after)
        field_filled = field_filled || (change.allowed && change.kind == "form field");
    CHECK(field_filled);
}

TEST_CASE("pdf verify: not a PDF or a truncated or damaged or too large file is refused with clear errors",
          "[signing][pdf]") {
    const PreparedTrustStore trust = MainTrust();
    const auto refused = [&](const std::string& bytes, ErrorCode code, const std::string& words) {
        try {
            VerifyPdf(bytes, trust);
            FAIL("accepted");
        } catch (const DomainError& error) {
            INFO(error.Text().en);
            CHECK(error.Code() == code);
            CHECK(error.Text().en.find(words) != std::string::npos);
            CHECK_FALSE(error.Text().vi.empty());
        }
    };
    refused("PK\x03\x04 this is a zip file", ErrorCode::FileFormat, "not a PDF");
    const std::string whole = ReadAll(PodofoSign(MakeUnsignedPdf(Folder("refused")), "signed", "Approver"));
    refused(whole.substr(0, whole.size() / 2), ErrorCode::FileFormat, "truncated");
    std::string damaged = whole;
    for (auto at = damaged.find("obj"); at != std::string::npos; at = damaged.find("obj", at + 3))
        damaged[at] = 'x';
    refused(damaged, ErrorCode::FileFormat, "damaged");
    refused(std::string(kMaxVerifiedPdfBytes + 1, ' '), ErrorCode::InvalidValue, "too large");
}

namespace {

// PEM texts' certificates or CRLs as DER, for a DSS.
std::vector<std::vector<std::uint8_t>> Ders(const std::string& pem, bool crls) {
    std::vector<std::vector<std::uint8_t>> ders;
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())),
                                                  BIO_free);
    for (;;) {
        unsigned char* der = nullptr;
        int length = 0;
        if (crls) {
            X509_CRL* crl = PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr);
            if (!crl) break;
            length = i2d_X509_CRL(crl, &der);
            X509_CRL_free(crl);
        } else {
            X509* certificate = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr);
            if (!certificate) break;
            length = i2d_X509(certificate, &der);
            X509_free(certificate);
        }
        REQUIRE(length > 0);
        ders.emplace_back(der, der + length);
        OPENSSL_free(der);
    }
    ERR_clear_error();
    return ders;
}

}  // namespace

TEST_CASE("pdf verify: PAdES by InnoDesk's signer certified then filled and sealed with timestamps and DSS",
          "[signing][pdf]") {
    const auto& pki = SharedTestPki();
    const LoopbackTsa tsa;
    const auto timestamp = [&](std::vector<std::uint8_t> cms) {
        return AddSignatureTimestamp(cms, tsa.Authority());
    };
    const std::string unsigned_pdf = ReadAll(MakeUnsignedPdf(Folder("pades")));
    const auto approver = LoadPkcs12(pki.signer.p12, pki.password);
    const auto department = LoadPkcs12(pki.second_signer.p12, pki.password);
    const std::int64_t now = std::time(nullptr);

    PdfSignatureRequest first;
    first.field_name = "Approver";
    first.rect = {0, 300, 100, 220, 60};
    first.appearance = {"Ký bởi: Lê Thị Châu"};
    first.signing_time_unix = now;
    first.certify = true;
    first.add_timestamp = timestamp;
    const std::string certified = SignPdf(unsigned_pdf, *approver, first);

    PdfSignatureRequest second;
    second.field_name = "Department";
    second.rect = {0, 350, 760, 220, 60};
    second.appearance = {"Sở Khoa học và Công nghệ"};
    second.signing_time_unix = now;
    second.fill_fields = {{"SoVanBan", {0, 72, 700, 200, 20}, "125/QĐ-SKHCN"}};
    second.add_timestamp = timestamp;
    const std::string sealed = SignPdf(certified, *department, second);

    LongTermMaterial material;
    for (const std::string& pem :
         {ReadAll(pki.signer.certificate_pem), ReadAll(pki.second_signer.certificate_pem),
          ReadAll(pki.intermediate_pem), pki.root_pem_text})
        for (auto& der : Ders(pem, false)) material.certificates_der.push_back(std::move(der));
    material.crls_der = Ders(SharedProblemPki().crl_pem_text, true);
    const std::string archived = AddLongTermValidation(
        sealed, material,
        [&](std::span<const std::uint8_t> covered) { return RequestTimestamp(tsa.Authority(), covered); });

    const PdfVerification verification = VerifyPdf(archived, MainTrust(), {tsa.CaPem()});
    INFO(Describe(verification));
    REQUIRE(verification.signatures.size() == 3);
    const auto& a = verification.signatures[0];
    const auto& d = verification.signatures[1];
    const auto& stamp = verification.signatures[2];
    CHECK(a.field_name == "Approver");
    CHECK(a.sub_filter == "ETSI.CAdES.detached");
    CHECK(a.verdict == Verdict::Valid);
    CHECK(a.signing_certificate_v2_present);
    CHECK(a.signing_certificate_v2_matches);
    CHECK(a.docmdp_permission == 2);
    CHECK(a.timestamp.present);
    CHECK(a.timestamp.verdict == Verdict::Valid);
    CHECK(a.timestamp.gen_time_unix >= now - 5);
    CHECK_FALSE(a.modified_after_signing);
    CHECK(a.chain_in_dss);
    CHECK(a.crl_in_dss);
    bool number_filled = false;
    for (const auto& change : a.changes_after) number_filled = number_filled || change.kind == "form field";
    CHECK(number_filled);
    CHECK(d.field_name == "Department");
    CHECK(d.verdict == Verdict::Valid);
    CHECK(d.timestamp.verdict == Verdict::Valid);
    CHECK_FALSE(d.covers_whole_file);
    CHECK(stamp.document_timestamp);
    CHECK(stamp.sub_filter == "ETSI.RFC3161");
    CHECK(stamp.verdict == Verdict::Valid);
    CHECK(stamp.covers_whole_file);
    CHECK(verification.long_term.dss_present);
    CHECK(verification.long_term.certificates == 4);
    CHECK(verification.long_term.crls == 2);
    CHECK(verification.AllValid());

    // Without the TSA's root the timestamps cannot be established; the signatures themselves hold.
    const PdfVerification untrusted_tsa = VerifyPdf(archived, MainTrust());
    REQUIRE(untrusted_tsa.signatures.size() == 3);
    CHECK(untrusted_tsa.signatures[0].verdict == Verdict::Valid);
    CHECK(untrusted_tsa.signatures[0].timestamp.verdict == Verdict::Indeterminate);
    CHECK(untrusted_tsa.signatures[2].verdict == Verdict::Indeterminate);

    // The certified document's page changed after the approver signed: modified after signing.
    const fs::path certified_file = Folder("pades") / "certified.pdf";
    WriteAll(certified_file, certified);
    const PdfVerification changed = VerifyPdf(ReadAll(ChangePageContent(certified_file, "certified-changed")),
                                              MainTrust(), {tsa.CaPem()});
    INFO(Describe(changed));
    REQUIRE(changed.signatures.size() == 1);
    CHECK(changed.signatures[0].docmdp_permission == 2);
    CHECK(changed.signatures[0].verdict == Verdict::Invalid);
    CHECK(changed.signatures[0].problem == PdfProblem::ModifiedAfterSigning);
}

TEST_CASE("pdf verify: damaged variants of a signed PDF give a verdict or a clear error and never crash",
          "[signing][pdf]") {
    // A fixed-seed sweep (fuzz/ has the libFuzzer targets): bytes flipped across the whole file,
    // including the xref, the trailer and the signature dictionary, and cuts at random places.
    const fs::path folder = Folder("damaged");
    const std::string whole =
        ReadAll(PdfsigSign(PodofoSign(MakeUnsignedPdf(folder), "first", "Approver"), "both", "Seal"));
    const PreparedTrustStore trust = MainTrust();
    std::uint32_t state = 2026;
    const auto next = [&] {
        state = state * 1664525u + 1013904223u;
        return state;
    };
    std::size_t verdicts = 0;
    std::size_t refusals = 0;
    for (int round = 0; round < 300; ++round) {
        std::string bytes = whole;
        if (round % 3 == 2) {
            bytes.resize(next() % bytes.size());
        } else {
            for (int edit = 0; edit < 1 + round % 8; ++edit)
                bytes[next() % bytes.size()] = static_cast<char>(next() & 0xff);
        }
        try {
            const PdfVerification verification = VerifyPdf(bytes, trust);
            for (const auto& signature : verification.signatures)
                CHECK_FALSE(signature.explanation.en.empty());
            ++verdicts;
        } catch (const DomainError& error) {
            CHECK_FALSE(error.Text().vi.empty());
            ++refusals;
        }
    }
    CHECK(verdicts + refusals == 300);
    CHECK(verdicts > 0);
    CHECK(refusals > 0);
}

namespace {

// A CAdES CMS re-made by the test over the same content digest (the messageDigest attribute of the CMS
// SignPdf made): with no ESS signing-certificate-v2 attribute, or with one naming another certificate.
std::vector<std::uint8_t> ResignedCms(const std::vector<std::uint8_t>& original, bool with_ess_of_other) {
    const auto& pki = SharedTestPki();
    std::unique_ptr<BIO, decltype(&BIO_free)> p12_file(BIO_new_file(pki.signer.p12.c_str(), "rb"), BIO_free);
    REQUIRE(p12_file);
    std::unique_ptr<PKCS12, decltype(&PKCS12_free)> p12(d2i_PKCS12_bio(p12_file.get(), nullptr), PKCS12_free);
    EVP_PKEY* raw_key = nullptr;
    X509* raw_certificate = nullptr;
    REQUIRE(PKCS12_parse(p12.get(), pki.password.c_str(), &raw_key, &raw_certificate, nullptr) == 1);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(raw_key, EVP_PKEY_free);
    std::unique_ptr<X509, decltype(&X509_free)> certificate(raw_certificate, X509_free);

    const unsigned char* cursor = original.data();
    std::unique_ptr<CMS_ContentInfo, decltype(&CMS_ContentInfo_free)> before(
        d2i_CMS_ContentInfo(nullptr, &cursor, static_cast<long>(original.size())), CMS_ContentInfo_free);
    REQUIRE(before);
    CMS_SignerInfo* old_signer = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(before.get()), 0);
    X509_ATTRIBUTE* digest_attribute =
        CMS_signed_get_attr(old_signer, CMS_signed_get_attr_by_NID(old_signer, NID_pkcs9_messageDigest, -1));
    ASN1_TYPE* digest = X509_ATTRIBUTE_get0_type(digest_attribute, 0);
    REQUIRE(digest);

    std::unique_ptr<CMS_ContentInfo, decltype(&CMS_ContentInfo_free)> cms(
        CMS_sign(nullptr, nullptr, nullptr, nullptr, CMS_PARTIAL | CMS_DETACHED | CMS_BINARY),
        CMS_ContentInfo_free);
    REQUIRE(cms);
    CMS_SignerInfo* signer =
        CMS_add1_signer(cms.get(), certificate.get(), key.get(), EVP_sha256(), CMS_PARTIAL);
    REQUIRE(signer);
    REQUIRE(CMS_signed_add1_attr_by_NID(signer, NID_pkcs9_contentType, V_ASN1_OBJECT,
                                        OBJ_nid2obj(NID_pkcs7_data), -1) == 1);
    REQUIRE(CMS_signed_add1_attr_by_NID(signer, NID_pkcs9_messageDigest, V_ASN1_OCTET_STRING,
                                        digest->value.octet_string->data,
                                        digest->value.octet_string->length) == 1);
    if (with_ess_of_other) {
        std::unique_ptr<BIO, decltype(&BIO_free)> other_file(
            BIO_new_file(pki.second_signer.certificate_pem.c_str(), "r"), BIO_free);
        std::unique_ptr<X509, decltype(&X509_free)> other(
            PEM_read_bio_X509(other_file.get(), nullptr, nullptr, nullptr), X509_free);
        REQUIRE(other);
        std::unique_ptr<ESS_SIGNING_CERT_V2, decltype(&ESS_SIGNING_CERT_V2_free)> ess(
            OSSL_ESS_signing_cert_v2_new_init(EVP_sha256(), other.get(), nullptr, 0),
            ESS_SIGNING_CERT_V2_free);
        REQUIRE(ess);
        unsigned char* ess_der = nullptr;
        const int ess_length = i2d_ESS_SIGNING_CERT_V2(ess.get(), &ess_der);
        REQUIRE(ess_length > 0);
        REQUIRE(CMS_signed_add1_attr_by_NID(signer, NID_id_smime_aa_signingCertificateV2, V_ASN1_SEQUENCE,
                                            ess_der, ess_length) == 1);
        OPENSSL_free(ess_der);
    }
    REQUIRE(CMS_SignerInfo_sign(signer) == 1);
    unsigned char* der = nullptr;
    const int length = i2d_CMS_ContentInfo(cms.get(), &der);
    REQUIRE(length > 0);
    std::vector<std::uint8_t> result(der, der + length);
    OPENSSL_free(der);
    return result;
}

}  // namespace

TEST_CASE(
    "pdf verify: a CAdES signature without signing-certificate-v2 or naming another certificate is invalid",
    "[signing][pdf]") {
    const auto& pki = SharedTestPki();
    const std::string unsigned_pdf = ReadAll(MakeUnsignedPdf(Folder("ess")));
    const auto approver = LoadPkcs12(pki.signer.p12, pki.password);
    for (const bool other : {false, true}) {
        PdfSignatureRequest request;
        request.field_name = "Approver";
        request.rect = {0, 300, 100, 220, 60};
        request.appearance = {"Ký bởi: Lê Thị Châu"};
        request.signing_time_unix = std::time(nullptr);
        // The hook's CMS replaces SignPdf's: the same content digest, signed again without or with a
        // wrong signing-certificate-v2.
        request.add_timestamp = [other](std::vector<std::uint8_t> cms) { return ResignedCms(cms, other); };
        const PdfVerification verification =
            VerifyPdf(SignPdf(unsigned_pdf, *approver, request), MainTrust());
        INFO(Describe(verification));
        REQUIRE(verification.signatures.size() == 1);
        const auto& signature = verification.signatures[0];
        CHECK(signature.sub_filter == "ETSI.CAdES.detached");
        CHECK(signature.reason == Reason::None);  // the CMS itself verifies over the signed bytes
        CHECK(signature.verdict == Verdict::Invalid);
        CHECK(signature.problem ==
              (other ? PdfProblem::SigningCertificateMismatch : PdfProblem::SigningCertificateMissing));
        CHECK(signature.signing_certificate_v2_present == other);
    }
}
