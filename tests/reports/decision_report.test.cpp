// The printable decision: its document and its PDF.
#include "test_support.h"
#include "test_tools.h"

#include "reports/decision_report.h"
#include "reports/html_report_writer.h"
#include "reports/pdf_report_writer.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <set>

using namespace innodesk;
using namespace innodesk::reports;

namespace {

interchange::DecisionDocument Decision() {
    interchange::DecisionDocument doc;
    doc.decision.number = "125/QĐ-SKHCN";
    doc.decision.date = domain::CalendarDate::FromYmd(2026, 6, 20);
    doc.decision.legal_basis =
        "Nghị định số 80/2021/NĐ-CP ngày 26/8/2021 của Chính phủ; căn cứ Quyết định số 1350/QĐ-UBND ngày "
        "15/5/2025 của UBND tỉnh Khánh Hòa\nKế hoạch số 000/KH-UBND về hỗ trợ đổi mới sáng tạo trong doanh "
        "nghiệp.";
    doc.decision.conditions = "Doanh nghiệp đối ứng tối thiểu 40% kinh phí.";
    doc.decision.signer_name = "Giám đốc Trần Văn Bình";
    doc.decision.signature = domain::DecisionSignature{
        "lanhdao.binh", std::string(64, 'a'), "CN=Trần Văn Bình", {}, 1'781'000'000};
    doc.rows = {{1, "Công ty TNHH Yến sào Khánh Hòa", "0300588569", "Thuê tư vấn ISO 22000",
                 domain::Money::Dong(100'000'000)},
                {2, "Hợp tác xã Nông nghiệp Diên Khánh", "0101248141", "Truy xuất nguồn gốc xoài",
                 domain::Money::Dong(45'500'000)}};
    doc.supersedes_number = "99/QĐ-SKHCN";
    doc.verdict = "valid";
    doc.explanation = {"Chữ ký hợp lệ.", "The signature is valid."};
    doc.exported_at_unix = 1'781'100'000;
    return doc;
}

DecisionHeading KhanhHoa() {
    DecisionHeading heading;
    heading.issuing_body = {"UBND TỈNH KHÁNH HÒA", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"};
    heading.place = "Khánh Hòa";
    heading.proposer = "Trưởng phòng Quản lý khoa học";
    heading.signer_title = {"GIÁM ĐỐC"};
    heading.archive = "Lưu: VT, QLKH";
    return heading;
}

DecisionHeading WithoutPlace() {
    auto heading = KhanhHoa();
    heading.issuing_body = {"SỞ KHOA HỌC VÀ CÔNG NGHỆ"};
    heading.place.clear();
    return heading;
}

std::vector<std::string> Texts(const std::vector<ReportParagraph>& paragraphs) {
    std::vector<std::string> texts;
    for (const auto& paragraph : paragraphs) texts.push_back(paragraph.text);
    return texts;
}

// Each needle found after the previous one: the order in which the PDF prints them.
void CheckInOrder(const std::string& text, const std::vector<std::string>& needles) {
    std::size_t from = 0;
    for (const auto& needle : needles) {
        INFO("looking for \"" << needle << "\" after offset " << from << " in:\n" << text);
        const auto at = text.find(needle, from);
        REQUIRE(at != std::string::npos);
        from = at + needle.size();
    }
}

// The English words a Vietnamese decision once carried as glosses, and the English rendering's
// fixed words: none may appear in the Vietnamese file.
std::set<std::string> EnglishWordsIn(const std::string& text) {
    static const std::set<std::string> english{
        "the",         "of",         "and",     "Article", "Decision",  "DECISION",
        "Pursuant",    "proposal",   "signed",  "approve", "approving", "applications",
        "application", "Total",      "VALID",   "valid",   "Exported",  "Director",
        "DIRECTOR",    "Enterprise", "support", "legal",   "basis",     "conditions",
        "task",        "No"};
    std::set<std::string> found;
    const std::regex word("[A-Za-z]+");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), word); it != std::sregex_iterator(); ++it)
        if (english.count(it->str())) found.insert(it->str());
    return found;
}

// A whole PDF's text with its line breaks as spaces, for phrases the page wraps.
std::string OneLine(std::string text) {
    for (auto& c : text)
        if (c == '\n') c = ' ';
    return text;
}

}  // namespace

TEST_CASE("The decision as a report document: a quyết định's heading, bases, articles and closing",
          "[reports]") {
    const auto doc = DecisionReport(Decision(), KhanhHoa());
    CHECK_NOTHROW(Validate(doc));
    CHECK(doc.reference == "Số: 125/QĐ-SKHCN");
    CHECK(doc.place_and_date == "Khánh Hòa, ngày 20 tháng 6 năm 2026");
    CHECK(doc.issuing_body == std::vector<std::string>{"UBND TỈNH KHÁNH HÒA", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"});
    CHECK(DecisionReport(Decision(), WithoutPlace()).place_and_date == "Ngày 20 tháng 6 năm 2026");
    CHECK(doc.title == "QUYẾT ĐỊNH");
    CHECK(doc.subtitle == std::vector<std::string>{"Về việc phê duyệt hỗ trợ kinh phí cho doanh nghiệp"});
    // The authority, the legal bases one per line ("Căn cứ …;", the last "."), the proposal,
    // "QUYẾT ĐỊNH:" and Điều 1 before the table.
    CHECK(Texts(doc.before_table) ==
          std::vector<std::string>{
              "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ",
              "Căn cứ Nghị định số 80/2021/NĐ-CP ngày 26/8/2021 của Chính phủ;",
              "Căn cứ Quyết định số 1350/QĐ-UBND ngày 15/5/2025 của UBND tỉnh Khánh Hòa;",
              "Căn cứ Kế hoạch số 000/KH-UBND về hỗ trợ đổi mới sáng tạo trong doanh nghiệp.",
              "Theo đề nghị của Trưởng phòng Quản lý khoa học.", "QUYẾT ĐỊNH:",
              "Điều 1. Phê duyệt hỗ trợ kinh phí cho 2 hồ sơ của doanh nghiệp với tổng kinh phí hỗ trợ "
              "145.500.000 đồng, chi tiết như sau:"});
    CHECK(doc.before_table.front().style == ParagraphStyle::Centred);
    CHECK(doc.before_table[5].style == ParagraphStyle::Centred);
    REQUIRE(doc.table.rows.size() == 3);
    CHECK(doc.table.rows[0].cells[2].text == "Công ty TNHH Yến sào Khánh Hòa");
    CHECK(doc.table.rows.back().cells[5].whole == 145'500'000);
    CHECK(doc.table.rows.back().cells[5].text == "145.500.000");
    CHECK(Texts(doc.after_table) ==
          std::vector<std::string>{
              "Điều 2. Doanh nghiệp đối ứng tối thiểu 40% kinh phí.",
              "Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 99/QĐ-SKHCN.",
              "Điều 3. Chánh Văn phòng Sở, Trưởng phòng Quản lý khoa học, và các tổ chức, cá nhân có tên tại "
              "Điều "
              "1 chịu trách nhiệm thi hành Quyết định này."});
    CHECK(doc.recipients == std::vector<std::string>{"- Như Điều 3;", "- Lưu: VT, QLKH."});
    // The director signs as GIÁM ĐỐC; the name without the title.
    CHECK(doc.signature.authority == std::vector<std::string>{"GIÁM ĐỐC"});
    CHECK(doc.signature.name == "Trần Văn Bình");
    REQUIRE_FALSE(doc.closing_notes.empty());
    CHECK(doc.closing_notes.front().text.rfind("Ký số bởi: CN=Trần Văn Bình", 0) == 0);

    // A deputy signs for the director, who is among the recipients.
    auto deputy = Decision();
    deputy.decision.signer_name = "Phó Giám đốc Lê Thị Châu";
    const auto for_director = DecisionReport(deputy, KhanhHoa());
    CHECK(for_director.signature.authority == std::vector<std::string>{"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"});
    CHECK(for_director.signature.name == "Lê Thị Châu");
    CHECK(for_director.recipients ==
          std::vector<std::string>{"- Như Điều 3;", "- Giám đốc Sở (để báo cáo);", "- Lưu: VT, QLKH."});
    // A signer named without a title signs under the department's setting.
    deputy.decision.signer_name = "Nguyễn Văn An";
    auto heading = KhanhHoa();
    heading.signer_title = {"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"};
    CHECK(DecisionReport(deputy, heading).signature.authority ==
          std::vector<std::string>{"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"});
    CHECK(DecisionReport(deputy, heading).signature.name == "Nguyễn Văn An");
}

TEST_CASE("A refusal's Điều 1 lists the applications refused, without amounts", "[reports]") {
    auto source = Decision();
    source.decision.kind = domain::DecisionKind::Refusal;
    for (auto& row : source.rows) row.approved_amount = domain::Money();
    source.decision.conditions.clear();
    const auto doc = DecisionReport(source, KhanhHoa());
    CHECK_NOTHROW(Validate(doc));
    CHECK(doc.subtitle.front() == "Về việc không phê duyệt hỗ trợ kinh phí cho doanh nghiệp");
    CHECK(Texts(doc.before_table).back() ==
          "Điều 1. Không phê duyệt hỗ trợ kinh phí đối với 2 hồ sơ của doanh nghiệp sau:");
    CHECK(doc.table.columns.size() == 5);
    CHECK(doc.table.rows.size() == 2);  // no total
    CHECK(doc.after_table.front().text ==
          "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 99/QĐ-SKHCN.");
}

TEST_CASE("The decision's PDF prints the quyết định's lines in order, in Vietnamese only", "[reports]") {
    test::TemporaryFolder folder;
    WritePdfReport(DecisionReport(Decision(), KhanhHoa()), folder / "decision.pdf");
    const std::string text = test::PdfText(folder / "decision.pdf");
    CHECK_THAT(text, Catch::Contains("UBND TỈNH KHÁNH HÒA") &&
                         Catch::Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") &&
                         Catch::Contains("Độc lập - Tự do - Hạnh phúc") &&
                         Catch::Contains("Số: 125/QĐ-SKHCN") &&
                         Catch::Contains("Khánh Hòa, ngày 20 tháng 6 năm 2026"));
    CheckInOrder(OneLine(text), {"QUYẾT ĐỊNH",
                                 "Về việc phê duyệt hỗ trợ kinh phí cho doanh nghiệp",
                                 "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ",
                                 "Căn cứ Nghị định số 80/2021/NĐ-CP",
                                 "của Chính phủ;",
                                 "Căn cứ Quyết định số 1350/QĐ-UBND",
                                 "Căn cứ Kế hoạch số 000/KH-UBND",
                                 "trong doanh nghiệp.",
                                 "Theo đề nghị của Trưởng phòng Quản lý khoa học.",
                                 "QUYẾT ĐỊNH:",
                                 "Điều 1. Phê duyệt hỗ trợ kinh phí cho 2 hồ sơ",
                                 "0300588569",
                                 "100.000.000",
                                 "Tổng cộng",
                                 "145.500.000",
                                 "Điều 2. Doanh nghiệp đối ứng tối thiểu 40% kinh phí.",
                                 "thay thế Quyết định số 99/QĐ-SKHCN.",
                                 "Điều 3. Chánh Văn phòng Sở, Trưởng phòng Quản lý khoa học",
                                 "chịu trách nhiệm thi hành Quyết định này.",
                                 "Nơi nhận:",
                                 "- Như Điều 3;",
                                 "- Lưu: VT, QLKH.",
                                 "Ký số bởi: CN=Trần Văn Bình",
                                 "Kiểm tra chữ ký số khi xuất: HỢP LỆ."});
    // The signature block at the right of Nơi nhận.
    CHECK_THAT(text, Catch::Contains("GIÁM ĐỐC") && Catch::Contains("Trần Văn Bình"));
    CHECK(EnglishWordsIn(text).empty());
    // The web page: the same lines, in Vietnamese only.
    const std::string html = HtmlReport(DecisionReport(Decision(), KhanhHoa()));
    CheckInOrder(html,
                 {"lang=\"vi\"", "QUYẾT ĐỊNH", "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ",
                  "Căn cứ Nghị định số 80/2021/NĐ-CP ngày 26/8/2021 của Chính phủ;", "QUYẾT ĐỊNH:", "Điều 1.",
                  "145.500.000", "Điều 2.", "Điều 3.", "Nơi nhận:", "- Như Điều 3;", "Trần Văn Bình"});
    CHECK(EnglishWordsIn(html.substr(html.find("<body>"))).empty());
    // The decision itself fits one page; the signature's particulars may follow on a second.
    CHECK(test::PdfPages(folder / "decision.pdf") <= 2);
    std::error_code ignored;
    std::filesystem::create_directories(INNODESK_REPORT_SAMPLES_DIR, ignored);
    std::filesystem::copy_file(folder / "decision.pdf",
                               std::filesystem::path(INNODESK_REPORT_SAMPLES_DIR) / "decision.pdf",
                               std::filesystem::copy_options::overwrite_existing, ignored);
}

TEST_CASE("The decision's English rendering is a separate document, in English", "[reports]") {
    auto source = Decision();
    source.decision.signer_name = "Phó Giám đốc Lê Thị Châu";
    const auto doc = DecisionReport(source, KhanhHoa(), domain::Language::English);
    CHECK_NOTHROW(Validate(doc));
    CHECK(doc.issuing_body == std::vector<std::string>{"PEOPLE'S COMMITTEE OF KHÁNH HÒA PROVINCE",
                                                       "DEPARTMENT OF SCIENCE AND TECHNOLOGY"});
    CHECK(doc.signature.authority == std::vector<std::string>{"FOR THE DIRECTOR", "DEPUTY DIRECTOR"});
    test::TemporaryFolder folder;
    WritePdfReport(doc, folder / "decision-en.pdf");
    const std::string text = test::PdfText(folder / "decision-en.pdf");
    CHECK_THAT(text, Catch::Contains("SOCIALIST REPUBLIC OF VIET NAM") &&
                         Catch::Contains("No.: 125/QĐ-SKHCN") && Catch::Contains("Khánh Hòa, 20/06/2026"));
    CheckInOrder(OneLine(text),
                 {"DECISION", "On approving support for enterprises",
                  "THE DIRECTOR OF THE DEPARTMENT OF SCIENCE AND TECHNOLOGY",
                  "Pursuant to Nghị định số 80/2021/NĐ-CP", "Pursuant to Quyết định số 1350/QĐ-UBND",
                  "At the proposal of the Head of the Science Management Division.", "DECIDES:",
                  "Article 1. To approve support for 2 applications of enterprises, totalling VND "
                  "145,500,000",
                  "Total", "145,500,000", "Article 2.", "replaces Decision No. 99/QĐ-SKHCN.",
                  "Article 3. The Chief of the Department's Office", "Recipients:", "- As in Article 3;",
                  "- The Director (for information);", "- Archived: VT, QLKH.",
                  "Digitally signed by: CN=Trần Văn Bình",
                  "Digital signature checked at export: VALID. The signature is valid."});
    CHECK_THAT(text, Catch::Contains("FOR THE DIRECTOR") && Catch::Contains("Lê Thị Châu"));
    // None of the Vietnamese document's own words: the officers' text (bases, conditions, names)
    // stays as written.
    for (const char* vietnamese : {"Điều", "Căn cứ", "QUYẾT ĐỊNH", "Nơi nhận", "Theo đề nghị",
                                   "Số:", "Tổng cộng", "đồng", "HỢP LỆ", "Ký số", "CỘNG HÒA", "ngày 20"})
        CHECK_THAT(text, !Catch::Contains(vietnamese));
}

namespace {

// A department that keeps its records on UTC (a zone the settings may name).
class UtcZone final : public domain::TimeZone {
public:
    const std::string& Name() const override { return m_name; }
    int OffsetSecondsAt(std::int64_t) const override { return 0; }

private:
    std::string m_name = "UTC";
};

bool HasNote(const ReportDocument& doc, const std::string& needle) {
    for (const auto& paragraph : doc.closing_notes)
        if (paragraph.text.find(needle) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("The decision's signing and export times are written in the department's time zone", "[reports]") {
    auto doc = Decision();
    doc.exported_at_unix = 1'796'599'800;  // 06/12/2026 23:30 UTC
    doc.decision.signature->signed_at_unix = 1'796'599'800 - 3600;
    // The default, Asia/Ho_Chi_Minh: already the 7th.
    CHECK(HasNote(DecisionReport(doc, WithoutPlace()), "Xuất từ InnoDesk lúc 07/12/2026 06:30"));
    CHECK(HasNote(DecisionReport(doc, WithoutPlace()), "thời gian ký: 07/12/2026 05:30"));
    doc.zone = std::make_shared<UtcZone>();
    const auto utc = DecisionReport(doc, WithoutPlace());
    CHECK(HasNote(utc, "Xuất từ InnoDesk lúc 06/12/2026 23:30"));
    CHECK(HasNote(utc, "thời gian ký: 06/12/2026 22:30"));
    CHECK(HasNote(DecisionReport(doc, WithoutPlace(), domain::Language::English),
                  "signed at: 06/12/2026 22:30"));
    CHECK_THAT(HtmlReport(utc), Catch::Contains("Xuất từ InnoDesk lúc 06/12/2026 23:30"));
}

TEST_CASE("A task acceptance decision names the task and the council's result, not applications",
          "[reports]") {
    auto source = Decision();
    source.decision.kind = domain::DecisionKind::TaskAcceptance;
    source.decision.task_id = 7;
    source.rows.clear();
    source.supersedes_number.clear();
    source.task = interchange::DecisionDocumentTask{"ĐTCT.2026.01",
                                                    "Nuôi tôm hùm trong lồng HDPE",
                                                    "Cấp tỉnh",
                                                    "Đặt hàng",
                                                    "Viện Hải dương học",
                                                    "TS. Nguyễn Văn Hải",
                                                    "05/2026/HĐ-KHCN",
                                                    domain::Money::Dong(300'000'000),
                                                    "Hội đồng KH&CN cấp tỉnh",
                                                    domain::CalendarDate::FromYmd(2026, 11, 25),
                                                    "Đạt",
                                                    "Passed",
                                                    "BB-NT 17/2026",
                                                    "Provincial",
                                                    "Commissioned"};
    const auto doc = DecisionReport(source, KhanhHoa());
    CHECK_NOTHROW(Validate(doc));
    CHECK(doc.subtitle.front() == "Về việc công nhận kết quả nghiệm thu nhiệm vụ ĐTCT.2026.01");
    REQUIRE(doc.table.rows.size() == 10);
    CHECK(doc.table.rows.back().cells[2].text == "Đạt");
    CHECK(doc.table.rows[2].cells[2].text == "Cấp tỉnh, Đặt hàng");

    test::TemporaryFolder folder;
    WritePdfReport(doc, folder / "decision.pdf");
    const std::string text = OneLine(test::PdfText(folder / "decision.pdf"));
    CheckInOrder(text, {"QUYẾT ĐỊNH:", "Điều 1. Công nhận kết quả nghiệm thu nhiệm vụ ĐTCT.2026.01",
                        "BB-NT 17/2026", "Điều 2. Doanh nghiệp", "Điều 3.", "Nơi nhận:"});
    CHECK_THAT(text, !Catch::Contains("Tổng cộng"));
    CHECK(EnglishWordsIn(text).empty());
    const auto english = DecisionReport(source, KhanhHoa(), domain::Language::English);
    CHECK(english.subtitle.front() == "On recognising the acceptance of task ĐTCT.2026.01");
    CHECK(english.table.rows[2].cells[2].text == "Provincial, Commissioned");
    CHECK(english.table.rows.back().cells[2].text == "Passed");
    const std::string html = HtmlReport(doc);
    CHECK_THAT(html, Catch::Contains("Viện Hải dương học") &&
                         Catch::Contains("<td style=\"text-align:left\">Đạt</td>"));
    CHECK_THAT(html, !Catch::Contains("Tổng cộng"));

    // A failed task is not recognised.
    source.task->result = "Không đạt";
    source.task->result_en = "Failed";
    CHECK(DecisionReport(source, KhanhHoa()).before_table.back().text ==
          "Điều 1. Không công nhận kết quả thực hiện nhiệm vụ ĐTCT.2026.01 \"Nuôi tôm hùm trong lồng HDPE\"; "
          "kết quả nghiệm thu: Không đạt.");
}

namespace {

// The text pdftotext finds inside a place (points, from the page's bottom; the page is A4 portrait).
std::string TextIn(const std::filesystem::path& pdf, const PdfPlace& place) {
    const double page_height = 297 * 72 / 25.4;
    const auto number = [](double value) { return std::to_string(static_cast<int>(value)); };
    const auto result = test::RunTool(
        innodesk::testing::RequireTool(innodesk::testing::Tool::Pdftotext),
        {"-enc", "UTF-8", "-f", std::to_string(place.page + 1), "-l", std::to_string(place.page + 1), "-x",
         number(place.left), "-y", number(page_height - place.bottom - place.height), "-W",
         number(place.width), "-H", number(place.height), pdf.string(), "-"});
    REQUIRE(result.exit_code == 0);
    std::string text = result.out;
    std::erase_if(text, [](char c) { return c == '\n' || c == '\f' || c == ' '; });
    return text;
}

PdfPlace Shifted(PdfPlace place, double up) {
    place.bottom += up;
    return place;
}

}  // namespace

TEST_CASE("The signed decision's form leaves the number and date to the clerk and says where signatures go",
          "[reports]") {
    test::TemporaryFolder folder;
    auto source = Decision();
    source.decision.number.clear();
    const auto laid_out = LaidOutPdfReport(SignedDecisionForm(source, KhanhHoa(), "QĐ-SKHCN"));
    const auto pdf = folder / "form.pdf";
    {
        std::ofstream out(pdf, std::ios::binary);
        out << laid_out.bytes;
    }
    const std::string text = test::PdfText(pdf);
    // Not drawn: form fields show the blanks, and the clerk's values once issued.
    CHECK_THAT(text,
               !Catch::Contains("Số:") && !Catch::Contains("tháng") && !Catch::Contains("Kiểm tra chữ ký"));
    CHECK_THAT(text, Catch::Contains("QUYẾT ĐỊNH:") && Catch::Contains("Trần Văn Bình"));

    const auto& places = laid_out.places;
    REQUIRE(places.reference);
    REQUIRE(places.place_and_date);
    REQUIRE(places.signature_room);
    // The reference at the top left under the issuing body, the date at the right, on page 1.
    CHECK(places.reference->page == 0);
    CHECK(places.place_and_date->page == 0);
    CHECK(places.reference->left < places.place_and_date->left);
    CHECK(places.reference->bottom > 297 * 72 / 25.4 * 0.7);
    CHECK(TextIn(pdf, *places.reference).empty());
    CHECK(TextIn(pdf, *places.place_and_date).empty());
    // The signature's room is empty, the signer's title just above it and the name just below.
    const auto room = *places.signature_room;
    CHECK(room.width > 200);
    CHECK(room.height == Approx(60));
    CHECK(TextIn(pdf, room).empty());
    CHECK_THAT(TextIn(pdf, Shifted(room, room.height)), Catch::Contains("GIÁMĐỐC"));
    CHECK_THAT(TextIn(pdf, Shifted(room, -room.height / 2)), Catch::Contains("TrầnVănBình"));
    // The seal signature's corner: inside the first page's top margin, at its right, with nothing there.
    const auto corner = places.first_page_top_right;
    CHECK(corner.page == 0);
    CHECK(corner.left + corner.width == Approx((210 - 15) * 72 / 25.4));
    CHECK(corner.bottom >= (297 - 20) * 72 / 25.4 - 1);
    CHECK(TextIn(pdf, corner).empty());
    std::error_code ignored;
    std::filesystem::create_directories(INNODESK_REPORT_SAMPLES_DIR, ignored);
    std::filesystem::copy_file(pdf, std::filesystem::path(INNODESK_REPORT_SAMPLES_DIR) / "decision-form.pdf",
                               std::filesystem::copy_options::overwrite_existing, ignored);
}

TEST_CASE("The clerk's lines are the decree's reference and date", "[reports]") {
    CHECK(DecisionReferenceLine("126/QĐ-SKHCN", domain::Language::Vietnamese) == "Số: 126/QĐ-SKHCN");
    CHECK(DecisionReferenceLine("126/QĐ-SKHCN", domain::Language::English) == "No.: 126/QĐ-SKHCN");
    CHECK(DecisionPlaceAndDateLine(KhanhHoa(), domain::CalendarDate::FromYmd(2026, 12, 7),
                                   domain::Language::Vietnamese) == "Khánh Hòa, ngày 07 tháng 12 năm 2026");
}
