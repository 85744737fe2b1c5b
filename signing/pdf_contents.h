// What a signed PDF carries besides its pages, read back for checking a document against the record
// it was made from: its embedded files (a decision's decision.json and decision.p7s) and the values
// of its text fields (the number and date the clerk filled in).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace innodesk::signing {

struct PdfContents {
    std::map<std::string, std::vector<std::uint8_t>> attachments;  // by file name
    std::map<std::string, std::string> text_fields;                // value by field name, UTF-8
};

// Throws DomainError: InvalidValue for a file over kMaxVerifiedPdfBytes (signing/pades_verify.h),
// FileFormat for one that is not a readable PDF.
PdfContents ReadPdfContents(std::string_view pdf);

}  // namespace innodesk::signing
