// The signed audit checkpoint outside an SQLite database: writing it after a signature, verifying
// it at start-up and in `check`. File format: docs/SIGNATURES.md, "What SQLite can and cannot
// protect against".
#include "audit_checkpoint.h"

#include "domain/base64.h"
#include "domain/canonical_json.h"
#include "signing/sha256.h"

#include "windows_folders.h"

#include "domain/utf8_path.h"

#include <nlohmann/json.hpp>

#ifndef _WIN32
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <sstream>

namespace innodesk::app {
namespace {

constexpr const char* kFormat = "innodesk-signing-checkpoint/1";

#ifndef _WIN32
std::filesystem::path HomeData() {
    if (const char* data = std::getenv("XDG_DATA_HOME"); data && *data) return data;
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::filesystem::path(home) / ".local/share";
    return {};
}
#endif

std::string DatabasePath(const persistence::DatabaseTarget& target) {
    std::error_code ignored;
    const auto absolute = std::filesystem::absolute(domain::PathFromUtf8(target.location), ignored);
    const auto canonical = std::filesystem::weakly_canonical(absolute, ignored);
    return domain::Utf8Of(canonical.empty() ? absolute : canonical);
}

struct Head {
    std::int64_t seq = 0;
    std::string hash{domain::kAuditGenesisHash};
    std::string first_hash{domain::kAuditGenesisHash};
};

Head ReadHead(domain::Store& store) {
    auto tx = store.Begin(domain::TransactionMode::Read);
    Head head;
    const auto latest = tx->Audit().Latest(1);
    if (!latest.empty()) {
        head.seq = latest.front().seq;
        head.hash = latest.front().hash;
    }
    if (const auto first = tx->Audit().FindBySeq(1)) head.first_hash = first->hash;
    return head;
}

// What the signature covers: every field but the signature, as canonical JSON.
std::string SignedBytes(const std::string& database, const std::string& first_hash, std::int64_t seq,
                        const std::string& hash, std::int64_t at_unix) {
    return domain::JsonValue(domain::JsonValue::Object{{"format", kFormat},
                                                       {"database", database},
                                                       {"first_hash", first_hash},
                                                       {"seq", seq},
                                                       {"hash", hash},
                                                       {"at", at_unix}})
        .Canonical();
}

[[noreturn]] void Unwritable(const std::filesystem::path& path, const std::string& why) {
    throw domain::DomainError(
        domain::ErrorCode::Storage,
        {"Không ghi được điểm kiểm soát nhật ký " + domain::Utf8Of(path) + ": " + why +
             ". Quyết định đã được ký; hãy sửa thư mục (hoặc đặt INNODESK_CHECKPOINT_DIR) rồi ký hoặc chạy "
             "'innodesk-cli check' lại.",
         "Could not write the audit checkpoint " + domain::Utf8Of(path) + ": " + why +
             ". The decision is signed; fix the folder (or set INNODESK_CHECKPOINT_DIR), then sign or run "
             "'innodesk-cli check' again."},
        "checkpoint");
}

#ifdef _WIN32

std::string WindowsReason(DWORD code) {
    wchar_t* text = nullptr;
    const DWORD length = ::FormatMessageW(
        FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr,
        code, 0, reinterpret_cast<wchar_t*>(&text), 0, nullptr);
    std::wstring message(text != nullptr ? text : L"", length);
    ::LocalFree(text);
    while (!message.empty() && (message.back() == L'\n' || message.back() == L'\r' || message.back() == L'.'))
        message.pop_back();
    return message.empty() ? "Windows error " + std::to_string(code)
                           : domain::Utf8Of(std::filesystem::path(message));
}

// As below with the Win32 calls: the folder under %LOCALAPPDATA% inherits the profile's DACL (this
// user, SYSTEM, Administrators), the counterpart of its mode 0700; FlushFileBuffers, then
// MoveFileExW(MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH) for fsync and rename.
void WriteAtomically(const std::filesystem::path& file, const std::string& text) {
    const auto folder = file.parent_path();
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error) Unwritable(folder, error.message());
    const auto temporary = folder / domain::PathFromUtf8("." + domain::Utf8Of(file.filename()) + ".tmp");
    const HANDLE handle = ::CreateFileW(temporary.c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS,
                                        FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE) Unwritable(temporary, WindowsReason(::GetLastError()));
    std::size_t written = 0;
    DWORD failure = ERROR_SUCCESS;
    while (failure == ERROR_SUCCESS && written < text.size()) {
        DWORD n = 0;
        if (!::WriteFile(handle, text.data() + written, static_cast<DWORD>(text.size() - written), &n,
                         nullptr))
            failure = ::GetLastError();
        written += n;
    }
    if (failure == ERROR_SUCCESS && !::FlushFileBuffers(handle)) failure = ::GetLastError();
    ::CloseHandle(handle);
    if (failure == ERROR_SUCCESS &&
        !::MoveFileExW(temporary.c_str(), file.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        failure = ::GetLastError();
    if (failure != ERROR_SUCCESS) {
        ::DeleteFileW(temporary.c_str());
        Unwritable(file, WindowsReason(failure));
    }
}

#else

void WriteAtomically(const std::filesystem::path& file, const std::string& text) {
    const auto folder = file.parent_path();
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error) Unwritable(folder, error.message());
    ::chmod(folder.c_str(), 0700);
    const auto temporary = folder / ("." + file.filename().string() + ".tmp");
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) Unwritable(temporary, std::strerror(errno));
    std::size_t written = 0;
    while (written < text.size()) {
        const auto n = ::write(fd, text.data() + written, text.size() - written);
        if (n < 0) {
            const std::string why = std::strerror(errno);
            ::close(fd);
            ::unlink(temporary.c_str());
            Unwritable(temporary, why);
        }
        written += static_cast<std::size_t>(n);
    }
    // On disk before the rename, so that a crash leaves the old checkpoint or the new, never half.
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const std::string why = std::strerror(errno);
        ::unlink(temporary.c_str());
        Unwritable(temporary, why);
    }
    if (::rename(temporary.c_str(), file.c_str()) != 0) {
        const std::string why = std::strerror(errno);
        ::unlink(temporary.c_str());
        Unwritable(file, why);
    }
    if (const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

#endif

CheckpointStatus Result(CheckpointState state, const std::filesystem::path& file,
                        domain::LocalisedText text) {
    CheckpointStatus check;
    check.state = state;
    check.file = file;
    check.explanation = std::move(text);
    return check;
}

bool SignatureHolds(domain::SignatureReason reason) {
    using R = domain::SignatureReason;
    // The checkpoint was signed then: a certificate that has since expired or been revoked does
    // not undo what it signed. A changed or damaged signature, or one from an untrusted key, does.
    return reason == R::None || reason == R::Expired || reason == R::NotYetValid || reason == R::Revoked ||
           reason == R::RevocationUnknown;
}

}  // namespace

std::filesystem::path CheckpointFolder() {
#ifdef _WIN32
    // %LOCALAPPDATA%\InnoDesk\checkpoints; $XDG_DATA_HOME, when set, still chooses as on Linux.
    if (const std::string folder = domain::EnvironmentUtf8("INNODESK_CHECKPOINT_DIR"); !folder.empty())
        return domain::PathFromUtf8(folder);
    if (const std::string data = domain::EnvironmentUtf8("XDG_DATA_HOME"); !data.empty())
        return domain::PathFromUtf8(data) / "innodesk" / "checkpoints";
    const auto data = windows::UserDataFolder();
    return data.empty() ? data : data / "checkpoints";
#else
    if (const char* folder = std::getenv("INNODESK_CHECKPOINT_DIR"); folder && *folder) return folder;
    const auto data = HomeData();
    return data.empty() ? std::filesystem::path() : data / "innodesk" / "checkpoints";
#endif
}

std::filesystem::path CheckpointFile(const std::filesystem::path& folder,
                                     const persistence::DatabaseTarget& target) {
    return folder / (signing::Sha256Hex(DatabasePath(target)).substr(0, 24) + ".checkpoint.json");
}

CheckpointStatus WriteCheckpoint(const std::filesystem::path& folder,
                                 const persistence::DatabaseTarget& target, domain::Store& store,
                                 const domain::DecisionSigner& signer) {
    if (target.backend != persistence::Backend::Sqlite)
        return Result(CheckpointState::NotApplicable, {},
                      {"PostgreSQL: máy chủ ghi nhật ký, không cần điểm kiểm soát.",
                       "PostgreSQL: the server writes the audit trail; no checkpoint is needed."});
    if (folder.empty()) Unwritable("(?)", "no HOME, XDG_DATA_HOME or INNODESK_CHECKPOINT_DIR");
    const auto file = CheckpointFile(folder, target);
    const Head head = ReadHead(store);
    const std::string database = DatabasePath(target);
    const std::int64_t at = static_cast<std::int64_t>(std::time(nullptr));
    const std::string bytes = SignedBytes(database, head.first_hash, head.seq, head.hash, at);
    const auto signature = signer.Sign({reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()});
    nlohmann::ordered_json json{{"format", kFormat},
                                {"database", database},
                                {"first_hash", head.first_hash},
                                {"seq", head.seq},
                                {"hash", head.hash},
                                {"at", at},
                                {"signer_fingerprint", signer.CertificateFingerprint()},
                                {"signature", domain::Base64Encode(signature)}};
    WriteAtomically(file, json.dump(2) + "\n");
    CheckpointStatus check = Result(CheckpointState::Intact, file,
                                    {"Đã ghi điểm kiểm soát nhật ký (mục " + std::to_string(head.seq) +
                                         ") vào " + domain::Utf8Of(file) + ".",
                                     "Audit checkpoint (entry " + std::to_string(head.seq) + ") written to " +
                                         domain::Utf8Of(file) + "."});
    check.seq = head.seq;
    check.hash = head.hash;
    check.at_unix = at;
    check.signer_fingerprint = signer.CertificateFingerprint();
    return check;
}

CheckpointStatus VerifyCheckpoint(const std::filesystem::path& folder,
                                  const persistence::DatabaseTarget& target, domain::Store& store,
                                  const domain::SignatureVerifier& verifier) {
    if (target.backend != persistence::Backend::Sqlite)
        return Result(
            CheckpointState::NotApplicable, {},
            {"PostgreSQL: máy chủ ghi nhật ký, không dùng điểm kiểm soát ngoài CSDL.",
             "PostgreSQL: the server writes the audit trail; no checkpoint outside the database is used."});
    if (folder.empty())
        return Result(
            CheckpointState::Unreadable, {},
            {"Không xác định được thư mục điểm kiểm soát (không có HOME, XDG_DATA_HOME hay "
             "INNODESK_CHECKPOINT_DIR).",
             "The checkpoint folder is unknown (no HOME, XDG_DATA_HOME or INNODESK_CHECKPOINT_DIR)."});
    const auto file = CheckpointFile(folder, target);
    std::error_code error;
    if (!std::filesystem::exists(folder, error))
        return Result(
            CheckpointState::None, file,
            {"Thư mục điểm kiểm soát " + domain::Utf8Of(folder) +
                 " không có: chưa có quyết định nào được ký cho CSDL này trên máy này, nên không đối "
                 "chiếu được nhật ký với điểm kiểm soát.",
             "The checkpoint folder " + domain::Utf8Of(folder) +
                 " does not exist: no decision on this database has been signed on this machine, so "
                 "the audit trail cannot be compared with a checkpoint."});
    if (!std::filesystem::exists(file, error))
        return Result(CheckpointState::None, file,
                      {"Không có điểm kiểm soát cho CSDL này trong " + domain::Utf8Of(folder) +
                           ": chưa có quyết định nào được ký cho CSDL này trên máy này.",
                       "There is no checkpoint for this database in " + domain::Utf8Of(folder) +
                           ": no decision on this database has been signed on this machine."});
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    if (!in && !in.eof())
        return Result(
            CheckpointState::Unreadable, file,
            {"Không đọc được điểm kiểm soát " + domain::Utf8Of(file) + ": " + std::strerror(errno) + ".",
             "Cannot read the checkpoint " + domain::Utf8Of(file) + ": " + std::strerror(errno) + "."});
    CheckpointStatus check;
    check.file = file;
    std::string database, first_hash, signature_b64;
    try {
        const auto json = nlohmann::json::parse(text.str());
        if (json.at("format").get<std::string>() != kFormat) throw std::runtime_error("format");
        database = json.at("database").get<std::string>();
        first_hash = json.at("first_hash").get<std::string>();
        check.seq = json.at("seq").get<std::int64_t>();
        check.hash = json.at("hash").get<std::string>();
        check.at_unix = json.at("at").get<std::int64_t>();
        check.signer_fingerprint = json.at("signer_fingerprint").get<std::string>();
        signature_b64 = json.at("signature").get<std::string>();
    } catch (const std::exception&) {
        return Result(
            CheckpointState::Unreadable, file,
            {"Tệp " + domain::Utf8Of(file) + " không phải điểm kiểm soát của InnoDesk (hỏng hoặc bị sửa).",
             "The file " + domain::Utf8Of(file) + " is not an InnoDesk checkpoint (damaged or edited)."});
    }
    const auto fail = [&](domain::LocalisedText why) {
        check.state = CheckpointState::Broken;
        check.explanation = std::move(why);
        return check;
    };
    const auto der = domain::Base64Decode(signature_b64);
    const std::string bytes = SignedBytes(database, first_hash, check.seq, check.hash, check.at_unix);
    const auto verdict =
        der ? verifier.Verify(*der, {reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()})
            : domain::SignatureCheck{};
    if (!der || !SignatureHolds(verdict.reason) || verdict.signer_fingerprint != check.signer_fingerprint)
        return fail({"Chữ ký của điểm kiểm soát " + domain::Utf8Of(file) + " không hợp lệ (" +
                         (der ? domain::ReasonCode(verdict.reason) : std::string("format_damaged")) +
                         "): tệp đã bị sửa hoặc không do người phê duyệt ký.",
                     "The signature of the checkpoint " + domain::Utf8Of(file) + " does not hold (" +
                         (der ? domain::ReasonCode(verdict.reason) : std::string("format_damaged")) +
                         "): the file was edited or not signed by an approver."});
    if (database != DatabasePath(target))
        return fail({"Điểm kiểm soát " + domain::Utf8Of(file) + " là của CSDL " + database +
                         ", không phải của " + DatabasePath(target) + ".",
                     "The checkpoint " + domain::Utf8Of(file) + " belongs to the database " + database +
                         ", not " + DatabasePath(target) + "."});
    const Head head = ReadHead(store);
    std::optional<domain::AuditEntry> entry;
    {
        auto tx = store.Begin(domain::TransactionMode::Read);
        entry = tx->Audit().FindBySeq(check.seq);
    }
    if (!entry || head.seq < check.seq)
        return fail({"Nhật ký đã bị cắt ngắn: điểm kiểm soát đã ký ghi mục " + std::to_string(check.seq) +
                         " nhưng nhật ký nay chỉ đến mục " + std::to_string(head.seq) + ".",
                     "The audit trail was cut short: the signed checkpoint records entry " +
                         std::to_string(check.seq) + " but the trail now ends at entry " +
                         std::to_string(head.seq) + "."});
    if (entry->hash != check.hash)
        return fail({"Nhật ký đã bị viết lại: mục " + std::to_string(check.seq) + " nay có mã băm " +
                         entry->hash.substr(0, 16) + "…, điểm kiểm soát đã ký ghi " +
                         check.hash.substr(0, 16) + "….",
                     "The audit trail was rewritten: entry " + std::to_string(check.seq) +
                         " now has the hash " + entry->hash.substr(0, 16) +
                         "…, the signed checkpoint records " + check.hash.substr(0, 16) + "…."});
    if (head.first_hash != first_hash)
        return fail(
            {"Mục đầu tiên của nhật ký đã bị thay: đây không còn là CSDL mà điểm kiểm soát đã ký.",
             "The audit trail's first entry was replaced: this is no longer the database the checkpoint "
             "signed."});
    check.state = CheckpointState::Intact;
    check.explanation = {
        "Điểm kiểm soát đã ký (mục " + std::to_string(check.seq) + ") khớp với nhật ký.",
        "The signed checkpoint (entry " + std::to_string(check.seq) + ") matches the audit trail."};
    return check;
}

CheckpointWritten CheckpointAfterSigning(const persistence::DatabaseTarget& target, domain::Store& store,
                                         const domain::DecisionSigner& signer) {
    try {
        const auto status = WriteCheckpoint(CheckpointFolder(), target, store, signer);
        return {true, status.explanation};
    } catch (const domain::DomainError& error) {
        return {false, error.Text()};
    } catch (const std::exception& error) {
        return {false,
                {std::string("Không ghi được điểm kiểm soát nhật ký: ") + error.what() +
                     ". Quyết định đã được ký.",
                 std::string("Could not write the audit checkpoint: ") + error.what() +
                     ". The decision is signed."}};
    }
}

std::optional<domain::LocalisedText> CheckpointWarningOnOpening(const persistence::DatabaseTarget& target,
                                                                domain::Store& store,
                                                                const VerifierFactory& make_verifier) {
    try {
        const auto folder = CheckpointFolder();
        if (target.backend != persistence::Backend::Sqlite || folder.empty() ||
            !std::filesystem::exists(CheckpointFile(folder, target)))
            return std::nullopt;
        const auto status = VerifyCheckpoint(folder, target, store, *make_verifier());
        if (!status.Failed()) return std::nullopt;
        return domain::LocalisedText{
            "CẢNH BÁO: " + status.explanation.vi + " Chạy 'innodesk-cli check' để đối soát.",
            "WARNING: " + status.explanation.en + " Run 'innodesk-cli check' to reconcile."};
    } catch (const std::exception& error) {
        return domain::LocalisedText{
            std::string("CẢNH BÁO: không kiểm tra được điểm kiểm soát nhật ký: ") + error.what(),
            std::string("WARNING: the audit checkpoint could not be checked: ") + error.what()};
    }
}

}  // namespace innodesk::app
