// The FileFormat errors shared by the readers.
#include "interchange/file_errors.h"

#include "domain/errors.h"
#include "domain/utf8_path.h"

namespace innodesk::interchange {

namespace {

// The system's reason is English only; the common ones get a Vietnamese sentence of their own.
std::string VietnameseReason(std::error_code reason) {
    if (reason == std::errc::no_such_file_or_directory) return "tệp không tồn tại";
    if (reason == std::errc::permission_denied) return "không có quyền đọc tệp";
    if (reason == std::errc::is_a_directory) return "đây là một thư mục, không phải tệp";
    return "lỗi hệ thống: " + reason.message();
}

}  // namespace

void ThrowFileFormat(std::string vi, std::string en) {
    throw domain::DomainError(domain::ErrorCode::FileFormat, {std::move(vi), std::move(en)});
}

void ThrowCannotOpen(const std::filesystem::path& path, std::error_code reason) {
    const std::string name = domain::Utf8Of(path);
    ThrowFileFormat("Không mở được tệp “" + name + "”: " + VietnameseReason(reason) +
                        ". Kiểm tra lại đường dẫn và quyền truy cập tệp.",
                    "Cannot open the file “" + name + "”: " + reason.message() +
                        ". Check the path and that you may read the file.");
}

void RequireRegularFile(const std::filesystem::path& path) {
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (error) ThrowCannotOpen(path, error);
    if (status.type() == std::filesystem::file_type::not_found) {
        ThrowCannotOpen(path, std::make_error_code(std::errc::no_such_file_or_directory));
    }
    if (status.type() == std::filesystem::file_type::directory) {
        ThrowCannotOpen(path, std::make_error_code(std::errc::is_a_directory));
    }
}

}  // namespace innodesk::interchange
