// ZipArchive: entries by name, and the refusal of entries larger than the limit.
#include "interchange/zip_archive.h"

#include <catch2/catch.hpp>

#include "test_support.h"

namespace {

using Catch::Matchers::Contains;
using innodesk::interchange::ZipArchive;
using innodesk::interchange::test::English;
using innodesk::interchange::test::ErrorFrom;
using innodesk::interchange::test::ImportFixture;

}  // namespace

TEST_CASE("Entries are found case-insensitively, and missing ones are nullopt", "[interchange]") {
    const ZipArchive archive(ImportFixture("enterprises.xlsx"));
    const auto workbook = archive.Read("XL/Workbook.xml");
    REQUIRE(workbook.has_value());
    CHECK_THAT(*workbook, Contains("Doanh nghiệp"));
    CHECK_FALSE(archive.Read("xl/missing.xml").has_value());
}

TEST_CASE("An entry that decompresses past the limit is refused (zip-bomb defence)", "[interchange]") {
    CHECK(ZipArchive::kDefaultMaxEntrySize == 512ULL * 1024 * 1024);
    const ZipArchive archive(ImportFixture("enterprises.xlsx"), 100);
    const auto error = ErrorFrom([&] { archive.Read("xl/workbook.xml"); });
    CHECK_THAT(English(error), Contains("xl/workbook.xml") && Contains("more than 100 bytes"));
}
