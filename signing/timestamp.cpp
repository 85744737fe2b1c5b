// Checking an RFC 3161 timestamp token: what it stamps, who issued it and when, and whether that TSA is
// trusted.
#include "timestamp.h"

#include "timestamp_impl.h"
#include "trust_store_impl.h"

#include <limits>

namespace innodesk::signing {

using domain::LocalisedText;
using domain::SignatureVerdict;

namespace detail {
namespace {

struct X509StackShallowFree {  // a stack whose certificates belong to someone else
    void operator()(STACK_OF(X509) * stack) const noexcept { sk_X509_free(stack); }
};
using X509ShallowStackPtr = std::unique_ptr<STACK_OF(X509), X509StackShallowFree>;

std::vector<std::uint8_t> CertificateDer(X509* certificate) {
    const int length = i2d_X509(certificate, nullptr);
    if (length <= 0) return {};
    std::vector<std::uint8_t> der(static_cast<std::size_t>(length));
    unsigned char* cursor = der.data();
    i2d_X509(certificate, &cursor);
    return der;
}

// genTime as seconds since 1970 (UTC); 0 when unreadable.
std::int64_t GenTime(PKCS7* token) {
    const TsTstInfoPtr info(PKCS7_to_TS_TST_INFO(token));
    if (!info) return 0;
    return UnixSeconds(TS_TST_INFO_get_time(info.get())).value_or(0);
}

TimestampCheck Verdict(TimestampCheck check, SignatureVerdict verdict, LocalisedText explanation) {
    check.verdict = verdict;
    check.explanation = std::move(explanation);
    const std::string cause = DrainErrorQueue();
    if (verdict != SignatureVerdict::Valid && !cause.empty()) {
        check.explanation.vi += " (OpenSSL: " + cause + ")";
        check.explanation.en += " (OpenSSL: " + cause + ")";
    }
    return check;
}

// Whether the token stamps `data`: OpenSSL hashes it with the token's own digest algorithm.
bool StampsData(PKCS7* token, std::span<const std::uint8_t> data) {
    static const std::uint8_t kNothing = 0;  // BIO_new_mem_buf refuses a null pointer
    BioPtr input(BIO_new_mem_buf(data.empty() ? &kNothing : data.data(), static_cast<int>(data.size())));
    TsVerifyCtxPtr context(TS_VERIFY_CTX_new());
    if (!input || !context) return false;
    TS_VERIFY_CTX_set_flags(context.get(), TS_VFY_VERSION | TS_VFY_DATA);
    TS_VERIFY_CTX_set_data(context.get(), input.release());  // the context frees it
    return TS_RESP_verify_token(context.get(), token) == 1;
}

}  // namespace

std::vector<std::uint8_t> TokenDer(PKCS7* token) {
    const int length = i2d_PKCS7(token, nullptr);
    if (length <= 0) {
        ThrowOpenSslError(domain::ErrorCode::FileFormat, {"Không mã hóa được dấu thời gian (DER).",
                                                          "Cannot encode the timestamp token as DER."});
    }
    std::vector<std::uint8_t> der(static_cast<std::size_t>(length));
    unsigned char* cursor = der.data();
    i2d_PKCS7(token, &cursor);
    return der;
}

TimestampCheck CheckToken(PKCS7* token, std::span<const std::uint8_t> data,
                          const std::vector<std::string>& ca_pems) {
    TimestampCheck check;
    if (token == nullptr || !PKCS7_type_is_signed(token) || token->d.sign == nullptr) {
        return Verdict(std::move(check), SignatureVerdict::Invalid,
                       {"Dấu thời gian bị hỏng: không phải một TimeStampToken (RFC 3161).",
                        "The timestamp is damaged: it is not an RFC 3161 TimeStampToken."});
    }
    check.time_unix = GenTime(token);
    if (check.time_unix == 0) {
        return Verdict(std::move(check), SignatureVerdict::Invalid,
                       {"Dấu thời gian bị hỏng: không đọc được thông tin thời gian (TSTInfo).",
                        "The timestamp is damaged: its TSTInfo cannot be read."});
    }
    if (data.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()) || !StampsData(token, data)) {
        return Verdict(
            std::move(check), SignatureVerdict::Invalid,
            {"Dấu thời gian không khớp với dữ liệu: dữ liệu đã bị thay đổi hoặc dấu thời gian là của "
             "dữ liệu khác.",
             "The timestamp does not match the data: the data was changed or the timestamp is for "
             "other data."});
    }
    STACK_OF(X509)* carried = token->d.sign->cert;
    const X509ShallowStackPtr signers(PKCS7_get0_signers(token, carried, 0));
    if (!signers || sk_X509_num(signers.get()) != 1) {
        return Verdict(std::move(check), SignatureVerdict::Indeterminate,
                       {"Dấu thời gian không mang chứng thư số của đơn vị cấp dấu thời gian (TSA).",
                        "The timestamp does not carry the certificate of its timestamping authority (TSA)."});
    }
    X509* signer = sk_X509_value(signers.get(), 0);
    check.tsa_subject = NameToString(X509_get_subject_name(signer));
    check.tsa_fingerprint_sha256 = FingerprintSha256(signer);

    // The chain now, for time stamping: RFC 3161 §2.3 wants extendedKeyUsage timeStamping only, critical,
    // which OpenSSL's X509_PURPOSE_TIMESTAMP_SIGN checks.
    const PreparedTrustStore anchors(TrustStore{{}, {}, ca_pems});
    X509StoreCtxPtr context(X509_STORE_CTX_new());
    if (!context || X509_STORE_CTX_init(context.get(), anchors.Get().store.get(), signer, carried) != 1) {
        ThrowOpenSslError(domain::ErrorCode::InvalidValue,
                          {"Không kiểm tra được chuỗi chứng thư số.", "Cannot check the certificate chain."});
    }
    X509_STORE_CTX_set_purpose(context.get(), X509_PURPOSE_TIMESTAMP_SIGN);
    if (ca_pems.empty() || X509_verify_cert(context.get()) != 1) {
        const std::string why = ca_pems.empty()
                                    ? std::string("no CA configured")
                                    : X509_verify_cert_error_string(X509_STORE_CTX_get_error(context.get()));
        return Verdict(
            std::move(check), SignatureVerdict::Indeterminate,
            {"Đơn vị cấp dấu thời gian " + check.tsa_subject +
                 " không được tin cậy (chứng thư số của đơn vị không dẫn tới tổ chức chứng thực đã cấu "
                 "hình cho dấu thời gian, hoặc không có mục đích timeStamping: " +
                 why + ").",
             "The timestamping authority " + check.tsa_subject +
                 " is not trusted (its certificate does not chain to the CA configured for timestamps, "
                 "or lacks the timeStamping purpose: " +
                 why + ")."});
    }
    const X509StackPtr chain(X509_STORE_CTX_get1_chain(context.get()));
    for (int i = 0; chain && i < sk_X509_num(chain.get()); ++i)
        check.certificates_der.push_back(CertificateDer(sk_X509_value(chain.get(), i)));

    // The signature over TSTInfo and the ESS signing-certificate attribute naming the signer.
    if (TS_RESP_verify_signature(token, carried, anchors.Get().store.get(), nullptr) != 1) {
        check.certificates_der.clear();
        return Verdict(std::move(check), SignatureVerdict::Invalid,
                       {"Chữ ký của đơn vị cấp dấu thời gian trên dấu thời gian bị hỏng.",
                        "The timestamping authority's signature on the timestamp is damaged."});
    }
    return Verdict(std::move(check), SignatureVerdict::Valid,
                   {"Dấu thời gian hợp lệ, do " + check.tsa_subject + " cấp.",
                    "The timestamp is valid, issued by " + check.tsa_subject + "."});
}

}  // namespace detail

TimestampCheck VerifyTimestampToken(std::span<const std::uint8_t> token_der,
                                    std::span<const std::uint8_t> data,
                                    const std::vector<std::string>& ca_pems) {
    detail::ErrorMarkGuard mark;
    const unsigned char* cursor = token_der.data();
    const long length =
        static_cast<long>(std::min<std::size_t>(token_der.size(), std::numeric_limits<long>::max()));
    const detail::Pkcs7Ptr token(token_der.empty() ? nullptr : d2i_PKCS7(nullptr, &cursor, length));
    return detail::CheckToken(token.get(), data, ca_pems);
}

}  // namespace innodesk::signing
