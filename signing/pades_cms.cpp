// The CAdES detached CMS of a PAdES signature, without OpenSSL's automatic signing-time attribute.
#include "pades_cms.h"

#include "openssl_support.h"
#include "signing_key_impl.h"

#include <openssl/ess.h>

#include <algorithm>
#include <array>
#include <limits>
#include <string>

namespace innodesk::signing::detail {

using domain::ErrorCode;

namespace {

using EvpMdCtxPtr = std::unique_ptr<EVP_MD_CTX, FreeWith<EVP_MD_CTX_free>>;
using EssSigningCertV2Ptr = std::unique_ptr<ESS_SIGNING_CERT_V2, FreeWith<ESS_SIGNING_CERT_V2_free>>;

[[noreturn]] void Fail(const std::string& vi, const std::string& en) {
    ThrowOpenSslError(ErrorCode::InvalidValue,
                      {"Không tạo được chữ ký PAdES: " + vi, "Cannot make the PAdES signature: " + en});
}

// DER length octets (X.690 §8.1.3).
void AppendDerLength(std::vector<std::uint8_t>& out, std::size_t length) {
    if (length < 0x80) {
        out.push_back(static_cast<std::uint8_t>(length));
        return;
    }
    std::vector<std::uint8_t> bytes;
    for (std::size_t rest = length; rest != 0; rest >>= 8)
        bytes.insert(bytes.begin(), static_cast<std::uint8_t>(rest));
    out.push_back(static_cast<std::uint8_t>(0x80 | bytes.size()));
    out.insert(out.end(), bytes.begin(), bytes.end());
}

// What the signature is computed over (RFC 5652 §5.4): the signed attributes DER-encoded as a SET OF,
// whose elements DER sorts by their encodings; OpenSSL's own encoding of signedAttrs sorts the same way,
// so the bytes a verifier re-encodes are these.
std::vector<std::uint8_t> SignedAttributesDer(CMS_SignerInfo* signer) {
    std::vector<std::vector<std::uint8_t>> encoded;
    const int count = CMS_signed_get_attr_count(signer);
    for (int i = 0; i < count; ++i) {
        X509_ATTRIBUTE* attribute = CMS_signed_get_attr(signer, i);
        const int length = i2d_X509_ATTRIBUTE(attribute, nullptr);
        if (length <= 0) Fail("không mã hóa được thuộc tính đã ký.", "cannot encode a signed attribute.");
        std::vector<std::uint8_t> der(static_cast<std::size_t>(length));
        unsigned char* cursor = der.data();
        i2d_X509_ATTRIBUTE(attribute, &cursor);
        encoded.push_back(std::move(der));
    }
    std::sort(encoded.begin(), encoded.end());
    std::size_t total = 0;
    for (const auto& der : encoded) total += der.size();
    std::vector<std::uint8_t> set{0x31};
    AppendDerLength(set, total);
    for (const auto& der : encoded) set.insert(set.end(), der.begin(), der.end());
    return set;
}

std::array<unsigned char, 32> Sha256(std::span<const std::uint8_t> bytes) {
    std::array<unsigned char, 32> digest{};
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest.data(), &length, EVP_sha256(), nullptr) != 1 ||
        length != 32) {
        Fail("không tính được SHA-256.", "cannot compute SHA-256.");
    }
    return digest;
}

}  // namespace

std::vector<std::uint8_t> SignPadesCms(const SigningKey& key, std::span<const std::uint8_t> signed_bytes) {
    ErrorMarkGuard mark;
    const SigningKey::Impl& k = key.Get();
    // CMS_PARTIAL: OpenSSL must not finish (and sign) the structure, or it would add signing-time.
    const unsigned int flags = CMS_DETACHED | CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP;
    CmsPtr cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, flags));
    if (!cms) Fail("không tạo được cấu trúc CMS.", "cannot create the CMS structure.");
    CMS_SignerInfo* signer =
        CMS_add1_signer(cms.get(), k.certificate.get(), k.key.get(), EVP_sha256(), flags);
    if (signer == nullptr) Fail("không thêm được người ký.", "cannot add the signer.");
    for (int i = 0; i < sk_X509_num(k.chain.get()); ++i) {
        X509* certificate = sk_X509_value(k.chain.get(), i);
        if (X509_cmp(certificate, k.certificate.get()) == 0) continue;
        if (CMS_add1_cert(cms.get(), certificate) != 1)
            Fail("không thêm được chứng thư số của chuỗi.", "cannot add a chain certificate.");
    }

    ASN1_OBJECT* data_type = OBJ_nid2obj(NID_pkcs7_data);
    if (CMS_signed_add1_attr_by_NID(signer, NID_pkcs9_contentType, V_ASN1_OBJECT, data_type, -1) != 1) {
        Fail("không thêm được thuộc tính content-type.", "cannot add the content-type attribute.");
    }
    const auto digest = Sha256(signed_bytes);
    if (CMS_signed_add1_attr_by_NID(signer, NID_pkcs9_messageDigest, V_ASN1_OCTET_STRING, digest.data(),
                                    static_cast<int>(digest.size())) != 1) {
        Fail("không thêm được thuộc tính message-digest.", "cannot add the message-digest attribute.");
    }
    // ESS signing-certificate-v2 (RFC 5035) binds the signer's certificate, by its SHA-256 hash and
    // issuer/serial, to the signature: PAdES requires it.
    EssSigningCertV2Ptr signing_cert(
        OSSL_ESS_signing_cert_v2_new_init(EVP_sha256(), k.certificate.get(), nullptr, 1));
    if (!signing_cert)
        Fail("không tạo được thuộc tính signing-certificate-v2.",
             "cannot build the signing-certificate-v2 attribute.");
    const int cert_length = i2d_ESS_SIGNING_CERT_V2(signing_cert.get(), nullptr);
    if (cert_length <= 0)
        Fail("không mã hóa được signing-certificate-v2.", "cannot encode signing-certificate-v2.");
    std::vector<unsigned char> cert_der(static_cast<std::size_t>(cert_length));
    unsigned char* cursor = cert_der.data();
    i2d_ESS_SIGNING_CERT_V2(signing_cert.get(), &cursor);
    // The attribute value is the SEQUENCE itself: pass it as an ASN1_STRING of type V_ASN1_SEQUENCE.
    if (CMS_signed_add1_attr_by_NID(signer, NID_id_smime_aa_signingCertificateV2, V_ASN1_SEQUENCE,
                                    cert_der.data(), cert_length) != 1) {
        Fail("không thêm được thuộc tính signing-certificate-v2.",
             "cannot add the signing-certificate-v2 attribute.");
    }

    const std::vector<std::uint8_t> to_sign = SignedAttributesDer(signer);
    EvpMdCtxPtr context(EVP_MD_CTX_new());
    std::size_t signature_length = 0;
    if (!context || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, k.key.get()) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &signature_length, to_sign.data(), to_sign.size()) != 1) {
        Fail("khóa bí mật không ký được.", "the private key cannot sign.");
    }
    std::vector<unsigned char> signature(signature_length);
    if (EVP_DigestSign(context.get(), signature.data(), &signature_length, to_sign.data(), to_sign.size()) !=
            1 ||
        signature_length > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        Fail("khóa bí mật không ký được.", "the private key cannot sign.");
    }
    if (ASN1_STRING_set(CMS_SignerInfo_get0_signature(signer), signature.data(),
                        static_cast<int>(signature_length)) != 1) {
        Fail("không lưu được chữ ký vào CMS.", "cannot store the signature in the CMS.");
    }

    const int length = i2d_CMS_ContentInfo(cms.get(), nullptr);
    if (length <= 0) Fail("không mã hóa được CMS (DER).", "cannot encode the CMS as DER.");
    std::vector<std::uint8_t> der(static_cast<std::size_t>(length));
    unsigned char* out = der.data();
    if (i2d_CMS_ContentInfo(cms.get(), &out) != length)
        Fail("không mã hóa được CMS (DER).", "cannot encode the CMS as DER.");
    return der;
}

}  // namespace innodesk::signing::detail
