// Writing an output file whole or not at all: the bytes go to a temporary file beside the target,
// which is renamed over the target only once complete and flushed to disk. A failure removes the
// temporary file and says why (folder missing, no permission, disk full…).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace innodesk::reports {

class PendingFile {
public:
    // Creates the temporary file "TARGET.XXXXXX.partial" in the target's folder. Throws
    // DomainError(Storage) if the target is a folder or the temporary file cannot be created.
    explicit PendingFile(std::filesystem::path target);
    ~PendingFile();  // removes the temporary file unless committed
    PendingFile(const PendingFile&) = delete;
    PendingFile& operator=(const PendingFile&) = delete;

    // Where a library that insists on opening the file by name (libxlsxwriter) writes.
    const std::filesystem::path& TemporaryPath() const { return m_temporary; }
    const std::filesystem::path& Target() const { return m_target; }

    void Write(std::string_view bytes);  // throws Storage with the system's reason
    // Flushes to disk and renames over the target. Throws Storage; the temporary file is then
    // removed by the destructor.
    void Commit();
    // Throws DomainError(Storage) about this file with the reason of `error_number` (errno).
    [[noreturn]] void Fail(int error_number) const;

private:
    std::filesystem::path m_target;
    std::filesystem::path m_temporary;
    int m_descriptor = -1;
    bool m_committed = false;
};

// Writes `bytes` to `target` through a PendingFile.
void WriteFileWhole(const std::filesystem::path& target, std::string_view bytes);

}  // namespace innodesk::reports
