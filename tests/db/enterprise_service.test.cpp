// Enterprises in storage: registration, duplicates, optimistic concurrency, families, and the
// search a Vietnamese user expects.
#include "domain/enterprise_service.h"
#include "domain/vsic_section.h"
#include "scenario.h"

#include <map>
#include <set>

#include <catch2/catch.hpp>

using namespace innodesk;
using namespace innodesk::domain;

namespace {

Enterprise Make(const char* tax_code, const char* name, const char* province, const char* commune = "") {
    Enterprise e;
    e.tax_code = TaxCode::Parse(tax_code);
    e.name = name;
    e.province = province;
    e.commune = commune;
    return e;
}

std::vector<std::string> Names(const std::vector<Enterprise>& list) {
    std::vector<std::string> names;
    for (const auto& e : list) names.push_back(e.name);
    return names;
}

}  // namespace

TEST_CASE("Registering, reading back and refusing a duplicate tax code", "[db]") {
    testing::TestDatabase db;
    const auto officer = testing::AddFirstOfficer(db);
    EnterpriseService service(db.Store(), db.Text());
    const auto stored =
        service.Register(Make("0300588569", "Công ty TNHH Yến sào Khánh Hòa", "Khánh Hòa"), officer);
    CHECK(stored.id > 0);
    CHECK(stored.version == 1);
    const auto read = service.GetByTaxCode("0300 588 569");
    CHECK(read.name == "Công ty TNHH Yến sào Khánh Hòa");
    CHECK(read.version == 1);
    try {
        service.Register(Make("0300588569", "Another", "Khánh Hòa"), officer);
        FAIL("duplicate accepted");
    } catch (const DomainError& error) {
        CHECK(error.Code() == ErrorCode::Duplicate);
        CHECK_THAT(error.Message(Language::English),
                   Catch::Contains("already registered to 'Công ty TNHH Yến sào Khánh Hòa'"));
    }
    CHECK_THROWS_WITH(service.GetByTaxCode("0101248141"),
                      Catch::Contains("No enterprise has tax code 0101248141"));
}

TEST_CASE("A stale update is refused as a conflict and changes nothing", "[db]") {
    testing::TestDatabase db;
    const auto officer = testing::AddFirstOfficer(db);
    EnterpriseService service(db.Store(), db.Text());
    const auto original = service.Register(Make("0300588569", "Công ty A", "Khánh Hòa"), officer);
    auto first = original;
    auto second = original;
    first.name = "Công ty A (đổi tên)";
    second.address = "số 5 Lê Lợi";
    const auto saved = service.Update(first, officer);
    CHECK(saved.version == 2);
    try {
        service.Update(second, officer);
        FAIL("stale update accepted");
    } catch (const DomainError& error) {
        CHECK(error.Code() == ErrorCode::Conflict);
        CHECK_THAT(error.Message(Language::English), Catch::Contains("version 2, you edited version 1"));
    }
    const auto now = service.Get(original.id);
    CHECK(now.name == "Công ty A (đổi tên)");
    CHECK(now.address.empty());
    CHECK(now.version == 2);
}

TEST_CASE("A stale enterprise update names who changed the enterprise and when, from the audit trail",
          "[db]") {
    testing::TestDatabase db;
    testing::Scenario scenario(db);
    auto service = scenario.Enterprises();
    const auto original = service.Get(scenario.other.id);
    auto theirs = original;
    auto mine = original;
    theirs.address = "số 9 Yersin";
    mine.phone = "0258 3822 123";
    service.Update(theirs, scenario.reviewer);  // officer.chi saves first
    try {
        service.Update(mine, scenario.officer);
        FAIL("stale update accepted");
    } catch (const DomainError& error) {
        CHECK(error.Code() == ErrorCode::Conflict);
        CHECK(error.Field() == "version");
        // "dd/mm/yyyy hh:mm" in the department's zone, as the audit log shows the moment.
        CHECK_THAT(
            error.Message(Language::English),
            Catch::Matches(
                "Enterprise 0300588569 was changed by officer\\.chi at \\d\\d/\\d\\d/\\d{4} "
                "\\d\\d:\\d\\d \\(version \\d+, you edited version \\d+\\)\\. Your change was not saved\\."));
        CHECK_THAT(error.Message(Language::Vietnamese),
                   Catch::Contains("đã được thay đổi bởi officer.chi lúc "));
    }
    // Overwriting deliberately: the whole record as this officer has it, against the version stored now.
    mine.version = service.Get(original.id).version;
    const auto saved = service.Update(mine, scenario.officer);
    CHECK(saved.phone == "0258 3822 123");
    CHECK(saved.address == original.address);  // what the overwriting form held, over theirs
}

TEST_CASE("A phone number that is not one is refused on register and on update, and nothing is stored",
          "[db]") {
    testing::TestDatabase db;
    const auto officer = testing::AddFirstOfficer(db);
    EnterpriseService service(db.Store(), db.Text());
    auto e = Make("0300588569", "Công ty A", "Khánh Hòa");
    for (const char* bad : {"abc", "0258 382", "0258/3822123", "số 0258 3822 123"}) {
        INFO(bad);
        e.phone = bad;
        try {
            service.Register(e, officer);
            FAIL("phone accepted");
        } catch (const DomainError& error) {
            CHECK(error.Code() == ErrorCode::InvalidValue);
            CHECK(error.Field() == "phone");
            CHECK_THAT(error.Message(Language::English),
                       Catch::Contains("Phone number '" + std::string(bad) + "'"));
        }
    }
    CHECK(service.Count() == 0);
    e.phone = "+84 (258) 382.2123";
    auto stored = service.Register(e, officer);
    CHECK(stored.phone == "+84 (258) 382.2123");
    stored.phone = "abc";
    CHECK_THROWS_WITH(service.Update(stored, officer), Catch::Contains("may hold only digits"));
    CHECK(service.Get(stored.id).phone == "+84 (258) 382.2123");
    CHECK(service.Get(stored.id).version == 1);
}

TEST_CASE("An enterprise's name is limited in characters, not bytes, and the refusal says so", "[db]") {
    testing::TestDatabase db;
    const auto officer = testing::AddFirstOfficer(db);
    EnterpriseService service(db.Store(), db.Text());
    // "Ệ" is three bytes: 400 of them are 1 200 bytes, which the old byte limit refused.
    std::string longest;
    for (int i = 0; i < 400; ++i) longest += "Ệ";
    auto e = Make("0300588569", "", "Khánh Hòa");
    e.name = longest;
    const auto stored = service.Register(e, officer);
    CHECK(service.Get(stored.id).name == longest);
    auto longer = stored;
    longer.name = longest + "Ệ";
    try {
        service.Update(longer, officer);
        FAIL("401 characters accepted");
    } catch (const DomainError& error) {
        CHECK(error.Field() == "name");
        CHECK(error.Message(Language::English) ==
              "The enterprise name is 401 characters long, beyond the limit of 400 characters.");
        CHECK(error.Message(Language::Vietnamese) ==
              "Tên doanh nghiệp dài 401 ký tự, quá giới hạn 400 ký tự.");
    }
}

TEST_CASE("Search ignores case, diacritics, tone placement and normal form, with results in Vietnamese order",
          "[db]") {
    testing::TestDatabase db;
    const auto officer = testing::AddFirstOfficer(db);
    EnterpriseService service(db.Store(), db.Text());
    service.Register(Make("0300588569", "Yến Sào Hòa Bình", "Khánh Hòa", "Phường Nha Trang"), officer);
    service.Register(Make("0101248141", "Đông Hải Seafood", "Khánh Hoà", "Phường Cam Ranh"), officer);
    service.Register(Make("0101248141-001", "Chi nhánh Ân Phú", "Khánh Hoà"), officer);
    service.Register(Make("4200000011", "An Phước Thủy sản", "Đà Nẵng"),
                     officer);  // never matches "khanh hoa"

    SECTION("both tone spellings, in Vietnamese alphabetical order") {
        const auto found = Names(service.Search("khanh hoa"));
        CHECK(found == std::vector<std::string>{"Chi nhánh Ân Phú", "Đông Hải Seafood", "Yến Sào Hòa Bình"});
        CHECK(Names(service.Search("KHÁNH HOÀ")) == found);
        CHECK(Names(service.Search("Kha\xCC\x81nh Hoa\xCC\x80")) == found);  // NFD input
    }
    SECTION("prefixes of words, names and places together") {
        CHECK(Names(service.Search("dong hai")) == std::vector<std::string>{"Đông Hải Seafood"});
        CHECK(Names(service.Search("thuy")) == std::vector<std::string>{"An Phước Thủy sản"});
        CHECK(Names(service.Search("nha tr")) == std::vector<std::string>{"Yến Sào Hòa Bình"});
        CHECK(Names(service.Search("da nang an")) == std::vector<std::string>{"An Phước Thủy sản"});
    }
    SECTION("by tax code, branch codes in every spelling") {
        CHECK(Names(service.Search("0300588569")) == std::vector<std::string>{"Yến Sào Hòa Bình"});
        CHECK(Names(service.Search("0101248141-001")) == std::vector<std::string>{"Chi nhánh Ân Phú"});
        CHECK(Names(service.Search("0101248141001")) == std::vector<std::string>{"Chi nhánh Ân Phú"});
        CHECK(service.Search("0101248141").size() == 2);
    }
    SECTION("text that looks like SQL or search syntax is just text") {
        CHECK(service.Search("'; DROP TABLE enterprise; --").empty());
        CHECK(service.Search("\"khanh\" OR * NEAR(").empty());
        CHECK(service.Search("khanh:* & !hoa | (x)").size() == 0);
    }
    SECTION("no query lists everything in order; limit and offset page through") {
        CHECK(service.Search("", 2, 0).size() == 2);
        CHECK(Names(service.Search("", 10, 3)) == std::vector<std::string>{"Yến Sào Hòa Bình"});
    }
}

TEST_CASE("A family is the parent with its branches", "[db]") {
    testing::TestDatabase db;
    const auto officer = testing::AddFirstOfficer(db);
    EnterpriseService service(db.Store(), db.Text());
    service.Register(Make("0101248141", "Mẹ", "Khánh Hòa"), officer);
    service.Register(Make("0101248141-001", "Chi nhánh 1", "Khánh Hòa"), officer);
    service.Register(Make("0101248141-002", "Chi nhánh 2", "Khánh Hòa"), officer);
    service.Register(Make("0300588569", "Khác", "Khánh Hòa"), officer);
    CHECK(service.Family("0101248141-002").size() == 3);
    CHECK(service.Family("0300588569").size() == 1);
}

TEST_CASE("Rebuilding the search index finds names edited by SQL outside InnoDesk", "[db]") {
    testing::TestDatabase db;
    const auto officer = testing::AddFirstOfficer(db);
    EnterpriseService service(db.Store(), db.Text());
    const auto stored = service.Register(Make("0300588569", "Công ty A", "Khánh Hòa"), officer);
    service.Register(Make("0101248141", "Công ty B", "Khánh Hòa"), officer);
    db.Store().Session() << "UPDATE enterprise SET name = 'Hợp tác xã Biển Xanh' WHERE id = " +
                                std::to_string(stored.id);
    CHECK(service.Search("bien xanh").empty());  // the search columns still describe the old name
    CHECK(service.RebuildSearchIndex(officer) == 2);
    CHECK(Names(service.Search("bien xanh")) == std::vector<std::string>{"Hợp tác xã Biển Xanh"});
    CHECK(Names(service.Search("khanh hoa")) ==
          std::vector<std::string>{"Công ty B", "Hợp tác xã Biển Xanh"});
    CHECK(service.Search("cong ty a").empty());
}

TEST_CASE("Filters by commune and by VSIC section narrow listing, counting and searching alike", "[db]") {
    testing::TestDatabase db;
    const auto officer = testing::AddFirstOfficer(db);
    EnterpriseService service(db.Store(), db.Text());
    auto with = [](Enterprise e, const char* vsic) {
        e.vsic = vsic;
        return e;
    };
    service.Register(with(Make("0300588569", "Yến Sào Hòa Bình", "Khánh Hòa", "Phường Nha Trang"), "1079"),
                     officer);
    service.Register(with(Make("0101248141", "Đông Hải Seafood", "Khánh Hòa", "Phường Cam Ranh"), "0321"),
                     officer);
    service.Register(with(Make("0101248141-001", "Chi nhánh Ân Phú", "Khánh Hòa", "Phường Nha Trang"), "C"),
                     officer);
    service.Register(
        with(Make("0101248141-002", "Khách sạn Biển Nha Trang", "Khánh Hòa", "Xã Cam Lâm"), "5510"), officer);
    service.Register(with(Make("0101248141-003", "Cơ sở chưa rõ ngành", "Khánh Hòa", "Phường Nha Trang"), ""),
                     officer);

    const auto by = [](std::string commune, std::optional<char> sector) {
        return EnterpriseFilter{std::move(commune), sector};
    };

    SECTION("a commune as recorded, in NFC whatever form it is asked in") {
        CHECK(Names(service.Search("", by("Phường Nha Trang", {}), 10)) ==
              std::vector<std::string>{"Chi nhánh Ân Phú", "Cơ sở chưa rõ ngành", "Yến Sào Hòa Bình"});
        CHECK(service.Count(by("Phu\xCC\x9Bo\xCC\x9B\xCC\x80ng Nha Trang", {})) == 3);  // NFD input
        CHECK(service.Count(by("Phường Không Có", {})) == 0);
    }
    SECTION("a section takes a bare letter and every code whose division is in it") {
        CHECK(Names(service.Search("", by("", 'C'), 10)) ==
              std::vector<std::string>{"Chi nhánh Ân Phú", "Yến Sào Hòa Bình"});
        CHECK(Names(service.Search("", by("", 'A'), 10)) == std::vector<std::string>{"Đông Hải Seafood"});
        CHECK(service.Count(by("", 'I')) == 1);
        CHECK(service.Count(by("", 'U')) == 0);
    }
    SECTION("both filters with a search, paged after filtering") {
        CHECK(Names(service.Search("nha trang", by("Phường Nha Trang", 'C'), 10)) ==
              std::vector<std::string>{"Chi nhánh Ân Phú", "Yến Sào Hòa Bình"});
        CHECK(Names(service.Search("nha trang", by("Phường Nha Trang", 'C'), 1, 1)) ==
              std::vector<std::string>{"Yến Sào Hòa Bình"});
        CHECK(Names(service.Search("bien", by("Xã Cam Lâm", {}), 10)) ==
              std::vector<std::string>{"Khách sạn Biển Nha Trang"});
        CHECK(service.Search("bien", by("Phường Nha Trang", {}), 10).empty());
        CHECK(service.Count(by("Phường Nha Trang", 'C')) == 2);
    }
    SECTION("the communes offered, in Vietnamese order with their counts") {
        const auto communes = service.Communes();
        REQUIRE(communes.size() == 3);
        CHECK(communes[0].commune == "Phường Cam Ranh");
        CHECK(communes[1].commune == "Phường Nha Trang");
        CHECK(communes[1].enterprises == 3);
        CHECK(communes[2].commune == "Xã Cam Lâm");
    }
    SECTION("an edit moves an enterprise between sectors") {
        auto hotel = service.GetByTaxCode("0101248141-002");
        hotel.vsic = "6201";
        service.Update(hotel, officer);
        CHECK(service.Count(by("", 'I')) == 0);
        CHECK(Names(service.Search("", by("", 'J'), 10)) ==
              std::vector<std::string>{"Khách sạn Biển Nha Trang"});
    }
}

TEST_CASE("The database's sector column agrees with the domain's VSIC table for every division", "[db]") {
    // The column is generated by SQL written from VsicSections(); every two-digit division, a
    // letter and codes of every depth must land where VsicSectionOf says.
    testing::TestDatabase db;
    const auto officer = testing::AddFirstOfficer(db);
    EnterpriseService service(db.Store(), db.Text());
    std::map<char, std::int64_t> expected;
    std::int64_t without = 0;
    for (int division = 1; division <= 99; ++division) {
        const std::string code =
            std::string{char('0' + division / 10), char('0' + division % 10)} + (division % 3 == 0   ? ""
                                                                                 : division % 3 == 1 ? "10"
                                                                                                     : "101");
        const std::string tax_code =
            "0101248141-" + std::string{char('0' + division / 100), char('0' + division / 10 % 10),
                                        char('0' + division % 10)};
        auto e = Make(tax_code.c_str(), ("Chi nhánh " + code).c_str(), "Khánh Hòa");
        e.vsic = code;
        service.Register(e, officer);
        if (const auto section = VsicSectionOf(code))
            ++expected[*section];
        else
            ++without;
    }
    auto letter = Make("0300588569", "Theo chữ cái", "Khánh Hòa");
    letter.vsic = "q";  // stored upper-case
    service.Register(letter, officer);
    ++expected['Q'];
    std::int64_t counted = 0;
    for (const auto& section : VsicSections()) {
        INFO("section " << section.letter);
        CHECK(service.Count(EnterpriseFilter{"", section.letter}) == expected[section.letter]);
        counted += service.Count(EnterpriseFilter{"", section.letter});
    }
    CHECK(without == 99 - 88);  // 04, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89 belong to no section
    CHECK(counted + without == service.Count());
}

TEST_CASE("Many enterprises are read together, in chunks, the missing ones left out", "[db]") {
    testing::TestDatabase db;
    const auto officer = testing::AddFirstOfficer(db);
    EnterpriseService service(db.Store(), db.Text());
    const auto a = service.Register(Make("0300588569", "Công ty A", "Khánh Hòa"), officer);
    const auto b = service.Register(Make("0101248141", "Công ty B", "Khánh Hòa"), officer);
    std::vector<EnterpriseId> ids;
    for (EnterpriseId missing = 1'000'000; missing < 1'001'200; ++missing) ids.push_back(missing);
    ids.insert(ids.begin() + 10, b.id);  // in the first chunk of 500
    ids.push_back(a.id);                 // in the third
    std::set<std::string> names;
    for (const auto& e : service.GetMany(ids)) names.insert(e.name);
    CHECK(names == std::set<std::string>{"Công ty A", "Công ty B"});
    CHECK(service.GetMany({}).empty());
}
