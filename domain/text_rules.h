// How Vietnamese text is normalised, folded for search and ordered. Declared here, implemented
// with ICU in text/, so that the domain stays free of third-party libraries.
#pragma once

#include <string>
#include <string_view>

namespace innodesk::domain {

class TextRules {
public:
    virtual ~TextRules() = default;
    // NFC UTF-8 with surrounding white space trimmed and inner runs of white space collapsed
    // to one space; throws DomainError(InvalidValue) naming `field` for invalid UTF-8 or
    // control characters.
    virtual std::string Clean(std::string_view text, std::string_view field) const = 0;
    // Lower case, no diacritics, đ → d, both tone placements equal: "Khánh Hoà" → "khanh hoa".
    virtual std::string SearchFold(std::string_view text) const = 0;
    // ASCII text (hex) that sorts in Vietnamese collation order under byte-wise comparison.
    virtual std::string SortKey(std::string_view text) const = 0;
};

}  // namespace innodesk::domain
