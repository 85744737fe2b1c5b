// The records clerk's issue of signed decisions in storage (issue 20, item 2): the number register
// (unique per register and year, never reused, not consumed by a failed issue), the organisation
// certificate, the issue in one transaction with its PDF, the refusals, and verification of the
// organisation's seal against what the database holds now. On SQLite and PostgreSQL.
#include "scenario.h"
#include "test_helpers.h"

#include "domain/audit_service.h"
#include "domain/four_eyes_service.h"
#include "domain/issue_service.h"
#include "domain/organisation_certificate.h"
#include "domain/trust_service.h"
#include "signing/sha256.h"

#include <catch2/catch.hpp>

#include <stdexcept>

using namespace innodesk;
using namespace innodesk::domain;

using innodesk::testing::CountRows;
using innodesk::testing::kTestPassword;
using innodesk::testing::Refusal;

namespace {

constexpr const char* kOrganisationFingerprint =
    "0f9a000000000000000000000000000000000000000000000000000000000002";

// The organisation's key, as the tests' stand-in: "org:", its fingerprint, then the content.
class OrganisationSigner final : public DecisionSigner {
public:
    explicit OrganisationSigner(std::string fingerprint = kOrganisationFingerprint)
        : m_fingerprint(std::move(fingerprint)) {}
    std::string CertificateFingerprint() const override { return m_fingerprint; }
    std::string CertificateSubject() const override { return "CN=Sở Khoa học và Công nghệ tỉnh Khánh Hòa"; }
    std::vector<std::uint8_t> Sign(std::span<const std::uint8_t> content) const override {
        std::vector<std::uint8_t> signature(4 + m_fingerprint.size() + content.size());
        const std::string head = "org:" + m_fingerprint;
        std::copy(head.begin(), head.end(), signature.begin());
        std::copy(content.begin(), content.end(),
                  signature.begin() + static_cast<std::ptrdiff_t>(head.size()));
        return signature;
    }

private:
    std::string m_fingerprint;
};

// Judges the organisation's signatures as above and the approver's as the Scenario's verifier does,
// reporting each signer's fingerprint.
class IssueVerifier final : public SignatureVerifier {
public:
    SignatureCheck Verify(std::span<const std::uint8_t> signature,
                          std::span<const std::uint8_t> content) const override {
        const std::string text(signature.begin(), signature.end());
        if (text.rfind("org:", 0) != 0 || text.size() < 68) return m_approver.Verify(signature, content);
        SignatureCheck check;
        const bool matches = text.size() == 68 + content.size() &&
                             std::equal(content.begin(), content.end(), signature.begin() + 68);
        check.verdict = matches ? SignatureVerdict::Valid : SignatureVerdict::Invalid;
        check.reason = matches ? SignatureReason::None : SignatureReason::ContentChanged;
        check.explanation =
            matches ? LocalisedText{"Hợp lệ.", "Valid."} : LocalisedText{"Đã sửa.", "Changed."};
        check.signer_fingerprint = text.substr(4, 64);
        check.signer_subject = "CN=Sở Khoa học và Công nghệ tỉnh Khánh Hòa";
        return check;
    }

private:
    testing::TestVerifier m_approver;
};

struct Office {
    explicit Office(testing::Scenario& scenario) : s(scenario) {
        auto users = s.Users();
        clerk = Actor{"vanthu.dung", Role::Clerk,
                      users.Add({"vanthu.dung", "Hoàng Thị Dung", Role::Clerk, kTestPassword}, s.admin).id};
        TrustService(s.db.Store(), s.clock).SetSetting(kSettingDecisionSymbol, "QĐ-SKHCN", s.admin);
    }
    void Enrol(const std::string& fingerprint = kOrganisationFingerprint) {
        const auto outcome = FourEyesService(s.db.Store(), s.clock)
                                 .Propose(EnrolOrganisationCertificateChange(
                                              {fingerprint, "CN=Sở Khoa học và Công nghệ tỉnh Khánh Hòa",
                                               1'700'000'000, 1'900'000'000}),
                                          s.admin);
        REQUIRE(outcome.applied);
    }
    IssueService Issues(const Clock& clock) { return {s.db.Store(), s.db.Text(), clock}; }
    IssueService Issues() { return Issues(s.clock); }
    // A decision drafted without a number and signed by the approver.
    Decision Signed(long long amount) {
        const auto a = s.Recommended(s.parent, amount * 2, amount * 2);
        return s.Approve(a.id, amount, "").decision;
    }
    IssueRequest Request(DecisionId id, std::string number = "") {
        return {id, std::move(number), CalendarDate::FromYmd(2026, 6, 15)};
    }

    testing::Scenario& s;
    Actor clerk;
    OrganisationSigner seal;
    IssueVerifier verifier;
};

std::vector<std::uint8_t> Pdf(const std::string& text) {
    return {text.begin(), text.end()};
}

}  // namespace

TEST_CASE("A clerk issues a signed decision under the register's next number, sealed by the organisation",
          "[db][issue]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    Office office(s);
    office.Enrol();
    const Decision signed_decision = office.Signed(50'000'000);
    CHECK(signed_decision.number.empty());
    CHECK(DecisionReference(signed_decision) == "#" + std::to_string(signed_decision.id));
    CHECK_FALSE(s.Decisions().Get(signed_decision.id).issue.has_value());

    auto issues = office.Issues();
    CHECK(issues.NextNumber(2026) == "01/QĐ-SKHCN");
    CHECK(issues.RequireCanIssue(office.Request(signed_decision.id), office.verifier, office.clerk) ==
          "01/QĐ-SKHCN");
    std::optional<std::string> seen_number;
    const Decision issued = issues.Issue(office.Request(signed_decision.id), office.seal, office.verifier,
                                         office.clerk, [&](const Decision& decision) {
                                             seen_number = decision.issue->number;
                                             return Pdf("%PDF issued " + decision.issue->number);
                                         });
    CHECK(seen_number == "01/QĐ-SKHCN");
    REQUIRE(issued.issue.has_value());
    CHECK(DecisionReference(issued) == "01/QĐ-SKHCN");

    const Decision stored = s.Decisions().Get(signed_decision.id);
    REQUIRE(stored.issue.has_value());
    CHECK(stored.number.empty());  // the approver signed a draft without a number: it stays so
    CHECK(stored.issue->number == "01/QĐ-SKHCN");
    CHECK(stored.issue->issued_on == CalendarDate::FromYmd(2026, 6, 15));
    CHECK(stored.issue->clerk_user == "vanthu.dung");
    CHECK(stored.issue->organisation_fingerprint == kOrganisationFingerprint);
    CHECK(stored.issue->cms_der == issued.issue->cms_der);
    CHECK(CountRows(db, "document_number") == 1);
    const auto document = issues.Document(signed_decision.id, DocumentStage::Issued);
    REQUIRE(document.has_value());
    CHECK(document->pdf == Pdf("%PDF issued 01/QĐ-SKHCN"));
    CHECK(document->sha256 == signing::Sha256Hex("%PDF issued 01/QĐ-SKHCN"));

    std::vector<std::string> actions;
    for (const auto& entry :
         AuditService(db.Store(), signing::Sha256Hex, s.clock).History("decision", signed_decision.id))
        actions.push_back(entry.action);
    CHECK(actions == std::vector<std::string>{"decision.draft", "decision.sign", "decision.issue"});

    const auto verification = s.Decisions().Verify(signed_decision.id, office.verifier);
    CHECK(verification.status == VerificationStatus::Valid);
    REQUIRE(verification.issue.has_value());
    CHECK(verification.issue->status == VerificationStatus::Valid);
    CHECK(verification.Valid());
    CHECK(issues.NextNumber(2026) == "02/QĐ-SKHCN");
}

TEST_CASE("Only a clerk issues, and only with the enrolled organisation certificate", "[db][issue]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    Office office(s);
    const Decision decision = office.Signed(50'000'000);
    auto issues = office.Issues();
    for (const Actor* actor : {&s.officer, &s.approver, &s.admin, &s.viewer})
        CHECK(Refusal([&] {
                  issues.Issue(office.Request(decision.id), office.seal, office.verifier, *actor);
              }).Code() == ErrorCode::PermissionDenied);

    const auto none = Refusal(
        [&] { issues.Issue(office.Request(decision.id), office.seal, office.verifier, office.clerk); });
    CHECK(none.Code() == ErrorCode::SignatureRefused);
    CHECK_THAT(none.Message(Language::English), Catch::Contains("No organisation certificate is enrolled"));
    CHECK_THAT(none.Message(Language::Vietnamese), Catch::Contains("Chưa đăng ký chứng thư số của cơ quan"));

    office.Enrol();
    const auto personal =
        Refusal([&] { issues.Issue(office.Request(decision.id), s.signer, office.verifier, office.clerk); });
    CHECK(personal.Code() == ErrorCode::SignatureRefused);
    CHECK_THAT(personal.Message(Language::English),
               Catch::Contains("is not the enrolled organisation certificate"));
    CHECK(CountRows(db, "document_number") == 0);
    CHECK(CountRows(db, "decision_issue") == 0);
    CHECK_FALSE(s.Decisions().Get(decision.id).issue.has_value());
}

TEST_CASE("A number given is never given again in its year, and is free again the next year", "[db][issue]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    Office office(s);
    office.Enrol();
    const Decision first = office.Signed(50'000'000);
    const Decision second = office.Signed(60'000'000);
    auto issues = office.Issues();
    issues.Issue(office.Request(first.id, "126/QĐ-SKHCN"), office.seal, office.verifier, office.clerk);
    CHECK(issues.NextNumber(2026) == "127/QĐ-SKHCN");

    for (const char* taken : {"126/QĐ-SKHCN", "126/QĐ-UBND"}) {
        const auto error = Refusal([&] {
            issues.Issue(office.Request(second.id, taken), office.seal, office.verifier, office.clerk);
        });
        CHECK(error.Code() == ErrorCode::Duplicate);
        CHECK_THAT(error.Message(Language::English),
                   Catch::Contains("never reused") && Catch::Contains("127/QĐ-SKHCN"));
    }
    CHECK(Refusal([&] {
              issues.Issue(office.Request(second.id, "số 5"), office.seal, office.verifier, office.clerk);
          }).Code() == ErrorCode::InvalidValue);
    CHECK(CountRows(db, "document_number") == 1);

    // A year later the register starts again: 126 is free in 2027.
    const testing::FixedClock next_year(CalendarDate::FromYmd(2027, 1, 15), 1'800'000'000);
    auto later = office.Issues(next_year);
    CHECK(later.NextNumber(2027) == "01/QĐ-SKHCN");
    const Decision issued = later.Issue({second.id, "126/QĐ-SKHCN", CalendarDate::FromYmd(2027, 1, 15)},
                                        office.seal, office.verifier, office.clerk);
    CHECK(issued.issue->number == "126/QĐ-SKHCN");
    CHECK(CountRows(db, "document_number") == 2);
}

TEST_CASE("An issue that fails registers no number, and a registered number cannot be freed", "[db][issue]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    Office office(s);
    office.Enrol();
    const Decision decision = office.Signed(50'000'000);
    auto issues = office.Issues();
    CHECK_THROWS_WITH(issues.Issue(office.Request(decision.id), office.seal, office.verifier, office.clerk,
                                   [](const Decision&) -> std::vector<std::uint8_t> {
                                       throw std::runtime_error("the PDF could not be made");
                                   }),
                      "the PDF could not be made");
    CHECK(CountRows(db, "document_number") == 0);
    CHECK(CountRows(db, "decision_issue") == 0);
    CHECK(CountRows(db, "decision_document") == 0);
    CHECK_FALSE(s.Decisions().Get(decision.id).issue.has_value());
    CHECK(issues.NextNumber(2026) == "01/QĐ-SKHCN");

    issues.Issue(office.Request(decision.id), office.seal, office.verifier, office.clerk,
                 [](const Decision&) { return Pdf("%PDF"); });
    auto& sql = db.Store().Session();
    for (const char* statement :
         {"DELETE FROM document_number", "UPDATE document_number SET sequence = 2",
          "DELETE FROM decision_issue", "UPDATE decision_issue SET number = '02/QĐ-SKHCN'",
          "DELETE FROM decision_document"})
        CHECK_THROWS_WITH(sql << statement, Catch::Contains("written once"));
    CHECK(CountRows(db, "document_number") == 1);
}

TEST_CASE("Unsigned, invalidly signed and already issued decisions are not issued, nor signed after issue",
          "[db][issue]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    Office office(s);
    office.Enrol();
    auto issues = office.Issues();

    const auto a = s.Recommended(s.parent, 100'000'000, 100'000'000);
    Decision draft;
    draft.date = CalendarDate::FromYmd(2026, 6, 20);
    draft.kind = DecisionKind::Approval;
    draft.items = {{a.id, Money::Dong(50'000'000)}};
    const auto drafted = s.Decisions().Draft(draft, s.officer).decision;
    const auto unsigned_error = Refusal(
        [&] { issues.Issue(office.Request(drafted.id), office.seal, office.verifier, office.clerk); });
    CHECK(unsigned_error.Code() == ErrorCode::InvalidTransition);
    CHECK_THAT(unsigned_error.Message(Language::English), Catch::Contains("has not been digitally signed"));

    const Decision tampered = office.Signed(40'000'000);
    db.Store().Session() << "UPDATE decision_item SET approved_amount = 45000000 WHERE decision_id = " +
                                std::to_string(tampered.id);
    const auto invalid = Refusal(
        [&] { issues.Issue(office.Request(tampered.id), office.seal, office.verifier, office.clerk); });
    CHECK(invalid.Code() == ErrorCode::SignatureRefused);
    CHECK_THAT(invalid.Message(Language::English), Catch::Contains("does not verify (content_changed)"));

    const Decision decision = office.Signed(50'000'000);
    issues.Issue(office.Request(decision.id), office.seal, office.verifier, office.clerk);
    const auto twice = Refusal(
        [&] { issues.Issue(office.Request(decision.id), office.seal, office.verifier, office.clerk); });
    CHECK(twice.Code() == ErrorCode::InvalidTransition);
    CHECK_THAT(twice.Message(Language::English), Catch::Contains("was already issued by the clerk"));

    // The approver's signature on a document the clerk has already sealed.
    const auto resign = Refusal([&] { s.Decisions().Sign(decision.id, s.signer, s.verifier, s.approver); });
    CHECK(resign.Code() == ErrorCode::InvalidTransition);
    CHECK(CountRows(db, "document_number") == 1);
}

TEST_CASE("The issue date is not before the approver signed nor in the future", "[db][issue]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    Office office(s);
    office.Enrol();
    const Decision decision = office.Signed(50'000'000);
    auto issues = office.Issues();
    for (const auto& [date, words] :
         {std::pair{CalendarDate::FromYmd(2026, 5, 1), "before the approver signed"},
          std::pair{CalendarDate::FromYmd(2026, 6, 16), "in the future"}}) {
        const auto error = Refusal([&] {
            issues.Issue({decision.id, "", date}, office.seal, office.verifier, office.clerk);
        });
        CHECK(error.Code() == ErrorCode::InvalidValue);
        CHECK_THAT(error.Message(Language::English), Catch::Contains(words));
    }
    CHECK(CountRows(db, "document_number") == 0);
}

TEST_CASE("A draft that carries its number is issued under it, and registers it", "[db][issue]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    Office office(s);
    office.Enrol();
    const auto a = s.Recommended(s.parent, 100'000'000, 100'000'000);
    const Decision decision = s.Approve(a.id, 50'000'000, "125/QĐ-SKHCN").decision;
    auto issues = office.Issues();
    CHECK(Refusal([&] {
              issues.Issue(office.Request(decision.id, "7/QĐ-SKHCN"), office.seal, office.verifier,
                           office.clerk);
          }).Code() == ErrorCode::InvalidValue);
    const Decision issued =
        issues.Issue(office.Request(decision.id), office.seal, office.verifier, office.clerk);
    CHECK(issued.issue->number == "125/QĐ-SKHCN");
    CHECK(issues.NextNumber(2026) == "126/QĐ-SKHCN");
}

TEST_CASE("Verification catches an issue changed behind InnoDesk's back", "[db][issue]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    Office office(s);
    office.Enrol();
    const Decision decision = office.Signed(50'000'000);
    office.Issues().Issue(office.Request(decision.id), office.seal, office.verifier, office.clerk);
    REQUIRE(s.Decisions().Verify(decision.id, office.verifier).Valid());

    // Whoever holds the database can drop the write-once guard; the seal still tells.
    auto& sql = db.Store().Session();
    if (testing::SuiteBackend() == "sqlite")
        sql << "DROP TRIGGER decision_issue_no_update";
    else
        sql << "ALTER TABLE decision_issue DISABLE TRIGGER decision_issue_write_once";
    sql << "UPDATE decision_issue SET number = '02/QĐ-SKHCN' WHERE decision_id = " +
               std::to_string(decision.id);
    const auto verification = s.Decisions().Verify(decision.id, office.verifier);
    CHECK(verification.status == VerificationStatus::Valid);  // the approver's signature is untouched
    REQUIRE(verification.issue.has_value());
    CHECK(verification.issue->status == VerificationStatus::Invalid);
    CHECK(verification.issue->reason == SignatureReason::ContentChanged);
    CHECK_FALSE(verification.Valid());
    CHECK(verification.Failed());
}

TEST_CASE("Signing can store the PDF the approver signed in the same transaction", "[db][issue]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    const auto a = s.Recommended(s.parent, 100'000'000, 100'000'000);
    Decision draft;
    draft.date = CalendarDate::FromYmd(2026, 6, 20);
    draft.kind = DecisionKind::Approval;
    draft.items = {{a.id, Money::Dong(50'000'000)}};
    auto decisions = s.Decisions();
    const auto drafted = decisions.Draft(draft, s.officer).decision;
    CHECK_THROWS_WITH(decisions.Sign(drafted.id, s.signer, s.verifier, s.approver,
                                     [](const Decision&) -> std::vector<std::uint8_t> {
                                         throw std::runtime_error("no PDF");
                                     }),
                      "no PDF");
    CHECK(decisions.Get(drafted.id).status == DecisionStatus::Draft);
    decisions.Sign(drafted.id, s.signer, s.verifier, s.approver, [](const Decision& decision) {
        return Pdf("%PDF signed by " + decision.signature->signer_user);
    });
    const auto document =
        IssueService(db.Store(), db.Text(), s.clock).Document(drafted.id, DocumentStage::Approver);
    REQUIRE(document.has_value());
    CHECK(document->pdf == Pdf("%PDF signed by leader.binh"));
}

TEST_CASE("Two drafts without numbers are kept apart, and '#' starts no number", "[db][issue]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    const auto a = s.Recommended(s.parent, 100'000'000, 100'000'000);
    const auto b = s.Recommended(s.other, 100'000'000, 100'000'000);
    Decision draft;
    draft.date = CalendarDate::FromYmd(2026, 6, 20);
    draft.kind = DecisionKind::Approval;
    draft.items = {{a.id, Money::Dong(50'000'000)}};
    auto decisions = s.Decisions();
    const auto first = decisions.Draft(draft, s.officer).decision;
    draft.items = {{b.id, Money::Dong(50'000'000)}};
    const auto second = decisions.Draft(draft, s.officer).decision;
    CHECK(decisions.Get(first.id).number.empty());
    CHECK(decisions.Get(second.id).number.empty());
    draft.number = "#" + std::to_string(first.id);
    CHECK(Refusal([&] { decisions.Draft(draft, s.officer); }).Code() == ErrorCode::InvalidValue);
}

TEST_CASE("Granting the clerk role takes a second administrator", "[db][issue]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto users = s.Users();
    const auto khanh = users.Add({"admin.khanh", "Lý Khánh", Role::Admin, kTestPassword}, s.admin);
    FourEyesService four_eyes(db.Store(), s.clock);
    ProposedChange change;
    change.kind = ChangeKind::SetRole;
    change.user_name = "viewer.dung";
    change.role = Role::Clerk;
    const auto outcome = four_eyes.Propose(change, s.admin);
    CHECK_FALSE(outcome.applied);
    four_eyes.Confirm(outcome.proposal.id, Actor{khanh.name, khanh.role, khanh.id});
    for (const auto& user : users.List(s.admin))
        if (user.name == "viewer.dung") CHECK(user.role == Role::Clerk);
}

TEST_CASE(
    "The organisation certificate is enrolled by two administrators, and its history is the audit trail's",
    "[db][issue]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    auto users = s.Users();
    const auto khanh = users.Add({"admin.khanh", "Lý Khánh", Role::Admin, kTestPassword}, s.admin);
    FourEyesService four_eyes(db.Store(), s.clock);
    const OrganisationCertificate first{kOrganisationFingerprint, "CN=Sở KH&CN Khánh Hòa", 1'700'000'000,
                                        1'900'000'000};
    const auto proposed = four_eyes.Propose(EnrolOrganisationCertificateChange(first), s.admin);
    CHECK_FALSE(proposed.applied);
    CHECK_THAT(DescribeChange(proposed.proposal.change).en,
               Catch::Contains("enrol the organisation certificate CN=Sở KH&CN Khánh Hòa"));
    const auto enrolled_now = [&] {
        auto tx = db.Store().Begin(TransactionMode::Read);
        return EnrolledOrganisationCertificate(*tx);
    };
    CHECK_FALSE(enrolled_now().has_value());
    four_eyes.Confirm(proposed.proposal.id, Actor{khanh.name, khanh.role, khanh.id});
    REQUIRE(enrolled_now().has_value());
    CHECK(enrolled_now()->fingerprint == kOrganisationFingerprint);
    CHECK(enrolled_now()->valid_until_unix == 1'900'000'000);

    // Anything but a certificate's line is refused, whoever sets it.
    CHECK(Refusal([&] {
              four_eyes.Propose(EnrolOrganisationCertificateChange({"abc", "CN=x", 0, 1}), s.admin);
          }).Code() == ErrorCode::InvalidValue);

    // A later certificate replaces it from its enrolment on; the first stays the one of its time.
    const testing::FixedClock later(CalendarDate::FromYmd(2026, 7, 1), 1'781'000'000);
    const std::string second_fingerprint(64, 'b');
    FourEyesService later_eyes(db.Store(), later);
    const auto replaced =
        later_eyes.Propose(EnrolOrganisationCertificateChange(
                               {second_fingerprint, "CN=Sở KH&CN (2)", 1'700'000'000, 1'900'000'000}),
                           s.admin);
    later_eyes.Confirm(replaced.proposal.id, Actor{khanh.name, khanh.role, khanh.id});
    auto tx = db.Store().Begin(TransactionMode::Read);
    CHECK(WasOrganisationCertificate(*tx, kOrganisationFingerprint, 1'780'000'000));
    CHECK_FALSE(WasOrganisationCertificate(*tx, kOrganisationFingerprint, 1'781'000'001));
    CHECK(WasOrganisationCertificate(*tx, second_fingerprint, 1'781'000'001));
    CHECK_FALSE(WasOrganisationCertificate(*tx, second_fingerprint, 1'780'000'000));
}
