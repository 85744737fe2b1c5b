// Locating and reading the workstation's configuration files.
#include "workstation_files.h"

#include "windows_folders.h"

#include "domain/errors.h"
#include "domain/utf8_path.h"

#ifndef _WIN32
#include <pwd.h>
#include <unistd.h>
#endif

#include <cstdlib>
#include <fstream>

namespace innodesk::app {
namespace {

#ifndef _WIN32
std::filesystem::path HomeFolder() {
    if (auto home = AbsoluteEnvironmentPath("HOME"); !home.empty()) return home;
    const passwd* entry = ::getpwuid(::geteuid());
    return entry != nullptr && entry->pw_dir != nullptr ? std::filesystem::path(entry->pw_dir)
                                                        : std::filesystem::path("/");
}
#endif

std::string Trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos) return {};
    const auto last = text.find_last_not_of(" \t\r");
    return text.substr(first, last - first + 1);
}

[[noreturn]] void Malformed(const std::filesystem::path& file, int line, const domain::LocalisedText& why) {
    const std::string where = domain::Utf8Of(file) + ":" + std::to_string(line);
    throw domain::DomainError(domain::ErrorCode::FileFormat,
                              {"Tệp cấu hình máy trạm " + where + ": " + why.vi + ".",
                               "Workstation configuration " + where + ": " + why.en + "."},
                              "workstation_config");
}

}  // namespace

std::filesystem::path AbsoluteEnvironmentPath(const char* name) {
    const std::string value = domain::EnvironmentUtf8(name);
    if (value.empty()) return {};
    const std::filesystem::path path = domain::PathFromUtf8(value);
    return path.is_absolute() ? path : std::filesystem::path();
}

std::filesystem::path SystemConfigFolder() {
    if (auto system = AbsoluteEnvironmentPath("INNODESK_SYSCONFDIR"); !system.empty()) return system;
#ifdef _WIN32
    return windows::MachineDataFolder();  // %ProgramData%\InnoDesk
#else
    return "/etc/innodesk";
#endif
}

std::filesystem::path UserConfigFolder() {
    if (auto config = AbsoluteEnvironmentPath("XDG_CONFIG_HOME"); !config.empty()) return config / "innodesk";
#ifdef _WIN32
    return windows::UserDataFolder();  // %LOCALAPPDATA%\InnoDesk
#else
    return HomeFolder() / ".config" / "innodesk";
#endif
}

WorkstationFiles WorkstationFilesFromEnvironment() {
    const auto user = UserConfigFolder();
    return {SystemConfigFolder() / "workstation.conf", user / "workstation.conf", user / "accepted-modules"};
}

std::map<std::string, std::string> ReadWorkstationFile(const std::filesystem::path& file) {
    std::ifstream in(file);
    if (!in)
        throw domain::DomainError(
            domain::ErrorCode::Storage,
            {"Không đọc được tệp cấu hình máy trạm " + domain::Utf8Of(file) + ".",
             "The workstation configuration " + domain::Utf8Of(file) + " cannot be read."},
            "workstation_config");
    std::map<std::string, std::string> settings;
    std::string text;
    for (int line = 1; std::getline(in, text); ++line) {
        text = Trimmed(text);
        if (text.empty() || text.front() == '#') continue;
        const auto equals = text.find('=');
        if (equals == std::string::npos)
            Malformed(file, line, {"dòng phải có dạng khóa = giá trị", "a line must read key = value"});
        const std::string key = Trimmed(text.substr(0, equals));
        const std::string value = Trimmed(text.substr(equals + 1));
        if (key != kWorkstationModuleKey)
            Malformed(file, line,
                      {"khóa '" + key + "' không được biết; khóa duy nhất là " + kWorkstationModuleKey,
                       "the key '" + key + "' is unknown; the only key is " + kWorkstationModuleKey});
        if (!settings.emplace(key, value).second)
            Malformed(file, line,
                      {"khóa '" + key + "' được cho hai lần", "the key '" + key + "' is given twice"});
    }
    return settings;
}

}  // namespace innodesk::app
