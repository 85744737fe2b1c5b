// Base64 by table: three bytes to four characters, the last group padded or cut short.
#include "base64.h"

#include <array>

namespace innodesk::domain {
namespace {

constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

// The value of each character, or -1 for a character outside the alphabet.
constexpr std::array<int, 256> MakeValues() {
    std::array<int, 256> values{};
    for (int& value : values) value = -1;
    for (std::size_t i = 0; i < kAlphabet.size(); ++i)
        values[static_cast<unsigned char>(kAlphabet[i])] = static_cast<int>(i);
    return values;
}
constexpr std::array<int, 256> kValues = MakeValues();

}  // namespace

std::string Base64Encode(std::span<const std::uint8_t> bytes, Base64Padding padding) {
    std::string text;
    text.reserve(4 * ((bytes.size() + 2) / 3));
    std::size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const std::uint32_t group =
            (std::uint32_t{bytes[i]} << 16) | (std::uint32_t{bytes[i + 1]} << 8) | bytes[i + 2];
        for (int shift = 18; shift >= 0; shift -= 6) text += kAlphabet[(group >> shift) & 0x3F];
    }
    const std::size_t rest = bytes.size() - i;
    if (rest > 0) {
        std::uint32_t group = std::uint32_t{bytes[i]} << 16;
        if (rest == 2) group |= std::uint32_t{bytes[i + 1]} << 8;
        text += kAlphabet[(group >> 18) & 0x3F];
        text += kAlphabet[(group >> 12) & 0x3F];
        if (rest == 2) text += kAlphabet[(group >> 6) & 0x3F];
        if (padding == Base64Padding::Padded) text.append(3 - rest, '=');
    }
    return text;
}

std::optional<std::vector<std::uint8_t>> Base64Decode(std::string_view text, Base64Padding padding) {
    if (padding == Base64Padding::Padded) {
        if (text.size() % 4 != 0) return std::nullopt;
        std::size_t pads = 0;
        while (pads < 2 && pads < text.size() && text[text.size() - 1 - pads] == '=') ++pads;
        text.remove_suffix(pads);
    }
    if (text.size() % 4 == 1) return std::nullopt;
    std::vector<std::uint8_t> bytes;
    bytes.reserve(text.size() / 4 * 3 + 2);
    std::uint32_t group = 0;
    int bits = 0;
    for (const char c : text) {
        const int value = kValues[static_cast<unsigned char>(c)];
        if (value < 0) return std::nullopt;  // outside the alphabet, or '=' before the end
        group = (group << 6) | static_cast<std::uint32_t>(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            bytes.push_back(static_cast<std::uint8_t>((group >> bits) & 0xFF));
        }
    }
    // The bits left over after the last whole byte must be zero, or two texts would give one byte string.
    if (bits > 0 && (group & ((1u << bits) - 1)) != 0) return std::nullopt;
    return bytes;
}

}  // namespace innodesk::domain
