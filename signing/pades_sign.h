// PAdES signatures of a PDF (ETSI EN 319 142-1, baseline B-B, with the hooks for B-T and B-LT/B-LTA):
// each signature, with the form fields and attachments its signer adds, is one incremental update, so
// the bytes signed before stay the exact prefix of the file and earlier signatures stay valid.
// PoDoFo and OpenSSL stay inside the signing library.
#pragma once

#include "signing.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace innodesk::signing {

// The largest PDF SignPdf and AddLongTermValidation accept, so that a document (read whole into memory
// by PoDoFo, then copied while it is written) never exhausts a workstation's memory.
inline constexpr std::size_t kMaxPdfBytes = 64u * 1024u * 1024u;
// The space reserved in each signature for its CMS (DER bytes; the file holds twice as many hex digits):
// the signer's chain, a timestamp token and its TSA chain fit with room to spare.
inline constexpr std::size_t kReservedCmsBytes = 32u * 1024u;

// A rectangle on a page, in PDF points from the page's bottom-left corner; page is 0-based.
struct PdfRect {
    int page = 0;
    double left = 0, bottom = 0, width = 0, height = 0;
};

// A text form field (AcroForm /Tx): added empty-or-with-value by the approver's revision, filled by the
// clerk's.
struct PdfTextField {
    std::string name;
    PdfRect rect;
    std::string value;
    double font_size = 13;
    bool centred = false;
};

struct PdfAttachment {
    std::string file_name;
    std::string mime_type;
    std::string description;
    std::vector<std::uint8_t> bytes;
};

struct PdfSignatureRequest {
    std::string field_name;               // "Approver", "Department": unique in the document
    PdfRect rect;                         // the visible signature's place
    std::vector<std::string> appearance;  // UTF-8 lines drawn in the widget ("Ký bởi: …", "Thời gian ký: …")
    std::optional<std::vector<std::uint8_t>> image_png;  // optional signature image, drawn left of the text
    std::string reason, location;                        // /Reason, /Location (optional)
    std::int64_t signing_time_unix = 0;                  // /M, written with the offset below
    int utc_offset_minutes = 420;
    bool certify = false;  // first signature: DocMDP certification with P=2 (form fill + signing allowed)
    std::vector<PdfTextField> add_fields;    // new text fields written in the same revision, before signing
    std::vector<PdfTextField> fill_fields;   // values for existing fields (by name), set in the same revision
    std::vector<PdfAttachment> attachments;  // embedded files (EmbeddedFiles name tree) in the same revision
    // Optional: turns the CMS SignedData (DER) into one with an RFC 3161 signature-timestamp unsigned
    // attribute (PAdES B-T); signing/timestamp.h provides it.
    std::function<std::vector<std::uint8_t>(std::vector<std::uint8_t>)> add_timestamp;
};

// The PDF with one more revision appended (incremental update: the input bytes are an exact prefix of
// the output) holding the fields, the attachments and the signature. Throws domain::DomainError:
// FileFormat (not a PDF, one PoDoFo cannot read, an encrypted one, a signature image that is not PNG),
// InvalidValue (too large, a page or rectangle out of range, certify on a document already signed, a CMS
// too large for the reserved space, the key cannot sign), Duplicate (a field or attachment name already
// used), NotFound (a field to fill that does not exist, the DejaVu Sans font not installed).
// A certification (certify) with P 2 allows later form fill and signatures; an attachment added in a
// later revision is outside what DocMDP P 2 allows, so put attachments in the certifying revision when
// strict validators must accept the document.
std::string SignPdf(std::string_view pdf, const SigningKey& key, const PdfSignatureRequest& request);

// PAdES B-LT / B-LTA material: a DSS dictionary (/Certs, /CRLs, /OCSPs when given) appended as a new
// incremental revision; then, when `document_timestamp` is given, a document timestamp (/Type
// /DocTimeStamp, /SubFilter /ETSI.RFC3161) over the whole file as a further revision.
// `document_timestamp` maps the bytes covered (the byte ranges) to a DER TimeStampToken.
struct LongTermMaterial {
    std::vector<std::vector<std::uint8_t>> certificates_der, crls_der, ocsps_der;
};
std::string AddLongTermValidation(
    std::string_view pdf, const LongTermMaterial& material,
    std::function<std::vector<std::uint8_t>(std::span<const std::uint8_t>)> document_timestamp = {});

}  // namespace innodesk::signing
