// Canonical JSON: the deterministic byte form of a record, for what is signed (decisions,
// audit checkpoints) and what is hash-chained (audit entries). Objects have their keys sorted
// bytewise (keys are ASCII), there is no insignificant whitespace, numbers are integers only
// (money is whole đồng), strings are written as their UTF-8 bytes — callers pass NFC text — with
// only '"', '\\' and control characters escaped. Compatible with RFC 8785 for these values.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace innodesk::domain {

// A value held directly in its canonical text: built once, bottom-up, then only written out.
// (Not a std::variant: GCC 12 reports false "maybe uninitialized" errors for variants in nested
// initializer lists.)
class JsonValue {
public:
    using Object = std::map<std::string, JsonValue>;
    using Array = std::vector<JsonValue>;

    JsonValue() : m_text("null") {}
    JsonValue(std::nullptr_t) : m_text("null") {}
    JsonValue(bool value) : m_text(value ? "true" : "false") {}
    JsonValue(std::int64_t value) : m_text(std::to_string(value)) {}
    JsonValue(int value) : m_text(std::to_string(value)) {}
    JsonValue(const std::string& value);
    JsonValue(const char* value) : JsonValue(std::string(value)) {}
    JsonValue(const Object& object);
    JsonValue(const Array& array);

    // Appends the canonical form to `out`.
    void WriteTo(std::string& out) const { out += m_text; }
    const std::string& Canonical() const { return m_text; }

private:
    std::string m_text;
};

}  // namespace innodesk::domain
