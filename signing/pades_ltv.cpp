// PAdES B-LT / B-LTA material: the document security store (DSS) with the certificates, CRLs and OCSP
// responses a verifier needs later, and a document timestamp over the whole file, each an incremental
// update written with PoDoFo.
#include "pades_sign.h"

#include "openssl_support.h"
#include "pdf_fields.h"

#include <openssl/evp.h>

#include <cctype>

namespace innodesk::signing {

using domain::DomainError;
using domain::ErrorCode;
using namespace PoDoFo;

namespace {

PdfObject* Resolve(PdfMemDocument& document, PdfObject* object) {
    if (object != nullptr && object->IsReference())
        return document.GetObjects().GetObject(object->GetReference());
    return object;
}

// The DSS's array `key`, made when missing (an earlier DSS is extended, never replaced).
PdfArray& ArrayOf(PdfMemDocument& document, PdfDictionary& dictionary, const char* key) {
    PdfObject* existing = Resolve(document, dictionary.GetKey(key));
    if (existing == nullptr || !existing->IsArray()) {
        dictionary.AddKey(key, PdfArray());
        existing = dictionary.GetKey(key);
    }
    return existing->GetArray();
}

std::vector<PdfReference> Streams(PdfMemDocument& document,
                                  const std::vector<std::vector<std::uint8_t>>& items) {
    std::vector<PdfReference> references;
    for (const auto& item : items) {
        PdfObject* stream = document.GetObjects().CreateObject();
        stream->GetStream()->Set(reinterpret_cast<const char*>(item.data()),
                                 static_cast<pdf_long>(item.size()));
        references.push_back(stream->Reference());
    }
    return references;
}

PdfArray ArrayOfReferences(const std::vector<PdfReference>& references) {
    PdfArray array;
    for (const PdfReference& reference : references) array.push_back(reference);
    return array;
}

// The VRI key of a signature (ETSI EN 319 142-1 §5.4.2.2): upper-case hex SHA-1 of its /Contents bytes.
std::string VriKey(const PdfString& contents) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(contents.GetString(), contents.GetLength(), digest, &length, EVP_sha1(), nullptr) != 1) {
        detail::ThrowOpenSslError(ErrorCode::InvalidValue,
                                  {"Không tính được SHA-1.", "Cannot compute SHA-1."});
    }
    std::string hex = detail::LowerHex(digest, length);
    for (char& c : hex) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return hex;
}

std::string WriteUpdate(PdfMemDocument& document) {
    PdfRefCountedBuffer buffer;
    PdfOutputDevice device(&buffer);
    document.WriteUpdate(&device, true);
    device.Flush();
    return std::string(buffer.GetBuffer(), device.GetLength());
}

std::string AddDss(std::string_view pdf, const LongTermMaterial& material) {
    auto document = detail::LoadForUpdate(pdf);
    PdfObject* catalog = document->GetCatalog();
    PdfObject* dss = Resolve(*document, catalog->GetDictionary().GetKey("DSS"));
    if (dss == nullptr || !dss->IsDictionary()) {
        dss = document->GetObjects().CreateObject("DSS");
        catalog->GetDictionary().AddKey("DSS", dss->Reference());
    }
    const auto certificates = Streams(*document, material.certificates_der);
    const auto crls = Streams(*document, material.crls_der);
    const auto ocsps = Streams(*document, material.ocsps_der);
    PdfDictionary& store = dss->GetDictionary();
    for (const auto& reference : certificates) ArrayOf(*document, store, "Certs").push_back(reference);
    for (const auto& reference : crls) ArrayOf(*document, store, "CRLs").push_back(reference);
    for (const auto& reference : ocsps) ArrayOf(*document, store, "OCSPs").push_back(reference);

    // Each signature's validation data: the same material, keyed by the signature.
    PdfObject* vri_object = Resolve(*document, store.GetKey("VRI"));
    if (vri_object == nullptr || !vri_object->IsDictionary()) {
        store.AddKey("VRI", PdfDictionary());
        vri_object = store.GetKey("VRI");
    }
    for (const auto& [name, found] : detail::FindFields(*document)) {
        if (found.type != "Sig") continue;
        PdfObject* signature = Resolve(*document, found.field->GetDictionary().GetKey("V"));
        if (signature == nullptr || !signature->IsDictionary()) continue;
        PdfObject* contents = Resolve(*document, signature->GetDictionary().GetKey("Contents"));
        if (contents == nullptr || !(contents->IsHexString() || contents->IsString())) continue;
        PdfDictionary entry;
        if (!certificates.empty()) entry.AddKey("Cert", ArrayOfReferences(certificates));
        if (!crls.empty()) entry.AddKey("CRL", ArrayOfReferences(crls));
        if (!ocsps.empty()) entry.AddKey("OCSP", ArrayOfReferences(ocsps));
        vri_object->GetDictionary().AddKey(PdfName(VriKey(contents->GetString())), entry);
    }
    return WriteUpdate(*document);
}

std::string AddDocumentTimestamp(
    std::string_view pdf,
    const std::function<std::vector<std::uint8_t>(std::span<const std::uint8_t>)>& timestamp) {
    auto document = detail::LoadForUpdate(pdf);
    const auto fields = detail::FindFields(*document);
    std::string name = "DocTimeStamp";
    for (int i = 2; fields.count(name) != 0; ++i) name = "DocTimeStamp" + std::to_string(i);
    PdfAcroForm* form = detail::SignedForm(*document);
    if (document->GetPageCount() < 1) {
        throw DomainError(ErrorCode::FileFormat, {"Tệp PDF không có trang nào.", "The PDF has no page."},
                          "pdf");
    }
    PdfAnnotation* widget =
        document->GetPage(0)->CreateAnnotation(ePdfAnnotation_Widget, PoDoFo::PdfRect(0, 0, 0, 0));
    widget->SetFlags(ePdfAnnotationFlags_Hidden | ePdfAnnotationFlags_Invisible);
    PdfSignatureField field(widget, form, document.get());
    field.SetFieldName(PdfString(name));
    PdfDictionary& signature = field.GetSignatureObject()->GetDictionary();
    signature.AddKey("Type", PdfName("DocTimeStamp"));
    signature.AddKey("SubFilter", PdfName("ETSI.RFC3161"));
    return detail::WriteSigned(*document, field, timestamp);
}

}  // namespace

std::string AddLongTermValidation(
    std::string_view pdf, const LongTermMaterial& material,
    std::function<std::vector<std::uint8_t>(std::span<const std::uint8_t>)> document_timestamp) {
    detail::ErrorMarkGuard mark;
    try {
        std::string with_dss = AddDss(pdf, material);
        if (!document_timestamp) return with_dss;
        return AddDocumentTimestamp(with_dss, document_timestamp);
    } catch (const PdfError& error) {
        detail::ThrowPdfError(error, "Không thêm được dữ liệu kiểm tra dài hạn vào tệp PDF",
                              "Cannot add the long-term validation data to the PDF");
    }
}

}  // namespace innodesk::signing
