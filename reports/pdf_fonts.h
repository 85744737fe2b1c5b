// The font the PDF writer embeds, found through fontconfig (via pango), and the check that it is
// really there: without it pango would silently fall back to another font, which may lack
// Vietnamese letters or differ from one machine to the next.
#pragma once

#include <string>

typedef struct _PangoFontMap PangoFontMap;

namespace innodesk::reports {

// DejaVu Serif, from Debian's fonts-dejavu-core: it covers every Vietnamese letter and tone
// mark, comes in regular and bold (italic is slanted by cairo when fonts-dejavu-extra is absent),
// and its licence allows embedding.
inline constexpr const char* kPdfFontFamily = "DejaVu Serif";

// Throws DomainError(Storage) naming the font and the package to install when fontconfig
// resolves `kPdfFontFamily` (regular or bold) to another family.
void RequirePdfFont(PangoFontMap* font_map);

}  // namespace innodesk::reports
