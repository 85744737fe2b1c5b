// The rules for a new password and the lock that repeated failed sign-ins put on an account, as
// pure functions (the services that apply them are tested in tests/db/users.test.cpp).
#include "domain/errors.h"
#include "domain/password_policy.h"
#include "domain/sign_in_lock.h"
#include "text/icu_text_rules.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace innodesk::domain;

namespace {

const innodesk::text::IcuTextRules& Text() {
    static const innodesk::text::IcuTextRules text;
    return text;
}

const CommonPasswords& Common() {
    static const CommonPasswords common(Text(), {"password1234", "qwertyuiop12", "matkhau123456"});
    return common;
}

std::string RefusalOf(const std::string& password, const std::string& user = "canbo.an") {
    try {
        RequireStrongPassword(password, user, Text(), Common());
    } catch (const DomainError& error) {
        CHECK(error.Code() == ErrorCode::InvalidValue);
        CHECK(error.Field() == "password");
        return error.Message(Language::English);
    }
    return {};
}

AuditEntry At(std::int64_t at, const char* action) {
    AuditEntry entry;
    entry.at_unix = at;
    entry.action = action;
    return entry;
}

}  // namespace

TEST_CASE("A new password is refused with the rule it breaks", "[domain]") {
    const auto [password, rule] = GENERATE(table<std::string, std::string>({
        {"ngắn quá", "at least 12 characters (this one has 8)"},
        {"            ", "one character repeated"},  // twelve spaces
        {"aaaaaaaaaaaaaaaa", "one character repeated"},
        {"aAaAaAaAaAaA", "one character repeated"},
        {"ááááááááááááá", "one character repeated"},
        {"canbo.an-2026-mùa-thu", "contain the sign-in name 'canbo.an'"},
        {"CanBo.An của Sở KH&CN", "contain the sign-in name 'canbo.an'"},
        {"Password1234", "list of common passwords"},
        {"PASSWORD1234", "list of common passwords"},
        {"mậtkhẩu123456", "list of common passwords"},  // accents do not make it another password
    }));
    INFO(password);
    CHECK_THAT(RefusalOf(password), Catch::Contains(rule));
}

TEST_CASE("A long phrase passes, counted in characters, not bytes", "[domain]") {
    CHECK(RefusalOf("mật khẩu dài").empty());  // 12 code points, more bytes
    CHECK(RefusalOf("Cán bộ An của Sở KH&CN").empty());
    CHECK(RefusalOf("LanhDao-demo-2026", "lanhdao.binh").empty());
}

TEST_CASE("Five failed sign-ins within 15 minutes lock the account for 15 minutes", "[domain]") {
    std::vector<AuditEntry> recent;
    for (int i = 0; i < 4; ++i) recent.push_back(At(1000 + 60 * i, kAuditSignInFailed));
    CHECK_FALSE(LockedUntil(recent, 1300).has_value());
    recent.push_back(At(1400, kAuditSignInFailed));
    REQUIRE(LockedUntil(recent, 1400) == 1400 + kSignInLockSeconds);
    CHECK(LockedUntil(recent, 1400 + kSignInLockSeconds - 1).has_value());
    CHECK_FALSE(LockedUntil(recent, 1400 + kSignInLockSeconds).has_value());

    SECTION("failures spread over more than 15 minutes do not lock") {
        std::vector<AuditEntry> spread;
        for (int i = 0; i < 8; ++i) spread.push_back(At(1000 + 300 * i, kAuditSignInFailed));
        CHECK_FALSE(LockedUntil(spread, 1000 + 300 * 7).has_value());
    }
    SECTION("guessing on while locked, at the same pace, keeps the account locked") {
        recent.push_back(At(1500, kAuditSignInFailed));
        CHECK(LockedUntil(recent, 1400 + kSignInLockSeconds) == 1500 + kSignInLockSeconds);
    }
    SECTION("an administrator's unlock ends the lock and the count") {
        recent.push_back(At(1500, kAuditUnlock));
        CHECK_FALSE(LockedUntil(recent, 1500).has_value());
        recent.push_back(At(1510, kAuditSignInFailed));
        CHECK_FALSE(LockedUntil(recent, 1510).has_value());
        CHECK(FailuresSinceReset(recent) == 1);
    }
    SECTION("a successful sign-in ends the count") {
        std::vector<AuditEntry> interrupted(recent.begin(), recent.begin() + 3);
        interrupted.push_back(At(1250, kAuditSignInAfterFailures));
        interrupted.push_back(At(1300, kAuditSignInFailed));
        interrupted.push_back(At(1310, kAuditSignInFailed));
        CHECK(FailuresSinceReset(interrupted) == 2);
        CHECK_FALSE(LockedUntil(interrupted, 1310).has_value());
    }
}
