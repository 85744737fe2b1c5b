// Parses an XML part of a zip package as it is decompressed (expat), so that a sheet of any size
// costs the memory of what is kept from it, not of the whole document.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace innodesk::interchange {

class ZipArchive;

// What a streamed part is told. Names are qualified as written ("x:row"); LocalName strips the
// prefix. Exceptions thrown here stop the parse and reach the caller of StreamXmlPart.
class XmlHandler {
public:
    virtual ~XmlHandler() = default;
    // `attributes` alternate name and value and end with a null pointer, as expat gives them.
    virtual void StartElement(std::string_view name, const char* const* attributes) = 0;
    virtual void EndElement(std::string_view name) = 0;
    // Character data, in as many pieces as the parser likes.
    virtual void Text(std::string_view text) = 0;
};

// "row" for "x:row" and for "row".
std::string_view LocalXmlName(std::string_view qualified);

// The value of the attribute called `name` (as written), or nullptr.
const char* XmlAttribute(const char* const* attributes, std::string_view name);

// Streams `part` of `zip` through `handler`; false if the part does not exist. Throws
// DomainError(FileFormat) naming `file` and the part for XML that is not well-formed, for a
// document type declaration (no spreadsheet has one, and its entities could expand without
// bound), for elements nested deeper than ImportLimits::kMaxXmlDepth, for more different names
// than kMaxXmlNames, for a tag or comment longer than kMaxXmlTokenBytes, and for a part that
// decompresses to more than `max_size` bytes.
bool StreamXmlPart(const ZipArchive& zip, const std::string& file, const std::string& part,
                   std::uint64_t max_size, XmlHandler& handler);

}  // namespace innodesk::interchange
