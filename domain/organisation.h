// The organisations that lead or apply a task and are not enterprises of the register: research
// institutes, universities, public service units, associations. A small register of their own.
#pragma once

#include "enum_table.h"
#include "text_rules.h"

#include <cstdint>
#include <span>
#include <string>

namespace innodesk::domain {

using OrganisationId = std::int64_t;

enum class OrganisationKind {
    ResearchInstitute,
    University,
    PublicServiceUnit,
    StateAgency,
    Association,
    Other
};
std::span<const EnumEntry<OrganisationKind>> OrganisationKinds();

struct Organisation {
    OrganisationId id = 0;
    std::string name;  // "Viện Nghiên cứu và Ứng dụng công nghệ Nha Trang"
    OrganisationKind kind = OrganisationKind::ResearchInstitute;
    std::string tax_code;  // optional: public units often have one, not always
    std::string address;
    std::string contact;  // a person, a telephone, an e-mail: as the officer writes it
    // The province it is in (a unit's name of data/provinces.tsv), from the address when not
    // given; empty when neither names one. Targets "trên địa bàn tỉnh" count it only there.
    std::string province;
    std::int64_t version = 0;
};

// Cleans the text (NFC, no control characters) and requires a name.
Organisation NormaliseOrganisation(Organisation organisation, const TextRules& text);

}  // namespace innodesk::domain
