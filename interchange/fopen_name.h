// Windows only: a name for a file that a C library opens with fopen (libxlsxwriter 1.1), which on
// Windows reads the name in the ANSI code page.
#pragma once

#ifdef _WIN32

#include "domain/errors.h"
#include "domain/utf8_path.h"

#include <windows.h>

#include <filesystem>
#include <string>

namespace innodesk::interchange {

// libxlsxwriter 1.1 opens its file with fopen, which on Windows reads the name in the ANSI code page:
// a folder named "Tài liệu" cannot be given to it as it is. The existing temporary file's short
// (8.3) name is ASCII where the volume keeps short names; without one the file is refused in words.
inline std::string NameForFopen(const std::filesystem::path& file) {
    std::wstring shortened(MAX_PATH, L'\0');
    DWORD length = ::GetShortPathNameW(file.c_str(), shortened.data(), static_cast<DWORD>(shortened.size()));
    if (length > shortened.size()) {
        shortened.resize(length);
        length = ::GetShortPathNameW(file.c_str(), shortened.data(), static_cast<DWORD>(shortened.size()));
    }
    shortened.resize(length != 0 && length < shortened.size() ? length : 0);
    if (shortened.empty()) shortened = file.wstring();
    BOOL lossy = FALSE;
    const int size = ::WideCharToMultiByte(CP_ACP, WC_NO_BEST_FIT_CHARS, shortened.c_str(), -1, nullptr, 0,
                                           nullptr, &lossy);
    std::string narrow(size > 0 ? static_cast<std::size_t>(size) : 0, '\0');
    if (size > 0)
        ::WideCharToMultiByte(CP_ACP, WC_NO_BEST_FIT_CHARS, shortened.c_str(), -1, narrow.data(), size,
                              nullptr, &lossy);
    if (size <= 0 || lossy) {
        const std::string name = domain::Utf8Of(file);
        throw domain::DomainError(
            domain::ErrorCode::Storage,
            {"Không ghi được bảng tính vào “" + name +
                 "”: ổ đĩa này không có tên ngắn (8.3) cho thư mục có dấu tiếng Việt; hãy chọn thư "
                 "mục có tên không dấu.",
             "Cannot write the workbook to “" + name +
                 "”: this drive keeps no short (8.3) names for a folder with Vietnamese letters; "
                 "choose a folder whose name has none."},
            "out");
    }
    narrow.pop_back();  // the terminating NUL WideCharToMultiByte counted
    return narrow;
}

}  // namespace innodesk::interchange

#endif
