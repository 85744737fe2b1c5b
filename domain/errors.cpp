// Stable names of the domain error codes.
#include "errors.h"

namespace innodesk::domain {

std::string_view CodeName(ErrorCode code) {
    switch (code) {
        case ErrorCode::InvalidValue:
            return "invalid_value";
        case ErrorCode::InvalidTaxCode:
            return "invalid_tax_code";
        case ErrorCode::InvalidTransition:
            return "invalid_transition";
        case ErrorCode::NotFound:
            return "not_found";
        case ErrorCode::Duplicate:
            return "duplicate";
        case ErrorCode::Conflict:
            return "conflict";
        case ErrorCode::BudgetExceeded:
            return "budget_exceeded";
        case ErrorCode::CapExceeded:
            return "cap_exceeded";
        case ErrorCode::MoneyOverflow:
            return "money_overflow";
        case ErrorCode::FileFormat:
            return "file_format";
        case ErrorCode::Storage:
            return "storage";
        case ErrorCode::DatabaseDamaged:
            return "database_damaged";
        case ErrorCode::SchemaTooNew:
            return "schema_too_new";
        case ErrorCode::PermissionDenied:
            return "permission_denied";
        case ErrorCode::SignInFailed:
            return "sign_in_failed";
        case ErrorCode::SignatureRefused:
            return "signature_refused";
        case ErrorCode::Cancelled:
            return "cancelled";
    }
    return "unknown";
}

DomainError::DomainError(ErrorCode code, LocalisedText message, std::string field)
    : std::runtime_error(std::string(CodeName(code)) + ": " + message.en),
      m_code(code),
      m_text(std::move(message)),
      m_field(std::move(field)) {}

}  // namespace innodesk::domain
