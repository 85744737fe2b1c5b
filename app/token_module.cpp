// Finding, showing, accepting and loading the workstation's PKCS#11 module.
#include "token_module.h"

#include "protected_file.h"

#include "domain/trust_service.h"
#include "domain/utf8_path.h"

#ifndef _WIN32
#include "signing/domain_adapters.h"
#include "signing/pkcs11_key.h"
#include "signing/sha256.h"

#include <sys/stat.h>
#include <unistd.h>
#endif

#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>
#include <utility>

namespace innodesk::app {

#ifdef _WIN32

// On Windows a token is used through the certificate store, where its driver registers the
// officer's certificate (CNG/CryptoAPI); PKCS#11 modules stay on Linux, and signing/pkcs11_key.cpp
// (libp11) is not built for Windows.
namespace {

[[noreturn]] void NotOnWindows() {
    throw domain::DomainError(
        domain::ErrorCode::InvalidValue,
        {"Trên Windows, InnoDesk không nạp mô-đun PKCS#11: hãy ký bằng tệp chứng thư số PKCS#12 (.p12 "
         "hoặc .pfx).",
         "On Windows InnoDesk loads no PKCS#11 module: sign with a PKCS#12 certificate file (.p12 or .pfx)."},
        kWorkstationModuleKey);
}

}  // namespace

TokenModule FindTokenModule(const WorkstationFiles&, const std::string&) {
    NotOnWindows();
}

void AcceptTokenModule(const WorkstationFiles&, const TokenModule&) {
    NotOnWindows();
}

std::unique_ptr<domain::DecisionSigner> LoadTokenSigner(const TokenModule&, const std::string&, std::string) {
    NotOnWindows();
}

#else

namespace {

const domain::LocalisedText kModuleWords{"mô-đun PKCS#11", "PKCS#11 module"};
const domain::LocalisedText kConfigWords{"tệp cấu hình máy trạm", "workstation configuration"};
const domain::LocalisedText kAcceptedWords{"danh sách mô-đun đã chấp nhận", "list of accepted modules"};

// The module named by one workstation file, if it exists and names one.
std::optional<std::pair<std::string, std::filesystem::path> > NamedIn(const std::filesystem::path& file) {
    std::error_code error;
    if (!std::filesystem::exists(std::filesystem::symlink_status(file, error))) return std::nullopt;
    const auto real = CheckProtectedFile(file, kConfigWords, "workstation_config");
    const auto settings = ReadWorkstationFile(real);
    const auto found = settings.find(kWorkstationModuleKey);
    if (found == settings.end() || found->second.empty()) return std::nullopt;
    return std::make_pair(found->second, file);
}

// "<sha256> <path>" lines; the path runs to the end of the line, spaces included.
std::set<std::pair<std::string, std::string> > ReadAccepted(const std::filesystem::path& file) {
    std::set<std::pair<std::string, std::string> > accepted;
    std::error_code error;
    if (!std::filesystem::exists(std::filesystem::symlink_status(file, error))) return accepted;
    std::ifstream in(CheckProtectedFile(file, kAcceptedWords, "accepted_modules"));
    std::string line;
    while (std::getline(in, line)) {
        const auto space = line.find(' ');
        if (space != std::string::npos) accepted.emplace(line.substr(0, space), line.substr(space + 1));
    }
    return accepted;
}

[[noreturn]] void CannotWrite(const std::filesystem::path& file, const std::string& reason) {
    throw domain::DomainError(domain::ErrorCode::Storage,
                              {"Không ghi được " + file.string() + ": " + reason + ".",
                               "Cannot write " + file.string() + ": " + reason + "."},
                              "accepted_modules");
}

}  // namespace

TokenModule FindTokenModule(const WorkstationFiles& files, const std::string& chosen) {
    TokenModule module;
    if (!chosen.empty()) {
        module.named_as = chosen;
    } else if (auto system = NamedIn(files.system_config)) {
        std::tie(module.named_as, module.named_in) = *system;
    } else if (auto user = NamedIn(files.user_config)) {
        std::tie(module.named_as, module.named_in) = *user;
    } else {
        // The line to write, with the library's path left for the administrator: it is the file the
        // certificate authority's software installed, which InnoDesk cannot guess.
        const std::string key(kWorkstationModuleKey);
        throw domain::DomainError(
            domain::ErrorCode::InvalidValue,
            {"Máy trạm này chưa chỉ định mô-đun PKCS#11 của thiết bị ký. Quản trị viên của máy ghi dòng '" +
                 key + " = <đường dẫn tới thư viện PKCS#11 của CA>' vào " + files.system_config.string() +
                 " (hoặc bạn ghi vào " + files.user_config.string() +
                 "). Cài đặt trong cơ sở dữ liệu không được dùng.",
             "This workstation names no PKCS#11 module for signing tokens. The machine's administrator "
             "writes the line '" +
                 key + " = <path to the CA's PKCS#11 library>' in " + files.system_config.string() +
                 " (or you write it in " + files.user_config.string() +
                 "). A setting in the database is not used."},
            kWorkstationModuleKey);
    }
    module.path = CheckProtectedFile(module.named_as, kModuleWords, kWorkstationModuleKey);
    module.sha256 = signing::FileSha256(module.path);
    module.accepted = ReadAccepted(files.accepted_modules).count({module.sha256, module.path.string()}) > 0;
    return module;
}

void AcceptTokenModule(const WorkstationFiles& files, const TokenModule& module) {
    auto accepted = ReadAccepted(files.accepted_modules);
    if (!accepted.emplace(module.sha256, module.path.string()).second) return;
    const auto folder = files.accepted_modules.parent_path();
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error) CannotWrite(folder, error.message());
    // Written beside, then renamed over: the list is never half-written.
    const auto temporary = files.accepted_modules.string() + ".new";
    ::unlink(temporary.c_str());
    {
        const mode_t old_mask = ::umask(077);
        std::ofstream out(temporary, std::ios::trunc);
        ::umask(old_mask);
        for (const auto& [sha256, path] : accepted) out << sha256 << ' ' << path << '\n';
        out.flush();
        if (!out) CannotWrite(temporary, std::strerror(errno));
    }
    if (::chmod(temporary.c_str(), 0600) != 0 ||
        std::rename(temporary.c_str(), files.accepted_modules.c_str()) != 0)
        CannotWrite(files.accepted_modules, std::strerror(errno));
}

std::unique_ptr<domain::DecisionSigner> LoadTokenSigner(const TokenModule& module,
                                                        const std::string& pkcs11_uri, std::string pin) {
    if (!module.accepted)
        throw domain::DomainError(
            domain::ErrorCode::PermissionDenied,
            {"Mô-đun PKCS#11 " + module.path.string() + " chưa được chấp nhận trên máy này.",
             "The PKCS#11 module " + module.path.string() + " has not been accepted on this workstation."},
            kWorkstationModuleKey);
    return std::make_unique<signing::KeyDecisionSigner>(
        signing::LoadPkcs11Key(module.path, pkcs11_uri, std::move(pin)));
}

#endif

domain::LocalisedText DescribeTokenModule(const TokenModule& module, const std::string& pkcs11_uri) {
    const std::string path =
        domain::Utf8Of(module.path) +
        (domain::Utf8Of(module.path) == module.named_as ? std::string() : " (" + module.named_as + ")");
    const domain::LocalisedText where =
        module.named_in.empty()
            ? domain::LocalisedText{"do bạn chọn bằng --pkcs11-module", "chosen by you with --pkcs11-module"}
            : domain::LocalisedText{"ghi trong " + domain::Utf8Of(module.named_in),
                                    "named in " + domain::Utf8Of(module.named_in)};
    return {"Mô-đun PKCS#11: " + path + ", " + where.vi + "; SHA-256 " + module.sha256 +
                ". Thiết bị ký: " + pkcs11_uri + ".",
            "PKCS#11 module: " + path + ", " + where.en + "; SHA-256 " + module.sha256 +
                ". Token: " + pkcs11_uri + "."};
}

std::optional<domain::LocalisedText> IgnoredDatabaseModule(domain::Store& store, const domain::Clock& clock) {
    const auto stored = domain::TrustService(store, clock).Setting(domain::kSettingPkcs11Module);
    if (!stored || stored->empty()) return std::nullopt;
    return domain::LocalisedText{
        "Cơ sở dữ liệu còn cài đặt pkcs11_module của phiên bản cũ: cài đặt này bị bỏ qua, không bao giờ được "
        "nạp. "
        "Mô-đun của thiết bị ký lấy từ tệp workstation.conf của máy này.",
        "The database still has the pkcs11_module setting of an older version: it is ignored and never "
        "loaded. "
        "The token's module comes from this workstation's workstation.conf."};
}

}  // namespace innodesk::app
