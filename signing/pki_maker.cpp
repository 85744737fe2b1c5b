// Certificates, CRLs and key files made with the OpenSSL C API, for tests, benchmarks and demo data.
#include "pki_maker.h"

#include "domain/utf8_path.h"
#include "openssl_support.h"
#include "secret_wipe.h"

#include <openssl/pem.h>
#include <openssl/rand.h>

#ifdef _WIN32
// windows.h first: sddl.h needs its types; NOCRYPT keeps wincrypt.h out, whose X509_NAME macro
// hides OpenSSL's type
// clang-format off
#define NOCRYPT
#include <windows.h>
#include <sddl.h>
// clang-format on
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

#include <cerrno>
#include <cstring>
#include <ctime>
#include <limits>

namespace innodesk::signing {

using domain::DomainError;
using domain::ErrorCode;

struct IssuedCertificate::Impl {
    detail::EvpPkeyPtr key;
    detail::X509Ptr certificate;
    std::string common_name;  // the PKCS#12 friendly name by default
};

IssuedCertificate::IssuedCertificate(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
IssuedCertificate::~IssuedCertificate() = default;
IssuedCertificate::IssuedCertificate(IssuedCertificate&&) noexcept = default;
IssuedCertificate& IssuedCertificate::operator=(IssuedCertificate&&) noexcept = default;

namespace {

// Every step names itself, so that a failure says which part of the certificate OpenSSL refused.
void Check(bool ok, const std::string& what) {
    if (!ok) {
        detail::ThrowOpenSslError(ErrorCode::InvalidValue, {"Không tạo được chứng thư số (" + what + ").",
                                                            "Cannot make the certificate (" + what + ")."});
    }
}

std::uint64_t RandomSerial() {
    std::uint64_t serial = 0;
    // Positive and non-zero, so that it encodes as a positive INTEGER of at most 8 bytes.
    while (serial == 0) {
        Check(RAND_bytes(reinterpret_cast<unsigned char*>(&serial), sizeof serial) == 1, "random serial");
        serial &= std::numeric_limits<std::uint64_t>::max() >> 1;
    }
    return serial;
}

void SetTime(ASN1_TIME* field, TimePoint when, const char* what) {
    Check(ASN1_TIME_set(field, std::chrono::system_clock::to_time_t(when)) != nullptr, what);
}

std::string KeyUsageText(KeyUsage usage) {
    static constexpr std::pair<KeyUsage, const char*> kNames[] = {
        {KeyUsage::DigitalSignature, "digitalSignature"},
        {KeyUsage::NonRepudiation, "nonRepudiation"},
        {KeyUsage::KeyEncipherment, "keyEncipherment"},
        {KeyUsage::KeyCertSign, "keyCertSign"},
        {KeyUsage::CrlSign, "cRLSign"},
    };
    std::string text = "critical";
    for (const auto& [bit, name] : kNames) {
        if (HasUsage(usage, bit)) text += std::string(",") + name;
    }
    return text;
}

void AddExtension(X509* certificate, X509V3_CTX& context, int nid, const std::string& value) {
    const detail::X509ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value.c_str()));
    Check(extension != nullptr, "extension " + value);
    Check(X509_add_ext(certificate, extension.get(), -1) == 1, "extension " + value);
}

void AddNameEntry(X509_NAME* name, const char* field, const std::string& value) {
    if (value.empty()) return;
    Check(X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                     reinterpret_cast<const unsigned char*>(value.c_str()), -1, -1, 0) == 1,
          std::string("name ") + field + "=" + value);
}

// issuer == nullptr: self-signed.
IssuedCertificate Issue(const CertificateProfile& profile, const IssuedCertificate* issuer) {
    detail::ErrorMarkGuard mark;
    if (profile.common_name.empty()) {
        throw DomainError(ErrorCode::InvalidValue,
                          {"Chứng thư số cần có tên (CN).", "A certificate needs a common name (CN)."},
                          "common_name");
    }
    if (profile.not_after <= profile.not_before) {
        throw DomainError(ErrorCode::InvalidValue,
                          {"Thời hạn chứng thư số phải kết thúc sau khi bắt đầu.",
                           "A certificate's validity must end after it starts."},
                          "not_after");
    }
    auto impl = std::make_unique<IssuedCertificate::Impl>();
    impl->common_name = profile.common_name;
    impl->key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", std::size_t{2048}));
    Check(impl->key != nullptr, "RSA-2048 key generation");
    impl->certificate.reset(X509_new());
    X509* certificate = impl->certificate.get();
    Check(certificate != nullptr, "X509_new");
    Check(X509_set_version(certificate, X509_VERSION_3) == 1, "version");
    Check(ASN1_INTEGER_set_uint64(X509_get_serialNumber(certificate),
                                  profile.serial != 0 ? profile.serial : RandomSerial()) == 1,
          "serial");
    SetTime(X509_getm_notBefore(certificate), profile.not_before, "notBefore");
    SetTime(X509_getm_notAfter(certificate), profile.not_after, "notAfter");
    Check(X509_set_pubkey(certificate, impl->key.get()) == 1, "public key");
    X509_NAME* name = X509_get_subject_name(certificate);
    AddNameEntry(name, "C", profile.country);
    AddNameEntry(name, "O", profile.organisation);
    AddNameEntry(name, "CN", profile.common_name);
    X509* issuer_certificate = issuer ? issuer->Get().certificate.get() : certificate;
    Check(X509_set_issuer_name(certificate, X509_get_subject_name(issuer_certificate)) == 1, "issuer name");

    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer_certificate, certificate, nullptr, nullptr, 0);
    AddExtension(certificate, context, NID_basic_constraints,
                 profile.is_ca ? "critical,CA:TRUE" : "critical,CA:FALSE");
    if (profile.key_usage != KeyUsage::None) {
        AddExtension(certificate, context, NID_key_usage, KeyUsageText(profile.key_usage));
    }
    if (profile.time_stamping) AddExtension(certificate, context, NID_ext_key_usage, "critical,timeStamping");
    AddExtension(certificate, context, NID_subject_key_identifier, "hash");
    if (issuer) AddExtension(certificate, context, NID_authority_key_identifier, "keyid");

    EVP_PKEY* signing_key = issuer ? issuer->Get().key.get() : impl->key.get();
    Check(X509_sign(certificate, signing_key, EVP_sha256()) > 0, "certificate signature");
    return IssuedCertificate(std::move(impl));
}

std::string MemoryText(BIO* bio) {
    char* data = nullptr;
    const long length = BIO_ctrl(bio, BIO_CTRL_INFO, 0, &data);  // BIO_get_mem_data, without its C cast
    return length > 0 && data ? std::string(data, static_cast<std::size_t>(length)) : std::string();
}

detail::BioPtr OpenForWriting(const std::filesystem::path& file) {
    const std::string name = domain::Utf8Of(file);
    detail::BioPtr bio(BIO_new_file(name.c_str(), "wb"));
    if (!bio) {
        detail::ThrowOpenSslError(ErrorCode::Storage,
                                  {"Không ghi được tệp " + name + ". Kiểm tra thư mục và quyền ghi.",
                                   "Cannot write the file " + name + ". Check the folder and permissions."});
    }
    return bio;
}

// For private keys: the file is made readable and writable by its owner only (0600) before a
// byte of the key is written, whatever the umask, and an existing file is narrowed to it too.
#ifdef _WIN32
// On Windows the counterpart of 0600 is a protected DACL allowing the owner alone. An existing file
// is deleted first, as CreateFileW gives a DACL only to a file it creates; the empty private file is
// then written by name (OpenSSL opens a UTF-8 name with _wfopen), which keeps its DACL.
detail::BioPtr OpenPrivateForWriting(const std::filesystem::path& file) {
    const std::string name = domain::Utf8Of(file);
    DWORD error = ERROR_SUCCESS;
    if (!::DeleteFileW(file.c_str()) && ::GetLastError() != ERROR_FILE_NOT_FOUND) error = ::GetLastError();
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    if (error == ERROR_SUCCESS && !::ConvertStringSecurityDescriptorToSecurityDescriptorW(
                                      L"D:P(A;;FA;;;OW)", SDDL_REVISION_1, &descriptor, nullptr))
        error = ::GetLastError();
    if (error == ERROR_SUCCESS) {
        SECURITY_ATTRIBUTES attributes{sizeof attributes, descriptor, FALSE};
        const HANDLE handle = ::CreateFileW(file.c_str(), GENERIC_WRITE, 0, &attributes, CREATE_NEW,
                                            FILE_ATTRIBUTE_NORMAL, nullptr);
        if (handle == INVALID_HANDLE_VALUE)
            error = ::GetLastError();
        else
            ::CloseHandle(handle);
        ::LocalFree(descriptor);
    }
    if (error != ERROR_SUCCESS) {
        const std::string why = "Windows error " + std::to_string(error);
        throw DomainError(
            ErrorCode::Storage,
            {"Không ghi được tệp " + name + " (" + why + "). Kiểm tra thư mục và quyền ghi.",
             "Cannot write the file " + name + " (" + why + "). Check the folder and permissions."});
    }
    return OpenForWriting(file);
}
#else
detail::BioPtr OpenPrivateForWriting(const std::filesystem::path& file) {
    const std::string name = domain::Utf8Of(file);
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0 || ::fchmod(fd, S_IRUSR | S_IWUSR) != 0) {
        const std::string why = std::strerror(errno);
        if (fd >= 0) ::close(fd);
        throw DomainError(
            ErrorCode::Storage,
            {"Không ghi được tệp " + name + " (" + why + "). Kiểm tra thư mục và quyền ghi.",
             "Cannot write the file " + name + " (" + why + "). Check the folder and permissions."});
    }
    detail::BioPtr bio(BIO_new_fd(fd, BIO_CLOSE));
    if (!bio) {
        ::close(fd);
        detail::ThrowOpenSslError(
            ErrorCode::Storage, {"Không ghi được tệp " + name + ".", "Cannot write the file " + name + "."});
    }
    return bio;
}
#endif

// BIO_flush reports the write errors that buffered writes held back.
void FinishWriting(BIO* bio, bool written, const std::filesystem::path& file) {
    if (!written || BIO_flush(bio) != 1) {
        const std::string name = domain::Utf8Of(file);
        detail::ThrowOpenSslError(ErrorCode::Storage,
                                  {"Ghi tệp " + name + " thất bại (có thể đã đầy đĩa).",
                                   "Writing the file " + name + " failed (the disk may be full)."});
    }
}

}  // namespace

std::string IssuedCertificate::FingerprintSha256() const {
    detail::ErrorMarkGuard mark;
    return detail::FingerprintSha256(m_impl->certificate.get());
}

std::string IssuedCertificate::Subject() const {
    detail::ErrorMarkGuard mark;
    return detail::NameToString(X509_get_subject_name(m_impl->certificate.get()));
}

std::uint64_t IssuedCertificate::Serial() const {
    std::uint64_t serial = 0;
    ASN1_INTEGER_get_uint64(&serial, X509_get0_serialNumber(m_impl->certificate.get()));
    return serial;
}

std::string IssuedCertificate::CertificatePem() const {
    detail::ErrorMarkGuard mark;
    const detail::BioPtr bio(BIO_new(BIO_s_mem()));
    Check(bio && PEM_write_bio_X509(bio.get(), m_impl->certificate.get()) == 1, "PEM");
    return MemoryText(bio.get());
}

IssuedCertificate MakeRootCa(const CertificateProfile& profile) {
    return Issue(profile, nullptr);
}

IssuedCertificate IssueCertificate(const CertificateProfile& profile, const IssuedCertificate& issuer) {
    return Issue(profile, &issuer);
}

std::string MakeCrlPem(const IssuedCertificate& issuer, std::span<const std::uint64_t> revoked_serials,
                       TimePoint this_update, TimePoint next_update) {
    detail::ErrorMarkGuard mark;
    const detail::X509CrlPtr crl(X509_CRL_new());
    Check(crl != nullptr, "X509_CRL_new");
    Check(X509_CRL_set_version(crl.get(), X509_CRL_VERSION_2) == 1, "CRL version");
    Check(X509_CRL_set_issuer_name(crl.get(), X509_get_subject_name(issuer.Get().certificate.get())) == 1,
          "CRL issuer");
    const detail::Asn1TimePtr last_update(
        ASN1_TIME_set(nullptr, std::chrono::system_clock::to_time_t(this_update)));
    const detail::Asn1TimePtr next(ASN1_TIME_set(nullptr, std::chrono::system_clock::to_time_t(next_update)));
    Check(last_update && next, "CRL times");
    Check(X509_CRL_set1_lastUpdate(crl.get(), last_update.get()) == 1, "CRL lastUpdate");
    Check(X509_CRL_set1_nextUpdate(crl.get(), next.get()) == 1, "CRL nextUpdate");
    for (const std::uint64_t serial : revoked_serials) {
        detail::X509RevokedPtr revoked(X509_REVOKED_new());
        const detail::Asn1IntegerPtr number(ASN1_INTEGER_new());
        Check(revoked && number && ASN1_INTEGER_set_uint64(number.get(), serial) == 1, "revoked entry");
        Check(X509_REVOKED_set_serialNumber(revoked.get(), number.get()) == 1, "revoked serial");
        Check(X509_REVOKED_set_revocationDate(revoked.get(), last_update.get()) == 1, "revocation date");
        Check(X509_CRL_add0_revoked(crl.get(), revoked.get()) == 1, "add revoked");
        revoked.release();  // owned by the CRL now
    }
    Check(X509_CRL_sort(crl.get()) == 1, "CRL sort");
    Check(X509_CRL_sign(crl.get(), issuer.Get().key.get(), EVP_sha256()) > 0, "CRL signature");
    const detail::BioPtr bio(BIO_new(BIO_s_mem()));
    Check(bio && PEM_write_bio_X509_CRL(bio.get(), crl.get()) == 1, "CRL PEM");
    return MemoryText(bio.get());
}

void WriteTextFile(const std::filesystem::path& file, std::string_view text) {
    detail::ErrorMarkGuard mark;
    const detail::BioPtr bio = OpenForWriting(file);
    const bool written =
        text.empty() ||
        (text.size() <= static_cast<std::size_t>(std::numeric_limits<int>::max()) &&
         BIO_write(bio.get(), text.data(), static_cast<int>(text.size())) == static_cast<int>(text.size()));
    FinishWriting(bio.get(), written, file);
}

void WritePkcs12(const std::filesystem::path& file, const IssuedCertificate& holder,
                 const std::vector<const IssuedCertificate*>& chain, const std::string& password,
                 const std::string& friendly_name) {
    detail::ErrorMarkGuard mark;
    const detail::X509StackPtr certificates(sk_X509_new_null());
    Check(certificates != nullptr, "PKCS#12 chain");
    for (const IssuedCertificate* link : chain) {
        detail::X509Ptr copy(X509_dup(link->Get().certificate.get()));
        Check(copy && sk_X509_push(certificates.get(), copy.get()) > 0, "PKCS#12 chain");
        copy.release();  // owned by the stack now
    }
    const std::string& name = friendly_name.empty() ? holder.Get().common_name : friendly_name;
    const detail::Pkcs12Ptr p12(PKCS12_create(password.c_str(), name.c_str(), holder.Get().key.get(),
                                              holder.Get().certificate.get(), certificates.get(), 0, 0, 0, 0,
                                              0));
    Check(p12 != nullptr, "PKCS12_create");
    const detail::BioPtr bio = OpenPrivateForWriting(file);
    FinishWriting(bio.get(), i2d_PKCS12_bio(bio.get(), p12.get()) == 1, file);
}

void WriteEncryptedPrivateKeyPem(const std::filesystem::path& file, const IssuedCertificate& holder,
                                 const std::string& password) {
    detail::ErrorMarkGuard mark;
    if (password.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        throw DomainError(ErrorCode::InvalidValue, {"Mật khẩu quá dài.", "The password is too long."});
    }
    const detail::BioPtr bio = OpenPrivateForWriting(file);
    // PEM_write_bio_PKCS8PrivateKey only reads the passphrase, but takes it as char*.
    std::string passphrase = password;
    SecretWiper wiper(passphrase);
    FinishWriting(
        bio.get(),
        PEM_write_bio_PKCS8PrivateKey(bio.get(), holder.Get().key.get(), EVP_aes_256_cbc(), passphrase.data(),
                                      static_cast<int>(passphrase.size()), nullptr, nullptr) == 1,
        file);
}

}  // namespace innodesk::signing
