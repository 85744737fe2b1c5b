// Turns the bytes of a text file into UTF-8: byte-order marks, UTF-16 and legacy code pages.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace innodesk::interchange {

// UTF-8 text ready to parse: a view of the caller's bytes when nothing had to change (the
// common case, which then costs no copy), or converted text that this object owns.
class DecodedText {
public:
    static DecodedText Borrow(std::string_view utf8) { return DecodedText(utf8); }
    static DecodedText Own(std::string utf8) { return DecodedText(std::move(utf8)); }

    // Valid while this object and, for borrowed text, the caller's bytes live.
    std::string_view View() const { return m_is_owned ? std::string_view(m_owned) : m_borrowed; }

private:
    explicit DecodedText(std::string_view borrowed) : m_borrowed(borrowed) {}
    explicit DecodedText(std::string owned) : m_owned(std::move(owned)), m_is_owned(true) {}

    std::string m_owned;
    std::string_view m_borrowed;
    bool m_is_owned = false;
};

// With an empty `encoding`: strips a UTF-8 byte-order mark, converts UTF-16LE/BE that starts
// with a byte-order mark, and otherwise requires valid UTF-8. With an ICU converter name
// ("windows-1258", "UTF-16LE", ...): converts from it, except that a UTF-8 or UTF-16
// byte-order mark overrides a legacy code page; text from a legacy code page is also
// normalised to NFC, because windows-1258 stores most tone marks as separate combining
// characters. Throws DomainError(FileFormat) naming the line for bytes that cannot be decoded.
DecodedText DecodeText(std::string_view bytes, std::string_view encoding = {});

// 1-based physical line of the byte at `offset`; CR LF, LF and a lone CR each end a line.
std::size_t LineOfOffset(std::string_view text, std::size_t offset);

}  // namespace innodesk::interchange
