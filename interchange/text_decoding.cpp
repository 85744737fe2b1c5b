// Byte-order marks, UTF-8 validation, and conversion from UTF-16 and legacy code pages with ICU.
#include "interchange/text_decoding.h"

#include <unicode/ucnv.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>

#include "interchange/file_errors.h"

namespace innodesk::interchange {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";
constexpr char16_t kByteOrderMark = u'\uFEFF';

struct ConverterCloser {
    void operator()(UConverter* converter) const { ucnv_close(converter); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

std::string Hex(unsigned char byte) {
    constexpr char kDigits[] = "0123456789ABCDEF";
    return std::string("0x") + kDigits[byte >> 4] + kDigits[byte & 0x0F];
}

// Offset of the first byte that does not begin a well-formed UTF-8 sequence (no overlongs, no
// surrogates, nothing above U+10FFFF), or nullopt. Runs of ASCII are skipped sixteen bytes at a
// time because most of a registry export is ASCII digits and punctuation.
std::optional<std::size_t> FindInvalidUtf8(std::string_view text) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    const auto is_continuation = [&](std::size_t at) { return (bytes[at] & 0xC0) == 0x80; };
    std::size_t i = 0;
    while (i < size) {
        if (i + 16 <= size) {
            std::uint64_t first;
            std::uint64_t second;
            std::memcpy(&first, bytes + i, sizeof first);
            std::memcpy(&second, bytes + i + 8, sizeof second);
            if (((first | second) & 0x8080808080808080ULL) == 0) {
                i += 16;
                continue;
            }
        }
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            if (i + 1 >= size || !is_continuation(i + 1)) return i;
            i += 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            if (i + 2 >= size) return i;
            const unsigned char low = lead == 0xE0 ? 0xA0 : 0x80;   // no overlongs
            const unsigned char high = lead == 0xED ? 0x9F : 0xBF;  // no surrogates
            if (bytes[i + 1] < low || bytes[i + 1] > high || !is_continuation(i + 2)) return i;
            i += 3;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            if (i + 3 >= size) return i;
            const unsigned char low = lead == 0xF0 ? 0x90 : 0x80;   // no overlongs
            const unsigned char high = lead == 0xF4 ? 0x8F : 0xBF;  // nothing past U+10FFFF
            if (bytes[i + 1] < low || bytes[i + 1] > high || !is_continuation(i + 2) ||
                !is_continuation(i + 3)) {
                return i;
            }
            i += 4;
        } else {
            return i;
        }
    }
    return std::nullopt;
}

std::size_t LineStartOf(std::string_view text, std::size_t offset) {
    std::size_t start = offset;
    while (start > 0 && text[start - 1] != '\n' && text[start - 1] != '\r') --start;
    return start;
}

// Plain UTF-8 (BOM already removed): returned as is once it is known to be valid.
DecodedText ValidateUtf8(std::string_view text) {
    if (const void* nul = std::memchr(text.data(), '\0', text.size())) {
        const auto offset = static_cast<std::size_t>(static_cast<const char*>(nul) - text.data());
        const std::string line = std::to_string(LineOfOffset(text, offset));
        ThrowFileFormat("Tệp chứa byte NUL ở dòng " + line +
                            ", nên có lẽ đây là tệp UTF-16 không có dấu BOM chứ không phải văn bản UTF-8. "
                            "Lưu lại tệp dưới dạng CSV UTF-8, hoặc nhập lại với --encoding UTF-16LE.",
                        "The file contains a NUL byte at line " + line +
                            ", so it is probably UTF-16 without a byte-order mark rather than UTF-8 text. "
                            "Save the file again as CSV UTF-8, or import it with --encoding UTF-16LE.");
    }
    if (const auto offset = FindInvalidUtf8(text)) {
        const std::string line = std::to_string(LineOfOffset(text, *offset));
        const std::string column = std::to_string(*offset - LineStartOf(text, *offset) + 1);
        const std::string byte = Hex(static_cast<unsigned char>(text[*offset]));
        ThrowFileFormat("Tệp không phải văn bản UTF-8 hợp lệ: dòng " + line + ", byte thứ " + column +
                            " của dòng (giá trị " + byte +
                            "). Có lẽ tệp được lưu bằng bảng mã cũ như Windows-1258. "
                            "Lưu lại tệp dưới dạng CSV UTF-8, hoặc nhập lại với --encoding windows-1258.",
                        "The file is not valid UTF-8 text: line " + line + ", byte " + column +
                            " of that line (value " + byte +
                            "). It was probably saved in a legacy code page such as Windows-1258. "
                            "Save the file again as CSV UTF-8, or import it with --encoding windows-1258.");
    }
    return DecodedText::Borrow(text);
}

std::size_t LineOfUtf16Offset(std::u16string_view text, std::size_t offset) {
    std::size_t line = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == u'\n' || (text[i] == u'\r' && (i + 1 >= text.size() || text[i + 1] != u'\n'))) ++line;
    }
    return line;
}

bool IsUnicodeConverter(const UConverter* converter) {
    switch (ucnv_getType(converter)) {
        case UCNV_UTF8:
        case UCNV_UTF16_BigEndian:
        case UCNV_UTF16_LittleEndian:
        case UCNV_UTF16:
        case UCNV_UTF32_BigEndian:
        case UCNV_UTF32_LittleEndian:
        case UCNV_UTF32:
        case UCNV_UTF7:
        case UCNV_CESU8:
            return true;
        default:
            return false;
    }
}

[[noreturn]] void ThrowTooLarge() {
    ThrowFileFormat("Tệp quá lớn để chuyển bảng mã (giới hạn 2 GiB). Hãy chia nhỏ tệp rồi nhập từng phần.",
                    "The file is too large to convert between encodings (the limit is 2 GiB). "
                    "Split it into smaller files and import them one by one.");
}

int32_t ToIcuLength(std::size_t size) {
    if (size > static_cast<std::size_t>(std::numeric_limits<int32_t>::max())) ThrowTooLarge();
    return static_cast<int32_t>(size);
}

// `skipped` is how many bytes (a byte-order mark) precede `bytes` in the file, for messages.
std::u16string ToUtf16(UConverter* converter, std::string_view bytes, std::string_view encoding,
                       std::size_t skipped) {
    UErrorCode status = U_ZERO_ERROR;
    // Stop at the first undecodable byte instead of substituting U+FFFD: a silently damaged
    // company name is worse than a refused file.
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    if (U_FAILURE(status)) {
        ThrowFileFormat(
            std::string("ICU không chuẩn bị được bộ chuyển bảng mã: ") + u_errorName(status) + ".",
            std::string("ICU could not set up the encoding converter: ") + u_errorName(status) + ".");
    }
    std::u16string utf16(bytes.size() + 16, u'\0');
    const char* source = bytes.data();
    const char* const source_limit = bytes.data() + bytes.size();
    char16_t* target = utf16.data();
    for (;;) {
        status = U_ZERO_ERROR;
        ucnv_toUnicode(converter, &target, utf16.data() + utf16.size(), &source, source_limit, nullptr, true,
                       &status);
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            const auto written = static_cast<std::size_t>(target - utf16.data());
            utf16.resize(utf16.size() * 2);
            target = utf16.data() + written;
            continue;
        }
        break;
    }
    const auto written = static_cast<std::size_t>(target - utf16.data());
    if (U_FAILURE(status)) {
        char invalid[32];
        int8_t invalid_length = sizeof invalid;
        UErrorCode invalid_status = U_ZERO_ERROR;
        ucnv_getInvalidChars(converter, invalid, &invalid_length, &invalid_status);
        // Without the bad sequence's length the message points where ICU stopped, just past it.
        if (U_FAILURE(invalid_status)) invalid_length = 0;
        const auto consumed = static_cast<std::size_t>(source - bytes.data());
        const std::size_t offset =
            consumed -
            std::min<std::size_t>(consumed, static_cast<std::size_t>(std::max<int8_t>(invalid_length, 0)));
        const std::string line = std::to_string(LineOfUtf16Offset(utf16, written));
        const std::string position = std::to_string(skipped + offset + 1);
        const std::string name(encoding);
        ThrowFileFormat(
            "Không đọc được tệp: dòng " + line + " (byte thứ " + position +
                " của tệp) chứa dữ liệu không đọc được theo bảng mã " + name +
                ". Kiểm tra lại bảng mã của tệp, hoặc lưu lại tệp dưới dạng CSV UTF-8.",
            "The file cannot be read: line " + line + " (byte " + position +
                " of the file) holds bytes that are not valid " + name +
                ". Check which encoding the file really uses, or save the file again as CSV UTF-8.");
    }
    utf16.resize(written);
    return utf16;
}

std::u16string ToNfc(const std::u16string& text) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2* nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) {
        ThrowFileFormat(
            std::string("Không nạp được dữ liệu chuẩn hoá Unicode của ICU: ") + u_errorName(status) + ".",
            std::string("ICU's Unicode normalisation data could not be loaded: ") + u_errorName(status) +
                ".");
    }
    const int32_t length = ToIcuLength(text.size());
    const int32_t needed = unorm2_normalize(nfc, text.data(), length, nullptr, 0, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) {
        ThrowFileFormat(std::string("Không chuẩn hoá được văn bản về NFC: ") + u_errorName(status) + ".",
                        std::string("The text could not be normalised to NFC: ") + u_errorName(status) + ".");
    }
    std::u16string normalised(static_cast<std::size_t>(needed), u'\0');
    status = U_ZERO_ERROR;
    unorm2_normalize(nfc, text.data(), length, normalised.data(), needed, &status);
    if (U_FAILURE(status)) {
        ThrowFileFormat(std::string("Không chuẩn hoá được văn bản về NFC: ") + u_errorName(status) + ".",
                        std::string("The text could not be normalised to NFC: ") + u_errorName(status) + ".");
    }
    return normalised;
}

std::string ToUtf8(std::u16string_view text) {
    const int32_t length = ToIcuLength(text.size());
    UErrorCode status = U_ZERO_ERROR;
    int32_t needed = 0;
    u_strToUTF8(nullptr, 0, &needed, text.data(), length, &status);
    std::string utf8(static_cast<std::size_t>(needed), '\0');
    status = U_ZERO_ERROR;
    u_strToUTF8(utf8.data(), needed, nullptr, text.data(), length, &status);
    if (U_FAILURE(status)) {
        // Only an unpaired surrogate gets here, and the converters have already refused those.
        ThrowFileFormat(
            std::string("Không chuyển được văn bản sang UTF-8: ") + u_errorName(status) + ".",
            std::string("The text could not be converted to UTF-8: ") + u_errorName(status) + ".");
    }
    return utf8;
}

ConverterPtr OpenConverter(std::string_view encoding) {
    const std::string name(encoding);
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr converter(ucnv_open(name.c_str(), &status));
    if (U_FAILURE(status) || !converter) {
        ThrowFileFormat(
            "Không biết bảng mã “" + name + "”. Dùng một tên bảng mã như windows-1258, UTF-8 hoặc UTF-16LE.",
            "Unknown encoding “" + name + "”. Use an encoding name such as windows-1258, UTF-8 or UTF-16LE.");
    }
    return converter;
}

// `skipped` is how many bytes (a byte-order mark) precede `bytes` in the file, for messages.
DecodedText ConvertWithIcu(UConverter* converter, std::string_view bytes, std::string_view encoding,
                           std::size_t skipped = 0) {
    std::u16string utf16 = ToUtf16(converter, bytes, encoding, skipped);
    if (!IsUnicodeConverter(converter)) utf16 = ToNfc(utf16);
    std::u16string_view view(utf16);
    if (!view.empty() && view.front() == kByteOrderMark) view.remove_prefix(1);
    return DecodedText::Own(ToUtf8(view));
}

DecodedText ConvertWithIcu(std::string_view bytes, std::string_view encoding, std::size_t skipped = 0) {
    const ConverterPtr converter = OpenConverter(encoding);
    return ConvertWithIcu(converter.get(), bytes, encoding, skipped);
}

bool StartsWithByteOrderMark(std::string_view bytes) {
    return bytes.starts_with(kUtf8Bom) || bytes.starts_with(kUtf16LeBom) || bytes.starts_with(kUtf16BeBom);
}

DecodedText DetectAndDecode(std::string_view bytes) {
    if (bytes.starts_with(kUtf8Bom)) return ValidateUtf8(bytes.substr(kUtf8Bom.size()));
    if (bytes.starts_with(kUtf16LeBom)) {
        return ConvertWithIcu(bytes.substr(kUtf16LeBom.size()), "UTF-16LE", kUtf16LeBom.size());
    }
    if (bytes.starts_with(kUtf16BeBom)) {
        return ConvertWithIcu(bytes.substr(kUtf16BeBom.size()), "UTF-16BE", kUtf16BeBom.size());
    }
    return ValidateUtf8(bytes);
}

}  // namespace

std::size_t LineOfOffset(std::string_view text, std::size_t offset) {
    std::size_t line = 1;
    const std::size_t end = std::min(offset, text.size());
    for (std::size_t i = 0; i < end; ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) ++line;
    }
    return line;
}

DecodedText DecodeText(std::string_view bytes, std::string_view encoding) {
    if (encoding.empty()) return DetectAndDecode(bytes);
    const ConverterPtr converter = OpenConverter(encoding);
    // No legacy code page starts a text with these bytes, so a file that has a byte-order
    // mark is Unicode whatever encoding was named (one --encoding for a batch of mixed files).
    if (!IsUnicodeConverter(converter.get()) && StartsWithByteOrderMark(bytes)) return DetectAndDecode(bytes);
    return ConvertWithIcu(converter.get(), bytes, encoding);
}

}  // namespace innodesk::interchange
