// Mapping of database failures to domain error codes with sentences for people. SOCI 4.0's
// SQLite backend gives no error category, and its PostgreSQL backend files every constraint
// under one; both say which constraint failed in the message, so the message decides.
#include "storage_errors.h"

#include <string>

namespace innodesk::persistence {
namespace {

bool Has(const std::string& text, const char* part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

domain::DomainError StorageError(const soci::soci_error& error, std::string_view doing_vi,
                                 std::string_view doing_en) {
    using domain::DomainError;
    using domain::ErrorCode;
    const std::string detail = error.get_error_message();
    const std::string vi = "Không thể " + std::string(doing_vi) + ": ";
    const std::string en = "Cannot " + std::string(doing_en) + ": ";

    if (Has(detail, "file is not a database") || Has(detail, "malformed"))
        return DomainError(ErrorCode::DatabaseDamaged,
                           {vi + "tệp không phải cơ sở dữ liệu InnoDesk hoặc đã hỏng (" + detail +
                                "). Khôi phục từ bản sao lưu gần nhất.",
                            en + "the file is not an InnoDesk database or is damaged (" + detail +
                                "). Restore the latest backup."});
    if (Has(detail, "database is locked") || Has(detail, "database is busy"))
        return DomainError(
            ErrorCode::Storage,
            {vi + "cơ sở dữ liệu đang bị một chương trình khác khóa. Thử lại sau ít phút; chưa có gì thay "
                  "đổi.",
             en + "the database is locked by another program. Try again in a moment; nothing was changed."});
    if (Has(detail, "readonly") || Has(detail, "read-only"))
        return DomainError(
            ErrorCode::Storage,
            {vi + "cơ sở dữ liệu chỉ cho phép đọc. Kiểm tra quyền ghi của tệp và thư mục.",
             en + "the database is read-only. Check write permission on the file and its folder."});
    if (Has(detail, "database or disk is full") || Has(detail, "No space left") || Has(detail, "disk full"))
        return DomainError(ErrorCode::Storage,
                           {vi + "ổ đĩa đã đầy. Giải phóng dung lượng rồi thử lại; dữ liệu không thay đổi.",
                            en + "the disk is full. Free some space and try again; nothing was changed."});
    if (Has(detail, "UNIQUE constraint failed") || Has(detail, "duplicate key value"))
        return DomainError(ErrorCode::Duplicate,
                           {vi + "bản ghi trùng khóa với một bản ghi đã có (" + detail + ").",
                            en + "a record with the same key already exists (" + detail + ")."});
    if (Has(detail, "FOREIGN KEY constraint failed") || Has(detail, "violates foreign key constraint"))
        return DomainError(ErrorCode::NotFound,
                           {vi + "bản ghi tham chiếu tới một bản ghi không tồn tại (" + detail + ").",
                            en + "the record refers to one that does not exist (" + detail + ")."});
    if (Has(detail, "CHECK constraint failed") || Has(detail, "violates check constraint") ||
        Has(detail, "NOT NULL constraint failed") || Has(detail, "violates not-null constraint"))
        return DomainError(ErrorCode::InvalidValue,
                           {vi + "giá trị bị cơ sở dữ liệu từ chối (" + detail + ").",
                            en + "the database refused a value (" + detail + ")."});
    if (Has(detail, "Cannot establish connection") || Has(detail, "could not connect") ||
        Has(detail, "Connection refused") || Has(detail, "could not translate host name"))
        return DomainError(
            ErrorCode::Storage,
            {vi + "không kết nối được máy chủ PostgreSQL (" + detail +
                 "). Kiểm tra địa chỉ, cổng, tên cơ sở dữ liệu và người dùng trong --db, và máy chủ có đang "
                 "chạy.",
             en + "the PostgreSQL server cannot be reached (" + detail +
                 "). Check the address, port, database and user in --db, and that the server is running."});
    switch (error.get_error_category()) {
        case soci::soci_error::connection_error:
            return DomainError(
                ErrorCode::Storage,
                {vi + "mất kết nối tới máy chủ cơ sở dữ liệu (" + detail +
                     "). Kiểm tra mạng và máy chủ rồi thử lại; thao tác chưa được lưu.",
                 en + "the connection to the database server was lost (" + detail +
                     "). Check the network and server, then try again; the change was not saved."});
        case soci::soci_error::no_privilege:
            return DomainError(ErrorCode::PermissionDenied,
                               {vi + "tài khoản cơ sở dữ liệu không có quyền (" + detail + ").",
                                en + "the database account lacks the privilege (" + detail + ")."});
        default:
            return DomainError(ErrorCode::Storage, {vi + "lỗi cơ sở dữ liệu (" + detail + ").",
                                                    en + "database error (" + detail + ")."});
    }
}

}  // namespace innodesk::persistence
