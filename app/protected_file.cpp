// Ownership and permission checks of a file and of every folder that leads to it.
#include "protected_file.h"

#include "windows_folders.h"

#include "domain/utf8_path.h"

#ifndef _WIN32
#include <sys/stat.h>
#include <unistd.h>
#endif

#include <cstdio>
#include <system_error>

namespace innodesk::app {
namespace {

[[noreturn]] void Refuse(domain::ErrorCode code, const std::filesystem::path& file,
                         const domain::LocalisedText& what, const domain::LocalisedText& why,
                         const std::string& field) {
    const std::string name = domain::Utf8Of(file);
    throw domain::DomainError(code,
                              {"Không dùng " + what.vi + " " + name + ": " + why.vi + ".",
                               "The " + what.en + " " + name + " is refused: " + why.en + "."},
                              field);
}

#ifdef _WIN32

// Windows has no owner uid and mode bits: the same two questions are asked of the owner SID and the
// DACL (app/windows_folders.h). A folder or file owned by someone other than this user, the
// Administrators, SYSTEM or TrustedInstaller is refused, and so is one whose DACL lets Everyone,
// Users, Authenticated Users or Interactive change it (write a file; delete, rename or replace what
// a folder holds; change its DACL or owner). Not checked: deny entries (only allow entries are
// read, so a deny entry can only make a refusal stricter than needed, never let one through),
// rights given to other named users or groups one by one, and the SIDs of other local accounts.
void CheckObject(const std::filesystem::path& object, bool folder, const std::filesystem::path& shown,
                 const domain::LocalisedText& what, const std::string& field) {
    const std::string name = domain::Utf8Of(object);
    const domain::LocalisedText which = folder
                                            ? domain::LocalisedText{"thư mục " + name, "its folder " + name}
                                            : domain::LocalisedText{"tệp", "the file"};
    if (const std::string owner = windows::OwnedByOther(object); !owner.empty())
        Refuse(domain::ErrorCode::PermissionDenied, shown, what,
               {which.vi + " thuộc " + (owner == "?" ? "một chủ không đọc được" : owner) +
                    ", không phải Administrators, SYSTEM hay người dùng đang chạy InnoDesk",
                which.en + " belongs to " + (owner == "?" ? "an owner that cannot be read" : owner) +
                    ", neither Administrators, SYSTEM nor the user running InnoDesk"},
               field);
    if (const std::string group = windows::WritableByOthers(object, folder); !group.empty())
        Refuse(domain::ErrorCode::PermissionDenied, shown, what,
               group == "?" ? domain::LocalisedText{"không đọc được quyền truy cập của " + which.vi,
                                                    "the permissions of " + which.en + " cannot be read"}
                            : domain::LocalisedText{"nhóm " + group + " được thay đổi " + which.vi,
                                                    "the group " + group + " may change " + which.en},
               field);
}

void CheckFolders(const std::filesystem::path& file, const std::filesystem::path& shown,
                  const domain::LocalisedText& what, const std::string& field) {
    for (std::filesystem::path folder = file.parent_path();; folder = folder.parent_path()) {
        std::error_code error;
        if (!std::filesystem::is_directory(folder, error))
            Refuse(domain::ErrorCode::NotFound, shown, what,
                   {"không đọc được thư mục " + domain::Utf8Of(folder),
                    "its folder " + domain::Utf8Of(folder) + " cannot be read"},
                   field);
        CheckObject(folder, true, shown, what, field);
        if (folder == folder.parent_path()) break;
    }
}

void CheckFile(const std::filesystem::path& real, const std::filesystem::path& shown,
               const domain::LocalisedText& what, const std::string& field) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(real, error))
        Refuse(domain::ErrorCode::PermissionDenied, shown, what,
               {"đây không phải một tệp thông thường", "it is not a regular file"}, field);
    CheckObject(real, false, shown, what, field);
}

constexpr const char* kAbsoluteVi = "đường dẫn phải là đường dẫn tuyệt đối, bắt đầu bằng ổ đĩa như C:\\";
constexpr const char* kAbsoluteEn = "the path must be absolute, starting with a drive such as C:\\";

#else

std::string Octal(mode_t mode) {
    char text[8];
    std::snprintf(text, sizeof text, "%04o", static_cast<unsigned>(mode & 07777));
    return text;
}

bool OwnedByAllowedUser(const struct stat& status) {
    return status.st_uid == 0 || status.st_uid == ::geteuid();
}

// Whoever may write to a folder may replace any name in it, so each folder from the file's up to /
// must be as protected as the file.
void CheckFolders(const std::filesystem::path& file, const std::filesystem::path& shown,
                  const domain::LocalisedText& what, const std::string& field) {
    for (std::filesystem::path folder = file.parent_path();; folder = folder.parent_path()) {
        struct stat status {};
        if (::stat(folder.c_str(), &status) != 0)
            Refuse(domain::ErrorCode::NotFound, shown, what,
                   {"không đọc được thư mục " + folder.string(),
                    "its folder " + folder.string() + " cannot be read"},
                   field);
        if (!OwnedByAllowedUser(status))
            Refuse(domain::ErrorCode::PermissionDenied, shown, what,
                   {"thư mục " + folder.string() + " thuộc người dùng số " + std::to_string(status.st_uid) +
                        ", không phải root hay người dùng đang chạy InnoDesk",
                    "its folder " + folder.string() + " belongs to user " + std::to_string(status.st_uid) +
                        ", neither root nor the user running InnoDesk"},
                   field);
        if ((status.st_mode & (S_IWGRP | S_IWOTH)) != 0)
            Refuse(domain::ErrorCode::PermissionDenied, shown, what,
                   {"nhóm hoặc người khác được ghi vào thư mục " + folder.string() + " (quyền " +
                        Octal(status.st_mode) + ")",
                    "its folder " + folder.string() + " may be written by its group or by others (mode " +
                        Octal(status.st_mode) + ")"},
                   field);
        if (folder == folder.parent_path()) break;
    }
}

void CheckFile(const std::filesystem::path& real, const std::filesystem::path& file,
               const domain::LocalisedText& what, const std::string& field) {
    struct stat status {};
    if (::stat(real.c_str(), &status) != 0)
        Refuse(domain::ErrorCode::NotFound, file, what, {"không đọc được tệp", "the file cannot be read"},
               field);
    if (!S_ISREG(status.st_mode))
        Refuse(domain::ErrorCode::PermissionDenied, file, what,
               {"đây không phải một tệp thông thường", "it is not a regular file"}, field);
    if (!OwnedByAllowedUser(status))
        Refuse(domain::ErrorCode::PermissionDenied, file, what,
               {"tệp thuộc người dùng số " + std::to_string(status.st_uid) +
                    ", không phải root hay người dùng đang chạy InnoDesk",
                "it belongs to user " + std::to_string(status.st_uid) +
                    ", neither root nor the user running InnoDesk"},
               field);
    if ((status.st_mode & (S_IWGRP | S_IWOTH)) != 0)
        Refuse(domain::ErrorCode::PermissionDenied, file, what,
               {"nhóm hoặc người khác được ghi vào tệp (quyền " + Octal(status.st_mode) + ")",
                "its group or others may write to it (mode " + Octal(status.st_mode) + ")"},
               field);
}

constexpr const char* kAbsoluteVi = "đường dẫn phải là đường dẫn tuyệt đối, bắt đầu bằng /";
constexpr const char* kAbsoluteEn = "the path must be absolute, starting with /";

#endif

}  // namespace

std::filesystem::path CheckProtectedFile(const std::filesystem::path& file, const domain::LocalisedText& what,
                                         const std::string& field) {
    if (!file.is_absolute())
        Refuse(domain::ErrorCode::InvalidValue, file, what, {kAbsoluteVi, kAbsoluteEn}, field);
    // Each symbolic link on the way lives in a folder that must be protected too: whoever may
    // write there could point the link elsewhere.
    std::filesystem::path step = file.lexically_normal();
    for (int hops = 0;; ++hops) {
        CheckFolders(step, file, what, field);
        std::error_code error;
        if (!std::filesystem::is_symlink(step, error)) break;
        if (hops == 40)
            Refuse(domain::ErrorCode::NotFound, file, what,
                   {"quá nhiều liên kết tượng trưng nối tiếp nhau", "too many symbolic links in a row"},
                   field);
        const std::filesystem::path target = std::filesystem::read_symlink(step, error);
        if (error) break;
        step = (target.is_absolute() ? target : step.parent_path() / target).lexically_normal();
    }
    std::error_code error;
    const std::filesystem::path real = std::filesystem::canonical(file, error);
    if (error)
        Refuse(domain::ErrorCode::NotFound, file, what, {"không có tệp này", "there is no such file"}, field);
    CheckFolders(real, file, what, field);
    CheckFile(real, file, what, field);
    return real;
}

}  // namespace innodesk::app
