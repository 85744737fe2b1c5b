// scrypt password hashes in a self-describing string; see the header for the format.
#include "scrypt_password_hasher.h"

#include "openssl_support.h"
#include "secret_wipe.h"

#include "domain/base64.h"

#include <openssl/core_names.h>
#include <openssl/params.h>
#include <openssl/rand.h>

#include <array>
#include <charconv>
#include <optional>
#include <string_view>
#include <vector>

namespace innodesk::signing {

using domain::DomainError;
using domain::ErrorCode;

namespace {

constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;
constexpr std::size_t kMinSaltBytes = 8;
constexpr std::size_t kMaxSaltBytes = 64;
constexpr std::size_t kMinHashBytes = 16;
constexpr std::size_t kMaxHashBytes = 64;
constexpr std::uint32_t kMaxLog2N = 30;
constexpr std::uint32_t kMaxR = 32;
constexpr std::uint32_t kMaxP = 16;
constexpr std::uint64_t kMaxMemoryBytes = std::uint64_t{1} << 30;
constexpr std::string_view kPrefix = "$scrypt$";

// What OpenSSL's scrypt allocates (its own check in kdf_scrypt.c): the V array, 128·r·(N+2) bytes, and
// the B array, 128·r·p bytes. maxmem_bytes is set to exactly this, since OpenSSL's default limit
// (32 MiB) is below OWASP's parameters.
std::uint64_t MemoryBytes(const ScryptParameters& parameters) {
    const std::uint64_t n = std::uint64_t{1} << parameters.log2_n;
    return std::uint64_t{128} * parameters.r * (n + 2 + parameters.p);
}

// Besides our own limits, scrypt itself wants N < 2^(16·r) (RFC 7914), which OpenSSL enforces.
bool InRange(const ScryptParameters& parameters) {
    return parameters.log2_n >= 1 && parameters.log2_n <= kMaxLog2N && parameters.r >= 1 &&
           parameters.r <= kMaxR && parameters.p >= 1 && parameters.p <= kMaxP &&
           parameters.log2_n < 16 * parameters.r && MemoryBytes(parameters) <= kMaxMemoryBytes;
}

[[noreturn]] void ThrowDamaged(const char* why_vi, const char* why_en) {
    throw DomainError(ErrorCode::DatabaseDamaged,
                      {std::string("Mã băm mật khẩu đã lưu bị hỏng hoặc không phải do InnoDesk tạo (") +
                           why_vi + "). Đặt lại mật khẩu cho tài khoản này.",
                       std::string("The stored password hash is damaged or was not written by InnoDesk (") +
                           why_en + "). Reset this account's password."},
                      "password_hash");
}

// PHC strings use standard base64 without padding; decoding is strict, so one byte string has
// one spelling.
std::string EncodeBase64(const std::vector<unsigned char>& bytes) {
    return domain::Base64Encode(bytes, domain::Base64Padding::Unpadded);
}

std::optional<std::vector<unsigned char>> DecodeBase64(std::string_view text) {
    if (text.empty()) return std::nullopt;
    return domain::Base64Decode(text, domain::Base64Padding::Unpadded);
}

std::optional<std::uint32_t> ParseNumber(std::string_view text) {
    // Decimal, no sign, no leading zero: one spelling per value.
    if (text.empty() || (text.size() > 1 && text.front() == '0')) return std::nullopt;
    std::uint32_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

struct StoredHash {
    ScryptParameters parameters;
    std::vector<unsigned char> salt;
    std::vector<unsigned char> hash;
};

StoredHash Parse(const std::string& stored) {
    std::string_view rest(stored);
    if (!rest.starts_with(kPrefix)) ThrowDamaged("không phải scrypt", "not scrypt");
    rest.remove_prefix(kPrefix.size());

    std::array<std::string_view, 3> fields;  // parameters, salt, hash
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const std::size_t dollar = rest.find('$');
        if ((i + 1 < fields.size()) == (dollar == std::string_view::npos)) {
            ThrowDamaged("sai số trường", "wrong number of fields");
        }
        fields[i] = rest.substr(0, dollar);
        rest = dollar == std::string_view::npos ? std::string_view() : rest.substr(dollar + 1);
    }

    StoredHash result;
    std::string_view parameters = fields[0];
    const std::array<std::pair<std::string_view, std::uint32_t*>, 3> names{{
        {"ln=", &result.parameters.log2_n},
        {"r=", &result.parameters.r},
        {"p=", &result.parameters.p},
    }};
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (!parameters.starts_with(names[i].first)) ThrowDamaged("sai tham số", "wrong parameters");
        parameters.remove_prefix(names[i].first.size());
        const std::size_t comma = parameters.find(',');
        if ((i + 1 < names.size()) == (comma == std::string_view::npos)) {
            ThrowDamaged("sai tham số", "wrong parameters");
        }
        const std::optional<std::uint32_t> value = ParseNumber(parameters.substr(0, comma));
        if (!value) ThrowDamaged("sai tham số", "wrong parameters");
        *names[i].second = *value;
        parameters = comma == std::string_view::npos ? std::string_view() : parameters.substr(comma + 1);
    }
    if (!InRange(result.parameters)) ThrowDamaged("tham số ngoài giới hạn", "parameters out of range");

    std::optional<std::vector<unsigned char>> salt = DecodeBase64(fields[1]);
    if (!salt || salt->size() < kMinSaltBytes || salt->size() > kMaxSaltBytes) {
        ThrowDamaged("salt hỏng", "damaged salt");
    }
    std::optional<std::vector<unsigned char>> hash = DecodeBase64(fields[2]);
    if (!hash || hash->size() < kMinHashBytes || hash->size() > kMaxHashBytes) {
        ThrowDamaged("giá trị băm hỏng", "damaged hash value");
    }
    result.salt = std::move(*salt);
    result.hash = std::move(*hash);
    return result;
}

// Wipes the derived key on every way out: it is as good as the password for an offline attacker who
// also holds the stored hash.
class DerivedKey {
public:
    explicit DerivedKey(std::size_t size) : m_bytes(size) {}
    ~DerivedKey() { OPENSSL_cleanse(m_bytes.data(), m_bytes.size()); }
    DerivedKey(const DerivedKey&) = delete;
    DerivedKey& operator=(const DerivedKey&) = delete;

    std::vector<unsigned char>& Bytes() { return m_bytes; }

private:
    std::vector<unsigned char> m_bytes;
};

void Derive(std::string& password, const std::vector<unsigned char>& salt, const ScryptParameters& parameters,
            std::vector<unsigned char>& out) {
    const detail::EvpKdfPtr kdf(EVP_KDF_fetch(nullptr, OSSL_KDF_NAME_SCRYPT, nullptr));
    const detail::EvpKdfCtxPtr context(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
    if (!context) {
        detail::ThrowOpenSslError(ErrorCode::Storage, {"OpenSSL không có thuật toán scrypt.",
                                                       "OpenSSL does not provide the scrypt algorithm."});
    }
    std::uint64_t n = std::uint64_t{1} << parameters.log2_n;
    std::uint32_t r = parameters.r;
    std::uint32_t p = parameters.p;
    std::uint64_t max_memory = MemoryBytes(parameters);
    // OSSL_PARAM wants non-const pointers; OpenSSL only reads these buffers.
    std::vector<unsigned char> salt_copy = salt;
    const std::array<OSSL_PARAM, 7> params{
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_PASSWORD, password.data(), password.size()),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, salt_copy.data(), salt_copy.size()),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &max_memory),
        OSSL_PARAM_construct_end(),
    };
    if (EVP_KDF_derive(context.get(), out.data(), out.size(), params.data()) != 1) {
        detail::ThrowOpenSslError(ErrorCode::Storage,
                                  {"Không tính được mã băm mật khẩu (scrypt cần khoảng " +
                                       std::to_string(max_memory >> 20) + " MiB bộ nhớ).",
                                   "Cannot compute the password hash (scrypt needs about " +
                                       std::to_string(max_memory >> 20) + " MiB of memory)."});
    }
}

std::string Format(const ScryptParameters& parameters, const std::vector<unsigned char>& salt,
                   const std::vector<unsigned char>& hash) {
    return std::string(kPrefix) + "ln=" + std::to_string(parameters.log2_n) +
           ",r=" + std::to_string(parameters.r) + ",p=" + std::to_string(parameters.p) + "$" +
           EncodeBase64(salt) + "$" + EncodeBase64(hash);
}

}  // namespace

ScryptPasswordHasher::ScryptPasswordHasher(ScryptParameters parameters) : m_parameters(parameters) {
    if (!InRange(m_parameters)) {
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Tham số scrypt ngoài giới hạn cho phép (log2 N 1–30, r 1–32, p 1–16, tối đa 1 GiB).",
             "The scrypt parameters are out of range (log2 N 1–30, r 1–32, p 1–16, 1 GiB at most)."});
    }
}

std::string ScryptPasswordHasher::Hash(std::string password) const {
    SecretWiper wiper(password);
    detail::ErrorMarkGuard mark;
    std::vector<unsigned char> salt(kSaltBytes);
    if (RAND_bytes(salt.data(), static_cast<int>(salt.size())) != 1) {
        detail::ThrowOpenSslError(ErrorCode::Storage, {"Không tạo được số ngẫu nhiên cho mã băm mật khẩu.",
                                                       "Cannot get random bytes for the password hash."});
    }
    DerivedKey key(kHashBytes);
    Derive(password, salt, m_parameters, key.Bytes());
    return Format(m_parameters, salt, key.Bytes());
}

bool ScryptPasswordHasher::Verify(std::string password, const std::string& stored) const {
    SecretWiper wiper(password);
    detail::ErrorMarkGuard mark;
    const StoredHash expected = Parse(stored);
    DerivedKey key(expected.hash.size());
    Derive(password, expected.salt, expected.parameters, key.Bytes());
    return CRYPTO_memcmp(key.Bytes().data(), expected.hash.data(), expected.hash.size()) == 0;
}

bool ScryptPasswordHasher::NeedsRehash(const std::string& stored) const {
    const StoredHash current = Parse(stored);
    return current.parameters.log2_n < m_parameters.log2_n || current.parameters.r < m_parameters.r ||
           current.parameters.p < m_parameters.p || current.salt.size() < kSaltBytes ||
           current.hash.size() < kHashBytes;
}

ScryptParameters ScryptPasswordHasher::ParseParameters(const std::string& text) {
    // The stored format's own parser, on a hash with a dummy salt and value, so that there is one
    // grammar for parameters.
    static const std::string kDummy = "$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAA";
    try {
        return Parse(std::string(kPrefix) + text + kDummy).parameters;
    } catch (const DomainError&) {
        throw DomainError(ErrorCode::InvalidValue,
                          {"Tham số scrypt '" + text +
                               "' không hợp lệ; dạng đúng: ln=17,r=8,p=1 (log2 N 1–30, r 1–32, "
                               "p 1–16, tối đa 1 GiB).",
                           "The scrypt parameters '" + text +
                               "' are not valid; the form is ln=17,r=8,p=1 (log2 N "
                               "1–30, r 1–32, p 1–16, 1 GiB at most)."},
                          "scrypt");
    }
}

}  // namespace innodesk::signing
