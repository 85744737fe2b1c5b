// Sign-in as an attacker meets it: every failure audited with the name tried and the workstation,
// the lock after 5 failures in 15 minutes (and an administrator's unlock), the password rules
// wherever a password is set, and weak stored hashes replaced at the next successful sign-in.
#include "scenario.h"
#include "signing/sha256.h"
#include "test_helpers.h"

#include "domain/audit_service.h"
#include "domain/password_commitment.h"
#include "domain/sign_in_lock.h"
#include "signing/sha256.h"

#include <catch2/catch.hpp>

using namespace innodesk;
using namespace innodesk::domain;

using innodesk::testing::kTestPassword;
using innodesk::testing::Refusal;

namespace {

// A clock the test moves forward, for the 15-minute windows.
class SteppingClock final : public Clock {
public:
    CalendarDate Today() const override { return CalendarDate::FromYmd(2026, 6, 15); }
    std::int64_t NowUnixSeconds() const override { return m_now; }
    void Advance(std::int64_t seconds) { m_now += seconds; }

private:
    std::int64_t m_now = 1'780'000'000;
};

const Workstation kAttacker{"may-ke-gian", "khach"};

std::vector<AuditEntry> EntriesOf(testing::TestDatabase& db, const std::string& action) {
    auto tx = db.Store().Begin(TransactionMode::Read);
    std::vector<AuditEntry> found;
    for (const auto& entry : tx->Audit().ListAfter(0, 100000))
        if (entry.action == action) found.push_back(entry);
    return found;
}

std::string StoredHash(testing::TestDatabase& db, const std::string& name) {
    std::string hash;
    db.Store().Session() << "SELECT password_hash FROM app_user WHERE name = :n", soci::use(name),
        soci::into(hash);
    return hash;
}

bool ChainIntact(testing::TestDatabase& db, const Clock& clock) {
    return !AuditService(db.Store(), signing::Sha256Hex, clock).Verify().broken.has_value();
}

}  // namespace

TEST_CASE("Every failed sign-in is audited with the name tried, the time and the workstation", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto users = s.Users();
    Refusal([&] { users.SignIn("officer.an", "mật khẩu thử nghiệm sai", kAttacker); });
    Refusal([&] { users.SignIn("khong.co.ai", kTestPassword, kAttacker); });
    Refusal(
        [&] { users.SignIn("ke\"gian\n\xff", kTestPassword, kAttacker); });  // any bytes make a valid entry
    users.SetDisabled("viewer.dung", true, s.admin);
    Refusal([&] { users.SignIn("viewer.dung", kTestPassword, kAttacker); });

    const auto failures = EntriesOf(db, kAuditSignInFailed);
    REQUIRE(failures.size() == 4);
    CHECK(failures[0].entity == "user");
    CHECK(failures[0].entity_id == s.officer.user_id);
    CHECK(failures[0].actor == "officer.an");
    CHECK(failures[0].at_unix == s.clock.NowUnixSeconds());
    CHECK_THAT(failures[0].after,
               Catch::Contains(R"("name":"officer.an")") && Catch::Contains(R"("reason":"wrong_password")") &&
                   Catch::Contains(R"("workstation":{"host":"may-ke-gian","os_user":"khach"})"));
    CHECK(failures[1].entity_id == 0);  // no such user: recorded all the same
    CHECK_THAT(failures[1].after,
               Catch::Contains(R"("name":"khong.co.ai")") && Catch::Contains(R"("reason":"unknown_user")"));
    CHECK_THAT(failures[2].after, Catch::Contains(R"(ke\"gian\\x0a\\xff)"));
    CHECK_THAT(failures[3].after, Catch::Contains(R"("reason":"disabled")"));
    CHECK(ChainIntact(db, s.clock));
}

TEST_CASE("Five failed sign-ins in 15 minutes lock the account for 15 minutes, said as a wrong password",
          "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    SteppingClock clock;
    UserService users(db.Store(), db.Text(), testing::TestHasher(), clock, testing::TestCommonPasswords());
    const auto wrong = Refusal([&] { users.SignIn("officer.an", "mật khẩu thử nghiệm sai", kAttacker); });
    for (int i = 0; i < 3; ++i) {
        clock.Advance(120);
        Refusal([&] { users.SignIn("officer.an", "mật khẩu thử nghiệm sai", kAttacker); });
    }
    // Four failures: not yet locked, and the right password works and starts a new count.
    CHECK_FALSE(users.LockedUntil("officer.an", s.admin).has_value());
    SECTION("a success between failures starts the count again") {
        CHECK(users.SignIn("officer.an", kTestPassword, kAttacker).user_name == "officer.an");
        const auto reset = EntriesOf(db, kAuditSignInAfterFailures);
        REQUIRE(reset.size() == 1);
        CHECK_THAT(reset[0].after, Catch::Contains(R"("failures_before":4)"));
        Refusal([&] { users.SignIn("officer.an", "mật khẩu thử nghiệm sai", kAttacker); });
        CHECK(users.SignIn("officer.an", kTestPassword, kAttacker).user_name == "officer.an");
    }
    SECTION("the fifth failure locks, even the right password is refused alike, for 15 minutes") {
        clock.Advance(120);
        Refusal([&] { users.SignIn("officer.an", "mật khẩu thử nghiệm sai", kAttacker); });
        const std::int64_t locked_at = clock.NowUnixSeconds();
        CHECK(users.LockedUntil("officer.an", s.admin) == locked_at + kSignInLockSeconds);
        const auto fifth = EntriesOf(db, kAuditSignInFailed).back();
        CHECK_THAT(fifth.after, Catch::Contains("\"locked_until\":" + std::to_string(locked_at + 900)));

        clock.Advance(60);
        const auto locked = Refusal([&] { users.SignIn("officer.an", kTestPassword, kAttacker); });
        CHECK(locked.Code() == ErrorCode::SignInFailed);
        CHECK(locked.Message(Language::English) == wrong.Message(Language::English));
        CHECK(locked.Message(Language::Vietnamese) == wrong.Message(Language::Vietnamese));
        CHECK(locked.Field() == wrong.Field());
        CHECK_THAT(EntriesOf(db, kAuditSignInFailed).back().after, Catch::Contains(R"("reason":"locked")"));
        // Other accounts are not affected.
        CHECK(users.SignIn("officer.chi", kTestPassword, kAttacker).user_name == "officer.chi");
        // Only an administrator sees the lock.
        CHECK(Refusal([&] { users.LockedUntil("officer.an", s.officer); }).Code() ==
              ErrorCode::PermissionDenied);

        clock.Advance(kSignInLockSeconds);
        CHECK(users.SignIn("officer.an", kTestPassword, kAttacker).user_name == "officer.an");
        CHECK_FALSE(users.LockedUntil("officer.an", s.admin).has_value());
    }
    SECTION("an administrator unlocks the account, audited; nobody else may") {
        clock.Advance(120);
        Refusal([&] { users.SignIn("officer.an", "mật khẩu thử nghiệm sai", kAttacker); });
        REQUIRE(users.LockedUntil("officer.an", s.admin).has_value());
        CHECK(Refusal([&] { users.Unlock("officer.an", s.officer); }).Code() == ErrorCode::PermissionDenied);
        CHECK(users.LockedUntil("officer.an", s.admin).has_value());
        users.Unlock("officer.an", s.admin);
        CHECK_FALSE(users.LockedUntil("officer.an", s.admin).has_value());
        const auto unlocks = EntriesOf(db, kAuditUnlock);
        REQUIRE(unlocks.size() == 1);
        CHECK(unlocks[0].actor == "admin.hoa");
        CHECK(unlocks[0].entity_id == s.officer.user_id);
        CHECK(users.SignIn("officer.an", kTestPassword, kAttacker).user_name == "officer.an");
    }
    CHECK(ChainIntact(db, clock));
}

TEST_CASE("A password is refused with the rule it breaks wherever it is set", "[db]") {
    testing::TestDatabase db;
    const testing::FixedClock clock{CalendarDate::FromYmd(2026, 6, 15)};
    UserService users(db.Store(), db.Text(), testing::TestHasher(), clock, testing::TestCommonPasswords());
    const auto [generated_password, generated_rule] = GENERATE(table<std::string, std::string>({
        {"            ", "one character repeated"},  // twelve spaces passed before
        {"xxxxxxxxxxxxxxxx", "one character repeated"},
        {"Admin.Hoa-2026-mùa-thu", "contain the sign-in name 'admin.hoa'"},
        {"1qaz2wsx3edc", "list of common passwords"},  // shipped in data/passwords
        {"Qwertyuiop123", "list of common passwords"},
        {"ngắn quá", "at least 12 characters"},
    }));
    const std::string password = generated_password;
    const std::string rule = generated_rule;
    INFO(password);
    const auto first = Refusal([&] {
        users.CreateFirstAdmin({"admin.hoa", "Vũ Thị Hoa", Role::Admin, password});
    });
    CHECK(first.Code() == ErrorCode::InvalidValue);
    CHECK(first.Field() == "password");
    CHECK_THAT(first.Message(Language::English), Catch::Contains(rule));
    CHECK_FALSE(users.HasUsers());

    const auto admin_user = users.CreateFirstAdmin({"admin.hoa", "Vũ Thị Hoa", Role::Admin, kTestPassword});
    const Actor admin{admin_user.name, admin_user.role, admin_user.id};
    if (rule.find("admin.hoa") == std::string::npos)  // another user's name is no rule
        CHECK_THAT(Refusal([&] {
                       users.Add({"officer.an", "An", Role::Officer, password}, admin);
                   }).Message(Language::English),
                   Catch::Contains(rule));
    CHECK_THAT(Refusal([&] { users.SetPassword("admin.hoa", password, admin); }).Message(Language::English),
               Catch::Contains(rule));
    CHECK(users.SignIn("admin.hoa", kTestPassword, kAttacker).user_name == "admin.hoa");
}

TEST_CASE("A stored hash weaker than today's is replaced at the next successful sign-in", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);  // users hashed at ln=10
    const testing::FixedClock& clock = s.clock;
    const signing::ScryptPasswordHasher stronger(signing::ScryptParameters{11, 8, 1});
    UserService users(db.Store(), db.Text(), stronger, clock, testing::TestCommonPasswords());
    const std::string before = StoredHash(db, "officer.an");
    REQUIRE_THAT(before, Catch::StartsWith("$scrypt$ln=10,r=8,p=1$"));

    // A wrong password changes nothing.
    Refusal([&] { users.SignIn("officer.an", "mật khẩu thử nghiệm sai", kAttacker); });
    CHECK(StoredHash(db, "officer.an") == before);
    CHECK(EntriesOf(db, kAuditRehashPassword).empty());

    CHECK(users.SignIn("officer.an", kTestPassword, kAttacker).user_name == "officer.an");
    const std::string after = StoredHash(db, "officer.an");
    CHECK_THAT(after, Catch::StartsWith("$scrypt$ln=11,r=8,p=1$"));
    const auto rehashed = EntriesOf(db, kAuditRehashPassword);
    REQUIRE(rehashed.size() == 1);
    CHECK(rehashed[0].entity_id == s.officer.user_id);
    CHECK(rehashed[0].before == R"({"hash_scheme":"$scrypt$ln=10,r=8,p=1"})");
    // With the commitment to the new hash that reconciliation compares (password_commitment.h).
    CHECK(rehashed[0].after == R"({"credential_sha256":")" + PasswordCommitment(after) +
                                   R"(","hash_scheme":"$scrypt$ln=11,r=8,p=1"})");
    // The new hash works, with either hasher, and is not replaced again.
    CHECK(users.SignIn("officer.an", kTestPassword, kAttacker).user_name == "officer.an");
    CHECK(StoredHash(db, "officer.an") == after);
    CHECK(s.Users().SignIn("officer.an", kTestPassword, kAttacker).user_name == "officer.an");
    CHECK(StoredHash(db, "officer.an") == after);  // a stronger hash is never weakened
    CHECK(EntriesOf(db, kAuditRehashPassword).size() == 1);
    CHECK(ChainIntact(db, clock));
}
