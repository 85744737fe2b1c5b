// PoDoFo plumbing for verifying signed PDFs (private to the signing library): loading a PDF from
// memory with PoDoFo's errors turned into DomainError, resolving references, reading names, strings
// and streams, and the walk of the form's fields.
#pragma once

#include "domain/errors.h"
#include "signing/pades_verify.h"

#include <podofo/podofo.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace innodesk::signing::detail {

// Loads `bytes` (kept alive by the caller: PoDoFo reads objects on demand). Throws DomainError
// (FileFormat) naming PoDoFo's reason for a damaged or encrypted file.
std::unique_ptr<PoDoFo::PdfMemDocument> LoadPdf(std::string_view bytes);

// Runs `work`, turning a PoDoFo error met on the way (a damaged object read on demand) into
// DomainError(FileFormat) saying what was being read.
void WithPdfErrors(const domain::LocalisedText& doing, const std::function<void()>& work);

// The object a value stands for: itself, or the object its reference names (nullptr when missing).
const PoDoFo::PdfObject* Resolve(const PoDoFo::PdfMemDocument& document, const PoDoFo::PdfObject* value);
// A dictionary's key, resolved; nullptr when `object` is not a dictionary or lacks the key.
const PoDoFo::PdfObject* Key(const PoDoFo::PdfMemDocument& document, const PoDoFo::PdfObject* object,
                             const char* key);
// The name a key holds ("" when it is not a name).
std::string NameOf(const PoDoFo::PdfMemDocument& document, const PoDoFo::PdfObject* object, const char* key);
// A string as UTF-8 ("" when it is not a string).
std::string TextOf(const PoDoFo::PdfObject* value);
// A string's bytes as they are (binary /Contents).
std::vector<std::uint8_t> BytesOf(const PoDoFo::PdfObject* value);
// A stream's decoded data; empty when the object has none or it cannot be decoded.
std::vector<std::uint8_t> StreamData(const PoDoFo::PdfObject* object);
// A stream's bytes as stored in the file (not decoded), for comparing two revisions.
std::string RawStream(const PoDoFo::PdfObject* object);
// The object written out (without its stream), for comparing two revisions.
std::string Serialised(const PoDoFo::PdfObject* object);

const PoDoFo::PdfObject* Catalog(const PoDoFo::PdfMemDocument& document);

// One terminal field or widget of the form: its object, full name and (inherited) field type.
struct FormField {
    const PoDoFo::PdfObject* object = nullptr;
    std::string name;
    std::string type;  // "Sig", "Tx", "Btn", "Ch" or ""
};
// Every field dictionary of /AcroForm /Fields, parents and kids, each once (a loop of /Kids ends).
std::vector<FormField> FormFields(const PoDoFo::PdfMemDocument& document);

// What later revisions changed compared with `revision` (the file as the signature covers it).
// `docmdp` is the certifying signature's permission (1, 2, 3), or 0 when none applies.
std::vector<PdfChange> ChangesAfter(const PoDoFo::PdfMemDocument& revision, const PoDoFo::PdfMemDocument& now,
                                    int docmdp);

}  // namespace innodesk::signing::detail
