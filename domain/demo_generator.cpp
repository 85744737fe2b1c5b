// The demo generator: plans a deterministic synthetic programme in memory, then writes it through
// the ordinary services (same validation as officers' actions) inside one outer transaction.
#include "demo_generator.h"

#include "actor.h"
#include "application_service.h"
#include "decision_service.h"
#include "demo_vocabulary.h"
#include "enterprise_import.h"
#include "errors.h"
#include "ip_service.h"
#include "outcome_service.h"
#include "programme_service.h"
#include "review_service.h"
#include "training_service.h"
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

using namespace std::string_view_literals;
using demo::Region;
using demo::Sector;
using AS = ApplicationState;

constexpr std::string_view kProgrammeCode = "KH-DMST-2026-2030";
constexpr std::string_view kProgrammeName =
    "Chương trình hỗ trợ đổi mới sáng tạo trong doanh nghiệp tỉnh Khánh Hòa giai đoạn 2026–2030";
constexpr int kProgrammeStart = 2026;
constexpr int kProgrammeEnd = 2030;

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

// What enterprises protect: mostly marks, some designs and inventions, a few geographical
// indications; where they file, by type; how far the office has got (dates permitting).
constexpr std::array<Weighted<IpType>, 5> kIpTypes{{{IpType::Trademark, 66},
                                                    {IpType::IndustrialDesign, 12},
                                                    {IpType::UtilitySolution, 10},
                                                    {IpType::Patent, 7},
                                                    {IpType::GeographicalIndication, 5}}};
constexpr std::array<Weighted<IpRoute>, 3> kTrademarkRoutes{
    {{IpRoute::Domestic, 86}, {IpRoute::Madrid, 11}, {IpRoute::NationalOffice, 3}}};
constexpr std::array<Weighted<IpRoute>, 2> kPatentRoutes{{{IpRoute::Domestic, 75}, {IpRoute::Pct, 25}}};
constexpr std::array<Weighted<IpRoute>, 2> kDesignRoutes{{{IpRoute::Domestic, 94}, {IpRoute::Hague, 6}}};
constexpr std::array kForeignOffices{"US"sv, "JP"sv, "KR"sv, "CN"sv, "AU"sv, "TH"sv};
constexpr std::array<Weighted<IpStatus>, 6> kIpTargets{{{IpStatus::Filed, 8},
                                                        {IpStatus::FormalityAccepted, 17},
                                                        {IpStatus::Published, 30},
                                                        {IpStatus::Granted, 32},
                                                        {IpStatus::Refused, 8},
                                                        {IpStatus::Withdrawn, 5}}};
// The stage an office refuses at, or an applicant withdraws from.
constexpr std::array<Weighted<IpStatus>, 3> kIpStopStages{
    {{IpStatus::Filed, 30}, {IpStatus::FormalityAccepted, 20}, {IpStatus::Published, 50}}};

constexpr std::array<Weighted<EventKind>, 3> kEventKinds{
    {{EventKind::TrainingCourse, 60}, {EventKind::Workshop, 25}, {EventKind::ConnectionEvent, 15}}};
constexpr std::size_t kEnterprisesPerEvent = 200;
constexpr std::size_t kMinimumEvents = 5;

// The attendance sheet as the organiser's staff type it.
constexpr std::array<std::string_view, 3> kAttendanceHeader{"Họ và tên", "Số định danh", "Mã số thuế"};

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

// The generator produced rows its own import refuses: a bug here, not a user error.
[[noreturn]] void ThrowInvalidGenerated(const ImportRowError& first) {
    throw DomainError(first.code,
                      {"Dữ liệu mẫu không hợp lệ ở dòng " + std::to_string(first.line) + ", cột '" +
                           first.column + "' ('" + first.value + "'): " + first.reason.vi,
                       "Generated demo data is invalid at line " + std::to_string(first.line) + ", column '" +
                           first.column + "' ('" + first.value + "'): " + first.reason.en});
}

std::size_t Scaled(std::size_t enterprises, double per_enterprise) {
    return static_cast<std::size_t>(
        std::llround(static_cast<double>(enterprises) * std::max(0.0, per_enterprise)));
}

const demo::SectorProfile& ProfileOf(Sector sector) {
    for (const auto& profile : demo::Sectors())
        if (profile.sector == sector) return profile;
    throw DomainError(ErrorCode::InvalidValue, {"Ngành không xác định.", "Unknown sector."});
}

class DemoRun {
public:
    DemoRun(Store& store, const TextRules& text, const Clock& clock, const DemoSpec& spec,
            const DemoActors& actors, ProgressObserver* observer)
        : m_store(store),
          m_text(text),
          m_clock(clock),
          m_spec(spec),
          m_random(spec.seed),
          m_extra(spec.seed ^ 0x9E37'79B9'7F4A'7C15ull),
          m_applications_wanted(Scaled(spec.enterprises, spec.applications_per_enterprise)),
          m_vouchers_wanted(Scaled(spec.enterprises, spec.vouchers_per_enterprise)),
          m_provider_count(20 + spec.enterprises / 5000),
          m_ip_wanted(Scaled(spec.enterprises, spec.ip_filings_per_enterprise)),
          m_events_wanted(std::max(kMinimumEvents, spec.enterprises / kEnterprisesPerEvent)),
          m_attendances_wanted(Scaled(spec.enterprises, spec.attendance_per_enterprise)),
          m_meter(observer, 1 + m_provider_count + 2 * spec.enterprises + 3 * m_applications_wanted +
                                2 * m_vouchers_wanted + m_ip_wanted + m_events_wanted + m_attendances_wanted),
          m_programmes(store, text),
          m_application_service(store, text, clock),
          m_voucher_service(store, text, clock),
          m_ip_service(store, text, clock),
          m_training_service(store, text),
          m_review_service(store, text, clock),
          m_outcome_service(store, text, clock),
          m_decision_service(store, text, clock),
          m_actors(actors),
          m_actor(actors.officer) {
        if (m_actors.approvers.empty() || !m_actors.verifier)
            throw DomainError(ErrorCode::InvalidValue,
                              {"Tạo dữ liệu mẫu cần ít nhất một lãnh đạo ký quyết định.",
                               "Generating demo data needs at least one approver to sign decisions."});
    }

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
        FileIp();
        HoldEvents();
        m_meter.SetDone(m_meter.Total());
        m_meter.Report();
        outer->Commit();
        m_outer = nullptr;
        return m_summary;
    }

private:
    // ---- people, names, codes -------------------------------------------------------------

    std::string PersonName(bool female) { return PersonName(female, m_random); }
    static std::string PersonName(bool female, Random& random) {
        std::string name(random.PickWeighted(demo::FamilyNames()));
        name += ' ';
        name += random.Pick(female ? demo::FemaleMiddleNames() : demo::MaleMiddleNames());
        name += ' ';
        name += random.Pick(female ? demo::FemaleGivenNames() : demo::MaleGivenNames());
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
        return NewPersonalId(province_code, female, m_random);
    }
    std::string NewPersonalId(std::string_view province_code, bool female, Random& random) {
        for (;;) {
            const int born = random.Between(1960, 2004);
            const int century_digit = (born >= 2000 ? 2 : 0) + (female ? 1 : 0);
            std::string code(province_code);
            code += static_cast<char>('0' + century_digit);
            code += Padded(born % 100, 2);
            while (code.size() < 12) code += random.Digit();
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
        const ImportReport report = EnterpriseImport(m_store, m_text).Run(m_table, m_actor, options);
        if (!report.errors.empty()) ThrowInvalidGenerated(report.errors.front());
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
            m_programme = m_programmes.Create(programme, m_actor);
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
            m_programmes.SetCap(cap, m_actor);
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
                envelope = m_programmes.AddEnvelope(envelope, m_actor);
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
        SetUpReviewers();
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
            std::optional<ScorePercent> mean;
            if (plan.review_end != AS::Draft && plan.review_end != AS::Submitted) {
                m_application_service.Move(plan.id, AS::UnderReview, m_actor,
                                           "Tiếp nhận hồ sơ hợp lệ, chuyển Hội đồng tư vấn xét chọn");
                mean = ReviewApplication(plan);  // reviews are taken only while under review
            }
            // The quoted score is drawn either way, so that a seed keeps the data it gave before
            // reviews were generated; the reviews' own mean is quoted when there is one.
            if (plan.review_end == AS::Recommended) {
                const int drawn = m_random.Between(70, 92);
                m_application_service.Move(
                    plan.id, AS::Recommended, m_actor,
                    "Hội đồng đề nghị hỗ trợ, điểm đánh giá " + Quoted(mean, drawn) + "/100");
            }
            if (plan.review_end == AS::NotRecommended) {
                const int drawn = m_random.Between(40, 64);
                m_application_service.Move(
                    plan.id, AS::NotRecommended, m_actor,
                    "Hội đồng không đề nghị hỗ trợ, điểm đánh giá " + Quoted(mean, drawn) + "/100");
            }
            if (plan.withdraw && plan.verdict == Verdict::None)
                m_application_service.Move(plan.id, AS::Withdrawn, m_actor,
                                           "Doanh nghiệp có văn bản xin rút hồ sơ");
            m_meter.Advance();
        }
        m_summary.applications = created;
    }

    // ---- reviews ------------------------------------------------------------------------------

    // The council's experts, signed in as "chuyengia.<name>".
    void SetUpReviewers() {
        m_rubric = m_review_service.RubricFor(m_programme.id);
        const std::size_t count = 12 + std::min<std::size_t>(m_applications_wanted / 150, 400);
        std::set<std::string> taken;
        while (m_experts.size() < count) {
            std::string user = "chuyengia." + Slug(PersonName(m_extra.Chance(0.4), m_extra));
            if (!taken.insert(user).second) {
                user += std::to_string(taken.size());
                taken.insert(user);
            }
            m_experts.push_back(std::move(user));
        }
    }

    static Actor Reviewer(const std::string& name) { return Actor{name, Role::Officer, 0}; }

    // Scores around `percent` of each criterion's maximum.
    std::vector<CriterionScore> Scores(int percent) {
        std::vector<CriterionScore> scores;
        for (const auto& criterion : m_rubric.criteria) {
            const int spread = std::max(1, criterion.max_score / 10);
            const int score = (percent * criterion.max_score + 50) / 100 + m_extra.Between(-spread, spread);
            scores.push_back({criterion.code, std::clamp(score, 0, criterion.max_score)});
        }
        return scores;
    }

    // Two or three experts declare and score; one who declares a conflict of interest is
    // replaced. Recommended proposals score high, the others low; reviews of proposals still under
    // review may be unfinished. Returns the mean the council's minutes quote.
    std::optional<ScorePercent> ReviewApplication(const PlannedApplication& plan) {
        const bool finished = plan.review_end == AS::Recommended || plan.review_end == AS::NotRecommended;
        const int target = plan.review_end == AS::Recommended      ? m_extra.Between(72, 92)
                           : plan.review_end == AS::NotRecommended ? m_extra.Between(38, 62)
                                                                   : m_extra.Between(45, 88);
        std::size_t wanted = m_extra.Chance(0.6) ? 3 : 2;
        bool conflict_declared = false;
        std::vector<std::string> chosen;
        std::vector<Review> scored;
        while (chosen.size() < wanted) {
            const std::string& expert = m_experts[m_extra.Below(m_experts.size())];
            if (std::find(chosen.begin(), chosen.end(), expert) != chosen.end()) continue;
            chosen.push_back(expert);
            ++m_summary.reviews;
            if (!conflict_declared && m_extra.Chance(0.06)) {
                conflict_declared = true;
                m_review_service.Declare(plan.id, Reviewer(expert), true,
                                         std::string(m_extra.Pick(demo::ConflictNotes())));
                ++wanted;
                continue;
            }
            m_review_service.Declare(plan.id, Reviewer(expert), false, {});
            if (!finished && m_extra.Chance(0.4)) continue;  // not scored yet
            const int percent = std::clamp(target + m_extra.Between(-5, 5), 0, 100);
            const auto comments = percent >= 65 ? demo::FavourableComments() : demo::UnfavourableComments();
            scored.push_back(m_review_service.Score(plan.id, Reviewer(expert), Scores(percent),
                                                    std::string(m_extra.Pick(comments))));
        }
        return MeanScore(m_rubric, scored);
    }

    static std::string Quoted(const std::optional<ScorePercent>& mean, int drawn) {
        return mean ? mean->Format(Language::Vietnamese) : std::to_string(drawn);
    }

    // ---- decisions ----------------------------------------------------------------------------

    const DemoApprover& Signer() {
        const double roll = m_random.Unit();
        const auto& approvers = m_actors.approvers;
        if (roll < 0.3 || approvers.size() == 1) return approvers.front();
        return approvers[1 + static_cast<std::size_t>((roll - 0.3) / 0.7 *
                                                      static_cast<double>(approvers.size() - 1)) %
                                 (approvers.size() - 1)];
    }

    // Drafted by the officer, then signed (and so issued) by the approver named on it.
    void Issue(const Decision& decision) {
        const DemoApprover* approver = &m_actors.approvers.front();
        for (const auto& candidate : m_actors.approvers)
            if (candidate.title_and_name == decision.signer_name) approver = &candidate;
        const auto drafted = m_decision_service.Draft(decision, m_actor);
        m_decision_service.Sign(drafted.decision.id, *approver->signer, *m_actors.verifier, approver->actor);
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
        decision.signer_name = Signer().title_and_name;
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
            Issue(decision);
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
                Issue(decision);
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
        // The signers are the approvers given to the run now; these draws stay so that a seed
        // still gives the same data as before they were.
        PersonName(false);
        PersonName(false);
        PersonName(m_random.Chance(0.5));
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
                // Nine months from the decision: the acceptances of the year's later contracts fall
                // due in the next year, as the dashboard's deadlines show.
                m_application_service.Contract(
                    plan.id, Padded(contract_number, 2) + "/" + std::to_string(m_spec.year) + "/HĐ-SKHCN",
                    m_actor, plan.decided_on.AddDays(270));
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
                    RecordOutcomes(plan, day);
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

    // ---- outcomes -----------------------------------------------------------------------------

    std::vector<OutcomeKind> OutcomeKindsFor(const PlannedApplication& plan) {
        using C = SupportContent;
        const Sector sector = m_enterprises[plan.enterprise].sector;
        const bool exporter = sector == Sector::Aquaculture || sector == Sector::SeafoodProcessing ||
                              sector == Sector::BirdNest || sector == Sector::HighTechFarming ||
                              sector == Sector::IndustrialCrops;
        double technology = 0.9, product = 0.08, consulting = 0.0;
        switch (plan.content) {
            case C::Consulting:
                technology = 0.5;
                consulting = 1.0;
                break;
            case C::TestingCertification:
            case C::TradePromotion:
                technology = 0.55;
                product = plan.content == C::TradePromotion ? 0.3 : 0.08;
                break;
            case C::Commercialisation:
            case C::TechnologyTransfer:
            case C::Equipment:
            case C::OtherInnovation:
            case C::TechnologyLicence:
            case C::CooperationModel:
                product = 0.45;
                consulting = plan.content == C::TechnologyTransfer ? 0.25 : 0.0;
                break;
            case C::Intermediary:
            case C::IntellectualProperty:
                consulting = 0.25;
                break;
        }
        std::vector<OutcomeKind> kinds;
        if (m_extra.Chance(technology)) kinds.push_back(OutcomeKind::TechnologyApplied);
        if (m_extra.Chance(product)) kinds.push_back(OutcomeKind::NewProduct);
        if (plan.content == C::TestingCertification) {
            kinds.push_back(OutcomeKind::StandardAdopted);
            if (exporter && m_extra.Chance(0.25)) kinds.push_back(OutcomeKind::InternationalStandard);
        }
        if (m_extra.Chance(consulting)) kinds.push_back(OutcomeKind::InDepthConsulting);
        if (kinds.empty()) kinds.push_back(OutcomeKind::TechnologyApplied);
        return kinds;
    }

    // What an accepted application left behind, recorded soon after acceptance within its year
    // (the service takes no date after today).
    void RecordOutcomes(const PlannedApplication& plan, const CalendarDate& accepted_on) {
        const CalendarDate on = std::min({accepted_on.AddDays(m_extra.Between(0, 45)),
                                          CalendarDate::FromYmd(plan.year, 12, 31), m_clock.Today()});
        const PlannedEnterprise& enterprise = m_enterprises[plan.enterprise];
        const auto products = ProfileOf(enterprise.sector).products;
        for (const OutcomeKind kind : OutcomeKindsFor(plan)) {
            std::vector<const demo::OutcomePattern*> patterns;
            for (const auto& pattern : demo::OutcomePatterns())
                if (pattern.kind == kind) patterns.push_back(&pattern);
            EnterpriseOutcome outcome;
            outcome.enterprise_id = IdOf(plan.enterprise);
            outcome.application_id = plan.id;
            outcome.kind = kind;
            outcome.description = Fill(patterns[m_extra.Below(patterns.size())]->text, enterprise.brand,
                                       m_extra.Pick(products));
            outcome.recorded_on = on;
            outcome.year = plan.year;
            m_outcome_service.Add(outcome, m_actor);
            ++m_summary.outcomes;
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
                provider = m_voucher_service.RegisterProvider(provider, m_actor);
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
            voucher.id = m_voucher_service.Issue(request, m_actor).id;
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
            m_voucher_service.Redeem(voucher.id, redemption, m_actor);
            if (voucher.fate != VoucherFate::Reimbursed) continue;
            std::int64_t amount = std::min(voucher.share, redemption.invoice_amount).Dong();
            if (m_random.Chance(0.15)) amount = std::max(kThousand, FloorTo(amount * 9 / 10, kThousand));
            m_voucher_service.Reimburse(
                voucher.id, Dong(amount),
                std::min(year_end, redemption.invoice_date.AddDays(m_random.Between(7, 30))), m_actor);
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
            m_voucher_service.Cancel(voucher->id, reason, note, m_actor);
        }
        if (m_summary.vouchers > 0) m_voucher_service.ExpireDue(CalendarDate::FromYmd(year, 10, 15), m_actor);
    }

    // ---- IP filings ---------------------------------------------------------------------------

    struct PlannedFiling {
        std::size_t enterprise = 0;
        IpType type = IpType::Trademark;
        IpRoute route = IpRoute::Domestic;
        std::string country;
        std::string title;
        CalendarDate filed_on;
        IpStatus target = IpStatus::Filed;
        IpStatus stop_stage = IpStatus::Filed;  // where a refusal or withdrawal happens
        Money supported;
        bool exploited = false;
    };

    // The office's number as it would be printed: "4-2025-12345" at IP Viet Nam (the first digit
    // is the object type), "PCT/VN2025/050123" for PCT, the international registration number
    // for Madrid and Hague, the country's own style otherwise.
    std::string OfficeNumber(const PlannedFiling& filing, std::int64_t serial) {
        const std::string year = std::to_string(filing.filed_on.Year());
        switch (filing.route) {
            case IpRoute::Domestic: {
                const char* digit = "4";
                switch (filing.type) {
                    case IpType::Patent:
                        digit = "1";
                        break;
                    case IpType::UtilitySolution:
                        digit = "2";
                        break;
                    case IpType::IndustrialDesign:
                        digit = "3";
                        break;
                    case IpType::Trademark:
                        digit = "4";
                        break;
                    case IpType::GeographicalIndication:
                        digit = "6";
                        break;
                }
                return std::string(digit) + "-" + year + "-" + Padded(serial, 5);
            }
            case IpRoute::Pct:
                return "PCT/VN" + year + "/05" + Padded(serial % 10000, 4);
            case IpRoute::Madrid:
                return std::to_string(1'800'000 + serial);
            case IpRoute::Hague:
                return "DM/" + Padded(230'000 + serial, 6);
            case IpRoute::NationalOffice:
                return filing.country + "-" + year + "-" + Padded(serial, 6);
        }
        return {};
    }

    // The next free number of a series; a series continues where an earlier run left it.
    std::string NextOfficeNumber(const PlannedFiling& filing) {
        const auto key = std::make_tuple(filing.route, filing.type, filing.country, filing.filed_on.Year());
        auto found = m_ip_serials.find(key);
        if (found == m_ip_serials.end()) {
            const std::int64_t start = filing.route == IpRoute::Domestic ? m_extra.Between(1'000, 40'000)
                                                                         : m_extra.Between(100, 9'000);
            found = m_ip_serials.emplace(key, start).first;
        }
        for (;;) {
            found->second += m_extra.Between(1, 25);  // other applicants' filings fall in between
            std::string number = OfficeNumber(filing, found->second);
            if (!m_outer->IpFilings().FindByNumber(filing.route, filing.country, number)) return number;
        }
    }

    Money IpSupport(const PlannedFiling& filing) {
        int low = 5, high = 15;  // million đồng
        if (filing.route == IpRoute::Madrid || filing.route == IpRoute::Hague) {
            low = 30;
            high = 80;
        } else if (filing.route == IpRoute::Pct) {
            low = 100;
            high = 200;
        } else if (filing.route == IpRoute::NationalOffice) {
            low = 50;
            high = 150;
        } else if (filing.type == IpType::Patent) {
            low = 30;
            high = 60;
        } else if (filing.type == IpType::UtilitySolution) {
            low = 20;
            high = 40;
        } else if (filing.type == IpType::IndustrialDesign) {
            low = 10;
            high = 20;
        } else if (filing.type == IpType::GeographicalIndication) {
            low = 150;
            high = 400;
        }
        return Dong(static_cast<std::int64_t>(m_extra.Between(low * 2, high * 2)) * 500 * kThousand);
    }

    std::vector<PlannedFiling> PlanFilings() {
        std::vector<PlannedFiling> filings;
        // Filed in the programme year or the one before, and never after today.
        const CalendarDate today = m_clock.Today();
        CalendarDate first = CalendarDate::FromYmd(m_spec.year - 1, 1, 1);
        const CalendarDate last = std::min(CalendarDate::FromYmd(m_spec.year, 12, 31), today);
        if (last < first) first = last.AddDays(-700);
        const int span = first.DaysUntil(last);
        // Enterprises that asked for IP support file half of the filings.
        std::vector<std::size_t> applicants;
        for (const auto& plan : m_plans)
            if (plan.content == SupportContent::IntellectualProperty) applicants.push_back(plan.enterprise);
        std::set<std::string_view> indications_used;
        for (std::size_t i = 0; i < m_ip_wanted; ++i) {
            PlannedFiling filing;
            filing.enterprise = !applicants.empty() && m_extra.Chance(0.5)
                                    ? applicants[m_extra.Below(applicants.size())]
                                    : m_extra.Below(m_enterprises.size());
            const PlannedEnterprise& enterprise = m_enterprises[filing.enterprise];
            const unsigned bit = demo::SectorBit(enterprise.sector);
            filing.type = m_extra.PickWeighted(kIpTypes);
            if (filing.type == IpType::GeographicalIndication) {
                // Each indication is registered once, by a producer of its region's product.
                filing.type = IpType::Trademark;
                for (const auto& indication : demo::GeographicalIndications())
                    if ((indication.sectors & bit) != 0 && indications_used.insert(indication.name).second) {
                        filing.type = IpType::GeographicalIndication;
                        filing.title = std::string(indication.name);
                        break;
                    }
            }
            if (filing.title.empty()) {
                std::vector<const demo::IpTitlePattern*> patterns;
                for (const auto& pattern : demo::IpTitlePatterns())
                    if (pattern.type == filing.type && (pattern.sectors & bit) != 0)
                        patterns.push_back(&pattern);
                filing.title = Fill(patterns[m_extra.Below(patterns.size())]->text, enterprise.brand,
                                    m_extra.Pick(ProfileOf(enterprise.sector).products));
            }
            switch (filing.type) {
                case IpType::Trademark:
                    filing.route = m_extra.PickWeighted(kTrademarkRoutes);
                    break;
                case IpType::Patent:
                    filing.route = m_extra.PickWeighted(kPatentRoutes);
                    break;
                case IpType::IndustrialDesign:
                    filing.route = m_extra.PickWeighted(kDesignRoutes);
                    break;
                case IpType::UtilitySolution:  // protected in Viet Nam only
                case IpType::GeographicalIndication:
                    filing.route = IpRoute::Domestic;
                    break;
            }
            if (filing.route == IpRoute::Domestic) filing.country = "VN";
            if (filing.route == IpRoute::NationalOffice)
                filing.country =
                    std::string(m_extra.Pick(std::span<const std::string_view>(kForeignOffices)));
            filing.filed_on = first.AddDays(m_extra.Between(0, span));
            filing.target = m_extra.PickWeighted(kIpTargets);
            filing.stop_stage = m_extra.PickWeighted(kIpStopStages);
            filing.supported = IpSupport(filing);
            filing.exploited = m_extra.Chance(0.45);
            filings.push_back(std::move(filing));
        }
        // Office numbers follow the filing dates.
        std::stable_sort(filings.begin(), filings.end(), [](const PlannedFiling& a, const PlannedFiling& b) {
            return a.filed_on < b.filed_on;
        });
        return filings;
    }

    // Days from one step of the office to the next, by what the step is and what is examined.
    std::pair<int, int> StepDays(IpType type, IpStatus to, IpStatus from) {
        const bool invention = type == IpType::Patent || type == IpType::UtilitySolution;
        switch (to) {
            case IpStatus::FormalityAccepted:
                return {20, 60};
            case IpStatus::Published:
                return invention ? std::pair{90, 300} : std::pair{30, 75};
            case IpStatus::Granted:
                return invention ? std::pair{200, 450} : std::pair{120, 330};
            case IpStatus::Refused:
                return from == IpStatus::Published ? std::pair{120, 330} : std::pair{20, 90};
            default:
                return {15, 120};
        }
    }

    static std::string StatusNote(IpStatus to, IpRoute route) {
        const bool international =
            route == IpRoute::Madrid || route == IpRoute::Hague || route == IpRoute::Pct;
        switch (to) {
            case IpStatus::FormalityAccepted:
                return international ? "Văn phòng quốc tế WIPO ghi nhận đơn hợp lệ"
                                     : "Thông báo chấp nhận đơn hợp lệ";
            case IpStatus::Published:
                return international ? "Đơn được công bố quốc tế"
                                     : "Công bố trên Công báo Sở hữu công nghiệp";
            case IpStatus::Granted:
                return "Quyết định cấp văn bằng bảo hộ";
            case IpStatus::Refused:
                return "Thông báo từ chối cấp văn bằng bảo hộ do không đáp ứng điều kiện bảo hộ";
            case IpStatus::Withdrawn:
                return "Người nộp đơn có văn bản rút đơn";
            default:
                return {};
        }
    }

    // Each filing follows the office's steps towards its planned status; a step that would fall
    // after today has not happened yet, and the filing waits there.
    void FileIp() {
        if (m_enterprises.empty() || m_ip_wanted == 0) return;
        const CalendarDate today = m_clock.Today();
        for (const PlannedFiling& planned : PlanFilings()) {
            m_meter.Advance();
            IpFiling filing;
            filing.enterprise_id = IdOf(planned.enterprise);
            filing.type = planned.type;
            filing.route = planned.route;
            filing.country = planned.country;
            filing.title = planned.title;
            filing.filed_on = planned.filed_on;
            filing.supported_amount = planned.supported;
            filing.programme_id = m_programme.id;
            // Madrid and Hague numbers come from WIPO once it has examined the form.
            const bool numbered_later = planned.route == IpRoute::Madrid || planned.route == IpRoute::Hague;
            if (!numbered_later) filing.application_number = NextOfficeNumber(planned);
            filing = m_ip_service.Add(filing, m_actor);
            ++m_summary.ip_filings;

            std::vector<IpStatus> path;
            const auto stage_rank = [](IpStatus status) {
                return status == IpStatus::Filed ? 0 : status == IpStatus::FormalityAccepted ? 1 : 2;
            };
            switch (planned.target) {
                case IpStatus::Refused:
                case IpStatus::Withdrawn:
                    for (const IpStatus step : {IpStatus::FormalityAccepted, IpStatus::Published})
                        if (stage_rank(step) <= stage_rank(planned.stop_stage)) path.push_back(step);
                    path.push_back(planned.target);
                    break;
                default:
                    for (const IpStatus step :
                         {IpStatus::FormalityAccepted, IpStatus::Published, IpStatus::Granted})
                        if (static_cast<int>(step) <= static_cast<int>(planned.target)) path.push_back(step);
                    break;
            }
            CalendarDate on = filing.filed_on;
            for (const IpStatus to : path) {
                const auto [low, high] = StepDays(planned.type, to, filing.status);
                const CalendarDate next = on.AddDays(m_extra.Between(low, high));
                if (today < next) break;
                IpStatusUpdate update;
                update.to = to;
                update.on = next;
                update.note = StatusNote(to, planned.route);
                if (numbered_later && to == IpStatus::FormalityAccepted)
                    update.application_number = NextOfficeNumber(planned);
                filing = m_ip_service.UpdateStatus(filing.id, update, m_actor);
                on = next;
            }
            if (filing.status == IpStatus::Granted && planned.exploited)
                m_ip_service.SetExploited(filing.id, true, m_actor);
        }
    }

    // ---- training courses and events ----------------------------------------------------------

    std::vector<TrainingEvent> PlanEvents(std::vector<double>& shares) {
        std::vector<TrainingEvent> events;
        for (std::size_t i = 0; i < m_events_wanted; ++i) {
            TrainingEvent event;
            event.programme_id = m_programme.id;
            event.kind = m_extra.PickWeighted(kEventKinds);
            std::vector<std::string_view> titles;
            for (const auto& pattern : demo::EventPatterns())
                if (pattern.kind == event.kind) titles.push_back(pattern.title);
            event.title = std::string(titles[m_extra.Below(titles.size())]);
            // From March to mid-November, courses over one to three days.
            event.starts_on = CalendarDate::FromYmd(m_spec.year, 3, 1).AddDays(m_extra.Between(0, 255));
            const int days = event.kind == EventKind::TrainingCourse    ? m_extra.Between(0, 2)
                             : event.kind == EventKind::ConnectionEvent ? m_extra.Between(0, 1)
                                                                        : 0;
            event.ends_on = event.starts_on.AddDays(days);
            event.location = std::string(m_extra.Pick(demo::EventVenues()));
            event.organiser = std::string(m_extra.Pick(demo::EventOrganisers()));
            events.push_back(std::move(event));
        }
        std::stable_sort(events.begin(), events.end(), [](const TrainingEvent& a, const TrainingEvent& b) {
            return a.starts_on < b.starts_on;
        });
        // A course held more than once in the year is numbered by session, in date order.
        std::map<std::string, int> held, session;
        for (const auto& event : events) ++held[event.title];
        for (auto& event : events) {
            const bool repeated = held[event.title] > 1;
            const int number = ++session[event.title];
            event.title += " năm " + std::to_string(m_spec.year);
            if (repeated) event.title += " (đợt " + std::to_string(number) + ")";
            // Workshops and connection events draw larger audiences than a class.
            const double size = event.kind == EventKind::TrainingCourse ? 1.0
                                : event.kind == EventKind::Workshop     ? 1.6
                                                                        : 1.3;
            shares.push_back(size * (0.6 + 0.8 * m_extra.Unit()));
        }
        return events;
    }

    // One event's sign-in sheet: most attendees represent an enterprise (its tax code links them),
    // some give their personal ID; nobody signs twice.
    Table AttendanceSheet(std::size_t count) {
        Table sheet;
        sheet.header.assign(kAttendanceHeader.begin(), kAttendanceHeader.end());
        sheet.rows.reserve(count);
        std::set<std::string> people;
        const auto regions = demo::Regions();
        while (sheet.rows.size() < count) {
            const bool female = m_extra.Chance(0.45);
            std::string name = PersonName(female, m_extra);
            std::string tax_code;
            if (!m_enterprises.empty() && m_extra.Chance(0.85))
                tax_code = m_enterprises[m_extra.Below(m_enterprises.size())].tax_code;
            std::string personal_id;
            if (m_extra.Chance(0.25)) {
                const auto& region = m_extra.Chance(0.8) ? demo::RegionOf(Region::KhanhHoa)
                                                         : regions[m_extra.Below(regions.size())];
                personal_id = NewPersonalId(region.id_prefix, female, m_extra);
            }
            // The service's own notion of the same person (PersonKey), checked before it refuses.
            const std::string key =
                personal_id.empty()
                    ? PersonKey(std::nullopt, m_text.SearchFold(name),
                                tax_code.empty() ? std::string() : TaxCode::Parse(tax_code).Value())
                    : PersonKey(personal_id, {}, {});
            if (!people.insert(key).second) continue;
            sheet.rows.push_back({sheet.rows.size() + 2, {std::move(name), personal_id, tax_code}});
        }
        return sheet;
    }

    void HoldEvents() {
        std::vector<double> shares;
        std::vector<TrainingEvent> events = PlanEvents(shares);
        double total_share = 0;
        for (const double share : shares) total_share += share;
        // Person-times shared out by event size; the rounding remainder goes to the first events.
        std::vector<std::size_t> counts;
        std::size_t assigned = 0;
        for (const double share : shares) {
            counts.push_back(
                static_cast<std::size_t>(static_cast<double>(m_attendances_wanted) * share / total_share));
            assigned += counts.back();
        }
        for (std::size_t i = 0; assigned < m_attendances_wanted; i = (i + 1) % counts.size(), ++assigned)
            ++counts[i];

        for (std::size_t i = 0; i < events.size(); ++i) {
            const TrainingEvent event = m_training_service.AddEvent(events[i], m_actor);
            ++m_summary.events;
            m_meter.Advance();
            if (counts[i] == 0) continue;
            const Table sheet = AttendanceSheet(counts[i]);
            const std::size_t base = m_meter.Done();
            OffsetObserver observer(m_meter, base);
            ImportOptions options;
            options.all_or_nothing = true;
            options.progress = &observer;
            const AttendanceImportReport report =
                m_training_service.ImportAttendance(event.id, sheet, m_actor, options);
            if (!report.errors.empty()) ThrowInvalidGenerated(report.errors.front());
            m_summary.attendances += report.inserted;
            m_meter.SetDone(base + sheet.rows.size());
        }
    }

    Store& m_store;
    const TextRules& m_text;
    const Clock& m_clock;
    const DemoSpec& m_spec;
    Random m_random;
    // A second stream for the reviews, outcomes, IP filings and training added later, so that a
    // seed still gives the enterprises, applications and vouchers it gave before.
    Random m_extra;
    std::size_t m_applications_wanted;
    std::size_t m_vouchers_wanted;
    std::size_t m_provider_count;
    std::size_t m_ip_wanted;
    std::size_t m_events_wanted;
    std::size_t m_attendances_wanted;
    ProgressMeter m_meter;
    ProgrammeService m_programmes;
    ApplicationService m_application_service;
    VoucherService m_voucher_service;
    IpService m_ip_service;
    TrainingService m_training_service;
    ReviewService m_review_service;
    OutcomeService m_outcome_service;
    DecisionService m_decision_service;
    const DemoActors& m_actors;
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
    int m_decision_number = 0;
    Rubric m_rubric;
    std::vector<std::string> m_experts;
    std::map<std::tuple<IpRoute, IpType, std::string, int>, std::int64_t> m_ip_serials;
};

}  // namespace

DemoSummary DemoGenerator::Run(const DemoSpec& spec, const DemoActors& actors, ProgressObserver* progress) {
    return DemoRun(m_store, m_text, m_clock, spec, actors, progress).Execute();
}

}  // namespace innodesk::domain
