// Four eyes on trust and signers (issue 19, item 3): an administrator alone only proposes the
// changes that make a signer or a trusted CA; a second, different, active administrator confirms;
// a proposal expires and is checked again when confirmed; a department with one administrator
// says so explicitly and the status tells it.
#include "one_person_rule.h"
#include "scenario.h"
#include "test_helpers.h"

#include "domain/four_eyes_service.h"
#include "domain/trust_service.h"

#include <catch2/catch.hpp>

using namespace innodesk;
using namespace innodesk::domain;

using innodesk::testing::CountRows;
using innodesk::testing::kTestPassword;
using innodesk::testing::kTestWorkstation;
using innodesk::testing::Refusal;

namespace {

const std::string kAttackerCa = "ca00000000000000000000000000000000000000000000000000000000000666";
const std::string kAttackerCertificate = "5eed000000000000000000000000000000000000000000000000000000000666";

long long AuditCount(testing::TestDatabase& db, const std::string& action) {
    long long count = 0;
    db.Store().Session() << "SELECT COUNT(*) FROM audit_entry WHERE action = :a", soci::use(action),
        soci::into(count);
    return count;
}

ProposedChange Enrolment(const std::string& user, const std::string& fingerprint) {
    ProposedChange change;
    change.kind = ChangeKind::EnrolCertificate;
    change.user_name = user;
    change.fingerprint = fingerprint;
    change.subject = "CN=" + user;
    return change;
}

ProposedChange RoleChange(const std::string& user, Role role) {
    ProposedChange change;
    change.kind = ChangeKind::SetRole;
    change.user_name = user;
    change.role = role;
    return change;
}

ProposedChange TrustedCa(const std::string& fingerprint) {
    ProposedChange change;
    change.kind = ChangeKind::AddTrust;
    change.trust_kind = TrustKind::CaCertificate;
    change.subject = "CN=Vietnam Government Root CA";
    change.fingerprint = fingerprint;
    change.pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
    return change;
}

TrustService Trust(testing::Scenario& s) {
    return {s.db.Store(), s.clock};
}

FourEyesService FourEyes(testing::Scenario& s) {
    return {s.db.Store(), s.clock};
}

// The Scenario's department works with four eyes again: its lone administrator switches the
// one-person rule off (never needing anyone to confirm that).
void FourEyesOn(testing::Scenario& s) {
    Trust(s).SetSetting(kSettingOnePersonRule, "off", s.admin);
}

// A second active administrator (added while the one-person rule still held), signed in.
Actor SecondAdmin(testing::Scenario& s) {
    s.Users().Add({"admin.khanh", "Đỗ Khánh", Role::Admin, kTestPassword}, s.admin);
    return s.Users().SignIn("admin.khanh", kTestPassword, kTestWorkstation);
}

void CheckNeedsSecond(const DomainError& error) {
    CHECK(error.Code() == ErrorCode::PermissionDenied);
    CHECK_THAT(error.Message(Language::English),
               Catch::Contains("needs a second administrator's confirmation"));
    CHECK_THAT(error.Message(Language::Vietnamese), Catch::Contains("cần quản trị viên thứ hai xác nhận"));
}

}  // namespace

TEST_CASE("An administrator alone cannot enrol a certificate, grant the approver or admin role or trust a CA",
          "[db][four-eyes]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    FourEyesOn(s);
    auto users = s.Users();
    const auto binh_before = users.CurrentCertificate("leader.binh");

    // The services' direct methods refuse; nothing changes.
    CheckNeedsSecond(
        Refusal([&] { users.BindCertificate("leader.binh", kAttackerCertificate, "CN=X", s.admin); }));
    CheckNeedsSecond(Refusal([&] {
        users.Add({"leader.gia", "Gia", Role::Approver, kTestPassword}, s.admin);
    }));
    CheckNeedsSecond(Refusal([&] { users.Add({"admin.gia", "Gia", Role::Admin, kTestPassword}, s.admin); }));
    CheckNeedsSecond(Refusal([&] { users.SetRole("viewer.dung", Role::Approver, s.admin); }));
    CheckNeedsSecond(Refusal([&] { users.SetRole("officer.an", Role::Admin, s.admin); }));
    CheckNeedsSecond(Refusal([&] {
        Trust(s).Add({0, TrustKind::CaCertificate, "CN=Evil", "pem", kAttackerCa, 0}, s.admin);
    }));
    CheckNeedsSecond(Refusal([&] { Trust(s).SetSetting("report_signer_name", "Kẻ Mạo Danh", s.admin); }));
    // Changes that make nobody a signer still apply at once.
    CHECK(users.Add({"viewer.em", "Hồ Em", Role::Viewer, kTestPassword}, s.admin).role == Role::Viewer);
    Trust(s).SetSetting("report_place", "Nha Trang", s.admin);

    // Proposed instead: stored, audited, and still nothing changes.
    auto four_eyes = FourEyes(s);
    std::vector<ProposedChange> changes{
        Enrolment("leader.binh", kAttackerCertificate),
        users.NewUserChange({"leader.gia", "Gia", Role::Approver, kTestPassword}),
        users.NewUserChange({"admin.gia", "Gia", Role::Admin, kTestPassword}),
        RoleChange("viewer.dung", Role::Approver),
        TrustedCa(kAttackerCa),
    };
    std::vector<std::int64_t> ids;
    for (const auto& change : changes) {
        const auto outcome = four_eyes.Propose(change, s.admin);
        CHECK_FALSE(outcome.applied);
        CHECK(outcome.proposal.id > 0);
        CHECK_THAT(outcome.message.en,
                   Catch::Contains("awaiting confirmation by a second administrator (proposal #" +
                                   std::to_string(outcome.proposal.id) + ")"));
        CHECK_THAT(outcome.message.vi, Catch::Contains("chờ quản trị viên thứ hai xác nhận"));
        ids.push_back(outcome.proposal.id);
    }
    CHECK(AuditCount(db, "proposal.create") == 5);
    CHECK(four_eyes.List(true, s.admin).size() == 5);

    // The proposer cannot confirm their own proposals.
    for (const auto id : ids) {
        const auto own = Refusal([&] { four_eyes.Confirm(id, s.admin); });
        CHECK(own.Code() == ErrorCode::PermissionDenied);
        CHECK_THAT(own.Message(Language::English), Catch::Contains("cannot confirm their own proposal"));
    }
    CHECK(users.CurrentCertificate("leader.binh")->fingerprint == binh_before->fingerprint);
    CHECK(Refusal([&] { users.SignIn("leader.gia", kTestPassword, kTestWorkstation); }).Code() ==
          ErrorCode::SignInFailed);
    for (const auto& user : users.List(s.admin)) {
        if (user.name == "viewer.dung") CHECK(user.role == Role::Viewer);
        CHECK(user.name != "admin.gia");
    }
    CHECK(Trust(s).List().empty());
    CHECK(AuditCount(db, "proposal.confirm") == 0);
    long long stored_pending = 0;
    db.Store().Session() << "SELECT COUNT(*) FROM proposal WHERE status = 'pending'",
        soci::into(stored_pending);
    CHECK(stored_pending == 5);
}

TEST_CASE("A second administrator confirms exactly what was proposed, checked again at confirmation",
          "[db][four-eyes]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    const Actor khanh = SecondAdmin(s);  // two active administrators: the one-person rule no longer holds
    auto users = s.Users();
    auto four_eyes = FourEyes(s);
    CHECK_FALSE(four_eyes.Status().one_person_rule_applies);

    const auto gia = four_eyes.Propose(
        users.NewUserChange({"leader.gia", "Lê Gia", Role::Approver, kTestPassword}), s.admin);
    REQUIRE_FALSE(gia.applied);
    const auto shown = four_eyes.Get(gia.proposal.id, khanh);
    CHECK(shown.change.user_name == "leader.gia");
    CHECK(shown.change.role == Role::Approver);
    CHECK(shown.change.password_hash.empty());  // never leaves the service
    CHECK(shown.proposed_by == "admin.hoa");

    const auto applied = four_eyes.Confirm(gia.proposal.id, khanh);
    REQUIRE(applied.user.has_value());
    CHECK(applied.user->role == Role::Approver);
    // The account works with the password given when it was proposed.
    CHECK(users.SignIn("leader.gia", kTestPassword, kTestWorkstation).role == Role::Approver);
    CHECK(four_eyes.Get(gia.proposal.id, khanh).status == ProposalStatus::Confirmed);
    CHECK(four_eyes.Get(gia.proposal.id, khanh).decided_by == "admin.khanh");
    CHECK(AuditCount(db, "proposal.confirm") == 1);
    std::string creator;
    db.Store().Session() << "SELECT actor FROM audit_entry WHERE action = 'user.create' AND after_json LIKE "
                            "'%leader.gia%'",
        soci::into(creator);
    CHECK(creator == "admin.khanh");
    CHECK(Refusal([&] { four_eyes.Confirm(gia.proposal.id, khanh); }).Code() == ErrorCode::InvalidTransition);

    // Two proposals of the same CA: the first confirmed, the second is refused at confirmation
    // (the rules are checked then, not only when proposed) and stays pending.
    const auto first = four_eyes.Propose(TrustedCa(kAttackerCa), s.admin);
    const auto second = four_eyes.Propose(TrustedCa(kAttackerCa), s.admin);
    four_eyes.Confirm(first.proposal.id, khanh);
    CHECK(Trust(s).List().size() == 1);
    CHECK(Refusal([&] { four_eyes.Confirm(second.proposal.id, khanh); }).Code() == ErrorCode::Duplicate);
    CHECK(four_eyes.Get(second.proposal.id, khanh).status == ProposalStatus::Pending);
    // Rejected by the other administrator, withdrawn by its proposer; neither can be confirmed.
    CHECK(four_eyes.Reject(second.proposal.id, khanh).status == ProposalStatus::Rejected);
    const auto enrol = four_eyes.Propose(Enrolment("leader.gia", kAttackerCertificate), s.admin);
    CHECK(four_eyes.Reject(enrol.proposal.id, s.admin).status == ProposalStatus::Withdrawn);
    CHECK(Refusal([&] { four_eyes.Confirm(enrol.proposal.id, khanh); }).Code() ==
          ErrorCode::InvalidTransition);
    CHECK_FALSE(users.CurrentCertificate("leader.gia").has_value());
    CHECK(AuditCount(db, "proposal.reject") == 1);
    CHECK(AuditCount(db, "proposal.withdraw") == 1);

    // A confirmer who is no longer an active administrator confirms nothing.
    const auto role = four_eyes.Propose(RoleChange("officer.chi", Role::Approver), s.admin);
    ProposedChange disable;
    disable.kind = ChangeKind::DisableUser;
    disable.user_name = "admin.khanh";
    four_eyes.Confirm(four_eyes.Propose(disable, s.admin).proposal.id, khanh);  // khanh agrees to go
    CHECK(Refusal([&] { four_eyes.Confirm(role.proposal.id, khanh); }).Code() == ErrorCode::PermissionDenied);
    // A proposal that can never apply is refused when proposed.
    CHECK(Refusal([&] { four_eyes.Propose(Enrolment("khong.co", kAttackerCertificate), s.admin); }).Code() ==
          ErrorCode::NotFound);
}

TEST_CASE("A proposal expires after seven days", "[db][four-eyes]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    const Actor khanh = SecondAdmin(s);
    const auto proposed = FourEyes(s).Propose(RoleChange("officer.an", Role::Approver), s.admin);
    REQUIRE_FALSE(proposed.applied);
    CHECK(proposed.proposal.expires_at_unix == s.clock.NowUnixSeconds() + 7 * 24 * 60 * 60);

    const testing::FixedClock week_later(CalendarDate::FromYmd(2026, 6, 22),
                                         s.clock.NowUnixSeconds() + kProposalLifetimeSeconds);
    FourEyesService late(db.Store(), week_later);
    const auto expired = Refusal([&] { late.Confirm(proposed.proposal.id, khanh); });
    CHECK(expired.Code() == ErrorCode::InvalidTransition);
    CHECK_THAT(expired.Message(Language::English), Catch::Contains("expired"));
    CHECK_THAT(expired.Message(Language::Vietnamese), Catch::Contains("đã hết hạn"));
    CHECK(StateText(late.Get(proposed.proposal.id, khanh), week_later.NowUnixSeconds()).en == "Expired");
    CHECK(late.Status().pending_proposals == 0);
    for (const auto& user : s.Users().List(s.admin))
        if (user.name == "officer.an") CHECK(user.role == Role::Officer);
    // One second earlier it could still have been confirmed.
    const testing::FixedClock just_before(CalendarDate::FromYmd(2026, 6, 22),
                                          s.clock.NowUnixSeconds() + kProposalLifetimeSeconds - 1);
    FourEyesService(db.Store(), just_before).Confirm(proposed.proposal.id, khanh);
}

TEST_CASE("The one-person rule is explicit, set alone only by a lone administrator, and the status says so",
          "[db][four-eyes]") {
    testing::TestDatabase db;
    testing::Scenario s(db);  // one administrator, who configured the rule (tests/support/one_person_rule.h)
    auto four_eyes = FourEyes(s);
    auto status = four_eyes.Status();
    CHECK(status.one_person_rule_configured);
    CHECK(status.one_person_rule_applies);
    CHECK(status.active_administrators == 1);
    CHECK(status.summary.vi ==
          "Một quản trị viên duy nhất: thay đổi về tin cậy và người ký không cần người thứ hai xác nhận.");
    CHECK_THAT(status.summary.en, Catch::StartsWith("A single administrator"));
    CHECK(AuditCount(db, "setting.set") >= 1);  // the rule itself was audited

    // Under the rule a change applies at once.
    const auto at_once = four_eyes.Propose(TrustedCa(kAttackerCa), s.admin);
    CHECK(at_once.applied);
    CHECK(at_once.proposal.id == 0);
    CHECK(Trust(s).List().size() == 1);

    // Off, and then on again while alone: both at once.
    FourEyesOn(s);
    CHECK_FALSE(four_eyes.Status().one_person_rule_applies);
    CHECK_THAT(four_eyes.Status().summary.en, Catch::StartsWith("Four eyes"));
    testing::ConfigureOnePersonRule(db.Store(), s.clock, s.admin);
    CHECK(four_eyes.Status().one_person_rule_applies);

    // A second administrator brings the four eyes back, and the rule cannot be set on alone then.
    const Actor khanh = SecondAdmin(s);
    status = four_eyes.Status();
    CHECK(status.one_person_rule_configured);
    CHECK_FALSE(status.one_person_rule_applies);
    CHECK(status.active_administrators == 2);
    FourEyesOn(s);
    CheckNeedsSecond(Refusal([&] { Trust(s).SetSetting(kSettingOnePersonRule, "on", khanh); }));
    ProposedChange rule;
    rule.kind = ChangeKind::SetSetting;
    rule.setting_key = kSettingOnePersonRule;
    rule.setting_value = "on";
    const auto proposed = four_eyes.Propose(rule, khanh);
    CHECK_FALSE(proposed.applied);
    four_eyes.Confirm(proposed.proposal.id, s.admin);
    CHECK(four_eyes.Status().one_person_rule_configured);
    CHECK(Refusal([&] { Trust(s).SetSetting(kSettingOnePersonRule, "maybe", s.admin); }).Code() ==
          ErrorCode::InvalidValue);
}

TEST_CASE(
    "The issue's attack: an administrator alone creates an approver, trusts their CA, enrols its "
    "certificate and signs",
    "[db][four-eyes]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    FourEyesOn(s);
    auto users = s.Users();
    auto four_eyes = FourEyes(s);
    const testing::TestSigner attacker_key(kAttackerCertificate);

    // Done directly, as InnoDesk allowed before, each step is refused.
    CheckNeedsSecond(Refusal([&] {
        users.Add({"leader.gia", "Giám đốc Giả", Role::Approver, kTestPassword}, s.admin);
    }));
    CheckNeedsSecond(Refusal([&] {
        Trust(s).Add({0, TrustKind::CaCertificate, "CN=Vietnam Government Root CA", "pem", kAttackerCa, 0},
                     s.admin);
    }));
    CheckNeedsSecond(Refusal([&] { users.SetRole("viewer.dung", Role::Approver, s.admin); }));
    CheckNeedsSecond(Refusal([&] {
        users.BindCertificate("leader.binh", attacker_key.CertificateFingerprint(),
                              attacker_key.CertificateSubject(), s.admin);
    }));
    // Proposed, each step is at most a proposal; the administrator can confirm none of them.
    const auto approver = four_eyes.Propose(
        users.NewUserChange({"leader.gia", "Giám đốc Giả", Role::Approver, kTestPassword}), s.admin);
    const auto ca = four_eyes.Propose(TrustedCa(kAttackerCa), s.admin);
    const auto promote = four_eyes.Propose(RoleChange("viewer.dung", Role::Approver), s.admin);
    for (const auto& outcome : {approver, ca, promote}) {
        CHECK_FALSE(outcome.applied);
        CHECK(Refusal([&] { four_eyes.Confirm(outcome.proposal.id, s.admin); }).Code() ==
              ErrorCode::PermissionDenied);
    }
    // The enrolment cannot even be proposed for an account that does not exist, and is refused
    // for the viewer the administrator tried to promote.
    CHECK(Refusal([&] {
              four_eyes.Propose(Enrolment("leader.gia", kAttackerCertificate), s.admin);
          }).Code() == ErrorCode::NotFound);
    CHECK(Refusal([&] {
              four_eyes.Propose(Enrolment("viewer.dung", kAttackerCertificate), s.admin);
          }).Code() == ErrorCode::InvalidValue);
    CHECK(Trust(s).List().empty());

    // So no decision can be signed with the attacker's key, under either name.
    const auto application = s.Recommended(s.parent, 100'000'000, 60'000'000);
    Decision decision;
    decision.number = "66/QĐ-SKHCN";
    decision.date = CalendarDate::FromYmd(2026, 6, 20);
    decision.kind = DecisionKind::Approval;
    decision.items = {{application.id, Money::Dong(70'000'000)}};
    const auto draft = s.Decisions().Draft(decision, s.officer);
    CHECK(Refusal([&] {
              s.Decisions().Sign(draft.decision.id, attacker_key, s.verifier,
                                 Actor{"leader.gia", Role::Approver, 999});
          }).Code() == ErrorCode::PermissionDenied);
    const Actor dung = users.SignIn("viewer.dung", kTestPassword, kTestWorkstation);
    CHECK(dung.role == Role::Viewer);
    CHECK(Refusal([&] {
              s.Decisions().Sign(draft.decision.id, attacker_key, s.verifier,
                                 Actor{dung.user_name, Role::Approver, dung.user_id});
          }).Code() == ErrorCode::PermissionDenied);
    CHECK(CountRows(db, "user_certificate") == 1);  // only the Scenario's approver
    // Nor with the approver's own account: the attacker's key was never enrolled for it.
    CHECK(Refusal([&] {
              s.Decisions().Sign(draft.decision.id, attacker_key, s.verifier, s.approver);
          }).Code() == ErrorCode::SignatureRefused);
}

TEST_CASE(
    "One of two administrators cannot leave themselves alone: disabling or demoting the other is a "
    "proposal",
    "[db][four-eyes]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    const Actor second = SecondAdmin(s);
    FourEyesOn(s);
    auto four_eyes = FourEyes(s);
    const auto active_administrators = [&] {
        auto tx = s.db.Store().Begin(TransactionMode::Read);
        return ActiveAdministrators(*tx);
    };

    // Directly, each is refused; proposed, nothing changes until the other confirms.
    CHECK(Refusal([&] { s.Users().SetDisabled("admin.khanh", true, s.admin); }).Code() ==
          ErrorCode::PermissionDenied);
    CHECK(Refusal([&] { s.Users().SetRole("admin.khanh", Role::Viewer, s.admin); }).Code() ==
          ErrorCode::PermissionDenied);
    ProposedChange disable;
    disable.kind = ChangeKind::DisableUser;
    disable.user_name = "admin.khanh";
    const auto proposed = four_eyes.Propose(disable, s.admin);
    CHECK_FALSE(proposed.applied);
    CHECK_FALSE(four_eyes.Propose(RoleChange("admin.khanh", Role::Viewer), s.admin).applied);
    CHECK(active_administrators() == 2);
    // So the one-person rule cannot be switched on alone either.
    CHECK(Refusal([&] { Trust(s).SetSetting(kSettingOnePersonRule, "on", s.admin); }).Code() ==
          ErrorCode::PermissionDenied);

    // The other administrator may agree to step down.
    four_eyes.Confirm(proposed.proposal.id, second);
    CHECK(AuditCount(db, "user.disable") == 1);
    CHECK(active_administrators() == 1);

    // Disabling an officer, or enabling anyone, needs no second administrator.
    CHECK(s.Users().SetDisabled("officer.chi", true, s.admin).disabled);
    CHECK_FALSE(s.Users().SetDisabled("officer.chi", false, s.admin).disabled);
}
