// Mapping of SOCI error categories to domain error codes with sentences for people.
#include "storage_errors.h"

#include <string>

namespace innodesk::persistence {

void ThrowStorageError(const soci::soci_error& error, std::string_view doing_vi, std::string_view doing_en) {
    const std::string detail = error.get_error_message();
    const std::string vi = std::string(doing_vi);
    const std::string en = std::string(doing_en);
    using domain::DomainError;
    using domain::ErrorCode;
    const bool locked = detail.find("database is locked") != std::string::npos ||
                        detail.find("database is busy") != std::string::npos;
    const bool not_a_database = detail.find("file is not a database") != std::string::npos ||
                                detail.find("malformed") != std::string::npos;
    const bool read_only = detail.find("readonly") != std::string::npos ||
                           detail.find("read-only") != std::string::npos;
    const bool full = detail.find("database or disk is full") != std::string::npos ||
                      detail.find("No space left") != std::string::npos;
    if (not_a_database)
        throw DomainError(ErrorCode::DatabaseDamaged,
                          {"Không thể " + vi + ": tệp không phải cơ sở dữ liệu InnoDesk hoặc đã hỏng (" + detail +
                               "). Khôi phục từ bản sao lưu gần nhất.",
                           "Cannot " + en + ": the file is not an InnoDesk database or is damaged (" + detail +
                               "). Restore the latest backup."});
    if (locked)
        throw DomainError(ErrorCode::Storage,
                          {"Không thể " + vi + ": cơ sở dữ liệu đang bị một chương trình khác khóa. Thử lại sau ít phút.",
                           "Cannot " + en + ": the database is locked by another program. Try again in a moment."});
    if (read_only)
        throw DomainError(ErrorCode::Storage,
                          {"Không thể " + vi + ": cơ sở dữ liệu chỉ cho phép đọc. Kiểm tra quyền ghi của tệp và thư mục.",
                           "Cannot " + en + ": the database is read-only. Check write permission on the file and its folder."});
    if (full)
        throw DomainError(ErrorCode::Storage,
                          {"Không thể " + vi + ": ổ đĩa đã đầy. Giải phóng dung lượng rồi thử lại; dữ liệu không thay đổi.",
                           "Cannot " + en + ": the disk is full. Free some space and try again; nothing was changed."});
    switch (error.get_error_category()) {
        case soci::soci_error::constraint_violation:
            throw DomainError(ErrorCode::Duplicate,
                              {"Không thể " + vi + ": dữ liệu vi phạm ràng buộc (trùng khóa hoặc tham chiếu không tồn tại): " + detail,
                               "Cannot " + en + ": the data breaks a constraint (a duplicate key or a missing reference): " + detail});
        case soci::soci_error::connection_error:
            throw DomainError(ErrorCode::Storage,
                              {"Không thể " + vi + ": mất kết nối tới máy chủ cơ sở dữ liệu (" + detail +
                                   "). Kiểm tra mạng và máy chủ rồi thử lại; thao tác chưa được lưu.",
                               "Cannot " + en + ": the connection to the database server was lost (" + detail +
                                   "). Check the network and server, then try again; the change was not saved."});
        case soci::soci_error::no_privilege:
            throw DomainError(ErrorCode::PermissionDenied,
                              {"Không thể " + vi + ": tài khoản cơ sở dữ liệu không có quyền (" + detail + ").",
                               "Cannot " + en + ": the database account lacks the privilege (" + detail + ")."});
        default:
            throw DomainError(ErrorCode::Storage,
                              {"Không thể " + vi + ": lỗi cơ sở dữ liệu (" + detail + ").",
                               "Cannot " + en + ": database error (" + detail + ")."});
    }
}

}  // namespace innodesk::persistence
