// Every service operation × every role: the service itself refuses a role that may not act,
// says who, what and which roles may, and writes the refusal to the audit trail; a role that
// may act is never refused for its role. The table below is the permission policy as written
// in domain/role.h and docs/SIGNATURES.md, independent of the services' own lists.
#include "app/database_backup.h"
#include "domain/audit_service.h"
#include "domain/enterprise_import.h"
#include "domain/ip_service.h"
#include "domain/issue_service.h"
#include "domain/outcome_service.h"
#include "domain/reporting_duty_service.h"
#include "domain/review_service.h"
#include "domain/target_service.h"
#include "domain/training_service.h"
#include "domain/trust_service.h"
#include "domain/work_item_service.h"
#include "scenario.h"
#include "signing/sha256.h"

#include <catch2/catch.hpp>

#include <functional>
#include <set>

using namespace innodesk;
using namespace innodesk::domain;

namespace {

struct Operation {
    const char* name;  // as the refusal names it ("may not <name>")
    std::set<Role> allowed;
    std::function<void(testing::Scenario&, const Actor&)> call;
};

const std::set<Role> kOfficer{Role::Officer};
const std::set<Role> kApprover{Role::Approver};
const std::set<Role> kAdmin{Role::Admin};

Enterprise NewEnterprise() {
    Enterprise e;
    e.tax_code = TaxCode::Parse("0100109106");
    e.name = "Công ty Cổ phần Thử Quyền";
    e.province = "Khánh Hòa";
    return e;
}

// Ids that exist in the Scenario (application 1 is made by the test before the table runs).
constexpr ApplicationId kApplication = 1;

std::vector<Operation> Operations() {
    using S = testing::Scenario;
    return {
        {"register enterprises", kOfficer,
         [](S& s, const Actor& a) { s.Enterprises().Register(NewEnterprise(), a); }},
        {"edit enterprises", kOfficer, [](S& s, const Actor& a) { s.Enterprises().Update(s.other, a); }},
        {"rebuild the search index",
         {Role::Admin, Role::Officer},
         [](S& s, const Actor& a) { s.Enterprises().RebuildSearchIndex(a); }},
        {"import enterprises", kOfficer,
         [](S& s, const Actor& a) {
             EnterpriseImport(s.db.Store(), s.db.Text())
                 .Run(Table{{"Mã số thuế", "Tên doanh nghiệp", "Tỉnh"},
                            {{2, {"0100109106", "Công ty A", "Khánh Hòa"}}}},
                      a);
         }},
        {"create programmes", kOfficer,
         [](S& s, const Actor& a) {
             s.Programmes().Create({0, "KH-QUYEN", "Chương trình thử quyền", 2026, 2027}, a);
         }},
        {"add budget envelopes", kOfficer,
         [](S& s, const Actor& a) {
             BudgetEnvelope envelope = s.testing_envelope;
             envelope.id = 0;
             envelope.year = 2027;
             s.Programmes().AddEnvelope(envelope, a);
         }},
        {"set support caps", kOfficer,
         [](S& s, const Actor& a) {
             SupportCap cap;
             cap.programme_id = s.programme.id;
             cap.content = SupportContent::Consulting;
             s.Programmes().SetCap(cap, a);
         }},
        {"create applications", kOfficer,
         [](S& s, const Actor& a) {
             Application draft;
             draft.enterprise_id = s.other.id;
             draft.programme_id = s.programme.id;
             draft.year = 2026;
             draft.content = SupportContent::TestingCertification;
             draft.title = "Chứng nhận ISO 22000";
             draft.requested_amount = Money::Dong(100'000'000);
             draft.co_funding_amount = Money::Dong(50'000'000);
             s.Applications().Create(draft, a);
         }},
        {"move applications through their lifecycle", kOfficer,
         [](S& s, const Actor& a) {
             s.Applications().Move(kApplication, ApplicationState::Submitted, a, "");
         }},
        {"record contracts", kOfficer,
         [](S& s, const Actor& a) { s.Applications().Contract(kApplication, "HĐ-01/2026", a); }},
        {"draft decisions", kOfficer,
         [](S& s, const Actor& a) {
             VariationDraft variation;
             variation.application_id = kApplication;
             variation.new_amount = Money::Dong(1'000'000);
             variation.reason = "Điều chỉnh";
             variation.number = "98/QĐ-SKHCN";
             variation.date = CalendarDate::FromYmd(2026, 7, 1);
             s.Decisions().DraftVariation(variation, a);
         }},
        {"record disbursements", kOfficer,
         [](S& s, const Actor& a) {
             s.Applications().Disburse(kApplication, Money::Dong(1'000'000),
                                       CalendarDate::FromYmd(2026, 7, 1), "UNC-1", a, s.verifier);
         }},
        {"draft decisions", kOfficer,
         [](S& s, const Actor& a) {
             Decision decision;
             decision.kind = DecisionKind::Approval;
             decision.number = "99/QĐ-SKHCN";
             decision.date = CalendarDate::FromYmd(2026, 6, 20);
             decision.signer_name = "Giám đốc";
             decision.items.push_back({kApplication, Money::Dong(1'000'000)});
             s.Decisions().Draft(decision, a);
         }},
        {"discard draft decisions", kOfficer, [](S& s, const Actor& a) { s.Decisions().Discard(1, a); }},
        {"sign decisions", kApprover, [](S& s, const Actor& a) { s.Decisions().RequireCanSign(1, a); }},
        {"sign decisions", kApprover,
         [](S& s, const Actor& a) { s.Decisions().Sign(1, s.signer, s.verifier, a); }},
        {"review applications", kOfficer,
         [](S& s, const Actor& a) {
             ReviewService(s.db.Store(), s.db.Text(), s.clock).Declare(kApplication, a, false, "");
         }},
        {"assign reviewers", kOfficer,
         [](S& s, const Actor& a) {
             ReviewService(s.db.Store(), s.db.Text(), s.clock).Assign(kApplication, {s.officer.user_name}, a);
         }},
        {"assign reviewers", kOfficer,
         [](S& s, const Actor& a) {
             ReviewService(s.db.Store(), s.db.Text(), s.clock)
                 .SetReviewers(kApplication, {s.officer.user_name}, a);
         }},
        {"withdraw reviewers", kOfficer,
         [](S& s, const Actor& a) {
             ReviewService(s.db.Store(), s.db.Text(), s.clock).Unassign(kApplication, s.officer.user_name, a);
         }},
        {"score applications", kOfficer,
         [](S& s, const Actor& a) {
             ReviewService(s.db.Store(), s.db.Text(), s.clock).Score(kApplication, a, {}, "");
         }},
        {"register service providers", kOfficer,
         [](S& s, const Actor& a) {
             ServiceProvider provider;
             provider.name = "Trung tâm Kỹ thuật Tiêu chuẩn";
             provider.tax_code = TaxCode::Parse("0300588569");
             provider.contents = {SupportContent::TestingCertification};
             s.Vouchers().RegisterProvider(provider, a);
         }},
        {"issue vouchers", kOfficer,
         [](S& s, const Actor& a) {
             VoucherRequest request;
             request.enterprise_id = s.other.id;
             request.programme_id = s.programme.id;
             request.year = 2026;
             request.content = SupportContent::TestingCertification;
             request.face_value = Money::Dong(10'000'000);
             request.state_share = Money::Dong(5'000'000);
             request.issued_on = CalendarDate::FromYmd(2026, 6, 15);
             request.valid_until = CalendarDate::FromYmd(2026, 12, 31);
             s.Vouchers().Issue(request, a);
         }},
        {"redeem vouchers", kOfficer,
         [](S& s, const Actor& a) {
             s.Vouchers().Redeem(
                 1, {1, "HĐ-0001", CalendarDate::FromYmd(2026, 7, 1), Money::Dong(10'000'000)}, a);
         }},
        {"reimburse vouchers", kOfficer,
         [](S& s, const Actor& a) {
             s.Vouchers().Reimburse(1, Money::Dong(5'000'000), CalendarDate::FromYmd(2026, 7, 2), a);
         }},
        {"cancel vouchers", kOfficer,
         [](S& s, const Actor& a) { s.Vouchers().Cancel(1, CancelReason::IssuedInError, "Cấp nhầm", a); }},
        {"expire vouchers", kOfficer,
         [](S& s, const Actor& a) { s.Vouchers().ExpireDue(CalendarDate::FromYmd(2026, 6, 15), a); }},
        {"record IP filings", kOfficer,
         [](S& s, const Actor& a) { IpService(s.db.Store(), s.db.Text(), s.clock).Add(IpFiling{}, a); }},
        {"update IP filings", kOfficer,
         [](S& s, const Actor& a) {
             IpService(s.db.Store(), s.db.Text(), s.clock)
                 .UpdateStatus(
                     1, {IpStatus::FormalityAccepted, CalendarDate::FromYmd(2026, 7, 1), {}, "", {}}, a);
         }},
        {"update IP filings", kOfficer,
         [](S& s, const Actor& a) {
             IpService(s.db.Store(), s.db.Text(), s.clock).SetExploited(1, true, a);
         }},
        {"record enterprise outcomes", kOfficer,
         [](S& s, const Actor& a) {
             OutcomeService(s.db.Store(), s.db.Text(), s.clock).Add(EnterpriseOutcome{}, a);
         }},
        {"add training events", kOfficer,
         [](S& s, const Actor& a) {
             TrainingService(s.db.Store(), s.db.Text()).AddEvent(TrainingEvent{}, a);
         }},
        {"record attendance", kOfficer,
         [](S& s, const Actor& a) {
             TrainingService(s.db.Store(), s.db.Text()).AddAttendance(1, {"Nguyễn Văn A", "", ""}, a);
         }},
        {"import attendance", kOfficer,
         [](S& s, const Actor& a) {
             TrainingService(s.db.Store(), s.db.Text()).ImportAttendance(1, Table{{"Họ và tên"}, {}}, a);
         }},
        {"issue decisions",
         {Role::Clerk},
         [](S& s, const Actor& a) {
             IssueService(s.db.Store(), s.db.Text(), s.clock)
                 .Issue({1, "", s.clock.Today()}, s.signer, s.verifier, a);
         }},
        {"change the trust store", kAdmin,
         [](S& s, const Actor& a) { TrustService(s.db.Store(), s.clock).Add(TrustItem{}, a); }},
        {"change the trust store", kAdmin,
         [](S& s, const Actor& a) { TrustService(s.db.Store(), s.clock).Remove(999, a); }},
        {"change settings", kAdmin,
         [](S& s, const Actor& a) {
             TrustService(s.db.Store(), s.clock)
                 .SetSetting(kSettingPkcs11Module, "/usr/lib/softhsm/libsofthsm2.so", a);
         }},
        {"add users", kAdmin,
         [](S& s, const Actor& a) {
             s.Users().Add({"nguoi.moi", "Người Mới", Role::Viewer, testing::kTestPassword}, a);
         }},
        {"list users",
         {Role::Officer, Role::Approver, Role::Admin, Role::Viewer, Role::Clerk},
         [](S& s, const Actor& a) { s.Users().List(a); }},
        {"disable or enable users", kAdmin,
         [](S& s, const Actor& a) { s.Users().SetDisabled("khong.co", true, a); }},
        {"change users' roles", kAdmin,
         [](S& s, const Actor& a) { s.Users().SetRole("khong.co", Role::Viewer, a); }},
        {"set another user's password", kAdmin,
         [](S& s, const Actor& a) { s.Users().SetPassword("khong.co", "một mật khẩu mới đủ dài 2026", a); }},
        {"unlock users' sign-in", kAdmin, [](S& s, const Actor& a) { s.Users().Unlock("khong.co", a); }},
        {"see locked accounts", kAdmin, [](S& s, const Actor& a) { s.Users().LockedUntil("khong.co", a); }},
        {"enrol users' certificates", kAdmin,
         [](S& s, const Actor& a) {
             s.Users().BindCertificate("khong.co", std::string(64, 'a'), "CN=X", a);
         }},
        {"import plans",
         {Role::Officer, Role::Admin},
         [](S& s, const Actor& a) { TargetService(s.db.Store(), s.clock).Import(Plan{}, a); }},
        {"enter indicator values",
         {Role::Officer, Role::Admin},
         [](S& s, const Actor& a) {
             TargetService(s.db.Store(), s.clock)
                 .SetIndicator("KH-2026", "T1", 3, "Báo cáo", CalendarDate::FromYmd(2026, 6, 15), a);
         }},
        {"adopt review rubrics",
         {Role::Officer, Role::Admin},
         [](S& s, const Actor& a) {
             TargetService(s.db.Store(), s.clock).AdoptRubric("KH-2026", s.programme.code, a);
         }},
        {"record work item progress",
         {Role::Officer, Role::Admin},
         [](S& s, const Actor& a) {
             WorkItemService(s.db.Store(), s.clock)
                 .Record("KH-2026", "A01", WorkItemStatus::InProgress, CalendarDate::FromYmd(2026, 6, 15), "",
                         {}, a);
         }},
        {"record report receipts",
         {Role::Officer, Role::Admin},
         [](S& s, const Actor& a) {
             ReportingDutyService(s.db.Store(), s.clock)
                 .Receive("KH-2026", "R01", "2026-Q1", CalendarDate::FromYmd(2026, 6, 15), "01/BC", a);
         }},
        // The copy holds every record and password hash (PostgreSQL refuses it for its backend).
        {"back up the database",
         {Role::Officer, Role::Admin},
         [](S& s, const Actor& a) {
             app::BackupDatabase(s.db.Store(), a, s.clock, s.db.Folder() / "bản sao.db");
         }},
        {"sign audit checkpoints",
         {Role::Admin, Role::Approver},
         [](S& s, const Actor& a) {
             AuditService(s.db.Store(), signing::Sha256Hex, s.clock).RequireCanCheckpoint(a);
         }},
    };
}

std::int64_t AuditCount(testing::TestDatabase& db) {
    std::int64_t count = 0;
    db.Store().Session() << "SELECT COUNT(*) FROM audit_entry", soci::into(count);
    return count;
}

}  // namespace

TEST_CASE("Every service operation refuses every role that may not do it, in the service, audited",
          "[reliability][permissions]") {
    testing::TestDatabase db;
    testing::Scenario scenario(db);
    const auto application = scenario.Draft(scenario.other, 100'000'000, 50'000'000);
    REQUIRE(application.id == kApplication);
    const User clerk_user = scenario.Users().Add(
        {"vanthu.dung", "Hoàng Thị Dung", Role::Clerk, testing::kTestPassword}, scenario.admin);
    const Actor clerk{clerk_user.name, clerk_user.role, clerk_user.id};
    const Actor* actors[] = {&scenario.officer, &scenario.approver, &scenario.admin, &scenario.viewer,
                             &clerk};
    AuditService audit(db.Store(), signing::Sha256Hex, scenario.clock);

    int refusals = 0;
    int allowed_calls = 0;
    for (const auto& operation : Operations()) {
        for (const Actor* actor : actors) {
            INFO(operation.name << " as " << actor->user_name);
            const std::int64_t before = AuditCount(db);
            std::optional<DomainError> error;
            try {
                operation.call(scenario, *actor);
            } catch (const DomainError& e) {
                error = e;
            }
            if (operation.allowed.count(actor->role)) {
                ++allowed_calls;
                // It may fail for the record's state, never for the role.
                if (error) CHECK(error->Code() != ErrorCode::PermissionDenied);
                continue;
            }
            ++refusals;
            REQUIRE(error.has_value());
            CHECK(error->Code() == ErrorCode::PermissionDenied);
            CHECK(error->Field() == "role");
            const std::string& message = error->Message(Language::English);
            CHECK_THAT(message, Catch::Contains(actor->user_name) &&
                                    Catch::Contains(std::string("may not ") + operation.name) &&
                                    Catch::Contains("Only:"));
            CHECK_THAT(error->Message(Language::Vietnamese), Catch::Contains("không được"));
            // Exactly one new entry, the refusal, even though the operation rolled back.
            REQUIRE(AuditCount(db) == before + 1);
            const auto entry = audit.Latest(1).at(0);
            CHECK(entry.action == "permission.refused");
            CHECK(entry.actor == actor->user_name);
            CHECK(entry.entity == "permission");
            CHECK(entry.before == "null");
            CHECK_THAT(entry.after,
                       Catch::Contains(std::string("\"operation\":\"") + operation.name + "\"") &&
                           Catch::Contains("\"reason\":\"User " + actor->user_name));
        }
    }
    const auto verified = audit.Verify();
    CHECK_FALSE(verified.broken.has_value());
    // Printed for docs/RELIABILITY.md.
    WARN("permission matrix: " << Operations().size() << " operations x 4 roles: " << refusals
                               << " refusals audited, " << allowed_calls << " permitted calls");
    CHECK(refusals > 100);
}
