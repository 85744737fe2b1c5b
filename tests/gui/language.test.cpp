// One language on screen: in Vietnamese the toolkit's own words (stock buttons, the progress
// dialog, GTK's dialogs) are Vietnamese too; error dialogs say the message in the user's words and
// keep the codes behind Details; the audit log reads as sentences with a before/after table;
// numbers follow the language's separators; and Help opens the manual in the window's language
// with its screenshots.
#include "gui_fixture.h"

#include "gui/audit_page.h"
#include "gui/error_dialog.h"
#include "gui/manual_window.h"
#include "gui/number_text.h"
#include "gui/table_cells.h"
#include "gui/ui_language.h"
#include "gui/vouchers_page.h"
#include "gui/wx_text.h"

#include "domain/application_service.h"
#include "domain/enterprise_service.h"
#include "domain/programme_service.h"
#include "domain/support_content.h"

#include <wx/button.h>
#include <wx/collpane.h>
#include <wx/dataview.h>
#include <wx/image.h>
#include <wx/modalhook.h>
#include <wx/progdlg.h>
#include <wx/stattext.h>
#include <wx/stockitem.h>

#include <libintl.h>

#include <array>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>

using namespace innodesk;
using namespace innodesk::gui::testing;
using gui::U;

namespace {

// The window's language for one test case; the suite's English comes back at its end.
class LanguageFor {
public:
    explicit LanguageFor(domain::Language language) : m_set_up(gui::UseUiLanguage(language)) {}
    ~LanguageFor() { gui::UseUiLanguage(domain::Language::English); }
    LanguageFor(const LanguageFor&) = delete;
    LanguageFor& operator=(const LanguageFor&) = delete;
    const gui::UiLanguageSetUp& SetUp() const { return m_set_up; }

private:
    gui::UiLanguageSetUp m_set_up;
};

// Every label a window and its descendants show: static texts, buttons, the window itself.
void CollectLabels(wxWindow& window, std::vector<wxString>& labels) {
    if (!window.GetLabel().empty()) labels.push_back(wxStripMenuCodes(window.GetLabel()));
    for (wxWindow* child : window.GetChildren()) CollectLabels(*child, labels);
}

bool Contains(const std::vector<wxString>& labels, const wxString& wanted) {
    return std::find(labels.begin(), labels.end(), wanted) != labels.end();
}

bool AnyHas(const std::vector<wxString>& labels, const wxString& part) {
    return std::any_of(labels.begin(), labels.end(), [&](const wxString& l) { return l.Contains(part); });
}

// GTK's own catalog, as its dialogs look their words up (a stock label has the context
// "Stock label"): what the message boxes' and file chooser's buttons will read.
wxString Gtk(const char* msgid) {
    return wxString::FromUTF8(dgettext("gtk30", msgid));
}

// Lets a modal dialog open as the user sees it (wx builds a message dialog's contents only then),
// looks at it from inside its modal loop, then closes it with OK.
class ShownDialog final : public wxModalDialogHook {
public:
    explicit ShownDialog(std::function<void(wxDialog&)> look) : m_look(std::move(look)) { Register(); }
    ~ShownDialog() override { Unregister(); }

protected:
    int Enter(wxDialog* dialog) override {
        // wxGenericMessageDialog::ShowModal enters the hook, then wxDialog::ShowModal again.
        if (!m_seen.insert(dialog).second) return wxID_NONE;
        dialog->CallAfter([this, dialog] {
            m_look(*dialog);  // CHECKs only: the dialog must be closed whatever they find
            dialog->EndModal(wxID_OK);
        });
        return wxID_NONE;
    }
    void Exit(wxDialog*) override {}

private:
    std::function<void(wxDialog&)> m_look;
    std::set<wxDialog*> m_seen;
};

wxCollapsiblePane* FindPane(wxWindow& window) {
    if (auto* pane = dynamic_cast<wxCollapsiblePane*>(&window)) return pane;
    for (wxWindow* child : window.GetChildren())
        if (auto* pane = FindPane(*child)) return pane;
    return nullptr;
}

std::string ReadWhole(const std::filesystem::path& file) {
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("In Vietnamese the toolkit's own buttons and the progress dialog speak Vietnamese",
          "[gui][language]") {
    const LanguageFor vietnamese(domain::Language::Vietnamese);
    CHECK(vietnamese.SetUp().own_catalog);
    CHECK(vietnamese.SetUp().toolkit_catalog);
    // Not the plain "C" locale, under which GTK's gettext would ignore $LANGUAGE.
    CHECK(vietnamese.SetUp().messages_locale != "C");

    CHECK(wxGetStockLabel(wxID_CANCEL, wxSTOCK_NOFLAGS) == U("Hủy"));
    CHECK(wxGetStockLabel(wxID_OK, wxSTOCK_NOFLAGS) == U("Đồng ý"));
    CHECK(wxGetStockLabel(wxID_YES, wxSTOCK_NOFLAGS) == U("Có"));
    CHECK(wxGetStockLabel(wxID_NO, wxSTOCK_NOFLAGS) == U("Không"));
    CHECK(wxGetStockLabel(wxID_CLOSE, wxSTOCK_NOFLAGS) == U("Đóng"));
    CHECK(wxGetStockLabel(wxID_SAVE, wxSTOCK_NOFLAGS) == U("Lưu"));

    auto* owner = new wxFrame(nullptr, wxID_ANY, "owner");
    auto* cancel = new wxButton(owner, wxID_CANCEL);  // a dialog's stock button, labelled by wx
    CHECK(wxStripMenuCodes(cancel->GetLabel()) == U("Hủy"));
    {
        wxProgressDialog progress(_("Audit log"), U("Đang kiểm tra…"), 100, owner,
                                  wxPD_CAN_ABORT | wxPD_ELAPSED_TIME | wxPD_REMAINING_TIME);
        progress.Update(10);
        std::vector<wxString> labels;
        CollectLabels(progress, labels);
        CHECK(Contains(labels, U("Đã chạy:")));
        CHECK(Contains(labels, U("Còn lại:")));
        CHECK(Contains(labels, U("Hủy")));
        CHECK_FALSE(AnyHas(labels, "Elapsed"));
        CHECK_FALSE(AnyHas(labels, "Remaining"));
        CHECK_FALSE(AnyHas(labels, "Cancel"));
        CHECK_FALSE(AnyHas(labels, "unknown"));
        Screenshot(progress, GuiFixture::OutputDir() / "progress-vi.png");
    }
    owner->Destroy();
    // GTK's file chooser and message boxes take their buttons from GTK's own catalog.
    CHECK(Gtk("_Cancel") != "_Cancel");
    CHECK(Gtk("_Open") != "_Open");
    CHECK(Gtk("_Save") != "_Save");
    CHECK(Gtk("Stock label\004_Yes") != U("_Yes"));
    CHECK(Gtk("Stock label\004_Cancel") == U("_Thôi"));
}

TEST_CASE("Without the vi_VN.UTF-8 locale GTK still speaks Vietnamese through C.UTF-8", "[gui][language]") {
    const LanguageFor vietnamese(domain::Language::Vietnamese);
    // As on a machine where vi_VN.UTF-8 was never generated: the first choice does not exist.
    const std::array<const char*, 2> without_vietnamese{"xx_NO.UTF-8", "C.UTF-8"};
    CHECK(gui::UseMessagesLocale(without_vietnamese) == "C.UTF-8");
    CHECK(Gtk("_Cancel") == U("_Thôi"));
    CHECK(wxGetStockLabel(wxID_CANCEL, wxSTOCK_NOFLAGS) == U("Hủy"));  // wx's catalogs need no locale
}

TEST_CASE("In English the same words stay English", "[gui][language]") {
    const LanguageFor english(domain::Language::English);
    CHECK(wxGetStockLabel(wxID_CANCEL, wxSTOCK_NOFLAGS) == "Cancel");
    CHECK(Gtk("_Cancel") == "_Cancel");
    CHECK(_("Audit log") == "Audit log");
}

TEST_CASE("An error dialog says the message in the user's words and keeps the codes behind Details",
          "[gui][language]") {
    const LanguageFor vietnamese(domain::Language::Vietnamese);
    const domain::DomainError refusal(
        domain::ErrorCode::InvalidValue,
        {"Số điện thoại «abc» không hợp lệ.", "The phone number 'abc' is not valid."}, "phone");
    auto dialog = gui::MakeErrorDialog(nullptr, refusal);
    CHECK(dialog->GetMessage() == U("Số điện thoại «abc» không hợp lệ."));
    CHECK_FALSE(dialog->GetMessage().Contains("invalid_value"));
    CHECK_FALSE(dialog->GetMessage().Contains("phone"));
    CHECK(dialog->GetCaption() == U("InnoDesk không thực hiện được"));
    const wxString details = dialog->GetDetailedText();
    CHECK(details.Contains("invalid_value"));
    CHECK(details.Contains("phone"));
    CHECK(details.Contains("innodesk::domain::DomainError"));
    CHECK(wxStripMenuCodes(dialog->GetOKLabel()) == U("Đồng ý"));

    // As shown: the details folded under "Chi tiết", the message alone in view.
    bool looked = false;
    {
        ShownDialog shown([&](wxDialog& window) {
            looked = true;
            auto* pane = FindPane(window);
            CHECK(pane != nullptr);
            if (!pane) return;
            CHECK(pane->IsCollapsed());
            // GTK's expander keeps its label to itself; wx labels it with this translation.
            CHECK(wxStripMenuCodes(wxGetTranslation("&See details")) == U("Chi tiết"));
            std::vector<wxString> labels;
            CollectLabels(window, labels);
            CHECK(Contains(labels, U("Số điện thoại «abc» không hợp lệ.")));
            Screenshot(window, GuiFixture::OutputDir() / "error-vi.png");
        });
        dialog->ShowModal();
    }
    CHECK(looked);

    // Anything that is not one of InnoDesk's own refusals: a sentence of ours, the library's text behind
    // Details.
    const std::runtime_error library_error("sqlite3_step: disk I/O error");
    auto unexpected = gui::MakeErrorDialog(nullptr, library_error);
    CHECK_FALSE(unexpected->GetMessage().Contains("sqlite3"));
    CHECK(unexpected->GetMessage().Contains(U("Chi tiết")));
    CHECK(unexpected->GetDetailedText().Contains("sqlite3_step: disk I/O error"));
    CHECK(unexpected->GetDetailedText().Contains("std::runtime_error"));
}

TEST_CASE("Numbers use English separators in English and Vietnamese ones in Vietnamese", "[gui][language]") {
    {
        const LanguageFor english(domain::Language::English);
        CHECK(gui::TableCell::Amount(domain::Money::Dong(1'250'000)).Text() == U("1,250,000 ₫"));
        CHECK(gui::Grouped(1'250'000) == "1,250,000");
        CHECK(gui::Grouped(-1'000) == "-1,000");
        CHECK(gui::AmountText(domain::Money::Dong(999)) == U("999 ₫"));

        // A list as the officer sees it: the Vouchers page's face values.
        GuiFixture fixture;
        auto& officer = fixture.SignIn("canbo.an");
        auto& frame = fixture.OpenWindow(officer);
        ShowPage(frame, "vouchers");
        auto* vouchers = frame.FindPage<gui::VouchersPage>();
        REQUIRE(vouchers != nullptr);
        auto& list = *vouchers->List();
        REQUIRE(list.GetItemCount() > 0);
        const wxString face_value = list.GetTextValue(0, 4);
        INFO("face value " << face_value.utf8_string());
        CHECK(std::regex_match(face_value.utf8_string(), std::regex(R"(\d{1,3}(,\d{3})+ ₫)")));
        // What the officer types in English is read with the same separators.
        CHECK(domain::Money::Parse("1,250,000").Dong() == 1'250'000);
        fixture.Modals().Verify();
    }
    const LanguageFor vietnamese(domain::Language::Vietnamese);
    CHECK(gui::TableCell::Amount(domain::Money::Dong(1'250'000)).Text() == U("1.250.000 ₫"));
    CHECK(gui::Grouped(1'250'000) == "1.250.000");
    CHECK(domain::Money::Parse("1.250.000").Dong() == 1'250'000);
}

TEST_CASE("The audit log shows a change as a sentence and a before/after table", "[gui][language]") {
    const LanguageFor vietnamese(domain::Language::Vietnamese);
    GuiFixture fixture;
    auto& officer = fixture.SignIn("canbo.an");
    const auto enterprise = officer.Enterprises().Search("", 1).at(0);
    domain::Application draft;
    draft.enterprise_id = enterprise.id;
    draft.programme_id = officer.Programmes().List().at(0).id;
    draft.year = 2026;
    draft.content = domain::SupportContents()[0].value;
    draft.title = "Số hóa quy trình kiểm định";
    draft.requested_amount = domain::Money::Dong(150'000'000);
    draft.co_funding_amount = domain::Money::Dong(150'000'000);
    const auto created = officer.Applications().Create(draft, officer.Actor());
    officer.Applications().Move(created.id, domain::ApplicationState::Submitted, officer.Actor(), "");

    auto& frame = fixture.OpenWindow("quantri");
    ShowPage(frame, "audit");
    auto* audit = frame.FindPage<gui::AuditPage>();
    REQUIRE(audit != nullptr);
    audit->Reload();
    auto& list = *audit->List();
    // The newest entry first: the submission.
    REQUIRE(list.GetItemCount() > 0);
    const wxString seq = list.GetTextValue(0, 0);
    long newest = 0;
    REQUIRE(seq.ToLong(&newest));
    const wxString name = U(fixture.DisplayName("canbo.an"));
    CHECK(list.GetTextValue(0, 2) == name);
    const wxString sentence = list.GetTextValue(0, 3);
    INFO("sentence " << sentence.utf8_string());
    CHECK(sentence == name + U(" đã nộp hồ sơ số ") +
                          wxString::Format("%lld", static_cast<long long>(created.id)) +
                          U(" («Số hóa quy trình kiểm định»)."));
    CHECK_FALSE(sentence.Contains("application."));

    SelectRow(list, newest);
    auto& changes = *audit->Changes();
    std::map<wxString, std::pair<wxString, wxString>> by_label;
    for (unsigned row = 0; row < static_cast<unsigned>(changes.GetItemCount()); ++row)
        by_label[changes.GetTextValue(row, 0)] = {changes.GetTextValue(row, 1), changes.GetTextValue(row, 2)};
    REQUIRE(by_label.contains(U("Trạng thái")));
    CHECK(by_label[U("Trạng thái")] == std::pair{U("Nháp"), U("Đã nộp")});
    REQUIRE(by_label.contains(U("Ngày nộp")));
    CHECK(by_label[U("Ngày nộp")].first == U("—"));
    CHECK(std::regex_match(by_label[U("Ngày nộp")].second.utf8_string(), std::regex(R"(\d\d/\d\d/\d{4})")));
    CHECK_FALSE(by_label.contains(U("Kinh phí đề nghị")));  // unchanged
    CHECK(UnwrappedLabel(*audit, "audit_sentence") == sentence);
    Screenshot(frame, GuiFixture::OutputDir() / "audit-change-vi.png");
    fixture.Modals().Verify();
}

TEST_CASE("Help opens the user manual in the window's language, with its screenshots", "[gui][language]") {
    for (const auto language : {domain::Language::Vietnamese, domain::Language::English}) {
        const bool vi = language == domain::Language::Vietnamese;
        DYNAMIC_SECTION((vi ? "Vietnamese" : "English")) {
            const LanguageFor chosen(language);
            GuiFixture fixture;
            auto& frame = fixture.OpenWindow("canbo.an");
            Menu(frame, vi ? U("Trợ giúp") : U("Help"), vi ? U("Hướng dẫn sử dụng") : U("User manual"));
            auto* window = dynamic_cast<gui::ManualWindow*>(wxWindow::FindWindowByName("manual_window"));
            REQUIRE(window != nullptr);
            CHECK(window->IsShown());
            CHECK(window->GetTitle() == (vi ? U("Hướng dẫn sử dụng") : U("User manual")));
            auto* html = window->Html();
            CHECK(html->GetOpenedPageTitle() ==
                  (vi ? U("Hướng dẫn sử dụng InnoDesk") : U("InnoDesk user manual")));
            const wxString text = html->ToText();
            CHECK(text.Contains(vi ? U("Đăng ký doanh nghiệp") : U("Registering an enterprise")));
            CHECK(text.Contains(vi ? U("Sao lưu") : U("Backups")));

            // Every picture the page shows is there, in the page's language, and is a real image.
            const auto page = gui::ManualPage(language);
            const std::string source = ReadWhole(page);
            const std::regex image(R"re(<img src="([^"]+)")re");
            int images = 0;
            for (std::sregex_iterator m(source.begin(), source.end(), image), end; m != end; ++m, ++images) {
                const auto picture = (page.parent_path() / (*m)[1].str()).lexically_normal();
                INFO("image " << picture);
                CHECK(picture.filename().string().ends_with(vi ? "-vi.png" : "-en.png"));
                REQUIRE(std::filesystem::is_regular_file(picture));
                const wxImage loaded(U(picture.string()), wxBITMAP_TYPE_PNG);
                CHECK(loaded.IsOk());
            }
            CHECK(images >= 8);
            // A second Help → User manual brings the same window forward instead of another.
            CHECK(gui::ManualWindow::Open(&frame) == window);
            window->Destroy();
            fixture.Modals().Verify();
        }
    }
}
