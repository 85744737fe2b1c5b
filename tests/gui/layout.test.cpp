// The windows at the two screen sizes officers use, 1280×800 and 1920×1080: every record list's columns
// fit within the list (the key ones, such as an application's state, are never off its right
// edge), no header is narrower than its words, the Reviews page's year keeps its buttons and its
// pass-marks column says something for every row.
#include "gui_fixture.h"

#include "gui/enterprises_page.h"
#include "gui/page.h"
#include "gui/reviews_page.h"
#include "gui/settings_page.h"
#include "gui/table_page.h"
#include "gui/wx_text.h"

#include "app/install_paths.h"
#include "domain/application_service.h"
#include "domain/enterprise_service.h"
#include "domain/programme_service.h"
#include "domain/review_service.h"
#include "domain/support_content.h"

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/scrolwin.h>
#include <wx/spinctrl.h>
#include <wx/translation.h>

using namespace innodesk;
using namespace innodesk::gui::testing;

namespace {

// The windows in Vietnamese (the longer headers) while alive, as `innodesk --lang vi` shows them.
class InLanguage {
public:
    explicit InLanguage(domain::Language language) {
        if (language != domain::Language::Vietnamese) return;
        auto* translations = new wxTranslations();  // wxTranslations::Set takes ownership
        translations->SetLanguage("vi");
        wxFileTranslationsLoader::AddCatalogLookupPathPrefix(gui::U(app::LocaleDirectory().string()));
        wxTranslations::Set(translations);
        REQUIRE(translations->AddCatalog("innodesk"));
        gui::SetCurrentLanguage(language);
    }
    ~InLanguage() {
        wxTranslations::Set(nullptr);
        gui::SetCurrentLanguage(domain::Language::English);
    }
    InLanguage(const InLanguage&) = delete;
    InLanguage& operator=(const InLanguage&) = delete;
};

void CollectPages(wxWindow& window, std::vector<gui::Page*>& pages) {
    for (wxWindow* child : window.GetChildren()) {
        if (auto* page = dynamic_cast<gui::Page*>(child)) {
            pages.push_back(page);
            continue;
        }
        CollectPages(*child, pages);
    }
}

// The page's record list: a table page's, or the Enterprises page's.
wxDataViewCtrl* RecordList(gui::Page& page) {
    if (auto* table = dynamic_cast<gui::TablePage*>(&page)) return table->List();
    if (auto* enterprises = dynamic_cast<gui::EnterprisesPage*>(&page)) return enterprises->List();
    return nullptr;
}

int ColumnsWidth(wxDataViewCtrl& list) {
    int width = 0;
    for (unsigned i = 0; i < list.GetColumnCount(); ++i)
        if (!list.GetColumn(i)->IsHidden()) width += list.GetColumn(i)->GetWidth();
    return width;
}

}  // namespace

TEST_CASE("At 1280×800 and 1920×1080 every page's list fits its columns in the window, headers whole",
          "[gui][layout]") {
    const auto [width, height] = GENERATE(table<int, int>({{1280, 800}, {1920, 1080}}));
    const auto language = GENERATE(domain::Language::Vietnamese, domain::Language::English);
    INFO("window " << width << "×" << height
                   << (language == domain::Language::Vietnamese ? ", Vietnamese" : ", English"));
    const InLanguage in_language(language);
    GuiFixture fixture;
    auto& officer = fixture.SignIn("canbo.an");
    // An application under review this year, so that the Reviews page has a row to show.
    domain::Application draft;
    draft.enterprise_id = officer.Enterprises().Search("", 1).at(0).id;
    const auto programme = officer.Programmes().List().at(0);
    draft.programme_id = programme.id;
    draft.year = officer.Clock().Today().Year();
    draft.content = domain::SupportContents()[0].value;
    draft.title = "Bố cục danh sách (đang xét chọn)";
    draft.requested_amount = domain::Money::Parse("100.000.000");
    draft.co_funding_amount = domain::Money::Parse("100.000.000");
    auto applications = officer.Applications();
    const auto created = applications.Create(draft, officer.Actor());
    applications.Move(created.id, domain::ApplicationState::Submitted, officer.Actor(), "");
    applications.Move(created.id, domain::ApplicationState::UnderReview, officer.Actor(), "");

    auto& frame = fixture.OpenWindow(officer);
    frame.SetSize(width, height);
    Pump(std::chrono::milliseconds(200));
    REQUIRE(frame.GetSize() == wxSize(width, height));
    std::vector<gui::Page*> pages;
    CollectPages(frame, pages);
    REQUIRE(pages.size() > 8);
    int lists = 0;
    for (gui::Page* page : pages) {
        const wxString name = page->GetName();
        INFO("page " << name.utf8_string());
        ShowPage(frame, name);
        if (wxDataViewCtrl* list = RecordList(*page)) {
            ++lists;
            // The widths follow the list's size once GTK has given it.
            WaitUntil(
                [&] {
                    for (unsigned i = 0; i < list->GetColumnCount(); ++i)
                        if (!list->GetColumn(i)->IsHidden() && list->GetColumn(i)->GetWidth() == 0)
                            return false;
                    return ColumnsWidth(*list) <= list->GetClientSize().GetWidth();
                },
                std::chrono::seconds(3));
            CHECK(ColumnsWidth(*list) <= list->GetClientSize().GetWidth());
            // Stretched to the window: little room left over at the right.
            CHECK(ColumnsWidth(*list) >= list->GetClientSize().GetWidth() - list->FromDIP(60));
            for (unsigned i = 0; i < list->GetColumnCount(); ++i) {
                const auto* column = list->GetColumn(i);
                if (column->IsHidden()) continue;
                INFO("column " << column->GetTitle().utf8_string());
                // The header's words in bold, as the theme draws them, and its button's padding.
                const wxFont bold = list->GetFont().Bold();
                int words = 0, line = 0;
                list->GetTextExtent(column->GetTitle(), &words, &line, nullptr, nullptr, &bold);
                CHECK(column->GetWidth() >= words + list->FromDIP(20));
            }
        }
        Pump(std::chrono::milliseconds(150));  // painted before the picture is taken
        Screenshot(frame, GuiFixture::OutputDir() /
                              ("gui-layout-" + name.utf8_string() + "-" + std::to_string(width) + "x" +
                               std::to_string(height) +
                               (language == domain::Language::Vietnamese ? "-vi.png" : "-en.png")));
        if (name == "reviews") {
            // The year's − and + buttons are inside its box.
            auto& year = Find<wxSpinCtrl>(*page, "reviews_year");
            CHECK(year.GetSize().GetWidth() >= year.GetBestSize().GetWidth());
            auto* reviews = dynamic_cast<gui::ReviewsPage*>(page);
            REQUIRE(reviews != nullptr);
            auto& list = *reviews->List();
            REQUIRE(list.GetItemCount() > 0);
            for (int row = 0; row < list.GetItemCount(); ++row) {
                const wxString marks = list.GetTextValue(static_cast<unsigned>(row), 7);
                INFO("row " << row);
                CHECK_FALSE(marks.empty());
            }
        }
    }
    CHECK(lists >= 8);
    fixture.Modals().Verify();
}

TEST_CASE("At 1280×800 Settings scrolls, so that every box keeps its height and the last ones can be reached",
          "[gui][layout]") {
    GuiFixture fixture;
    auto& admin = fixture.SignIn("quantri");
    auto& frame = fixture.OpenWindow(admin);
    frame.SetSize(1280, 800);
    Pump(std::chrono::milliseconds(200));
    ShowPage(frame, "settings");
    auto* settings = frame.FindPage<gui::SettingsPage>();
    REQUIRE(settings != nullptr);
    auto& body = Find<wxScrolledWindow>(*settings, "settings_body");
    WaitUntil([&] { return body.GetVirtualSize().GetHeight() > body.GetClientSize().GetHeight(); });
    // Taller than the window: the lists keep the height they were given instead of being squashed.
    CHECK(body.GetVirtualSize().GetHeight() > body.GetClientSize().GetHeight());
    for (const char* name : {"pinned_roots", "trust_store", "proposals"}) {
        INFO(name);
        auto& list = Find<wxDataViewListCtrl>(*settings, name);
        CHECK(list.GetSize().GetHeight() >= list.FromDIP(100));
        CHECK(body.IsDescendant(&list));
    }
    // Scrolled to the end, the proposals' buttons are inside the visible part of the page.
    body.Scroll(0, body.GetVirtualSize().GetHeight());
    Pump(std::chrono::milliseconds(100));
    auto& confirm = Find<wxButton>(*settings, "confirm_proposal");
    const wxPoint at = body.ScreenToClient(confirm.GetScreenPosition());
    CHECK(at.y >= 0);
    CHECK(at.y + confirm.GetSize().GetHeight() <= body.GetClientSize().GetHeight());
}
