// Read-only access to the entries of a zip file (an XLSX package), with a size limit per entry.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct zip;  // libzip's zip_t, kept out of this header so users need not see <zip.h>

namespace innodesk::interchange {

class ZipArchive {
public:
    // A decompressed XLSX part this large is either a zip bomb or more than a desktop import
    // can hold in memory; real sheets of a million rows stay well below it.
    static constexpr std::uint64_t kDefaultMaxEntrySize = 512ULL * 1024 * 1024;

    // Throws DomainError(FileFormat) if the file is missing, unreadable or not a zip archive.
    explicit ZipArchive(const std::filesystem::path& path,
                        std::uint64_t max_entry_size = kDefaultMaxEntrySize);

    // The entry's decompressed bytes, or nullopt if there is no such entry (names compare
    // case-insensitively, as Excel does). Throws DomainError(FileFormat) if the entry is larger
    // than the limit or cannot be decompressed.
    std::optional<std::string> Read(std::string_view name) const;

    // Passes the entry's decompressed bytes to `sink` chunk by chunk, so that a part far larger
    // than the memory it may take can still be parsed; false if there is no such entry. Throws
    // like Read once more than `max_size` bytes have come out, whatever the entry declares.
    bool Stream(std::string_view name, std::uint64_t max_size,
                const std::function<void(std::string_view)>& sink) const;

private:
    struct Discard {
        void operator()(zip* archive) const;
    };

    std::unique_ptr<zip, Discard> m_archive;
    std::filesystem::path m_path;
    std::uint64_t m_max_entry_size;
};

}  // namespace innodesk::interchange
