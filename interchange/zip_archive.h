// Read-only access to the entries of a zip file (an XLSX package), with a size limit per entry.
#pragma once

#include <cstdint>
#include <filesystem>
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

private:
    struct Discard {
        void operator()(zip* archive) const;
    };

    std::unique_ptr<zip, Discard> m_archive;
    std::filesystem::path m_path;
    std::uint64_t m_max_entry_size;
};

}  // namespace innodesk::interchange
