// Writing a signed revision with PoDoFo: the AcroForm's signature flags, the reserved /Contents, the
// byte ranges and the signature value written into the space reserved.
#include "pdf_fields.h"

namespace innodesk::signing::detail {

using domain::DomainError;
using domain::ErrorCode;
using namespace PoDoFo;

// The AcroForm of a signed document: SigFlags 3 (signatures exist, append only) and appearances given.
PdfAcroForm* SignedForm(PdfMemDocument& document) {
    PdfAcroForm* form = document.GetAcroForm(ePdfCreateObject, ePdfAcroFormDefaultAppearance_None);
    PdfDictionary& dictionary = form->GetObject()->GetDictionary();
    if (!dictionary.HasKey("Fields")) dictionary.AddKey("Fields", PdfArray());
    dictionary.AddKey("SigFlags", PdfVariant(static_cast<pdf_int64>(3)));
    form->SetNeedAppearances(false);
    return form;
}

// /Contents with what `make_contents` gives for the bytes covered. Returns the whole new file.
std::string WriteSigned(
    PdfMemDocument& document, PdfSignatureField& field,
    const std::function<std::vector<std::uint8_t>(std::span<const std::uint8_t>)>& make_contents) {
    PdfRefCountedBuffer buffer;
    PdfOutputDevice device(&buffer);
    PdfSignOutputDevice signer(&device);
    signer.SetSignatureSize(kReservedCmsBytes);
    field.SetSignature(*signer.GetSignatureBeacon());
    PdfArray ranges;
    try {
        document.WriteUpdate(&signer, true);
        if (!signer.HasSignaturePosition()) {
            throw DomainError(ErrorCode::InvalidValue,
                              {"Không tìm thấy chỗ dành cho chữ ký trong tệp PDF vừa ghi.",
                               "The space reserved for the signature was not found in the PDF written."});
        }
        ranges = signer.AdjustByteRange();
        signer.Flush();
    } catch (const PdfError& error) {
        ThrowPdfError(error, "Không ghi được bản cập nhật của tệp PDF", "Cannot write the PDF's update");
    }
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(buffer.GetBuffer());
    const std::size_t length = device.GetLength();
    const auto start2 = static_cast<std::size_t>(ranges[2].GetNumber());
    const auto length1 = static_cast<std::size_t>(ranges[1].GetNumber());
    std::vector<std::uint8_t> covered(bytes, bytes + length1);
    covered.insert(covered.end(), bytes + start2, bytes + length);

    const std::vector<std::uint8_t> contents = make_contents(covered);
    if (contents.size() > kReservedCmsBytes) {
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Chữ ký (" + std::to_string(contents.size()) + " byte) lớn hơn chỗ dành cho nó trong tệp PDF (" +
                 std::to_string(kReservedCmsBytes) + " byte).",
             "The signature (" + std::to_string(contents.size()) +
                 " bytes) is larger than the space reserved for it in the PDF (" +
                 std::to_string(kReservedCmsBytes) + " bytes)."},
            "signature");
    }
    try {
        signer.SetSignature(PdfData(reinterpret_cast<const char*>(contents.data()), contents.size()));
        signer.Flush();
    } catch (const PdfError& error) {
        ThrowPdfError(error, "Không ghi được chữ ký vào tệp PDF", "Cannot write the signature into the PDF");
    }
    return std::string(buffer.GetBuffer(), device.GetLength());
}

}  // namespace innodesk::signing::detail
