// expat behind RAII: the parser is freed on every path, and an exception thrown by a handler is
// carried across expat's C frames (stop the parser, keep the exception, rethrow it afterwards).
#include "interchange/xml_stream.h"

#include <expat.h>

#include <exception>
#include <functional>
#include <memory>
#include <string>
#include <unordered_set>

#include "interchange/file_errors.h"
#include "interchange/import_limits.h"
#include "interchange/zip_archive.h"

namespace innodesk::interchange {

namespace {

struct ParserFree {
    void operator()(XML_ParserStruct* parser) const { XML_ParserFree(parser); }
};
using ParserPtr = std::unique_ptr<XML_ParserStruct, ParserFree>;

struct NameHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view name) const { return std::hash<std::string_view>{}(name); }
};

// The parser's user data: the handler, the depth, and the first exception a callback threw.
class Session {
public:
    Session(XML_Parser parser, XmlHandler& handler, const std::string& file, const std::string& part)
        : m_parser(parser), m_handler(handler), m_file(file), m_part(part) {}

    // Runs `action`; on an exception keeps it and stops the parser, which then returns
    // XML_STATUS_ERROR from the XML_Parse call in progress.
    template <typename Action>
    void Guard(Action&& action) {
        if (m_failure) return;
        try {
            action();
        } catch (...) {
            m_failure = std::current_exception();
            XML_StopParser(m_parser, XML_FALSE);
        }
    }

    void Start(const char* name, const char** attributes) {
        Guard([&] {
            Reached();
            if (++m_depth > ImportLimits::kMaxXmlDepth) ThrowTooDeep(Place());
            // expat keeps every element and attribute name it meets until the part ends.
            Name(name);
            for (std::size_t i = 0; attributes[i] != nullptr; i += 2) Name(attributes[i]);
            m_handler.StartElement(name, attributes);
        });
    }
    void End(const char* name) {
        Guard([&] {
            Reached();
            --m_depth;
            m_handler.EndElement(name);
        });
    }
    void Text(const char* text, int length) {
        Guard([&] {
            Reached();
            m_handler.Text(std::string_view(text, static_cast<std::size_t>(length)));
        });
    }
    void Other() {
        Guard([&] { Reached(); });
    }
    void Doctype() {
        Guard([&] {
            ThrowFileFormat(
                "Tệp “" + m_file + "” bị từ chối: phần “" + m_part +
                    "” có khai báo kiểu tài liệu (DOCTYPE), điều mà sổ tính Excel không bao giờ có. "
                    "Mở tệp trong Excel và lưu lại, hoặc xuất dưới dạng CSV UTF-8.",
                "The file “" + m_file + "” is refused: its part “" + m_part +
                    "” has a document type declaration (DOCTYPE), which an Excel workbook never has. "
                    "Open it in Excel and save it again, or export it as CSV UTF-8.");
        });
    }

    void Feed(std::string_view chunk, bool last) {
        // Chunks come from the zip reader, 64 KiB at a time.
        const XML_Status status = XML_Parse(m_parser, chunk.data(), static_cast<int>(chunk.size()), last);
        if (m_failure) std::rethrow_exception(m_failure);
        m_fed += chunk.size();
        // What expat holds without having reported it is one token it needs whole (a start tag,
        // a comment): text is reported piece by piece, so real parts never hold much.
        if (status == XML_STATUS_OK && m_fed - m_reached > ImportLimits::kMaxXmlTokenBytes) {
            ThrowXmlTokenTooLong(Place());
        }
        if (status != XML_STATUS_OK) {
            const std::string reason = XML_ErrorString(XML_GetErrorCode(m_parser));
            ThrowFileFormat("Tệp “" + m_file + "” bị hỏng: phần “" + m_part + "” không phải XML hợp lệ (" +
                                reason + ", ở dòng XML " + Line() +
                                "). Mở tệp trong Excel và lưu lại, hoặc xuất dưới dạng CSV UTF-8.",
                            "The file “" + m_file + "” is damaged: its part “" + m_part +
                                "” is not valid XML (" + reason + " at XML line " + Line() +
                                "). Open it in Excel and save it again, or export it as CSV UTF-8.");
        }
    }

private:
    std::string Line() const { return std::to_string(XML_GetCurrentLineNumber(m_parser)); }

    LimitPlace Place() const {
        return {"phần “" + m_part + "” của tệp “" + m_file + "”, dòng XML " + Line(),
                "the part “" + m_part + "” of the file “" + m_file + "”, XML line " + Line()};
    }

    // Where the parser has got to: the end of the event being reported.
    void Reached() {
        const XML_Index at = XML_GetCurrentByteIndex(m_parser);
        if (at >= 0)
            m_reached = static_cast<std::uint64_t>(at) +
                        static_cast<std::uint64_t>(XML_GetCurrentByteCount(m_parser));
    }

    // Called for every element and attribute, so a known name costs a lookup, no allocation.
    void Name(std::string_view name) {
        if (m_names.find(name) != m_names.end()) return;
        if (m_names.size() >= ImportLimits::kMaxXmlNames) ThrowTooManyXmlNames(Place());
        m_names.emplace(name);
    }

    XML_Parser m_parser;
    XmlHandler& m_handler;
    const std::string& m_file;
    const std::string& m_part;
    std::size_t m_depth = 0;
    std::uint64_t m_fed = 0;      // bytes given to expat
    std::uint64_t m_reached = 0;  // bytes expat has reported events up to
    std::unordered_set<std::string, NameHash, std::equal_to<>> m_names;
    std::exception_ptr m_failure;
};

void XMLCALL OnStart(void* data, const XML_Char* name, const XML_Char** attributes) {
    static_cast<Session*>(data)->Start(name, attributes);
}
void XMLCALL OnEnd(void* data, const XML_Char* name) {
    static_cast<Session*>(data)->End(name);
}
void XMLCALL OnText(void* data, const XML_Char* text, int length) {
    static_cast<Session*>(data)->Text(text, length);
}
void XMLCALL OnOther(void* data, const XML_Char*, int) {
    static_cast<Session*>(data)->Other();
}
void XMLCALL OnComment(void* data, const XML_Char*) {
    static_cast<Session*>(data)->Other();
}
void XMLCALL OnDoctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
    static_cast<Session*>(data)->Doctype();
}

}  // namespace

std::string_view LocalXmlName(std::string_view qualified) {
    const std::size_t colon = qualified.find(':');
    return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

const char* XmlAttribute(const char* const* attributes, std::string_view name) {
    for (std::size_t i = 0; attributes[i] != nullptr; i += 2) {
        if (name == attributes[i]) return attributes[i + 1];
    }
    return nullptr;
}

bool StreamXmlPart(const ZipArchive& zip, const std::string& file, const std::string& part,
                   std::uint64_t max_size, XmlHandler& handler) {
    // No namespace processing: names arrive as written, and the handlers match local names. The
    // encoding comes from the part itself (a byte-order mark or the XML declaration), as in pugixml.
    const ParserPtr parser(XML_ParserCreate(nullptr));
    if (!parser) throw std::bad_alloc();
    Session session(parser.get(), handler, file, part);
    XML_SetUserData(parser.get(), &session);
    XML_SetElementHandler(parser.get(), OnStart, OnEnd);
    XML_SetCharacterDataHandler(parser.get(), OnText);
    XML_SetStartDoctypeDeclHandler(parser.get(), OnDoctype);
    XML_SetCommentHandler(parser.get(), OnComment);
    // What no other handler takes (the XML declaration, processing instructions) goes to the
    // default handler, which only notes the position; "Expand" keeps entity references expanded.
    XML_SetDefaultHandlerExpand(parser.get(), OnOther);
    const bool found =
        zip.Stream(part, max_size, [&](std::string_view chunk) { session.Feed(chunk, false); });
    if (found) session.Feed({}, true);
    return found;
}

}  // namespace innodesk::interchange
