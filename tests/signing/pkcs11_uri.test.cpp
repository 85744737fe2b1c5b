// PKCS#11 URIs: the attributes InnoDesk reads, and what it refuses.
#include "signing/pkcs11_uri.h"

#include <catch2/catch.hpp>

#include <string>

namespace {

using innodesk::domain::DomainError;
using innodesk::domain::ErrorCode;
using innodesk::signing::ParsePkcs11Uri;
using innodesk::signing::Pkcs11Uri;

}  // namespace

TEST_CASE("A PKCS11 URI gives its token, object, id and type, percent-decoded", "[signing]") {
    const Pkcs11Uri uri = ParsePkcs11Uri(
        "pkcs11:token=Nguy%E1%BB%85n%20V%C4%83n%20An;manufacturer=VNPT;serial=5480;model=ePass2003;"
        "object=Ch%E1%BB%AF%20k%C3%BD;id=%01%A2;type=private;slot-id=3?module-name=vnptca");
    CHECK(uri.token == "Nguyễn Văn An");
    CHECK(uri.manufacturer == "VNPT");
    CHECK(uri.serial == "5480");
    CHECK(uri.model == "ePass2003");
    CHECK(uri.object == "Chữ ký");
    CHECK(uri.id == std::vector<std::uint8_t>{0x01, 0xa2});
    CHECK(uri.type == "private");
    CHECK(uri.slot_id == 3ul);
    CHECK_FALSE(uri.slot_description);
}

TEST_CASE("An empty PKCS11 URI matches anything", "[signing]") {
    const Pkcs11Uri uri = ParsePkcs11Uri(GENERATE("pkcs11:", "PKCS11:", "pkcs11:;"));
    CHECK_FALSE(uri.token);
    CHECK_FALSE(uri.object);
    CHECK_FALSE(uri.id);
    CHECK_FALSE(uri.type);
}

TEST_CASE("PKCS11 URIs InnoDesk cannot follow are refused with InvalidValue", "[signing]") {
    const std::string text =
        GENERATE(std::string(), std::string("token=A"), std::string("http://ca.example/key"),
                 std::string("pkcs11:token=%zz"), std::string("pkcs11:token=%4"), std::string("pkcs11:token"),
                 std::string("pkcs11:token=A;token=B"), std::string("pkcs11:colour=red"),
                 std::string("pkcs11:x-vendor=1"), std::string("pkcs11:library-version=1.0"),
                 std::string("pkcs11:type=public"), std::string("pkcs11:type=secret-key"),
                 std::string("pkcs11:slot-id=three"), std::string("pkcs11:slot-id="),
                 std::string("pkcs11:token=A#frag"));
    INFO("URI \"" << text << "\"");
    try {
        ParsePkcs11Uri(text);
        FAIL("an unusable URI was accepted");
    } catch (const DomainError& error) {
        INFO(error.what());
        CHECK(error.Code() == ErrorCode::InvalidValue);
        CHECK(error.Field() == "pkcs11_uri");
    }
}

TEST_CASE("A PIN written into a PKCS11 URI is refused", "[signing]") {
    const std::string text =
        GENERATE("pkcs11:token=A?pin-value=1234", "pkcs11:token=A?module-name=x&pin-source=file:pin");
    try {
        ParsePkcs11Uri(text);
        FAIL("a URI with a PIN was accepted");
    } catch (const DomainError& error) {
        CHECK(error.Code() == ErrorCode::InvalidValue);
        CHECK(error.Text().en.find("PIN must not be written in the URI") != std::string::npos);
        CHECK(error.Text().en.find("1234") == std::string::npos);
    }
}
