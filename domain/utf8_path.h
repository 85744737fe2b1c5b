// Paths to and from UTF-8 text, the same on every platform. On Windows, libstdc++'s
// std::filesystem::path(std::string) and path::string() use the ANSI code page, which has no room
// for Vietnamese letters ("C:\Users\Nguyễn Văn An\Tài liệu"); these go through char8_t instead,
// which is UTF-8 everywhere. On Linux both are the identity, byte for byte (an NFD name stays NFD,
// bytes that are not UTF-8 stay as they are).
#pragma once

#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

namespace innodesk::domain {

// The path named by UTF-8 `text` (a CLI argument, a setting, a database value).
inline std::filesystem::path PathFromUtf8(std::string_view text) {
    return std::filesystem::path(std::u8string(text.begin(), text.end()));
}

// The path as UTF-8 text (for messages, JSON, the audit, connect strings, C libraries' file names).
inline std::string Utf8Of(const std::filesystem::path& path) {
    const std::u8string text = path.u8string();
    return std::string(text.begin(), text.end());
}

// The environment variable `name` as UTF-8, or "" when it is unset. On Windows getenv gives the
// ANSI code page; _wgetenv gives the value as it is.
inline std::string EnvironmentUtf8(const char* name) {
#ifdef _WIN32
    const std::wstring wide_name(name, name + std::char_traits<char>::length(name));  // names are ASCII
    const wchar_t* value = ::_wgetenv(wide_name.c_str());
    return value == nullptr ? std::string() : Utf8Of(std::filesystem::path(value));
#else
    const char* value = std::getenv(name);
    return value == nullptr ? std::string() : std::string(value);
#endif
}

}  // namespace innodesk::domain
