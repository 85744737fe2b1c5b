// Chooses the reader for a file by its extension and reads the file's bytes.
#include "interchange/table_file.h"

#include <cerrno>
#include <fstream>
#include <system_error>

#include "domain/errors.h"
#include "domain/utf8_path.h"
#include "interchange/file_errors.h"
#include "interchange/import_limits.h"
#include "interchange/xlsx_reader.h"

namespace innodesk::interchange {

namespace {

std::string LowerAscii(std::string text) {
    for (char& c : text) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return text;
}

// Reads in chunks up to the size limit, whatever the file says its size is: a file that grows
// while it is read, or a pipe, is refused at the limit instead of filling the memory.
std::string ReadAllBytes(const std::filesystem::path& path) {
    RequireRegularFile(path);
    const std::string name = domain::Utf8Of(path.filename());
    const LimitPlace place{"tệp “" + name + "”", "the file “" + name + "”"};
    std::error_code size_error;
    const std::uintmax_t size = std::filesystem::file_size(path, size_error);
    if (!size_error && size > ImportLimits::kMaxTextFileBytes) ThrowFileTooLarge(place);
    errno = 0;
    std::ifstream in(path, std::ios::binary);
    if (!in) ThrowCannotOpen(path, std::error_code(errno != 0 ? errno : EIO, std::generic_category()));
    std::string bytes;
    if (!size_error) bytes.reserve(static_cast<std::size_t>(size));
    char chunk[64 * 1024];
    while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
        bytes.append(chunk, static_cast<std::size_t>(in.gcount()));
        if (bytes.size() > ImportLimits::kMaxTextFileBytes) ThrowFileTooLarge(place);
    }
    if (in.bad()) ThrowCannotOpen(path, std::error_code(errno != 0 ? errno : EIO, std::generic_category()));
    return bytes;
}

Table ReadCsvFile(const std::filesystem::path& path, const CsvOptions& options) {
    const std::string bytes = ReadAllBytes(path);
    try {
        return ParseCsv(bytes, options);
    } catch (const domain::DomainError& error) {
        // ParseCsv cannot know the file; a user importing several needs to know which one failed.
        const std::string name = domain::Utf8Of(path.filename());
        throw domain::DomainError(
            error.Code(),
            {"Tệp “" + name + "”: " + error.Text().vi, "File “" + name + "”: " + error.Text().en},
            error.Field());
    }
}

}  // namespace

Table ReadTableFile(const std::filesystem::path& path, const CsvOptions& options) {
    const std::string extension = LowerAscii(domain::Utf8Of(path.extension()));
    if (extension == ".xlsx") return ReadXlsx(path);
    if (extension == ".csv" || extension == ".txt") return ReadCsvFile(path, options);
    if (extension == ".tsv") {
        CsvOptions tab_separated = options;
        if (tab_separated.delimiter == 0) tab_separated.delimiter = '\t';
        return ReadCsvFile(path, tab_separated);
    }
    const std::string name = domain::Utf8Of(path.filename());
    if (extension == ".xls") {
        ThrowFileFormat(
            "Không đọc được tệp “" + name +
                "”: định dạng Excel 97-2003 (.xls) không được hỗ trợ. Mở tệp trong Excel và lưu lại "
                "dưới dạng .xlsx hoặc CSV UTF-8.",
            "Cannot read the file “" + name +
                "”: the Excel 97-2003 format (.xls) is not supported. Open it in Excel and save it "
                "again as .xlsx or CSV UTF-8.");
    }
    const std::string shown = extension.empty() ? "(không có đuôi)" : "“" + extension + "”";
    const std::string shown_en = extension.empty() ? "(no extension)" : "“" + extension + "”";
    ThrowFileFormat(
        "Không đọc được tệp “" + name + "”: không nhập được tệp có đuôi " + shown +
            ". Chỉ nhận tệp .csv, .tsv, .txt hoặc .xlsx; hãy lưu dữ liệu dưới dạng CSV UTF-8 hoặc .xlsx.",
        "Cannot read the file “" + name + "”: files with the extension " + shown_en +
            " cannot be imported. Only .csv, .tsv, .txt and .xlsx files are accepted; save the data as "
            "CSV UTF-8 or .xlsx.");
}

}  // namespace innodesk::interchange
