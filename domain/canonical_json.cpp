// Canonical JSON writer.
#include "canonical_json.h"

namespace innodesk::domain {
namespace {

void WriteString(const std::string& text, std::string& out) {
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (byte < 0x20) {
                    out += "\\u00";
                    out += kHex[byte >> 4];
                    out += kHex[byte & 0xF];
                } else {
                    out += c;
                }
        }
    }
    out += '"';
}

}  // namespace

JsonValue::JsonValue(const std::string& value) {
    WriteString(value, m_text);
}

JsonValue::JsonValue(const Object& object) {
    m_text = "{";
    bool first = true;
    for (const auto& [key, value] : object) {  // std::map iterates in bytewise key order
        if (!first) m_text += ',';
        first = false;
        WriteString(key, m_text);
        m_text += ':';
        m_text += value.m_text;
    }
    m_text += '}';
}

JsonValue::JsonValue(const Array& array) {
    m_text = "[";
    for (std::size_t i = 0; i < array.size(); ++i) {
        if (i > 0) m_text += ',';
        m_text += array[i].m_text;
    }
    m_text += ']';
}

}  // namespace innodesk::domain
