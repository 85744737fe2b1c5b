// Trust store items from PEM text.
#include "trust_items.h"

#include "openssl_support.h"

#include <openssl/pem.h>

#include <array>

namespace innodesk::signing {

using domain::DomainError;
using domain::ErrorCode;
using namespace detail;

namespace {

std::string ToPem(int (*write)(BIO*, const void*), const void* object) {
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || write(bio.get(), object) != 1)
        ThrowOpenSslError(ErrorCode::FileFormat, {"Không ghi được PEM.", "Could not write PEM."});
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return std::string(data, static_cast<std::size_t>(size));
}

int WriteCertificate(BIO* bio, const void* object) {
    return PEM_write_bio_X509(bio, static_cast<X509*>(const_cast<void*>(object)));
}
int WriteCrl(BIO* bio, const void* object) {
    return PEM_write_bio_X509_CRL(bio, static_cast<X509_CRL*>(const_cast<void*>(object)));
}

std::string CrlFingerprint(X509_CRL* crl) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (X509_CRL_digest(crl, EVP_sha256(), digest.data(), &length) != 1)
        ThrowOpenSslError(ErrorCode::FileFormat,
                          {"Không tính được dấu vân tay CRL.", "Could not fingerprint a CRL."});
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    for (unsigned int i = 0; i < length; ++i) {
        hex += kHex[digest[i] >> 4];
        hex += kHex[digest[i] & 0xF];
    }
    return hex;
}

}  // namespace

std::vector<domain::TrustItem> ReadTrustItems(const std::string& pem_text, const std::string& source) {
    ErrorMarkGuard guard;
    BioPtr bio(BIO_new_mem_buf(pem_text.data(), static_cast<int>(pem_text.size())));
    X509InfoStackPtr infos(bio ? PEM_X509_INFO_read_bio(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    std::vector<domain::TrustItem> items;
    for (int i = 0; infos && i < sk_X509_INFO_num(infos.get()); ++i) {
        const X509_INFO* info = sk_X509_INFO_value(infos.get(), i);
        if (info->x_pkey)
            throw DomainError(
                ErrorCode::InvalidValue,
                {source +
                     " chứa khóa bí mật; kho tin cậy chỉ nhận chứng thư CA và CRL. Không có gì được lưu.",
                 source + " holds a private key; the trust store takes only CA certificates and CRLs. "
                          "Nothing was stored."},
                "pem");
        if (info->x509) {
            const std::string subject = NameToString(X509_get_subject_name(info->x509));
            if (X509_check_ca(info->x509) == 0)
                throw DomainError(
                    ErrorCode::InvalidValue,
                    {source + ": '" + subject +
                         "' là chứng thư của người dùng cuối, không phải của tổ chức cấp (CA). Thêm chứng "
                         "thư gốc "
                         "của CA đã cấp nó.",
                     source + ": '" + subject +
                         "' is an end-entity certificate, not a certificate authority's. Add the root "
                         "certificate of the CA that issued it."},
                    "pem");
            items.push_back({0, domain::TrustKind::CaCertificate, subject,
                             ToPem(WriteCertificate, info->x509), FingerprintSha256(info->x509), 0});
        }
        if (info->crl) {
            const std::string issuer = NameToString(X509_CRL_get_issuer(info->crl));
            items.push_back({0, domain::TrustKind::RevocationList, "CRL: " + issuer,
                             ToPem(WriteCrl, info->crl), CrlFingerprint(info->crl), 0});
        }
    }
    if (items.empty())
        throw DomainError(
            ErrorCode::FileFormat,
            {source + " không chứa chứng thư hay CRL nào ở dạng PEM (-----BEGIN CERTIFICATE-----).",
             source + " holds no certificate or CRL in PEM form (-----BEGIN CERTIFICATE-----)."},
            "pem");
    return items;
}

CertificateIdentity ReadCertificateIdentity(const std::string& bytes, const std::string& source) {
    ErrorMarkGuard guard;
    X509Ptr certificate;
    {
        BioPtr bio(BIO_new_mem_buf(bytes.data(), static_cast<int>(bytes.size())));
        if (bio) certificate.reset(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    }
    if (!certificate) {
        const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
        certificate.reset(d2i_X509(nullptr, &data, static_cast<long>(bytes.size())));
    }
    if (!certificate)
        throw DomainError(ErrorCode::FileFormat,
                          {source + " không chứa chứng thư số (PEM hoặc DER).",
                           source + " holds no certificate (PEM or DER)."},
                          "certificate");
    CertificateIdentity identity;
    identity.subject = NameToString(X509_get_subject_name(certificate.get()));
    identity.fingerprint = FingerprintSha256(certificate.get());
    if (const auto until = UnixSeconds(X509_get0_notAfter(certificate.get())))
        identity.not_after_unix = *until;
    if (const auto from = UnixSeconds(X509_get0_notBefore(certificate.get())))
        identity.not_before_unix = *from;
    identity.self_signed = (X509_get_extension_flags(certificate.get()) & EXFLAG_SS) != 0;
    return identity;
}

}  // namespace innodesk::signing
