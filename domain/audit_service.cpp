// Audit trail use cases.
#include "audit_service.h"

#include "audit_recorder.h"
#include "enrolment.h"
#include "errors.h"

namespace innodesk::domain {
namespace {

constexpr std::size_t kPage = 5000;

std::span<const std::uint8_t> Bytes(const std::string& text) {
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

}  // namespace

std::string CheckpointPayload(const AuditCheckpoint& checkpoint) {
    return JsonValue(JsonValue::Object{{"format", kCheckpointFormat},
                                       {"entries", checkpoint.entries},
                                       {"head_hash", checkpoint.head_hash},
                                       {"made_at", checkpoint.made_at_unix},
                                       {"made_by", checkpoint.made_by}})
        .Canonical();
}

std::vector<AuditEntry> AuditService::History(const std::string& entity, std::int64_t entity_id) {
    auto tx = m_store.Begin(TransactionMode::Read);
    return tx->Audit().ForEntity(entity, entity_id);
}

std::vector<AuditEntry> AuditService::Latest(std::size_t limit) {
    auto tx = m_store.Begin(TransactionMode::Read);
    return tx->Audit().Latest(limit);
}

AuditVerification AuditService::Verify(ProgressObserver* progress) {
    AuditChainChecker checker(m_hash);
    auto tx = m_store.Begin(TransactionMode::Read);  // one snapshot for the whole walk
    std::int64_t after = 0;
    for (;;) {
        const auto page = tx->Audit().ListAfter(after, kPage);
        for (const auto& entry : page)
            if (!checker.Feed(entry)) break;
        if (checker.Break() || page.size() < kPage) break;
        after = page.back().seq;
        if (progress) {
            progress->Progress(static_cast<std::size_t>(after), 0);
            if (progress->CancelRequested())
                throw DomainError(ErrorCode::Cancelled,
                                  {"Đã dừng kiểm tra nhật ký.", "Audit check stopped."});
        }
    }
    return {checker.Count(), checker.HeadHash(), checker.Break()};
}

SignedCheckpoint AuditService::MakeCheckpoint(const DecisionSigner& signer, const SignatureVerifier& verifier,
                                              const Actor& actor) {
    RequireCanCheckpoint(actor);
    // The checkpoint's own entry comes first, inside the same transaction, so that the signed
    // head covers it: cutting the log right after a checkpoint is then caught too.
    auto tx = m_store.Begin(TransactionMode::Write);
    // The checkpoint names who made it, so it is signed with that user's enrolled certificate:
    // otherwise anyone holding a trusted key could sign a checkpoint in an administrator's name.
    const auto enrolled = tx->Users().CurrentCertificate(actor.user_id);
    if (!enrolled || enrolled->fingerprint != signer.CertificateFingerprint())
        throw DomainError(
            ErrorCode::SignatureRefused,
            {"Chứng thư số trên thiết bị/tệp (" + signer.CertificateSubject() +
                 ") không phải chứng thư đã đăng ký cho " + actor.user_name +
                 (enrolled ? " (" + enrolled->subject + ")" : std::string(" (chưa đăng ký chứng thư nào)")) +
                 ". Quản trị viên đăng ký bằng lệnh 'user bind-cert'.",
             "The certificate on the token or file (" + signer.CertificateSubject() +
                 ") is not the one enrolled for " + actor.user_name +
                 (enrolled ? " (" + enrolled->subject + ")" : std::string(" (none is enrolled)")) +
                 ". An administrator enrols one with 'user bind-cert'."},
            "certificate");
    RecordChange(*tx, m_clock, actor, "audit.checkpoint", "audit", 0, nullptr,
                 JsonValue::Object{{"signer", signer.CertificateSubject()},
                                   {"certificate_sha256", signer.CertificateFingerprint()}});
    const AuditVerification verified = Verify();
    if (verified.broken)
        throw DomainError(
            ErrorCode::DatabaseDamaged,
            {"Không ký điểm kiểm tra vì nhật ký đã bị sửa: " + verified.broken->explanation.vi,
             "No checkpoint signed because the log was tampered with: " + verified.broken->explanation.en});
    SignedCheckpoint result;
    result.checkpoint = {verified.entries, verified.head_hash, m_clock.NowUnixSeconds(), actor.user_name};
    result.payload = CheckpointPayload(result.checkpoint);
    result.signature_der = signer.Sign(Bytes(result.payload));
    const SignatureCheck check = verifier.Verify(result.signature_der, Bytes(result.payload));
    if (check.verdict != SignatureVerdict::Valid)
        throw DomainError(ErrorCode::SignatureRefused,
                          {"Chữ ký điểm kiểm tra không được công nhận (" + ReasonCode(check.reason) +
                               "): " + check.explanation.vi,
                           "The checkpoint signature is not accepted (" + ReasonCode(check.reason) +
                               "): " + check.explanation.en});
    tx->Commit();
    return result;
}

void AuditService::RequireCanCheckpoint(const Actor& actor) const {
    RequireRole(m_store, actor, {Role::Admin, Role::Approver}, "ký điểm kiểm tra nhật ký",
                "sign audit checkpoints");
}

CheckpointCheck AuditService::CheckCheckpoint(const AuditCheckpoint& checkpoint, const std::string& payload,
                                              std::span<const std::uint8_t> signature_der,
                                              const SignatureVerifier& verifier,
                                              const AuditVerification& verified) {
    CheckpointCheck result;
    result.signature = verifier.Verify(signature_der, Bytes(payload));
    const std::string n = std::to_string(checkpoint.entries);
    if (result.signature.verdict != SignatureVerdict::Valid) {
        result.explanation = {"Chữ ký của điểm kiểm tra không hợp lệ: " + result.signature.explanation.vi,
                              "The checkpoint's signature is not valid: " + result.signature.explanation.en};
        return result;
    }
    if (CheckpointPayload(checkpoint) != payload) {
        result.explanation = {"Tệp điểm kiểm tra không ở dạng chuẩn của InnoDesk.",
                              "The checkpoint file is not in InnoDesk's canonical form."};
        return result;
    }
    if (verified.entries < checkpoint.entries) {
        result.explanation = {
            "Điểm kiểm tra có " + n + " mục nhưng nhật ký chỉ còn " + std::to_string(verified.entries) +
                " mục nối đúng: có mục đã bị xóa hoặc sửa.",
            "The checkpoint covers " + n + " entries but only " + std::to_string(verified.entries) +
                " entries of the log chain correctly: entries were deleted or edited."};
        return result;
    }
    std::optional<AuditEntry> entry;
    if (checkpoint.entries > 0) {
        auto tx = m_store.Begin(TransactionMode::Read);
        entry = tx->Audit().FindBySeq(checkpoint.entries);
    }
    const std::string head = entry ? entry->hash : std::string(kAuditGenesisHash);
    if (head != checkpoint.head_hash) {
        result.explanation = {
            "Mục " + n + " của nhật ký không còn là mục đã ký trong điểm kiểm tra: nhật ký đã bị viết lại.",
            "Entry " + n +
                " of the log is no longer the one signed in the checkpoint: the log was "
                "rewritten."};
        return result;
    }
    // Whoever signed must be the user the checkpoint names: their certificate enrolled when it was
    // made, and the checkpoint's own entry (the last it covers) made by them with that certificate.
    const std::string& made_by = checkpoint.made_by;
    bool enrolled = false;
    {
        auto tx = m_store.Begin(TransactionMode::Read);
        enrolled = WasEnrolled(*tx, made_by, result.signature.signer_fingerprint, checkpoint.made_at_unix);
    }
    const bool recorded = entry && entry->action == "audit.checkpoint" && entry->actor == made_by &&
                          entry->after.find("\"certificate_sha256\":\"" +
                                            result.signature.signer_fingerprint + "\"") != std::string::npos;
    if (!enrolled || !recorded) {
        result.explanation = {
            "Điểm kiểm tra ghi người lập là " + made_by + " nhưng được ký bằng chứng thư (" +
                result.signature.signer_subject + ") không phải chứng thư đã đăng ký cho " + made_by +
                " lúc lập, hoặc nhật ký không ghi " + made_by + " đã lập nó.",
            "The checkpoint says " + made_by + " made it, but it was signed with a certificate (" +
                result.signature.signer_subject + ") that was not the one enrolled for " + made_by +
                " at the time, or the log does not record " + made_by + " making it."};
        return result;
    }
    result.extends = true;
    result.explanation = {"Nhật ký vẫn chứa nguyên vẹn " + n + " mục của điểm kiểm tra (ký bởi " +
                              result.signature.signer_subject + ").",
                          "The log still holds the checkpoint's " + n + " entries unchanged (signed by " +
                              result.signature.signer_subject + ")."};
    return result;
}

}  // namespace innodesk::domain
