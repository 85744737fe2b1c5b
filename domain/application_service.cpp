// Application use cases; every one runs in a single write transaction.
#include "application_service.h"

#include "audit_recorder.h"
#include "audit_views.h"
#include "decision_service.h"
#include "errors.h"
#include "record_lookup.h"
#include "task_service.h"

namespace innodesk::domain {
namespace {

// Refuses work on a version the user no longer sees, naming who changed the record since and when
// (from the audit trail), so that the user can judge whether to reload or overwrite.
void RequireVersion(Transaction& tx, const Clock& clock, const Application& application,
                    std::optional<std::int64_t> expected) {
    if (!expected || *expected == application.version) return;
    std::string by_vi = " bởi người khác", by_en = " by someone else";
    const auto entries = tx.Audit().ForEntity("application", application.id);
    if (!entries.empty()) {
        const std::string when = clock.FormatMoment(entries.back().at_unix);
        by_vi = " bởi " + entries.back().actor + " lúc " + when;
        by_en = " by " + entries.back().actor + " at " + when;
    }
    throw DomainError(
        ErrorCode::Conflict,
        {"Hồ sơ số " + std::to_string(application.id) + " đã được thay đổi" + by_vi + " (phiên bản " +
             std::to_string(application.version) + ", bạn đang xem phiên bản " + std::to_string(*expected) +
             "). Tải lại rồi thực hiện lại; thay đổi của bạn chưa được lưu.",
         "Application " + std::to_string(application.id) + " was changed" + by_en + " (version " +
             std::to_string(application.version) + ", you saw version " + std::to_string(*expected) +
             "). Reload and try again; your change was not saved."},
        "version");
}

std::string StateLabel(ApplicationState state, Language language) {
    const auto& entry = EntryOf(ApplicationLifecycle().states, state);
    return std::string(language == Language::Vietnamese ? entry.vi : entry.en);
}

BudgetEnvelope RequireEnvelope(Transaction& tx, const Application& application) {
    const auto envelope =
        tx.Programmes().FindEnvelopeFor(application.programme_id, application.year, application.content);
    if (envelope) return *envelope;
    const auto& content = EntryOf(SupportContents(), application.content);
    throw DomainError(ErrorCode::BudgetExceeded,
                      {"Chưa có dự toán năm " + std::to_string(application.year) + " cho nội dung '" +
                           std::string(content.vi) + "'. Lập dự toán trước khi phê duyệt.",
                       "There is no " + std::to_string(application.year) + " budget envelope for '" +
                           std::string(content.en) + "'. Set one up before approving."});
}

// Checks caps and budget for committing `amount` more to the application's envelope.
// What the yearly cap and the double-funding check count together: the parent and its branches.
std::string FamilyKeyOf(Transaction& tx, const Application& application) {
    return RequireEnterprise(tx, application.enterprise_id).tax_code.FamilyKey();
}

void RequireCommitmentAllowed(Transaction& tx, const Application& application, const std::string& family_key,
                              const BudgetEnvelope& envelope, Money new_total, Money additional) {
    tx.Programmes().LockEnvelope(envelope.id);
    if (const auto cap = tx.Programmes().FindCap(application.programme_id, application.content)) {
        const Money already = tx.Applications().ApprovedForFamily(
            family_key, application.programme_id, application.year, application.content, application.id);
        RequireWithinCap(*cap, application, new_total, already);
    }
    if (additional > Money()) RequireFunds(envelope, tx.Programmes().Balance(envelope.id), additional);
}

std::vector<DoubleFundingWarning> FindDoubleFunding(Transaction& tx, const Application& application,
                                                    const std::string& family_key) {
    std::vector<DoubleFundingWarning> warnings;
    for (const auto& other :
         tx.Applications().ApprovedForFamilyList(family_key, application.year, application.content)) {
        if (other.id == application.id) continue;
        const auto& content = EntryOf(SupportContents(), application.content);
        const std::string same =
            other.enterprise_id == application.enterprise_id ? "" : " (cùng đơn vị chủ quản)";
        const std::string same_en = other.enterprise_id == application.enterprise_id ? "" : " (same parent)";
        const Money amount = other.approved_amount.value_or(Money());
        warnings.push_back(
            {other.id,
             other.enterprise_id,
             amount,
             {"Cảnh báo hỗ trợ trùng: hồ sơ số " + std::to_string(other.id) + same + " đã được duyệt " +
                  amount.Format() + " cho '" + std::string(content.vi) + "' năm " +
                  std::to_string(application.year) + ".",
              "Double-funding warning: application " + std::to_string(other.id) + same_en + " already has " +
                  amount.Format() + " approved for '" + std::string(content.en) + "' in " +
                  std::to_string(application.year) + "."}});
    }
    return warnings;
}

// What a new or edited application must meet: a registered enterprise not barred from the
// programme, and a year within the programme's period.
void RequireEligible(Transaction& tx, const Application& draft) {
    const Enterprise enterprise = RequireEnterprise(tx, draft.enterprise_id);
    const Programme programme = RequireProgramme(tx, draft.programme_id);
    if (draft.year < programme.start_year || draft.year > programme.end_year)
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Năm " + std::to_string(draft.year) + " nằm ngoài giai đoạn " +
                 std::to_string(programme.start_year) + "–" + std::to_string(programme.end_year) +
                 " của chương trình.",
             "Year " + std::to_string(draft.year) + " is outside the programme's period " +
                 std::to_string(programme.start_year) + "–" + std::to_string(programme.end_year) + "."},
            "year");
    if (tx.Vouchers().HasDisqualifyingCancellation(enterprise.tax_code.FamilyKey(), draft.programme_id))
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Doanh nghiệp " + enterprise.tax_code.Value() +
                 " (hoặc đơn vị chủ quản) từng bị hủy phiếu hỗ trợ vì sử dụng sai hoặc kê khai không trung "
                 "thực, nên không được đề nghị hỗ trợ tiếp trong chương trình này.",
             "Enterprise " + enterprise.tax_code.Value() +
                 " (or its parent) had a voucher cancelled for misuse or a false declaration and may not "
                 "apply again in this programme."},
            "enterprise_id");
}

// A variation leaves at least what was already paid, and an application closed stays as it was.
void RequireVariable(Transaction& tx, const Application& application, const Money& new_amount,
                     const std::string& decision_number) {
    const std::string id = std::to_string(application.id);
    if (application.state == ApplicationState::Closed)
        throw DomainError(
            ErrorCode::InvalidTransition,
            {"Hồ sơ số " + id + " đã kết thúc; quyết định " + decision_number +
                 " không điều chỉnh được kinh phí của nó.",
             "Application " + id + " is closed; decision " + decision_number + " cannot vary its amount."});
    const Money disbursed = tx.Applications().Disbursed(application.id);
    if (new_amount < disbursed)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Kinh phí mới " + new_amount.Format() + " của hồ sơ số " + id +
                               " nhỏ hơn số đã giải ngân " + disbursed.Format() + ".",
                           "The new amount " + new_amount.Format() + " for application " + id +
                               " is less than what was already paid, " + disbursed.Format() + "."},
                          "approved_amount");
}

// A contract is signed on or after its decision's date and not after today, and ends after it.
void RequireSigningDay(Transaction& tx, const Application& application, const CalendarDate& signed_on,
                       const std::optional<CalendarDate>& ends_on, const CalendarDate& today) {
    if (signed_on > today)
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Ngày ký hợp đồng " + signed_on.Format() + " ở sau hôm nay (" + today.Format() + ").",
             "The contract's signing date " + signed_on.Format() + " is after today (" + today.Format() +
                 ")."},
            "signed_on");
    if (application.decision_id)
        if (const auto decision = tx.Decisions().FindById(*application.decision_id);
            decision && signed_on < decision->date)
            throw DomainError(ErrorCode::InvalidValue,
                              {"Ngày ký hợp đồng " + signed_on.Format() + " ở trước ngày quyết định " +
                                   decision->number + " (" + decision->date.Format() + ").",
                               "The contract's signing date " + signed_on.Format() + " is before decision " +
                                   decision->number + " (" + decision->date.Format() + ")."},
                              "signed_on");
    if (ends_on && *ends_on <= signed_on)
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Ngày kết thúc hợp đồng " + ends_on->Format() + " phải sau ngày ký " + signed_on.Format() + ".",
             "The contract's end " + ends_on->Format() + " must come after its signing on " +
                 signed_on.Format() + "."},
            "ends_on");
}

// The working columns a payment would otherwise trust (the approved amount and the governing
// decision) must say what the signed decision says; when they do not, someone changed them outside
// InnoDesk, and the payment is refused naming both figures.
void RequireColumnsAgreeWithGrant(const Application& application, const SignedGrant& grant) {
    const Money working = application.approved_amount.value_or(Money());
    if (working == grant.amount && application.decision_id == grant.decision_id) return;
    const std::string id = std::to_string(application.id);
    throw DomainError(
        ErrorCode::DatabaseDamaged,
        {"Hồ sơ số " + id + " ghi kinh phí phê duyệt " + working.Format() + " nhưng quyết định đã ký " +
             grant.decision_number + " phê duyệt " + grant.amount.Format() +
             ". Dữ liệu đã bị sửa ngoài InnoDesk; không ghi giải ngân. Chạy 'innodesk-cli check' để đối "
             "soát.",
         "Application " + id + " records an approved amount of " + working.Format() +
             " but the signed decision " + grant.decision_number + " approved " + grant.amount.Format() +
             ". The data was changed outside InnoDesk; the payment is not recorded. Run 'innodesk-cli check' "
             "to reconcile."},
        "approved_amount");
}

}  // namespace

bool AcceptsPayments(const Application& application) {
    return application.approved_amount && (application.state == ApplicationState::Contracted ||
                                           application.state == ApplicationState::InProgress ||
                                           application.state == ApplicationState::Accepted ||
                                           application.state == ApplicationState::Monitoring);
}

Application ApplicationService::Create(Application draft, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "tạo hồ sơ đề nghị hỗ trợ", "create applications");
    draft = NormaliseApplication(std::move(draft), m_text);
    auto tx = m_store.Begin(TransactionMode::Write);
    RequireEligible(*tx, draft);
    draft.state = ApplicationState::Draft;
    draft.approved_amount.reset();
    draft.original_approved_amount.reset();
    draft.decision_id.reset();
    draft.envelope_id.reset();
    draft.id = tx->Applications().Insert(draft);
    draft.version = 1;
    tx->Applications().AppendTransition({draft.id, ApplicationState::Draft, ApplicationState::Draft,
                                         m_clock.NowUnixSeconds(), actor.user_name, "created"});
    RecordChange(*tx, m_clock, actor, "application.create", "application", draft.id, nullptr,
                 AuditView(draft));
    tx->Commit();
    return draft;
}

Application ApplicationService::Edit(Application edited, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "sửa hồ sơ đề nghị hỗ trợ", "edit applications");
    edited = NormaliseApplication(std::move(edited), m_text);
    auto tx = m_store.Begin(TransactionMode::Write);
    Application application = RequireApplication(*tx, edited.id);
    RequireVersion(*tx, m_clock, application, edited.version);
    if (application.state != ApplicationState::Draft && application.state != ApplicationState::Submitted)
        throw DomainError(
            ErrorCode::InvalidTransition,
            {"Chỉ sửa được hồ sơ ở trạng thái Nháp hoặc Đã nộp; hồ sơ số " + std::to_string(application.id) +
                 " đang ở trạng thái '" + StateLabel(application.state, Language::Vietnamese) + "'.",
             "Only a draft or submitted application can be edited; application " +
                 std::to_string(application.id) + " is '" + StateLabel(application.state, Language::English) +
                 "'."},
            "state");
    RequireEligible(*tx, edited);
    const Application before = application;
    application.enterprise_id = edited.enterprise_id;
    application.programme_id = edited.programme_id;
    application.year = edited.year;
    application.content = edited.content;
    application.title = edited.title;
    application.requested_amount = edited.requested_amount;
    application.co_funding_amount = edited.co_funding_amount;
    tx->Applications().Update(application);
    RecordChange(*tx, m_clock, actor, "application.edit", "application", application.id, AuditView(before),
                 AuditView(application));
    tx->Commit();
    application.version += 1;
    return application;
}

Application ApplicationService::UndoSubmission(ApplicationId id, const Actor& actor,
                                               std::int64_t expected_version) {
    RequireRole(m_store, actor, {Role::Officer}, "hoàn tác việc nộp hồ sơ", "undo submissions");
    auto tx = m_store.Begin(TransactionMode::Write);
    Application application = RequireApplication(*tx, id);
    RequireVersion(*tx, m_clock, application, expected_version);
    const CalendarDate today = m_clock.Today();
    if (application.state != ApplicationState::Submitted)
        throw DomainError(ErrorCode::InvalidTransition,
                          {"Hồ sơ số " + std::to_string(id) + " không ở trạng thái Đã nộp (đang '" +
                               StateLabel(application.state, Language::Vietnamese) +
                               "'), nên không hoàn tác việc nộp được.",
                           "Application " + std::to_string(id) + " is not submitted (it is '" +
                               StateLabel(application.state, Language::English) +
                               "'), so its submission cannot be undone."},
                          "state");
    // The submission's day is its receipt date (deadlines count from it); a day later the applicant
    // may rely on it, so it is then withdrawn, not undone.
    if (application.submitted_on != today)
        throw DomainError(ErrorCode::InvalidTransition,
                          {"Chỉ hoàn tác việc nộp trong ngày nộp (" +
                               (application.submitted_on ? application.submitted_on->Format() : "?") +
                               "); sau đó hãy rút hồ sơ.",
                           "A submission can be undone only on its day (" +
                               (application.submitted_on ? application.submitted_on->Format() : "?") +
                               "); after that, withdraw the application."},
                          "state");
    const Application before = application;
    application.state = ApplicationState::Draft;
    application.submitted_on.reset();
    tx->Applications().Update(application);
    tx->Applications().AppendTransition({id, ApplicationState::Submitted, ApplicationState::Draft,
                                         m_clock.NowUnixSeconds(), actor.user_name, "submission undone"});
    RecordChange(*tx, m_clock, actor, "application.unsubmit", "application", id, AuditView(before),
                 AuditView(application));
    tx->Commit();
    application.version += 1;
    return application;
}

std::vector<DomainError> ApplicationService::AmountProblems(const Application& draft) {
    std::vector<DomainError> problems;
    auto tx = m_store.Begin(TransactionMode::Read);
    if (const auto cap = tx->Programmes().FindCap(draft.programme_id, draft.content)) {
        const Money already = tx->Applications().ApprovedForFamily(
            FamilyKeyOf(*tx, draft), draft.programme_id, draft.year, draft.content, draft.id);
        try {
            RequireWithinCap(*cap, draft, draft.requested_amount, already);
        } catch (const DomainError& problem) {
            problems.push_back(problem);
        }
    }
    try {
        const BudgetEnvelope envelope = RequireEnvelope(*tx, draft);
        RequireFunds(envelope, tx->Programmes().Balance(envelope.id), draft.requested_amount);
    } catch (const DomainError& problem) {
        problems.push_back(problem);
    }
    return problems;
}

Application ApplicationService::Get(ApplicationId id) {
    auto tx = m_store.Begin(TransactionMode::Read);
    return RequireApplication(*tx, id);
}

std::vector<Application> ApplicationService::List(const ApplicationFilter& filter) {
    auto tx = m_store.Begin(TransactionMode::Read);
    return tx->Applications().List(filter);
}

std::vector<ApplicationTransition> ApplicationService::History(ApplicationId id) {
    auto tx = m_store.Begin(TransactionMode::Read);
    RequireApplication(*tx, id);
    return tx->Applications().History(id);
}

Application ApplicationService::Move(ApplicationId id, ApplicationState to, const Actor& actor,
                                     const std::string& note, std::optional<std::int64_t> expected_version) {
    RequireRole(m_store, actor, {Role::Officer}, "chuyển trạng thái hồ sơ",
                "move applications through their lifecycle");
    if (to == ApplicationState::Approved || to == ApplicationState::Refused ||
        to == ApplicationState::Contracted)
        throw DomainError(ErrorCode::InvalidTransition,
                          {"'" + StateLabel(to, Language::Vietnamese) +
                               "' chỉ được ghi qua quyết định (phê duyệt/không phê duyệt) hoặc hợp đồng.",
                           "'" + StateLabel(to, Language::English) +
                               "' is recorded only through a decision (approve/refuse) or a contract."},
                          "state");
    const std::string cleaned_note = m_text.Clean(note, "note");
    auto tx = m_store.Begin(TransactionMode::Write);
    Application application = RequireApplication(*tx, id);
    RequireVersion(*tx, m_clock, application, expected_version);
    ApplicationLifecycle().RequireMove(application.state, to);
    const Application before = application;
    const ApplicationState from = application.state;
    application.state = to;
    if (to == ApplicationState::Submitted) application.submitted_on = m_clock.Today();
    tx->Applications().Update(application);
    tx->Applications().AppendTransition(
        {id, from, to, m_clock.NowUnixSeconds(), actor.user_name, cleaned_note});
    RecordChange(*tx, m_clock, actor,
                 "application." + std::string(EntryOf(ApplicationLifecycle().states, to).code), "application",
                 id, AuditView(before), AuditView(application));
    tx->Commit();
    application.version += 1;
    return application;
}

std::vector<DoubleFundingWarning> ApplyDecision(Transaction& tx, const Decision& decision, const Actor& actor,
                                                std::int64_t at_unix) {
    std::vector<DoubleFundingWarning> warnings;
    if (decision.kind == DecisionKind::TaskAcceptance) {
        ApplyAcceptanceDecision(tx, decision.task_id.value(), decision.id, decision.number, decision.date,
                                actor, at_unix);
        return warnings;
    }
    const bool approval = decision.kind == DecisionKind::Approval;
    for (const auto& item : decision.items) {
        Application application = RequireApplication(tx, item.application_id);
        const Application before = application;
        const ApplicationState from = application.state;
        // A superseding approval of an application already approved varies its amount.
        const bool variation = approval && decision.supersedes &&
                               application.decision_id == decision.supersedes &&
                               HoldsCommitment(application.state);
        std::string family_key;  // read once per approval, for the cap and the double-funding check
        if (approval) {
            const BudgetEnvelope envelope = RequireEnvelope(tx, application);
            const Money previous = variation ? application.approved_amount.value_or(Money()) : Money();
            family_key = FamilyKeyOf(tx, application);
            RequireCommitmentAllowed(tx, application, family_key, envelope, item.approved_amount,
                                     item.approved_amount - previous);
            if (variation) RequireVariable(tx, application, item.approved_amount, decision.number);
            if (variation) {
                tx.Applications().RecordAmountChange(application.id, previous, item.approved_amount, at_unix,
                                                     actor.user_name, "decision " + decision.number);
            } else {
                ApplicationLifecycle().RequireMove(application.state, ApplicationState::Approved);
                application.state = ApplicationState::Approved;
                application.original_approved_amount = item.approved_amount;
                application.envelope_id = envelope.id;
            }
            application.approved_amount = item.approved_amount;
        } else {
            ApplicationLifecycle().RequireMove(application.state, ApplicationState::Refused);
            application.state = ApplicationState::Refused;
        }
        application.decision_id = decision.id;
        tx.Applications().Update(application);
        application.version += 1;
        if (!variation)
            tx.Applications().AppendTransition({application.id, from, application.state, at_unix,
                                                actor.user_name, "decision " + decision.number});
        RecordChangeAt(tx, at_unix, actor,
                       variation  ? "application.vary"
                       : approval ? "application.approve"
                                  : "application.refuse",
                       "application", application.id, AuditView(before), AuditView(application));
        if (approval)
            for (auto& warning : FindDoubleFunding(tx, application, family_key))
                warnings.push_back(std::move(warning));
    }
    return warnings;
}

Application ApplicationService::Contract(ApplicationId id, const std::string& contract_number,
                                         const Actor& actor, std::optional<CalendarDate> ends_on,
                                         std::optional<CalendarDate> signed_on) {
    RequireRole(m_store, actor, {Role::Officer}, "ghi hợp đồng", "record contracts");
    const std::string number = m_text.Clean(contract_number, "contract_number");
    if (number.empty())
        throw DomainError(ErrorCode::InvalidValue,
                          {"Số hợp đồng là bắt buộc.", "The contract number is required."},
                          "contract_number");
    auto tx = m_store.Begin(TransactionMode::Write);
    Application application = RequireApplication(*tx, id);
    ApplicationLifecycle().RequireMove(application.state, ApplicationState::Contracted);
    if (ends_on && (ends_on->Year() < application.year || ends_on->Year() > application.year + 10))
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Ngày kết thúc hợp đồng " + ends_on->Format() + " phải trong khoảng năm " +
                 std::to_string(application.year) + " đến " + std::to_string(application.year + 10) +
                 " (hồ sơ năm " + std::to_string(application.year) + ").",
             "The contract's end " + ends_on->Format() + " must fall in the years " +
                 std::to_string(application.year) + " to " + std::to_string(application.year + 10) +
                 " (an application of " + std::to_string(application.year) + ")."},
            "ends_on");
    if (signed_on) RequireSigningDay(*tx, application, *signed_on, ends_on, m_clock.Today());
    const Application before = application;
    application.state = ApplicationState::Contracted;
    application.contract_number = number;
    application.contract_ends_on = ends_on;
    application.contract_signed_on = signed_on;
    tx->Applications().Update(application);
    tx->Applications().AppendTransition({id, ApplicationState::Approved, ApplicationState::Contracted,
                                         m_clock.NowUnixSeconds(), actor.user_name, "contract " + number});
    RecordChange(*tx, m_clock, actor, "application.contract", "application", id, AuditView(before),
                 AuditView(application));
    tx->Commit();
    application.version += 1;
    return application;
}

std::vector<Disbursement> ApplicationService::Disbursements(ApplicationId id) {
    auto tx = m_store.Begin(TransactionMode::Read);
    RequireApplication(*tx, id);
    return tx->Applications().Disbursements(id);
}

void ApplicationService::Disburse(ApplicationId id, Money amount, const CalendarDate& paid_on,
                                  const std::string& reference, const Actor& actor,
                                  const SignatureVerifier& verifier) {
    RequireRole(m_store, actor, {Role::Officer}, "ghi giải ngân", "record disbursements");
    if (amount <= Money())
        throw DomainError(ErrorCode::InvalidValue,
                          {"Số tiền giải ngân phải lớn hơn 0.", "A disbursement must be more than 0."},
                          "amount");
    const std::string cleaned_reference = m_text.Clean(reference, "reference");
    // Verified before the write: the grant's decision is re-read and compared inside it.
    const SignedGrant grant = DecisionService(m_store, m_text, m_clock).GrantFor(id, verifier);
    auto tx = m_store.Begin(TransactionMode::Write);
    const Application application = RequireApplication(*tx, id);
    if (!AcceptsPayments(application))
        throw DomainError(ErrorCode::InvalidTransition,
                          {"Chỉ giải ngân cho hồ sơ đã ký hợp đồng (đang ở trạng thái '" +
                               StateLabel(application.state, Language::Vietnamese) + "').",
                           "Payments are made only on contracted applications (this one is '" +
                               StateLabel(application.state, Language::English) + "')."});
    RequireColumnsAgreeWithGrant(application, grant);
    const Money disbursed = tx->Applications().Disbursed(id);
    const Money remaining = grant.amount - disbursed;
    if (amount > remaining)
        throw DomainError(ErrorCode::BudgetExceeded,
                          {"Giải ngân " + amount.Format() + " vượt phần còn lại " + remaining.Format() +
                               " (quyết định " + grant.decision_number + " phê duyệt " +
                               grant.amount.Format() + ", đã giải ngân " + disbursed.Format() + ").",
                           "Paying " + amount.Format() + " exceeds the remaining " + remaining.Format() +
                               " (decision " + grant.decision_number + " approved " + grant.amount.Format() +
                               ", paid " + disbursed.Format() + ")."},
                          "amount");
    tx->Applications().InsertDisbursement(id, amount, paid_on, cleaned_reference, actor.user_name);
    RecordChange(
        *tx, m_clock, actor, "application.disburse", "application", id, nullptr,
        JsonValue::Object{
            {"amount", amount.Dong()}, {"paid_on", paid_on.Iso()}, {"reference", cleaned_reference}});
    tx->Commit();
}

std::vector<DoubleFundingWarning> ApplicationService::DoubleFundingCheck(ApplicationId id) {
    auto tx = m_store.Begin(TransactionMode::Read);
    const Application application = RequireApplication(*tx, id);
    return FindDoubleFunding(*tx, application, FamilyKeyOf(*tx, application));
}

}  // namespace innodesk::domain
