// The demo generator: plans a deterministic synthetic programme in memory, then writes it through
// the ordinary services (same validation as officers' actions) inside one outer transaction.
#include "demo_generator.h"

#include "actor.h"
#include "application_service.h"
#include "demo_vocabulary.h"
#include "enterprise_import.h"
#include "errors.h"
#include "programme_service.h"
#include "voucher_service.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace innodesk::domain {
namespace {

using demo::Region;
using demo::Sector;
using AS = ApplicationState;

constexpr std::string_view kProgrammeCode = "KH-DMST-2026-2030";
constexpr std::string_view kProgrammeName =
    "Chương trình hỗ trợ đổi mới sáng tạo trong doanh nghiệp tỉnh Khánh Hòa giai đoạn 2026–2030";
constexpr int kProgrammeStart = 2026;
constexpr int kProgrammeEnd = 2030;
constexpr std::string_view kActorName = "demo-generator";

constexpr std::int64_t kThousand = 1'000;
constexpr std::int64_t kMillion = 1'000'000;
constexpr std::int64_t kMinimumEnvelope = 2'000'000'000;  // 2 tỷ đồng
constexpr std::int64_t kEnvelopeRounding = 100 * kMillion;
constexpr std::int64_t kMinimumApproval =
    10 * kMillion;  // below this a leader refuses rather than grant crumbs
constexpr std::size_t kProgressStep = 500;

// Support levels resembling Decree 80/2021 for SMEs: the state's share of the cost, the ceiling
// per contract and per enterprise a year (million đồng); at most three vouchers a year.
struct CapLevel {
    SupportContent content;
    int percent;
    std::int64_t per_contract_million;
    std::int64_t per_year_million;
};
constexpr std::array<CapLevel, 11> kCapLevels{{
    {SupportContent::TechnologyTransfer, 50, 500, 500},
    {SupportContent::CooperationModel, 50, 300, 300},
    {SupportContent::Intermediary, 50, 200, 200},
    {SupportContent::TechnologyLicence, 50, 300, 300},
    {SupportContent::Consulting, 70, 150, 200},
    {SupportContent::TestingCertification, 50, 200, 300},
    {SupportContent::Commercialisation, 50, 500, 500},
    {SupportContent::IntellectualProperty, 70, 100, 200},
    {SupportContent::Equipment, 50, 500, 500},
    {SupportContent::TradePromotion, 50, 200, 300},
    {SupportContent::OtherInnovation, 60, 300, 300},
}};
constexpr int kMaxVouchersPerYear = 3;

template <typename T>
struct Weighted {
    T value;
    int weight;
};

// What enterprises ask for most: testing and certification, consultants, trade fairs, IP.
constexpr std::array<Weighted<SupportContent>, 11> kApplicationContents{{
    {SupportContent::TestingCertification, 24},
    {SupportContent::Consulting, 18},
    {SupportContent::TradePromotion, 16},
    {SupportContent::IntellectualProperty, 14},
    {SupportContent::TechnologyTransfer, 8},
    {SupportContent::Equipment, 5},
    {SupportContent::OtherInnovation, 5},
    {SupportContent::Commercialisation, 3},
    {SupportContent::CooperationModel, 3},
    {SupportContent::Intermediary, 2},
    {SupportContent::TechnologyLicence, 2},
}};
// Vouchers only for contents the registered providers cover.
constexpr std::array<Weighted<SupportContent>, 7> kVoucherContents{{
    {SupportContent::TestingCertification, 30},
    {SupportContent::Consulting, 25},
    {SupportContent::IntellectualProperty, 15},
    {SupportContent::TechnologyTransfer, 10},
    {SupportContent::TradePromotion, 10},
    {SupportContent::OtherInnovation, 5},
    {SupportContent::TechnologyLicence, 5},
}};

// Where the year's applications end up: the spread a programme shows in its autumn report.
constexpr std::array<Weighted<AS>, 13> kApplicationTargets{{
    {AS::Draft, 6},
    {AS::Submitted, 7},
    {AS::UnderReview, 8},
    {AS::Recommended, 5},
    {AS::NotRecommended, 4},
    {AS::Refused, 10},
    {AS::Withdrawn, 5},
    {AS::Approved, 8},
    {AS::Contracted, 9},
    {AS::InProgress, 15},
    {AS::Accepted, 8},
    {AS::Monitoring, 7},
    {AS::Closed, 8},
}};
// Applications for next year's call have only started their way.
constexpr std::array<Weighted<AS>, 3> kNextYearTargets{
    {{AS::Draft, 40}, {AS::Submitted, 35}, {AS::UnderReview, 25}}};
// Where a withdrawn application was when the enterprise pulled out.
constexpr std::array<Weighted<AS>, 7> kWithdrawnFrom{{{AS::Draft, 10},
                                                      {AS::Submitted, 25},
                                                      {AS::UnderReview, 30},
                                                      {AS::Recommended, 15},
                                                      {AS::Approved, 10},
                                                      {AS::Contracted, 5},
                                                      {AS::InProgress, 5}}};

enum class VoucherFate { Issued, Redeemed, Reimbursed, Expired, Cancelled };
constexpr std::array<Weighted<VoucherFate>, 5> kVoucherFates{{{VoucherFate::Issued, 29},
                                                              {VoucherFate::Redeemed, 10},
                                                              {VoucherFate::Reimbursed, 40},
                                                              {VoucherFate::Expired, 15},
                                                              {VoucherFate::Cancelled, 6}}};
// Misuse and false declarations are rare, and bar the family from the programme.
constexpr std::array<Weighted<CancelReason>, 5> kCancelReasons{{{CancelReason::EnterpriseRequest, 70},
                                                                {CancelReason::IssuedInError, 8},
                                                                {CancelReason::ProviderUnavailable, 10},
                                                                {CancelReason::Misuse, 8},
                                                                {CancelReason::FalseDeclaration, 4}}};

constexpr std::array<Weighted<std::string_view>, 5> kCompanySizes{
    {{"Siêu nhỏ", 62}, {"Nhỏ", 27}, {"Vừa", 7}, {"Lớn", 2}, {"", 2}}};
constexpr std::array<Weighted<std::string_view>, 3> kCooperativeSizes{
    {{"Siêu nhỏ", 60}, {"Nhỏ", 35}, {"Vừa", 5}}};
constexpr std::array<Weighted<std::string_view>, 2> kHouseholdSizes{{{"Siêu nhỏ", 85}, {"", 15}}};

// The headers of an officer's enterprise sheet; the import recognises them like any user file.
constexpr std::array<std::string_view, 12> kHeader{
    "Mã số thuế",     "Tên doanh nghiệp", "Loại hình",  "Quy mô", "Ngành VSIC",         "Xã/Phường",
    "Tỉnh/Thành phố", "Địa chỉ",          "Điện thoại", "Email",  "Doanh nghiệp KH&CN", "Khởi nghiệp ĐMST"};

// A portable generator: std::uniform_*_distribution differ between standard libraries, so the
// same seed would not give the same data everywhere.
class Random {
public:
    explicit Random(std::uint64_t seed) : m_engine(seed) {}

    // Uniform in [0, n); the modulo bias is negligible against 64 random bits.
    std::size_t Below(std::size_t n) { return static_cast<std::size_t>(m_engine() % n); }
    int Between(int low, int high) {
        return low + static_cast<int>(Below(static_cast<std::size_t>(high - low + 1)));
    }
    double Unit() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    bool Chance(double probability) { return Unit() < probability; }
    char Digit() { return static_cast<char>('0' + Below(10)); }

    template <typename T>
    const T& Pick(std::span<const T> items) {
        return items[Below(items.size())];
    }
    template <typename T, std::size_t N>
    const T& PickWeighted(const std::array<Weighted<T>, N>& items) {
        int total = 0;
        for (const auto& item : items) total += item.weight;
        int roll = Between(0, total - 1);
        for (const auto& item : items) {
            if (roll < item.weight) return item.value;
            roll -= item.weight;
        }
        return items.back().value;
    }
    std::string_view PickWeighted(std::span<const demo::WeightedText> items) {
        int total = 0;
        for (const auto& item : items) total += item.weight;
        int roll = Between(0, total - 1);
        for (const auto& item : items) {
            if (roll < item.weight) return item.text;
            roll -= item.weight;
        }
        return items.back().text;
    }

private:
    std::mt19937_64 m_engine;
};

// Reports progress over the whole run and turns the user's cancel into an exception, which
// unwinds the outer transaction.
class ProgressMeter {
public:
    ProgressMeter(ProgressObserver* observer, std::size_t total) : m_observer(observer), m_total(total) {}

    void Report() {
        ThrowIfCancelled();
        if (m_observer) m_observer->Progress(std::min(m_done, m_total), m_total);
        m_reported = m_done;
    }
    void Advance(std::size_t count = 1) {
        m_done += count;
        if (m_done - m_reported >= kProgressStep) Report();
    }
    void SetDone(std::size_t done) { m_done = done; }
    std::size_t Done() const { return m_done; }
    std::size_t Total() const { return m_total; }
    ProgressObserver* Observer() const { return m_observer; }

    void ThrowIfCancelled() const {
        if (m_observer && m_observer->CancelRequested())
            throw DomainError(ErrorCode::Cancelled, {"Đã hủy tạo dữ liệu mẫu; không có dữ liệu nào được lưu.",
                                                     "Demo data generation cancelled; nothing was stored."});
    }

private:
    ProgressObserver* m_observer;
    std::size_t m_total;
    std::size_t m_done = 0;
    std::size_t m_reported = 0;
};

// Lets the enterprise import report into the run's overall progress.
class OffsetObserver final : public ProgressObserver {
public:
    OffsetObserver(ProgressMeter& meter, std::size_t base) : m_meter(meter), m_base(base) {}
    void Progress(std::size_t done, std::size_t) override {
        m_meter.SetDone(m_base + done);
        m_meter.Report();
    }
    bool CancelRequested() const override {
        return m_meter.Observer() != nullptr && m_meter.Observer()->CancelRequested();
    }

private:
    ProgressMeter& m_meter;
    std::size_t m_base;
};

struct PlannedEnterprise {
    std::string tax_code;
    std::string family;
    std::string brand;
    Sector sector = Sector::Trade;
    bool household = false;
    EnterpriseId id = 0;  // known once imported
};

enum class Verdict { None, Approve, Refuse };

struct PlannedApplication {
    std::size_t enterprise = 0;
    int year = 0;
    SupportContent content = SupportContent::OtherInnovation;
    std::string title;
    Money requested;
    Money co_funding;
    Money desired_approval;
    AS review_end = AS::Draft;  // how far review gets before any decision
    Verdict verdict = Verdict::None;
    AS work_end = AS::Approved;  // for approvals: how far the supported work gets
    bool withdraw = false;
    ApplicationId id = 0;
    Money approved;
    CalendarDate decided_on;
};

struct PlannedVoucher {
    std::size_t enterprise = 0;
    SupportContent content = SupportContent::OtherInnovation;
    Money face;
    Money share;
    CalendarDate issued_on;
    CalendarDate valid_until;
    VoucherFate fate = VoucherFate::Issued;
    VoucherId id = 0;
};

struct ContentBudget {
    EnvelopeId envelope = 0;
    Money planned;    // what this run expects to commit
    Money remaining;  // what the envelope still allows, tracked as this run commits
};

Money Dong(std::int64_t dong) {
    return Money::Dong(dong);
}
std::int64_t FloorTo(std::int64_t value, std::int64_t step) {
    return value / step * step;
}
std::int64_t CeilTo(std::int64_t value, std::int64_t step) {
    return (value + step - 1) / step * step;
}

std::string Padded(std::int64_t number, std::size_t width) {
    std::string text = std::to_string(number);
    if (text.size() < width) text.insert(0, width - text.size(), '0');
    return text;
}

// "15/5/2025", as dates are written inside Vietnamese legal references.
std::string LegalDate(const CalendarDate& date) {
    return std::to_string(date.Day()) + "/" + std::to_string(date.Month()) + "/" +
           std::to_string(date.Year());
}

// Days past the 28th move back to the 28th, which every month has.
CalendarDate AddMonths(const CalendarDate& date, int months) {
    const int index = date.Year() * 12 + static_cast<int>(date.Month()) - 1 + months;
    return CalendarDate::FromYmd(index / 12, static_cast<unsigned>(index % 12 + 1),
                                 std::min(date.Day(), 28u));
}

std::string Fill(std::string_view pattern, std::string_view brand, std::string_view product) {
    std::string out;
    out.reserve(pattern.size() + brand.size() + product.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern.substr(i, 3) == "{B}") {
            out += brand;
            i += 2;
        } else if (pattern.substr(i, 3) == "{P}") {
            out += product;
            i += 2;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

// "Phường Nha Trang" → "phường Nha Trang", as a commune is written inside an address.
std::string LowerFirstLetter(std::string_view text) {
    std::string out(text);
    if (out.size() >= 2 && static_cast<unsigned char>(out[0]) == 0xC4 &&
        static_cast<unsigned char>(out[1]) == 0x90)
        out[1] = static_cast<char>(0x91);  // Đ → đ
    else if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z')
        out[0] = static_cast<char>(out[0] - 'A' + 'a');
    return out;
}

// "Phường Nha Trang" → "Nha Trang", for branch names ("Chi nhánh … tại Nha Trang").
std::string_view PlaceName(std::string_view commune) {
    for (std::string_view prefix : {"Phường ", "Xã ", "Thị trấn ", "Đặc khu "})
        if (commune.substr(0, prefix.size()) == prefix) return commune.substr(prefix.size());
    return commune;
}

// The legal-form cell as officers write it, read from the start of the registered name.
std::string_view LegalFormLabel(std::string_view name) {
    if (name.starts_with("Hợp tác xã")) return "Hợp tác xã";
    if (name.starts_with("Hộ kinh doanh")) return "Hộ kinh doanh";
    if (name.starts_with("Doanh nghiệp tư nhân")) return "Doanh nghiệp tư nhân";
    if (name.starts_with("Công ty Cổ phần")) return "Công ty cổ phần";
    if (name.starts_with("Công ty TNHH MTV")) return "Công ty TNHH một thành viên";
    return "Công ty TNHH";
}

const demo::SectorProfile& ProfileOf(Sector sector) {
    for (const auto& profile : demo::Sectors())
        if (profile.sector == sector) return profile;
    throw DomainError(ErrorCode::InvalidValue, {"Ngành không xác định.", "Unknown sector."});
}

class DemoRun {
public:
    DemoRun(Store& store, const TextRules& text, const Clock& clock, const DemoSpec& spec,
            ProgressObserver* observer)
        : m_store(store),
          m_text(text),
          m_spec(spec),
          m_random(spec.seed),
          m_applications_wanted(static_cast<std::size_t>(std::llround(
              static_cast<double>(spec.enterprises) * std::max(0.0, spec.applications_per_enterprise)))),
          m_vouchers_wanted(static_cast<std::size_t>(std::llround(
              static_cast<double>(spec.enterprises) * std::max(0.0, spec.vouchers_per_enterprise)))),
          m_provider_count(20 + spec.enterprises / 5000),
          m_meter(observer, 1 + m_provider_count + 2 * spec.enterprises + 3 * m_applications_wanted +
                                2 * m_vouchers_wanted),
          m_programmes(store, text),
          m_application_service(store, text, clock),
          m_voucher_service(store, text, clock),
          m_actor{std::string(kActorName)} {}

    DemoSummary Execute() {
        m_meter.Report();
        auto outer = m_store.Begin(TransactionMode::Write);
        m_outer = outer.get();
        PlanEnterprises();
        SetUpProgramme();
        PlanApplications();
        PlanVouchers();
        SetUpBudget();
        m_meter.Advance();
        RegisterProviders();
        ImportEnterprises();
        CreateApplications();
        IssueVouchers();
        DecideApplications();
        CarryOutApplications();
        SettleVouchers();
        m_meter.SetDone(m_meter.Total());
        m_meter.Report();
        outer->Commit();
        m_outer = nullptr;
        return m_summary;
    }

private:
    // ---- people, names, codes -------------------------------------------------------------

    std::string PersonName(bool female) {
        std::string name(m_random.PickWeighted(demo::FamilyNames()));
        name += ' ';
        name += m_random.Pick(female ? demo::FemaleMiddleNames() : demo::MaleMiddleNames());
        name += ' ';
        name += m_random.Pick(female ? demo::FemaleGivenNames() : demo::MaleGivenNames());
        return name;
    }

    std::string Brand() {
        if (m_random.Chance(0.15)) return std::string(m_random.Pick(demo::PlaceBrands()));
        const std::string_view head = m_random.Pick(demo::BrandHeads());
        std::string_view tail = m_random.Pick(demo::BrandTails());
        while (tail == head) tail = m_random.Pick(demo::BrandTails());
        return std::string(head) + " " + std::string(tail);
    }

    // A 10-digit code of the tax office `prefix`, with its check digit, never used before.
    std::string NewEnterpriseCode(std::string_view prefix) {
        for (;;) {
            std::string code(prefix);
            while (code.size() < 9) code += m_random.Digit();
            const auto check = TaxCode::CheckDigitFor(code);
            if (!check) continue;  // such prefixes are never issued
            code += static_cast<char>('0' + *check);
            if (m_used_codes.insert(code).second) return code;
        }
    }

    // A 12-digit personal ID: province of birth registration, gender and century, birth year,
    // then six digits.
    std::string NewPersonalId(std::string_view province_code, bool female) {
        for (;;) {
            const int born = m_random.Between(1960, 2004);
            const int century_digit = (born >= 2000 ? 2 : 0) + (female ? 1 : 0);
            std::string code(province_code);
            code += static_cast<char>('0' + century_digit);
            code += Padded(born % 100, 2);
            while (code.size() < 12) code += m_random.Digit();
            if (m_used_codes.insert(code).second) return code;
        }
    }

    std::string Phone(const demo::RegionProfile& region) {
        if (m_random.Chance(0.1)) return {};
        std::string digits;
        if (m_random.Chance(0.4)) {
            digits = std::string(region.area_code) + "3";
            while (digits.size() < 11) digits += m_random.Digit();
            return digits.substr(0, 4) + " " + digits.substr(4, 4) + " " + digits.substr(8);
        }
        digits = std::string(m_random.Pick(demo::MobilePrefixes()));
        while (digits.size() < 10) digits += m_random.Digit();
        return digits.substr(0, 4) + " " + digits.substr(4, 3) + " " + digits.substr(7);
    }

    std::string Slug(std::string_view text) {
        std::string slug;
        for (const char c : m_text.SearchFold(text))
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) slug += c;
        return slug;
    }

    std::string Email(std::string_view brand, std::string_view owner) {
        if (m_random.Chance(0.15)) return {};
        if (!owner.empty()) return Slug(owner) + Padded(m_random.Between(1, 99), 2) + "@gmail.com";
        const std::string slug = Slug(brand);
        switch (m_random.Below(4)) {
            case 0:
                return "info@" + slug + ".com.vn";
            case 1:
                return "lienhe@" + slug + ".vn";
            case 2:
                return "kinhdoanh." + slug + "@gmail.com";
            default:
                return slug + Padded(m_random.Between(1, 99), 2) + "@gmail.com";
        }
    }

    // ---- enterprises --------------------------------------------------------------------------

    struct Place {
        const demo::Commune* commune = nullptr;
        std::string commune_name;
        std::string province;
        std::string address;
    };

    Place NewPlace(Sector sector) {
        Place place;
        std::vector<int> weights;
        const auto communes = demo::Communes();
        // Four in five enterprises are in Khánh Hòa, the rest spread over the neighbours.
        const bool home = m_random.Chance(0.8);
        int total = 0;
        for (const auto& commune : communes)
            if ((commune.region == Region::KhanhHoa) == home) total += commune.weight;
        int roll = m_random.Between(0, total - 1);
        for (const auto& commune : communes) {
            if ((commune.region == Region::KhanhHoa) != home) continue;
            if (roll < commune.weight) {
                place.commune = &commune;
                break;
            }
            roll -= commune.weight;
        }
        const demo::RegionProfile& region = demo::RegionOf(place.commune->region);
        place.commune_name = std::string(place.commune->name);
        place.province = std::string(region.province);
        std::string suffix(region.address_suffix);
        if (region.region == Region::KhanhHoa) {
            if (m_random.Chance(0.2))
                place.province = std::string(demo::kKhanhHoaOldTone);
            else if (m_random.Chance(0.01))
                place.province = std::string(demo::kKhanhHoaDecomposed);
            suffix = "tỉnh " + place.province;
        }
        std::string street;
        const bool factory = sector == Sector::SeafoodProcessing || sector == Sector::Mechanical ||
                             sector == Sector::FoodProcessing;
        if (factory && region.region == Region::KhanhHoa && m_random.Chance(0.25)) {
            const auto& park = m_random.Pick(demo::IndustrialParks());
            street = "Lô ";
            street += static_cast<char>('A' + m_random.Below(6));
            street += std::to_string(m_random.Between(1, 30)) + ", " + std::string(park.name);
            place.commune_name = std::string(park.commune);
        } else if (place.commune->urban) {
            street = "Số " + std::to_string(m_random.Between(1, 250));
            if (m_random.Chance(0.25)) street += "/" + std::to_string(m_random.Between(1, 40));
            street += m_random.Chance(0.7) ? " đường " : " ";
            street += m_random.Pick(demo::Streets());
        } else {
            street = "Thôn " + std::string(m_random.Pick(demo::Hamlets()));
        }
        place.address = street + ", " + LowerFirstLetter(place.commune_name) + ", " + suffix;
        return place;
    }

    const demo::SectorProfile& NewSector() {
        int total = 0;
        for (const auto& profile : demo::Sectors()) total += profile.weight;
        int roll = m_random.Between(0, total - 1);
        for (const auto& profile : demo::Sectors()) {
            if (roll < profile.weight) return profile;
            roll -= profile.weight;
        }
        return demo::Sectors().back();
    }

    void AddRow(std::vector<std::string> cells) {
        m_table.rows.push_back({m_table.rows.size() + 2, std::move(cells)});  // line 1 is the header
        m_meter.Advance();
    }

    // One company or cooperative; returns its name for branches.
    std::string AddCompany(const demo::SectorProfile& profile, bool allow_cooperative) {
        const bool cooperative = allow_cooperative && !profile.cooperatives.empty() && m_random.Chance(0.08);
        const std::string brand = Brand();
        const std::string_view pattern =
            cooperative ? m_random.Pick(profile.cooperatives) : m_random.Pick(profile.companies);
        const std::string name = Fill(pattern, brand, {});
        Place place = NewPlace(profile.sector);
        const demo::RegionProfile& region = demo::RegionOf(place.commune->region);
        const std::string code = NewEnterpriseCode(region.tax_prefix);
        const bool software = profile.sector == Sector::Software;
        const bool science = !cooperative && m_random.Chance(software ? 0.12 : 0.028);
        const bool startup = !cooperative && m_random.Chance(software ? 0.25 : 0.045);
        AddRow({code, name, std::string(LegalFormLabel(name)),
                std::string(cooperative ? m_random.PickWeighted(kCooperativeSizes)
                                        : m_random.PickWeighted(kCompanySizes)),
                std::string(m_random.PickWeighted(profile.vsic)), place.commune_name, place.province,
                place.address, Phone(region), Email(brand, {}), science ? "x" : "", startup ? "Có" : ""});
        m_enterprises.push_back({code, code, brand, profile.sector, false, 0});
        return name;
    }

    void AddHousehold(const demo::SectorProfile& profile) {
        const bool female = m_random.Chance(0.45);
        const std::string owner = PersonName(female);
        Place place = NewPlace(profile.sector);
        const demo::RegionProfile& region = demo::RegionOf(place.commune->region);
        const std::string code = NewPersonalId(region.id_prefix, female);
        const std::string name = "Hộ kinh doanh " + owner;
        AddRow({code, name, "Hộ kinh doanh", std::string(m_random.PickWeighted(kHouseholdSizes)),
                std::string(m_random.PickWeighted(profile.vsic)), place.commune_name, place.province,
                place.address, Phone(region), Email({}, owner), "", ""});
        m_enterprises.push_back({code, code, Brand(), profile.sector, true, 0});
    }

    void AddBranches(const demo::SectorProfile& profile, const std::string& parent_name, std::size_t count) {
        const PlannedEnterprise parent = m_enterprises.back();
        for (std::size_t i = 1; i <= count; ++i) {
            Place place = NewPlace(profile.sector);
            const demo::RegionProfile& region = demo::RegionOf(place.commune->region);
            const std::string code = parent.tax_code + "-" + Padded(static_cast<std::int64_t>(i), 3);
            m_used_codes.insert(code);
            const std::string name =
                "Chi nhánh " + parent_name + " tại " + std::string(PlaceName(place.commune_name));
            AddRow({code, name, std::string(LegalFormLabel(parent_name)), m_random.Chance(0.7) ? "" : "Nhỏ",
                    std::string(m_random.PickWeighted(profile.vsic)), place.commune_name, place.province,
                    place.address, Phone(region), Email(parent.brand, {}), "", ""});
            m_enterprises.push_back({code, parent.tax_code, parent.brand, profile.sector, false, 0});
        }
    }

    void PlanEnterprises() {
        m_table.header.assign(kHeader.begin(), kHeader.end());
        m_table.rows.reserve(m_spec.enterprises);
        m_enterprises.reserve(m_spec.enterprises);
        while (m_table.rows.size() < m_spec.enterprises) {
            const std::size_t remaining = m_spec.enterprises - m_table.rows.size();
            const demo::SectorProfile& profile = NewSector();
            const double roll = m_random.Unit();
            if (roll < 0.10) {
                AddHousehold(profile);
            } else if (roll < 0.125 && remaining >= 2) {
                // A company with branches: the parent is generated too, so the family is complete.
                const std::string parent = AddCompany(profile, false);
                AddBranches(
                    profile, parent,
                    std::min<std::size_t>(remaining - 1, static_cast<std::size_t>(m_random.Between(1, 3))));
            } else {
                AddCompany(profile, true);
            }
        }
    }

    void ImportEnterprises() {
        OffsetObserver observer(m_meter, m_meter.Done());
        const std::size_t after = m_meter.Done() + m_table.rows.size();
        ImportOptions options;
        options.all_or_nothing = true;
        options.progress = &observer;
        const ImportReport report = EnterpriseImport(m_store, m_text).Run(m_table, options);
        if (!report.errors.empty()) {
            // The generator produced data its own import refuses: a bug here, not a user error.
            const auto& first = report.errors.front();
            throw DomainError(
                first.code,
                {"Dữ liệu mẫu không hợp lệ ở dòng " + std::to_string(first.line) + ", cột '" + first.column +
                     "' ('" + first.value + "'): " + first.reason.vi,
                 "Generated demo data is invalid at line " + std::to_string(first.line) + ", column '" +
                     first.column + "' ('" + first.value + "'): " + first.reason.en});
        }
        m_summary.enterprises = report.inserted;
        m_meter.SetDone(after);
        m_meter.Report();
        m_table = Table{};  // the rows are stored; free the memory before the next phases
    }

    EnterpriseId IdOf(std::size_t index) {
        PlannedEnterprise& enterprise = m_enterprises[index];
        if (enterprise.id != 0) return enterprise.id;
        const auto found = m_outer->Enterprises().FindByTaxCode(TaxCode::Parse(enterprise.tax_code));
        if (!found)
            throw DomainError(ErrorCode::NotFound,
                              {"Doanh nghiệp mẫu " + enterprise.tax_code + " không có sau khi nhập.",
                               "Demo enterprise " + enterprise.tax_code + " is missing after the import."});
        enterprise.id = found->id;
        return enterprise.id;
    }

    // Whether an earlier cancellation for misuse bars the family. Only a programme that existed
    // before this run can hold such a cancellation: this run cancels vouchers last of all.
    bool Disqualified(std::size_t index) {
        if (m_programme_created) return false;
        const std::string& family = m_enterprises[index].family;
        const auto cached = m_disqualified.find(family);
        if (cached != m_disqualified.end()) return cached->second;
        const bool barred = m_outer->Vouchers().HasDisqualifyingCancellation(family, m_programme.id);
        m_disqualified.emplace(family, barred);
        return barred;
    }

    // ---- programme, caps and budget ----------------------------------------------------------

    void SetUpProgramme() {
        if (const auto existing = m_outer->Programmes().FindByCode(std::string(kProgrammeCode))) {
            // A second run adds to the programme the first one made.
            if (m_spec.year < existing->start_year || m_spec.year > existing->end_year)
                throw DomainError(
                    ErrorCode::InvalidValue,
                    {"Chương trình " + existing->code + " đã có với giai đoạn " +
                         std::to_string(existing->start_year) + "–" + std::to_string(existing->end_year) +
                         ", không gồm năm " + std::to_string(m_spec.year) + ".",
                     "Programme " + existing->code + " already exists for " +
                         std::to_string(existing->start_year) + "–" + std::to_string(existing->end_year) +
                         ", which does not include " + std::to_string(m_spec.year) + "."},
                    "year");
            m_programme = *existing;
        } else {
            Programme programme;
            programme.code = std::string(kProgrammeCode);
            programme.name = std::string(kProgrammeName);
            programme.start_year = std::min(kProgrammeStart, m_spec.year);
            programme.end_year = std::max(kProgrammeEnd, m_spec.year);
            if (programme.end_year - programme.start_year > 20) {
                programme.start_year = m_spec.year;
                programme.end_year = m_spec.year + 4;
            }
            m_programme = m_programmes.Create(programme);
            m_programme_created = true;
            m_summary.programmes = 1;
        }
        for (const auto& level : kCapLevels) {
            SupportCap cap;
            cap.programme_id = m_programme.id;
            cap.content = level.content;
            cap.max_state_share_percent = level.percent;
            cap.ceiling_per_contract = Dong(level.per_contract_million * kMillion);
            cap.ceiling_per_enterprise_year = Dong(level.per_year_million * kMillion);
            cap.max_vouchers_per_enterprise_year = kMaxVouchersPerYear;
            m_programmes.SetCap(cap);
            m_caps[level.content] = cap;
        }
        m_years.push_back(m_spec.year);
        if (m_spec.year + 1 <= m_programme.end_year) m_years.push_back(m_spec.year + 1);
    }

    void SetUpBudget() {
        for (const int year : m_years) {
            for (const auto& level : kCapLevels) {
                ContentBudget& budget = m_budget[{year, level.content}];
                if (const auto existing =
                        m_outer->Programmes().FindEnvelopeFor(m_programme.id, year, level.content)) {
                    budget.envelope = existing->id;
                    budget.remaining = m_outer->Programmes().Balance(existing->id).Remaining();
                    continue;
                }
                // Half as much again as the run expects to commit, so that the budget report shows
                // headroom, and never less than 2 tỷ đồng.
                const std::int64_t wanted = budget.planned.Dong() + budget.planned.Dong() / 2;
                BudgetEnvelope envelope;
                envelope.programme_id = m_programme.id;
                envelope.year = year;
                envelope.source = FundingSource::ProvincialScience;
                envelope.content = level.content;
                envelope.amount = Dong(std::max(kMinimumEnvelope, CeilTo(wanted, kEnvelopeRounding)));
                envelope = m_programmes.AddEnvelope(envelope);
                budget.envelope = envelope.id;
                budget.remaining = envelope.amount;
            }
        }
    }

    // ---- applications ---------------------------------------------------------------------------

    std::string Title(SupportContent content, std::size_t enterprise) {
        const PlannedEnterprise& planned = m_enterprises[enterprise];
        const unsigned bit = demo::SectorBit(planned.sector);
        std::vector<const demo::TitlePattern*> candidates;
        for (const auto& pattern : demo::TitlePatterns())
            if (pattern.content == content && (pattern.sectors & bit) != 0) candidates.push_back(&pattern);
        if (candidates.empty())
            throw DomainError(ErrorCode::InvalidValue, {"Thiếu mẫu tên hồ sơ cho nội dung hỗ trợ.",
                                                        "No title pattern for a support content."});
        const auto& pattern = *candidates[m_random.Below(candidates.size())];
        const auto products = ProfileOf(planned.sector).products;
        return Fill(pattern.text, planned.brand, m_random.Pick(products));
    }

    std::size_t PickEnterprise() {
        // Household businesses apply less often than companies.
        std::size_t index = m_random.Below(m_enterprises.size());
        if (m_enterprises[index].household && m_random.Chance(0.5))
            index = m_random.Below(m_enterprises.size());
        return index;
    }

    void PlanFate(PlannedApplication& plan, AS target) {
        switch (target) {
            case AS::Draft:
            case AS::Submitted:
            case AS::UnderReview:
            case AS::Recommended:
            case AS::NotRecommended:
                plan.review_end = target;
                return;
            case AS::Refused:
                plan.review_end = m_random.Chance(0.65) ? AS::NotRecommended : AS::Recommended;
                plan.verdict = Verdict::Refuse;
                return;
            case AS::Withdrawn: {
                const AS from = m_random.PickWeighted(kWithdrawnFrom);
                plan.withdraw = true;
                if (from == AS::Approved || from == AS::Contracted || from == AS::InProgress) {
                    plan.review_end = AS::Recommended;
                    plan.verdict = Verdict::Approve;
                    plan.work_end = from;
                } else {
                    plan.review_end = from;
                }
                return;
            }
            default:
                // A few approvals overrule the council's negative opinion, as the leader may.
                plan.review_end = m_random.Chance(0.05) ? AS::NotRecommended : AS::Recommended;
                plan.verdict = Verdict::Approve;
                plan.work_end = target;
                return;
        }
    }

    void PlanApplications() {
        if (m_enterprises.empty()) return;
        m_plans.reserve(m_applications_wanted);
        for (std::size_t i = 0; i < m_applications_wanted; ++i) {
            PlannedApplication plan;
            plan.enterprise = PickEnterprise();
            const bool next_year = m_years.size() > 1 && m_random.Chance(0.1);
            plan.year = next_year ? m_years[1] : m_years[0];
            plan.content = m_random.PickWeighted(kApplicationContents);
            plan.title = Title(plan.content, plan.enterprise);
            const SupportCap& cap = m_caps.at(plan.content);
            // Requested 30–500 million, never beyond the ceiling per contract; small asks are common.
            const std::int64_t high =
                std::min<std::int64_t>(500'000, cap.ceiling_per_contract.Dong() / kThousand);
            const double u = m_random.Unit();
            std::int64_t thousands =
                30'000 + static_cast<std::int64_t>(static_cast<double>(high - 30'000) * u * u);
            thousands = m_random.Chance(0.7) ? std::max<std::int64_t>(30'000, FloorTo(thousands, 1'000))
                                             : FloorTo(thousands, 10);
            plan.requested = Dong(thousands * kThousand);
            // Co-funding at least what keeps the state's share within the cap, often more.
            const std::int64_t requested = plan.requested.Dong();
            const std::int64_t minimum =
                CeilTo((requested * (100 - cap.max_state_share_percent) + cap.max_state_share_percent - 1) /
                           cap.max_state_share_percent,
                       kThousand);
            plan.co_funding = Dong(CeilTo(minimum + minimum * m_random.Between(0, 60) / 100, kThousand));
            plan.desired_approval =
                m_random.Chance(0.6)
                    ? plan.requested
                    : Dong(std::max(kMinimumApproval,
                                    FloorTo(requested * m_random.Between(70, 95) / 100, kThousand)));
            PlanFate(plan, next_year ? m_random.PickWeighted(kNextYearTargets)
                                     : m_random.PickWeighted(kApplicationTargets));
            if (plan.verdict == Verdict::Approve) {
                ContentBudget& budget = m_budget[{plan.year, plan.content}];
                budget.planned += plan.desired_approval;
            }
            m_plans.push_back(std::move(plan));
        }
    }

    void CreateApplications() {
        std::size_t created = 0;
        for (auto& plan : m_plans) {
            // On a second run an earlier misuse cancellation bars a family; choose another.
            for (int attempt = 0; Disqualified(plan.enterprise); ++attempt) {
                if (attempt == 50)
                    throw DomainError(ErrorCode::InvalidValue,
                                      {"Không tìm được doanh nghiệp đủ điều kiện để tạo hồ sơ mẫu.",
                                       "No eligible enterprise is left for demo applications."});
                plan.enterprise = PickEnterprise();
                plan.title = Title(plan.content, plan.enterprise);
            }
            Application draft;
            draft.enterprise_id = IdOf(plan.enterprise);
            draft.programme_id = m_programme.id;
            draft.year = plan.year;
            draft.content = plan.content;
            draft.title = plan.title;
            draft.requested_amount = plan.requested;
            draft.co_funding_amount = plan.co_funding;
            plan.id = m_application_service.Create(draft, m_actor).id;
            ++created;
            if (plan.review_end != AS::Draft)
                m_application_service.Move(plan.id, AS::Submitted, m_actor,
                                           "Nộp hồ sơ qua Cổng dịch vụ công trực tuyến");
            if (plan.review_end != AS::Draft && plan.review_end != AS::Submitted)
                m_application_service.Move(plan.id, AS::UnderReview, m_actor,
                                           "Tiếp nhận hồ sơ hợp lệ, chuyển Hội đồng tư vấn xét chọn");
            if (plan.review_end == AS::Recommended)
                m_application_service.Move(plan.id, AS::Recommended, m_actor,
                                           "Hội đồng đề nghị hỗ trợ, điểm đánh giá " +
                                               std::to_string(m_random.Between(70, 92)) + "/100");
            if (plan.review_end == AS::NotRecommended)
                m_application_service.Move(plan.id, AS::NotRecommended, m_actor,
                                           "Hội đồng không đề nghị hỗ trợ, điểm đánh giá " +
                                               std::to_string(m_random.Between(40, 64)) + "/100");
            if (plan.withdraw && plan.verdict == Verdict::None)
                m_application_service.Move(plan.id, AS::Withdrawn, m_actor,
                                           "Doanh nghiệp có văn bản xin rút hồ sơ");
            m_meter.Advance();
        }
        m_summary.applications = created;
    }

    // ---- decisions ----------------------------------------------------------------------------

    std::string Signer() {
        const double roll = m_random.Unit();
        if (roll < 0.3) return m_director;
        return roll < 0.7 ? m_deputies[0] : m_deputies[1];
    }

    std::string NextDecisionNumber() {
        for (;;) {
            m_decision_number += m_random.Between(1, 6);  // the department's other decisions fall in between
            std::string number = std::to_string(m_decision_number) + "/QĐ-SKHCN";
            if (!m_outer->Decisions().FindByNumber(number)) return number;
        }
    }

    Decision NewDecision(DecisionKind kind, const CalendarDate& date) {
        Decision decision;
        decision.number = NextDecisionNumber();
        decision.date = date;
        decision.kind = kind;
        decision.legal_basis = std::string(m_random.Pick(demo::LegalBases()));
        decision.legal_basis += "; Biên bản họp Hội đồng tư vấn xét chọn ngày " +
                                LegalDate(date.AddDays(-m_random.Between(5, 15)));
        decision.signer_name = Signer();
        decision.conditions =
            kind == DecisionKind::Approval
                ? "Đơn vị chủ trì thực hiện đúng nội dung, tiến độ và cam kết đối ứng kinh phí; "
                  "báo cáo kết quả theo quy định của Chương trình."
                : "Hồ sơ chưa đáp ứng tiêu chí xét chọn của Chương trình theo ý kiến Hội đồng tư vấn.";
        return decision;
    }

    using FamilyKey = std::tuple<std::string, int, SupportContent>;

    // What the enterprise family already has approved for the content and year.
    Money FamilyApproved(const FamilyKey& key) {
        const auto found = m_family_approved.find(key);
        if (found != m_family_approved.end()) return found->second;
        Money prior;
        if (!m_programme_created)
            prior = m_outer->Applications().ApprovedForFamily(std::get<0>(key), m_programme.id,
                                                              std::get<1>(key), std::get<2>(key), 0);
        m_family_approved.emplace(key, prior);
        return prior;
    }

    // The largest amount up to the desired one that the caps and the envelope allow, checked
    // with the same rule the service applies; nullopt when too little is left to be worth it.
    std::optional<Money> FitApproval(const PlannedApplication& plan, Money already, Money available) {
        const SupportCap& cap = m_caps.at(plan.content);
        std::int64_t limit = plan.desired_approval.Dong();
        if (!cap.ceiling_per_contract.IsZero()) limit = std::min(limit, cap.ceiling_per_contract.Dong());
        if (!cap.ceiling_per_enterprise_year.IsZero())
            limit = std::min(limit, (cap.ceiling_per_enterprise_year - already).Dong());
        limit = FloorTo(std::min(limit, available.Dong()), kThousand);
        if (limit < kMinimumApproval) return std::nullopt;
        Application application;
        application.year = plan.year;
        application.content = plan.content;
        application.requested_amount = plan.requested;
        application.co_funding_amount = plan.co_funding;
        RequireWithinCap(cap, application, Dong(limit), already);  // a failure here is a generator bug
        return Dong(limit);
    }

    // Records the decision. Should the service still refuse an approval for a cap or the budget,
    // the savepoint has undone the whole decision: it is recorded again item by item, each with
    // a smaller amount until it passes, or refused when too little is left.
    void Decide(const Decision& decision, const std::vector<std::size_t>& plans,
                std::vector<std::size_t>& late_refusals) {
        try {
            m_application_service.Decide(decision, m_actor);
        } catch (const DomainError& error) {
            if (!IsLimit(error) || decision.kind != DecisionKind::Approval) throw;
            for (std::size_t i = 0; i < plans.size(); ++i) {
                Decision single = decision;
                single.items = {decision.items[i]};
                if (i > 0) single.number = NextDecisionNumber();  // the first keeps the number, never stored
                DecideAlone(std::move(single), plans[i], late_refusals);
            }
            return;
        }
        for (std::size_t i = 0; i < plans.size(); ++i) {
            if (decision.kind == DecisionKind::Approval) Commit(plans[i], decision.items[i].approved_amount);
            m_plans[plans[i]].decided_on = decision.date;
        }
        ++m_summary.decisions;
    }

    void DecideAlone(Decision decision, std::size_t plan, std::vector<std::size_t>& late_refusals) {
        for (;;) {
            try {
                m_application_service.Decide(decision, m_actor);
                Commit(plan, decision.items.front().approved_amount);
                m_plans[plan].decided_on = decision.date;
                ++m_summary.decisions;
                return;
            } catch (const DomainError& error) {
                if (!IsLimit(error)) throw;
            }
            const Money smaller = Dong(FloorTo(decision.items.front().approved_amount.Dong() / 2, kThousand));
            if (smaller.Dong() < kMinimumApproval) {
                late_refusals.push_back(plan);
                return;
            }
            decision.items.front().approved_amount = smaller;
        }
    }

    static bool IsLimit(const DomainError& error) {
        return error.Code() == ErrorCode::CapExceeded || error.Code() == ErrorCode::BudgetExceeded;
    }

    void Commit(std::size_t index, Money amount) {
        PlannedApplication& plan = m_plans[index];
        plan.approved = amount;
        m_budget.at({plan.year, plan.content}).remaining -= amount;
        m_family_approved[{m_enterprises[plan.enterprise].family, plan.year, plan.content}] += amount;
    }

    std::vector<std::vector<std::size_t>> Chunks(const std::vector<std::size_t>& items) {
        std::vector<std::vector<std::size_t>> chunks;
        for (std::size_t i = 0; i < items.size();) {
            const std::size_t size =
                std::min(items.size() - i, static_cast<std::size_t>(m_random.Between(1, 10)));
            chunks.emplace_back(items.begin() + static_cast<std::ptrdiff_t>(i),
                                items.begin() + static_cast<std::ptrdiff_t>(i + size));
            i += size;
        }
        return chunks;
    }

    void DecideRefusals(const std::vector<std::size_t>& plans, const CalendarDate& date) {
        Decision decision = NewDecision(DecisionKind::Refusal, date);
        for (const std::size_t index : plans) decision.items.push_back({m_plans[index].id, Money()});
        std::vector<std::size_t> none;
        Decide(decision, plans, none);
    }

    void DecideApplications() {
        m_director = "Giám đốc " + PersonName(false);
        m_deputies = {"Phó Giám đốc " + PersonName(false),
                      "Phó Giám đốc " + PersonName(m_random.Chance(0.5))};
        m_decision_number = 100 + m_random.Between(0, 60);

        std::vector<std::size_t> approvals, refusals;
        for (std::size_t i = 0; i < m_plans.size(); ++i) {
            if (m_plans[i].verdict == Verdict::Approve) approvals.push_back(i);
            if (m_plans[i].verdict == Verdict::Refuse) refusals.push_back(i);
        }
        m_meter.Advance(m_plans.size() - approvals.size() - refusals.size());

        // Approval and refusal decisions interleaved, dated from April to September.
        auto approval_chunks = Chunks(approvals);
        auto refusal_chunks = Chunks(refusals);
        const std::size_t decision_count = approval_chunks.size() + refusal_chunks.size();
        const CalendarDate first = CalendarDate::FromYmd(m_spec.year, 4, 1);
        const int span = first.DaysUntil(CalendarDate::FromYmd(m_spec.year, 9, 30));
        std::size_t next_approval = 0, next_refusal = 0;
        std::vector<std::size_t> late_refusals;
        for (std::size_t n = 0; n < decision_count; ++n) {
            const CalendarDate date = first.AddDays(static_cast<int>(
                static_cast<std::int64_t>(n) * span / static_cast<std::int64_t>(decision_count)));
            const std::size_t approvals_left = approval_chunks.size() - next_approval;
            const std::size_t refusals_left = refusal_chunks.size() - next_refusal;
            const bool approve =
                refusals_left == 0 ||
                (approvals_left > 0 && m_random.Below(approvals_left + refusals_left) < approvals_left);
            if (!approve) {
                const auto& chunk = refusal_chunks[next_refusal++];
                DecideRefusals(chunk, date);
                m_meter.Advance(chunk.size());
                continue;
            }
            const auto& chunk = approval_chunks[next_approval++];
            Decision decision = NewDecision(DecisionKind::Approval, date);
            std::vector<std::size_t> granted;
            // Earlier items of the same decision count against the family's ceiling and the envelope.
            std::map<FamilyKey, Money> pending_family;
            std::map<std::pair<int, SupportContent>, Money> pending_budget;
            for (const std::size_t index : chunk) {
                const PlannedApplication& plan = m_plans[index];
                const FamilyKey key{m_enterprises[plan.enterprise].family, plan.year, plan.content};
                const std::pair<int, SupportContent> envelope{plan.year, plan.content};
                const Money already = FamilyApproved(key) + pending_family[key];
                const Money available = m_budget.at(envelope).remaining - pending_budget[envelope];
                const auto amount = FitApproval(plan, already, available);
                if (!amount) {
                    late_refusals.push_back(index);
                    continue;
                }
                pending_family[key] += *amount;
                pending_budget[envelope] += *amount;
                decision.items.push_back({plan.id, *amount});
                granted.push_back(index);
            }
            if (!granted.empty()) Decide(decision, granted, late_refusals);
            m_meter.Advance(chunk.size());
        }
        // Those the caps or the budget left out are refused, as a leader would.
        const CalendarDate last = CalendarDate::FromYmd(m_spec.year, 10, 5);
        for (const auto& chunk : Chunks(late_refusals)) {
            for (const std::size_t index : chunk) m_plans[index].verdict = Verdict::Refuse;
            DecideRefusals(chunk, last);
        }
    }

    // ---- contracts, payments, acceptance -------------------------------------------------------

    static int WorkRank(AS state) {
        switch (state) {
            case AS::Approved:
                return 0;
            case AS::Contracted:
                return 1;
            case AS::InProgress:
                return 2;
            case AS::Accepted:
                return 3;
            case AS::Monitoring:
                return 4;
            case AS::Closed:
                return 5;
            default:
                return -1;
        }
    }

    void CarryOutApplications() {
        const CalendarDate year_end = CalendarDate::FromYmd(m_spec.year, 12, 20);
        auto clamp = [&](const CalendarDate& date) { return std::min(date, year_end); };
        std::int64_t contract_number = 0, payment_number = 0;
        for (auto& plan : m_plans) {
            m_meter.Advance();
            if (plan.verdict != Verdict::Approve || plan.approved.IsZero()) continue;
            const int rank = WorkRank(plan.work_end);
            CalendarDate day = plan.decided_on;
            if (rank >= 1) {
                ++contract_number;
                m_application_service.Contract(
                    plan.id, Padded(contract_number, 2) + "/" + std::to_string(m_spec.year) + "/HĐ-SKHCN",
                    m_actor);
                day = clamp(day.AddDays(m_random.Between(7, 25)));
            }
            if (rank >= 2) {
                m_application_service.Move(plan.id, AS::InProgress, m_actor,
                                           "Bắt đầu thực hiện theo hợp đồng");
                const std::int64_t total = plan.approved.Dong();
                std::int64_t paid =
                    std::max(kThousand, FloorTo(total * m_random.Between(30, 50) / 100, kThousand));
                day = clamp(day.AddDays(m_random.Between(5, 20)));
                m_application_service.Disburse(plan.id, Dong(paid), day,
                                               "Ủy nhiệm chi số " + Padded(++payment_number, 5), m_actor);
                if (rank == 2 && m_random.Chance(0.5)) {
                    const std::int64_t second = FloorTo(total * m_random.Between(20, 30) / 100, kThousand);
                    if (second > 0 && paid + second <= total) {
                        day = clamp(day.AddDays(m_random.Between(30, 90)));
                        m_application_service.Disburse(plan.id, Dong(second), day,
                                                       "Ủy nhiệm chi số " + Padded(++payment_number, 5),
                                                       m_actor);
                        paid += second;
                    }
                }
                if (rank >= 3) {
                    m_application_service.Move(plan.id, AS::Accepted, m_actor,
                                               "Hội đồng nghiệm thu đánh giá Đạt");
                    day = clamp(day.AddDays(m_random.Between(30, 90)));
                    if (paid < total)
                        m_application_service.Disburse(
                            plan.id, Dong(total - paid), day,
                            "Ủy nhiệm chi số " + Padded(++payment_number, 5) + " (thanh toán sau nghiệm thu)",
                            m_actor);
                }
                if (rank == 4 || (rank == 5 && m_random.Chance(0.6)))
                    m_application_service.Move(plan.id, AS::Monitoring, m_actor,
                                               "Theo dõi ứng dụng kết quả sau nghiệm thu");
                if (rank == 5)
                    m_application_service.Move(plan.id, AS::Closed, m_actor,
                                               "Thanh lý hợp đồng, kết thúc hồ sơ");
            }
            if (plan.withdraw)
                m_application_service.Move(plan.id, AS::Withdrawn, m_actor,
                                           "Doanh nghiệp có văn bản xin dừng thực hiện, rút hồ sơ");
        }
    }

    // ---- providers and vouchers ---------------------------------------------------------------

    void RegisterProviders() {
        // Providers an earlier run registered are reused, found by tax code or by name.
        std::map<std::string, ServiceProvider> existing;
        for (const auto& provider : m_outer->Vouchers().ListProviders()) {
            existing.emplace(provider.tax_code.Value(), provider);
            existing.emplace(provider.name, provider);
        }
        const auto named = demo::NamedProviders();
        for (std::size_t i = 0; i < m_provider_count; ++i) {
            const demo::ProviderPattern& pattern =
                i < named.size() ? named[i] : m_random.Pick(demo::ProviderPatterns());
            ServiceProvider provider;
            provider.name = Fill(pattern.name, Brand(), {});
            provider.tax_code = TaxCode::Parse(NewEnterpriseCode(pattern.tax_prefix));
            provider.contents.assign(pattern.contents.begin(), pattern.contents.end());
            auto found = existing.find(provider.tax_code.Value());
            if (found == existing.end()) found = existing.find(provider.name);
            if (found != existing.end()) {
                provider = found->second;
            } else {
                provider = m_voucher_service.RegisterProvider(provider);
                ++m_summary.providers;
            }
            if (provider.active)
                for (const auto content : provider.contents) m_providers[content].push_back(provider.id);
            m_meter.Advance();
        }
    }

    void PlanVouchers() {
        if (m_enterprises.empty()) return;
        const int year = m_spec.year;
        const CalendarDate expiry_cut = CalendarDate::FromYmd(year, 10, 15);
        for (std::size_t i = 0; i < m_vouchers_wanted; ++i) {
            PlannedVoucher voucher;
            voucher.enterprise = m_random.Below(m_enterprises.size());
            voucher.content = m_random.PickWeighted(kVoucherContents);
            voucher.fate = m_random.PickWeighted(kVoucherFates);
            const SupportCap& cap = m_caps.at(voucher.content);
            voucher.face = Dong(static_cast<std::int64_t>(m_random.Between(40, 400)) * 500 * kThousand);
            const int percent = std::min(m_random.Between(50, 70), cap.max_state_share_percent);
            std::int64_t share = FloorTo(voucher.face.PercentOf(percent).Dong(), kThousand);
            if (!cap.ceiling_per_contract.IsZero()) share = std::min(share, cap.ceiling_per_contract.Dong());
            voucher.share = Dong(share);
            // Validity periods are chosen so that ExpireDue on 15 October expires exactly the
            // vouchers meant to lapse and none of those still waiting to be used.
            int months = m_random.Between(6, 12);
            switch (voucher.fate) {
                case VoucherFate::Expired:
                    voucher.issued_on = CalendarDate::FromYmd(year, 1, 10).AddDays(m_random.Between(0, 80));
                    months = 6;
                    break;
                case VoucherFate::Issued:
                    voucher.issued_on = CalendarDate::FromYmd(year, 4, 15).AddDays(m_random.Between(0, 138));
                    break;
                default:
                    voucher.issued_on = CalendarDate::FromYmd(year, 2, 1).AddDays(m_random.Between(0, 210));
                    break;
            }
            voucher.valid_until = AddMonths(voucher.issued_on, months);
            if (voucher.fate == VoucherFate::Issued && voucher.valid_until < expiry_cut)
                voucher.valid_until = expiry_cut;
            m_budget[{year, voucher.content}].planned += voucher.share;
            m_voucher_plans.push_back(voucher);
        }
        // Serial numbers follow the issue dates, as they would at the front desk.
        std::stable_sort(
            m_voucher_plans.begin(), m_voucher_plans.end(),
            [](const PlannedVoucher& a, const PlannedVoucher& b) { return a.issued_on < b.issued_on; });
    }

    // Whether the enterprise may have one more voucher this year (max three, no misuse record).
    bool MayIssueTo(std::size_t index) {
        if (Disqualified(index)) return false;
        const EnterpriseId id = IdOf(index);
        auto found = m_voucher_counts.find(id);
        if (found == m_voucher_counts.end()) {
            const int prior = m_programme_created ? 0
                                                  : m_outer->Vouchers().CountForEnterpriseYear(
                                                        id, m_programme.id, m_spec.year);
            found = m_voucher_counts.emplace(id, prior).first;
        }
        return found->second < kMaxVouchersPerYear;
    }

    // Vouchers are issued before the approvals are decided: an envelope's balance is summed
    // over everything committed to it, so issuing them while the envelopes hold only vouchers
    // keeps each check short on large runs. Dates, not the order of writing, tell the story.
    void IssueVouchers() {
        const int year = m_spec.year;
        std::size_t issued = 0;
        for (auto& voucher : m_voucher_plans) {
            m_meter.Advance();
            for (int attempt = 0; !MayIssueTo(voucher.enterprise); ++attempt) {
                if (attempt == 50)
                    throw DomainError(ErrorCode::InvalidValue,
                                      {"Không tìm được doanh nghiệp đủ điều kiện để cấp phiếu mẫu.",
                                       "No eligible enterprise is left for demo vouchers."});
                voucher.enterprise = m_random.Below(m_enterprises.size());
            }
            ContentBudget& budget = m_budget.at({year, voucher.content});
            if (voucher.share > budget.remaining) {
                // Only a second run on an envelope the first one used up gets here: the state's
                // share is lowered to what is left, or the voucher is not issued.
                voucher.share = Dong(FloorTo(budget.remaining.Dong(), kThousand));
                if (voucher.share.IsZero()) continue;
            }
            VoucherRequest request;
            request.enterprise_id = IdOf(voucher.enterprise);
            request.programme_id = m_programme.id;
            request.year = year;
            request.content = voucher.content;
            request.face_value = voucher.face;
            request.state_share = voucher.share;
            request.issued_on = voucher.issued_on;
            request.valid_until = voucher.valid_until;
            voucher.id = m_voucher_service.Issue(request).id;
            budget.remaining -= voucher.share;
            ++m_voucher_counts[request.enterprise_id];
            ++issued;
        }
        m_summary.vouchers = issued;
    }

    void SettleVouchers() {
        const int year = m_spec.year;
        std::int64_t invoice_number = 0;
        const CalendarDate year_end = CalendarDate::FromYmd(year, 12, 31);
        std::vector<const PlannedVoucher*> cancellations;
        for (const auto& voucher : m_voucher_plans) {
            m_meter.Advance();
            if (voucher.id == 0) continue;
            if (voucher.fate == VoucherFate::Cancelled) cancellations.push_back(&voucher);
            if (voucher.fate != VoucherFate::Redeemed && voucher.fate != VoucherFate::Reimbursed) continue;
            const auto& providers = m_providers.at(voucher.content);
            Redemption redemption;
            redemption.provider_id = providers[m_random.Below(providers.size())];
            const CalendarDate last = std::min(voucher.valid_until, year_end.AddDays(-20));
            const int window = std::max(0, voucher.issued_on.AddDays(14).DaysUntil(last));
            redemption.invoice_date =
                voucher.issued_on.AddDays(14 + m_random.Between(0, std::min(window, 120)));
            if (last < redemption.invoice_date) redemption.invoice_date = last;
            redemption.invoice_number = "1C" + Padded(year % 100, 2) + "TAA-" + Padded(++invoice_number, 8);
            redemption.invoice_amount =
                Dong(FloorTo(voucher.face.Dong() * m_random.Between(90, 120) / 100, kThousand));
            m_voucher_service.Redeem(voucher.id, redemption);
            if (voucher.fate != VoucherFate::Reimbursed) continue;
            std::int64_t amount = std::min(voucher.share, redemption.invoice_amount).Dong();
            if (m_random.Chance(0.15)) amount = std::max(kThousand, FloorTo(amount * 9 / 10, kThousand));
            m_voucher_service.Reimburse(
                voucher.id, Dong(amount),
                std::min(year_end, redemption.invoice_date.AddDays(m_random.Between(7, 30))));
        }
        // Cancellations come last: a misuse cancellation bars the family from anything later.
        for (const PlannedVoucher* voucher : cancellations) {
            const CancelReason reason = m_random.PickWeighted(kCancelReasons);
            std::string note;
            switch (reason) {
                case CancelReason::EnterpriseRequest:
                    note = "Doanh nghiệp có văn bản đề nghị hủy do thay đổi kế hoạch sản xuất, kinh doanh";
                    break;
                case CancelReason::IssuedInError:
                    note = "Cấp nhầm nội dung hỗ trợ, đã cấp lại phiếu khác";
                    break;
                case CancelReason::ProviderUnavailable:
                    note = "Không có đơn vị cung cấp dịch vụ phù hợp trong thời hạn của phiếu";
                    break;
                case CancelReason::Misuse:
                    note = "Kiểm tra phát hiện sử dụng phiếu sai mục đích";
                    break;
                case CancelReason::FalseDeclaration:
                    note = "Hồ sơ thanh toán kê khai không trung thực";
                    break;
            }
            m_voucher_service.Cancel(voucher->id, reason, note);
        }
        if (m_summary.vouchers > 0) m_voucher_service.ExpireDue(CalendarDate::FromYmd(year, 10, 15));
    }

    Store& m_store;
    const TextRules& m_text;
    const DemoSpec& m_spec;
    Random m_random;
    std::size_t m_applications_wanted;
    std::size_t m_vouchers_wanted;
    std::size_t m_provider_count;
    ProgressMeter m_meter;
    ProgrammeService m_programmes;
    ApplicationService m_application_service;
    VoucherService m_voucher_service;
    Actor m_actor;
    Transaction* m_outer = nullptr;
    DemoSummary m_summary;

    Table m_table;
    std::set<std::string> m_used_codes;
    std::vector<PlannedEnterprise> m_enterprises;
    Programme m_programme;
    bool m_programme_created = false;
    std::vector<int> m_years;
    std::map<SupportContent, SupportCap> m_caps;
    std::map<std::pair<int, SupportContent>, ContentBudget> m_budget;
    std::map<std::string, bool> m_disqualified;
    std::map<FamilyKey, Money> m_family_approved;
    std::map<EnterpriseId, int> m_voucher_counts;
    std::map<SupportContent, std::vector<ProviderId>> m_providers;
    std::vector<PlannedApplication> m_plans;
    std::vector<PlannedVoucher> m_voucher_plans;
    std::string m_director;
    std::array<std::string, 2> m_deputies;
    int m_decision_number = 0;
};

}  // namespace

DemoSummary DemoGenerator::Run(const DemoSpec& spec, ProgressObserver* progress) {
    return DemoRun(m_store, m_text, m_clock, spec, progress).Execute();
}

}  // namespace innodesk::domain
