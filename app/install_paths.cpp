// Shipped data found relative to the running program, with the build's own trees as fallback.
#include "install_paths.h"

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
    std::error_code error;
    auto executable = std::filesystem::read_symlink("/proc/self/exe", error);
    return error ? std::filesystem::path() : executable;
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
