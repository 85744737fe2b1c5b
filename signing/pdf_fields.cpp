// Form fields, attachments, the embedded font and appearance streams of a signed PDF, with PoDoFo.
#include "pdf_fields.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>

namespace innodesk::signing::detail {

using domain::DomainError;
using domain::ErrorCode;
using namespace PoDoFo;

namespace {

PdfString Utf8(const std::string& text) {
    return PdfString(reinterpret_cast<const pdf_utf8*>(text.c_str()));
}

PdfObject* Resolve(PdfMemDocument& document, PdfObject* object) {
    if (object != nullptr && object->IsReference())
        return document.GetObjects().GetObject(object->GetReference());
    return object;
}

void Walk(PdfMemDocument& document, PdfObject* field, const std::string& parent_name,
          const std::string& parent_type, std::map<std::string, FoundField>& found, int depth) {
    field = Resolve(document, field);
    if (field == nullptr || !field->IsDictionary() || depth > 32) return;
    PdfDictionary& dictionary = field->GetDictionary();
    std::string name = parent_name;
    if (PdfObject* partial = Resolve(document, dictionary.GetKey("T"));
        partial != nullptr && partial->IsString()) {
        name = parent_name.empty() ? partial->GetString().GetStringUtf8()
                                   : parent_name + "." + partial->GetString().GetStringUtf8();
    }
    std::string type = parent_type;
    if (PdfObject* ft = Resolve(document, dictionary.GetKey("FT")); ft != nullptr && ft->IsName())
        type = ft->GetName().GetName();

    PdfObject* kids = Resolve(document, dictionary.GetKey("Kids"));
    std::vector<PdfObject*> field_kids, widget_kids;
    if (kids != nullptr && kids->IsArray()) {
        for (PdfObject& kid : kids->GetArray()) {
            PdfObject* resolved = Resolve(document, &kid);
            if (resolved == nullptr || !resolved->IsDictionary()) continue;
            (resolved->GetDictionary().HasKey("T") ? field_kids : widget_kids).push_back(resolved);
        }
    }
    for (PdfObject* kid : field_kids) Walk(document, kid, name, type, found, depth + 1);
    if (field_kids.empty()) {
        PdfObject* widget = widget_kids.empty() ? field : widget_kids.front();
        found[name] = FoundField{field, widget, type};
    }
}

// Shrinks `size` until every line fits the width and all lines fit the height.
double FittedSize(PdfFont* font, const std::vector<std::string>& lines, double size, double width,
                  double height) {
    const double line_factor = 1.25;
    if (!lines.empty()) size = std::min(size, height / (line_factor * static_cast<double>(lines.size())));
    for (const std::string& line : lines) {
        font->SetFontSize(static_cast<float>(size));
        const double line_width = font->GetFontMetrics()->StringWidth(Utf8(line));
        if (line_width > width && line_width > 0) size *= width / line_width;
    }
    return std::max(size, 1.0);
}

void SetAppearance(PdfObject* widget, PdfXObject& appearance) {
    PdfDictionary states;
    states.AddKey("N", appearance.GetObject()->Reference());
    widget->GetDictionary().AddKey("AP", states);
}

PoDoFo::PdfRect WidgetRect(PdfMemDocument& document, PdfObject* widget) {
    PdfObject* rect = Resolve(document, widget->GetDictionary().GetKey("Rect"));
    if (rect == nullptr || !rect->IsArray()) {
        throw DomainError(ErrorCode::FileFormat, {"Ô biểu mẫu trong tệp PDF không có vị trí (/Rect).",
                                                  "A form field in the PDF has no position (/Rect)."});
    }
    PoDoFo::PdfRect result(rect->GetArray());  // normalised: left, bottom, width, height
    return PoDoFo::PdfRect(result.GetLeft(), result.GetBottom(), std::abs(result.GetWidth()),
                           std::abs(result.GetHeight()));
}

}  // namespace

void ThrowPdfError(const PdfError& error, const std::string& doing_vi, const std::string& doing_en) {
    const char* name = PdfError::ErrorName(error.GetError());
    const std::string cause = name != nullptr ? name : "?";
    throw DomainError(ErrorCode::FileFormat,
                      {doing_vi + " (PoDoFo: " + cause + ").", doing_en + " (PoDoFo: " + cause + ")."});
}

std::unique_ptr<PdfMemDocument> LoadForUpdate(std::string_view pdf) {
    if (pdf.size() > kMaxPdfBytes) {
        throw DomainError(ErrorCode::InvalidValue,
                          {"Tệp PDF quá lớn để ký: " + std::to_string(pdf.size()) + " byte, tối đa " +
                               std::to_string(kMaxPdfBytes / (1024 * 1024)) + " MiB.",
                           "The PDF is too large to sign: " + std::to_string(pdf.size()) +
                               " bytes, at most " + std::to_string(kMaxPdfBytes / (1024 * 1024)) + " MiB."},
                          "pdf");
    }
    // A PDF's header may follow up to 1024 bytes of something else (ISO 32000-1 §7.5.2, implementation note).
    if (pdf.substr(0, 1024).find("%PDF-") == std::string_view::npos) {
        throw DomainError(ErrorCode::FileFormat,
                          {"Tệp không phải tài liệu PDF (không có phần đầu %PDF-).",
                           "The file is not a PDF document (no %PDF- header)."},
                          "pdf");
    }
    PdfError::EnableLogging(false);
    PdfError::EnableDebug(false);
    auto document = std::make_unique<PdfMemDocument>();
    try {
        document->LoadFromBuffer(pdf.data(), static_cast<long>(pdf.size()), true);
    } catch (const PdfError& error) {
        ThrowPdfError(error, "Không đọc được tệp PDF", "Cannot read the PDF");
    }
    if (document->GetEncrypted()) {
        throw DomainError(ErrorCode::FileFormat,
                          {"Tệp PDF được mã hóa; không ký được tệp PDF mã hóa.",
                           "The PDF is encrypted; an encrypted PDF cannot be signed."},
                          "pdf");
    }
    return document;
}

std::map<std::string, FoundField> FindFields(PdfMemDocument& document) {
    std::map<std::string, FoundField> found;
    // Without _None PoDoFo would add a Helvetica default appearance to the form, a change for nothing.
    PdfAcroForm* form = document.GetAcroForm(ePdfDontCreateObject, ePdfAcroFormDefaultAppearance_None);
    if (form == nullptr) return found;
    PdfObject* fields = Resolve(document, form->GetObject()->GetDictionary().GetKey("Fields"));
    if (fields == nullptr || !fields->IsArray()) return found;
    for (PdfObject& field : fields->GetArray()) Walk(document, &field, {}, {}, found, 0);
    return found;
}

PdfPage* PageOf(PdfMemDocument& document, const PdfRect& rect, const std::string& what_vi,
                const std::string& what_en) {
    if (rect.page < 0 || rect.page >= document.GetPageCount()) {
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Trang " + std::to_string(rect.page + 1) + " của " + what_vi + " không có trong tài liệu (" +
                 std::to_string(document.GetPageCount()) + " trang).",
             "Page " + std::to_string(rect.page + 1) + " of the " + what_en + " is not in the document (" +
                 std::to_string(document.GetPageCount()) + " pages)."},
            "page");
    }
    PdfPage* page = document.GetPage(rect.page);
    const PoDoFo::PdfRect size = page->GetPageSize();
    const bool inside = rect.width > 0 && rect.height > 0 && rect.left >= size.GetLeft() &&
                        rect.bottom >= size.GetBottom() &&
                        rect.left + rect.width <= size.GetLeft() + size.GetWidth() + 0.01 &&
                        rect.bottom + rect.height <= size.GetBottom() + size.GetHeight() + 0.01;
    if (!inside) {
        throw DomainError(ErrorCode::InvalidValue,
                          {"Vị trí của " + what_vi + " trống hoặc nằm ngoài trang.",
                           "The place of the " + what_en + " is empty or outside the page."},
                          "rect");
    }
    return page;
}

PdfFont* VietnameseFont(PdfMemDocument& document) {
    PdfFont* font = nullptr;
    try {
        font = document.CreateFontSubset("DejaVu Sans", false, false, false,
                                         PdfEncodingFactory::GlobalIdentityEncodingInstance());
    } catch (const PdfError&) {
        font = nullptr;
    }
    if (font == nullptr || font->GetFontMetrics()->GetFontname() == nullptr ||
        std::string(font->GetFontMetrics()->GetFontname()).find("DejaVuSans") == std::string::npos) {
        throw DomainError(
            ErrorCode::NotFound,
            {"Không tìm thấy phông chữ DejaVu Sans (gói fonts-dejavu-core) để viết chữ ký hiển thị.",
             "The DejaVu Sans font (package fonts-dejavu-core) for the visible signature was not found."},
            "font");
    }
    return font;
}

std::unique_ptr<PdfXObject> DrawAppearance(PdfMemDocument& document, PdfFont* font, double width,
                                           double height, const std::vector<std::string>& lines,
                                           double font_size, bool centred,
                                           const std::vector<std::uint8_t>* image_png) {
    auto appearance = std::make_unique<PdfXObject>(PoDoFo::PdfRect(0, 0, width, height), &document);
    PdfPainter painter;
    painter.SetPage(appearance.get());
    double text_left = 2;
    double text_width = width - 4;
    if (image_png != nullptr && !image_png->empty()) {
        PdfImage image(&document);
        try {
            image.LoadFromPngData(image_png->data(), static_cast<pdf_long>(image_png->size()));
        } catch (const PdfError&) {
            painter.FinishPage();
            throw DomainError(
                ErrorCode::FileFormat,
                {"Ảnh chữ ký không phải ảnh PNG đọc được.", "The signature image is not a readable PNG."},
                "image_png");
        }
        // The image takes at most a third of the width, keeps its proportions and is centred vertically.
        const double box = std::min(width / 3.0, height);
        const double scale = std::min(box / image.GetWidth(), height / image.GetHeight());
        const double drawn_width = image.GetWidth() * scale;
        painter.DrawImage(2, (height - image.GetHeight() * scale) / 2, &image, scale, scale);
        text_left = drawn_width + 6;
        text_width = width - text_left - 2;
    }
    const double size = FittedSize(font, lines, font_size, text_width, height - 2);
    font->SetFontSize(static_cast<float>(size));
    painter.SetFont(font);
    painter.SetColor(0, 0, 0);
    const double line_height = size * 1.25;
    const double block = line_height * static_cast<double>(lines.size());
    double baseline = (height + block) / 2 - size;  // the block centred vertically
    for (const std::string& line : lines) {
        const PdfString text = Utf8(line);
        double x = text_left;
        if (centred)
            x = text_left + std::max(0.0, (text_width - font->GetFontMetrics()->StringWidth(text)) / 2);
        painter.DrawText(x, baseline, text);
        baseline -= line_height;
    }
    painter.FinishPage();
    return appearance;
}

void AddTextField(PdfMemDocument& document, PdfFont* font, const PdfTextField& request) {
    PdfPage* page = PageOf(document, request.rect, "ô " + request.name, "field " + request.name);
    const PoDoFo::PdfRect rect(request.rect.left, request.rect.bottom, request.rect.width,
                               request.rect.height);
    PoDoFo::PdfTextField field(page, rect, &document);
    field.SetFieldName(Utf8(request.name));
    field.SetText(Utf8(request.value));
    field.GetWidgetAnnotation()->SetFlags(ePdfAnnotationFlags_Print);
    // What a reader uses if someone edits the field: our font, named in the form's resources.
    char appearance_text[64];
    std::snprintf(appearance_text, sizeof appearance_text, "/%s %g Tf 0 g",
                  font->GetIdentifier().GetName().c_str(), request.font_size);
    field.GetFieldObject()->GetDictionary().AddKey("DA", PdfString(appearance_text));
    PdfDictionary& form = document.GetAcroForm(ePdfCreateObject, ePdfAcroFormDefaultAppearance_None)
                              ->GetObject()
                              ->GetDictionary();
    if (!form.HasKey("DR")) form.AddKey("DR", PdfDictionary());
    PdfObject* resources = Resolve(document, form.GetKey("DR"));
    if (!resources->GetDictionary().HasKey("Font"))
        resources->GetDictionary().AddKey("Font", PdfDictionary());
    Resolve(document, resources->GetDictionary().GetKey("Font"))
        ->GetDictionary()
        .AddKey(font->GetIdentifier(), font->GetObject()->Reference());
    auto appearance = DrawAppearance(document, font, request.rect.width, request.rect.height, {request.value},
                                     request.font_size, request.centred, nullptr);
    SetAppearance(field.GetFieldObject(), *appearance);
}

void FillTextField(PdfMemDocument& document, PdfFont* font, const FoundField& found,
                   const PdfTextField& request) {
    if (found.type != "Tx") {
        throw DomainError(ErrorCode::InvalidValue,
                          {"Ô \"" + request.name + "\" không phải ô văn bản nên không điền được.",
                           "The field \"" + request.name + "\" is not a text field and cannot be filled."},
                          "fill_fields");
    }
    found.field->GetDictionary().AddKey("V", Utf8(request.value));
    const PoDoFo::PdfRect rect = WidgetRect(document, found.widget);
    auto appearance = DrawAppearance(document, font, rect.GetWidth(), rect.GetHeight(), {request.value},
                                     request.font_size, request.centred, nullptr);
    SetAppearance(found.widget, *appearance);
}

void AttachFile(PdfMemDocument& document, const PdfAttachment& attachment) {
    if (attachment.file_name.empty()) {
        throw DomainError(ErrorCode::InvalidValue,
                          {"Tệp đính kèm phải có tên.", "An attachment needs a file name."}, "attachments");
    }
    PdfNamesTree* names = document.GetNamesTree(ePdfCreateObject);
    if (names->GetValue("EmbeddedFiles", Utf8(attachment.file_name)) != nullptr) {
        throw DomainError(ErrorCode::Duplicate,
                          {"Tài liệu đã có tệp đính kèm tên \"" + attachment.file_name + "\".",
                           "The document already has an attachment named \"" + attachment.file_name + "\"."},
                          "attachments");
    }
    static const unsigned char kNothing = 0;
    PdfFileSpec spec(attachment.file_name.c_str(),
                     attachment.bytes.empty() ? &kNothing : attachment.bytes.data(),
                     static_cast<ptrdiff_t>(attachment.bytes.size()), &document, true);
    PdfDictionary& spec_dictionary = spec.GetObject()->GetDictionary();
    spec_dictionary.AddKey("UF", Utf8(attachment.file_name));
    if (!attachment.description.empty()) spec_dictionary.AddKey("Desc", Utf8(attachment.description));
    if (!attachment.mime_type.empty()) {
        PdfObject* embedded = spec_dictionary.GetKey("EF");
        if (embedded != nullptr && embedded->IsDictionary()) {
            PdfObject* stream = Resolve(document, embedded->GetDictionary().GetKey("F"));
            if (stream != nullptr) stream->GetDictionary().AddKey("Subtype", PdfName(attachment.mime_type));
        }
    }
    names->AddValue("EmbeddedFiles", Utf8(attachment.file_name), spec.GetObject()->Reference());
}

std::string PdfDateString(std::int64_t unix_time, int utc_offset_minutes) {
    using namespace std::chrono;
    const sys_seconds local{seconds{unix_time + static_cast<std::int64_t>(utc_offset_minutes) * 60}};
    const auto day = floor<days>(local);
    const year_month_day date{day};
    const hh_mm_ss time{local - day};
    const int offset = std::abs(utc_offset_minutes);
    char text[64];
    std::snprintf(text, sizeof text, "D:%04d%02u%02u%02ld%02ld%02ld%c%02d'%02d'",
                  static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                  static_cast<unsigned>(date.day()), static_cast<long>(time.hours().count()),
                  static_cast<long>(time.minutes().count()), static_cast<long>(time.seconds().count()),
                  utc_offset_minutes < 0 ? '-' : '+', offset / 60, offset % 60);
    return text;
}

}  // namespace innodesk::signing::detail
