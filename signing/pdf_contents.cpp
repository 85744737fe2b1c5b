// Reading a PDF's embedded files and text fields with PoDoFo.
#include "pdf_contents.h"

#include "pades_pdf.h"
#include "pades_verify.h"

namespace innodesk::signing {

namespace {

using domain::DomainError;
using domain::ErrorCode;
using namespace PoDoFo;

// A node of the EmbeddedFiles name tree: its /Names pairs (the keys as UTF-8, whatever encoding
// the writer chose for them) and its /Kids, to a bounded depth (a loop in a damaged tree ends).
void ReadNameTree(const PdfMemDocument& document, const PdfObject* node, PdfContents& contents, int depth) {
    if (node == nullptr || !node->IsDictionary() || depth > 32) return;
    if (const PdfObject* names = detail::Key(document, node, "Names"); names != nullptr && names->IsArray()) {
        const PdfArray& pairs = names->GetArray();
        for (std::size_t i = 0; i + 1 < pairs.size(); i += 2) {
            const PdfObject* spec = detail::Resolve(document, &pairs[i + 1]);
            const PdfObject* stream = detail::Key(document, detail::Key(document, spec, "EF"), "F");
            if (stream != nullptr)
                contents.attachments[detail::TextOf(&pairs[i])] = detail::StreamData(stream);
        }
    }
    if (const PdfObject* kids = detail::Key(document, node, "Kids"); kids != nullptr && kids->IsArray())
        for (const PdfObject& kid : kids->GetArray())
            ReadNameTree(document, detail::Resolve(document, &kid), contents, depth + 1);
}

void ReadAttachments(const PdfMemDocument& document, PdfContents& contents) {
    const PdfObject* names = detail::Key(document, detail::Catalog(document), "Names");
    ReadNameTree(document, detail::Key(document, names, "EmbeddedFiles"), contents, 0);
}

}  // namespace

PdfContents ReadPdfContents(std::string_view pdf) {
    if (pdf.size() > kMaxVerifiedPdfBytes)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Tệp PDF quá lớn: " + std::to_string(pdf.size()) + " byte, giới hạn là " +
                               std::to_string(kMaxVerifiedPdfBytes) + " byte.",
                           "The PDF is too large: " + std::to_string(pdf.size()) + " bytes, the limit is " +
                               std::to_string(kMaxVerifiedPdfBytes) + " bytes."},
                          "file");
    const auto document = detail::LoadPdf(pdf);
    PdfContents contents;
    detail::WithPdfErrors({"đọc tệp đính kèm và trường biểu mẫu", "reading the attachments and form fields"},
                          [&] {
                              ReadAttachments(*document, contents);
                              for (const auto& field : detail::FormFields(*document))
                                  if (field.type == "Tx")
                                      contents.text_fields[field.name] =
                                          detail::TextOf(detail::Key(*document, field.object, "V"));
                          });
    return contents;
}

}  // namespace innodesk::signing
