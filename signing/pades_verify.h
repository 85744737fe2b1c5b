// Verifying the signatures of any signed PDF (PAdES, adbe.pkcs7.detached, document timestamps): each
// signature's CMS over its byte range, where that range lies in the file, and what was changed in the
// file after the revision it signs. PoDoFo and OpenSSL stay behind this header.
#pragma once

#include "domain/errors.h"
#include "signing/signing.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace innodesk::signing {

// The largest PDF VerifyPdf reads: a decision is a few hundred kilobytes; a file larger than this is
// refused before it is parsed, so a hostile file cannot make the verifier take the machine's memory.
inline constexpr std::size_t kMaxVerifiedPdfBytes = 64u * 1024u * 1024u;

// What is wrong with a PDF signature beyond its CMS (domain::SignatureReason says what is wrong with
// the CMS itself). None when the CMS reason tells the whole story.
enum class PdfProblem {
    None,
    UnsupportedSubFilter,        // Indeterminate: a SubFilter this verifier does not check
    ByteRangeMalformed,          // Invalid: not four numbers, not from 0, gap is not this /Contents
    NotAtRevisionEnd,            // Invalid: the signed range does not end where a revision ends
    SigningCertificateMissing,   // Invalid: CAdES without the ESS signing-certificate-v2 attribute
    SigningCertificateMismatch,  // Invalid: the attribute names another certificate
    ModifiedAfterSigning,        // Invalid: a later revision changed what this signature covers
    PermissionsViolated,         // Invalid: a later revision did what the certifying DocMDP forbids
    TimestampImprintMismatch,    // Invalid: a document timestamp's token does not cover its range
    TimestampInvalid,            // Invalid: the signature's timestamp token does not hold
};
// Stable codes: "modified_after_signing".
std::string_view PdfProblemName(PdfProblem problem);

// One change a later revision made, named by its object.
struct PdfChange {
    int object_number = 0;
    int generation = 0;
    std::string kind;  // "page", "content stream", "catalog", "page tree", "object", …
    domain::LocalisedText description;
    bool allowed = false;              // a later signature, a form fill, DSS, a timestamp: not a modification
    bool only_by_permissions = false;  // refused by the certifying signature's DocMDP, else allowed
};

// An RFC 3161 token found in the file: a signature-timestamp attribute or a document timestamp.
struct PdfTimestampInfo {
    bool present = false;
    // signing/timestamp.h's verdict on the token, against the timestamping authorities' roots given to
    // VerifyPdf: Indeterminate when none chains to them (or none were given).
    Verdict verdict = Verdict::Indeterminate;
    std::string tsa_subject;
    std::int64_t gen_time_unix = 0;  // the TSA's time; 0 when the token cannot be read
    bool readable = false;
    domain::LocalisedText note;  // what was and was not checked about it
};

struct PdfSignatureReport {
    std::string field_name;  // the field's fully qualified name ("Parent.Child")
    std::string sub_filter;  // as written: "ETSI.CAdES.detached", "adbe.pkcs7.detached", "ETSI.RFC3161"
    bool document_timestamp = false;

    Verdict verdict = Verdict::Invalid;
    Reason reason = Reason::FormatDamaged;  // the CMS's reason; None when it holds
    PdfProblem problem = PdfProblem::None;  // the PDF's own reason, when the CMS is not the cause
    domain::LocalisedText explanation;

    std::string signer_subject;  // RFC 2253, UTF-8
    std::string signer_fingerprint_sha256;
    std::string claimed_time_pdf;        // the dictionary's /M as written ("D:20260507…"); empty if none
    std::int64_t claimed_time_unix = 0;  // /M read; 0 when absent or unreadable
    std::int64_t cms_signing_time_unix = 0;  // the CMS signing-time attribute; 0 when absent

    std::vector<std::int64_t> byte_range;  // as written
    std::int64_t signed_end = 0;           // where the signed revision ends in the file
    bool byte_range_ok = false;            // from 0, gap = this /Contents, ends at a %%EOF
    bool covers_whole_file = false;        // true only for a signature of the last revision

    bool signing_certificate_v2_present = false;
    bool signing_certificate_v2_matches = false;

    PdfTimestampInfo timestamp;  // the signature timestamp, or the document timestamp's own token

    int docmdp_permission = 0;             // 1, 2, 3 when this signature certifies; 0 otherwise
    std::vector<PdfChange> changes_after;  // every change after this signature's revision
    bool modified_after_signing = false;   // some change is not allowed

    bool chain_in_dss = false;  // the signer's certificate and its issuers are in the DSS
    bool crl_in_dss = false;    // a CRL by the signer's issuer is in the DSS
};

// The document security store (PAdES B-LT).
struct PdfLongTermMaterial {
    bool dss_present = false;
    std::size_t certificates = 0;
    std::size_t crls = 0;
    std::size_t ocsps = 0;
    std::size_t vri_entries = 0;
};

struct PdfVerification {
    std::int64_t file_size = 0;
    std::size_t revisions = 0;                   // how many %%EOF markers end an update
    std::vector<PdfSignatureReport> signatures;  // in the order they were applied
    PdfLongTermMaterial long_term;

    bool AllValid() const;
};

// Verifies every signature and document timestamp of `pdf_bytes`; timestamp tokens are checked
// against `timestamp_ca_pems` (the timestamping authorities' roots, PEM texts). A bad signature is a
// verdict; a file that is not a PDF, is damaged, encrypted or larger than kMaxVerifiedPdfBytes is
// refused with DomainError(FileFormat, or InvalidValue for the size), whose message names the problem.
PdfVerification VerifyPdf(std::string_view pdf_bytes, const PreparedTrustStore& trust,
                          const std::vector<std::string>& timestamp_ca_pems = {});

}  // namespace innodesk::signing
