// How many characters (Unicode code points) UTF-8 text holds, as a person counts them: a
// Vietnamese letter with its marks is one, however many bytes UTF-8 spends on it. For length
// limits and column widths alike.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>

namespace innodesk::domain {

inline std::size_t CharacterCount(std::string_view utf8) {
    // Every byte but a continuation byte (10xxxxxx) starts a code point.
    return static_cast<std::size_t>(std::count_if(
        utf8.begin(), utf8.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

}  // namespace innodesk::domain
