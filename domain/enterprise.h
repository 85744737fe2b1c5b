// The supported party: a company, a cooperative or a household business, identified by tax code.
#pragma once

#include "calendar_date.h"
#include "enum_table.h"
#include "tax_code.h"
#include "text_rules.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace innodesk::domain {

using EnterpriseId = std::int64_t;

enum class LegalForm { Company, Cooperative, HouseholdBusiness };
// Decree 80/2021 classes; Unknown when the source (often a registry export) does not say.
enum class SizeClass { Unknown, Micro, Small, Medium, Large };

std::span<const EnumEntry<LegalForm>> LegalForms();
std::span<const EnumEntry<SizeClass>> SizeClasses();

struct Enterprise {
    EnterpriseId id = 0;
    TaxCode tax_code;
    std::string name;
    LegalForm legal_form = LegalForm::Company;
    SizeClass size_class = SizeClass::Unknown;
    std::string vsic;  // VSIC 2018 section letter or 2–5 digit code, may be empty
    std::string commune;
    std::string province;
    std::string address;
    std::string phone;
    std::string email;
    bool science_technology_enterprise = false;  // doanh nghiệp KH&CN
    bool innovative_startup = false;             // khởi nghiệp đổi mới sáng tạo
    // When the enterprise became, and ceased to be, one (the certificate's date, the recognition's),
    // so that a past period counts the register as it stood then. Storage keeps them: a flag set
    // without a date is dated the day it is stored; a flag cleared ends the day it is stored.
    std::optional<CalendarDate> science_technology_since;
    std::optional<CalendarDate> science_technology_until;
    std::optional<CalendarDate> innovative_startup_since;
    std::optional<CalendarDate> innovative_startup_until;
    std::int64_t version = 0;  // optimistic-concurrency counter, set by storage
};

// Cleans every text field (NFC, trimmed) and checks every rule; throws the first DomainError,
// naming the field. Returns the enterprise as it must be stored.
Enterprise NormaliseEnterprise(Enterprise enterprise, const TextRules& text);

// The folded text that search matches against: name, tax code, commune, province, address.
std::string EnterpriseSearchText(const Enterprise& enterprise, const TextRules& text);

}  // namespace innodesk::domain
