// DecodeText: byte-order marks, UTF-8 validation, ICU conversion, and line counting.
#include "interchange/text_decoding.h"

#include <catch2/catch.hpp>

#include <string>

#include "test_support.h"

namespace {

using Catch::Matchers::Contains;
using innodesk::interchange::DecodeText;
using innodesk::interchange::LineOfOffset;
using innodesk::interchange::test::English;
using innodesk::interchange::test::ErrorFrom;

}  // namespace

TEST_CASE("Plain UTF-8 is used in place, without a copy", "[interchange]") {
    const std::string bytes = "Tỉnh/Thành phố\nĐồng Nai\n";
    const auto decoded = DecodeText(bytes);
    CHECK(decoded.View() == bytes);
    CHECK(decoded.View().data() == bytes.data());
}

TEST_CASE("A UTF-8 byte-order mark is removed", "[interchange]") {
    const std::string bytes = "\xEF\xBB\xBFMã số thuế";
    CHECK(DecodeText(bytes).View() == "Mã số thuế");
}

TEST_CASE("UTF-16LE with a byte-order mark becomes UTF-8", "[interchange]") {
    const std::string bytes("\xFF\xFE\x10\x01\xCD\x1E\x61\x00", 8);  // "Đọa"
    CHECK(DecodeText(bytes).View() == "Đọa");
}

TEST_CASE("A named encoding: windows-1258 tone marks are composed to NFC", "[interchange]") {
    // "Hòa" as Windows writes it: o, then the combining grave accent 0xCC.
    const auto decoded = DecodeText("H\x6F\xCC\x61", "windows-1258");
    CHECK(decoded.View() == "Hòa");
}

TEST_CASE("A byte-order mark overrides a named legacy code page", "[interchange]") {
    CHECK(DecodeText("\xEF\xBB\xBFH\xC3\xB2"
                     "a",
                     "windows-1258")
              .View() == "Hòa");
    CHECK(DecodeText(std::string("\xFF\xFEH\0\xF2\0a\0", 8), "windows-1258").View() == "Hòa");
}

TEST_CASE("A named Unicode encoding is not normalised, and its BOM is removed", "[interchange]") {
    // "o" + U+0300 stays decomposed: the file's author wrote it that way.
    const std::string bytes("\xFF\xFEo\x00\x00\x03", 6);
    CHECK(DecodeText(bytes, "UTF-16LE").View() == "o\xCC\x80");
    CHECK(DecodeText("\xEF\xBB\xBF"
                     "abc",
                     "UTF-8")
              .View() == "abc");
}

TEST_CASE("Valid UTF-8 at the edges of each sequence length is accepted", "[interchange]") {
    const std::string sequence =
        GENERATE(std::string("\xC2\x80"), std::string("\xDF\xBF"), std::string("\xE0\xA0\x80"),
                 std::string("\xED\x9F\xBF"), std::string("\xEE\x80\x80"), std::string("\xEF\xBF\xBF"),
                 std::string("\xF0\x90\x80\x80"), std::string("\xF4\x8F\xBF\xBF"));
    // Placed after, inside and at the end of 16-byte ASCII runs.
    const std::string text = std::string(15, 'a') + sequence + std::string(16, 'b') + sequence;
    CHECK(DecodeText(text).View() == text);
}

TEST_CASE("Invalid UTF-8 after a BOM is refused", "[interchange]") {
    const auto error = ErrorFrom([] {
        DecodeText(
            "\xEF\xBB\xBF"
            "a\r\n\xFF");
    });
    CHECK_THAT(English(error), Contains("line 2, byte 1") && Contains("0xFF"));
}

TEST_CASE("A broken UTF-16 file names the line and the byte, counting the BOM", "[interchange]") {
    // BOM, "a\n", then an unpaired low surrogate at byte 7 of the file.
    const std::string bytes(
        "\xFF\xFE"
        "a\0\n\0\x00\xDC",
        8);
    const auto error = ErrorFrom([&] { DecodeText(bytes); });
    CHECK_THAT(English(error), Contains("line 2 (byte 7 of the file)") && Contains("UTF-16LE"));
}

TEST_CASE("LineOfOffset counts CR LF, LF and lone CR once each", "[interchange]") {
    const std::string text = "a\r\nb\nc\rd";
    CHECK(LineOfOffset(text, 0) == 1);
    CHECK(LineOfOffset(text, 3) == 2);
    CHECK(LineOfOffset(text, 5) == 3);
    CHECK(LineOfOffset(text, 7) == 4);
}
