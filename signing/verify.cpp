// Verifying a detached CMS signature: structure, signature, content, chain at the signing time, key usage.
#include "signing.h"

#include "cms_split.h"
#include "openssl_support.h"
#include "trust_store_impl.h"

#include <ctime>
#include <limits>
#include <optional>

namespace innodesk::signing {

using domain::DomainError;
using domain::ErrorCode;
using domain::LocalisedText;

std::string_view VerdictName(Verdict verdict) {
    return domain::EntryOf(domain::SignatureVerdicts(), verdict).code;
}

std::string_view ReasonName(Reason reason) {
    return domain::EntryOf(domain::SignatureReasons(), reason).code;
}

namespace {

LocalisedText Explain(Reason reason) {
    switch (reason) {
        case Reason::None:
            return {"Chữ ký hợp lệ.", "The signature is valid."};
        case Reason::ContentChanged:
            return {"Nội dung đã bị thay đổi sau khi ký.", "The content was changed after it was signed."};
        case Reason::SignatureDamaged:
            return {"Chữ ký bị hỏng: giá trị chữ ký không khớp với khóa công khai của người ký.",
                    "The signature is damaged: its value does not match the signer's public key."};
        case Reason::FormatDamaged:
            return {"Tệp chữ ký bị hỏng hoặc không phải chữ ký CMS tách rời.",
                    "The signature file is damaged or is not a detached CMS signature."};
        case Reason::Expired:
            return {"Chứng thư số của người ký (hoặc của tổ chức cấp) đã hết hạn vào thời điểm ký.",
                    "The signer's certificate (or an issuer's) had expired at the signing time."};
        case Reason::NotYetValid:
            return {"Chứng thư số của người ký (hoặc của tổ chức cấp) chưa có hiệu lực vào thời điểm ký.",
                    "The signer's certificate (or an issuer's) was not yet valid at the signing time."};
        case Reason::Revoked:
            return {"Chứng thư số của người ký (hoặc của tổ chức cấp) đã bị thu hồi.",
                    "The signer's certificate (or an issuer's) has been revoked."};
        case Reason::RevocationUnknown:
            return {
                "Không xác định được tình trạng thu hồi của chứng thư số: danh sách thu hồi (CRL) bị thiếu "
                "hoặc đã hết hạn.",
                "The revocation status of the certificate is unknown: a revocation list (CRL) is missing or "
                "out of date."};
        case Reason::UntrustedChain:
            return {"Chứng thư số của người ký không được cấp bởi tổ chức chứng thực nào được tin cậy.",
                    "The signer's certificate does not chain to a trusted certificate authority."};
        case Reason::WrongKeyUsage:
            return {
                "Chứng thư số của người ký không được phép dùng để ký số (thiếu mục đích digitalSignature "
                "hoặc nonRepudiation).",
                "The signer's certificate may not be used for signing (its key usage has neither "
                "digitalSignature nor nonRepudiation)."};
        case Reason::StatusChanged:  // the decision service's own reasons: never given here
        case Reason::SignerNotBound:
        case Reason::Unsigned:
            break;
    }
    return {"Lỗi không xác định.", "Unknown error."};
}

// Invalid: the signature is wrong. Indeterminate: it may be right, but we cannot establish it
// (no trusted chain, revocation unknown).
Verdict VerdictOf(Reason reason) {
    switch (reason) {
        case Reason::None:
            return Verdict::Valid;
        case Reason::UntrustedChain:
        case Reason::RevocationUnknown:
            return Verdict::Indeterminate;
        default:
            return Verdict::Invalid;
    }
}

VerificationResult& Conclude(VerificationResult& result, Reason reason, const std::string& detail_vi = {},
                             const std::string& detail_en = {}) {
    result.reason = reason;
    result.verdict = VerdictOf(reason);
    result.explanation = Explain(reason);
    if (!detail_vi.empty()) result.explanation.vi += " " + detail_vi;
    if (!detail_en.empty()) result.explanation.en += " " + detail_en;
    return result;
}

// nullopt: no signing-time attribute. Throws nothing; a malformed attribute is reported as damage by the
// caller.
std::optional<std::int64_t> SigningTime(CMS_SignerInfo* signer_info, bool& malformed) {
    malformed = false;
    const int index = CMS_signed_get_attr_by_NID(signer_info, NID_pkcs9_signingTime, -1);
    if (index < 0) return std::nullopt;
    X509_ATTRIBUTE* attribute = CMS_signed_get_attr(signer_info, index);
    ASN1_TYPE* value = attribute ? X509_ATTRIBUTE_get0_type(attribute, 0) : nullptr;
    if (!value || (value->type != V_ASN1_UTCTIME && value->type != V_ASN1_GENERALIZEDTIME)) {
        malformed = true;
        return std::nullopt;
    }
    detail::Asn1TimePtr epoch(ASN1_TIME_set(nullptr, 0));
    int days = 0;
    int seconds = 0;
    if (!epoch || ASN1_TIME_diff(&days, &seconds, epoch.get(), value->value.asn1_string) != 1) {
        malformed = true;
        return std::nullopt;
    }
    return std::int64_t{days} * 86400 + seconds;
}

struct ParsedSignature {
    detail::CmsPtr cms;
    detail::X509StackPtr certificates;  // those the signature carries; may be null
    bool extra_bytes = false;
};

// The fast path lifts the certificates out and takes them from the cache (see cms_split.h); whatever it
// does not recognise goes through OpenSSL's own parser, which then judges the damage.
ParsedSignature ParseSignature(std::span<const std::uint8_t> der, detail::CertificateCache& cache) {
    ParsedSignature parsed;
    if (const std::optional<detail::SplitSignedData> split = detail::SplitCertificates(der)) {
        const std::vector<std::uint8_t>& rest = split->without_certificates;
        const unsigned char* cursor = rest.data();
        detail::CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &cursor, static_cast<long>(rest.size())));
        detail::X509StackPtr certificates(sk_X509_new_null());
        bool complete = cms && certificates && cursor == rest.data() + rest.size();
        for (std::size_t i = 0; complete && i < split->certificates.size(); ++i) {
            detail::X509Ptr certificate = cache.Get(split->certificates[i]);
            complete = certificate && sk_X509_push(certificates.get(), certificate.get()) > 0;
            if (complete) certificate.release();  // owned by the stack now
        }
        if (complete) {
            parsed.cms = std::move(cms);
            parsed.certificates = std::move(certificates);
            return parsed;
        }
    }
    const unsigned char* cursor = der.data();
    parsed.cms.reset(d2i_CMS_ContentInfo(nullptr, &cursor, static_cast<long>(der.size())));
    if (parsed.cms) {
        parsed.extra_bytes = cursor != der.data() + der.size();
        parsed.certificates.reset(CMS_get1_certs(parsed.cms.get()));
    }
    return parsed;
}

Reason ChainReason(int error) {
    switch (error) {
        case X509_V_ERR_CERT_HAS_EXPIRED:
            return Reason::Expired;
        case X509_V_ERR_CERT_NOT_YET_VALID:
            return Reason::NotYetValid;
        case X509_V_ERR_CERT_REVOKED:
            return Reason::Revoked;
        case X509_V_ERR_UNABLE_TO_GET_CRL:
        case X509_V_ERR_CRL_HAS_EXPIRED:
        case X509_V_ERR_CRL_NOT_YET_VALID:
        case X509_V_ERR_UNABLE_TO_GET_CRL_ISSUER:
        case X509_V_ERR_CRL_SIGNATURE_FAILURE:
        case X509_V_ERR_UNABLE_TO_DECRYPT_CRL_SIGNATURE:
        case X509_V_ERR_ERROR_IN_CRL_LAST_UPDATE_FIELD:
        case X509_V_ERR_ERROR_IN_CRL_NEXT_UPDATE_FIELD:
        case X509_V_ERR_KEYUSAGE_NO_CRL_SIGN:
        case X509_V_ERR_DIFFERENT_CRL_SCOPE:
        case X509_V_ERR_UNHANDLED_CRITICAL_CRL_EXTENSION:
            return Reason::RevocationUnknown;
        default:
            return Reason::UntrustedChain;
    }
}

// The certificates the signature carries and the trust store's intermediates, as one untrusted set
// for building the chain (each up-referenced: the stack owns its references).
detail::X509StackPtr UntrustedCertificates(const STACK_OF(X509) * carried,
                                           const STACK_OF(X509) * intermediates) {
    detail::X509StackPtr all(sk_X509_new_null());
    if (!all) detail::ThrowOpenSslError(ErrorCode::Storage, {"Hết bộ nhớ.", "Out of memory."});
    for (const STACK_OF(X509) * stack : {carried, intermediates}) {
        for (int i = 0; stack && i < sk_X509_num(stack); ++i) {
            X509* certificate = sk_X509_value(stack, i);
            X509_up_ref(certificate);
            detail::X509Ptr reference(certificate);
            if (sk_X509_push(all.get(), reference.get()) <= 0)
                detail::ThrowOpenSslError(ErrorCode::Storage, {"Hết bộ nhớ.", "Out of memory."});
            reference.release();  // owned by the stack now
        }
    }
    return all;
}

// Where the chain OpenSSL built ends: the anchor when it holds, else where it stopped.
void NoteChainEnd(VerificationResult& result, X509_STORE_CTX* context) {
    const STACK_OF(X509)* chain = X509_STORE_CTX_get0_chain(context);
    if (!chain || sk_X509_num(chain) == 0) return;
    X509* end = sk_X509_value(chain, sk_X509_num(chain) - 1);
    result.chain_end_subject = detail::NameToString(X509_get_subject_name(end));
    result.chain_end_fingerprint_sha256 = detail::FingerprintSha256(end);
    result.chain_end_self_signed = (X509_get_extension_flags(end) & EXFLAG_SS) != 0;
}

// Names where an untrusted chain ends, so that an administrator can tell a forged root that merely
// borrows a real name from one they may choose to pin.
void ExplainChainEnd(VerificationResult& result) {
    if (result.chain_end_subject.empty()) return;
    const std::string& end = result.chain_end_subject;
    if (result.chain_end_self_signed) {
        result.explanation.vi += " Chuỗi chứng thư kết thúc ở chứng thư gốc tự ký «" + end + "» (SHA-256 " +
                                 result.chain_end_fingerprint_sha256 +
                                 "), chứng thư này không được ghim là gốc tin cậy trên máy trạm này.";
        result.explanation.en += " The chain ends at the self-signed root «" + end + "» (SHA-256 " +
                                 result.chain_end_fingerprint_sha256 +
                                 "), which is not pinned as a trusted root on this workstation.";
    } else {
        result.explanation.vi += " Chuỗi chứng thư dừng ở «" + end +
                                 "»: không tìm thấy tổ chức cấp của chứng thư này trong các chứng thư gốc "
                                 "được ghim hay các CA trung gian.";
        result.explanation.en += " The chain stops at «" + end +
                                 "»: its issuer is neither a root pinned on this workstation nor a known "
                                 "intermediate CA.";
    }
}

}  // namespace

VerificationResult VerifyDetached(std::span<const std::uint8_t> signature_der,
                                  std::span<const std::uint8_t> content, const TrustStore& trust) {
    // A broken trust configuration is the administrator's problem, not the signature's: it is thrown
    // before the signature is looked at.
    const PreparedTrustStore prepared(trust);
    return VerifyDetached(signature_der, content, prepared);
}

VerificationResult VerifyDetached(std::span<const std::uint8_t> signature_der,
                                  std::span<const std::uint8_t> content, const PreparedTrustStore& trust) {
    detail::ErrorMarkGuard mark;
    VerificationResult result;

    if (signature_der.empty() ||
        signature_der.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()) ||
        content.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        return Conclude(result, Reason::FormatDamaged);
    }
    ParsedSignature parsed = ParseSignature(signature_der, trust.Get().certificates);
    const detail::CmsPtr cms = std::move(parsed.cms);
    const detail::X509StackPtr certificates = std::move(parsed.certificates);
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed) {
        return Conclude(result, Reason::FormatDamaged);
    }
    if (parsed.extra_bytes) {
        return Conclude(result, Reason::FormatDamaged, "Có dữ liệu thừa sau chữ ký.",
                        "There are extra bytes after the signature.");
    }
    if (CMS_is_detached(cms.get()) != 1) {
        return Conclude(result, Reason::FormatDamaged, "Chữ ký chứa cả nội dung, không phải chữ ký tách rời.",
                        "The signature embeds its content; a detached signature was expected.");
    }
    STACK_OF(CMS_SignerInfo)* signer_infos = CMS_get0_SignerInfos(cms.get());
    if (sk_CMS_SignerInfo_num(signer_infos) != 1) {
        return Conclude(result, Reason::FormatDamaged, "Chữ ký phải có đúng một người ký.",
                        "The signature must have exactly one signer.");
    }
    CMS_SignerInfo* signer_info = sk_CMS_SignerInfo_value(signer_infos, 0);

    X509* signer = nullptr;
    for (int i = 0; i < sk_X509_num(certificates.get()); ++i) {
        X509* candidate = sk_X509_value(certificates.get(), i);
        if (CMS_SignerInfo_cert_cmp(signer_info, candidate) == 0) {
            signer = candidate;
            break;
        }
    }
    if (!signer) {
        return Conclude(result, Reason::FormatDamaged, "Chữ ký không kèm chứng thư số của người ký.",
                        "The signature does not include the signer's certificate.");
    }
    CMS_SignerInfo_set1_signer_cert(signer_info, signer);
    result.signer_subject = detail::NameToString(X509_get_subject_name(signer));
    result.signer_fingerprint_sha256 = detail::FingerprintSha256(signer);

    bool malformed_time = false;
    const std::optional<std::int64_t> signing_time = SigningTime(signer_info, malformed_time);
    if (malformed_time) {
        return Conclude(result, Reason::FormatDamaged, "Thời điểm ký trong chữ ký không đọc được.",
                        "The signing time in the signature cannot be read.");
    }
    result.signing_time_unix = signing_time.value_or(0);

    // The signature over the signed attributes first: if it fails, the signature bytes are damaged;
    // if it holds but the content digest differs, the content changed.
    if (CMS_signed_get_attr_count(signer_info) > 0 && CMS_SignerInfo_verify(signer_info) != 1) {
        return Conclude(result, Reason::SignatureDamaged);
    }
    static const std::uint8_t kNothing = 0;
    detail::BioPtr content_bio(
        BIO_new_mem_buf(content.empty() ? &kNothing : content.data(), static_cast<int>(content.size())));
    if (!content_bio) detail::ThrowOpenSslError(ErrorCode::Storage, {"Hết bộ nhớ.", "Out of memory."});
    // OpenSSL 3.0's CMS_verify copies a memory BIO it is given into a BIO of its own and leaks that
    // copy when the signature names a digest it does not know (found by fuzz/fuzz_cms_verify). A
    // pass-through filter on top is not a memory BIO, so it reads ours directly; the chain stays ours.
    detail::BioPtr filter(BIO_new(BIO_f_null()));
    if (!filter) detail::ThrowOpenSslError(ErrorCode::Storage, {"Hết bộ nhớ.", "Out of memory."});
    BIO_push(filter.get(), content_bio.release());  // the filter's owner frees the whole chain
    // Without signed attributes (not what we produce) a failure here cannot tell content from signature
    // damage; it is reported as ContentChanged. The signature over the attributes was checked just above:
    // CMS_NO_ATTR_VERIFY spares a second RSA operation, a third of the cost of a verification.
    if (CMS_verify(cms.get(), nullptr, nullptr, filter.get(), nullptr,
                   CMS_NO_SIGNER_CERT_VERIFY | CMS_NO_ATTR_VERIFY | CMS_BINARY) != 1) {
        if (ERR_GET_REASON(ERR_peek_last_error()) == CMS_R_UNKNOWN_DIGEST_ALGORITHM)
            return Conclude(result, Reason::FormatDamaged, "Chữ ký nêu một thuật toán băm không biết.",
                            "The signature names a digest algorithm that is not known.");
        return Conclude(result, Reason::ContentChanged);
    }

    const detail::X509StackPtr untrusted =
        UntrustedCertificates(certificates.get(), trust.Get().intermediates.get());
    detail::X509StoreCtxPtr context(X509_STORE_CTX_new());
    if (!context ||
        X509_STORE_CTX_init(context.get(), trust.Get().store.get(), signer, untrusted.get()) != 1) {
        detail::ThrowOpenSslError(ErrorCode::Storage, {"Không khởi tạo được việc kiểm tra chuỗi chứng thư.",
                                                       "Cannot set up the certificate chain check."});
    }
    // Vietnamese token certificates often lack the S/MIME extended key usage: key usage is checked below.
    X509_STORE_CTX_set_purpose(context.get(), X509_PURPOSE_ANY);
    X509_VERIFY_PARAM* parameters = X509_STORE_CTX_get0_param(context.get());
    // Validity at the moment of signing; without a signing-time attribute, at the moment of checking.
    X509_VERIFY_PARAM_set_time(parameters,
                               signing_time ? static_cast<std::time_t>(*signing_time) : std::time(nullptr));
    const bool check_revocation = trust.Get().check_revocation;
    if (check_revocation)
        X509_VERIFY_PARAM_set_flags(parameters, X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL);
    const int chain_ok = X509_verify_cert(context.get());
    if (chain_ok < 0) {
        detail::ThrowOpenSslError(ErrorCode::Storage, {"Kiểm tra chuỗi chứng thư thất bại.",
                                                       "The certificate chain check failed."});
    }
    NoteChainEnd(result, context.get());
    if (chain_ok == 0) {
        const int error = X509_STORE_CTX_get_error(context.get());
        const std::string cause = std::string("(OpenSSL: ") + X509_verify_cert_error_string(error) + ")";
        Conclude(result, ChainReason(error), cause, cause);
        if (result.reason == Reason::UntrustedChain) ExplainChainEnd(result);
        return result;
    }

    // RFC 5280: no keyUsage extension means no restriction.
    if ((X509_get_extension_flags(signer) & EXFLAG_KUSAGE) != 0 &&
        (X509_get_key_usage(signer) & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)) == 0) {
        return Conclude(result, Reason::WrongKeyUsage);
    }

    if (!signing_time) {
        Conclude(
            result, Reason::None,
            "Chữ ký không ghi thời điểm ký; hiệu lực chứng thư được kiểm tra tại thời điểm hiện tại.",
            "The signature carries no signing time; certificate validity was checked at the current time.");
    } else {
        Conclude(result, Reason::None);
    }
    if (check_revocation) {
        result.explanation.vi += " Đã kiểm tra tình trạng thu hồi theo danh sách CRL được cấu hình.";
        result.explanation.en += " Revocation was checked against the configured CRLs.";
    } else {
        result.explanation.vi += " Chưa kiểm tra tình trạng thu hồi (chưa cấu hình danh sách CRL).";
        result.explanation.en += " Revocation was not checked (no CRL is configured).";
    }
    return result;
}

}  // namespace innodesk::signing
