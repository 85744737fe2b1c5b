// Validation of values read back from storage.
#include "stored_values.h"

namespace innodesk::persistence {

void ThrowCorruptValue(const char* table, long long id, const domain::DomainError& cause) {
    throw domain::DomainError(
        domain::ErrorCode::DatabaseDamaged,
        {"Dữ liệu trong bảng " + std::string(table) + ", dòng id " + std::to_string(id) + " không hợp lệ (" +
             cause.Message(domain::Language::Vietnamese) +
             "). Có thể đã bị sửa ngoài InnoDesk; khôi phục từ bản sao lưu hoặc sửa lại bản ghi.",
         "Data in table " + std::string(table) + ", row id " + std::to_string(id) + " is not valid (" +
             cause.Message(domain::Language::English) +
             "). It may have been edited outside InnoDesk; restore a backup or correct the record."},
        cause.Field());
}

domain::TaxCode StoredTaxCode(const std::string& value, const char* table, long long id) {
    try {
        return domain::TaxCode::Parse(value);
    } catch (const domain::DomainError& error) {
        ThrowCorruptValue(table, id, error);
    }
}

domain::CalendarDate StoredDate(const std::string& iso, const char* table, long long id) {
    try {
        return domain::CalendarDate::Parse(iso);
    } catch (const domain::DomainError& error) {
        ThrowCorruptValue(table, id, error);
    }
}

std::optional<domain::CalendarDate> StoredOptionalDate(const std::string& iso, soci::indicator indicator,
                                                       const char* table, long long id) {
    if (indicator == soci::i_null) return std::nullopt;
    return StoredDate(iso, table, id);
}

}  // namespace innodesk::persistence
