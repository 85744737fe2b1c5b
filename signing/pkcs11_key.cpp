// Loading a signing key from a PKCS#11 token with libp11: one module session, one login, key,
// certificate and chain.
//
// libp11's library API rather than its OpenSSL ENGINE: the ENGINE API is deprecated in OpenSSL 3, and
// with the library InnoDesk itself decides when to log in (once), can read the token's PIN flags before
// trying, and gets the PKCS#11 return code of a refused login; the engine decides those on its own.
#include "pkcs11_key.h"

#include "domain/utf8_path.h"
#include "openssl_support.h"
#include "pkcs11_uri.h"
#include "secret_wipe.h"
#include "signing_key_impl.h"

#include <libp11.h>

#include <algorithm>
#include <array>
#include <mutex>
#include <set>
#include <span>
#include <system_error>

namespace innodesk::signing {

using domain::DomainError;
using domain::ErrorCode;

namespace {

// Return values of C_Login (PKCS#11 v2.40, pkcs11t.h); libp11 queues them as the error reason.
constexpr unsigned long kCkrPinIncorrect = 0xA0;
constexpr unsigned long kCkrPinInvalid = 0xA1;
constexpr unsigned long kCkrPinLenRange = 0xA2;
constexpr unsigned long kCkrPinExpired = 0xA3;
constexpr unsigned long kCkrPinLocked = 0xA4;

constexpr int kMaxChainLength = 8;

// The error queue as text, and the PKCS#11 return value libp11 queued, if any.
struct QueuedError {
    std::string text;
    unsigned long pkcs11_code = 0;  // 0 (CKR_OK): none queued
};

QueuedError DrainQueue() {
    QueuedError result;
    const int pkcs11_library = ERR_get_CKR_code();
    while (const unsigned long code = ERR_get_error()) {
        if (pkcs11_library != 0 && ERR_GET_LIB(code) == pkcs11_library && result.pkcs11_code == 0) {
            result.pkcs11_code = static_cast<unsigned long>(ERR_GET_REASON(code));
        }
        std::array<char, 256> buffer{};
        ERR_error_string_n(code, buffer.data(), buffer.size());
        if (!result.text.empty()) result.text += "; ";
        result.text += buffer.data();
    }
    return result;
}

[[noreturn]] void ThrowWithCause(ErrorCode code, domain::LocalisedText message, const QueuedError& cause,
                                 std::string field = {}) {
    if (!cause.text.empty()) {
        message.vi += " (PKCS#11: " + cause.text + ")";
        message.en += " (PKCS#11: " + cause.text + ")";
    }
    throw DomainError(code, std::move(message), std::move(field));
}

// One live key per module: a second PKCS11_CTX on the same module would share its C_Initialize, its
// login state and its C_Finalize, so the first key's destruction would break the second.
class ModuleClaim {
public:
    explicit ModuleClaim(const std::filesystem::path& module) {
        std::error_code error;
        const std::filesystem::path canonical = std::filesystem::weakly_canonical(module, error);
        m_key = domain::Utf8Of(error ? module : canonical);
        const std::lock_guard lock(Mutex());
        if (!Claimed().insert(m_key).second) {
            throw DomainError(
                ErrorCode::Conflict,
                {"Thư viện PKCS#11 " + m_key +
                     " đang được dùng cho một khóa ký khác trong InnoDesk; đóng phiên ký đó trước.",
                 "The PKCS#11 module " + m_key +
                     " is already in use by another signing key in InnoDesk; close that signing "
                     "session first."});
        }
    }
    ~ModuleClaim() {
        const std::lock_guard lock(Mutex());
        Claimed().erase(m_key);
    }
    ModuleClaim(const ModuleClaim&) = delete;
    ModuleClaim& operator=(const ModuleClaim&) = delete;

private:
    static std::mutex& Mutex() {
        static std::mutex mutex;
        return mutex;
    }
    static std::set<std::string>& Claimed() {
        static std::set<std::string> claimed;
        return claimed;
    }
    std::string m_key;
};

using Pkcs11CtxPtr = std::unique_ptr<PKCS11_CTX, detail::FreeWith<PKCS11_CTX_free>>;
// Does not own the context's memory: owns its being loaded (C_Initialize … C_Finalize, dlopen … dlclose).
using LoadedModulePtr = std::unique_ptr<PKCS11_CTX, detail::FreeWith<PKCS11_CTX_unload>>;
// Owns a login; PKCS11_logout also drops libp11's cached key objects.
using LoginPtr = std::unique_ptr<PKCS11_SLOT, detail::FreeWith<PKCS11_logout>>;

class SlotList {
public:
    SlotList() = default;
    ~SlotList() {
        if (m_slots) PKCS11_release_all_slots(m_context, m_slots, m_count);
    }
    SlotList(const SlotList&) = delete;
    SlotList& operator=(const SlotList&) = delete;

    bool Enumerate(PKCS11_CTX* context) {
        m_context = context;
        return PKCS11_enumerate_slots(context, &m_slots, &m_count) == 0;
    }
    std::span<PKCS11_SLOT> Slots() const { return {m_slots, m_count}; }

private:
    PKCS11_CTX* m_context = nullptr;
    PKCS11_SLOT* m_slots = nullptr;
    unsigned int m_count = 0;
};

// Everything a token key needs while it lives. Members are destroyed in reverse order: logout, slots,
// unload, free, and the module claim last.
class Pkcs11Session final : public KeySource {
public:
    ModuleClaim claim;
    Pkcs11CtxPtr context;
    LoadedModulePtr loaded;
    SlotList slots;
    LoginPtr login;

    explicit Pkcs11Session(const std::filesystem::path& module) : claim(module) {}
};

// The URI's attributes for a message; `any` when it names nothing.
std::string Describe(const Pkcs11Uri& uri, const char* any) {
    std::string text;
    auto add = [&](const char* name, const std::optional<std::string>& value) {
        if (!value) return;
        if (!text.empty()) text += ", ";
        text += std::string(name) + "=\"" + *value + "\"";
    };
    add("token", uri.token);
    add("serial", uri.serial);
    add("object", uri.object);
    if (uri.id) {
        static constexpr char kHex[] = "0123456789abcdef";
        std::string hex;
        for (const std::uint8_t byte : *uri.id) {
            hex += '%';
            hex += kHex[byte >> 4];
            hex += kHex[byte & 0x0f];
        }
        if (!text.empty()) text += ", ";
        text += "id=" + hex;
    }
    return text.empty() ? any : text;
}

std::string Label(const PKCS11_TOKEN& token) {
    return token.label ? token.label : "";
}

bool Matches(const std::optional<std::string>& wanted, const char* actual) {
    return !wanted || (actual && *wanted == actual);
}

bool SlotMatches(PKCS11_CTX* context, PKCS11_SLOT& slot, const Pkcs11Uri& uri) {
    if (!slot.token || !slot.token->initialized) return false;
    const PKCS11_TOKEN& token = *slot.token;
    return Matches(uri.token, token.label) && Matches(uri.manufacturer, token.manufacturer) &&
           Matches(uri.model, token.model) && Matches(uri.serial, token.serialnr) &&
           Matches(uri.slot_description, slot.description) &&
           Matches(uri.slot_manufacturer, slot.manufacturer) &&
           Matches(uri.library_manufacturer, context->manufacturer) &&
           Matches(uri.library_description, context->description) &&
           (!uri.slot_id || *uri.slot_id == PKCS11_get_slotid_from_slot(&slot));
}

bool IdMatches(const std::optional<std::vector<std::uint8_t>>& wanted, const unsigned char* id,
               std::size_t length) {
    return !wanted || (wanted->size() == length && std::equal(wanted->begin(), wanted->end(), id));
}

PKCS11_SLOT& FindSlot(Pkcs11Session& session, const Pkcs11Uri& uri) {
    std::vector<PKCS11_SLOT*> matching;
    std::string present;
    for (PKCS11_SLOT& slot : session.slots.Slots()) {
        if (slot.token && slot.token->initialized) {
            if (!present.empty()) present += ", ";
            present += "\"" + Label(*slot.token) + "\"";
        }
        if (SlotMatches(session.context.get(), slot, uri)) matching.push_back(&slot);
    }
    const std::string present_vi = present.empty() ? "(không có)" : present;
    const std::string present_en = present.empty() ? "(none)" : present;
    if (matching.empty()) {
        throw DomainError(
            ErrorCode::NotFound,
            {"Không thấy thiết bị ký số phù hợp với " + Describe(uri, "(bất kỳ)") +
                 ". Kiểm tra thiết bị đã cắm vào máy chưa. Thiết bị đang có: " + present_vi + ".",
             "No signing token matching " + Describe(uri, "(any)") +
                 " is plugged in. Check that the token is connected. Tokens present: " + present_en + "."},
            "pkcs11_uri");
    }
    if (matching.size() > 1) {
        // Logging in to each would spend a PIN attempt on tokens the user did not mean.
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Có nhiều thiết bị ký số phù hợp (" + present +
                 "); ghi rõ token=<tên thiết bị> trong địa chỉ khóa.",
             "Several signing tokens match (" + present + "); name one with token=<label> in the key URI."},
            "pkcs11_uri");
    }
    return *matching.front();
}

void LogIn(Pkcs11Session& session, PKCS11_SLOT& slot, const std::string& pin) {
    const PKCS11_TOKEN& token = *slot.token;
    if (token.userPinLocked) {
        throw DomainError(
            ErrorCode::PermissionDenied,
            {"Mã PIN của thiết bị ký số đã bị khóa do nhập sai quá nhiều lần. Liên hệ nhà cung cấp "
             "chữ ký số (CA) để mở khóa.",
             "The signing token's PIN is locked after too many wrong attempts. Contact the "
             "certificate authority (CA) to unlock it."},
            "pin");
    }
    if (!token.loginRequired) return;
    // The one and only attempt: whatever happens, it is not repeated.
    if (PKCS11_login(&slot, 0, pin.c_str()) == 0) {
        session.login.reset(&slot);
        return;
    }
    const QueuedError cause = DrainQueue();
    switch (cause.pkcs11_code) {
        case kCkrPinIncorrect:
        case kCkrPinInvalid:
        case kCkrPinLenRange:
            ThrowWithCause(
                ErrorCode::InvalidValue,
                {"Thiết bị ký số đã từ chối mã PIN. InnoDesk không tự động thử lại, vì thiết bị sẽ bị "
                 "khóa sau một vài lần nhập sai liên tiếp. Kiểm tra lại mã PIN rồi ký lại.",
                 "The signing token refused the PIN. InnoDesk does not retry on its own, because the "
                 "token locks itself after a few wrong PINs in a row. Check the PIN and sign again."},
                cause, "pin");
        case kCkrPinLocked:
            ThrowWithCause(
                ErrorCode::PermissionDenied,
                {"Mã PIN của thiết bị ký số đã bị khóa. Liên hệ nhà cung cấp chữ ký số (CA) để mở khóa.",
                 "The signing token's PIN is locked. Contact the certificate authority (CA) to unlock "
                 "it."},
                cause, "pin");
        case kCkrPinExpired:
            ThrowWithCause(
                ErrorCode::PermissionDenied,
                {"Mã PIN của thiết bị ký số đã hết hạn. Đổi mã PIN bằng phần mềm của nhà cung cấp chữ "
                 "ký số (CA).",
                 "The signing token's PIN has expired. Change it with the certificate authority's "
                 "(CA) software."},
                cause, "pin");
        default:
            ThrowWithCause(
                ErrorCode::Storage,
                {"Thiết bị ký số không cho đăng nhập. InnoDesk không tự động thử lại.",
                 "The signing token did not accept the login. InnoDesk does not retry on its own."},
                cause);
    }
}

PKCS11_KEY& FindKey(PKCS11_SLOT& slot, const Pkcs11Uri& uri) {
    PKCS11_KEY* keys = nullptr;
    unsigned int count = 0;
    if (PKCS11_enumerate_keys(slot.token, &keys, &count) != 0) {
        ThrowWithCause(ErrorCode::Storage,
                       {"Không đọc được danh sách khóa trên thiết bị ký số.",
                        "Cannot list the keys on the signing token."},
                       DrainQueue());
    }
    std::vector<PKCS11_KEY*> matching;
    for (PKCS11_KEY& key : std::span(keys, count)) {
        if (key.isPrivate && Matches(uri.object, key.label) && IdMatches(uri.id, key.id, key.id_len)) {
            matching.push_back(&key);
        }
    }
    if (matching.empty()) {
        throw DomainError(ErrorCode::NotFound,
                          {"Không thấy khóa bí mật phù hợp với " + Describe(uri, "(bất kỳ)") +
                               " trên thiết bị ký số \"" + Label(*slot.token) + "\".",
                           "No private key matching " + Describe(uri, "(any)") +
                               " is on the signing token \"" + Label(*slot.token) + "\"."},
                          "pkcs11_uri");
    }
    if (matching.size() > 1) {
        std::string labels;
        for (const PKCS11_KEY* key : matching) {
            if (!labels.empty()) labels += ", ";
            labels += std::string("\"") + (key->label ? key->label : "") + "\"";
        }
        throw DomainError(ErrorCode::InvalidValue,
                          {"Có nhiều khóa bí mật phù hợp (" + labels +
                               "); ghi rõ object=<nhãn> hoặc id=<mã> trong địa chỉ khóa.",
                           "Several private keys match (" + labels +
                               "); name one with object=<label> or id=<id> in the key URI."},
                          "pkcs11_uri");
    }
    return *matching.front();
}

// The key's certificate: the one with the key's CKA_ID whose public key is the key's; failing that, any
// certificate whose public key is the key's (some tokens store the two with different ids).
X509* FindCertificate(std::span<PKCS11_CERT> certificates, const PKCS11_KEY& key, EVP_PKEY* private_key) {
    X509* by_key = nullptr;
    for (PKCS11_CERT& certificate : certificates) {
        if (!certificate.x509 || X509_check_private_key(certificate.x509, private_key) != 1) continue;
        if (key.id_len > 0 && IdMatches(std::vector<std::uint8_t>(key.id, key.id + key.id_len),
                                        certificate.id, certificate.id_len)) {
            return certificate.x509;
        }
        if (!by_key) by_key = certificate.x509;
    }
    ERR_clear_error();  // mismatches queue errors that mean nothing here
    return by_key;
}

// The issuers of `leaf` that the token holds, nearest first, without the self-signed root (the verifier
// has its own trust anchors; a root in the signature would change nothing).
detail::X509StackPtr ChainOnToken(std::span<PKCS11_CERT> certificates, X509* leaf) {
    detail::X509StackPtr chain(sk_X509_new_null());
    if (!chain) detail::ThrowOpenSslError(ErrorCode::Storage, {"Hết bộ nhớ.", "Out of memory."});
    X509* current = leaf;
    for (int depth = 0; depth < kMaxChainLength; ++depth) {
        X509* issuer = nullptr;
        for (PKCS11_CERT& candidate : certificates) {
            if (candidate.x509 && candidate.x509 != current &&
                X509_check_issued(candidate.x509, current) == X509_V_OK) {
                issuer = candidate.x509;
                break;
            }
        }
        if (!issuer || X509_check_issued(issuer, issuer) == X509_V_OK) break;
        if (X509_up_ref(issuer) != 1 || sk_X509_push(chain.get(), issuer) <= 0) {
            detail::ThrowOpenSslError(ErrorCode::Storage, {"Hết bộ nhớ.", "Out of memory."});
        }
        current = issuer;
    }
    ERR_clear_error();
    return chain;
}

}  // namespace

std::unique_ptr<SigningKey> LoadPkcs11Key(const std::filesystem::path& module_path,
                                          const std::string& pkcs11_uri, std::string pin) {
    SecretWiper wiper(pin);
    detail::ErrorMarkGuard mark;
    if (pin.find('\0') != std::string::npos) {
        throw DomainError(ErrorCode::InvalidValue,
                          {"Mã PIN có ký tự không hợp lệ.", "The PIN has a character that is not allowed."},
                          "pin");
    }
    const Pkcs11Uri uri = ParsePkcs11Uri(pkcs11_uri);
    const std::string module_name = domain::Utf8Of(module_path);
    std::error_code error;
    if (!std::filesystem::is_regular_file(module_path, error)) {
        throw DomainError(
            ErrorCode::NotFound,
            {"Không tìm thấy thư viện PKCS#11 của thiết bị ký số: " + module_name +
                 ". Mỗi nhà cung cấp chữ ký số (CA) phát hành thư viện riêng cho thiết bị của mình; "
                 "cài phần mềm của CA rồi chọn đúng tệp thư viện đó.",
             "The signing token's PKCS#11 module was not found: " + module_name +
                 ". Each certificate authority (CA) ships its own module for its tokens; install the CA's "
                 "software and choose its module file."},
            "module_path");
    }

    auto session = std::make_unique<Pkcs11Session>(module_path);
    session->context.reset(PKCS11_CTX_new());
    if (!session->context) detail::ThrowOpenSslError(ErrorCode::Storage, {"Hết bộ nhớ.", "Out of memory."});
    if (PKCS11_CTX_load(session->context.get(), module_name.c_str()) != 0) {
        ThrowWithCause(
            ErrorCode::FileFormat,
            {"Tệp " + module_name + " không phải thư viện PKCS#11, hoặc thư viện không khởi động được.",
             "The file " + module_name + " is not a PKCS#11 module, or the module failed to start."},
            DrainQueue(), "module_path");
    }
    session->loaded.reset(session->context.get());
    if (!session->slots.Enumerate(session->context.get())) {
        ThrowWithCause(
            ErrorCode::Storage,
            {"Không đọc được danh sách khe cắm thiết bị ký số.", "Cannot list the signing token slots."},
            DrainQueue());
    }

    PKCS11_SLOT& slot = FindSlot(*session, uri);
    LogIn(*session, slot, pin);
    PKCS11_KEY& token_key = FindKey(slot, uri);

    auto impl = std::make_unique<SigningKey::Impl>();
    impl->key.reset(PKCS11_get_private_key(&token_key));
    if (!impl->key) {
        ThrowWithCause(ErrorCode::Storage,
                       {"Không dùng được khóa bí mật trên thiết bị ký số.",
                        "Cannot use the private key on the signing token."},
                       DrainQueue());
    }
    PKCS11_CERT* certificates = nullptr;
    unsigned int certificate_count = 0;
    if (PKCS11_enumerate_certs(slot.token, &certificates, &certificate_count) != 0) {
        ThrowWithCause(ErrorCode::Storage,
                       {"Không đọc được chứng thư số trên thiết bị ký số.",
                        "Cannot read the certificates on the signing token."},
                       DrainQueue());
    }
    const std::span<PKCS11_CERT> on_token(certificates, certificate_count);
    X509* certificate = FindCertificate(on_token, token_key, impl->key.get());
    if (!certificate) {
        throw DomainError(
            ErrorCode::NotFound,
            {"Thiết bị ký số không có chứng thư số cho khóa " + Describe(uri, "(bất kỳ)") + ".",
             "The signing token holds no certificate for the key " + Describe(uri, "(any)") + "."},
            "pkcs11_uri");
    }
    if (X509_up_ref(certificate) != 1)
        detail::ThrowOpenSslError(ErrorCode::Storage, {"Hết bộ nhớ.", "Out of memory."});
    impl->certificate.reset(certificate);
    impl->chain = ChainOnToken(on_token, certificate);
    impl->source = std::move(session);
    return std::make_unique<SigningKey>(std::move(impl));
}

}  // namespace innodesk::signing
