// PoDoFo plumbing for verifying signed PDFs: loading from memory, references, strings, streams and the
// form's fields.
#include "pades_pdf.h"

#include <mutex>
#include <set>

namespace innodesk::signing::detail {

using domain::DomainError;
using domain::ErrorCode;
using PoDoFo::PdfArray;
using PoDoFo::PdfDictionary;
using PoDoFo::PdfMemDocument;
using PoDoFo::PdfName;
using PoDoFo::PdfObject;
using PoDoFo::PdfReference;

namespace {

struct PodofoFree {
    void operator()(char* buffer) const noexcept { PoDoFo::podofo_free(buffer); }
};
using PodofoBuffer = std::unique_ptr<char, PodofoFree>;

// PoDoFo prints its errors on stderr by default; the verifier reports them itself.
void QuietPodofo() {
    static std::once_flag once;
    std::call_once(once, [] {
        PoDoFo::PdfError::EnableDebug(false);
        PoDoFo::PdfError::EnableLogging(false);
    });
}

std::string PodofoReason(const PoDoFo::PdfError& error) {
    const char* name = PoDoFo::PdfError::ErrorName(error.GetError());
    return name ? name : "unknown";
}

}  // namespace

void WithPdfErrors(const domain::LocalisedText& doing, const std::function<void()>& work) {
    try {
        work();
    } catch (const PoDoFo::PdfError& error) {
        throw DomainError(
            ErrorCode::FileFormat,
            {"Tệp PDF bị hỏng: lỗi khi " + doing.vi + " (PoDoFo: " + PodofoReason(error) + ").",
             "The PDF is damaged: failed while " + doing.en + " (PoDoFo: " + PodofoReason(error) + ")."});
    } catch (const std::bad_alloc&) {
        throw DomainError(ErrorCode::FileFormat, {"Tệp PDF đòi quá nhiều bộ nhớ khi " + doing.vi + ".",
                                                  "The PDF needs too much memory while " + doing.en + "."});
    }
}

std::unique_ptr<PdfMemDocument> LoadPdf(std::string_view bytes) {
    QuietPodofo();
    auto document = std::make_unique<PdfMemDocument>();
    try {
        document->LoadFromBuffer(bytes.data(), static_cast<long>(bytes.size()));
    } catch (const PoDoFo::PdfError& error) {
        if (error.GetError() == PoDoFo::ePdfError_InvalidPassword)
            throw DomainError(ErrorCode::FileFormat,
                              {"Tệp PDF được mã hóa bằng mật khẩu; không kiểm tra được chữ ký của tệp này.",
                               "The PDF is encrypted with a password; its signatures cannot be checked."});
        throw DomainError(
            ErrorCode::FileFormat,
            {"Không đọc được tệp PDF: cấu trúc tệp bị hỏng (PoDoFo: " + PodofoReason(error) + ").",
             "Cannot read the PDF: its structure is damaged (PoDoFo: " + PodofoReason(error) + ")."});
    } catch (const std::bad_alloc&) {
        throw DomainError(ErrorCode::FileFormat, {"Tệp PDF đòi quá nhiều bộ nhớ khi đọc.",
                                                  "The PDF needs too much memory to read."});
    }
    if (document->GetEncrypt() != nullptr)
        throw DomainError(ErrorCode::FileFormat,
                          {"Tệp PDF được mã hóa; không kiểm tra được chữ ký của tệp này.",
                           "The PDF is encrypted; its signatures cannot be checked."});
    if (Catalog(*document) == nullptr)
        throw DomainError(ErrorCode::FileFormat, {"Tệp PDF không có danh mục gốc (/Root).",
                                                  "The PDF has no document catalog (/Root)."});
    return document;
}

const PdfObject* Resolve(const PdfMemDocument& document, const PdfObject* value) {
    // References to references are not PDF; one step is all a well-formed file needs.
    if (value && value->IsReference()) return document.GetObjects().GetObject(value->GetReference());
    return value;
}

const PdfObject* Key(const PdfMemDocument& document, const PdfObject* object, const char* key) {
    if (!object || !object->IsDictionary()) return nullptr;
    return Resolve(document, object->GetDictionary().GetKey(PdfName(key)));
}

std::string NameOf(const PdfMemDocument& document, const PdfObject* object, const char* key) {
    const PdfObject* value = Key(document, object, key);
    return value && value->IsName() ? value->GetName().GetName() : std::string();
}

std::string TextOf(const PdfObject* value) {
    if (!value || !(value->IsString() || value->IsHexString())) return {};
    return value->GetString().GetStringUtf8();
}

std::vector<std::uint8_t> BytesOf(const PdfObject* value) {
    if (!value || !(value->IsString() || value->IsHexString())) return {};
    const PoDoFo::PdfString& string = value->GetString();
    const auto* data = reinterpret_cast<const std::uint8_t*>(string.GetString());
    return data ? std::vector<std::uint8_t>(data, data + string.GetLength()) : std::vector<std::uint8_t>();
}

std::vector<std::uint8_t> StreamData(const PdfObject* object) {
    if (!object || !object->HasStream()) return {};
    try {
        char* raw = nullptr;
        PoDoFo::pdf_long length = 0;
        object->GetStream()->GetFilteredCopy(&raw, &length);
        PodofoBuffer buffer(raw);
        const auto* data = reinterpret_cast<const std::uint8_t*>(raw);
        return data ? std::vector<std::uint8_t>(data, data + length) : std::vector<std::uint8_t>();
    } catch (const PoDoFo::PdfError&) {
        return {};  // an undecodable stream: the caller counts it as absent
    }
}

std::string RawStream(const PdfObject* object) {
    if (!object || !object->HasStream()) return {};
    char* raw = nullptr;
    PoDoFo::pdf_long length = 0;
    object->GetStream()->GetCopy(&raw, &length);
    PodofoBuffer buffer(raw);
    return raw ? std::string(raw, static_cast<std::size_t>(length)) : std::string();
}

std::string Serialised(const PdfObject* object) {
    std::string text;
    if (object) object->ToString(text);
    return text;
}

const PdfObject* Catalog(const PdfMemDocument& document) {
    const PdfObject* trailer = document.GetTrailer();
    const PdfObject* root = Key(document, trailer, "Root");
    return root && root->IsDictionary() ? root : nullptr;
}

namespace {

void CollectFields(const PdfMemDocument& document, const PdfObject* node, const std::string& parent_name,
                   const std::string& inherited_type, std::set<PdfReference>& seen,
                   std::vector<FormField>& out, int depth) {
    if (!node || !node->IsDictionary() || depth > 32) return;
    if (node->Reference().IsIndirect() && !seen.insert(node->Reference()).second) return;
    const std::string part = TextOf(Key(document, node, "T"));
    const std::string name =
        part.empty() ? parent_name : (parent_name.empty() ? part : parent_name + "." + part);
    std::string type = NameOf(document, node, "FT");
    if (type.empty()) type = inherited_type;
    out.push_back({node, name, type});
    const PdfObject* kids = Key(document, node, "Kids");
    if (kids && kids->IsArray())
        for (const PdfObject& kid : kids->GetArray())
            CollectFields(document, Resolve(document, &kid), name, type, seen, out, depth + 1);
}

}  // namespace

std::vector<FormField> FormFields(const PdfMemDocument& document) {
    std::vector<FormField> fields;
    const PdfObject* form = Key(document, Catalog(document), "AcroForm");
    const PdfObject* roots = Key(document, form, "Fields");
    if (!roots || !roots->IsArray()) return fields;
    std::set<PdfReference> seen;
    for (const PdfObject& root : roots->GetArray())
        CollectFields(document, Resolve(document, &root), "", "", seen, fields, 0);
    return fields;
}

}  // namespace innodesk::signing::detail
