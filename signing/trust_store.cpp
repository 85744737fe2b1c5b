// Reading a TrustStore (PEM files and PEM texts) once into an X509_STORE for many verifications.
#include "signing.h"

#include "domain/utf8_path.h"
#include "openssl_support.h"
#include "trust_store_impl.h"

#include <openssl/pem.h>

#include <limits>
#include <system_error>

namespace innodesk::signing {

using domain::DomainError;
using domain::ErrorCode;

namespace {

// What a trust item is, in both languages, for messages.
struct ItemKind {
    const char* vi;
    const char* en;
};
constexpr ItemKind kCaKind{"chứng thư số gốc tin cậy", "trusted root certificate"};
constexpr ItemKind kCrlKind{"danh sách thu hồi (CRL)", "revocation list (CRL)"};
constexpr ItemKind kIntermediateKind{"chứng thư số CA trung gian", "intermediate CA certificate"};

void LoadFile(X509_STORE* store, const std::filesystem::path& file, ItemKind kind) {
    const std::string name = domain::Utf8Of(file);
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error)) {
        throw DomainError(ErrorCode::NotFound,
                          {std::string("Không tìm thấy tệp ") + kind.vi + ": " + name,
                           std::string("The ") + kind.en + " file was not found: " + name},
                          "trust_store");
    }
    // Loads every PEM certificate and CRL in the file.
    if (X509_STORE_load_file(store, name.c_str()) != 1) {
        detail::ThrowOpenSslError(
            ErrorCode::FileFormat,
            {std::string("Không đọc được tệp ") + kind.vi + " (cần định dạng PEM): " + name,
             std::string("Cannot read the ") + kind.en + " file (PEM expected): " + name});
    }
}

[[noreturn]] void ThrowBadText(ItemKind kind, std::size_t number, const std::string& why_vi,
                               const std::string& why_en) {
    const std::string n = std::to_string(number);
    detail::ThrowOpenSslError(
        ErrorCode::FileFormat,
        {std::string("Văn bản PEM của ") + kind.vi + " thứ " + n + " không dùng được: " + why_vi,
         std::string("The PEM text of ") + kind.en + " #" + n + " cannot be used: " + why_en});
}

// A PEM text as the database keeps it: certificates for a CA entry, CRLs for a CRL entry. A private key
// has no business in a trust store and suggests the wrong file was pasted, so it is refused.
void LoadText(X509_STORE* store, const std::string& pem, ItemKind kind, std::size_t number, bool want_crl) {
    if (pem.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        ThrowBadText(kind, number, "quá lớn.", "it is too large.");
    }
    detail::BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    if (!bio) detail::ThrowOpenSslError(ErrorCode::Storage, {"Hết bộ nhớ.", "Out of memory."});
    // No password callback: an encrypted block must never make OpenSSL prompt on a terminal.
    pem_password_cb* no_password = [](char*, int, int, void*) { return -1; };
    const detail::X509InfoStackPtr items(PEM_X509_INFO_read_bio(bio.get(), nullptr, no_password, nullptr));
    if (!items) {
        ThrowBadText(kind, number, "không phải định dạng PEM hợp lệ (có thể bị cắt hoặc sửa).",
                     "it is not valid PEM (it may have been cut or edited).");
    }
    int certificates = 0;
    int crls = 0;
    for (int i = 0; i < sk_X509_INFO_num(items.get()); ++i) {
        const X509_INFO* item = sk_X509_INFO_value(items.get(), i);
        if (item->x_pkey || item->enc_data) {
            ThrowBadText(kind, number, "có chứa khóa bí mật; chỉ dán chứng thư số hoặc CRL.",
                         "it holds a private key; paste only certificates or CRLs.");
        }
        if (item->x509) {
            // Adding a certificate already present is not an error (OpenSSL 3 ignores duplicates).
            if (X509_STORE_add_cert(store, item->x509) != 1) {
                ThrowBadText(kind, number, "không thêm được chứng thư số.", "a certificate cannot be added.");
            }
            ++certificates;
        }
        if (item->crl) {
            if (X509_STORE_add_crl(store, item->crl) != 1) {
                ThrowBadText(kind, number, "không thêm được CRL.", "a CRL cannot be added.");
            }
            ++crls;
        }
    }
    if (!want_crl && certificates == 0) {
        ThrowBadText(kind, number, "không chứa chứng thư số nào (cần khối BEGIN CERTIFICATE).",
                     "it holds no certificate (a BEGIN CERTIFICATE block is expected).");
    }
    if (want_crl && crls == 0) {
        ThrowBadText(kind, number, "không chứa CRL nào (cần khối BEGIN X509 CRL).",
                     "it holds no CRL (a BEGIN X509 CRL block is expected).");
    }
}

// The certificates of a PEM text kept as untrusted helpers: added to `intermediates`, never to the
// store, so that a root among them (the database may hold one) is never an anchor.
void LoadIntermediates(STACK_OF(X509) * intermediates, const std::string& pem, std::size_t number) {
    detail::X509StorePtr scratch(X509_STORE_new());
    if (!scratch) detail::ThrowOpenSslError(ErrorCode::Storage, {"Hết bộ nhớ.", "Out of memory."});
    LoadText(scratch.get(), pem, kIntermediateKind, number, false);
    STACK_OF(X509_OBJECT)* objects = X509_STORE_get0_objects(scratch.get());
    for (int i = 0; i < sk_X509_OBJECT_num(objects); ++i) {
        X509* certificate = X509_OBJECT_get0_X509(sk_X509_OBJECT_value(objects, i));
        if (!certificate) continue;
        detail::X509Ptr owned(certificate);
        X509_up_ref(certificate);
        if (sk_X509_push(intermediates, owned.get()) <= 0)
            detail::ThrowOpenSslError(ErrorCode::Storage, {"Hết bộ nhớ.", "Out of memory."});
        owned.release();  // owned by the stack now
    }
}

}  // namespace

PreparedTrustStore::PreparedTrustStore(const TrustStore& trust) : m_impl(std::make_unique<Impl>()) {
    detail::ErrorMarkGuard mark;
    m_impl->store.reset(X509_STORE_new());
    if (!m_impl->store) detail::ThrowOpenSslError(ErrorCode::Storage, {"Hết bộ nhớ.", "Out of memory."});
    X509_STORE* store = m_impl->store.get();
    for (const auto& file : trust.ca_files) LoadFile(store, file, kCaKind);
    for (const auto& file : trust.crl_files) LoadFile(store, file, kCrlKind);
    for (std::size_t i = 0; i < trust.ca_pems.size(); ++i)
        LoadText(store, trust.ca_pems[i], kCaKind, i + 1, false);
    for (std::size_t i = 0; i < trust.crl_pems.size(); ++i)
        LoadText(store, trust.crl_pems[i], kCrlKind, i + 1, true);
    m_impl->intermediates.reset(sk_X509_new_null());
    if (!m_impl->intermediates)
        detail::ThrowOpenSslError(ErrorCode::Storage, {"Hết bộ nhớ.", "Out of memory."});
    for (std::size_t i = 0; i < trust.intermediate_pems.size(); ++i)
        LoadIntermediates(m_impl->intermediates.get(), trust.intermediate_pems[i], i + 1);
    m_impl->check_revocation = !trust.crl_files.empty() || !trust.crl_pems.empty();
}

PreparedTrustStore::~PreparedTrustStore() = default;
PreparedTrustStore::PreparedTrustStore(PreparedTrustStore&&) noexcept = default;
PreparedTrustStore& PreparedTrustStore::operator=(PreparedTrustStore&&) noexcept = default;

}  // namespace innodesk::signing
