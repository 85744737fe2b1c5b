// The signature timestamp of a CMS signer (RFC 3161 appendix A, CAdES-T): an unsigned attribute holding a
// token over the signer's signature value, added after signing and read back for verification.
#include "timestamp.h"

#include "timestamp_impl.h"

#include <limits>

namespace innodesk::signing {

using domain::DomainError;
using domain::ErrorCode;

namespace {

detail::CmsPtr ReadSignedData(std::span<const std::uint8_t> cms_der) {
    const unsigned char* cursor = cms_der.data();
    const long length =
        static_cast<long>(std::min<std::size_t>(cms_der.size(), std::numeric_limits<long>::max()));
    detail::CmsPtr cms(cms_der.empty() ? nullptr : d2i_CMS_ContentInfo(nullptr, &cursor, length));
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed ||
        sk_CMS_SignerInfo_num(CMS_get0_SignerInfos(cms.get())) < 1) {
        detail::ThrowOpenSslError(ErrorCode::FileFormat, {"Chữ ký CMS bị hỏng hoặc không có người ký.",
                                                          "The CMS signature is damaged or has no signer."});
    }
    return cms;
}

std::vector<std::uint8_t> ValueOf(CMS_SignerInfo* signer) {
    const ASN1_OCTET_STRING* value = CMS_SignerInfo_get0_signature(signer);
    const unsigned char* bytes = ASN1_STRING_get0_data(value);
    return {bytes, bytes + ASN1_STRING_length(value)};
}

}  // namespace

std::vector<std::uint8_t> SignatureValue(std::span<const std::uint8_t> cms_der) {
    detail::ErrorMarkGuard mark;
    const detail::CmsPtr cms = ReadSignedData(cms_der);
    return ValueOf(sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms.get()), 0));
}

std::optional<std::vector<std::uint8_t>> SignatureTimestampToken(std::span<const std::uint8_t> cms_der) {
    detail::ErrorMarkGuard mark;
    const detail::CmsPtr cms = ReadSignedData(cms_der);
    CMS_SignerInfo* signer = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms.get()), 0);
    const int index = CMS_unsigned_get_attr_by_NID(signer, NID_id_smime_aa_timeStampToken, -1);
    if (index < 0) return std::nullopt;
    // The attribute's value is the token's ContentInfo, a SEQUENCE: OpenSSL keeps its whole encoding.
    const ASN1_TYPE* value = X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(signer, index), 0);
    if (value == nullptr || value->type != V_ASN1_SEQUENCE) {
        throw DomainError(ErrorCode::FileFormat,
                          {"Dấu thời gian của chữ ký CMS bị hỏng.",
                           "The signature timestamp in the CMS signature is damaged."});
    }
    const unsigned char* bytes = ASN1_STRING_get0_data(value->value.sequence);
    return std::vector<std::uint8_t>(bytes, bytes + ASN1_STRING_length(value->value.sequence));
}

std::vector<std::uint8_t> AddSignatureTimestamp(std::span<const std::uint8_t> cms_der,
                                                const TimestampAuthority& tsa) {
    detail::ErrorMarkGuard mark;
    const detail::CmsPtr cms = ReadSignedData(cms_der);
    STACK_OF(CMS_SignerInfo)* signers = CMS_get0_SignerInfos(cms.get());
    for (int i = 0; i < sk_CMS_SignerInfo_num(signers); ++i) {
        CMS_SignerInfo* signer = sk_CMS_SignerInfo_value(signers, i);
        const std::vector<std::uint8_t> token = RequestTimestamp(tsa, ValueOf(signer));
        // Only the unsigned attributes change: the signed attributes and the signature stay byte for byte.
        if (CMS_unsigned_add1_attr_by_NID(signer, NID_id_smime_aa_timeStampToken, V_ASN1_SEQUENCE,
                                          token.data(), static_cast<int>(token.size())) != 1) {
            detail::ThrowOpenSslError(ErrorCode::InvalidValue,
                                      {"Không thêm được dấu thời gian vào chữ ký CMS.",
                                       "Cannot add the timestamp to the CMS signature."});
        }
    }
    const int length = i2d_CMS_ContentInfo(cms.get(), nullptr);
    std::vector<std::uint8_t> der(length > 0 ? static_cast<std::size_t>(length) : 0);
    unsigned char* cursor = der.data();
    if (length <= 0 || i2d_CMS_ContentInfo(cms.get(), &cursor) != length) {
        detail::ThrowOpenSslError(ErrorCode::InvalidValue,
                                  {"Không mã hóa được chữ ký (DER).", "Cannot encode the signature as DER."});
    }
    return der;
}

}  // namespace innodesk::signing
