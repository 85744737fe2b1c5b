// PAdES signing of a PDF with PoDoFo: the fields, attachments and signature field of one incremental
// update, the byte ranges, and the CAdES CMS (pades_cms.cpp) written into the reserved /Contents.
#include "pades_sign.h"

#include "pades_cms.h"
#include "pdf_fields.h"

#include <set>

namespace innodesk::signing {

using domain::DomainError;
using domain::ErrorCode;
using namespace PoDoFo;

namespace {

PdfString Utf8(const std::string& text) {
    return PdfString(reinterpret_cast<const pdf_utf8*>(text.c_str()));
}

// The signature field's widget, printed with the page.
PdfAnnotation* PrintedWidget(PdfPage* page, const PoDoFo::PdfRect& rect) {
    PdfAnnotation* widget = page->CreateAnnotation(ePdfAnnotation_Widget, rect);
    widget->SetFlags(ePdfAnnotationFlags_Print);
    return widget;
}

void RequireNewName(const std::map<std::string, detail::FoundField>& fields, std::set<std::string>& added,
                    const std::string& name, const std::string& what) {
    if (name.empty() || name.find('.') != std::string::npos) {
        throw DomainError(ErrorCode::InvalidValue,
                          {"Tên ô \"" + name + "\" không hợp lệ: phải có và không chứa dấu chấm.",
                           "The field name \"" + name + "\" is invalid: it must be given and hold no dot."},
                          what);
    }
    if (fields.count(name) != 0 || !added.insert(name).second) {
        throw DomainError(ErrorCode::Duplicate,
                          {"Tài liệu đã có ô tên \"" + name + "\".",
                           "The document already has a field named \"" + name + "\"."},
                          what);
    }
}

bool HasSignature(const std::map<std::string, detail::FoundField>& fields) {
    for (const auto& [name, found] : fields) {
        if (found.type == "Sig" && found.field->GetDictionary().HasKey("V")) return true;
    }
    return false;
}

}  // namespace

std::string SignPdf(std::string_view pdf, const SigningKey& key, const PdfSignatureRequest& request) {
    auto document = detail::LoadForUpdate(pdf);
    try {
        const auto fields = detail::FindFields(*document);
        std::set<std::string> added;
        RequireNewName(fields, added, request.field_name, "field_name");
        for (const PdfTextField& field : request.add_fields)
            RequireNewName(fields, added, field.name, "add_fields");
        for (const PdfTextField& field : request.fill_fields) {
            if (fields.count(field.name) == 0) {
                throw DomainError(ErrorCode::NotFound,
                                  {"Tài liệu không có ô \"" + field.name + "\" để điền.",
                                   "The document has no field \"" + field.name + "\" to fill."},
                                  "fill_fields");
            }
        }
        if (request.certify && HasSignature(fields)) {
            throw DomainError(
                ErrorCode::InvalidValue,
                {"Chữ ký chứng nhận (DocMDP) phải là chữ ký đầu tiên; tài liệu đã có chữ ký.",
                 "A certification (DocMDP) signature must be the first; the document is already signed."},
                "certify");
        }
        PdfPage* page = detail::PageOf(*document, request.rect, "chữ ký", "signature");
        PdfFont* font = detail::VietnameseFont(*document);
        PdfAcroForm* form = detail::SignedForm(*document);

        for (const PdfTextField& field : request.add_fields) detail::AddTextField(*document, font, field);
        for (const PdfTextField& field : request.fill_fields)
            detail::FillTextField(*document, font, fields.at(field.name), field);
        for (const PdfAttachment& attachment : request.attachments) detail::AttachFile(*document, attachment);

        const PoDoFo::PdfRect rect(request.rect.left, request.rect.bottom, request.rect.width,
                                   request.rect.height);
        PdfSignatureField field(PrintedWidget(page, rect), form, document.get());
        field.SetFieldName(Utf8(request.field_name));
        auto appearance = detail::DrawAppearance(*document, font, request.rect.width, request.rect.height,
                                                 request.appearance, 10, false,
                                                 request.image_png ? &*request.image_png : nullptr);
        field.SetAppearanceStream(appearance.get());
        PdfDictionary& signature = field.GetSignatureObject()->GetDictionary();
        signature.AddKey("SubFilter", PdfName("ETSI.CAdES.detached"));
        signature.AddKey(
            "M", PdfString(detail::PdfDateString(request.signing_time_unix, request.utc_offset_minutes)));
        if (!request.reason.empty()) field.SetSignatureReason(Utf8(request.reason));
        if (!request.location.empty()) field.SetSignatureLocation(Utf8(request.location));
        if (request.certify) {
            // DocMDP with P 2: filling in forms and signing stay allowed, nothing else.
            PdfDictionary parameters;
            parameters.AddKey("Type", PdfName("TransformParams"));
            parameters.AddKey("P", PdfVariant(static_cast<pdf_int64>(2)));
            parameters.AddKey("V", PdfName("1.2"));
            PdfDictionary reference;
            reference.AddKey("Type", PdfName("SigRef"));
            reference.AddKey("TransformMethod", PdfName("DocMDP"));
            reference.AddKey("TransformParams", parameters);
            PdfArray references;
            references.push_back(reference);
            signature.AddKey("Reference", references);
            PdfDictionary permissions;
            permissions.AddKey("DocMDP", field.GetSignatureObject()->Reference());
            document->GetCatalog()->GetDictionary().AddKey("Perms", permissions);
        }
        return detail::WriteSigned(*document, field, [&](std::span<const std::uint8_t> covered) {
            std::vector<std::uint8_t> cms = detail::SignPadesCms(key, covered);
            if (request.add_timestamp) cms = request.add_timestamp(std::move(cms));
            return cms;
        });
    } catch (const PdfError& error) {
        detail::ThrowPdfError(error, "Không ký được tệp PDF", "Cannot sign the PDF");
    }
}

}  // namespace innodesk::signing
