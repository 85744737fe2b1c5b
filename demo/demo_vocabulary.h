// Word pools for the demo-data generator: Vietnamese names, places, sectors, company and
// proposal patterns, providers. Plain constant tables of UTF-8 text, NFC unless a name says NFD.
#pragma once

#include "domain/ip_filing.h"
#include "domain/outcome.h"
#include "domain/support_content.h"
#include "domain/training.h"

#include <span>
#include <string_view>

namespace innodesk::demo {

using domain::EventKind;
using domain::IpType;
using domain::OutcomeKind;
using domain::SupportContent;

// A value and how often it should come up relative to the others in its pool.
struct WeightedText {
    std::string_view text;
    int weight = 1;
};

// Economic sectors of the generated enterprises; Khánh Hòa's priorities (marine economy,
// high-quality tourism, high-tech agriculture) get most of the weight.
enum class Sector {
    Aquaculture,
    SeafoodProcessing,
    BirdNest,
    HighTechFarming,
    IndustrialCrops,
    Salt,
    FoodProcessing,
    Tourism,
    Software,
    Mechanical,
    Trade,
};

constexpr unsigned SectorBit(Sector sector) {
    return 1u << static_cast<unsigned>(sector);
}

struct SectorProfile {
    Sector sector;
    int weight;                                      // share among generated enterprises
    std::span<const WeightedText> vsic;              // VSIC 2018 four-digit codes that fit the sector
    std::span<const std::string_view> companies;     // "{B}" is the brand
    std::span<const std::string_view> cooperatives;  // empty when cooperatives are implausible
    std::span<const std::string_view> products;      // what proposal titles talk about
};

enum class Region { KhanhHoa, Hue, DaNang, QuangNgai, KonTum, GiaLai };

struct RegionProfile {
    Region region;
    std::string_view province;        // as written in the province column
    std::string_view address_suffix;  // "tỉnh Khánh Hòa", "thành phố Huế"
    std::string_view tax_prefix;      // the tax office's two leading digits
    std::string_view id_prefix;       // the personal-ID province code (Circular 59/2021/TT-BCA)
    std::string_view area_code;       // landline area code
};

struct Commune {
    std::string_view name;  // "Phường Nha Trang"
    Region region;
    bool urban;  // wards get street addresses, rural communes hamlets
    int weight;
};

struct IndustrialPark {
    std::string_view name;  // "Khu công nghiệp Suối Dầu"
    std::string_view commune;
};

// A proposal title for one support content; "{P}" is a product of the enterprise's sector and
// "{B}" its brand. `sectors` is a SectorBit mask.
struct TitlePattern {
    SupportContent content;
    unsigned sectors;
    std::string_view text;
};

// A service provider of the voucher scheme, registered for two to four contents. Patterns with
// "{B}" are used for the extra providers of large runs.
struct ProviderPattern {
    std::string_view name;
    std::string_view tax_prefix;
    std::span<const SupportContent> contents;
};

// The name of an IP object of one type; "{P}" is a product of the enterprise's sector and "{B}"
// its brand. `sectors` is a SectorBit mask.
struct IpTitlePattern {
    IpType type;
    unsigned sectors;
    std::string_view text;
};

// A geographical indication of the region and the sectors whose producers use it.
struct GeographicalIndicationName {
    std::string_view name;  // "Yến sào Khánh Hòa"
    unsigned sectors;
};

// A course, workshop or connection event as the department titles it.
struct EventPattern {
    EventKind kind;
    std::string_view title;
};

// What a supported enterprise reports after acceptance; "{P}" and "{B}" as in TitlePattern.
struct OutcomePattern {
    OutcomeKind kind;
    std::string_view text;
};

std::span<const WeightedText> FamilyNames();
std::span<const std::string_view> MaleMiddleNames();
std::span<const std::string_view> FemaleMiddleNames();
std::span<const std::string_view> MaleGivenNames();
std::span<const std::string_view> FemaleGivenNames();

std::span<const std::string_view> BrandHeads();
std::span<const std::string_view> BrandTails();
std::span<const std::string_view> PlaceBrands();

std::span<const SectorProfile> Sectors();
std::span<const RegionProfile> Regions();
const RegionProfile& RegionOf(Region region);
std::span<const Commune> Communes();
std::span<const IndustrialPark> IndustrialParks();
std::span<const std::string_view> Streets();
std::span<const std::string_view> Hamlets();
std::span<const std::string_view> MobilePrefixes();

std::span<const TitlePattern> TitlePatterns();
std::span<const ProviderPattern> NamedProviders();
std::span<const ProviderPattern> ProviderPatterns();
std::span<const std::string_view> LegalBases();

std::span<const IpTitlePattern> IpTitlePatterns();
std::span<const GeographicalIndicationName> GeographicalIndications();
std::span<const EventPattern> EventPatterns();
std::span<const std::string_view> EventVenues();
std::span<const std::string_view> EventOrganisers();
std::span<const std::string_view> ConflictNotes();
std::span<const std::string_view> FavourableComments();    // reviews of recommended proposals
std::span<const std::string_view> UnfavourableComments();  // reviews of the others
std::span<const OutcomePattern> OutcomePatterns();

// The province in the other tone-mark placement ("oà" rather than "òa"): still NFC, and the
// spelling about a fifth of real registry records use.
inline constexpr std::string_view kKhanhHoaOldTone = "Khánh Hoà";
// "Khánh Hòa" decomposed (NFD), as some macOS exports deliver it; services normalise it to NFC.
inline constexpr std::string_view kKhanhHoaDecomposed =
    "Kha\xCC\x81nh Ho\xCC\x80"
    "a";

}  // namespace innodesk::demo
