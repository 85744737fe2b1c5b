// Output files written whole or not at all, with the reason for a failure in words.
#include "reports/output_file.h"

#include "domain/errors.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
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
    const std::string folder = target.parent_path().empty() ? "." : target.parent_path().string();
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
        case EDQUOT:
            return {"ổ đĩa đã đầy (hoặc hết hạn mức); hãy giải phóng chỗ trống hoặc chọn ổ khác",
                    "the disk is full (or the quota is used up); free some space or choose another drive"};
        case EFBIG:
            return {"tệp vượt quá kích thước tối đa mà hệ thống cho phép ghi",
                    "the file is larger than the system allows this program to write"};
        case EISDIR:
            return {"“" + target.string() + "” là một thư mục; hãy ghi rõ tên tệp cần xuất",
                    "“" + target.string() + "” is a folder; give the name of the file to write"};
        case ENAMETOOLONG:
            return {"tên tệp hoặc đường dẫn quá dài; hãy chọn tên ngắn hơn",
                    "the file name or path is too long; choose a shorter one"};
        default:
            return {std::string("lỗi hệ thống: ") + std::strerror(error_number),
                    std::string("system error: ") + std::strerror(error_number)};
    }
}

std::string RandomSuffix() {
    static constexpr char kLetters[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    std::random_device device;
    std::string suffix;
    for (int i = 0; i < 8; ++i) suffix.push_back(kLetters[device() % (sizeof kLetters - 1)]);
    return suffix;
}

}  // namespace

PendingFile::PendingFile(std::filesystem::path target) : m_target(std::move(target)) {
    std::error_code ignored;
    if (std::filesystem::is_directory(m_target, ignored)) Fail(EISDIR);
    // O_EXCL with a random name rather than mkstemp: the file gets the user's usual permissions
    // (0666 less the umask) instead of mkstemp's 0600, as any other program's output would.
    for (int attempt = 0; attempt < 16; ++attempt) {
        m_temporary = m_target.string() + "." + RandomSuffix() + ".partial";
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

void PendingFile::Fail(int error_number) const {
    const Reason reason = Explain(error_number, m_target);
    throw domain::DomainError(domain::ErrorCode::Storage,
                              {"Không ghi được tệp “" + m_target.string() + "”: " + reason.vi +
                                   ". Không có tệp nào được tạo hay thay đổi.",
                               "Cannot write the file “" + m_target.string() + "”: " + reason.en +
                                   ". No file was created or changed."},
                              "out");
}

void WriteFileWhole(const std::filesystem::path& target, std::string_view bytes) {
    PendingFile file(target);
    file.Write(bytes);
    file.Commit();
}

}  // namespace innodesk::reports
