// Vouchers in storage: issue against budget and caps, redeem within validity at a registered
// provider, reimburse, expire, cancel — and what a cancellation for misuse bars.
#include "scenario.h"

#include <catch2/catch.hpp>

using namespace innodesk;
using namespace innodesk::domain;

namespace {

VoucherRequest Request(const testing::Scenario& s, const Enterprise& enterprise, long long face,
                       long long share) {
    VoucherRequest request;
    request.enterprise_id = enterprise.id;
    request.programme_id = s.programme.id;
    request.year = 2026;
    request.content = SupportContent::TestingCertification;
    request.face_value = Money::Dong(face);
    request.state_share = Money::Dong(share);
    request.issued_on = CalendarDate::FromYmd(2026, 3, 1);
    request.valid_until = CalendarDate::FromYmd(2026, 8, 31);
    return request;
}

ServiceProvider Provider(const char* tax_code, std::vector<SupportContent> contents) {
    ServiceProvider provider;
    provider.name = "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Khánh Hòa";
    provider.tax_code = TaxCode::Parse(tax_code);
    provider.contents = std::move(contents);
    return provider;
}

}  // namespace

TEST_CASE("A voucher is issued, redeemed and reimbursed, and the budget follows", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto vouchers = s.Vouchers();
    const auto provider =
        vouchers.RegisterProvider(Provider("4200000011", {SupportContent::TestingCertification}), s.officer);
    const auto issued = vouchers.Issue(Request(s, s.parent, 100'000'000, 70'000'000), s.officer);
    CHECK(issued.serial == "PHT-2026-000001");
    CHECK(vouchers.Issue(Request(s, s.other, 50'000'000, 30'000'000), s.officer).serial == "PHT-2026-000002");
    CHECK(s.Programmes().Budget(s.programme.id)[0].balance.committed == Money::Dong(100'000'000));

    const auto redeemed = vouchers.Redeem(
        issued.id, {provider.id, "HĐ 0001234", CalendarDate::FromYmd(2026, 5, 10), Money::Dong(90'000'000)},
        s.officer);
    CHECK(redeemed.state == VoucherState::Redeemed);
    CHECK_THROWS_WITH(
        vouchers.Reimburse(issued.id, Money::Dong(70'000'001), CalendarDate::FromYmd(2026, 6, 1), s.officer),
        Catch::Contains("at most 70.000.000 ₫"));
    const auto paid =
        vouchers.Reimburse(issued.id, Money::Dong(63'000'000), CalendarDate::FromYmd(2026, 6, 1), s.officer);
    CHECK(paid.state == VoucherState::Reimbursed);
    const auto balance = s.Programmes().Budget(s.programme.id)[0].balance;
    CHECK(balance.committed == Money::Dong(93'000'000));  // 63 paid + 30 still live
    CHECK(balance.disbursed == Money::Dong(63'000'000));
}

TEST_CASE("Redemption is refused after expiry, before issue, or at an unregistered provider", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto vouchers = s.Vouchers();
    const auto wrong =
        vouchers.RegisterProvider(Provider("4200000011", {SupportContent::Consulting}), s.officer);
    const auto right =
        vouchers.RegisterProvider(Provider("0300588569", {SupportContent::TestingCertification}), s.officer);
    const auto v = vouchers.Issue(Request(s, s.parent, 100'000'000, 50'000'000), s.officer);
    CHECK_THROWS_WITH(
        vouchers.Redeem(v.id, {right.id, "HĐ 1", CalendarDate::FromYmd(2026, 9, 1), Money::Dong(1)},
                        s.officer),
        Catch::Contains("expired on 31/08/2026"));
    CHECK_THROWS_WITH(
        vouchers.Redeem(v.id, {right.id, "HĐ 1", CalendarDate::FromYmd(2026, 2, 1), Money::Dong(1)},
                        s.officer),
        Catch::Contains("before the voucher was issued"));
    CHECK_THROWS_WITH(
        vouchers.Redeem(v.id, {wrong.id, "HĐ 1", CalendarDate::FromYmd(2026, 5, 1), Money::Dong(1)},
                        s.officer),
        Catch::Contains("is not registered for"));
    CHECK(vouchers.Get(v.id).state == VoucherState::Issued);
}

TEST_CASE("Voucher caps and budget: count per enterprise and year, state share, envelope", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto vouchers = s.Vouchers();
    vouchers.Issue(Request(s, s.parent, 10'000'000, 5'000'000), s.officer);
    vouchers.Issue(Request(s, s.parent, 10'000'000, 5'000'000), s.officer);
    CHECK_THROWS_WITH(vouchers.Issue(Request(s, s.parent, 10'000'000, 5'000'000), s.officer),
                      Catch::Contains("already has 2 vouchers in 2026; at most 2 a year"));
    CHECK_THROWS_WITH(vouchers.Issue(Request(s, s.other, 10'000'000, 8'000'000), s.officer),
                      Catch::Contains("exceeds 70%"));
    CHECK_THROWS_WITH(vouchers.Issue(Request(s, s.other, 2'000'000'000, 1'000'000'000), s.officer),
                      Catch::Contains("only 990.000.000 ₫ remains"));
}

TEST_CASE("Expiry and cancellation, and a cancellation for misuse bars the family", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto vouchers = s.Vouchers();
    const auto early = vouchers.Issue(Request(s, s.other, 10'000'000, 5'000'000), s.officer);
    CHECK(vouchers.ExpireDue(CalendarDate::FromYmd(2026, 9, 1), s.officer) == 1);
    CHECK(vouchers.Get(early.id).state == VoucherState::Expired);
    CHECK_THROWS_WITH(vouchers.Cancel(early.id, CancelReason::EnterpriseRequest, "", s.officer),
                      Catch::Contains("from 'Expired' to 'Cancelled'"));

    const auto misused = vouchers.Issue(Request(s, s.branch, 10'000'000, 5'000'000), s.officer);
    vouchers.Cancel(misused.id, CancelReason::Misuse, "Hóa đơn khống", s.officer);
    CHECK(vouchers.Get(misused.id).cancel_reason == CancelReason::Misuse);
    // The parent of the branch is barred too, from vouchers and from applications.
    CHECK_THROWS_WITH(vouchers.Issue(Request(s, s.parent, 10'000'000, 5'000'000), s.officer),
                      Catch::Contains("cancelled for misuse or a false declaration"));
    CHECK_THROWS_WITH(s.Draft(s.parent, 10'000'000, 10'000'000), Catch::Contains("may not apply again"));
    // A cancellation at the enterprise's own request bars nothing.
    const auto withdrawn = vouchers.Issue(Request(s, s.other, 10'000'000, 5'000'000), s.officer);
    vouchers.Cancel(withdrawn.id, CancelReason::EnterpriseRequest, "", s.officer);
    CHECK_NOTHROW(vouchers.Issue(Request(s, s.other, 10'000'000, 5'000'000), s.officer));
}
