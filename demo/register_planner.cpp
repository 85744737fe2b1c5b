// The register's planner: names, addresses, codes and sizes as a department's list shows them.
#include "demo/register_planner.h"

#include "demo/names.h"
#include "domain/calendar_date.h"
#include "domain/enterprise_import.h"
#include "domain/tax_code.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace innodesk::demo {

using namespace domain;  // the planners speak the domain's language throughout

namespace {

constexpr std::array<Weighted<std::string_view>, 5> kCompanySizes{
    {{"Siêu nhỏ", 62}, {"Nhỏ", 27}, {"Vừa", 7}, {"Lớn", 2}, {"", 2}}};
constexpr std::array<Weighted<std::string_view>, 3> kCooperativeSizes{
    {{"Siêu nhỏ", 60}, {"Nhỏ", 35}, {"Vừa", 5}}};
constexpr std::array<Weighted<std::string_view>, 2> kHouseholdSizes{{{"Siêu nhỏ", 85}, {"", 15}}};

// The headers of an officer's enterprise sheet; the import recognises them like any user file.
constexpr std::array<std::string_view, 12> kHeader{
    "Mã số thuế",     "Tên doanh nghiệp", "Loại hình",  "Quy mô", "Ngành VSIC",         "Xã/Phường",
    "Tỉnh/Thành phố", "Địa chỉ",          "Điện thoại", "Email",  "Doanh nghiệp KH&CN", "Khởi nghiệp ĐMST"};

class RegisterPlanner {
public:
    explicit RegisterPlanner(DemoRun& run) : m_run(run) {}

    void Plan() {
        m_run.register_sheet.header.assign(kHeader.begin(), kHeader.end());
        m_run.register_sheet.rows.reserve(m_run.spec.enterprises);
        m_run.enterprises.reserve(m_run.spec.enterprises);
        while (m_run.register_sheet.rows.size() < m_run.spec.enterprises) {
            const std::size_t remaining = m_run.spec.enterprises - m_run.register_sheet.rows.size();
            const SectorProfile& profile = NewSector();
            const double roll = m_run.random.Unit();
            if (roll < 0.10) {
                AddHousehold(profile);
            } else if (roll < 0.125 && remaining >= 2) {
                // A company with branches: the parent is generated too, so the family is complete.
                const std::string parent = AddCompany(profile, false);
                AddBranches(profile, parent,
                            std::min<std::size_t>(remaining - 1,
                                                  static_cast<std::size_t>(m_run.random.Between(1, 3))));
            } else {
                AddCompany(profile, true);
            }
        }
    }

    void Import() {
        OffsetObserver observer(m_run.meter, m_run.meter.Done());
        const std::size_t after = m_run.meter.Done() + m_run.register_sheet.rows.size();
        ImportOptions options;
        options.all_or_nothing = true;
        options.progress = &observer;
        const ImportReport report = EnterpriseImport(m_run.store, m_run.text, m_run.clock)
                                        .Run(m_run.register_sheet, m_run.actor, options);
        if (!report.errors.empty()) ThrowInvalidGenerated(report.errors.front());
        m_run.summary.enterprises = report.inserted;
        m_run.meter.SetDone(after);
        m_run.meter.Report();
        m_run.register_sheet = Table{};  // the rows are stored; free the memory before the next phases
    }

private:
    std::string Phone(const RegionProfile& region) {
        if (m_run.random.Chance(0.1)) return {};
        std::string digits;
        if (m_run.random.Chance(0.4)) {
            digits = std::string(region.area_code) + "3";
            while (digits.size() < 11) digits += m_run.random.Digit();
            return digits.substr(0, 4) + " " + digits.substr(4, 4) + " " + digits.substr(8);
        }
        digits = std::string(m_run.random.Pick(MobilePrefixes()));
        while (digits.size() < 10) digits += m_run.random.Digit();
        return digits.substr(0, 4) + " " + digits.substr(4, 3) + " " + digits.substr(7);
    }

    std::string Email(std::string_view brand, std::string_view owner) {
        if (m_run.random.Chance(0.15)) return {};
        if (!owner.empty())
            return Slug(m_run.text, owner) + Padded(m_run.random.Between(1, 99), 2) + "@gmail.com";
        const std::string slug = Slug(m_run.text, brand);
        switch (m_run.random.Below(4)) {
            case 0:
                return "info@" + slug + ".com.vn";
            case 1:
                return "lienhe@" + slug + ".vn";
            case 2:
                return "kinhdoanh." + slug + "@gmail.com";
            default:
                return slug + Padded(m_run.random.Between(1, 99), 2) + "@gmail.com";
        }
    }

    struct Place {
        const Commune* commune = nullptr;
        std::string commune_name;
        std::string province;
        std::string address;
    };

    Place NewPlace(Sector sector) {
        Place place;
        std::vector<int> weights;
        const auto communes = Communes();
        // Four in five enterprises are in Khánh Hòa, the rest spread over the neighbours.
        const bool home = m_run.random.Chance(0.8);
        int total = 0;
        for (const auto& commune : communes)
            if ((commune.region == Region::KhanhHoa) == home) total += commune.weight;
        int roll = m_run.random.Between(0, total - 1);
        for (const auto& commune : communes) {
            if ((commune.region == Region::KhanhHoa) != home) continue;
            if (roll < commune.weight) {
                place.commune = &commune;
                break;
            }
            roll -= commune.weight;
        }
        const RegionProfile& region = RegionOf(place.commune->region);
        place.commune_name = std::string(place.commune->name);
        place.province = std::string(region.province);
        std::string suffix(region.address_suffix);
        if (region.region == Region::KhanhHoa) {
            if (m_run.random.Chance(0.2))
                place.province = std::string(kKhanhHoaOldTone);
            else if (m_run.random.Chance(0.01))
                place.province = std::string(kKhanhHoaDecomposed);
            suffix = "tỉnh " + place.province;
        }
        std::string street;
        const bool factory = sector == Sector::SeafoodProcessing || sector == Sector::Mechanical ||
                             sector == Sector::FoodProcessing;
        if (factory && region.region == Region::KhanhHoa && m_run.random.Chance(0.25)) {
            const auto& park = m_run.random.Pick(IndustrialParks());
            street = "Lô ";
            street += static_cast<char>('A' + m_run.random.Below(6));
            street += std::to_string(m_run.random.Between(1, 30)) + ", " + std::string(park.name);
            place.commune_name = std::string(park.commune);
        } else if (place.commune->urban) {
            street = "Số " + std::to_string(m_run.random.Between(1, 250));
            if (m_run.random.Chance(0.25)) street += "/" + std::to_string(m_run.random.Between(1, 40));
            street += m_run.random.Chance(0.7) ? " đường " : " ";
            street += m_run.random.Pick(Streets());
        } else {
            street = "Thôn " + std::string(m_run.random.Pick(Hamlets()));
        }
        place.address = street + ", " + LowerFirstLetter(place.commune_name) + ", " + suffix;
        return place;
    }

    const SectorProfile& NewSector() {
        int total = 0;
        for (const auto& profile : Sectors()) total += profile.weight;
        int roll = m_run.random.Between(0, total - 1);
        for (const auto& profile : Sectors()) {
            if (roll < profile.weight) return profile;
            roll -= profile.weight;
        }
        return Sectors().back();
    }

    void AddRow(std::vector<std::string> cells) {
        m_run.register_sheet.rows.push_back(
            {m_run.register_sheet.rows.size() + 2, std::move(cells)});  // line 1 is the header
        m_run.meter.Advance();
    }

    // One company or cooperative; returns its name for branches.
    std::string AddCompany(const SectorProfile& profile, bool allow_cooperative) {
        const bool cooperative =
            allow_cooperative && !profile.cooperatives.empty() && m_run.random.Chance(0.08);
        const std::string brand = Brand(m_run.random);
        const std::string_view pattern =
            cooperative ? m_run.random.Pick(profile.cooperatives) : m_run.random.Pick(profile.companies);
        const std::string name = Fill(pattern, brand, {});
        Place place = NewPlace(profile.sector);
        const RegionProfile& region = RegionOf(place.commune->region);
        const std::string code = NewEnterpriseCode(region.tax_prefix, m_run.random, m_run.used_codes);
        const bool software = profile.sector == Sector::Software;
        const bool science = !cooperative && m_run.random.Chance(software ? 0.12 : 0.028);
        const bool startup = !cooperative && m_run.random.Chance(software ? 0.25 : 0.045);
        AddRow({code, name, std::string(LegalFormLabel(name)),
                std::string(cooperative ? m_run.random.PickWeighted(kCooperativeSizes)
                                        : m_run.random.PickWeighted(kCompanySizes)),
                std::string(m_run.random.PickWeighted(profile.vsic)), place.commune_name, place.province,
                place.address, Phone(region), Email(brand, {}), science ? SinceDate(2012) : "",
                startup ? SinceDate(2018) : ""});
        m_run.enterprises.push_back({code, code, brand, profile.sector, false, 0});
        return name;
    }

    // The day a certificate or a recognition was given, between 1 January of `first_year` and the
    // demo's today, as a registry sheet writes it: a register whose past quarters differ.
    std::string SinceDate(int first_year) {
        const auto first = domain::CalendarDate::FromYmd(first_year, 1, 1);
        const int days = first.DaysUntil(m_run.clock.Today());
        return first.AddDays(m_run.random.Between(0, std::max(days, 0))).Format();
    }

    void AddHousehold(const SectorProfile& profile) {
        const bool female = m_run.random.Chance(0.45);
        const std::string owner = PersonName(female, m_run.random);
        Place place = NewPlace(profile.sector);
        const RegionProfile& region = RegionOf(place.commune->region);
        const std::string code = NewPersonalId(region.id_prefix, female, m_run.random, m_run.used_codes);
        const std::string name = "Hộ kinh doanh " + owner;
        AddRow({code, name, "Hộ kinh doanh", std::string(m_run.random.PickWeighted(kHouseholdSizes)),
                std::string(m_run.random.PickWeighted(profile.vsic)), place.commune_name, place.province,
                place.address, Phone(region), Email({}, owner), "", ""});
        m_run.enterprises.push_back({code, code, Brand(m_run.random), profile.sector, true, 0});
    }

    void AddBranches(const SectorProfile& profile, const std::string& parent_name, std::size_t count) {
        const PlannedEnterprise parent = m_run.enterprises.back();
        for (std::size_t i = 1; i <= count; ++i) {
            Place place = NewPlace(profile.sector);
            const RegionProfile& region = RegionOf(place.commune->region);
            const std::string code = parent.tax_code + "-" + Padded(static_cast<std::int64_t>(i), 3);
            m_run.used_codes.insert(code);
            const std::string name =
                "Chi nhánh " + parent_name + " tại " + std::string(PlaceName(place.commune_name));
            AddRow({code, name, std::string(LegalFormLabel(parent_name)),
                    m_run.random.Chance(0.7) ? "" : "Nhỏ",
                    std::string(m_run.random.PickWeighted(profile.vsic)), place.commune_name, place.province,
                    place.address, Phone(region), Email(parent.brand, {}), "", ""});
            m_run.enterprises.push_back({code, parent.tax_code, parent.brand, profile.sector, false, 0});
        }
    }

    DemoRun& m_run;
};

}  // namespace

void PlanRegister(DemoRun& run) {
    RegisterPlanner(run).Plan();
}

void ImportRegister(DemoRun& run) {
    RegisterPlanner(run).Import();
}

}  // namespace innodesk::demo
