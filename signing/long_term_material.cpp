// Gathering the DSS's certificates and CRLs with OpenSSL.
#include "long_term_material.h"

#include "domain/utf8_path.h"
#include "openssl_support.h"
#include "timestamp.h"

#include <openssl/cms.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <fstream>
#include <iterator>
#include <set>

namespace innodesk::signing {

namespace {

using domain::DomainError;
using domain::ErrorCode;

std::vector<std::uint8_t> Der(X509* certificate) {
    unsigned char* bytes = nullptr;
    const int length = i2d_X509(certificate, &bytes);
    if (length <= 0)
        detail::ThrowOpenSslError(ErrorCode::FileFormat,
                                  {"Không mã hóa được chứng thư số.", "A certificate could not be encoded."});
    std::vector<std::uint8_t> der(bytes, bytes + length);
    OPENSSL_free(bytes);
    return der;
}

std::vector<std::uint8_t> Der(X509_CRL* crl) {
    unsigned char* bytes = nullptr;
    const int length = i2d_X509_CRL(crl, &bytes);
    if (length <= 0)
        detail::ThrowOpenSslError(ErrorCode::FileFormat, {"Không mã hóa được danh sách thu hồi.",
                                                          "A revocation list could not be encoded."});
    std::vector<std::uint8_t> der(bytes, bytes + length);
    OPENSSL_free(bytes);
    return der;
}

// Each item once, in the order first met.
class Collected {
public:
    void Add(std::vector<std::uint8_t> der, std::vector<std::vector<std::uint8_t>>& into) {
        if (m_seen.insert(der).second) into.push_back(std::move(der));
    }

private:
    std::set<std::vector<std::uint8_t>> m_seen;
};

void AddCmsCertificates(std::span<const std::uint8_t> cms_der, Collected& seen, LongTermMaterial& material) {
    const unsigned char* cursor = cms_der.data();
    detail::CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &cursor, static_cast<long>(cms_der.size())));
    if (!cms)
        detail::ThrowOpenSslError(
            ErrorCode::FileFormat,
            {"Chữ ký không phải là CMS hợp lệ nên không lấy được chứng thư số của nó.",
             "A signature is not a valid CMS, so its certificates cannot be gathered."});
    const detail::X509StackPtr certificates(CMS_get1_certs(cms.get()));
    if (!certificates) return;
    for (int i = 0; i < sk_X509_num(certificates.get()); ++i)
        seen.Add(Der(sk_X509_value(certificates.get(), i)), material.certificates_der);
}

void AddPem(const std::string& pem, Collected& certificates, Collected& crls, LongTermMaterial& material) {
    const detail::BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    if (!bio) detail::ThrowOpenSslError(ErrorCode::Storage, {"Hết bộ nhớ.", "Out of memory."});
    const detail::X509InfoStackPtr items(PEM_X509_INFO_read_bio(bio.get(), nullptr, nullptr, nullptr));
    if (!items)
        detail::ThrowOpenSslError(ErrorCode::FileFormat, {"Kho tin cậy có một mục không phải PEM.",
                                                          "An item of the trust store is not PEM."});
    for (int i = 0; i < sk_X509_INFO_num(items.get()); ++i) {
        const X509_INFO* item = sk_X509_INFO_value(items.get(), i);
        if (item->x509) certificates.Add(Der(item->x509), material.certificates_der);
        if (item->crl) crls.Add(Der(item->crl), material.crls_der);
    }
}

std::string ReadText(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw DomainError(ErrorCode::NotFound,
                          {"Không đọc được tệp của kho tin cậy: " + domain::Utf8Of(file) + ".",
                           "The trust store's file cannot be read: " + domain::Utf8Of(file) + "."},
                          "trust");
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

LongTermMaterial LongTermMaterialFor(std::span<const std::vector<std::uint8_t>> cms_signatures,
                                     const TrustStore& trust, const std::vector<std::string>& extra_ca_pems) {
    const detail::ErrorMarkGuard guard;
    LongTermMaterial material;
    Collected certificates;
    Collected crls;
    for (const auto& cms : cms_signatures) {
        AddCmsCertificates(cms, certificates, material);
        if (const auto token = SignatureTimestampToken(cms))
            AddCmsCertificates(*token, certificates, material);
    }
    for (const auto& file : trust.ca_files) AddPem(ReadText(file), certificates, crls, material);
    for (const auto& pem : trust.ca_pems) AddPem(pem, certificates, crls, material);
    for (const auto& pem : trust.intermediate_pems) AddPem(pem, certificates, crls, material);
    for (const auto& pem : extra_ca_pems) AddPem(pem, certificates, crls, material);
    for (const auto& file : trust.crl_files) AddPem(ReadText(file), certificates, crls, material);
    for (const auto& pem : trust.crl_pems) AddPem(pem, certificates, crls, material);
    return material;
}

}  // namespace innodesk::signing
