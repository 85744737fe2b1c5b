// OpenSSL plumbing private to the signing library (and its tests): owning pointers, error capture, mark
// guard.
#pragma once

#include "domain/errors.h"

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace innodesk::signing::detail {

// Zero-size deleter calling one OpenSSL free function, so no code calls *_free by hand.
template <auto FreeFunction>
struct FreeWith {
    template <typename T>
    void operator()(T* object) const noexcept {
        FreeFunction(object);
    }
};

using BioPtr = std::unique_ptr<BIO, FreeWith<BIO_free_all>>;
using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, FreeWith<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, FreeWith<X509_free>>;
using X509CrlPtr = std::unique_ptr<X509_CRL, FreeWith<X509_CRL_free>>;
using X509RevokedPtr = std::unique_ptr<X509_REVOKED, FreeWith<X509_REVOKED_free>>;
using X509ExtensionPtr = std::unique_ptr<X509_EXTENSION, FreeWith<X509_EXTENSION_free>>;
using X509StorePtr = std::unique_ptr<X509_STORE, FreeWith<X509_STORE_free>>;
using X509StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, FreeWith<X509_STORE_CTX_free>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, FreeWith<CMS_ContentInfo_free>>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, FreeWith<PKCS12_free>>;
using Asn1TimePtr = std::unique_ptr<ASN1_TIME, FreeWith<ASN1_TIME_free>>;
using Asn1IntegerPtr = std::unique_ptr<ASN1_INTEGER, FreeWith<ASN1_INTEGER_free>>;
using EvpKdfPtr = std::unique_ptr<EVP_KDF, FreeWith<EVP_KDF_free>>;
using EvpKdfCtxPtr = std::unique_ptr<EVP_KDF_CTX, FreeWith<EVP_KDF_CTX_free>>;

// A stack of certificates that owns its elements.
struct X509StackFree {
    void operator()(STACK_OF(X509) * stack) const noexcept { sk_X509_pop_free(stack, X509_free); }
};
using X509StackPtr = std::unique_ptr<STACK_OF(X509), X509StackFree>;

// What PEM_X509_INFO_read_bio returns: certificates, CRLs and keys found in a PEM text.
struct X509InfoStackFree {
    void operator()(STACK_OF(X509_INFO) * stack) const noexcept {
        sk_X509_INFO_pop_free(stack, X509_INFO_free);
    }
};
using X509InfoStackPtr = std::unique_ptr<STACK_OF(X509_INFO), X509InfoStackFree>;

// Seconds since 1970-01-01 00:00 UTC of an ASN.1 time, or nullopt when it cannot be read. Measured
// from the epoch with ASN1_TIME_diff rather than converted with timegm, which Windows lacks.
std::optional<std::int64_t> UnixSeconds(const ASN1_TIME* time);

// RFC 2253 with UTF-8 kept as is, so Vietnamese names read correctly.
std::string NameToString(const X509_NAME* name);

// Empties the thread's OpenSSL error queue into one line ("error:...; error:..."); empty when none.
std::string DrainErrorQueue();

// Throws a DomainError whose sentences end with the cause OpenSSL queued, so a log names it.
[[noreturn]] void ThrowOpenSslError(domain::ErrorCode code, domain::LocalisedText message);

// At every public entry point: errors queued before the call are kept apart, and whatever the call
// leaves in the queue is dropped on return, so stale errors never leak into a later call's message.
class ErrorMarkGuard {
public:
    ErrorMarkGuard() { ERR_set_mark(); }
    ~ErrorMarkGuard() { ERR_pop_to_mark(); }
    ErrorMarkGuard(const ErrorMarkGuard&) = delete;
    ErrorMarkGuard& operator=(const ErrorMarkGuard&) = delete;
};

}  // namespace innodesk::signing::detail

namespace innodesk::signing::detail {

// Lower-case hex SHA-256 of the DER certificate (defined in signing.cpp).
std::string FingerprintSha256(const X509* certificate);
// Lower-case hex of a digest's bytes.
std::string LowerHex(const unsigned char* bytes, std::size_t length);

}  // namespace innodesk::signing::detail
