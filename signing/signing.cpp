// Loading a PKCS#12 signing key and making detached CMS signatures with it.
#include "signing.h"

#include "domain/utf8_path.h"
#include "openssl_support.h"
#include "secret_wipe.h"
#include "signing_key_impl.h"

#include <array>
#include <fstream>
#include <iterator>
#include <limits>

namespace innodesk::signing {

using domain::DomainError;
using domain::ErrorCode;

SigningKey::SigningKey(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
SigningKey::~SigningKey() = default;

namespace {

std::vector<unsigned char> ReadWholeFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw DomainError(ErrorCode::NotFound,
                          {"Không mở được tệp khóa ký số: " + domain::Utf8Of(file),
                           "Cannot open the signing key file: " + domain::Utf8Of(file)},
                          "file");
    }
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

std::unique_ptr<SigningKey> LoadPkcs12(const std::filesystem::path& file, std::string password) {
    SecretWiper wiper(password);
    detail::ErrorMarkGuard mark;

    const std::vector<unsigned char> bytes = ReadWholeFile(file);
    if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<long>::max())) {
        throw DomainError(ErrorCode::FileFormat,
                          {"Tệp khóa ký số quá lớn.", "The signing key file is too large."}, "file");
    }
    const unsigned char* cursor = bytes.data();
    detail::Pkcs12Ptr p12(d2i_PKCS12(nullptr, &cursor, static_cast<long>(bytes.size())));
    if (!p12) {
        detail::ThrowOpenSslError(
            ErrorCode::FileFormat,
            {"Tệp " + domain::Utf8Of(file) + " không phải tệp khóa ký số PKCS#12 (.p12/.pfx).",
             "The file " + domain::Utf8Of(file) + " is not a PKCS#12 (.p12/.pfx) signing key file."});
    }

    EVP_PKEY* raw_key = nullptr;
    X509* raw_certificate = nullptr;
    STACK_OF(X509)* raw_chain = nullptr;
    const int parsed = PKCS12_parse(p12.get(), password.c_str(), &raw_key, &raw_certificate, &raw_chain);
    auto impl = std::make_unique<SigningKey::Impl>();
    impl->key.reset(raw_key);
    impl->certificate.reset(raw_certificate);
    impl->chain.reset(raw_chain);
    if (parsed != 1) {
        // PKCS#12 cannot tell a wrong password from a damaged MAC or key bag: say both.
        detail::ThrowOpenSslError(ErrorCode::InvalidValue,
                                  {"Không mở được tệp khóa ký số: sai mật khẩu hoặc tệp bị hỏng.",
                                   "Cannot open the signing key file: wrong password or damaged file."});
    }
    if (!impl->key || !impl->certificate) {
        throw DomainError(ErrorCode::InvalidValue,
                          {"Tệp khóa ký số không chứa khóa bí mật và chứng thư số của người ký.",
                           "The signing key file does not hold the signer's private key and certificate."},
                          "file");
    }
    if (X509_check_private_key(impl->certificate.get(), impl->key.get()) != 1) {
        detail::ThrowOpenSslError(ErrorCode::InvalidValue,
                                  {"Khóa bí mật trong tệp không khớp với chứng thư số.",
                                   "The private key in the file does not match its certificate."});
    }
    if (!impl->chain) {
        impl->chain.reset(sk_X509_new_null());
        if (!impl->chain) detail::ThrowOpenSslError(ErrorCode::Storage, {"Hết bộ nhớ.", "Out of memory."});
    }
    return std::make_unique<SigningKey>(std::move(impl));
}

std::vector<std::uint8_t> SignDetached(const SigningKey& key, std::span<const std::uint8_t> content) {
    detail::ErrorMarkGuard mark;
    const SigningKey::Impl& k = key.Get();
    if (content.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        throw DomainError(ErrorCode::InvalidValue, {"Nội dung cần ký quá lớn (tối đa 2 GiB).",
                                                    "The content to sign is too large (2 GiB at most)."});
    }
    // BIO_new_mem_buf refuses a null pointer, which an empty span may carry.
    static const std::uint8_t kNothing = 0;
    detail::BioPtr input(
        BIO_new_mem_buf(content.empty() ? &kNothing : content.data(), static_cast<int>(content.size())));

    const unsigned int flags = CMS_DETACHED | CMS_BINARY | CMS_PARTIAL;
    detail::CmsPtr cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, flags));
    if (!input || !cms) {
        detail::ThrowOpenSslError(ErrorCode::InvalidValue,
                                  {"Không tạo được chữ ký CMS.", "Cannot create the CMS signature."});
    }
    // CMS_add1_signer also adds a signing-time attribute (OpenSSL adds one when none is present).
    if (!CMS_add1_signer(cms.get(), k.certificate.get(), k.key.get(), EVP_sha256(), flags)) {
        detail::ThrowOpenSslError(ErrorCode::InvalidValue, {"Không thêm được người ký vào chữ ký CMS.",
                                                            "Cannot add the signer to the CMS signature."});
    }
    for (int i = 0; i < sk_X509_num(k.chain.get()); ++i) {
        X509* certificate = sk_X509_value(k.chain.get(), i);
        if (X509_cmp(certificate, k.certificate.get()) == 0) continue;  // already added as the signer
        if (CMS_add1_cert(cms.get(), certificate) != 1) {
            detail::ThrowOpenSslError(ErrorCode::InvalidValue,
                                      {"Không thêm được chứng thư số trung gian vào chữ ký.",
                                       "Cannot add an intermediate certificate to the signature."});
        }
    }
    if (CMS_final(cms.get(), input.get(), nullptr, flags) != 1) {
        detail::ThrowOpenSslError(ErrorCode::InvalidValue, {"Ký số thất bại.", "Signing failed."});
    }
    const int length = i2d_CMS_ContentInfo(cms.get(), nullptr);
    if (length <= 0) {
        detail::ThrowOpenSslError(ErrorCode::InvalidValue,
                                  {"Không mã hóa được chữ ký (DER).", "Cannot encode the signature as DER."});
    }
    std::vector<std::uint8_t> der(static_cast<std::size_t>(length));
    unsigned char* cursor = der.data();
    if (i2d_CMS_ContentInfo(cms.get(), &cursor) != length) {
        detail::ThrowOpenSslError(ErrorCode::InvalidValue,
                                  {"Không mã hóa được chữ ký (DER).", "Cannot encode the signature as DER."});
    }
    return der;
}

namespace detail {

std::string FingerprintSha256(const X509* certificate) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (X509_digest(certificate, EVP_sha256(), digest.data(), &length) != 1) {
        ThrowOpenSslError(domain::ErrorCode::InvalidValue, {"Không tính được dấu vân tay của chứng thư số.",
                                                            "Cannot compute the certificate fingerprint."});
    }
    return LowerHex(digest.data(), length);
}

std::string LowerHex(const unsigned char* bytes, std::size_t length) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(2 * length);
    for (std::size_t i = 0; i < length; ++i) {
        hex += kHex[bytes[i] >> 4];
        hex += kHex[bytes[i] & 0x0f];
    }
    return hex;
}

}  // namespace detail

std::string CertificateFingerprintSha256(const SigningKey& key) {
    detail::ErrorMarkGuard mark;
    return detail::FingerprintSha256(key.Get().certificate.get());
}

std::string CertificateSubject(const SigningKey& key) {
    detail::ErrorMarkGuard mark;
    return detail::NameToString(X509_get_subject_name(key.Get().certificate.get()));
}

}  // namespace innodesk::signing
