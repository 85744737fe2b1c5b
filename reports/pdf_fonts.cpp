// Checking that the PDF font resolves to itself.
#include "reports/pdf_fonts.h"

#include "domain/errors.h"

#include <pango/pango.h>

#include <memory>

namespace innodesk::reports {

namespace {

struct GObjectUnref {
    void operator()(gpointer object) const { g_object_unref(object); }
};
struct FontDescriptionFree {
    void operator()(PangoFontDescription* description) const { pango_font_description_free(description); }
};
using ContextPtr = std::unique_ptr<PangoContext, GObjectUnref>;
using FontPtr = std::unique_ptr<PangoFont, GObjectUnref>;
using DescriptionPtr = std::unique_ptr<PangoFontDescription, FontDescriptionFree>;

std::string ResolvedFamily(PangoFontMap* font_map, PangoContext* context, PangoWeight weight) {
    const DescriptionPtr wanted(pango_font_description_new());
    pango_font_description_set_family(wanted.get(), kPdfFontFamily);
    pango_font_description_set_weight(wanted.get(), weight);
    pango_font_description_set_size(wanted.get(), 12 * PANGO_SCALE);
    const FontPtr font(pango_font_map_load_font(font_map, context, wanted.get()));
    if (!font) return {};
    const DescriptionPtr found(pango_font_describe(font.get()));
    const char* family = found ? pango_font_description_get_family(found.get()) : nullptr;
    return family == nullptr ? std::string() : std::string(family);
}

}  // namespace

void RequirePdfFont(PangoFontMap* font_map) {
    const ContextPtr context(pango_font_map_create_context(font_map));
    for (const PangoWeight weight : {PANGO_WEIGHT_NORMAL, PANGO_WEIGHT_BOLD}) {
        const std::string family = ResolvedFamily(font_map, context.get(), weight);
        if (family == kPdfFontFamily) continue;
        const std::string style = weight == PANGO_WEIGHT_BOLD ? "Bold" : "Regular";
        const std::string got = family.empty() ? "(none)" : family;
        throw domain::DomainError(
            domain::ErrorCode::Storage,
            {std::string("Không tìm thấy phông chữ “") + kPdfFontFamily + " " + style +
                 "” để nhúng vào tệp PDF (fontconfig trả về “" + got +
                 "”). Hãy cài gói fonts-dejavu-core (apt-get install fonts-dejavu-core) rồi xuất lại.",
             std::string("The font “") + kPdfFontFamily + " " + style +
                 "” to embed in the PDF was not found (fontconfig offered “" + got +
                 "”). Install the fonts-dejavu-core package (apt-get install fonts-dejavu-core) and export "
                 "again."},
            "font");
    }
}

}  // namespace innodesk::reports
