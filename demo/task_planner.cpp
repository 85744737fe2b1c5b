// The tasks' planner: organisations, the tasks' envelopes, then each task through TaskService and
// its acceptance through DecisionService, step by step until a step would fall after today.
#include "demo/task_planner.h"

#include "demo/amounts.h"
#include "demo/demo_vocabulary.h"
#include "demo/names.h"
#include "domain/errors.h"
#include "domain/task_service.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace innodesk::demo {

using namespace domain;  // the planners speak the domain's language throughout

namespace {

// Organisations of Khánh Hòa that lead the tasks enterprises do not.
struct OrganisationSeed {
    std::string_view name;
    OrganisationKind kind;
    std::string_view address;
    std::string_view contact;
};
constexpr std::array<OrganisationSeed, 5> kOrganisations{{
    {"Viện Nghiên cứu và Ứng dụng công nghệ Nha Trang", OrganisationKind::ResearchInstitute,
     "02 Hùng Vương, phường Nha Trang, tỉnh Khánh Hòa", "Phòng Kế hoạch – Tổng hợp, 0258 3822 135"},
    {"Trường Đại học Nha Trang", OrganisationKind::University,
     "02 Nguyễn Đình Chiểu, phường Bắc Nha Trang, tỉnh Khánh Hòa",
     "Phòng Khoa học – Công nghệ, 0258 3831 148"},
    {"Trung tâm Ứng dụng tiến bộ khoa học và công nghệ Khánh Hòa", OrganisationKind::PublicServiceUnit,
     "04 Phan Chu Trinh, phường Nha Trang, tỉnh Khánh Hòa", "Giám đốc trung tâm, 0258 3523 621"},
    {"Viện Hải dương học", OrganisationKind::ResearchInstitute,
     "01 Cầu Đá, phường Nam Nha Trang, tỉnh Khánh Hòa", "Phòng Quản lý khoa học, 0258 3590 036"},
    {"Trung tâm Khuyến nông tỉnh Khánh Hòa", OrganisationKind::PublicServiceUnit,
     "25 Yersin, phường Nha Trang, tỉnh Khánh Hòa", "Phòng Kỹ thuật, 0258 3827 462"},
}};

// What a task is about: its title, what it delivers and who will apply it, who ordered it.
struct Topic {
    std::string_view title;
    OutputKind kind;
    int quantity;
    std::string_view output;
    std::string_view applying_unit;
    std::string_view ordering_unit;
    Sector sector;             // an enterprise of this sector leads it, when an enterprise does
    std::size_t organisation;  // the organisation (kOrganisations) that leads it otherwise
};
constexpr std::string_view kDost = "Sở Khoa học và Công nghệ tỉnh Khánh Hòa";
constexpr std::string_view kAgriculture = "Sở Nông nghiệp và Môi trường tỉnh Khánh Hòa";
constexpr std::string_view kTourism = "Sở Văn hóa, Thể thao và Du lịch tỉnh Khánh Hòa";
constexpr std::string_view kHealth = "Sở Y tế tỉnh Khánh Hòa";
constexpr std::string_view kIndustry = "Sở Công Thương tỉnh Khánh Hòa";
constexpr std::array<Topic, 21> kTopics{{
    {"Nghiên cứu quy trình nuôi tôm hùm bông lồng bè ứng dụng thức ăn công nghiệp tại vịnh Cam Ranh",
     OutputKind::Process, 1, "Quy trình nuôi tôm hùm bông bằng thức ăn công nghiệp",
     "Hợp tác xã nuôi trồng thủy sản Cam Ranh", kAgriculture, Sector::Aquaculture, 1},
    {"Ứng dụng công nghệ IoT giám sát môi trường ao nuôi tôm thẻ chân trắng vùng Vạn Ninh",
     OutputKind::DigitalSolution, 1, "Hệ thống quan trắc môi trường ao nuôi kết nối điện thoại",
     "Các hộ nuôi tôm xã Vạn Ninh", kAgriculture, Sector::Aquaculture, 1},
    {"Xây dựng mô hình sản xuất nước yến sào chức năng từ yến đảo Khánh Hòa", OutputKind::Product, 2,
     "Sản phẩm nước yến chức năng đạt tiêu chuẩn cơ sở", "Công ty Yến sào Khánh Hòa", kIndustry,
     Sector::BirdNest, 0},
    {"Nghiên cứu chiết xuất collagen từ da cá ngừ đại dương phục vụ chế biến thực phẩm chức năng",
     OutputKind::Technology, 1, "Quy trình công nghệ chiết xuất collagen quy mô 50 kg/mẻ",
     "Doanh nghiệp chế biến thủy sản tỉnh Khánh Hòa", kDost, Sector::SeafoodProcessing, 1},
    {"Xây dựng nền tảng bản đồ số du lịch thông minh vịnh Nha Trang", OutputKind::DigitalSolution, 1,
     "Nền tảng bản đồ số và ứng dụng di động cho du khách", "Trung tâm Xúc tiến du lịch tỉnh", kTourism,
     Sector::Tourism, 2},
    {"Ứng dụng điện mặt trời áp mái kết hợp lưu trữ cho cơ sở chế biến hải sản quy mô vừa", OutputKind::Model,
     1, "Mô hình điện mặt trời áp mái có lưu trữ 100 kWp", "Cơ sở chế biến hải sản phường Nha Trang",
     kIndustry, Sector::SeafoodProcessing, 0},
    {"Nghiên cứu chọn tạo giống xoài Úc chịu hạn cho vùng Cam Lâm, Khánh Sơn", OutputKind::Product, 2,
     "Giống xoài được công nhận cây đầu dòng", "Các hợp tác xã trồng xoài Cam Lâm", kAgriculture,
     Sector::HighTechFarming, 4},
    {"Phát triển chế phẩm vi sinh xử lý nước thải chế biến tinh bột sắn", OutputKind::Product, 1,
     "Chế phẩm vi sinh xử lý nước thải, 500 lít/mẻ", "Nhà máy tinh bột sắn Khánh Sơn", kAgriculture,
     Sector::IndustrialCrops, 2},
    {"Xây dựng hệ thống truy xuất nguồn gốc sản phẩm OCOP tỉnh Khánh Hòa", OutputKind::DigitalSolution, 1,
     "Hệ thống truy xuất nguồn gốc cho sản phẩm OCOP", "Các chủ thể OCOP của tỉnh", kIndustry,
     Sector::Software, 2},
    {"Nghiên cứu phục hồi rạn san hô khu bảo tồn biển Hòn Mun", OutputKind::Model, 1,
     "Mô hình phục hồi 2 ha rạn san hô", "Ban Quản lý vịnh Nha Trang", kAgriculture, Sector::Aquaculture, 3},
    {"Ứng dụng trí tuệ nhân tạo hỗ trợ sàng lọc bệnh võng mạc đái tháo đường tại tuyến huyện",
     OutputKind::DigitalSolution, 1, "Phần mềm sàng lọc ảnh đáy mắt", "Bệnh viện Đa khoa tỉnh Khánh Hòa",
     kHealth, Sector::Software, 0},
    {"Hoàn thiện công nghệ sản xuất nước mắm Nha Trang giảm muối quy mô công nghiệp", OutputKind::Technology,
     1, "Công nghệ lên men chượp giảm muối", "Các cơ sở sản xuất nước mắm Nha Trang", kIndustry,
     Sector::FoodProcessing, 1},
    {"Xây dựng mô hình nuôi hàu Thái Bình Dương trên giàn bè chịu sóng tại đầm Thủy Triều", OutputKind::Model,
     1, "Mô hình nuôi hàu 1 ha và quy trình kỹ thuật", "Hộ nuôi hàu xã Cam Hải", kAgriculture,
     Sector::Aquaculture, 3},
    {"Nghiên cứu sản xuất than sinh học từ phụ phẩm vỏ dừa, vỏ hạt điều", OutputKind::Product, 1,
     "Than sinh học đạt tiêu chuẩn phân bón hữu cơ", "Hợp tác xã nông nghiệp Diên Khánh", kDost,
     Sector::IndustrialCrops, 0},
    {"Số hóa di sản văn hóa Chăm tại tháp Bà Ponagar phục vụ du lịch", OutputKind::DigitalSolution, 1,
     "Kho dữ liệu số và tour thực tế ảo", "Ban Quản lý di tích tỉnh Khánh Hòa", kTourism, Sector::Tourism, 2},
    {"Nghiên cứu tiêu chuẩn cơ sở cho sản phẩm yến sào chế biến sâu", OutputKind::Standard, 3,
     "Tiêu chuẩn cơ sở cho ba dòng sản phẩm yến", "Các doanh nghiệp yến sào Khánh Hòa", kDost,
     Sector::BirdNest, 2},
    {"Ứng dụng công nghệ sinh học sản xuất giống sâm Ngọc Linh trồng dưới tán rừng Khánh Sơn",
     OutputKind::Process, 1, "Quy trình nhân giống và trồng dưới tán rừng",
     "Ban Quản lý rừng phòng hộ Khánh Sơn", kAgriculture, Sector::HighTechFarming, 4},
    {"Xây dựng hệ thống cảnh báo sớm sạt lở, lũ quét cho các xã miền núi", OutputKind::DigitalSolution, 1,
     "Hệ thống cảnh báo sớm với 12 trạm đo mưa tự động", "Ủy ban nhân dân các xã miền núi", kAgriculture,
     Sector::Software, 0},
    {"Đào tạo kỹ năng quản trị đổi mới sáng tạo cho doanh nghiệp nhỏ và vừa", OutputKind::TrainedPeople, 60,
     "Học viên được cấp chứng nhận quản trị đổi mới sáng tạo", "Hiệp hội Doanh nghiệp tỉnh", kDost,
     Sector::Trade, 1},
    {"Nghiên cứu chế biến bột rong nho sấy lạnh giữ màu và dinh dưỡng", OutputKind::Product, 2,
     "Sản phẩm bột rong nho sấy lạnh", "Cơ sở nuôi rong nho Ninh Hòa", kIndustry, Sector::FoodProcessing, 1},
    {"Xây dựng cơ sở dữ liệu chỉ dẫn địa lý và bảo hộ nhãn hiệu tập thể cho sản phẩm đặc thù",
     OutputKind::IntellectualProperty, 2, "Đơn đăng ký nhãn hiệu tập thể được chấp nhận",
     "Các hội sản xuất tỉnh Khánh Hòa", kDost, Sector::Trade, 2},
}};

// How far a task gets, at most: the clock may stop it earlier.
enum class Fate { Proposed, Awarded, InProgress, Accepted, Failed, Transferred, Applied, Terminated };

// One task's part in the set: the year relative to the demo's, and what happens to it.
struct Script {
    int year_offset;  // -2, -1, 0
    TaskLevel level;
    AwardMode mode;
    Fate fate;
    int months;  // the contract's length
    bool organisation_lead;
    bool co_funded;
    bool outputs;
    bool extended = false;
    bool late_reports = false;  // its milestones reported after their dates
    bool overdue_open = false;  // its second milestone left unreported
    bool linked = false;        // delivered with a support application of its lead
    bool excellent = false;     // acceptance result
};

using TL = TaskLevel;
using AM = AwardMode;
// The set, fixed so that every demo has the mix a programme officer expects to see.
const std::array<Script, 21> kScripts{{
    // Two years before the demo year: most are over.
    {-2, TL::Provincial, AM::Ordering, Fate::Applied, 12, false, true, true},
    {-2, TL::Provincial, AM::Ordering, Fate::Accepted, 13, false, true, true, false, false, false, false,
     true},
    {-2, TL::Provincial, AM::Selection, Fate::Failed, 12, true, false, true, false, true},
    {-2, TL::Provincial, AM::Ordering, Fate::Terminated, 18, false, true, true},
    {-2, TL::Provincial, AM::DirectAssignment, Fate::InProgress, 20, true, false, true, true, true},
    {-2, TL::Grassroots, AM::Selection, Fate::Accepted, 8, true, false, true},
    {-2, TL::Grassroots, AM::Ordering, Fate::Transferred, 8, false, true, false},
    // The year before: under way.
    {-1, TL::Provincial, AM::Ordering, Fate::InProgress, 18, false, true, true, false, false, true, true},
    {-1, TL::Provincial, AM::Ordering, Fate::InProgress, 20, true, true, true, false, true},
    {-1, TL::Provincial, AM::Selection, Fate::InProgress, 18, false, true, true},
    {-1, TL::Provincial, AM::Ordering, Fate::InProgress, 24, true, false, true},
    {-1, TL::Provincial, AM::Selection, Fate::InProgress, 18, false, false, false},
    {-1, TL::Grassroots, AM::Selection, Fate::Accepted, 7, true, false, true},
    {-1, TL::Grassroots, AM::DirectAssignment, Fate::InProgress, 12, true, false, true},
    // The demo year: the programme's first provincial tasks under way (000 plans "khoảng 05"),
    // one still being awarded; the grassroots ones proposed.
    {0, TL::Provincial, AM::Ordering, Fate::InProgress, 18, false, true, true, false, false, false, true},
    {0, TL::Provincial, AM::Ordering, Fate::InProgress, 18, true, true, true},
    {0, TL::Provincial, AM::Selection, Fate::InProgress, 18, false, true, true},
    {0, TL::Provincial, AM::Ordering, Fate::InProgress, 24, true, false, true},
    {0, TL::Provincial, AM::Selection, Fate::Awarded, 18, false, false, true},
    {0, TL::Grassroots, AM::Ordering, Fate::Proposed, 9, true, false, true},
    {0, TL::Grassroots, AM::Selection, Fate::Proposed, 9, false, false, false},
}};

bool Reaches(Fate fate, Fate step) {
    const auto rank = [](Fate f) {
        switch (f) {
            case Fate::Proposed:
                return 0;
            case Fate::Awarded:
                return 1;
            case Fate::InProgress:
            case Fate::Terminated:
                return 2;
            case Fate::Accepted:
            case Fate::Failed:
                return 3;
            case Fate::Transferred:
                return 4;
            case Fate::Applied:
                return 5;
        }
        return 0;
    };
    return rank(fate) >= rank(step);
}

constexpr std::array<std::string_view, 3> kMilestoneContent{
    "Khảo sát, đánh giá hiện trạng và hoàn thiện thuyết minh chi tiết",
    "Triển khai thử nghiệm, xây dựng mô hình và đánh giá kết quả trung gian",
    "Hoàn thiện sản phẩm, hội thảo khoa học và báo cáo tổng kết"};
constexpr std::array<std::string_view, 3> kMilestoneProduct{
    "Báo cáo khảo sát và thuyết minh chi tiết", "Mô hình thử nghiệm và báo cáo kết quả trung gian",
    "Sản phẩm hoàn thiện và báo cáo tổng hợp kết quả"};

class TaskPlanner {
public:
    explicit TaskPlanner(DemoRun& run)
        : m_run(run),
          m_random(run.spec.seed ^ 0x7A5C'0016'D00D'F00Dull),
          m_tasks(run.store, run.text, run.clock),
          m_today(run.clock.Today()) {}

    void PlanTasks() {
        // A second run finds the tasks of the first and leaves them as they are: the tasks are
        // the province's few a year, not something a run adds to.
        if (m_run.outer->Tasks().Count({}) > 0) return;
        AddOrganisations();
        std::vector<Planned> planned = PlanAll();
        OpenEnvelopes(planned);
        m_decision_number = 400 + m_random.Between(0, 40);
        for (auto& task : planned) CarryOut(task);
    }

private:
    struct Planned {
        Script script;
        Task task;
        std::optional<ApplicationId> application;  // linked once the task is proposed
        CalendarDate proposed_on;
    };

    void AddOrganisations() {
        for (const auto& seed : kOrganisations) {
            if (auto existing = m_run.outer->Organisations().FindByName(std::string(seed.name))) {
                m_organisations.push_back(*existing);
                continue;
            }
            Organisation organisation;
            organisation.name = std::string(seed.name);
            organisation.kind = seed.kind;
            organisation.address = std::string(seed.address);
            organisation.contact = std::string(seed.contact);
            m_organisations.push_back(m_tasks.AddOrganisation(organisation, m_run.actor));
            ++m_run.summary.organisations;
        }
    }

    // The programme paying a year's tasks: the run's programme for its own period, and for the
    // years before it the province's programme of the previous five-year period.
    const Programme& ProgrammeFor(int year) {
        if (year >= m_run.programme.start_year && year <= m_run.programme.end_year) return m_run.programme;
        if (m_earlier) return *m_earlier;
        const int end = m_run.programme.start_year - 1;
        const int start = end - 4;
        const std::string code = "KH-KHCN-" + std::to_string(start) + "-" + std::to_string(end);
        if (auto existing = m_run.outer->Programmes().FindByCode(code)) {
            m_earlier = *existing;
        } else {
            Programme programme;
            programme.code = code;
            programme.name =
                "Chương trình khoa học, công nghệ và đổi mới sáng tạo tỉnh Khánh Hòa giai đoạn " +
                std::to_string(start) + "–" + std::to_string(end);
            programme.start_year = start;
            programme.end_year = end;
            m_earlier = m_run.programmes.Create(programme, m_run.actor);
            ++m_run.summary.programmes;
        }
        return *m_earlier;
    }

    std::vector<Planned> PlanAll() {
        // Approved applications, whose enterprises lead the tasks that deliver them.
        std::vector<std::size_t> approved;
        for (std::size_t i = 0; i < m_run.plans.size(); ++i)
            if (m_run.plans[i].verdict == Verdict::Approve && m_run.plans[i].id != 0 &&
                !m_run.plans[i].approved.IsZero())
                approved.push_back(i);
        std::size_t next_approved = 0;

        std::vector<std::size_t> topics(kTopics.size());
        for (std::size_t i = 0; i < topics.size(); ++i) topics[i] = i;
        for (std::size_t i = topics.size(); i > 1; --i) std::swap(topics[i - 1], topics[m_random.Below(i)]);
        // The first unused topic, or the first that fits an enterprise's sector.
        const auto take_topic = [&](std::optional<Sector> sector) {
            auto found = topics.begin();
            if (sector)
                found = std::find_if(topics.begin(), topics.end(),
                                     [&](std::size_t t) { return kTopics[t].sector == *sector; });
            if (found == topics.end()) found = topics.begin();
            const std::size_t topic = *found;
            topics.erase(found);
            return topic;
        };
        std::map<Sector, std::vector<std::size_t>> by_sector;
        for (std::size_t i = 0; i < m_run.enterprises.size(); ++i)
            // A provincial task is led by one of the province's own firms (its tax office's codes),
            // not by one of the other provinces' firms the register also holds.
            if (!m_run.enterprises[i].household &&
                m_run.enterprises[i].tax_code.rfind(RegionOf(Region::KhanhHoa).tax_prefix, 0) == 0)
                by_sector[m_run.enterprises[i].sector].push_back(i);

        std::map<std::pair<int, TaskLevel>, int> numbers;
        std::vector<Planned> planned;
        for (const Script& script : kScripts) {
            Planned plan;
            plan.script = script;
            Task& task = plan.task;
            std::string lead_name;
            std::size_t topic_index = 0;
            if (script.organisation_lead || m_run.enterprises.empty()) {
                topic_index = take_topic(std::nullopt);
                const Organisation& organisation = m_organisations[kTopics[topic_index].organisation];
                task.lead_organisation_id = organisation.id;
                lead_name = organisation.name;
            } else {
                std::size_t enterprise = 0;
                if (script.linked && next_approved < approved.size()) {
                    // The enterprise of an approved application leads a task of its own sector.
                    const std::size_t index = approved[next_approved++];
                    enterprise = m_run.plans[index].enterprise;
                    plan.application = m_run.plans[index].id;
                    topic_index = take_topic(m_run.enterprises[enterprise].sector);
                } else {
                    topic_index = take_topic(std::nullopt);
                    const auto& fitting = by_sector[kTopics[topic_index].sector];
                    enterprise = fitting.empty() ? m_random.Below(m_run.enterprises.size())
                                                 : fitting[m_random.Below(fitting.size())];
                }
                task.lead_enterprise_id = m_run.IdOf(enterprise);
                lead_name = m_run.outer->Enterprises().FindById(*task.lead_enterprise_id)->name;
            }
            const Topic& topic = kTopics[topic_index];
            task.year = m_run.spec.year + script.year_offset;
            task.level = script.level;
            task.award_mode = script.mode;
            const int number = ++numbers[{task.year, task.level}];
            task.code = std::string(script.level == TL::Provincial ? "ĐTCT." : "CS.") +
                        std::to_string(task.year) + "." + Padded(number, 2);
            task.title = std::string(topic.title);
            task.programme_id = ProgrammeFor(task.year).id;
            task.principal_investigator = std::string(m_random.Chance(0.6) ? "TS. " : "ThS. ") +
                                          PersonName(m_random.Chance(0.4), m_random);
            task.ordering_unit = std::string(script.mode == AM::Ordering ? topic.ordering_unit : kDost);
            task.applying_unit = std::string(topic.applying_unit);
            const bool provincial = script.level == TL::Provincial;
            task.state_budget = Dong(provincial ? FloorTo(m_random.Between(800, 2'400), 10) * kMillion
                                                : FloorTo(m_random.Between(150, 450), 10) * kMillion);
            if (script.co_funded) {
                const std::int64_t share = task.state_budget.Dong() * m_random.Between(20, 60) / 100;
                task.co_funding.push_back(
                    {lead_name + (task.lead_enterprise_id ? ", vốn tự có" : ", nguồn thu sự nghiệp"),
                     Dong(FloorTo(share, kMillion))});
                if (m_random.Chance(0.3))
                    task.co_funding.push_back({"Quỹ Phát triển khoa học và công nghệ tỉnh Khánh Hòa",
                                               Dong(FloorTo(share / 3, kMillion))});
            }
            if (script.outputs) {
                task.outputs.push_back({topic.kind, topic.quantity, std::string(topic.output),
                                        std::string(topic.applying_unit)});
                task.outputs.push_back({OutputKind::Report, 1, "Báo cáo tổng hợp kết quả thực hiện nhiệm vụ",
                                        std::string(kDost)});
                if (provincial && m_random.Chance(0.5))
                    task.outputs.push_back({OutputKind::Publication, m_random.Between(1, 2),
                                            "Bài báo đăng trên tạp chí khoa học chuyên ngành trong nước",
                                            std::string(topic.applying_unit)});
            }
            plan.proposed_on = CalendarDate::FromYmd(task.year, 1, 6).AddDays(m_random.Between(0, 30));
            planned.push_back(std::move(plan));
        }
        return planned;
    }

    // An envelope for each programme year's tasks, sized to the contracts it will carry; the
    // support envelopes stay as the applications and vouchers need them.
    void OpenEnvelopes(const std::vector<Planned>& planned) {
        std::map<std::pair<ProgrammeId, int>, std::int64_t> needed;
        for (const auto& plan : planned)
            if (Reaches(plan.script.fate, Fate::InProgress))
                needed[{*plan.task.programme_id, plan.task.year}] += plan.task.state_budget.Dong();
        for (const auto& [key, amount] : needed) {
            std::optional<BudgetEnvelope> found;
            for (const auto& envelope : m_run.outer->Programmes().ListEnvelopes(key.first))
                if (envelope.year == key.second && envelope.source == FundingSource::Other &&
                    envelope.content == SupportContent::OtherInnovation)
                    found = envelope;
            if (!found) {
                BudgetEnvelope envelope;
                envelope.programme_id = key.first;
                envelope.year = key.second;
                envelope.source = FundingSource::Other;  // sự nghiệp KH&CN for the year's tasks
                envelope.content = SupportContent::OtherInnovation;
                envelope.amount = Dong(CeilTo(amount + amount / 5, 100 * kMillion));
                found = m_run.programmes.AddEnvelope(envelope, m_run.actor);
            }
            m_envelopes[key] = found->id;
        }
    }

    bool Happened(const CalendarDate& date) const { return date <= m_today; }

    std::string Document(std::string_view suffix) {
        return std::to_string(m_random.Between(12, 980)) + "/" + std::string(suffix);
    }

    // Each step in its order, until one would fall after today: the task waits there.
    void CarryOut(Planned& plan) {
        const Script& script = plan.script;
        if (!Happened(plan.proposed_on)) return;
        Task task = m_tasks.Propose(plan.task, plan.proposed_on, m_run.actor);
        ++m_run.summary.tasks;
        if (plan.application) m_tasks.LinkApplication(task.id, *plan.application, m_run.actor);
        if (!Reaches(script.fate, Fate::Awarded)) return;

        const CalendarDate awarded_on = plan.proposed_on.AddDays(m_random.Between(35, 55));
        if (!Happened(awarded_on)) return;
        const std::string award_note =
            script.mode == AM::Ordering ? "Đặt hàng theo Quyết định " + Document("QĐ-UBND") + " của UBND tỉnh"
            : script.mode == AM::Selection
                ? "Trúng tuyển theo kết quả Hội đồng tuyển chọn, Quyết định " + Document("QĐ-SKHCN")
                : "Giao trực tiếp theo Quyết định " + Document("QĐ-UBND") + " của UBND tỉnh";
        m_tasks.Award(task.id, awarded_on, award_note, m_run.actor);
        if (!Reaches(script.fate, Fate::InProgress)) return;

        ContractTerms terms;
        terms.number = Padded(++m_contract_number, 2) + "/" + std::to_string(task.year) + "/HĐ-KHCN";
        terms.signed_on = awarded_on.AddDays(m_random.Between(20, 35));
        terms.starts_on = terms.signed_on.AddDays(m_random.Between(0, 10));
        terms.ends_on = AddMonths(terms.starts_on, script.months);
        terms.envelope_id = m_envelopes.at({*task.programme_id, task.year});
        if (!Happened(terms.signed_on)) return;
        m_tasks.Contract(task.id, terms, m_run.actor);

        // Three milestones over the contract, the last one shortly before its end.
        const int span = terms.starts_on.DaysUntil(terms.ends_on);
        std::array<CalendarDate, 3> due{terms.starts_on.AddDays(span / 4), terms.starts_on.AddDays(span / 2),
                                        terms.ends_on.AddDays(-20)};
        for (int k = 0; k < 3; ++k) {
            Milestone milestone;
            milestone.content = std::string(kMilestoneContent[k]);
            milestone.product = std::string(kMilestoneProduct[k]);
            milestone.due_on = due[k];
            m_tasks.AddMilestone(task.id, milestone, m_run.actor);
        }
        // The advance, 40%, paid soon after the contract.
        const Money advance = Dong(FloorTo(task.state_budget.Dong() * 40 / 100, kMillion));
        m_tasks.PlanTranche(task.id, advance, terms.signed_on.AddDays(15), m_run.actor);
        const CalendarDate advance_paid = terms.signed_on.AddDays(m_random.Between(7, 20));
        if (Happened(advance_paid))
            m_tasks.PayTranche(task.id, 1, advance_paid, "Ủy nhiệm chi số " + Padded(++m_payment_number, 5),
                               m_run.actor);
        if (!Happened(terms.starts_on)) return;
        m_tasks.Start(task.id, terms.starts_on, m_run.actor);

        if (script.fate == Fate::Terminated) {
            Terminate(task, due);
            return;
        }
        std::optional<CalendarDate> last_report;
        for (int k = 0; k < 3; ++k) {
            if (k == 1 && script.overdue_open) return;  // still open, and past its date
            const bool late = script.late_reports || m_random.Chance(0.25);
            const CalendarDate reported_on =
                late ? due[k].AddDays(m_random.Between(12, 40)) : due[k].AddDays(-m_random.Between(0, 7));
            if (!Happened(reported_on)) return;
            m_tasks.ReportMilestone(task.id, k + 1, reported_on,
                                    "Báo cáo tiến độ số " + Document("BC-" + std::string(task.code)),
                                    m_run.actor);
            last_report = reported_on;
            if (k == 1) {
                // The second tranche, 30%, on the mid-term report.
                const Money second = Dong(FloorTo(task.state_budget.Dong() * 30 / 100, kMillion));
                m_tasks.PlanTranche(task.id, second, reported_on.AddDays(10), m_run.actor);
                const CalendarDate paid_on = reported_on.AddDays(m_random.Between(5, 15));
                if (!Happened(paid_on)) return;
                m_tasks.PayTranche(task.id, 2, paid_on, "Ủy nhiệm chi số " + Padded(++m_payment_number, 5),
                                   m_run.actor);
                if (script.extended) {
                    // The contract runs six months longer: the model's season was lost to a storm.
                    m_tasks.Extend(
                        task.id, AddMonths(terms.ends_on, 6),
                        "Thời tiết bất thường (bão, mưa lớn cuối năm) làm chậm thí nghiệm ngoài hiện "
                        "trường; tổ chức chủ trì đề nghị gia hạn",
                        "Văn bản số " + Document("SKHCN-QLKH"), m_run.actor);
                }
            }
        }
        if (!Reaches(script.fate, Fate::Accepted)) return;
        const CalendarDate held_on = std::max(terms.ends_on, *last_report).AddDays(m_random.Between(15, 35));
        if (!Accept(task, script, held_on)) return;
        if (!Reaches(script.fate, Fate::Transferred)) return;

        TaskTransfer transfer;
        transfer.on = m_accepted_on.AddDays(m_random.Between(15, 30));
        transfer.receiving_unit = task.applying_unit;
        transfer.document_number = "Biên bản bàn giao số " + Document("BB-BG");
        transfer.note = "Bàn giao toàn bộ sản phẩm, hồ sơ kỹ thuật và quyền sử dụng kết quả";
        if (!Happened(transfer.on)) return;
        m_tasks.Transfer(task.id, transfer, m_run.actor);
        if (!Reaches(script.fate, Fate::Applied)) return;

        TaskUse use;
        use.since = transfer.on.AddDays(m_random.Between(3, 10));
        use.reported_on = transfer.on.AddDays(m_random.Between(35, 60));
        use.place = task.applying_unit;
        use.evidence = "Báo cáo ứng dụng số " + Document("BC-UD") + "; kiểm tra thực tế tại cơ sở";
        if (!Happened(use.reported_on)) return;
        m_tasks.RecordUse(task.id, use, m_run.actor);
    }

    // Stopped after the first report: the lead could not go on. The later milestones are dropped,
    // the second tranche, planned, is cancelled by the termination.
    void Terminate(const Task& task, const std::array<CalendarDate, 3>& due) {
        const CalendarDate reported_on = due[0].AddDays(m_random.Between(5, 20));
        if (!Happened(reported_on)) return;
        m_tasks.ReportMilestone(task.id, 1, reported_on, "Báo cáo tiến độ số " + Document("BC"), m_run.actor);
        m_tasks.PlanTranche(task.id, Dong(FloorTo(task.state_budget.Dong() * 30 / 100, kMillion)), due[1],
                            m_run.actor);
        const CalendarDate on = reported_on.AddDays(m_random.Between(45, 90));
        if (!Happened(on)) return;
        const std::string reason =
            "Tổ chức chủ trì không bố trí được vốn đối ứng theo cam kết; chấm dứt hợp đồng theo Quyết định " +
            Document("QĐ-SKHCN");
        for (int k = 2; k <= 3; ++k) m_tasks.DropMilestone(task.id, k, reason, m_run.actor);
        m_tasks.Terminate(task.id, on, reason, m_run.actor);
    }

    // The council's evaluation, then the decision drafted by the officer and signed by the director;
    // a passed task is then paid its balance. False when the clock stops it before the decision.
    bool Accept(const Task& task, const Script& script, const CalendarDate& held_on) {
        if (!Happened(held_on)) return false;
        TaskAcceptance acceptance;
        acceptance.council =
            "Hội đồng KH&CN cấp tỉnh nghiệm thu nhiệm vụ theo Quyết định " + Document("QĐ-SKHCN");
        acceptance.held_on = held_on;
        acceptance.result = script.fate == Fate::Failed ? AcceptanceResult::Failed
                            : script.excellent          ? AcceptanceResult::Excellent
                                                        : AcceptanceResult::Passed;
        acceptance.minutes_number = "Biên bản số " + Document("BB-HĐNT");
        m_tasks.RecordAcceptance(task.id, acceptance, m_run.actor);

        const CalendarDate decided_on = held_on.AddDays(m_random.Between(7, 15));
        if (!Happened(decided_on)) return false;
        const DemoApprover& director = m_run.actors.approvers.front();
        Decision decision;
        decision.number = NextDecisionNumber();
        decision.date = decided_on;
        decision.kind = DecisionKind::TaskAcceptance;
        decision.task_id = task.id;
        decision.signer_name = director.title_and_name;
        // The task as contracted: the copy in hand was taken before its contract was signed.
        decision.legal_basis = "Luật Khoa học, công nghệ và đổi mới sáng tạo năm 2025; Hợp đồng số " +
                               m_tasks.Get(task.id).contract_number + "; " + acceptance.minutes_number +
                               " ngày " + LegalDate(held_on);
        decision.conditions = acceptance.result == AcceptanceResult::Failed
                                  ? "Không công nhận kết quả thực hiện nhiệm vụ; tổ chức chủ trì hoàn trả "
                                    "kinh phí chưa sử dụng "
                                    "theo quy định."
                                  : "Công nhận kết quả thực hiện nhiệm vụ; tổ chức chủ trì bàn giao kết quả "
                                    "cho đơn vị ứng dụng "
                                    "trong 30 ngày.";
        const auto drafted = m_run.decision_service.Draft(decision, m_run.actor);
        m_run.decision_service.Sign(drafted.decision.id, *director.signer, *m_run.actors.verifier,
                                    director.actor, director.document);
        ++m_run.summary.decisions;
        m_accepted_on = decided_on;
        if (acceptance.result == AcceptanceResult::Failed) return true;

        // The balance after acceptance.
        const Money paid = m_tasks.File(task.id).Planned();
        if (paid < task.state_budget) {
            const CalendarDate paid_on = decided_on.AddDays(m_random.Between(10, 25));
            if (Happened(paid_on)) {
                const Tranche balance = m_tasks.PlanTranche(task.id, task.state_budget - paid,
                                                            decided_on.AddDays(15), m_run.actor);
                m_tasks.PayTranche(
                    task.id, balance.number, paid_on,
                    "Ủy nhiệm chi số " + Padded(++m_payment_number, 5) + " (thanh toán sau nghiệm thu)",
                    m_run.actor);
            }
        }
        return true;
    }

    std::string NextDecisionNumber() {
        for (;;) {
            m_decision_number += m_random.Between(1, 6);
            std::string number = std::to_string(m_decision_number) + "/QĐ-SKHCN";
            if (!m_run.outer->Decisions().FindByNumber(number)) return number;
        }
    }

    DemoRun& m_run;
    Random m_random;  // a stream of its own: the other records of a seed stay as they were
    TaskService m_tasks;
    CalendarDate m_today;
    std::vector<Organisation> m_organisations;
    std::optional<Programme> m_earlier;
    std::map<std::pair<ProgrammeId, int>, EnvelopeId> m_envelopes;
    int m_decision_number = 0;
    std::int64_t m_contract_number = 0;
    std::int64_t m_payment_number = 0;
    CalendarDate m_accepted_on;
};

}  // namespace

void PlanTasks(DemoRun& run) {
    TaskPlanner(run).PlanTasks();
}

}  // namespace innodesk::demo
