// Provinces of imported and registered enterprises: taken from the province column, else the end
// of the address, else the department's province; always stored as one of the 34 units' names.
#include "domain/department_province.h"
#include "domain/enterprise_import.h"
#include "domain/enterprise_service.h"
#include "scenario.h"
#include "test_helpers.h"

#include <catch2/catch.hpp>

using namespace innodesk;
using namespace innodesk::domain;

namespace {

std::string StoredProvince(testing::TestDatabase& db, const std::string& tax_code) {
    std::string province;
    db.Store().Session() << "SELECT province FROM enterprise WHERE tax_code = :t", soci::use(tax_code),
        soci::into(province);
    return province;
}

// A registry list as a provincial department keeps it: no province column.
Table ListWithoutProvinceColumn() {
    Table table;
    table.header = {"Mã số thuế", "Tên doanh nghiệp", "Địa chỉ"};
    table.rows = {
        {2, {"0300588569", "Yến Sào", "12 Trần Phú, phường Nha Trang, tỉnh Khánh Hoà"}},
        {3, {"0101248141", "Thủy Sản", "Lô A3, KCN Du Long, xã Thuận Bắc, tỉnh Ninh Thuận, Việt Nam"}},
        {4, {"0101248141-001", "Chi nhánh", "số 7 Nguyễn Trãi, phường Nha Trang"}},
        {5, {"4200000011", "Không địa chỉ", ""}}};
    return table;
}

}  // namespace

TEST_CASE("A list without a province column takes each province from the address, else the department's",
          "[db]") {
    testing::TestDatabase db;
    SetDepartmentProvinceAtSetUp(db.Store(), db.Text(), "tỉnh Khánh Hoà");
    const auto officer = testing::AddFirstOfficer(db);
    CHECK(DepartmentProvince(db.Store()) == "Khánh Hòa");

    const auto report = EnterpriseImport(db.Store(), db.Text()).Run(ListWithoutProvinceColumn(), officer);
    REQUIRE(report.errors.empty());
    CHECK(report.inserted == 4);
    REQUIRE(report.provinces.size() == 4);
    CHECK(report.provinces[0].source == ProvinceSource::Address);
    CHECK(report.provinces[0].province == "Khánh Hòa");
    CHECK(report.provinces[0].written == "tỉnh Khánh Hoà");
    CHECK(report.provinces[0].former.empty());
    CHECK(report.provinces[1].source == ProvinceSource::Address);
    CHECK(report.provinces[1].province == "Khánh Hòa");
    CHECK(report.provinces[1].former == "Ninh Thuận");
    CHECK(report.provinces[2].source == ProvinceSource::Department);
    CHECK(report.provinces[2].line == 4);
    CHECK(report.provinces[3].source == ProvinceSource::Department);
    for (const char* tax_code : {"0300588569", "0101248141", "0101248141-001", "4200000011"}) {
        INFO(tax_code);
        CHECK(StoredProvince(db, tax_code) == "Khánh Hòa");
    }
    // The province a row's address named is searchable like any other.
    CHECK(EnterpriseService(db.Store(), db.Text()).Search("thuy san khanh hoa").size() == 1);
}

TEST_CASE("A province column is used when its cell is filled, and its spelling made canonical", "[db]") {
    testing::TestDatabase db;
    const auto officer = testing::AddFirstOfficer(db);
    Table table;
    table.header = {"Mã số thuế", "Tên doanh nghiệp", "Tỉnh/Thành phố", "Địa chỉ"};
    table.rows = {{2, {"0300588569", "A", "Khánh Hoà", "1 Lê Lợi, TP. Huế"}},
                  {3, {"0101248141", "B", "", "1 Lê Lợi, phường Hải Châu, Đà Nẵng"}},
                  {4, {"0101248141-001", "C", "Kon Tum", ""}},
                  {5, {"4200000011", "D", "Nha Trang", "1 Lê Lợi, tỉnh Khánh Hòa"}},
                  {6, {"4200000029", "E", "", "1 Lê Lợi, phường Nha Trang"}}};
    const auto report = EnterpriseImport(db.Store(), db.Text()).Run(table, officer);
    CHECK(report.inserted == 3);
    CHECK(StoredProvince(db, "0300588569") == "Khánh Hòa");
    CHECK(StoredProvince(db, "0101248141") == "Đà Nẵng");
    CHECK(StoredProvince(db, "0101248141-001") == "Quảng Ngãi");
    REQUIRE(report.provinces.size() == 3);
    CHECK(report.provinces[0].source == ProvinceSource::Column);
    CHECK(report.provinces[1].source == ProvinceSource::Address);
    CHECK(report.provinces[2].source == ProvinceSource::Column);
    CHECK(report.provinces[2].former == "Kon Tum");

    REQUIRE(report.errors.size() == 2);
    // A cell that names no province is refused, not replaced by the address's.
    CHECK(report.errors[0].line == 5);
    CHECK(report.errors[0].column == "Tỉnh/Thành phố");
    CHECK(report.errors[0].value == "Nha Trang");
    CHECK_THAT(report.errors[0].reason.en, Catch::Contains("'Nha Trang' is not the name of a province"));
    // No cell, no province in the address, no department province: the reason names all three.
    CHECK(report.errors[1].line == 6);
    CHECK_THAT(report.errors[1].reason.en, Catch::Contains("the province cell is empty") &&
                                               Catch::Contains("the address ends in 'phường Nha Trang'") &&
                                               Catch::Contains("no department province set") &&
                                               Catch::Contains("setting set department_province"));
    CHECK_THAT(report.errors[1].reason.vi, Catch::Contains("chưa đặt tỉnh của Sở"));
}

TEST_CASE("Without the department's province, only the rows that need it are refused", "[db]") {
    testing::TestDatabase db;
    const auto officer = testing::AddFirstOfficer(db);
    CHECK_FALSE(DepartmentProvince(db.Store()));
    const auto report = EnterpriseImport(db.Store(), db.Text()).Run(ListWithoutProvinceColumn(), officer);
    CHECK(report.inserted == 2);
    REQUIRE(report.errors.size() == 2);
    CHECK(report.errors[0].line == 4);
    CHECK(report.errors[0].column.empty());  // the file has no province column to point at
    CHECK_THAT(report.errors[0].reason.en, Catch::Contains("the file has no province column"));
    CHECK(report.errors[1].line == 5);
    CHECK_THAT(report.errors[1].reason.en, Catch::Contains("there is no address"));
}

TEST_CASE("The department's province is one of the 34, set by an administrator or while setting up", "[db]") {
    testing::TestDatabase db;
    CHECK(SetDepartmentProvinceAtSetUp(db.Store(), db.Text(), "Ninh Thuận") == "Khánh Hòa");
    const auto officer = testing::AddFirstOfficer(db);
    // Once there are users, setting up may repeat the same province but not change it.
    CHECK(SetDepartmentProvinceAtSetUp(db.Store(), db.Text(), "Khánh Hoà") == "Khánh Hòa");
    CHECK(testing::Refusal([&] { SetDepartmentProvinceAtSetUp(db.Store(), db.Text(), "Huế"); }).Code() ==
          ErrorCode::PermissionDenied);
    CHECK(testing::Refusal([&] { SetDepartmentProvince(db.Store(), db.Text(), "Huế", officer); }).Code() ==
          ErrorCode::PermissionDenied);
    long long admin_id = 0;
    db.Store().Session() << "SELECT id FROM app_user WHERE name = 'admin.hoa'", soci::into(admin_id);
    const Actor admin{"admin.hoa", Role::Admin, admin_id};
    CHECK(testing::Refusal([&] {
              SetDepartmentProvince(db.Store(), db.Text(), "Nha Trang", admin);
          }).Field() == "province");
    CHECK(SetDepartmentProvince(db.Store(), db.Text(), "thành phố Huế", admin) == "Huế");
    CHECK(DepartmentProvince(db.Store()) == "Huế");
    long long audited = 0;
    db.Store().Session() << "SELECT COUNT(*) FROM audit_entry WHERE action = 'setting.set'",
        soci::into(audited);
    CHECK(audited == 2);
}

TEST_CASE("A registered or edited enterprise's province is stored by its unit's name", "[db]") {
    testing::TestDatabase db;
    const auto officer = testing::AddFirstOfficer(db);
    EnterpriseService service(db.Store(), db.Text());
    Enterprise e;
    e.tax_code = TaxCode::Parse("0300588569");
    e.name = "Yến Sào";
    e.province = "Kha\xCC\x81nh Hoa\xCC\x80";  // NFD, the other tone placement
    const auto registered = service.Register(e, officer);
    CHECK(registered.province == "Khánh Hòa");
    CHECK(StoredProvince(db, "0300588569") == "Khánh Hòa");

    auto edited = registered;
    edited.province = "tỉnh Ninh Thuận";
    CHECK(service.Update(edited, officer).province == "Khánh Hòa");

    e.tax_code = TaxCode::Parse("0101248141");
    e.province = "Nha Trang";
    CHECK(testing::Refusal([&] { service.Register(e, officer); }).Field() == "province");

    // A row stored before InnoDesk knew the 34 keeps a province that names none while other
    // fields change, but cannot be given another such province.
    db.Store().Session() << "UPDATE enterprise SET province = 'Atlantis' WHERE tax_code = '0300588569'";
    auto legacy = service.GetByTaxCode("0300588569");
    legacy.phone = "0258 3822 123";
    CHECK(service.Update(legacy, officer).province == "Atlantis");
    legacy = service.GetByTaxCode("0300588569");
    legacy.province = "Lemuria";
    CHECK(testing::Refusal([&] { service.Update(legacy, officer); }).Field() == "province");
}
