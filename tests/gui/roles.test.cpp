// What a role may not do is visible: the buttons are disabled and say why.
#include "gui_fixture.h"

#include "gui/enterprises_page.h"

#include "domain/enterprise_service.h"

#include <wx/button.h>
#include <wx/menu.h>
#include <wx/toolbar.h>

using namespace innodesk;
using namespace innodesk::gui::testing;

namespace {

int ToolId(wxToolBar& tools, const wxString& label) {
    for (std::size_t i = 0; i < tools.GetToolsCount(); ++i)
        if (const auto* tool = tools.GetToolByPos(static_cast<int>(i)); tool && tool->GetLabel() == label)
            return tool->GetId();
    FAIL("no tool labelled " << label.utf8_string());
    return wxID_ANY;
}

}  // namespace

TEST_CASE("A viewer's window has New and Sign disabled, each with the reason as its tooltip", "[gui]") {
    GuiFixture fixture;
    auto& frame = fixture.OpenWindow("xem.giang");
    struct Refused {
        const char* page;
        const char* button;
        const char* why;
    };
    const Refused refused[] = {
        {"enterprises", "new_enterprise", "Only officers add and edit enterprises; your role reads them."},
        {"applications", "new_application",
         "Only officers create applications and move them along; your role reads them."},
        {"applications", "submit",
         "Only officers create applications and move them along; your role reads them."},
        {"applications", "recommend",
         "Only officers create applications and move them along; your role reads them."},
        {"decisions", "draft_decision", "Only officers draft decisions."},
        {"decisions", "sign_decision", "Only approvers sign decisions."},
    };
    wxToolBar* tools = frame.GetToolBar();
    REQUIRE(tools != nullptr);
    const int new_tool = ToolId(*tools, "New");
    const int new_menu = frame.GetMenuBar()->FindMenuItem("Edit", "New record");
    REQUIRE(new_menu != wxNOT_FOUND);
    for (const auto& r : refused) {
        INFO(r.page << " / " << r.button);
        ShowPage(frame, r.page);
        auto& button = Find<wxButton>(*FindNamed(frame, r.page), r.button);
        CHECK(button.IsShown());
        CHECK_FALSE(button.IsEnabled());
        CHECK(button.GetToolTipText().utf8_string() == r.why);
        // The toolbar's and the menu's New follow the page.
        CHECK_FALSE(tools->GetToolEnabled(new_tool));
        CHECK_FALSE(frame.GetMenuBar()->IsEnabled(new_menu));
        if (std::string_view(r.button).starts_with("new_") || std::string_view(r.button) == "draft_decision")
            CHECK(tools->GetToolShortHelp(new_tool).utf8_string() == r.why);
    }
    // Reading stays open to a viewer.
    ShowPage(frame, "decisions");
    CHECK(Find<wxButton>(*FindNamed(frame, "decisions"), "verify_all").IsEnabled());
    CHECK(Find<wxButton>(*FindNamed(frame, "decisions"), "export_decision").IsEnabled());
    ShowPage(frame, "applications");
    CHECK(Find<wxButton>(*FindNamed(frame, "applications"), "history").IsEnabled());

    // Even a click that reached the disabled button (or Ctrl+N) would open no form: the page
    // checks the role itself. The modal script fails the test if any dialog opens.
    ShowPage(frame, "enterprises");
    auto* page = frame.FindPage<gui::EnterprisesPage>();
    REQUIRE(page != nullptr);
    auto& checker = fixture.Checker();
    const auto before = checker.Enterprises().Count();
    ForceClick(Find<wxButton>(*page, "new_enterprise"));
    wxCommandEvent ctrl_n(wxEVT_MENU, new_menu);
    frame.HandleWindowEvent(ctrl_n);
    fixture.Modals().Verify();
    CHECK(checker.Enterprises().Count() == before);
}
