// Asking a timestamping authority for an RFC 3161 token over HTTP (OpenSSL's own HTTP client), and checking
// that what came back is a token for our request from a TSA we trust.
#include "timestamp.h"

#include "timestamp_impl.h"

#include <openssl/http.h>
#include <openssl/httperr.h>
#include <openssl/rand.h>

#include <algorithm>
#include <array>
#include <limits>

namespace innodesk::signing {

using domain::DomainError;
using domain::ErrorCode;
using domain::LocalisedText;

namespace {

// OpenSSL's strings (host, port, path) from OSSL_HTTP_parse_url.
struct OpenSslStringFree {
    void operator()(char* text) const noexcept { OPENSSL_free(text); }
};
using OpenSslString = std::unique_ptr<char, OpenSslStringFree>;

[[noreturn]] void Refuse(const std::string& url, LocalisedText what, const std::string& cause = {}) {
    LocalisedText message{"Không lấy được dấu thời gian từ " + url + ": " + what.vi,
                          "Cannot get a timestamp from " + url + ": " + what.en};
    if (!cause.empty()) {
        message.vi += " (" + cause + ")";
        message.en += " (" + cause + ")";
    }
    throw DomainError(ErrorCode::SignatureRefused, std::move(message), "tsa_url");
}

// The thread's OpenSSL errors as text, and their library/reason pairs to tell the failures apart.
struct QueuedErrors {
    std::string text;
    std::vector<std::pair<int, int>> reasons;
    bool Has(int library, int reason) const {
        return std::find(reasons.begin(), reasons.end(), std::pair{library, reason}) != reasons.end();
    }
};

QueuedErrors TakeErrors() {
    QueuedErrors errors;
    const char* data = nullptr;
    int flags = 0;
    while (const unsigned long code = ERR_get_error_all(nullptr, nullptr, nullptr, &data, &flags)) {
        std::array<char, 256> buffer{};
        ERR_error_string_n(code, buffer.data(), buffer.size());
        if (!errors.text.empty()) errors.text += "; ";
        errors.text += buffer.data();
        if (data != nullptr && (flags & ERR_TXT_STRING) != 0 && *data != '\0')
            errors.text += std::string(" ") + data;
        errors.reasons.emplace_back(ERR_GET_LIB(code), ERR_GET_REASON(code));
    }
    return errors;
}

std::vector<std::uint8_t> Sha256(std::span<const std::uint8_t> data) {
    std::vector<std::uint8_t> digest(EVP_MAX_MD_SIZE);
    unsigned int length = 0;
    if (EVP_Digest(data.data(), data.size(), digest.data(), &length, EVP_sha256(), nullptr) != 1) {
        detail::ThrowOpenSslError(ErrorCode::InvalidValue,
                                  {"Không tính được SHA-256.", "Cannot compute SHA-256."});
    }
    digest.resize(length);
    return digest;
}

// A TimeStampReq v1 over SHA-256(data), with `nonce` and certReq true (RFC 3161 §2.4.1).
detail::TsReqPtr MakeRequest(std::span<const std::uint8_t> data, const ASN1_INTEGER* nonce) {
    const std::vector<std::uint8_t> digest = Sha256(data);
    detail::TsReqPtr request(TS_REQ_new());
    detail::TsMsgImprintPtr imprint(TS_MSG_IMPRINT_new());
    detail::X509AlgorPtr algorithm(X509_ALGOR_new());
    const bool ok = request && imprint && algorithm &&
                    X509_ALGOR_set0(algorithm.get(), OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr) == 1 &&
                    TS_MSG_IMPRINT_set_algo(imprint.get(), algorithm.get()) == 1 &&
                    TS_MSG_IMPRINT_set_msg(imprint.get(), const_cast<unsigned char*>(digest.data()),
                                           static_cast<int>(digest.size())) == 1 &&
                    TS_REQ_set_version(request.get(), 1) == 1 &&
                    TS_REQ_set_msg_imprint(request.get(), imprint.get()) == 1 &&
                    TS_REQ_set_nonce(request.get(), nonce) == 1 && TS_REQ_set_cert_req(request.get(), 1) == 1;
    if (!ok) {
        detail::ThrowOpenSslError(ErrorCode::InvalidValue, {"Không tạo được yêu cầu dấu thời gian.",
                                                            "Cannot make the timestamp request."});
    }
    return request;
}

// 63 random bits, positive: enough that a replayed reply cannot match (RFC 3161 §2.4.1).
detail::Asn1IntegerPtr RandomNonce() {
    std::uint64_t value = 0;
    detail::Asn1IntegerPtr nonce(ASN1_INTEGER_new());
    if (!nonce || RAND_bytes(reinterpret_cast<unsigned char*>(&value), sizeof value) != 1 ||
        ASN1_INTEGER_set_uint64(nonce.get(), value >> 1) != 1) {
        detail::ThrowOpenSslError(ErrorCode::InvalidValue,
                                  {"Không tạo được số ngẫu nhiên (nonce).", "Cannot make the random nonce."});
    }
    return nonce;
}

// The TSA's own words when it does not grant: PKIStatus, its free text and the failure bits (RFC 3161
// §2.4.2).
std::string StatusText(TS_STATUS_INFO* status) {
    static constexpr std::array<const char*, 6> kStatuses = {
        "granted", "grantedWithMods", "rejection", "waiting", "revocationWarning", "revocationNotification"};
    const long code = ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(status));
    std::string text = code >= 0 && code < static_cast<long>(kStatuses.size())
                           ? kStatuses[static_cast<std::size_t>(code)]
                           : "status " + std::to_string(code);
    if (const STACK_OF(ASN1_UTF8STRING)* words = TS_STATUS_INFO_get0_text(status)) {
        for (int i = 0; i < sk_ASN1_UTF8STRING_num(words); ++i) {
            const ASN1_UTF8STRING* word = sk_ASN1_UTF8STRING_value(words, i);
            text += i == 0 ? ": " : "; ";
            text.append(reinterpret_cast<const char*>(ASN1_STRING_get0_data(word)),
                        static_cast<std::size_t>(ASN1_STRING_length(word)));
        }
    }
    static constexpr std::pair<int, const char*> kFailures[] = {
        {TS_INFO_BAD_ALG, "badAlg"},
        {TS_INFO_BAD_REQUEST, "badRequest"},
        {TS_INFO_BAD_DATA_FORMAT, "badDataFormat"},
        {TS_INFO_TIME_NOT_AVAILABLE, "timeNotAvailable"},
        {TS_INFO_UNACCEPTED_POLICY, "unacceptedPolicy"},
        {TS_INFO_UNACCEPTED_EXTENSION, "unacceptedExtension"},
        {TS_INFO_ADD_INFO_NOT_AVAILABLE, "addInfoNotAvailable"},
        {TS_INFO_SYSTEM_FAILURE, "systemFailure"},
    };
    if (const ASN1_BIT_STRING* failure = TS_STATUS_INFO_get0_failure_info(status)) {
        for (const auto& [bit, name] : kFailures) {
            if (ASN1_BIT_STRING_get_bit(failure, bit)) text += std::string(" [") + name + "]";
        }
    }
    return text;
}

// Sends the request and reads the reply, within the timeout and the size ceiling.
detail::TsRespPtr Exchange(const TimestampAuthority& tsa, TS_REQ* request) {
    int use_tls = 0;
    char* host = nullptr;
    char* port = nullptr;
    char* path = nullptr;
    const int parsed = OSSL_HTTP_parse_url(tsa.url.c_str(), &use_tls, nullptr, &host, &port, nullptr, &path,
                                           nullptr, nullptr);
    const OpenSslString host_text(host), port_text(port), path_text(path);
    if (parsed != 1 || use_tls != 0) {
        ERR_clear_error();
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Địa chỉ đơn vị cấp dấu thời gian (TSA) \"" + tsa.url +
                 "\" không hợp lệ: cần dạng http://máy[:cổng]/đường-dẫn (dấu thời gian tự được ký "
                 "nên không cần https).",
             "The timestamping authority (TSA) address \"" + tsa.url +
                 "\" is not valid: it must be http://host[:port]/path (the token is signed itself, "
                 "so https is not needed)."},
            "tsa_url");
    }
    detail::BioPtr body(BIO_new(BIO_s_mem()));
    if (!body || i2d_TS_REQ_bio(body.get(), request) != 1) {
        detail::ThrowOpenSslError(ErrorCode::InvalidValue, {"Không mã hóa được yêu cầu dấu thời gian.",
                                                            "Cannot encode the timestamp request."});
    }
    // The workstation's proxy (http_proxy, no_proxy) is used as for any HTTP client, except for this machine.
    const std::string host_name = host_text.get();
    const bool loopback = host_name == "127.0.0.1" || host_name == "localhost" || host_name == "::1";
    const int timeout = static_cast<int>(std::clamp<std::chrono::seconds::rep>(tsa.timeout.count(), 1, 3600));
    const detail::BioPtr reply(OSSL_HTTP_transfer(
        nullptr, host_text.get(), port_text.get(), path_text.get(), 0, loopback ? "" : nullptr, nullptr,
        nullptr, nullptr, nullptr, nullptr, 0, nullptr, "application/timestamp-query", body.get(),
        "application/timestamp-reply", 1, kMaxTimestampReplyBytes, timeout, 0));
    if (!reply) {
        const QueuedErrors errors = TakeErrors();
        LocalisedText what{"đơn vị không trả lời được.", "the exchange failed."};
        const std::string seconds_en = std::to_string(timeout) + (timeout == 1 ? " second" : " seconds");
        if (errors.Has(ERR_LIB_BIO, BIO_R_CONNECT_TIMEOUT) || errors.Has(ERR_LIB_BIO, BIO_R_CONNECT_ERROR) ||
            errors.Has(ERR_LIB_HTTP, HTTP_R_CONNECT_FAILURE)) {
            // OpenSSL retries a refused connection until the timeout, in case the server is starting.
            what = {"không kết nối được tới máy chủ trong " + std::to_string(timeout) +
                        " giây (kiểm tra địa chỉ và mạng).",
                    "cannot connect to the server within " + seconds_en +
                        " (check the address and the network)."};
        } else if (errors.Has(ERR_LIB_BIO, BIO_R_TRANSFER_TIMEOUT) ||
                   errors.Has(ERR_LIB_HTTP, HTTP_R_RETRY_TIMEOUT)) {
            what = {"đơn vị không trả lời trong " + std::to_string(timeout) + " giây.",
                    "it did not answer within " + seconds_en + "."};
        } else if (errors.Has(ERR_LIB_HTTP, HTTP_R_MAX_RESP_LEN_EXCEEDED) ||
                   errors.Has(ERR_LIB_HTTP, HTTP_R_ASN1_LEN_EXCEEDS_MAX_RESP_LEN)) {
            what = {
                "câu trả lời lớn hơn giới hạn " + std::to_string(kMaxTimestampReplyBytes / 1024) + " KiB.",
                "the reply is larger than the " + std::to_string(kMaxTimestampReplyBytes / 1024) +
                    " KiB limit."};
        } else if (errors.Has(ERR_LIB_HTTP, HTTP_R_RECEIVED_ERROR) ||
                   errors.Has(ERR_LIB_HTTP, HTTP_R_STATUS_CODE_UNSUPPORTED)) {
            what = {"máy chủ trả lời bằng một lỗi HTTP.", "the server answered with an HTTP error."};
        } else if (errors.Has(ERR_LIB_HTTP, HTTP_R_UNEXPECTED_CONTENT_TYPE) ||
                   errors.Has(ERR_LIB_HTTP, HTTP_R_MISSING_CONTENT_TYPE) ||
                   errors.Has(ERR_LIB_HTTP, HTTP_R_MISSING_ASN1_ENCODING) ||
                   errors.Has(ERR_LIB_HTTP, HTTP_R_ERROR_PARSING_ASN1_LENGTH)) {
            what = {"câu trả lời không phải là dấu thời gian (RFC 3161).",
                    "the reply is not a timestamp reply (RFC 3161)."};
        }
        Refuse(tsa.url, what, errors.text);
    }
    detail::TsRespPtr response(d2i_TS_RESP_bio(reply.get(), nullptr));
    if (!response) {
        Refuse(tsa.url,
               {"câu trả lời không phải là dấu thời gian (RFC 3161).",
                "the reply is not a timestamp reply (RFC 3161)."},
               TakeErrors().text);
    }
    return response;
}

}  // namespace

std::vector<std::uint8_t> RequestTimestamp(const TimestampAuthority& tsa,
                                           std::span<const std::uint8_t> data) {
    detail::ErrorMarkGuard mark;
    if (tsa.ca_pems.empty()) {
        throw DomainError(ErrorCode::InvalidValue,
                          {"Chưa cấu hình tổ chức chứng thực (CA) của đơn vị cấp dấu thời gian " + tsa.url +
                               ": không thể tin dấu thời gian của đơn vị này.",
                           "No certificate authority (CA) is configured for the timestamping authority " +
                               tsa.url + ": its timestamps cannot be trusted."},
                          "tsa_ca");
    }
    if (data.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        throw DomainError(ErrorCode::InvalidValue, {"Dữ liệu cần đóng dấu thời gian quá lớn (tối đa 2 GiB).",
                                                    "The data to timestamp is too large (2 GiB at most)."});
    }
    const detail::Asn1IntegerPtr nonce = RandomNonce();
    const detail::TsReqPtr request = MakeRequest(data, nonce.get());
    const detail::TsRespPtr response = Exchange(tsa, request.get());

    TS_STATUS_INFO* status = TS_RESP_get_status_info(response.get());
    const long granted = ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(status));
    if (granted != TS_STATUS_GRANTED && granted != TS_STATUS_GRANTED_WITH_MODS) {
        Refuse(tsa.url, {"đơn vị từ chối cấp dấu thời gian: " + StatusText(status) + ".",
                         "the authority refused the timestamp: " + StatusText(status) + "."});
    }
    PKCS7* token = TS_RESP_get_token(response.get());
    TS_TST_INFO* info = TS_RESP_get_tst_info(response.get());
    if (token == nullptr || info == nullptr) {
        Refuse(tsa.url, {"câu trả lời không có dấu thời gian.", "the reply holds no timestamp token."});
    }
    const ASN1_INTEGER* answered_nonce = TS_TST_INFO_get_nonce(info);
    if (answered_nonce == nullptr || ASN1_INTEGER_cmp(answered_nonce, nonce.get()) != 0) {
        Refuse(tsa.url,
               {"số ngẫu nhiên (nonce) trong câu trả lời khác với yêu cầu: câu trả lời không phải cho yêu "
                "cầu này.",
                "the nonce in the reply differs from the request's: the reply is not for this request."});
    }
    const TimestampCheck check = detail::CheckToken(token, data, tsa.ca_pems);
    if (check.verdict != domain::SignatureVerdict::Valid) Refuse(tsa.url, check.explanation);
    return detail::TokenDer(token);
}

}  // namespace innodesk::signing
