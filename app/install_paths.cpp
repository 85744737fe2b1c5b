// Shipped data found relative to the running program, with the build's own trees as fallback.
#include "install_paths.h"

#ifdef _WIN32
#include <windows.h>
#endif

#include <system_error>

namespace innodesk::app {

std::filesystem::path InstalledOrFallback(const std::filesystem::path& executable,
                                          const std::filesystem::path& prefix_relative,
                                          const std::filesystem::path& fallback) {
    if (!executable.empty()) {
        const auto installed = (executable.parent_path().parent_path() / prefix_relative).lexically_normal();
        std::error_code error;
        if (std::filesystem::is_directory(installed, error)) return installed;
    }
    return fallback;
}

std::filesystem::path RunningExecutable() {
#ifdef _WIN32
    // The wide-character name: an install folder with Vietnamese letters stays itself.
    std::wstring name(MAX_PATH, L'\0');
    for (;;) {
        const DWORD length = ::GetModuleFileNameW(nullptr, name.data(), static_cast<DWORD>(name.size()));
        if (length == 0) return {};
        if (length < name.size()) return std::filesystem::path(name.substr(0, length));
        name.resize(name.size() * 2);
    }
#else
    std::error_code error;
    auto executable = std::filesystem::read_symlink("/proc/self/exe", error);
    return error ? std::filesystem::path() : executable;
#endif
}

std::filesystem::path PlansDirectory() {
    return InstalledOrFallback(RunningExecutable(), "share/innodesk/plans", INNODESK_SOURCE_PLANS_DIR);
}

std::filesystem::path PasswordsDirectory() {
    return InstalledOrFallback(RunningExecutable(), "share/innodesk/passwords",
                               INNODESK_SOURCE_PASSWORDS_DIR);
}

std::filesystem::path LocaleDirectory() {
    return InstalledOrFallback(RunningExecutable(), "share/locale", INNODESK_BUILD_LOCALE_DIR);
}

std::filesystem::path ManualDirectory() {
    return InstalledOrFallback(RunningExecutable(), "share/innodesk/manual", INNODESK_SOURCE_MANUAL_DIR);
}

}  // namespace innodesk::app
