// Base64 against RFC 4648's test vectors, both paddings, and the texts that must be refused.
#include "domain/base64.h"

#include <catch2/catch.hpp>

using namespace innodesk::domain;

namespace {

std::vector<std::uint8_t> Bytes(std::string_view text) {
    return {text.begin(), text.end()};
}

}  // namespace

TEST_CASE("Base64 encodes and decodes RFC 4648's test vectors", "[base64]") {
    const std::pair<std::string_view, std::string_view> vectors[] = {
        {"", ""},
        {"f", "Zg=="},
        {"fo", "Zm8="},
        {"foo", "Zm9v"},
        {"foob", "Zm9vYg=="},
        {"fooba", "Zm9vYmE="},
        {"foobar", "Zm9vYmFy"},
    };
    for (const auto& [plain, encoded] : vectors) {
        CAPTURE(plain);
        CHECK(Base64Encode(Bytes(plain)) == encoded);
        CHECK(Base64Decode(encoded) == Bytes(plain));
        std::string unpadded(encoded);
        while (!unpadded.empty() && unpadded.back() == '=') unpadded.pop_back();
        CHECK(Base64Encode(Bytes(plain), Base64Padding::Unpadded) == unpadded);
        CHECK(Base64Decode(unpadded, Base64Padding::Unpadded) == Bytes(plain));
    }
}

TEST_CASE("Base64 round-trips every byte value", "[base64]") {
    std::vector<std::uint8_t> all;
    for (int i = 0; i < 256; ++i) all.push_back(static_cast<std::uint8_t>(i));
    for (std::size_t length = 0; length <= all.size(); length += 37) {
        const std::vector<std::uint8_t> bytes(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(length));
        CHECK(Base64Decode(Base64Encode(bytes)) == bytes);
        CHECK(Base64Decode(Base64Encode(bytes, Base64Padding::Unpadded), Base64Padding::Unpadded) == bytes);
    }
}

TEST_CASE("Base64 refuses texts that are not the one canonical spelling", "[base64]") {
    for (const std::string_view bad :
         {"Zg=", "Zg", "Z===", "Zh==", "Zm9=Yg==", "Zm9v\n", " Zm9v", "Zm-v", "=Zm9"}) {
        CAPTURE(bad);
        CHECK_FALSE(Base64Decode(bad).has_value());
    }
    for (const std::string_view bad : {"Zg==", "Z", "Zh", "Zm9v=", "Zm_v"}) {
        CAPTURE(bad);
        CHECK_FALSE(Base64Decode(bad, Base64Padding::Unpadded).has_value());
    }
}
