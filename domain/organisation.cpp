// The organisation register's rules.
#include "organisation.h"

#include "province.h"

#include <array>

namespace innodesk::domain {
namespace {

using K = OrganisationKind;

constexpr std::array<EnumEntry<K>, 6> kKinds{{
    {K::ResearchInstitute, "research_institute", "Viện nghiên cứu", "Research institute"},
    {K::University, "university", "Trường đại học, cao đẳng", "University or college"},
    {K::PublicServiceUnit, "public_service_unit", "Đơn vị sự nghiệp công lập", "Public service unit"},
    {K::StateAgency, "state_agency", "Cơ quan nhà nước", "State agency"},
    {K::Association, "association", "Hội, hiệp hội", "Association"},
    {K::Other, "other", "Tổ chức khác", "Other organisation"},
}};

}  // namespace

std::span<const EnumEntry<OrganisationKind>> OrganisationKinds() {
    return kKinds;
}

Organisation NormaliseOrganisation(Organisation organisation, const TextRules& text) {
    organisation.name = text.Clean(organisation.name, "name");
    organisation.tax_code = text.Clean(organisation.tax_code, "tax_code");
    organisation.address = text.Clean(organisation.address, "address");
    organisation.contact = text.Clean(organisation.contact, "contact");
    if (organisation.name.empty())
        throw DomainError(ErrorCode::InvalidValue,
                          {"Tên tổ chức là bắt buộc.", "The organisation's name is required."}, "name");
    if (organisation.name.size() > 500)
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Tên tổ chức dài quá 500 byte.", "The organisation's name is longer than 500 bytes."}, "name");
    // Stored by its unit's name, as an enterprise's province is; from the address when not given.
    const ProvinceDirectory provinces(text);
    organisation.province = text.Clean(organisation.province, "province");
    if (!organisation.province.empty())
        organisation.province = provinces.Require(organisation.province, "province").unit->name;
    else if (const auto match = provinces.MatchAddress(organisation.address))
        organisation.province = match->unit->name;
    return organisation;
}

}  // namespace innodesk::domain
