// Verifying every signature of a PDF: where its byte range lies, its CMS (VerifyDetached), the CAdES
// signing-certificate binding, its timestamp, the DSS, and what later revisions changed.
#include "pades_verify.h"

#include "pades_pdf.h"
#include "pades_verify_cms.h"
#include "timestamp.h"

#include <algorithm>
#include <cctype>

namespace innodesk::signing {

using domain::DomainError;
using domain::ErrorCode;
using domain::LocalisedText;
using PoDoFo::PdfMemDocument;
using PoDoFo::PdfObject;

std::string_view PdfProblemName(PdfProblem problem) {
    switch (problem) {
        case PdfProblem::None:
            return "none";
        case PdfProblem::UnsupportedSubFilter:
            return "unsupported_sub_filter";
        case PdfProblem::ByteRangeMalformed:
            return "byte_range_malformed";
        case PdfProblem::NotAtRevisionEnd:
            return "not_at_revision_end";
        case PdfProblem::SigningCertificateMissing:
            return "signing_certificate_missing";
        case PdfProblem::SigningCertificateMismatch:
            return "signing_certificate_mismatch";
        case PdfProblem::ModifiedAfterSigning:
            return "modified_after_signing";
        case PdfProblem::PermissionsViolated:
            return "permissions_violated";
        case PdfProblem::TimestampImprintMismatch:
            return "timestamp_imprint_mismatch";
        case PdfProblem::TimestampInvalid:
            return "timestamp_invalid";
    }
    return "unknown";
}

bool PdfVerification::AllValid() const {
    return !signatures.empty() &&
           std::all_of(signatures.begin(), signatures.end(),
                       [](const auto& signature) { return signature.verdict == Verdict::Valid; });
}

namespace {

LocalisedText Explain(PdfProblem problem) {
    switch (problem) {
        case PdfProblem::None:
            return {};
        case PdfProblem::UnsupportedSubFilter:
            return {"Kiểu chữ ký (SubFilter) này không được hỗ trợ; chữ ký chưa được kiểm tra.",
                    "This kind of signature (SubFilter) is not supported; the signature was not checked."};
        case PdfProblem::ByteRangeMalformed:
            return {
                "Vùng byte được ký (ByteRange) không hợp lệ: phải bắt đầu từ 0 và chỉ chừa đúng chuỗi "
                "/Contents của chính chữ ký này.",
                "The signed byte range (ByteRange) is not valid: it must start at 0 and leave out exactly "
                "this signature's own /Contents string."};
        case PdfProblem::NotAtRevisionEnd:
            return {"Vùng byte được ký không kết thúc ở cuối một phiên bản của tệp (%%EOF).",
                    "The signed byte range does not end where a revision of the file ends (%%EOF)."};
        case PdfProblem::SigningCertificateMissing:
            return {"Chữ ký CAdES thiếu thuộc tính ESS signing-certificate-v2 gắn chữ ký với chứng thư số.",
                    "The CAdES signature lacks the ESS signing-certificate-v2 attribute binding it to its "
                    "certificate."};
        case PdfProblem::SigningCertificateMismatch:
            return {
                "Thuộc tính ESS signing-certificate-v2 chỉ tới một chứng thư số khác chứng thư của người ký.",
                "The ESS signing-certificate-v2 attribute names a certificate other than the signer's."};
        case PdfProblem::ModifiedAfterSigning:
            return {"Tài liệu đã bị sửa đổi sau khi ký.", "The document was modified after it was signed."};
        case PdfProblem::PermissionsViolated:
            return {"Tài liệu đã bị thay đổi theo cách chữ ký chứng nhận (DocMDP) không cho phép.",
                    "The document was changed in a way its certifying signature (DocMDP) does not permit."};
        case PdfProblem::TimestampImprintMismatch:
            return {"Dấu thời gian tài liệu không khớp với nội dung được đóng dấu.",
                    "The document timestamp does not match the content it stamps."};
        case PdfProblem::TimestampInvalid:
            return {"Dấu thời gian của chữ ký không hợp lệ.", "The signature's timestamp is not valid."};
    }
    return {};
}

// Where a revision ends: "%%EOF", then at most an end of line.
bool EndsAtRevision(std::string_view bytes, std::int64_t end) {
    if (end < 5 || end > static_cast<std::int64_t>(bytes.size())) return false;
    std::string_view head = bytes.substr(0, static_cast<std::size_t>(end));
    for (int i = 0; i < 2 && !head.empty() && (head.back() == '\n' || head.back() == '\r'); ++i)
        head.remove_suffix(1);
    return head.size() >= 5 && head.substr(head.size() - 5) == "%%EOF";
}

bool OnlyWhitespaceAfter(std::string_view bytes, std::int64_t end) {
    if (end > static_cast<std::int64_t>(bytes.size())) return false;
    const std::string_view rest = bytes.substr(static_cast<std::size_t>(end));
    return std::all_of(rest.begin(), rest.end(),
                       [](char c) { return c == '\n' || c == '\r' || c == ' ' || c == '\0'; });
}

std::size_t CountRevisions(std::string_view bytes) {
    std::size_t count = 0;
    for (std::size_t at = bytes.find("%%EOF"); at != std::string_view::npos; at = bytes.find("%%EOF", at + 5))
        ++count;
    return count;
}

int HexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The gap [from, to) must be exactly "<hex>" holding `contents`, inside the signature dictionary's
// own object, so the range cannot leave out something else that is then free to change.
bool GapIsContents(std::string_view bytes, std::int64_t from, std::int64_t to,
                   const std::vector<std::uint8_t>& contents, const PdfObject* dictionary) {
    if (to - from < 2 || bytes[static_cast<std::size_t>(from)] != '<' ||
        bytes[static_cast<std::size_t>(to - 1)] != '>')
        return false;
    const std::string_view hex =
        bytes.substr(static_cast<std::size_t>(from + 1), static_cast<std::size_t>(to - from - 2));
    if (hex.size() != contents.size() * 2) return false;
    for (std::size_t i = 0; i < contents.size(); ++i) {
        const int high = HexValue(hex[2 * i]);
        const int low = HexValue(hex[2 * i + 1]);
        if (high < 0 || low < 0 || ((high << 4) | low) != contents[i]) return false;
    }
    const auto* parsed = dynamic_cast<const PoDoFo::PdfParserObject*>(dictionary);
    if (!parsed) return false;  // in an object stream: its bytes are not in the file as written
    const std::int64_t start = parsed->GetOffset();
    const std::size_t end = bytes.find("endobj", static_cast<std::size_t>(std::max<std::int64_t>(start, 0)));
    return start >= 0 && start < from && end != std::string_view::npos &&
           static_cast<std::int64_t>(end) >= to;
}

struct Found {
    detail::FormField field;
    const PdfObject* value = nullptr;
};

// The certifying signature's permission: /Reference [<< /TransformMethod /DocMDP /TransformParams << /P n >>
// >>].
int DocMdpOf(const PdfMemDocument& document, const PdfObject* signature) {
    const PdfObject* references = detail::Key(document, signature, "Reference");
    if (!references || !references->IsArray()) return 0;
    for (const PdfObject& item : references->GetArray()) {
        const PdfObject* reference = detail::Resolve(document, &item);
        if (detail::NameOf(document, reference, "TransformMethod") != "DocMDP") continue;
        const PdfObject* parameters = detail::Key(document, reference, "TransformParams");
        const PdfObject* permission = detail::Key(document, parameters, "P");
        const std::int64_t value = permission && permission->IsNumber() ? permission->GetNumber() : 2;
        return value >= 1 && value <= 3 ? static_cast<int>(value) : 2;
    }
    return 0;
}

std::vector<std::vector<std::uint8_t>> StreamsOf(const PdfMemDocument& document, const PdfObject* dss,
                                                 const char* key) {
    std::vector<std::vector<std::uint8_t>> streams;
    const PdfObject* array = detail::Key(document, dss, key);
    if (!array || !array->IsArray()) return streams;
    for (const PdfObject& item : array->GetArray())
        streams.push_back(detail::StreamData(detail::Resolve(document, &item)));
    return streams;
}

void SetProblem(PdfSignatureReport& report, Verdict verdict, PdfProblem problem,
                const std::string& detail_vi = {}, const std::string& detail_en = {}) {
    const LocalisedText cms = report.explanation;
    report.verdict = verdict;
    report.problem = problem;
    report.explanation = Explain(problem);
    if (!detail_vi.empty()) report.explanation.vi += " " + detail_vi;
    if (!detail_en.empty()) report.explanation.en += " " + detail_en;
    if (!cms.vi.empty()) {
        report.explanation.vi += " Chữ ký CMS: " + cms.vi;
        report.explanation.en += " The CMS signature: " + cms.en;
    }
}

class PdfVerifier {
public:
    PdfVerifier(std::string_view bytes, const PreparedTrustStore& trust,
                const std::vector<std::string>& tsa_cas)
        : m_bytes(bytes), m_trust(trust), m_tsa_cas(tsa_cas) {}

    PdfVerification Run() {
        m_now = detail::LoadPdf(m_bytes);
        m_result.file_size = static_cast<std::int64_t>(m_bytes.size());
        m_result.revisions = CountRevisions(m_bytes);
        std::vector<Found> found;
        detail::WithPdfErrors({"đọc các trường chữ ký", "reading the signature fields"}, [&] {
            for (const detail::FormField& field : detail::FormFields(*m_now)) {
                const PdfObject* value = detail::Key(*m_now, field.object, "V");
                // An empty field's placeholder /V (PoDoFo writes one) holds neither: nothing signed yet.
                const bool signed_value =
                    detail::Key(*m_now, value, "Contents") || detail::Key(*m_now, value, "ByteRange");
                if (field.type == "Sig" && value && value->IsDictionary() && signed_value)
                    found.push_back({field, value});
            }
            ReadDss();
        });
        for (const Found& signature : found) {
            PdfSignatureReport report;
            detail::WithPdfErrors({"đọc chữ ký «" + signature.field.name + "»",
                                   "reading the signature «" + signature.field.name + "»"},
                                  [&] { report = Check(signature); });
            m_result.signatures.push_back(std::move(report));
        }
        std::stable_sort(m_result.signatures.begin(), m_result.signatures.end(),
                         [](const auto& a, const auto& b) { return a.signed_end < b.signed_end; });
        ApplyDocMdpAndChanges(found);
        return std::move(m_result);
    }

private:
    void ReadDss() {
        const PdfObject* dss = detail::Key(*m_now, detail::Catalog(*m_now), "DSS");
        if (!dss || !dss->IsDictionary()) return;
        m_result.long_term.dss_present = true;
        m_dss_certificates = StreamsOf(*m_now, dss, "Certs");
        m_dss_crls = StreamsOf(*m_now, dss, "CRLs");
        m_result.long_term.certificates = m_dss_certificates.size();
        m_result.long_term.crls = m_dss_crls.size();
        m_result.long_term.ocsps = StreamsOf(*m_now, dss, "OCSPs").size();
        const PdfObject* vri = detail::Key(*m_now, dss, "VRI");
        if (vri && vri->IsDictionary())
            m_result.long_term.vri_entries = vri->GetDictionary().GetKeys().size();
    }

    PdfSignatureReport Check(const Found& found) {
        PdfSignatureReport report;
        const PdfObject* signature = found.value;
        report.field_name = found.field.name;
        report.sub_filter = detail::NameOf(*m_now, signature, "SubFilter");
        report.document_timestamp = detail::NameOf(*m_now, signature, "Type") == "DocTimeStamp" ||
                                    report.sub_filter == "ETSI.RFC3161";
        report.claimed_time_pdf = detail::TextOf(detail::Key(*m_now, signature, "M"));
        if (!report.claimed_time_pdf.empty()) {
            const PoDoFo::PdfDate date(PoDoFo::PdfString(report.claimed_time_pdf));
            if (date.IsValid()) report.claimed_time_unix = static_cast<std::int64_t>(date.GetTime());
        }

        const std::vector<std::uint8_t> contents =
            detail::BytesOf(detail::Key(*m_now, signature, "Contents"));
        const PdfObject* range = detail::Key(*m_now, signature, "ByteRange");
        if (range && range->IsArray())
            for (const PdfObject& item : range->GetArray())
                report.byte_range.push_back(item.IsNumber() ? item.GetNumber() : -1);
        const std::int64_t size = static_cast<std::int64_t>(m_bytes.size());
        bool range_shape = report.byte_range.size() == 4 && report.byte_range[0] == 0;
        for (std::int64_t value : report.byte_range) range_shape = range_shape && value >= 0 && value <= size;
        if (range_shape) {
            const std::int64_t gap_start = report.byte_range[1];
            const std::int64_t gap_end = report.byte_range[2];
            range_shape = gap_start < gap_end && report.byte_range[3] <= size - gap_end;
            if (range_shape) report.signed_end = gap_end + report.byte_range[3];
            range_shape = range_shape && GapIsContents(m_bytes, gap_start, gap_end, contents, signature);
        }
        const bool at_revision_end = range_shape && EndsAtRevision(m_bytes, report.signed_end);
        report.byte_range_ok = range_shape && at_revision_end;
        report.covers_whole_file = report.byte_range_ok && OnlyWhitespaceAfter(m_bytes, report.signed_end);

        std::vector<std::uint8_t> signed_bytes;
        if (report.signed_end > 0) {
            const auto* data = reinterpret_cast<const std::uint8_t*>(m_bytes.data());
            signed_bytes.assign(data, data + report.byte_range[1]);
            signed_bytes.insert(signed_bytes.end(), data + report.byte_range[2], data + report.signed_end);
        }
        const std::optional<std::span<const std::uint8_t>> der = detail::LeadingDer(contents);

        if (report.document_timestamp) {
            CheckDocumentTimestamp(report, der, signed_bytes);
        } else if (report.sub_filter == "adbe.pkcs7.detached" || report.sub_filter == "ETSI.CAdES.detached") {
            CheckCms(report, der, signed_bytes);
        } else {
            report.verdict = Verdict::Indeterminate;
            report.reason = Reason::None;
            report.problem = PdfProblem::UnsupportedSubFilter;
            report.explanation = Explain(PdfProblem::UnsupportedSubFilter);
            report.explanation.vi += " (/SubFilter /" + report.sub_filter + ")";
            report.explanation.en += " (/SubFilter /" + report.sub_filter + ")";
        }
        // The range's shape comes first: a signature over the wrong bytes says nothing of the document.
        if (!range_shape) {
            SetProblem(report, Verdict::Invalid, PdfProblem::ByteRangeMalformed);
        } else if (!at_revision_end) {
            SetProblem(report, Verdict::Invalid, PdfProblem::NotAtRevisionEnd);
        }
        return report;
    }

    void CheckCms(PdfSignatureReport& report, const std::optional<std::span<const std::uint8_t>>& der,
                  const std::vector<std::uint8_t>& signed_bytes) {
        const std::span<const std::uint8_t> cms = der ? *der : std::span<const std::uint8_t>();
        VerificationResult result = VerifyDetached(cms, signed_bytes, m_trust);
        // Several SignerInfos: each must hold; the report shows the worst, else the first.
        const std::vector<std::vector<std::uint8_t>> parts = detail::OneCmsPerSigner(cms);
        for (std::size_t i = 0; i < parts.size(); ++i) {
            VerificationResult part = VerifyDetached(parts[i], signed_bytes, m_trust);
            if (i == 0 || static_cast<int>(part.verdict) > static_cast<int>(result.verdict))
                result = std::move(part);
        }
        report.verdict = result.verdict;
        report.reason = result.reason;
        report.explanation = result.explanation;
        report.signer_subject = result.signer_subject;
        report.signer_fingerprint_sha256 = result.signer_fingerprint_sha256;
        report.cms_signing_time_unix = result.signing_time_unix;

        const detail::CmsFacts facts = detail::InspectCms(cms);
        report.signing_certificate_v2_present = facts.signing_certificate_v2_present;
        report.signing_certificate_v2_matches = facts.signing_certificate_v2_matches;
        if (!facts.signature_timestamp_token.empty()) {
            // RFC 3161 appendix A: the token stamps this signer's signature value.
            const TimestampCheck check =
                VerifyTimestampToken(facts.signature_timestamp_token, facts.signature_value, m_tsa_cas);
            NoteTimestamp(report, check);
            if (report.verdict != Verdict::Invalid && check.verdict == Verdict::Invalid)
                SetProblem(report, Verdict::Invalid, PdfProblem::TimestampInvalid, check.explanation.vi,
                           check.explanation.en);
        }
        if (!facts.signer_certificate_der.empty()) {
            const detail::DssCoverage coverage =
                detail::DssCoverageOf(facts.signer_certificate_der, m_dss_certificates, m_dss_crls);
            report.chain_in_dss = coverage.chain;
            report.crl_in_dss = coverage.crl;
        }
        if (report.verdict == Verdict::Invalid || report.sub_filter != "ETSI.CAdES.detached") return;
        if (!facts.signing_certificate_v2_present)
            SetProblem(report, Verdict::Invalid, PdfProblem::SigningCertificateMissing);
        else if (!facts.signing_certificate_v2_matches)
            SetProblem(report, Verdict::Invalid, PdfProblem::SigningCertificateMismatch);
    }

    void CheckDocumentTimestamp(PdfSignatureReport& report,
                                const std::optional<std::span<const std::uint8_t>>& der,
                                const std::vector<std::uint8_t>& signed_bytes) {
        const detail::TokenFacts token =
            der ? detail::InspectTimestampToken(*der, signed_bytes) : detail::TokenFacts{};
        report.timestamp.present = true;
        report.timestamp.readable = token.readable;
        report.timestamp.gen_time_unix = token.gen_time_unix;
        report.cms_signing_time_unix = token.gen_time_unix;
        if (!token.readable) {
            report.verdict = Verdict::Invalid;
            report.reason = Reason::FormatDamaged;
            report.explanation = {"Không đọc được dấu thời gian tài liệu (RFC 3161).",
                                  "The document timestamp (RFC 3161) cannot be read."};
            return;
        }
        if (!token.imprint_matches) {
            report.reason = Reason::ContentChanged;
            report.explanation = {};
            SetProblem(report, Verdict::Invalid, PdfProblem::TimestampImprintMismatch);
            return;
        }
        const TimestampCheck check = VerifyTimestampToken(*der, signed_bytes, m_tsa_cas);
        NoteTimestamp(report, check);
        report.verdict = check.verdict;
        report.reason = check.verdict == Verdict::Valid           ? Reason::None
                        : check.verdict == Verdict::Indeterminate ? Reason::UntrustedChain
                                                                  : Reason::SignatureDamaged;
        report.explanation = check.explanation;
        report.signer_subject = check.tsa_subject;
        report.signer_fingerprint_sha256 = check.tsa_fingerprint_sha256;
    }

    static void NoteTimestamp(PdfSignatureReport& report, const TimestampCheck& check) {
        report.timestamp.present = true;
        report.timestamp.verdict = check.verdict;
        report.timestamp.note = check.explanation;
        report.timestamp.tsa_subject = check.tsa_subject;
        if (check.time_unix != 0) {
            report.timestamp.readable = true;
            report.timestamp.gen_time_unix = check.time_unix;
        }
    }

    // For each signature whose revision is not the last: what came after it.
    void ApplyDocMdpAndChanges(const std::vector<Found>& found) {
        int docmdp = 0;
        detail::WithPdfErrors({"đọc quyền DocMDP", "reading the DocMDP permissions"}, [&] {
            // Only the first signature may certify (ISO 32000-1 §12.8.2.2).
            for (const Found& signature : found) {
                const std::string name = signature.field.name;
                if (!m_result.signatures.empty() && m_result.signatures.front().field_name == name)
                    docmdp = DocMdpOf(*m_now, signature.value);
            }
        });
        if (!m_result.signatures.empty()) m_result.signatures.front().docmdp_permission = docmdp;

        bool first = true;
        for (PdfSignatureReport& report : m_result.signatures) {
            const int permission = first ? docmdp : 0;
            first = false;
            if (!report.byte_range_ok || report.covers_whole_file) continue;
            std::unique_ptr<PdfMemDocument> revision;
            try {
                revision = detail::LoadPdf(m_bytes.substr(0, static_cast<std::size_t>(report.signed_end)));
                detail::WithPdfErrors(
                    {"so sánh các phiên bản của tệp", "comparing the file's revisions"},
                    [&] { report.changes_after = detail::ChangesAfter(*revision, *m_now, permission); });
            } catch (const DomainError& error) {
                SetProblem(report, Verdict::Invalid, PdfProblem::NotAtRevisionEnd,
                           "Phiên bản được ký không đọc được: " + error.Text().vi,
                           "The signed revision cannot be read: " + error.Text().en);
                continue;
            }
            std::string forbidden_vi;
            std::string forbidden_en;
            bool only_permissions = true;
            int listed = 0;
            for (const PdfChange& change : report.changes_after) {
                if (change.allowed) continue;
                report.modified_after_signing = true;
                only_permissions = only_permissions && change.only_by_permissions;
                if (++listed > 5) continue;
                forbidden_vi += (forbidden_vi.empty() ? "" : " ") + change.description.vi;
                forbidden_en += (forbidden_en.empty() ? "" : " ") + change.description.en;
            }
            if (!report.modified_after_signing ||
                (report.verdict == Verdict::Invalid && report.problem == PdfProblem::None))
                continue;
            if (listed > 5) {
                forbidden_vi += " Và " + std::to_string(listed - 5) + " thay đổi khác.";
                forbidden_en += " And " + std::to_string(listed - 5) + " more changes.";
            }
            SetProblem(report, Verdict::Invalid,
                       only_permissions ? PdfProblem::PermissionsViolated : PdfProblem::ModifiedAfterSigning,
                       forbidden_vi, forbidden_en);
        }
    }

    std::string_view m_bytes;
    const PreparedTrustStore& m_trust;
    const std::vector<std::string>& m_tsa_cas;
    std::unique_ptr<PdfMemDocument> m_now;
    PdfVerification m_result;
    std::vector<std::vector<std::uint8_t>> m_dss_certificates;
    std::vector<std::vector<std::uint8_t>> m_dss_crls;
};

}  // namespace

PdfVerification VerifyPdf(std::string_view pdf_bytes, const PreparedTrustStore& trust,
                          const std::vector<std::string>& timestamp_ca_pems) {
    if (pdf_bytes.size() > kMaxVerifiedPdfBytes)
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Tệp PDF quá lớn để kiểm tra: " + std::to_string(pdf_bytes.size()) + " byte, giới hạn là " +
                 std::to_string(kMaxVerifiedPdfBytes) + " byte (64 MiB).",
             "The PDF is too large to check: " + std::to_string(pdf_bytes.size()) + " bytes, the limit is " +
                 std::to_string(kMaxVerifiedPdfBytes) + " bytes (64 MiB)."});
    // PDF readers accept the header within the first kilobyte; so does the verifier.
    if (pdf_bytes.substr(0, 1024).find("%PDF-") == std::string_view::npos)
        throw DomainError(ErrorCode::FileFormat, {"Tệp không phải là PDF (không có phần đầu %PDF-).",
                                                  "The file is not a PDF (it has no %PDF- header)."});
    const std::size_t last_eof = pdf_bytes.rfind("%%EOF");
    if (last_eof == std::string_view::npos ||
        !OnlyWhitespaceAfter(pdf_bytes, static_cast<std::int64_t>(last_eof + 5)))
        throw DomainError(ErrorCode::FileFormat,
                          {"Tệp PDF bị cắt cụt: không kết thúc bằng dấu %%EOF.",
                           "The PDF is truncated: it does not end with the %%EOF end marker."});
    return PdfVerifier(pdf_bytes, trust, timestamp_ca_pems).Run();
}

}  // namespace innodesk::signing
