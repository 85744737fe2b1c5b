// Users in storage: the first administrator, sign-in, the rules for names and passwords, what
// each role may do, the last administrator, enrolled certificates, and what the audit trail
// says about users (never their password hashes).
#include "scenario.h"
#include "signing/sha256.h"
#include "test_helpers.h"

#include "domain/audit_service.h"
#include "domain/four_eyes_service.h"
#include "domain/review_service.h"
#include "domain/trust_service.h"
#include "signing/sha256.h"

#include <catch2/catch.hpp>

using namespace innodesk;
using namespace innodesk::domain;

using innodesk::testing::CountRows;
using innodesk::testing::kTestPassword;
using innodesk::testing::kTestWorkstation;
using innodesk::testing::Refusal;

namespace {

AuditService Audit(testing::Scenario& s) {
    return {s.db.Store(), signing::Sha256Hex, s.clock};
}

std::string StoredHash(testing::TestDatabase& db, const std::string& name) {
    std::string hash;
    db.Store().Session() << "SELECT password_hash FROM app_user WHERE name = :n", soci::use(name),
        soci::into(hash);
    return hash;
}

Decision OneItemDecision(ApplicationId id, const char* number) {
    Decision decision;
    decision.number = number;
    decision.date = CalendarDate::FromYmd(2026, 6, 20);
    decision.items = {{id, Money::Dong(100'000'000)}};
    decision.signer_name = "Phó Giám đốc Trần Văn Bình";
    return decision;
}

}  // namespace

TEST_CASE("The first administrator is created only on a database without users", "[db]") {
    testing::TestDatabase db;
    const testing::FixedClock clock{CalendarDate::FromYmd(2026, 6, 15)};
    UserService users(db.Store(), db.Text(), testing::TestHasher(), clock, testing::TestCommonPasswords());
    CHECK_FALSE(users.HasUsers());
    // The role asked for does not matter: the first user is the administrator.
    const auto admin = users.CreateFirstAdmin({"admin.hoa", "Vũ Thị Hoa", Role::Viewer, kTestPassword});
    CHECK(admin.role == Role::Admin);
    CHECK(admin.id > 0);
    CHECK(users.HasUsers());
    const auto error = Refusal([&] {
        users.CreateFirstAdmin({"admin.khac", "Người khác", Role::Admin, kTestPassword});
    });
    CHECK(error.Code() == ErrorCode::PermissionDenied);
    CHECK(CountRows(db, "app_user") == 1);
    const auto signed_in = users.SignIn("admin.hoa", kTestPassword, kTestWorkstation);
    CHECK(signed_in.role == Role::Admin);
    CHECK(signed_in.user_id == admin.id);
}

TEST_CASE("Signing in: the right password, and every failure refused alike", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto users = s.Users();
    const Actor an = users.SignIn("officer.an", kTestPassword, kTestWorkstation);
    CHECK(an.user_name == "officer.an");
    CHECK(an.role == Role::Officer);
    CHECK(an.user_id == s.officer.user_id);
    CHECK(users.SignIn("leader.binh", kTestPassword, kTestWorkstation).role == Role::Approver);

    const auto wrong =
        Refusal([&] { users.SignIn("officer.an", "mật khẩu thử nghiệm sai", kTestWorkstation); });
    const auto unknown = Refusal([&] { users.SignIn("officer.khong.co", kTestPassword, kTestWorkstation); });
    users.SetDisabled("officer.an", true, s.admin);
    const auto disabled = Refusal([&] { users.SignIn("officer.an", kTestPassword, kTestWorkstation); });
    for (const auto* error : {&wrong, &unknown, &disabled}) {
        CHECK(error->Code() == ErrorCode::SignInFailed);
        // The same words whatever the reason, so that a refusal does not tell which names exist.
        CHECK(error->Message(Language::English) == wrong.Message(Language::English));
        CHECK(error->Message(Language::Vietnamese) == wrong.Message(Language::Vietnamese));
        CHECK(error->Field() == wrong.Field());
    }
    users.SetDisabled("officer.an", false, s.admin);
    CHECK(users.SignIn("officer.an", kTestPassword, kTestWorkstation).user_name == "officer.an");
}

TEST_CASE("Passwords shorter than 12 characters are refused, counted in characters", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto users = s.Users();
    const auto weak = Refusal([&] {
        users.Add({"officer.moi", "Mới", Role::Officer, "abcdefghijk"}, s.admin);
    });
    CHECK(weak.Code() == ErrorCode::InvalidValue);
    CHECK(weak.Field() == "password");
    CHECK_THAT(weak.Message(Language::English), Catch::Contains("at least 12 characters (this one has 11)"));
    CHECK(CountRows(db, "app_user") == 5);
    // Twelve characters with accents are fifteen bytes: long enough.
    CHECK_NOTHROW(users.Add({"officer.moi", "Mới", Role::Officer, "mật khẩu dài"}, s.admin));
    CHECK(users.SignIn("officer.moi", "mật khẩu dài", kTestWorkstation).role == Role::Officer);

    const auto changed = Refusal([&] { users.SetPassword("officer.an", "ngắn quá", s.officer); });
    CHECK(changed.Field() == "password");
    CHECK(users.SignIn("officer.an", kTestPassword, kTestWorkstation).user_name == "officer.an");
    users.SetPassword("officer.an", "một cụm từ mới dễ nhớ", s.officer);
    CHECK(Refusal([&] { users.SignIn("officer.an", kTestPassword, kTestWorkstation); }).Code() ==
          ErrorCode::SignInFailed);
    CHECK(users.SignIn("officer.an", "một cụm từ mới dễ nhớ", kTestWorkstation).user_name == "officer.an");
    // Someone else's password only by an administrator.
    CHECK(Refusal([&] { users.SetPassword("officer.chi", "một cụm từ mới dễ nhớ", s.officer); }).Code() ==
          ErrorCode::PermissionDenied);
    users.SetPassword("officer.chi", "quản trị đặt lại mật khẩu", s.admin);
    CHECK(users.SignIn("officer.chi", "quản trị đặt lại mật khẩu", kTestWorkstation).user_name ==
          "officer.chi");
}

TEST_CASE("A sign-in name is plain lower-case ASCII, and the refusal says which character is wrong", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto users = s.Users();
    const auto [name, position] = GENERATE(table<const char*, const char*>({
        {"Officer.an", "character 1 "},
        {"officer.An", "character 9 "},
        {"cán.bộ", "character 2 "},
        {"nguyễn", "character 5 "},
        {"officer an", "character 8 "},
    }));
    INFO(name);
    const auto error = Refusal([&] { users.Add({name, "Tên sai", Role::Officer, kTestPassword}, s.admin); });
    CHECK(error.Code() == ErrorCode::InvalidValue);
    CHECK(error.Field() == "name");
    CHECK_THAT(error.Message(Language::English),
               Catch::Contains(position) && Catch::Contains("is not allowed"));
    CHECK_THAT(error.Message(Language::Vietnamese), Catch::Contains("ký tự thứ"));
    CHECK(CountRows(db, "app_user") == 5);
}

TEST_CASE("A sign-in name is taken only once", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    const auto error = Refusal([&] {
        s.Users().Add({"officer.an", "Một An khác", Role::Viewer, kTestPassword}, s.admin);
    });
    CHECK(error.Code() == ErrorCode::Duplicate);
    CHECK(error.Field() == "name");
    CHECK_THAT(error.Message(Language::English), Catch::Contains("'officer.an' is taken"));
    CHECK(CountRows(db, "app_user") == 5);
}

TEST_CASE("Each role may do its own work and nothing else", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    const auto recommended = s.Recommended(s.parent, 100'000'000, 100'000'000);
    const auto entries_before = CountRows(db, "audit_entry");
    const auto denied = [&](auto&& work) {
        const auto error = Refusal(work);
        CHECK(error.Code() == ErrorCode::PermissionDenied);
        CHECK(error.Field() == "role");
    };

    SECTION("a viewer reads but writes nothing") {
        Enterprise enterprise;
        enterprise.tax_code = TaxCode::Parse("4200000011");
        enterprise.name = "Công ty mới";
        enterprise.province = "Khánh Hòa";
        denied([&] { s.Enterprises().Register(enterprise, s.viewer); });
        auto draft = recommended;
        draft.id = 0;
        denied([&] { s.Applications().Create(draft, s.viewer); });
        denied([&] { s.Applications().Move(recommended.id, ApplicationState::Withdrawn, s.viewer, ""); });
        denied([&] { s.Programmes().Create({0, "KH-2027", "Chương trình khác", 2027, 2028}, s.viewer); });
        denied([&] { s.Decisions().Draft(OneItemDecision(recommended.id, "1/QĐ"), s.viewer); });
        ReviewService reviews(db.Store(), db.Text(), s.clock);
        denied([&] { reviews.Declare(recommended.id, s.viewer, false, ""); });
        denied([&] { s.Users().Add({"viewer.moi", "Mới", Role::Viewer, kTestPassword}, s.viewer); });
        TrustService trust(db.Store(), s.clock);
        denied([&] {
            trust.SetSetting(kSettingPkcs11Module, "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so", s.viewer);
        });
        // Nothing written but the record of each refusal (docs/AUDIT.md: permission.refused).
        CHECK(CountRows(db, "audit_entry") == entries_before + 8);
        CHECK(CountRows(db, "audit_entry WHERE action = 'permission.refused'") == 8);
        // Reading is open to everyone signed in, and never shows a password hash.
        const auto listed = s.Users().List(s.viewer);
        CHECK(listed.size() == 5);
        for (const auto& user : listed) CHECK(user.password_hash.empty());
        CHECK(s.Applications().Get(recommended.id).state == ApplicationState::Recommended);
    }
    SECTION("an administrator neither drafts nor signs") {
        denied([&] { s.Decisions().Draft(OneItemDecision(recommended.id, "1/QĐ"), s.admin); });
        const auto drafted = s.Decisions().Draft(OneItemDecision(recommended.id, "1/QĐ"), s.officer);
        denied([&] { s.Decisions().Sign(drafted.decision.id, s.signer, s.verifier, s.admin); });
        CHECK(s.Decisions().Get(drafted.decision.id).status == DecisionStatus::Draft);
    }
    SECTION("an officer drafts but does not sign") {
        const auto drafted = s.Decisions().Draft(OneItemDecision(recommended.id, "1/QĐ"), s.officer);
        denied([&] { s.Decisions().Sign(drafted.decision.id, s.signer, s.verifier, s.officer); });
        CHECK(s.Decisions().Get(drafted.decision.id).status == DecisionStatus::Draft);
        CHECK(s.Applications().Get(recommended.id).state == ApplicationState::Recommended);
    }
    SECTION("an approver signs but does not keep the records") {
        Enterprise enterprise;
        enterprise.tax_code = TaxCode::Parse("4200000011");
        enterprise.name = "Công ty mới";
        enterprise.province = "Khánh Hòa";
        denied([&] { s.Enterprises().Register(enterprise, s.approver); });
        denied([&] { s.Decisions().Draft(OneItemDecision(recommended.id, "1/QĐ"), s.approver); });
        denied([&] { s.Applications().Move(recommended.id, ApplicationState::Withdrawn, s.approver, ""); });
        denied([&] { s.Users().SetRole("officer.an", Role::Approver, s.approver); });
        CHECK(CountRows(db, "enterprise") == 3);
    }
}

TEST_CASE("The last active administrator can be neither disabled nor demoted", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto users = s.Users();
    const auto last = [&](auto&& work) {
        const auto error = Refusal(work);
        CHECK(error.Code() == ErrorCode::InvalidValue);
        CHECK_THAT(error.Message(Language::English), Catch::Contains("only active administrator"));
    };
    last([&] { users.SetDisabled("admin.hoa", true, s.admin); });
    last([&] { users.SetRole("admin.hoa", Role::Officer, s.admin); });

    // A second administrator, but disabled, does not count. (With two active administrators,
    // disabling or demoting one is a four-eyes change: the other confirms.)
    users.Add({"admin.khanh", "Đỗ Khánh", Role::Admin, kTestPassword}, s.admin);
    const Actor khanh = users.SignIn("admin.khanh", kTestPassword, kTestWorkstation);
    FourEyesService four_eyes(db.Store(), s.clock);
    ProposedChange disable;
    disable.kind = ChangeKind::DisableUser;
    disable.user_name = "admin.khanh";
    four_eyes.Confirm(four_eyes.Propose(disable, s.admin).proposal.id, khanh);
    last([&] { users.SetDisabled("admin.hoa", true, s.admin); });

    // Once the second one is active, the first may step down; then the second is the last.
    users.SetDisabled("admin.khanh", false, s.admin);
    ProposedChange step_down;
    step_down.kind = ChangeKind::SetRole;
    step_down.user_name = "admin.hoa";
    step_down.role = Role::Officer;
    const auto demoted = *four_eyes.Confirm(four_eyes.Propose(step_down, s.admin).proposal.id, khanh).user;
    CHECK(demoted.role == Role::Officer);
    CHECK(demoted.password_hash.empty());
    last([&] { users.SetDisabled("admin.khanh", true, khanh); });
    last([&] { users.SetRole("admin.khanh", Role::Viewer, khanh); });
    CHECK(users.SignIn("admin.hoa", kTestPassword, kTestWorkstation).role == Role::Officer);
}

TEST_CASE("Certificates are enrolled for approvers and administrators only, and for one user at a time",
          "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto users = s.Users();
    const std::string other_fingerprint = "5eed000000000000000000000000000000000000000000000000000000000002";

    const auto officer =
        Refusal([&] { users.BindCertificate("officer.an", other_fingerprint, "CN=An", s.admin); });
    CHECK(officer.Code() == ErrorCode::InvalidValue);
    CHECK(officer.Field() == "role");
    CHECK_THAT(officer.Message(Language::English),
               Catch::Contains(
                   "Only approvers (who sign decisions) and administrators (who sign audit checkpoints)"));
    CHECK_FALSE(users.CurrentCertificate("officer.an").has_value());

    CHECK(Refusal([&] {
              users.BindCertificate("leader.binh", other_fingerprint, "CN=Bình", s.approver);
          }).Code() == ErrorCode::PermissionDenied);

    const auto cuong = users.Add({"leader.cuong", "Lê Văn Cường", Role::Approver, kTestPassword}, s.admin);
    const auto taken = Refusal([&] {
        users.BindCertificate("leader.cuong", s.signer.CertificateFingerprint(),
                              s.signer.CertificateSubject(), s.admin);
    });
    CHECK(taken.Code() == ErrorCode::Duplicate);
    CHECK_THAT(taken.Message(Language::English), Catch::Contains("enrolled for another user"));
    CHECK_FALSE(users.CurrentCertificate("leader.cuong").has_value());

    const auto enrolled = users.BindCertificate("leader.cuong", other_fingerprint, "CN=Cường", s.admin);
    CHECK(enrolled.user_id == cuong.id);
    REQUIRE(users.CurrentCertificate("leader.cuong").has_value());
    CHECK(users.CurrentCertificate("leader.cuong")->fingerprint == other_fingerprint);
    CHECK(users.CurrentCertificate("leader.binh")->fingerprint == s.signer.CertificateFingerprint());

    // A new certificate for Bình: the previous one stays on record, unbound.
    const std::string renewed = "5eed000000000000000000000000000000000000000000000000000000000003";
    users.BindCertificate("leader.binh", renewed, "CN=Bình 2027", s.admin);
    CHECK(users.CurrentCertificate("leader.binh")->fingerprint == renewed);
    CHECK(CountRows(db, "user_certificate") == 3);
    long long unbound = 0;
    db.Store().Session() << "SELECT COUNT(*) FROM user_certificate WHERE unbound_at IS NOT NULL",
        soci::into(unbound);
    CHECK(unbound == 1);
}

TEST_CASE("The audit trail records user changes but never a password hash", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto users = s.Users();
    const auto added = users.Add({"viewer.em", "Hồ Em", Role::Viewer, kTestPassword}, s.admin);
    users.SetRole("viewer.em", Role::Officer, s.admin);
    users.SetDisabled("viewer.em", true, s.admin);
    users.SetDisabled("viewer.em", false, s.admin);
    users.SetPassword("viewer.em", "mật khẩu mới của em", s.admin);

    const auto history = Audit(s).History("user", added.id);
    std::vector<std::string> actions;
    for (const auto& entry : history) actions.push_back(entry.action);
    CHECK(actions == std::vector<std::string>{"user.create", "user.set_role", "user.disable", "user.enable",
                                              "user.set_password"});
    for (const auto& entry : history) CHECK(entry.actor == "admin.hoa");
    REQUIRE(history.size() == 5);
    CHECK(history[0].before == "null");
    CHECK_THAT(history[0].after,
               Catch::Contains("\"name\":\"viewer.em\"") && Catch::Contains("\"role\":\"viewer\""));
    CHECK_THAT(history[1].before, Catch::Contains("\"role\":\"viewer\""));
    CHECK_THAT(history[1].after, Catch::Contains("\"role\":\"officer\""));
    CHECK_THAT(history[2].after, Catch::Contains("\"disabled\":true"));

    // The first administrator is created by the system; the approver's certificate is recorded.
    const auto first = Audit(s).History("user", s.admin.user_id);
    REQUIRE_FALSE(first.empty());
    CHECK(first[0].actor == "system");
    const auto approver = Audit(s).History("user", s.approver.user_id);
    REQUIRE(approver.size() == 2);
    CHECK(approver[1].action == "user.bind_certificate");
    CHECK_THAT(approver[1].after, Catch::Contains(s.signer.CertificateFingerprint()));

    // No entry anywhere holds a password hash, old or current.
    const std::vector<std::string> hashes{StoredHash(db, "viewer.em"), StoredHash(db, "officer.an"),
                                          StoredHash(db, "admin.hoa")};
    const auto entries = Audit(s).Latest(1000);
    REQUIRE(entries.size() == static_cast<std::size_t>(CountRows(db, "audit_entry")));
    for (const auto& entry : entries) {
        INFO(entry.seq << " " << entry.action);
        CHECK_THAT(entry.before + entry.after, !Catch::Contains("$scrypt$") && !Catch::Contains("password"));
        for (const auto& hash : hashes) CHECK_THAT(entry.before + entry.after, !Catch::Contains(hash));
    }
    CHECK_FALSE(Audit(s).Verify().broken.has_value());
}
