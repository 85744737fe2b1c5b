// Voucher issue rules: face value, state share within face value and cap, validity after issue.
#include "domain/voucher.h"

#include <catch2/catch.hpp>

using namespace innodesk::domain;

TEST_CASE("A new voucher's amounts and dates are checked", "[domain]") {
    Voucher voucher;
    voucher.face_value = Money::Dong(100'000'000);
    voucher.state_share = Money::Dong(70'000'000);
    voucher.issued_on = CalendarDate::FromYmd(2026, 3, 1);
    voucher.valid_until = CalendarDate::FromYmd(2026, 9, 1);
    SupportCap cap;
    cap.max_state_share_percent = 70;
    CHECK_NOTHROW(ValidateNewVoucher(voucher, cap));

    SECTION("state share above the cap") {
        cap.max_state_share_percent = 50;
        CHECK_THROWS_WITH(ValidateNewVoucher(voucher, cap), Catch::Contains("exceeds 50% of the face value"));
    }
    SECTION("state share above the face value") {
        voucher.state_share = Money::Dong(100'000'001);
        CHECK_THROWS_WITH(ValidateNewVoucher(voucher, cap), Catch::Contains("more than the face value"));
    }
    SECTION("expiry not after issue") {
        voucher.valid_until = voucher.issued_on;
        CHECK_THROWS_WITH(ValidateNewVoucher(voucher, cap),
                          Catch::Contains("must be after the issue date 01/03/2026"));
    }
    SECTION("zero face value") {
        voucher.face_value = Money();
        voucher.state_share = Money();
        CHECK_THROWS_WITH(ValidateNewVoucher(voucher, cap), Catch::Contains("more than 0"));
    }
}
