// Decision use cases.
#include "decision_service.h"

#include "audit_recorder.h"
#include "audit_views.h"
#include "enrolment.h"
#include "errors.h"
#include "issue_repository.h"
#include "issue_service.h"
#include "record_lookup.h"
#include "sha256.h"

#include <array>

namespace innodesk::domain {
namespace {

Decision RequireDecision(Transaction& tx, DecisionId id) {
    if (auto decision = tx.Decisions().FindById(id)) return *decision;
    throw DomainError(ErrorCode::NotFound,
                      {"Không có quyết định id " + std::to_string(id) + ".",
                       "There is no decision with id " + std::to_string(id) + "."},
                      "decision");
}

// An acceptance decision's task and the evaluation it issues, as stored now.
std::optional<DecisionPayloadTask> PayloadTask(Transaction& tx, const Decision& decision) {
    if (decision.kind != DecisionKind::TaskAcceptance || !decision.task_id) return std::nullopt;
    const auto task = tx.Tasks().FindById(*decision.task_id);
    if (!task || !task->acceptance)
        throw DomainError(
            ErrorCode::NotFound,
            {"Quyết định " + decision.number + " nêu nhiệm vụ id " + std::to_string(*decision.task_id) +
                 " nhưng nhiệm vụ đó không có hoặc chưa có kết quả nghiệm thu.",
             "Decision " + decision.number + " names task id " + std::to_string(*decision.task_id) +
                 ", which does not exist or has no acceptance evaluation."},
            "task_id");
    std::string lead;
    if (task->lead_enterprise_id)
        lead = RequireEnterprise(tx, *task->lead_enterprise_id).tax_code.Value();
    else if (task->lead_organisation_id)
        if (const auto organisation = tx.Organisations().FindById(*task->lead_organisation_id))
            lead = organisation->name;
    return DecisionPayloadTask{task->code,
                               task->title,
                               std::string(EntryOf(TaskLevels(), task->level).code),
                               std::string(EntryOf(AwardModes(), task->award_mode).code),
                               lead,
                               task->principal_investigator,
                               task->contract_number,
                               task->state_budget,
                               task->acceptance->council,
                               task->acceptance->held_on,
                               std::string(EntryOf(AcceptanceResults(), task->acceptance->result).code),
                               task->acceptance->minutes_number};
}

std::string BuildPayload(Transaction& tx, const Decision& decision, const DecisionPayloadSigner& signer) {
    std::vector<DecisionPayloadItem> items;
    for (const auto& item : decision.items) {
        const Application application = RequireApplication(tx, item.application_id);
        const Enterprise enterprise = RequireEnterprise(tx, application.enterprise_id);
        const Programme programme = RequireProgramme(tx, application.programme_id);
        items.push_back({application.id, enterprise.tax_code.Value(), programme.code, application.year,
                         application.content, application.title, item.approved_amount});
    }
    std::optional<std::string> supersedes_number;
    if (decision.supersedes) supersedes_number = RequireDecision(tx, *decision.supersedes).number;
    return DecisionPayload(decision, std::move(items), supersedes_number, signer, PayloadTask(tx, decision));
}

std::span<const std::uint8_t> Bytes(const std::string& text) {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

VerificationStatus StatusOf(SignatureVerdict verdict) {
    switch (verdict) {
        case SignatureVerdict::Valid:
            return VerificationStatus::Valid;
        case SignatureVerdict::Indeterminate:
            return VerificationStatus::Indeterminate;
        case SignatureVerdict::Invalid:
            return VerificationStatus::Invalid;
    }
    return VerificationStatus::Invalid;
}

constexpr std::array<EnumEntry<VerificationStatus>, 5> kVerificationStatuses{{
    {VerificationStatus::Valid, "valid", "hợp lệ", "valid"},
    {VerificationStatus::Indeterminate, "indeterminate", "chưa xác định được", "indeterminate"},
    {VerificationStatus::Invalid, "invalid", "không hợp lệ", "invalid"},
    {VerificationStatus::Draft, "draft", "dự thảo, chưa ký", "draft, not signed"},
    {VerificationStatus::Recorded, "recorded", "đã ghi nhận, không ký số", "recorded, no digital signature"},
}};

// Whether a draft's signer line names the signing approver: either text holds the other whole, by
// words, ignoring case and accents ("Phó Giám đốc Trần Văn Bình" and "Trần Văn Bình" name one
// person; "Giám đốc Trần Văn Bình" and "Phó Giám đốc Lê Thị Châu" do not). Empty names nobody.
bool NamesSamePerson(const TextRules& text, const std::string& drafted, const std::string& account) {
    const std::string a = " " + text.SearchFold(drafted) + " ";
    const std::string b = " " + text.SearchFold(account) + " ";
    return a.find(b) != std::string::npos || b.find(a) != std::string::npos;
}

}  // namespace

std::span<const EnumEntry<VerificationStatus>> VerificationStatuses() {
    return kVerificationStatuses;
}

DecisionOutcome DecisionService::Draft(Decision decision, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "soạn dự thảo quyết định", "draft decisions");
    decision = NormaliseDecision(std::move(decision), m_text);
    decision.created_at_unix = m_clock.NowUnixSeconds();
    decision.status = DecisionStatus::Draft;
    decision.drafted_by = actor.user_name;
    decision.signature.reset();
    auto tx = m_store.Begin(TransactionMode::Write);
    if (!decision.number.empty() && tx->Decisions().FindByNumber(decision.number))
        throw DomainError(ErrorCode::Duplicate,
                          {"Số quyết định " + decision.number + " đã được dùng.",
                           "Decision number " + decision.number + " is already used."},
                          "number");
    if (decision.supersedes) {
        const Decision superseded = RequireDecision(*tx, *decision.supersedes);
        if (superseded.status == DecisionStatus::Draft)
            throw DomainError(
                ErrorCode::InvalidValue,
                {"Quyết định " + superseded.number +
                     " còn là dự thảo; sửa hoặc hủy dự thảo đó thay vì thay thế nó.",
                 "Decision " + superseded.number +
                     " is still a draft; change or discard that draft instead of superseding it."},
                "supersedes");
    }
    decision.id = tx->Decisions().Insert(decision);
    DecisionOutcome outcome;
    {
        // Tried as if signed now, inside a savepoint that is always undone: a draft that could
        // not be issued is refused now rather than at the approver's desk.
        auto trial = m_store.Begin(TransactionMode::Write);
        outcome.warnings = ApplyDecision(*trial, decision, actor, decision.created_at_unix);
    }
    RecordChange(*tx, m_clock, actor, "decision.draft", "decision", decision.id, nullptr,
                 AuditView(decision));
    tx->Commit();
    outcome.decision = std::move(decision);
    return outcome;
}

void DecisionService::Discard(DecisionId id, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "hủy dự thảo quyết định", "discard draft decisions");
    auto tx = m_store.Begin(TransactionMode::Write);
    const Decision decision = RequireDecision(*tx, id);
    if (decision.status != DecisionStatus::Draft)
        throw DomainError(ErrorCode::InvalidTransition,
                          {"Quyết định " + decision.number +
                               " đã ban hành nên không thể hủy; hãy ban hành quyết định thay thế.",
                           "Decision " + decision.number +
                               " has been issued and cannot be discarded; issue a decision "
                               "that supersedes it."},
                          "status");
    tx->Decisions().DeleteDraft(id);
    RecordChange(*tx, m_clock, actor, "decision.discard", "decision", id, AuditView(decision), nullptr);
    tx->Commit();
}

DecisionOutcome DecisionService::DraftVariation(const VariationDraft& variation, const Actor& actor) {
    RequireRole(m_store, actor, {Role::Officer}, "soạn dự thảo quyết định", "draft decisions");
    const std::string reason = m_text.Clean(variation.reason, "reason");
    if (reason.empty())
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Cần ghi lý do điều chỉnh kinh phí.", "A reason for varying the amount is required."}, "reason");
    Decision decision;
    {
        auto tx = m_store.Begin(TransactionMode::Read);
        const Application application = RequireApplication(*tx, variation.application_id);
        const std::string id = std::to_string(application.id);
        if (!HoldsCommitment(application.state) || application.state == ApplicationState::Closed ||
            !application.approved_amount || !application.decision_id)
            throw DomainError(
                ErrorCode::InvalidTransition,
                {"Chỉ điều chỉnh được kinh phí của hồ sơ đã phê duyệt và chưa kết thúc (hồ sơ số " + id +
                     ").",
                 "Only the amount of an approved application that is not closed can be varied "
                 "(application " +
                     id + ")."});
        if (variation.new_amount == *application.approved_amount)
            throw DomainError(ErrorCode::InvalidValue,
                              {"Kinh phí mới bằng kinh phí đang được phê duyệt (" +
                                   application.approved_amount->Format() + "); không có gì để điều chỉnh.",
                               "The new amount equals the amount approved now (" +
                                   application.approved_amount->Format() + "); there is nothing to vary."},
                              "approved_amount");
        decision.supersedes = application.decision_id;
    }
    decision.number = variation.number;
    decision.date = variation.date;
    decision.kind = DecisionKind::Approval;
    decision.items = {{variation.application_id, variation.new_amount}};
    decision.conditions = reason;
    decision.legal_basis = variation.legal_basis;
    decision.signer_name = variation.signer_name;
    // Draft tries the decision as if signed now: a closed application, an amount below what was paid
    // or over the caps and the budget is refused here, before the approver sees it.
    return Draft(std::move(decision), actor);
}

SignedGrant DecisionService::GrantFor(ApplicationId id, const SignatureVerifier& verifier) {
    std::optional<Decision> governing;
    {
        auto tx = m_store.Begin(TransactionMode::Read);
        RequireApplication(*tx, id);
        // The latest issued approval that covers the application governs it: a variation supersedes
        // the approval before it, and pointing the application back at an older decision is noticed
        // below as a disagreement.
        for (const DecisionId decision_id : tx->Decisions().ForApplication(id)) {
            Decision decision = RequireDecision(*tx, decision_id);
            if (decision.status != DecisionStatus::Draft && decision.kind == DecisionKind::Approval)
                governing = std::move(decision);
        }
    }
    const std::string application = std::to_string(id);
    if (!governing)
        throw DomainError(
            ErrorCode::SignatureRefused,
            {"Hồ sơ số " + application + " không có quyết định phê duyệt đã ban hành; không ghi giải ngân.",
             "Application " + application + " has no issued approval decision; no payment is recorded."},
            "decision");
    const DecisionVerification verification = Verify(*governing, verifier);
    if (verification.Failed())
        throw DomainError(
            ErrorCode::SignatureRefused,
            {"Chữ ký của quyết định " + governing->number + " về hồ sơ số " + application +
                 " không được xác minh (" + ReasonCode(verification.reason) +
                 "): " + verification.explanation.vi + " Chỉ giải ngân theo số tiền đã được ký hợp lệ.",
             "The signature of decision " + governing->number + " on application " + application +
                 " does not verify (" + ReasonCode(verification.reason) +
                 "): " + verification.explanation.en + " Payments follow only amounts validly signed."},
            "decision");
    for (const auto& item : governing->items)
        if (item.application_id == id)
            return {governing->id, governing->number, item.approved_amount, verification.Valid()};
    throw DomainError(ErrorCode::DatabaseDamaged,
                      {"Quyết định " + governing->number + " không còn nêu hồ sơ số " + application + ".",
                       "Decision " + governing->number + " no longer names application " + application + "."},
                      "decision");
}

Decision DecisionService::Get(DecisionId id) {
    auto tx = m_store.Begin(TransactionMode::Read);
    return RequireDecision(*tx, id);
}

std::vector<Decision> DecisionService::List(const DecisionFilter& filter) {
    auto tx = m_store.Begin(TransactionMode::Read);
    return tx->Decisions().List(filter);
}

std::string DecisionService::SignedPayload(const Decision& decision) {
    if (!decision.signature)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Quyết định " + decision.number + " chưa được ký số.",
                           "Decision " + decision.number + " is not digitally signed."},
                          "status");
    auto tx = m_store.Begin(TransactionMode::Read);
    return BuildPayload(*tx, decision,
                        {decision.signature->signer_user, decision.signature->signer_fingerprint});
}

namespace {

struct Signable {
    Decision decision;
    EnrolledCertificate enrolled;
    User account;  // the approver as the account is now: its display name is printed as the signer
};

// Everything Sign checks before it has the key.
Signable CheckSignable(Transaction& tx, const TextRules& text, DecisionId id, const Actor& actor) {
    RequireRole(actor, {Role::Approver}, "ký quyết định", "sign decisions");
    // The account as it is now, not as it was when the session began: a disabled or demoted
    // approver signs nothing more.
    const auto account = tx.Users().FindById(actor.user_id);
    if (!account || account->disabled || account->role != Role::Approver)
        throw DomainError(
            ErrorCode::PermissionDenied,
            {"Tài khoản " + actor.user_name + " không còn là lãnh đạo phê duyệt đang hoạt động.",
             "The account " + actor.user_name + " is no longer an active approver."},
            "signer");
    Decision decision = RequireDecision(tx, id);
    if (decision.status != DecisionStatus::Draft)
        throw DomainError(
            ErrorCode::InvalidTransition,
            {"Quyết định " + decision.number +
                 " đã được ban hành; quyết định đã ký không bao giờ được sửa hay ký lại. Muốn thay đổi, "
                 "hãy soạn quyết định mới thay thế nó.",
             "Decision " + decision.number +
                 " has already been issued; a signed decision is never edited or signed again. To "
                 "change it, draft a new decision that supersedes it."},
            "status");
    if (decision.drafted_by == actor.user_name)
        throw DomainError(
            ErrorCode::PermissionDenied,
            {"Bạn đã soạn dự thảo quyết định này nên không được tự ký (tách bạch nhiệm vụ).",
             "You drafted this decision and so may not sign it yourself (separation of duties)."},
            "signer");
    for (const auto& item : decision.items)
        for (const auto& review : tx.Reviews().ForApplication(item.application_id))
            if (review.reviewer == actor.user_name)
                throw DomainError(ErrorCode::PermissionDenied,
                                  {"Bạn đã thẩm định hồ sơ số " + std::to_string(item.application_id) +
                                       " nên không được ký quyết định về hồ sơ đó (tách bạch nhiệm vụ).",
                                   "You reviewed application " + std::to_string(item.application_id) +
                                       " and so may not sign a decision on it (separation of duties)."},
                                  "signer");
    const auto enrolled = tx.Users().CurrentCertificate(actor.user_id);
    if (!enrolled)
        throw DomainError(ErrorCode::SignatureRefused,
                          {"Chưa có chứng thư số nào được đăng ký cho " + actor.user_name +
                               ". Quản trị viên đăng ký bằng lệnh 'user bind-cert'.",
                           "No certificate is enrolled for " + actor.user_name +
                               ". An administrator enrols one with 'user bind-cert'."},
                          "certificate");
    // The signer printed on the decision is the account's title and name, never free text: a draft
    // that names another person is refused rather than signed under their name.
    if (!decision.signer_name.empty() && !NamesSamePerson(text, decision.signer_name, account->display_name))
        throw DomainError(
            ErrorCode::SignatureRefused,
            {"Dự thảo " + decision.number + " ghi người ký là '" + decision.signer_name +
                 "', không phải bạn (" + account->display_name +
                 "). Người ký in trên quyết định lấy từ tài khoản của người ký; hãy để người được "
                 "ghi tên ký, hoặc cán bộ soạn lại dự thảo.",
             "Draft " + decision.number + " names '" + decision.signer_name + "' as its signer, not you (" +
                 account->display_name +
                 "). The signer printed on a decision comes from the signing approver's account; let "
                 "the person named sign it, or have the officer draft it again."},
            "signer_name");
    return {std::move(decision), *enrolled, *account};
}

// Where a verified signing time comes from. No timestamping authority vouches for it yet (signed PDF
// documents will carry one): it is the signer's own clock, held at signing against the audit trail.
LocalisedText SigningClockOf(std::int64_t signing_time) {
    if (signing_time == 0)
        return {"Chữ ký không ghi thời điểm ký; chứng thư được kiểm tra tại thời điểm hiện tại.",
                "The signature carries no signing time; the certificate is judged at the present moment."};
    return {
        "Thời điểm ký theo đồng hồ máy của người ký, ghi trong chữ ký; khi ký, InnoDesk đã đối chiếu nó "
        "với nhật ký (không sớm hơn bản ghi mới nhất). Chưa có dấu thời gian của tổ chức cấp dấu thời gian.",
        "The signing time is the signer's machine clock, written into the signature; at signing InnoDesk "
        "held "
        "it against the audit trail (not earlier than the latest entry). No timestamping authority vouches "
        "for it yet."};
}

// A signature's signing time is the signer's clock. One earlier than the latest entry of the audit
// trail means that clock was turned back (to sign with a certificate expired or revoked since, or to
// date the decision before something that happened): refused. A signature without a signing time
// cannot be back-dated, its certificate being judged at the moment of checking.
void RequireSigningTimeAfter(const Clock& clock, std::int64_t signing_time, const AuditEntry& latest) {
    if (signing_time == 0 || signing_time + kSigningClockToleranceSeconds >= latest.at_unix) return;
    throw DomainError(
        ErrorCode::SignatureRefused,
        {"Thời điểm ký theo đồng hồ máy ký (" + clock.FormatMoment(signing_time) +
             ") sớm hơn bản ghi nhật ký mới nhất (số " + std::to_string(latest.seq) + ", " +
             clock.FormatMoment(latest.at_unix) +
             "): đồng hồ của máy bị đặt lùi. Hãy chỉnh đồng hồ rồi ký lại; quyết định vẫn là dự thảo.",
         "The signing time by the signing machine's clock (" + clock.FormatMoment(signing_time) +
             ") is earlier than the latest audit entry (no. " + std::to_string(latest.seq) + ", " +
             clock.FormatMoment(latest.at_unix) +
             "): the machine's clock was set back. Correct the clock and sign again; the decision stays a "
             "draft."},
        "signing_time");
}

}  // namespace

void DecisionService::RequireCanSign(DecisionId id, const Actor& actor) {
    // Checked (and a refusal audited) before the transaction: CheckSignable checks it again inside.
    RequireRole(m_store, actor, {Role::Approver}, "ký quyết định", "sign decisions");
    auto tx = m_store.Begin(TransactionMode::Read);
    CheckSignable(*tx, m_text, id, actor);
}

DecisionOutcome DecisionService::Sign(DecisionId id, const DecisionSigner& signer,
                                      const SignatureVerifier& verifier, const Actor& actor) {
    return Sign(id, signer, verifier, actor, DocumentMaker());
}

DecisionOutcome DecisionService::Sign(DecisionId id, const DecisionSigner& signer,
                                      const SignatureVerifier& verifier, const Actor& actor,
                                      const DocumentMaker& approver_document) {
    const std::int64_t now = m_clock.NowUnixSeconds();
    RequireRole(m_store, actor, {Role::Approver}, "ký quyết định", "sign decisions");
    auto tx = m_store.Begin(TransactionMode::Write);
    auto [decision, enrolled, account] = CheckSignable(*tx, m_text, id, actor);
    const std::string fingerprint = signer.CertificateFingerprint();
    if (enrolled.fingerprint != fingerprint)
        throw DomainError(
            ErrorCode::SignatureRefused,
            {"Chứng thư số trên thiết bị/tệp (" + signer.CertificateSubject() +
                 ") không phải chứng thư đã đăng ký cho " + actor.user_name + " (" + enrolled.subject + ").",
             "The certificate on the token or file (" + signer.CertificateSubject() +
                 ") is not the one enrolled for " + actor.user_name + " (" + enrolled.subject + ")."},
            "certificate");

    const Decision before = decision;
    decision.signer_name = account.display_name;  // inside the signed payload
    const std::vector<AuditEntry> latest = tx->Audit().Latest(1);
    DecisionOutcome outcome;
    outcome.warnings = ApplyDecision(*tx, decision, actor, now);
    const std::string payload = BuildPayload(*tx, decision, {actor.user_name, fingerprint});
    std::vector<std::uint8_t> signature = signer.Sign(Bytes(payload));
    const SignatureCheck check = verifier.Verify(signature, Bytes(payload));
    if (check.verdict != SignatureVerdict::Valid)
        throw DomainError(ErrorCode::SignatureRefused,
                          {"Chữ ký vừa tạo không được công nhận (" + ReasonCode(check.reason) +
                               "): " + check.explanation.vi + " Quyết định vẫn là dự thảo.",
                           "The new signature is not accepted (" + ReasonCode(check.reason) +
                               "): " + check.explanation.en + " The decision stays a draft."},
                          "certificate");
    if (!latest.empty()) RequireSigningTimeAfter(m_clock, check.signing_time_unix, latest.front());
    decision.status = DecisionStatus::Signed;
    decision.signature = DecisionSignature{actor.user_name, fingerprint, signer.CertificateSubject(),
                                           std::move(signature), now};
    tx->Decisions().MarkSigned(id, decision.signer_name, *decision.signature);
    if (approver_document) {
        std::vector<std::uint8_t> pdf = approver_document(decision);
        std::string sha256 =
            Sha256Hex(std::string_view(reinterpret_cast<const char*>(pdf.data()), pdf.size()));
        IssuesOf(*tx).PutDocument({id, DocumentStage::Approver, std::move(pdf), std::move(sha256), now});
    }
    RecordChange(*tx, m_clock, actor, "decision.sign", "decision", id, AuditView(before),
                 AuditView(decision));
    tx->Commit();
    outcome.decision = std::move(decision);
    return outcome;
}

DecisionVerification DecisionService::Verify(DecisionId id, const SignatureVerifier& verifier) {
    return Verify(Get(id), verifier);
}

DecisionVerification DecisionService::Verify(const Decision& decision, const SignatureVerifier& verifier) {
    DecisionVerification result;
    result.decision = decision;
    auto tx = m_store.Begin(TransactionMode::Read);
    // The status column is not trusted alone: a decision the audit trail saw signed, or drafted
    // since InnoDesk could sign, cannot pass for an unsigned draft or an old recorded decision.
    if (decision.status != DecisionStatus::Signed) {
        for (const auto& entry : tx->Audit().ForEntity("decision", decision.id)) {
            const bool was_signed = entry.action == "decision.sign";
            const bool drafted_since_signing =
                entry.action == "decision.draft" && decision.status == DecisionStatus::Recorded;
            if (!was_signed && !drafted_since_signing) continue;
            result.status = VerificationStatus::Invalid;
            result.reason = SignatureReason::StatusChanged;
            result.explanation = {
                "Tình trạng của quyết định đã bị sửa ngoài InnoDesk: nhật ký ghi nhận nó " +
                    std::string(was_signed ? "đã được ký số" : "được soạn sau khi có ký số") + ".",
                "The decision's status was changed outside InnoDesk: the audit trail shows it " +
                    std::string(was_signed ? "was digitally signed" : "was drafted after signing existed") +
                    "."};
            return result;
        }
    }
    if (decision.status == DecisionStatus::Draft || !decision.signature) {
        const bool draft = decision.status == DecisionStatus::Draft;
        result.status = draft ? VerificationStatus::Draft : VerificationStatus::Recorded;
        result.reason = SignatureReason::Unsigned;
        result.explanation =
            draft ? LocalisedText{"Dự thảo, chưa ký.", "Draft, not signed yet."}
                  : LocalisedText{"Ban hành trước khi có ký số trong InnoDesk; không có chữ ký số.",
                                  "Issued before InnoDesk could sign; there is no digital signature."};
        return result;
    }
    const auto& stored = *decision.signature;
    std::string payload;
    try {
        payload = BuildPayload(*tx, decision, {stored.signer_user, stored.signer_fingerprint});
    } catch (const DomainError& error) {
        if (error.Code() != ErrorCode::NotFound) throw;
        // A record the decision names was deleted: what was signed can no longer be rebuilt.
        result.status = VerificationStatus::Invalid;
        result.reason = SignatureReason::ContentChanged;
        result.explanation = {"Dữ liệu đã ký bị thay đổi: " + error.Text().vi,
                              "Signed data was changed: " + error.Text().en};
        return result;
    }
    const SignatureCheck check = verifier.Verify(stored.cms_der, Bytes(payload));
    // The clerk's issue is judged on its own, over the approver's payload as rebuilt now.
    if (decision.issue) result.issue = VerifyIssue(*tx, decision, payload, verifier);
    result.status = StatusOf(check.verdict);
    result.reason = check.reason;
    result.explanation = check.explanation;
    result.signer_subject = check.signer_subject;
    result.signing_time_unix = check.signing_time_unix;
    result.signing_clock = SigningClockOf(check.signing_time_unix);
    // Whose certificate signed can be judged only when the verifier found the signer.
    if (check.verdict == SignatureVerdict::Invalid || check.signer_fingerprint.empty()) return result;
    const bool bound = check.signer_fingerprint == stored.signer_fingerprint &&
                       WasEnrolled(*tx, stored.signer_user, check.signer_fingerprint, stored.signed_at_unix);
    if (!bound) {
        result.status = VerificationStatus::Invalid;
        result.reason = SignatureReason::SignerNotBound;
        result.explanation = {
            "Người ký (" + check.signer_subject + ") không phải chứng thư số đã đăng ký cho lãnh đạo " +
                stored.signer_user + " vào thời điểm ký.",
            "The signer (" + check.signer_subject + ") is not the certificate enrolled for approver " +
                stored.signer_user + " at the signing time."};
    }
    return result;
}

}  // namespace innodesk::domain
