// PoDoFo plumbing private to the PAdES signing code: loading and writing a PDF for an incremental
// update, the form fields it holds, the embedded font and the appearance streams drawn with it.
#pragma once

#include "pades_sign.h"

#include <podofo/podofo.h>

#include <functional>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>

namespace innodesk::signing::detail {

// Throws DomainError(InvalidValue) above kMaxPdfBytes and DomainError(FileFormat) when `pdf` is not a
// PDF PoDoFo can read; the document is loaded for an incremental update.
std::unique_ptr<PoDoFo::PdfMemDocument> LoadForUpdate(std::string_view pdf);

// The document's terminal form fields by fully qualified name ("parent.child"), each with its widget
// (the field's own dictionary when the two are merged, else its only kid).
struct FoundField {
    PoDoFo::PdfObject* field = nullptr;
    PoDoFo::PdfObject* widget = nullptr;
    std::string type;  // "Tx", "Sig", …
};
std::map<std::string, FoundField> FindFields(PoDoFo::PdfMemDocument& document);

// The page of a request's rectangle; throws DomainError(InvalidValue) when the page does not exist or the
// rectangle is empty or outside it. `what` names the rectangle in the message ("chữ ký"/"signature").
PoDoFo::PdfPage* PageOf(PoDoFo::PdfMemDocument& document, const PdfRect& rect, const std::string& what_vi,
                        const std::string& what_en);

// DejaVu Sans, embedded as a subset with Identity-H encoding so every Vietnamese letter shows; throws
// DomainError(NotFound) naming fonts-dejavu-core when it is not installed.
PoDoFo::PdfFont* VietnameseFont(PoDoFo::PdfMemDocument& document);

// An appearance stream (form XObject) of `width`×`height` points showing `lines`, shrunk to fit, with an
// optional PNG image on the left.
std::unique_ptr<PoDoFo::PdfXObject> DrawAppearance(PoDoFo::PdfMemDocument& document, PoDoFo::PdfFont* font,
                                                   double width, double height,
                                                   const std::vector<std::string>& lines, double font_size,
                                                   bool centred, const std::vector<std::uint8_t>* image_png);

// Adds a new text field with its value and appearance.
void AddTextField(PoDoFo::PdfMemDocument& document, PoDoFo::PdfFont* font, const PdfTextField& request);

// Sets the value of an existing text field and redraws its appearance.
void FillTextField(PoDoFo::PdfMemDocument& document, PoDoFo::PdfFont* font, const FoundField& found,
                   const PdfTextField& request);

// Embeds a file in the EmbeddedFiles name tree; a name already there is refused (Duplicate).
void AttachFile(PoDoFo::PdfMemDocument& document, const PdfAttachment& attachment);

// "D:20261207101503+07'00'" for the signature's M entry.
std::string PdfDateString(std::int64_t unix_time, int utc_offset_minutes);

// Writes `document`'s update with the signature dictionary of `field` holding a reserved /Contents,
// fixes /ByteRange, and fills /Contents with what `make_contents` gives for the bytes covered (refused
// with InvalidValue when larger than kReservedCmsBytes). Returns the whole new file.
std::string WriteSigned(
    PoDoFo::PdfMemDocument& document, PoDoFo::PdfSignatureField& field,
    const std::function<std::vector<std::uint8_t>(std::span<const std::uint8_t>)>& make_contents);

// The AcroForm of a signed document: SigFlags 3 (signatures exist, append only), appearances given.
PoDoFo::PdfAcroForm* SignedForm(PoDoFo::PdfMemDocument& document);

// PoDoFo's exceptions as the project's: FileFormat with PoDoFo's own reason.
[[noreturn]] void ThrowPdfError(const PoDoFo::PdfError& error, const std::string& doing_vi,
                                const std::string& doing_en);

}  // namespace innodesk::signing::detail
