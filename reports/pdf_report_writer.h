// Writes a report as a PDF: A4, pango text on a cairo PDF surface with its font embedded, the
// heading of an administrative report, the table with its header row repeated on every page it
// runs onto, and "Trang 1/3" at the foot of each page.
#pragma once

#include "reports/report_document.h"

#include <filesystem>
#include <optional>
#include <string>

namespace innodesk::reports {

// A rectangle on a page of the PDF, in points from the page's bottom-left corner (PDF's own
// coordinates, as a signature widget or a form field is placed); page counts from 0.
struct PdfPlace {
    int page = 0;
    double left = 0;
    double bottom = 0;
    double width = 0;
    double height = 0;
};

// Where the parts a signed document needs are on its pages: the signing layer puts the signer's
// visible signature in the room of the signature block, the clerk's number and date over the
// reference and the place-and-date lines, and the department's seal signature at the top right of
// the first page (issue process of Decree 30/2020/NĐ-CP).
struct PdfPlaces {
    std::optional<PdfPlace> reference;       // "Số: 125/QĐ-SKHCN", when the document has one
    std::optional<PdfPlace> place_and_date;  // "Khánh Hòa, ngày 20 tháng 6 năm 2026"
    std::optional<PdfPlace> signature_room;  // between the signer's title and name
    PdfPlace first_page_top_right;           // in the first page's top margin, at its right edge
};

struct LaidOutPdf {
    std::string bytes;
    PdfPlaces places;
};

// Where the department's seal signature goes on a document's first page: in its top margin, at the
// right edge (the same on every document of an orientation).
PdfPlace FirstPageTopRight(PageOrientation orientation);

// PdfReport with where its parts went.
LaidOutPdf LaidOutPdfReport(const ReportDocument& document);

// The PDF's bytes. Validates and normalises first; throws Storage if the font is missing (see
// pdf_fonts.h) or cairo fails.
std::string PdfReport(const ReportDocument& document);

// Writes PdfReport to `target` whole or not at all (see output_file.h).
void WritePdfReport(const ReportDocument& document, const std::filesystem::path& target);

}  // namespace innodesk::reports
