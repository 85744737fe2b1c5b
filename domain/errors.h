// Domain errors: a stable code for programs, and a sentence in Vietnamese and English for people.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace innodesk::domain {

enum class Language { Vietnamese, English };

// Stable codes: scripts and tests match on CodeName(), never on the sentences.
enum class ErrorCode {
    InvalidValue,       // a field's value breaks a rule (format, range, required)
    InvalidTaxCode,     // a tax code that is not a valid MST / personal ID
    InvalidTransition,  // a state change the lifecycle does not allow
    NotFound,           // a referenced record does not exist
    Duplicate,          // a unique key already exists
    Conflict,           // the record changed since it was read (optimistic concurrency)
    BudgetExceeded,     // an approval or payment would overdraw an envelope
    CapExceeded,        // a support cap of the programme would be broken
    MoneyOverflow,      // an amount left the range of a 64-bit count of đồng
    FileFormat,         // an input file cannot be read as the format it claims to be
    Storage,            // the database failed (I/O, locked, connection lost)
    DatabaseDamaged,    // the database file failed its integrity check
    SchemaTooNew,       // the database was written by a newer InnoDesk
    PermissionDenied,   // the user's role does not allow the operation
    SignInFailed,       // unknown user, wrong password or a disabled account
    SignatureRefused,   // the signer or the signature does not satisfy the signing rules
    Cancelled,          // the user stopped a long operation; nothing of it was kept
};

std::string_view CodeName(ErrorCode code);

struct LocalisedText {
    std::string vi;
    std::string en;
    const std::string& In(Language language) const { return language == Language::Vietnamese ? vi : en; }
};

class DomainError : public std::runtime_error {
public:
    DomainError(ErrorCode code, LocalisedText message, std::string field = {});

    ErrorCode Code() const { return m_code; }
    const LocalisedText& Text() const { return m_text; }
    const std::string& Message(Language language) const { return m_text.In(language); }
    // The field or column the error is about ("tax_code"), empty when it is about the whole record.
    const std::string& Field() const { return m_field; }

private:
    ErrorCode m_code;
    LocalisedText m_text;
    std::string m_field;
};

}  // namespace innodesk::domain
