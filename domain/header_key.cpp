// Header folding for imports.
#include "header_key.h"

namespace innodesk::domain {

std::string HeaderKey(const TextRules& text, const std::string& header) {
    const std::string folded = text.SearchFold(header);
    std::string key;
    for (const char c : folded) {
        const bool word =
            (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80;
        if (word)
            key += c;
        else if (!key.empty() && key.back() != ' ')
            key += ' ';
    }
    while (!key.empty() && key.back() == ' ') key.pop_back();
    return key;
}

}  // namespace innodesk::domain
