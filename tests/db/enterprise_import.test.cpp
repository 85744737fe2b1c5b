// Importing enterprises: rows validated one by one, the good ones upserted in one transaction,
// the bad ones reported with line, column, value and reason — and nothing half-written.
#include "domain/enterprise_import.h"
#include "domain/enterprise_service.h"
#include "interchange/table_file.h"
#include "scenario.h"

#include <catch2/catch.hpp>

using namespace innodesk;
using namespace innodesk::domain;

namespace {

const std::filesystem::path kMixed =
    std::filesystem::path(INNODESK_TEST_DATA_DIR) / "import" / "enterprises_mixed.csv";

long long CountEnterprises(testing::TestDatabase& db) {
    long long count = 0;
    db.Store().Session() << "SELECT COUNT(*) FROM enterprise", soci::into(count);
    return count;
}

class CancelAfter final : public ProgressObserver {
public:
    explicit CancelAfter(int calls) : m_left(calls) {}
    void Progress(std::size_t, std::size_t) override { --m_left; }
    bool CancelRequested() const override { return m_left <= 0; }

private:
    int m_left;
};

}  // namespace

TEST_CASE("A messy file: good rows stored, bad rows reported precisely", "[db]") {
    testing::TestDatabase db;
    const auto officer = testing::AddFirstOfficer(db);
    const auto table = interchange::ReadTableFile(kMixed);
    const auto report = EnterpriseImport(db.Store(), db.Text()).Run(table, officer);
    CHECK(report.rows == 10);
    CHECK(report.inserted == 5);
    CHECK(report.stored);
    REQUIRE(report.errors.size() == 5);

    CHECK(report.errors[0].line == 5);
    CHECK(report.errors[0].column == "Mã số thuế");
    CHECK(report.errors[0].value == "0300588568");
    CHECK_THAT(report.errors[0].reason.en, Catch::Contains("should be 9, not 8"));

    CHECK(report.errors[1].line == 7);
    CHECK(report.errors[1].code == ErrorCode::Duplicate);
    CHECK_THAT(report.errors[1].reason.en, Catch::Contains("already appears on line 2"));

    CHECK(report.errors[2].line == 8);
    CHECK(report.errors[2].column == "Loại hình");
    CHECK(report.errors[2].value == "Tập đoàn");

    CHECK(report.errors[3].line == 11);  // after a record that spans two lines
    CHECK(report.errors[3].column == "Tỉnh/Thành phố");
    CHECK_THAT(report.errors[3].reason.vi, Catch::Contains("ô Tỉnh/Thành phố trống"));

    CHECK(report.errors[4].line == 12);
    CHECK(report.errors[4].column == "Doanh nghiệp KH&CN");

    EnterpriseService service(db.Store(), db.Text());
    CHECK(CountEnterprises(db) == 5);
    const auto cam_ranh = service.GetByTaxCode("0101248141");
    CHECK(cam_ranh.science_technology_enterprise);
    CHECK(cam_ranh.size_class == SizeClass::Medium);
    CHECK(service.GetByTaxCode("0101248141-002").name == "Chi nhánh có tên xuống dòng");
    CHECK(service.GetByTaxCode("056090001234").legal_form == LegalForm::HouseholdBusiness);
    CHECK(service.GetByTaxCode("0300588569").address == "số 1, đường Trần Phú");
}

TEST_CASE("With all-or-nothing, nothing is stored when any row fails", "[db]") {
    testing::TestDatabase db;
    const auto officer = testing::AddFirstOfficer(db);
    const auto report = EnterpriseImport(db.Store(), db.Text())
                            .Run(interchange::ReadTableFile(kMixed), officer, {true, nullptr});
    CHECK_FALSE(report.stored);
    CHECK(report.errors.size() == 5);
    CHECK(CountEnterprises(db) == 0);
}

TEST_CASE("Importing again updates what changed and leaves the rest", "[db]") {
    testing::TestDatabase db;
    const auto officer = testing::AddFirstOfficer(db);
    EnterpriseImport import(db.Store(), db.Text());
    Table table;
    table.header = {"Tax code", "Name", "Province", "Size"};
    table.rows = {{2, {"0300588569", "Yen Sao", "Khánh Hòa", "small"}},
                  {3, {"0101248141", "Thuy San", "Khánh Hòa", ""}}};
    CHECK(import.Run(table, officer).inserted == 2);
    table.rows[1].cells[1] = "Thủy Sản";
    const auto second = import.Run(table, officer);
    CHECK(second.inserted == 0);
    CHECK(second.updated == 1);
    CHECK(second.unchanged == 1);
    const auto updated = EnterpriseService(db.Store(), db.Text()).GetByTaxCode("0101248141");
    CHECK(updated.name == "Thủy Sản");
    CHECK(updated.version == 2);
}

TEST_CASE("A file without the required columns is refused as a whole", "[db]") {
    testing::TestDatabase db;
    const auto officer = testing::AddFirstOfficer(db);
    Table table;
    table.header = {"Mã số thuế", "Địa chỉ"};
    table.rows = {{2, {"0300588569", "x"}}};
    CHECK_THROWS_WITH(EnterpriseImport(db.Store(), db.Text()).Run(table, officer),
                      Catch::Contains("'Name' column"));
    CHECK(CountEnterprises(db) == 0);
}

TEST_CASE("An import stopped part-way leaves the database exactly as it was", "[db]") {
    testing::TestDatabase db;
    const auto officer = testing::AddFirstOfficer(db);
    Table table;
    table.header = {"Mã số thuế", "Tên doanh nghiệp", "Tỉnh/Thành phố"};
    for (int i = 0; table.rows.size() < 2500; ++i) {
        std::string prefix = std::to_string(420000000 + i);
        const auto check = TaxCode::CheckDigitFor(prefix);
        if (!check) continue;
        table.rows.push_back(
            {table.rows.size() + 2, {prefix + std::to_string(*check), "Công ty " + prefix, "Khánh Hòa"}});
    }
    CancelAfter cancel(2);
    try {
        EnterpriseImport(db.Store(), db.Text()).Run(table, officer, {false, &cancel});
        FAIL("the cancelled import finished");
    } catch (const DomainError& error) {
        CHECK(error.Code() == ErrorCode::Cancelled);
    }
    CHECK(CountEnterprises(db) == 0);
    CHECK(EnterpriseImport(db.Store(), db.Text()).Run(table, officer).inserted == 2500);
}
