// The IP filings' planner: filings, office numbers, status steps.
#include "demo/ip_planner.h"

#include "demo/amounts.h"
#include "demo/names.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace innodesk::demo {

using namespace domain;  // the planners speak the domain's language throughout

namespace {

using namespace std::string_view_literals;

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

class IpPlanner {
public:
    explicit IpPlanner(DemoRun& run) : m_run(run) {}

    // Each filing follows the office's steps towards its planned status; a step that would fall
    // after today has not happened yet, and the filing waits there.
    void FileIp() {
        if (m_run.enterprises.empty() || m_run.volumes.ip_filings == 0) return;
        const CalendarDate today = m_run.clock.Today();
        for (const PlannedFiling& planned : PlanFilings()) {
            m_run.meter.Advance();
            IpFiling filing;
            filing.enterprise_id = m_run.IdOf(planned.enterprise);
            filing.type = planned.type;
            filing.route = planned.route;
            filing.country = planned.country;
            filing.title = planned.title;
            filing.filed_on = planned.filed_on;
            filing.supported_amount = planned.supported;
            filing.programme_id = m_run.programme.id;
            // Madrid and Hague numbers come from WIPO once it has examined the form.
            const bool numbered_later = planned.route == IpRoute::Madrid || planned.route == IpRoute::Hague;
            if (!numbered_later) filing.application_number = NextOfficeNumber(planned);
            filing = m_run.ip_service.Add(filing, m_run.actor);
            ++m_run.summary.ip_filings;

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
                const CalendarDate next = on.AddDays(m_run.extra.Between(low, high));
                if (today < next) break;
                IpStatusUpdate update;
                update.to = to;
                update.on = next;
                update.note = StatusNote(to, planned.route);
                if (numbered_later && to == IpStatus::FormalityAccepted)
                    update.application_number = NextOfficeNumber(planned);
                filing = m_run.ip_service.UpdateStatus(filing.id, update, m_run.actor);
                on = next;
            }
            if (filing.status == IpStatus::Granted && planned.exploited)
                m_run.ip_service.SetExploited(filing.id, true, m_run.actor);
        }
    }

private:
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
            const std::int64_t start = filing.route == IpRoute::Domestic ? m_run.extra.Between(1'000, 40'000)
                                                                         : m_run.extra.Between(100, 9'000);
            found = m_ip_serials.emplace(key, start).first;
        }
        for (;;) {
            found->second += m_run.extra.Between(1, 25);  // other applicants' filings fall in between
            std::string number = OfficeNumber(filing, found->second);
            if (!m_run.outer->IpFilings().FindByNumber(filing.route, filing.country, number)) return number;
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
        return Dong(static_cast<std::int64_t>(m_run.extra.Between(low * 2, high * 2)) * 500 * kThousand);
    }

    // What is filed, under what title, and where: a geographical indication once per name, by a
    // producer of its region's product; other titles from the sector's patterns.
    void ChooseTypeTitleAndRoute(PlannedFiling& filing, std::set<std::string_view>& indications_used) {
        const PlannedEnterprise& enterprise = m_run.enterprises[filing.enterprise];
        const unsigned bit = SectorBit(enterprise.sector);
        filing.type = m_run.extra.PickWeighted(kIpTypes);
        if (filing.type == IpType::GeographicalIndication) {
            // Each indication is registered once, by a producer of its region's product.
            filing.type = IpType::Trademark;
            for (const auto& indication : GeographicalIndications())
                if ((indication.sectors & bit) != 0 && indications_used.insert(indication.name).second) {
                    filing.type = IpType::GeographicalIndication;
                    filing.title = std::string(indication.name);
                    break;
                }
        }
        if (filing.title.empty()) {
            std::vector<const IpTitlePattern*> patterns;
            for (const auto& pattern : IpTitlePatterns())
                if (pattern.type == filing.type && (pattern.sectors & bit) != 0) patterns.push_back(&pattern);
            filing.title = Fill(patterns[m_run.extra.Below(patterns.size())]->text, enterprise.brand,
                                m_run.extra.Pick(ProfileOf(enterprise.sector).products));
        }
        switch (filing.type) {
            case IpType::Trademark:
                filing.route = m_run.extra.PickWeighted(kTrademarkRoutes);
                break;
            case IpType::Patent:
                filing.route = m_run.extra.PickWeighted(kPatentRoutes);
                break;
            case IpType::IndustrialDesign:
                filing.route = m_run.extra.PickWeighted(kDesignRoutes);
                break;
            case IpType::UtilitySolution:  // protected in Viet Nam only
            case IpType::GeographicalIndication:
                filing.route = IpRoute::Domestic;
                break;
        }
    }

    std::vector<PlannedFiling> PlanFilings() {
        std::vector<PlannedFiling> filings;
        // Filed in the programme year or the one before, and never after today.
        const CalendarDate today = m_run.clock.Today();
        CalendarDate first = CalendarDate::FromYmd(m_run.spec.year - 1, 1, 1);
        const CalendarDate last = std::min(CalendarDate::FromYmd(m_run.spec.year, 12, 31), today);
        if (last < first) first = last.AddDays(-700);
        const int span = first.DaysUntil(last);
        // Enterprises that asked for IP support file half of the filings.
        std::vector<std::size_t> applicants;
        for (const auto& plan : m_run.plans)
            if (plan.content == SupportContent::IntellectualProperty) applicants.push_back(plan.enterprise);
        std::set<std::string_view> indications_used;
        for (std::size_t i = 0; i < m_run.volumes.ip_filings; ++i) {
            PlannedFiling filing;
            filing.enterprise = !applicants.empty() && m_run.extra.Chance(0.5)
                                    ? applicants[m_run.extra.Below(applicants.size())]
                                    : m_run.extra.Below(m_run.enterprises.size());
            ChooseTypeTitleAndRoute(filing, indications_used);
            if (filing.route == IpRoute::Domestic) filing.country = "VN";
            if (filing.route == IpRoute::NationalOffice)
                filing.country =
                    std::string(m_run.extra.Pick(std::span<const std::string_view>(kForeignOffices)));
            filing.filed_on = first.AddDays(m_run.extra.Between(0, span));
            filing.target = m_run.extra.PickWeighted(kIpTargets);
            filing.stop_stage = m_run.extra.PickWeighted(kIpStopStages);
            filing.supported = IpSupport(filing);
            filing.exploited = m_run.extra.Chance(0.45);
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

    DemoRun& m_run;
    std::map<std::tuple<IpRoute, IpType, std::string, int>, std::int64_t> m_ip_serials;
};

}  // namespace

void FileIp(DemoRun& run) {
    IpPlanner(run).FileIp();
}

}  // namespace innodesk::demo
