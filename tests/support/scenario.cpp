// The service tests' common set-up.
#include "scenario.h"

#include "one_person_rule.h"

#include <algorithm>
#include <string_view>

namespace innodesk::testing {

using namespace domain;

namespace {

Enterprise Make(const char* tax_code, const char* name) {
    Enterprise e;
    e.tax_code = TaxCode::Parse(tax_code);
    e.name = name;
    e.province = "Khánh Hòa";
    return e;
}

}  // namespace

std::vector<std::uint8_t> TestSigner::Sign(std::span<const std::uint8_t> content) const {
    // Sized first and filled in place: GCC 12 warns falsely (-Warray-bounds) about inserting
    // into a vector built from an initializer list.
    std::vector<std::uint8_t> signature(content.size() + 4);
    const std::string_view prefix = "sig:";
    std::copy(prefix.begin(), prefix.end(), signature.begin());
    std::copy(content.begin(), content.end(), signature.begin() + 4);
    return signature;
}

SignatureCheck TestVerifier::Verify(std::span<const std::uint8_t> signature,
                                    std::span<const std::uint8_t> content) const {
    SignatureCheck check;
    const bool matches = signature.size() == content.size() + 4 &&
                         std::equal(content.begin(), content.end(), signature.begin() + 4);
    check.verdict = matches ? SignatureVerdict::Valid : SignatureVerdict::Invalid;
    check.reason = matches ? SignatureReason::None : SignatureReason::ContentChanged;
    check.explanation = matches ? LocalisedText{"Hợp lệ.", "Valid."} : LocalisedText{"Đã sửa.", "Changed."};
    check.signer_fingerprint = "5eed000000000000000000000000000000000000000000000000000000000001";
    check.signer_subject = "CN=Test signer 5eed0000";
    return check;
}

const CommonPasswords& TestCommonPasswords() {
    static const text::IcuTextRules text;
    static const CommonPasswords common = app::LoadCommonPasswords(text);
    return common;
}

Actor AddFirstOfficer(TestDatabase& db) {
    const FixedClock clock{CalendarDate::FromYmd(2026, 6, 15)};
    UserService users(db.Store(), db.Text(), TestHasher(), clock, TestCommonPasswords());
    const User admin = users.CreateFirstAdmin({"admin.hoa", "Vũ Thị Hoa", Role::Admin, kTestPassword});
    const User officer = users.Add({"officer.an", "Nguyễn Văn An", Role::Officer, kTestPassword},
                                   Actor{admin.name, admin.role, admin.id});
    return Actor{officer.name, officer.role, officer.id};
}

Scenario::Scenario(TestDatabase& database) : db(database) {
    auto users = Users();
    const auto make_actor = [](const User& user) { return Actor{user.name, user.role, user.id}; };
    admin = make_actor(users.CreateFirstAdmin({"admin.hoa", "Vũ Thị Hoa", Role::Admin, kTestPassword}));
    ConfigureOnePersonRule(db.Store(), clock, admin);
    officer = make_actor(users.Add({"officer.an", "Nguyễn Văn An", Role::Officer, kTestPassword}, admin));
    reviewer = make_actor(users.Add({"officer.chi", "Lê Thị Chi", Role::Officer, kTestPassword}, admin));
    approver = make_actor(users.Add({"leader.binh", "Trần Văn Bình", Role::Approver, kTestPassword}, admin));
    viewer = make_actor(users.Add({"viewer.dung", "Phạm Dũng", Role::Viewer, kTestPassword}, admin));
    users.BindCertificate(approver.user_name, signer.CertificateFingerprint(), signer.CertificateSubject(),
                          admin);

    programme = Programmes().Create(
        {0, "KH-DMST-2026-2030", "Chương trình hỗ trợ đổi mới sáng tạo", 2026, 2030}, officer);
    BudgetEnvelope envelope;
    envelope.programme_id = programme.id;
    envelope.year = 2026;
    envelope.content = SupportContent::TestingCertification;
    envelope.amount = Money::Dong(1'000'000'000);
    testing_envelope = Programmes().AddEnvelope(envelope, officer);
    SupportCap cap;
    cap.programme_id = programme.id;
    cap.content = SupportContent::TestingCertification;
    cap.max_state_share_percent = 70;
    cap.ceiling_per_contract = Money::Dong(500'000'000);
    cap.ceiling_per_enterprise_year = Money::Dong(600'000'000);
    cap.max_vouchers_per_enterprise_year = 2;
    Programmes().SetCap(cap, officer);
    parent = Enterprises().Register(Make("0101248141", "Công ty Cổ phần Thủy sản Nha Trang"), officer);
    branch = Enterprises().Register(
        Make("0101248141-001", "Chi nhánh Cam Ranh - Công ty Cổ phần Thủy sản Nha Trang"), officer);
    other = Enterprises().Register(Make("0300588569", "Hợp tác xã Nông nghiệp Diên Khánh"), officer);
}

Application Scenario::Draft(const Enterprise& enterprise, long long requested, long long co_funding) {
    Application draft;
    draft.enterprise_id = enterprise.id;
    draft.programme_id = programme.id;
    draft.year = 2026;
    draft.content = SupportContent::TestingCertification;
    draft.title = "Chứng nhận HACCP cho dây chuyền chế biến cá ngừ";
    draft.requested_amount = Money::Dong(requested);
    draft.co_funding_amount = Money::Dong(co_funding);
    return Applications().Create(draft, officer);
}

Application Scenario::Recommended(const Enterprise& enterprise, long long requested, long long co_funding) {
    auto service = Applications();
    const auto draft = Draft(enterprise, requested, co_funding);
    service.Move(draft.id, ApplicationState::Submitted, officer, "");
    service.Move(draft.id, ApplicationState::UnderReview, officer, "");
    return service.Move(draft.id, ApplicationState::Recommended, officer, "Hội đồng đề nghị hỗ trợ");
}

DecisionOutcome Scenario::Approve(ApplicationId id, long long amount, const std::string& number) {
    Decision decision;
    decision.number = number;
    decision.date = CalendarDate::FromYmd(2026, 6, 20);
    decision.kind = DecisionKind::Approval;
    decision.items = {{id, Money::Dong(amount)}};
    decision.signer_name = "Phó Giám đốc Trần Văn Bình";
    return Issue(decision);
}

DecisionOutcome Scenario::Issue(Decision decision) {
    auto decisions = Decisions();
    const auto drafted = decisions.Draft(std::move(decision), officer);
    auto signed_outcome = decisions.Sign(drafted.decision.id, signer, verifier, approver);
    signed_outcome.warnings = drafted.warnings;
    return signed_outcome;
}

}  // namespace innodesk::testing
