// Output files written whole or not at all, with the reason for a failure in words.
#include "reports/output_file.h"

#include "domain/errors.h"
#include "domain/utf8_path.h"

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <random>

namespace innodesk::reports {

namespace {

struct Reason {
    std::string vi;
    std::string en;
};

// What went wrong and how to fix it; the common causes get sentences of their own.
Reason Explain(int error_number, const std::filesystem::path& target) {
    const std::string folder = target.parent_path().empty() ? "." : domain::Utf8Of(target.parent_path());
    switch (error_number) {
        case ENOENT:
            return {"thư mục “" + folder + "” không tồn tại; hãy tạo thư mục đó hoặc chọn thư mục khác",
                    "the folder “" + folder + "” does not exist; create it or choose another folder"};
        case ENOTDIR:
            return {
                "một phần của đường dẫn “" + folder + "” không phải là thư mục; hãy kiểm tra lại đường dẫn",
                "part of the path “" + folder + "” is not a folder; check the path"};
        case EACCES:
        case EPERM:
            return {
                "không có quyền ghi vào thư mục “" + folder + "”; hãy chọn thư mục khác hoặc xin quyền ghi",
                "you may not write in the folder “" + folder +
                    "”; choose another folder or ask for write access"};
        case EROFS:
            return {"thư mục “" + folder + "” nằm trên ổ chỉ đọc; hãy chọn thư mục khác",
                    "the folder “" + folder + "” is on a read-only drive; choose another folder"};
        case ENOSPC:
#ifdef EDQUOT  // MinGW's C library has no quotas
        case EDQUOT:
#endif
            return {"ổ đĩa đã đầy (hoặc hết hạn mức); hãy giải phóng chỗ trống hoặc chọn ổ khác",
                    "the disk is full (or the quota is used up); free some space or choose another drive"};
        case EFBIG:
            return {"tệp vượt quá kích thước tối đa mà hệ thống cho phép ghi",
                    "the file is larger than the system allows this program to write"};
        case EISDIR:
            return {"“" + domain::Utf8Of(target) + "” là một thư mục; hãy ghi rõ tên tệp cần xuất",
                    "“" + domain::Utf8Of(target) + "” is a folder; give the name of the file to write"};
        case ENAMETOOLONG:
            return {"tên tệp hoặc đường dẫn quá dài; hãy chọn tên ngắn hơn",
                    "the file name or path is too long; choose a shorter one"};
        default:
            return {std::string("lỗi hệ thống: ") + std::strerror(error_number),
                    std::string("system error: ") + std::strerror(error_number)};
    }
}

#ifdef _WIN32
// The same for the error codes of the Windows API (GetLastError), with the causes only Windows has:
// a file open in another program (Excel locks the workbook it shows), a name with a character
// Windows does not allow.
Reason ExplainWindows(DWORD error, const std::filesystem::path& target) {
    const std::string folder = target.parent_path().empty() ? "." : domain::Utf8Of(target.parent_path());
    switch (error) {
        case ERROR_FILE_NOT_FOUND:
        case ERROR_PATH_NOT_FOUND:
        case ERROR_INVALID_DRIVE:
        case ERROR_BAD_NETPATH:
        case ERROR_BAD_NET_NAME:
            return Explain(ENOENT, target);
        case ERROR_DIRECTORY:
            return Explain(ENOTDIR, target);
        case ERROR_ACCESS_DENIED:
            return {
                "không có quyền ghi vào thư mục “" + folder +
                    "”, hoặc tệp đích chỉ cho đọc hay đang mở trong chương trình khác; hãy đóng tệp, chọn " +
                    "thư mục khác hoặc xin quyền ghi",
                "you may not write in the folder “" + folder +
                    "”, or the file there is read-only or open in another program; close it, choose another "
                    "folder or ask for write access"};
        case ERROR_SHARING_VIOLATION:
        case ERROR_LOCK_VIOLATION:
        case ERROR_USER_MAPPED_FILE:
            return {
                "tệp “" + domain::Utf8Of(target) +
                    "” đang được mở trong một chương trình khác (ví dụ Excel); hãy đóng tệp đó rồi thử lại",
                "the file “" + domain::Utf8Of(target) +
                    "” is open in another program (Excel, for example); close it and try again"};
        case ERROR_WRITE_PROTECT:
            return Explain(EROFS, target);
        case ERROR_DISK_FULL:
        case ERROR_HANDLE_DISK_FULL:
            return Explain(ENOSPC, target);
        case ERROR_FILE_TOO_LARGE:
            return Explain(EFBIG, target);
        case ERROR_FILENAME_EXCED_RANGE:
            return Explain(ENAMETOOLONG, target);
        case ERROR_INVALID_NAME:
            return {"tên tệp hoặc thư mục có ký tự Windows không cho phép (\\ / : * ? \" < > |); hãy đổi tên",
                    "the file or folder name has a character Windows does not allow (\\ / : * ? \" < > |); "
                    "choose another name"};
        default: {
            wchar_t* text = nullptr;
            const DWORD length = ::FormatMessageW(
                FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
                nullptr, error, 0, reinterpret_cast<wchar_t*>(&text), 0, nullptr);
            std::wstring message(text != nullptr ? text : L"", length);
            ::LocalFree(text);
            while (!message.empty() &&
                   (message.back() == L'\n' || message.back() == L'\r' || message.back() == L'.'))
                message.pop_back();
            const std::string said = domain::Utf8Of(std::filesystem::path(message));
            return {"lỗi hệ thống Windows " + std::to_string(error) + ": " + said,
                    "Windows system error " + std::to_string(error) + ": " + said};
        }
    }
}
#endif

[[noreturn]] void Throw(const std::filesystem::path& target, const Reason& reason) {
    const std::string name = domain::Utf8Of(target);
    throw domain::DomainError(
        domain::ErrorCode::Storage,
        {"Không ghi được tệp “" + name + "”: " + reason.vi + ". Không có tệp nào được tạo hay thay đổi.",
         "Cannot write the file “" + name + "”: " + reason.en + ". No file was created or changed."},
        "out");
}

std::string RandomSuffix() {
    static constexpr char kLetters[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    std::random_device device;
    std::string suffix;
    for (int i = 0; i < 8; ++i) suffix.push_back(kLetters[device() % (sizeof kLetters - 1)]);
    return suffix;
}

}  // namespace

#ifdef _WIN32

namespace {

// The temporary file is opened shared, so that a library can write it by name (libxlsxwriter
// opens it with its own handle) and delete-shared so nothing keeps it from being renamed.
HANDLE OpenTemporary(const std::filesystem::path& file, DWORD disposition) {
    return ::CreateFileW(file.c_str(), GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                         nullptr, disposition, FILE_ATTRIBUTE_NORMAL, nullptr);
}

HANDLE HandleOf(int descriptor) {
    return reinterpret_cast<HANDLE>(::_get_osfhandle(descriptor));
}

}  // namespace

// The Windows counterpart of the POSIX code below: CreateFileW(CREATE_NEW) for O_EXCL, WriteFile,
// FlushFileBuffers for fsync, MoveFileExW(MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH) for
// rename; the handle is kept as a C runtime descriptor (_open_osfhandle) in m_descriptor. The file
// gets the folder's inherited permissions, as any other program's output would.
PendingFile::PendingFile(std::filesystem::path target) : m_target(std::move(target)) {
    std::error_code ignored;
    if (std::filesystem::is_directory(m_target, ignored)) Fail(EISDIR);
    for (int attempt = 0; attempt < 16; ++attempt) {
        m_temporary = m_target;
        m_temporary += "." + RandomSuffix() + ".partial";
        const HANDLE handle = OpenTemporary(m_temporary, CREATE_NEW);
        if (handle == INVALID_HANDLE_VALUE) {
            const DWORD error = ::GetLastError();
            if (error == ERROR_FILE_EXISTS || error == ERROR_ALREADY_EXISTS) continue;
            m_temporary.clear();  // nothing was created, so the destructor has nothing to remove
            Throw(m_target, ExplainWindows(error, m_target));
        }
        m_descriptor = ::_open_osfhandle(reinterpret_cast<intptr_t>(handle), _O_WRONLY | _O_BINARY);
        if (m_descriptor >= 0) return;
        ::CloseHandle(handle);
        ::DeleteFileW(m_temporary.c_str());
        m_temporary.clear();
        Fail(EMFILE);
    }
    m_temporary.clear();
    Throw(m_target, ExplainWindows(ERROR_FILE_EXISTS, m_target));
}

PendingFile::~PendingFile() {
    if (m_descriptor >= 0) ::_close(m_descriptor);
    if (!m_committed && !m_temporary.empty()) ::DeleteFileW(m_temporary.c_str());
}

void PendingFile::Write(std::string_view bytes) {
    while (!bytes.empty()) {
        const DWORD chunk = static_cast<DWORD>(std::min<std::size_t>(bytes.size(), 1u << 30));
        DWORD written = 0;
        if (!::WriteFile(HandleOf(m_descriptor), bytes.data(), chunk, &written, nullptr))
            Throw(m_target, ExplainWindows(::GetLastError(), m_target));
        bytes.remove_prefix(written);
    }
}

void PendingFile::Commit() {
    // A library may have written the file by name: flush what it wrote through a handle of our own.
    if (m_descriptor < 0) {
        const HANDLE handle = OpenTemporary(m_temporary, OPEN_EXISTING);
        if (handle == INVALID_HANDLE_VALUE) Throw(m_target, ExplainWindows(::GetLastError(), m_target));
        m_descriptor = ::_open_osfhandle(reinterpret_cast<intptr_t>(handle), _O_WRONLY | _O_BINARY);
        if (m_descriptor < 0) {
            ::CloseHandle(handle);
            Fail(EMFILE);
        }
    }
    // Disk full can surface only here, when the cached pages are written out.
    if (!::FlushFileBuffers(HandleOf(m_descriptor)))
        Throw(m_target, ExplainWindows(::GetLastError(), m_target));
    const int descriptor = m_descriptor;
    m_descriptor = -1;
    if (::_close(descriptor) != 0) Fail(errno);
    if (!::MoveFileExW(m_temporary.c_str(), m_target.c_str(),
                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        Throw(m_target, ExplainWindows(::GetLastError(), m_target));
    m_committed = true;
}

#else

PendingFile::PendingFile(std::filesystem::path target) : m_target(std::move(target)) {
    std::error_code ignored;
    if (std::filesystem::is_directory(m_target, ignored)) Fail(EISDIR);
    // O_EXCL with a random name rather than mkstemp: the file gets the user's usual permissions
    // (0666 less the umask) instead of mkstemp's 0600, as any other program's output would.
    for (int attempt = 0; attempt < 16; ++attempt) {
        m_temporary = m_target;
        m_temporary += "." + RandomSuffix() + ".partial";
        m_descriptor = ::open(m_temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (m_descriptor >= 0) return;
        if (errno != EEXIST) {
            const int error_number = errno;
            m_temporary.clear();  // nothing was created, so the destructor has nothing to remove
            Fail(error_number);
        }
    }
    const int error_number = EEXIST;
    m_temporary.clear();
    Fail(error_number);
}

PendingFile::~PendingFile() {
    if (m_descriptor >= 0) ::close(m_descriptor);
    if (!m_committed && !m_temporary.empty()) ::unlink(m_temporary.c_str());
}

void PendingFile::Write(std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t written = ::write(m_descriptor, bytes.data(), bytes.size());
        if (written < 0) {
            if (errno == EINTR) continue;
            Fail(errno);
        }
        bytes.remove_prefix(static_cast<std::size_t>(written));
    }
}

void PendingFile::Commit() {
    // A library may have written the file by name: flush what it wrote through a descriptor of our own.
    if (m_descriptor < 0) {
        m_descriptor = ::open(m_temporary.c_str(), O_RDONLY | O_CLOEXEC);
        if (m_descriptor < 0) Fail(errno);
    }
    // Disk full can surface only here, when the cached pages are written out.
    if (::fsync(m_descriptor) != 0) Fail(errno);
    const int descriptor = m_descriptor;
    m_descriptor = -1;
    if (::close(descriptor) != 0) Fail(errno);
    if (::rename(m_temporary.c_str(), m_target.c_str()) != 0) Fail(errno);
    m_committed = true;
}

#endif

void PendingFile::Fail(int error_number) const {
    Throw(m_target, Explain(error_number, m_target));
}

void WriteFileWhole(const std::filesystem::path& target, std::string_view bytes) {
    PendingFile file(target);
    file.Write(bytes);
    file.Commit();
}

}  // namespace innodesk::reports
