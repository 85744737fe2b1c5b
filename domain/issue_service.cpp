// The clerk's issue of signed decisions.
#include "issue_service.h"

#include "audit_recorder.h"
#include "audit_views.h"
#include "errors.h"
#include "issue_payload.h"
#include "organisation_certificate.h"
#include "sha256.h"

#include <cctype>

namespace innodesk::domain {
namespace {

std::span<const std::uint8_t> Bytes(const std::string& text) {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

std::string HexOf(const std::vector<std::uint8_t>& bytes) {
    return Sha256Hex(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

std::string DecisionSymbol(Transaction& tx) {
    if (auto symbol = tx.Settings().Get(kSettingDecisionSymbol); symbol && !symbol->empty()) return *symbol;
    if (auto report = tx.Settings().Get("report_symbol");
        report && report->rfind("BC-", 0) == 0 && report->size() > 3)
        return std::string(kDecisionRegister) + "-" + report->substr(3);
    return kDecisionRegister;
}

std::string FormatNumber(std::int64_t sequence, const std::string& symbol) {
    return (sequence < 10 ? "0" : "") + std::to_string(sequence) + "/" + symbol;
}

// "126/QĐ-SKHCN" → 126, when the number is digits, '/', and a symbol of the decisions' register.
std::optional<std::int64_t> SequenceOf(const std::string& number) {
    const auto slash = number.find('/');
    if (slash == std::string::npos || slash == 0 || slash > 9) return std::nullopt;
    std::int64_t sequence = 0;
    for (std::size_t i = 0; i < slash; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(number[i]))) return std::nullopt;
        sequence = sequence * 10 + (number[i] - '0');
    }
    const std::string symbol = number.substr(slash + 1);
    const std::string reg = kDecisionRegister;
    if (sequence <= 0 || symbol.rfind(reg, 0) != 0 ||
        (symbol.size() > reg.size() && symbol[reg.size()] != '-'))
        return std::nullopt;
    return sequence;
}

Decision RequireSigned(Transaction& tx, DecisionId id) {
    auto decision = tx.Decisions().FindById(id);
    if (!decision)
        throw DomainError(ErrorCode::NotFound,
                          {"Không có quyết định id " + std::to_string(id) + ".",
                           "There is no decision with id " + std::to_string(id) + "."},
                          "decision");
    const std::string ref = DecisionReference(*decision);
    if (decision->issue)
        throw DomainError(ErrorCode::InvalidTransition,
                          {"Quyết định " + ref + " đã được văn thư ban hành ngày " +
                               decision->issue->issued_on.Format() + "; không ban hành lại.",
                           "Decision " + ref + " was already issued by the clerk on " +
                               decision->issue->issued_on.Format() + "; it is not issued again."},
                          "decision");
    if (decision->status != DecisionStatus::Signed || !decision->signature)
        throw DomainError(
            ErrorCode::InvalidTransition,
            {"Quyết định " + ref + " chưa được lãnh đạo ký số; văn thư chỉ ban hành quyết định đã ký.",
             "Decision " + ref +
                 " has not been digitally signed by an approver; the clerk issues "
                 "only signed decisions."},
            "status");
    return *decision;
}

struct Issuable {
    Decision decision;
    std::string number;
    std::int64_t sequence = 0;
    OrganisationCertificate organisation;
};

Issuable CheckIssuable(Store& store, Transaction& tx, const TextRules& text, const Clock& clock,
                       const IssueRequest& request, const SignatureVerifier& verifier, const Actor& actor) {
    RequireRole(actor, {Role::Clerk}, "ban hành quyết định", "issue decisions");
    const auto account = tx.Users().FindById(actor.user_id);
    if (!account || account->disabled || account->role != Role::Clerk)
        throw DomainError(ErrorCode::PermissionDenied,
                          {"Tài khoản " + actor.user_name + " không còn là văn thư đang hoạt động.",
                           "The account " + actor.user_name + " is no longer an active records clerk."},
                          "clerk");
    Issuable result;
    result.decision = RequireSigned(tx, request.decision_id);
    const Decision& decision = result.decision;
    const std::string ref = DecisionReference(decision);

    // The approver's signature, valid now: the clerk seals only what an approver verifiably signed.
    const DecisionVerification verification = DecisionService(store, text, clock).Verify(decision, verifier);
    if (!verification.Valid())
        throw DomainError(
            ErrorCode::SignatureRefused,
            {"Chữ ký của lãnh đạo trên quyết định " + ref + " không được xác minh (" +
                 ReasonCode(verification.reason) + "): " + verification.explanation.vi + " Không ban hành.",
             "The approver's signature on decision " + ref + " does not verify (" +
                 ReasonCode(verification.reason) + "): " + verification.explanation.en +
                 " It is not issued."},
            "signature");

    const auto organisation = EnrolledOrganisationCertificate(tx);
    if (!organisation)
        throw DomainError(
            ErrorCode::SignatureRefused,
            {"Chưa đăng ký chứng thư số của cơ quan; văn thư không thể đóng dấu ban hành. Quản trị "
             "viên đăng ký bằng lệnh 'organisation-certificate enrol' (cần quản trị viên thứ hai "
             "xác nhận).",
             "No organisation certificate is enrolled; the clerk cannot seal the issue. An "
             "administrator enrols it with 'organisation-certificate enrol' (confirmed by a second "
             "administrator)."},
            "certificate");
    result.organisation = *organisation;
    const std::int64_t now = clock.NowUnixSeconds();
    if (now < organisation->valid_from_unix || now > organisation->valid_until_unix)
        throw DomainError(ErrorCode::SignatureRefused,
                          {"Chứng thư số của cơ quan (" + organisation->subject + ") có hiệu lực từ " +
                               clock.FormatMoment(organisation->valid_from_unix) + " đến " +
                               clock.FormatMoment(organisation->valid_until_unix) + ", không phải lúc này.",
                           "The organisation certificate (" + organisation->subject + ") is valid from " +
                               clock.FormatMoment(organisation->valid_from_unix) + " to " +
                               clock.FormatMoment(organisation->valid_until_unix) + ", not now."},
                          "certificate");

    // The date: not before the approver signed, not in the future.
    const CalendarDate signed_on = DateAt(decision.signature->signed_at_unix, *clock.Zone());
    if (request.issued_on < signed_on)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Ngày ban hành " + request.issued_on.Format() + " sớm hơn ngày lãnh đạo ký (" +
                               signed_on.Format() + ").",
                           "The issue date " + request.issued_on.Format() +
                               " is before the approver signed (" + signed_on.Format() + ")."},
                          "date");
    if (request.issued_on > clock.Today())
        throw DomainError(ErrorCode::InvalidValue,
                          {"Ngày ban hành " + request.issued_on.Format() + " ở tương lai (hôm nay là " +
                               clock.Today().Format() + ").",
                           "The issue date " + request.issued_on.Format() + " is in the future (today is " +
                               clock.Today().Format() + ")."},
                          "date");

    // The number: the clerk's, else the draft's own, else the register's next.
    const int year = request.issued_on.Year();
    std::string number = text.Clean(request.number, "number");
    if (!decision.number.empty() && !number.empty() && number != decision.number)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Dự thảo đã mang số " + decision.number +
                               " và lãnh đạo đã ký số đó; không ban hành với số " + number + ".",
                           "The draft carries number " + decision.number +
                               ", which the approver signed; it is not issued as " + number + "."},
                          "number");
    if (number.empty()) number = decision.number;
    auto& issues = IssuesOf(tx);
    if (number.empty()) {
        result.sequence = issues.LastSequence(kDecisionRegister, year) + 1;
        number = FormatNumber(result.sequence, DecisionSymbol(tx));
    } else {
        const auto sequence = SequenceOf(number);
        if (!sequence)
            throw DomainError(ErrorCode::InvalidValue,
                              {"Số '" + number + "' không đúng dạng số/ký hiệu của quyết định, ví dụ 126/" +
                                   DecisionSymbol(tx) + ".",
                               "The number '" + number + "' is not a decision's number/symbol, e.g. 126/" +
                                   DecisionSymbol(tx) + "."},
                              "number");
        result.sequence = *sequence;
    }
    const auto taken_number = issues.FindNumber(number, year);
    const auto taken_sequence = issues.FindSequence(kDecisionRegister, year, result.sequence);
    if (taken_number || taken_sequence) {
        const auto& taken = taken_number ? *taken_number : *taken_sequence;
        throw DomainError(
            ErrorCode::Duplicate,
            {"Số " + std::to_string(result.sequence) + " của sổ " + kDecisionRegister + " năm " +
                 std::to_string(year) + " đã cấp cho " + taken.number + " ngày " + taken.issued_on.Format() +
                 "; số đã cấp không bao giờ dùng lại. Số kế tiếp: " +
                 FormatNumber(issues.LastSequence(kDecisionRegister, year) + 1, DecisionSymbol(tx)) + ".",
             "Number " + std::to_string(result.sequence) + " of register " + kDecisionRegister + " in " +
                 std::to_string(year) + " was given to " + taken.number + " on " + taken.issued_on.Format() +
                 "; a number given is never reused. Next number: " +
                 FormatNumber(issues.LastSequence(kDecisionRegister, year) + 1, DecisionSymbol(tx)) + "."},
            "number");
    }
    result.number = number;
    return result;
}

}  // namespace

std::string IssueService::NextNumber(int year) {
    auto tx = m_store.Begin(TransactionMode::Read);
    return FormatNumber(IssuesOf(*tx).LastSequence(kDecisionRegister, year) + 1, DecisionSymbol(*tx));
}

std::string IssueService::Symbol() {
    auto tx = m_store.Begin(TransactionMode::Read);
    return DecisionSymbol(*tx);
}

std::string IssueService::RequireCanIssue(const IssueRequest& request, const SignatureVerifier& verifier,
                                          const Actor& actor) {
    RequireRole(m_store, actor, {Role::Clerk}, "ban hành quyết định", "issue decisions");
    auto tx = m_store.Begin(TransactionMode::Read);
    return CheckIssuable(m_store, *tx, m_text, m_clock, request, verifier, actor).number;
}

Decision IssueService::Issue(const IssueRequest& request, const DecisionSigner& organisation,
                             const SignatureVerifier& verifier, const Actor& actor,
                             const DocumentMaker& issued_document) {
    RequireRole(m_store, actor, {Role::Clerk}, "ban hành quyết định", "issue decisions");
    const std::int64_t now = m_clock.NowUnixSeconds();
    auto tx = m_store.Begin(TransactionMode::Write);
    auto issuable = CheckIssuable(m_store, *tx, m_text, m_clock, request, verifier, actor);
    Decision& decision = issuable.decision;
    const std::string fingerprint = organisation.CertificateFingerprint();
    if (fingerprint != issuable.organisation.fingerprint)
        throw DomainError(
            ErrorCode::SignatureRefused,
            {"Chứng thư số trên thiết bị/tệp (" + organisation.CertificateSubject() +
                 ") không phải chứng thư số của cơ quan đã đăng ký (" + issuable.organisation.subject +
                 "); văn thư chỉ đóng dấu ban hành bằng chứng thư số của cơ quan.",
             "The certificate on the token or file (" + organisation.CertificateSubject() +
                 ") is not the enrolled organisation certificate (" + issuable.organisation.subject +
                 "); the clerk seals an issue only with the organisation's certificate."},
            "certificate");

    const Decision before = decision;
    const std::string approver_payload = DecisionService(m_store, m_text, m_clock).SignedPayload(decision);
    const std::string payload =
        IssuePayload({approver_payload, HexOf(decision.signature->cms_der), issuable.number,
                      request.issued_on, actor.user_name, fingerprint});
    std::vector<std::uint8_t> cms = organisation.Sign(Bytes(payload));
    const SignatureCheck check = verifier.Verify(cms, Bytes(payload));
    if (check.verdict != SignatureVerdict::Valid)
        throw DomainError(ErrorCode::SignatureRefused,
                          {"Chữ ký của cơ quan vừa tạo không được công nhận (" + ReasonCode(check.reason) +
                               "): " + check.explanation.vi + " Quyết định chưa được ban hành.",
                           "The organisation's new signature is not accepted (" + ReasonCode(check.reason) +
                               "): " + check.explanation.en + " The decision is not issued."},
                          "certificate");

    const int year = request.issued_on.Year();
    auto& issues = IssuesOf(*tx);
    issues.RegisterNumber({kDecisionRegister, year, issuable.sequence, issuable.number, decision.id,
                           std::nullopt, request.issued_on, actor.user_name, now});
    decision.issue = DecisionIssue{issuable.number,
                                   request.issued_on,
                                   actor.user_name,
                                   fingerprint,
                                   organisation.CertificateSubject(),
                                   std::move(cms),
                                   now};
    issues.RecordIssue(decision.id, *decision.issue);
    if (issued_document) {
        std::vector<std::uint8_t> pdf = issued_document(decision);
        const std::string sha256 = HexOf(pdf);
        issues.PutDocument({decision.id, DocumentStage::Issued, std::move(pdf), sha256, now});
    }
    JsonValue::Object after{{"number", issuable.number},
                            {"issued_on", request.issued_on.Iso()},
                            {"clerk", actor.user_name},
                            {"organisation_certificate_sha256", fingerprint},
                            {"organisation_subject", decision.issue->organisation_subject}};
    RecordChange(*tx, m_clock, actor, "decision.issue", "decision", decision.id, AuditView(before),
                 JsonValue(std::move(after)));
    tx->Commit();
    return decision;
}

std::optional<StoredDocument> IssueService::Document(DecisionId id, DocumentStage stage) {
    auto tx = m_store.Begin(TransactionMode::Read);
    return IssuesOf(*tx).GetDocument(id, stage);
}

IssueVerification VerifyIssue(Transaction& tx, const Decision& decision, const std::string& approver_payload,
                              const SignatureVerifier& verifier) {
    IssueVerification result;
    const DecisionIssue& issue = *decision.issue;
    const std::string payload = IssuePayload(
        {approver_payload, decision.signature ? HexOf(decision.signature->cms_der) : std::string(),
         issue.number, issue.issued_on, issue.clerk_user, issue.organisation_fingerprint});
    const SignatureCheck check = verifier.Verify(issue.cms_der, Bytes(payload));
    result.status = check.verdict == SignatureVerdict::Valid           ? VerificationStatus::Valid
                    : check.verdict == SignatureVerdict::Indeterminate ? VerificationStatus::Indeterminate
                                                                       : VerificationStatus::Invalid;
    result.reason = check.reason;
    result.explanation = check.explanation;
    result.signer_subject = check.signer_subject;
    result.signing_time_unix = check.signing_time_unix;
    if (check.verdict == SignatureVerdict::Invalid || check.signer_fingerprint.empty()) return result;
    if (check.signer_fingerprint != issue.organisation_fingerprint ||
        !WasOrganisationCertificate(tx, check.signer_fingerprint, issue.issued_at_unix)) {
        result.status = VerificationStatus::Invalid;
        result.reason = SignatureReason::SignerNotBound;
        result.explanation = {"Người đóng dấu ban hành (" + check.signer_subject +
                                  ") không phải chứng thư số của cơ quan đã đăng ký vào lúc ban hành.",
                              "The issuer (" + check.signer_subject +
                                  ") is not the organisation certificate enrolled at the issue."};
        return result;
    }
    const auto registered = IssuesOf(tx).FindNumber(issue.number, issue.issued_on.Year());
    if (!registered || registered->decision_id != decision.id) {
        result.status = VerificationStatus::Invalid;
        result.reason = SignatureReason::ContentChanged;
        result.explanation = {"Sổ đăng ký số văn bản không ghi số " + issue.number + " cho quyết định này.",
                              "The number register does not record " + issue.number + " for this decision."};
    }
    return result;
}

}  // namespace innodesk::domain
