// The service tests' common set-up.
#include "scenario.h"

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

Scenario::Scenario(TestDatabase& database) : db(database) {
    programme = Programmes().Create({0, "KH-DMST-2026-2030", "Chương trình hỗ trợ đổi mới sáng tạo", 2026, 2030});
    BudgetEnvelope envelope;
    envelope.programme_id = programme.id;
    envelope.year = 2026;
    envelope.content = SupportContent::TestingCertification;
    envelope.amount = Money::Dong(1'000'000'000);
    testing_envelope = Programmes().AddEnvelope(envelope);
    SupportCap cap;
    cap.programme_id = programme.id;
    cap.content = SupportContent::TestingCertification;
    cap.max_state_share_percent = 70;
    cap.ceiling_per_contract = Money::Dong(500'000'000);
    cap.ceiling_per_enterprise_year = Money::Dong(600'000'000);
    cap.max_vouchers_per_enterprise_year = 2;
    Programmes().SetCap(cap);
    parent = Enterprises().Register(Make("0101248141", "Công ty Cổ phần Thủy sản Nha Trang"));
    branch = Enterprises().Register(Make("0101248141-001", "Chi nhánh Cam Ranh - Công ty Cổ phần Thủy sản Nha Trang"));
    other = Enterprises().Register(Make("0300588569", "Hợp tác xã Nông nghiệp Diên Khánh"));
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
    return Applications().Decide(decision, Actor{"leader.binh"});
}

}  // namespace innodesk::testing
