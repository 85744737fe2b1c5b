// libzip behind RAII handles: the archive is discarded and every entry closed on all paths.
#include "interchange/zip_archive.h"

#include <zip.h>

#include <algorithm>
#include <cerrno>
#include <fstream>

#include "domain/utf8_path.h"
#include "interchange/file_errors.h"

namespace innodesk::interchange {

namespace {

struct FileCloser {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};
using ZipFilePtr = std::unique_ptr<zip_file_t, FileCloser>;

std::string SizeText(std::uint64_t bytes, std::string_view byte_word) {
    constexpr std::uint64_t kMiB = 1024 * 1024;
    if (bytes >= kMiB && bytes % kMiB == 0) return std::to_string(bytes / kMiB) + " MiB";
    return std::to_string(bytes) + " " + std::string(byte_word);
}

// The first bytes of an OLE2 compound file: Excel 97-2003 workbooks, and every workbook
// saved with a password to open, which Excel encrypts inside such a container.
bool LooksLikeOle2(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    char signature[8] = {};
    in.read(signature, sizeof signature);
    return in.gcount() == sizeof signature && std::string_view(signature, sizeof signature) ==
                                                  std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
}

std::string ZipErrorText(int code) {
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    std::string text = zip_error_strerror(&error);
    zip_error_fini(&error);
    return text;
}

}  // namespace

void ZipArchive::Discard::operator()(zip* archive) const {
    zip_discard(archive);
}

ZipArchive::ZipArchive(const std::filesystem::path& path, std::uint64_t max_entry_size)
    : m_path(path), m_max_entry_size(max_entry_size) {
    RequireRegularFile(path);
    int code = 0;
    errno = 0;
    m_archive.reset(zip_open(domain::Utf8Of(path).c_str(), ZIP_RDONLY, &code));
    if (m_archive) return;
    const int system_error = errno;
    const std::string name = domain::Utf8Of(path.filename());
    if (code == ZIP_ER_OPEN || code == ZIP_ER_READ) {
        ThrowCannotOpen(path,
                        std::error_code(system_error != 0 ? system_error : EIO, std::generic_category()));
    }
    if (code == ZIP_ER_NOZIP && LooksLikeOle2(path)) {
        ThrowFileFormat(
            "Tệp “" + name +
                "” là sổ tính Excel 97-2003 (.xls) hoặc sổ tính có đặt mật khẩu mở, nên không đọc "
                "được. Mở tệp trong Excel, bỏ mật khẩu nếu có, rồi lưu lại dưới dạng .xlsx hoặc CSV UTF-8.",
            "The file “" + name +
                "” is an Excel 97-2003 (.xls) workbook or a workbook protected by a password to "
                "open, so it cannot be read. Open it in Excel, remove the password if any, and save "
                "it again as .xlsx or CSV UTF-8.");
    }
    if (code == ZIP_ER_NOZIP) {
        ThrowFileFormat(
            "Tệp “" + name +
                "” không phải sổ tính Excel .xlsx (không phải tệp nén zip); có lẽ đây là tệp khác bị "
                "đổi đuôi. Mở tệp trong Excel và lưu lại dưới dạng .xlsx hoặc CSV UTF-8.",
            "The file “" + name +
                "” is not an Excel .xlsx workbook (it is not a zip archive); it is probably another "
                "kind of file renamed. Open it in Excel and save it again as .xlsx or CSV UTF-8.");
    }
    ThrowFileFormat("Tệp “" + name + "” là tệp .xlsx bị hỏng hoặc không đầy đủ (" + ZipErrorText(code) +
                        "). Tải lại tệp, hoặc mở trong Excel và lưu lại.",
                    "The file “" + name + "” is a damaged or incomplete .xlsx file (" + ZipErrorText(code) +
                        "). Download it again, or open it in Excel and save it again.");
}

std::optional<std::string> ZipArchive::Read(std::string_view name) const {
    std::string bytes;
    const bool found = Stream(name, m_max_entry_size, [&](std::string_view chunk) { bytes.append(chunk); });
    if (!found) return std::nullopt;
    return bytes;
}

bool ZipArchive::Stream(std::string_view name, std::uint64_t max_size,
                        const std::function<void(std::string_view)>& sink) const {
    const std::string entry(name);
    const zip_int64_t index = zip_name_locate(m_archive.get(), entry.c_str(), ZIP_FL_NOCASE);
    if (index < 0) return false;
    const std::string file = domain::Utf8Of(m_path.filename());
    // libzip's reasons are in English only; ours come in both languages.
    const auto throw_damaged = [&](const std::string& vi_reason, const std::string& en_reason) {
        ThrowFileFormat("Tệp “" + file + "” bị hỏng: không giải nén được phần “" + entry + "” (" + vi_reason +
                            "). Tải lại tệp, hoặc mở trong Excel và lưu lại.",
                        "The file “" + file + "” is damaged: its part “" + entry +
                            "” cannot be decompressed (" + en_reason +
                            "). Download it again, or open it in Excel and save it again.");
    };
    const auto throw_too_large = [&]() {
        ThrowFileFormat(
            "Tệp “" + file + "” bị từ chối: phần “" + entry + "” khi giải nén lớn hơn " +
                SizeText(max_size, "byte") +
                " (giới hạn kích thước một phần của tệp .xlsx), quá lớn với một bảng dữ liệu (có thể là tệp "
                "độc "
                "hại). Chia dữ liệu thành nhiều tệp nhỏ hơn, hoặc xuất dưới dạng CSV UTF-8.",
            "The file “" + file + "” is refused: its part “" + entry + "” decompresses to more than " +
                SizeText(max_size, "bytes") +
                " (the size limit of one part of an .xlsx file), too large for a data table (it may be a "
                "malicious file). Split the data into smaller files, or export it as CSV UTF-8.");
    };
    const auto archive_error = [&]() { return std::string(zip_strerror(m_archive.get())); };

    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_archive.get(), static_cast<zip_uint64_t>(index), 0, &stat) != 0) {
        throw_damaged(archive_error(), archive_error());
    }
    // The size in the directory can lie, so it only decides early; reading re-checks every chunk.
    if ((stat.valid & ZIP_STAT_SIZE) != 0 && stat.size > max_size) throw_too_large();
    ZipFilePtr entry_file(zip_fopen_index(m_archive.get(), static_cast<zip_uint64_t>(index), 0));
    if (!entry_file) throw_damaged(archive_error(), archive_error());

    std::uint64_t total = 0;
    char chunk[64 * 1024];
    for (;;) {
        const zip_int64_t read = zip_fread(entry_file.get(), chunk, sizeof chunk);
        if (read < 0) throw_damaged(zip_file_strerror(entry_file.get()), zip_file_strerror(entry_file.get()));
        if (read == 0) break;
        total += static_cast<std::uint64_t>(read);
        if (total > max_size) throw_too_large();
        // libzip reads on past a declared size that lies; a real archive never does.
        if ((stat.valid & ZIP_STAT_SIZE) != 0 && total > stat.size) {
            throw_damaged(
                "giải nén ra nhiều hơn " + std::to_string(stat.size) + " byte mà tệp nén ghi cho nó",
                "it decompresses to more than the " + std::to_string(stat.size) +
                    " bytes the archive declares for it");
        }
        sink(std::string_view(chunk, static_cast<std::size_t>(read)));
    }
    return true;
}

}  // namespace innodesk::interchange
