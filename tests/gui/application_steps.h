// What the Applications page tests share: finding a demo application in a given state, a fresh
// draft of the test's own, the page of a window, the status bar's message and the last error box.
#pragma once

#include "gui/number_text.h"

#include "gui_fixture.h"

#include "gui/applications_page.h"
#include "gui/wx_text.h"

#include "domain/application_service.h"
#include "domain/enterprise_service.h"
#include "domain/programme_service.h"

#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
#include <wx/statusbr.h>

#include <functional>

namespace innodesk::gui::testing {

// The first demo application in `state` that `fits`; fails the test when there is none.
inline domain::Application DemoApplication(
    GuiFixture& fixture, domain::ApplicationState state,
    const std::function<bool(const domain::Application&)>& fits = [](const domain::Application&) {
        return true;
    }) {
    auto& checker = fixture.Checker();
    domain::ApplicationFilter filter;
    filter.state = state;
    filter.limit = 100'000;
    for (const auto& application : checker.Applications().List(filter))
        if (fits(application)) return application;
    FAIL("no demo application in state "
         << domain::EntryOf(domain::ApplicationLifecycle().states, state).code);
    return {};
}

// A draft of the test's own, created by the demo officer through the service.
inline domain::Application NewDraft(GuiFixture& fixture, const std::string& title) {
    auto& officer = fixture.SignIn("canbo.an");
    domain::Application draft;
    draft.enterprise_id = officer.Enterprises().Search("", 1).at(0).id;
    draft.programme_id = officer.Programmes().List().at(0).id;
    draft.year = officer.Clock().Today().Year();
    draft.title = title;
    draft.requested_amount = domain::Money::Parse("100.000.000");
    draft.co_funding_amount = domain::Money::Parse("150.000.000");
    return officer.Applications().Create(draft, officer.Actor());
}

inline ApplicationsPage& ApplicationsOf(MainFrame& frame) {
    ShowPage(frame, "applications");
    auto* page = frame.FindPage<ApplicationsPage>();
    REQUIRE(page != nullptr);
    return *page;
}

inline wxString StatusMessage(MainFrame& frame) {
    REQUIRE(frame.GetStatusBar() != nullptr);
    return frame.GetStatusBar()->GetStatusText(kStatusMessageField);
}

inline wxString LastErrorBox(GuiFixture& fixture) {
    const auto& boxes = fixture.Modals().MessageBoxes();
    return boxes.empty() ? wxString() : boxes.back().message;
}

// What the screen shows over the main window (1280×800) with `dialog` raised above it, as the
// officer sees it: the dialog in its place over the page. Saved under OutputDir() as `name`.png.
inline bool ShootOver(wxWindow& frame, wxWindow& dialog, const std::string& name) {
    dialog.Raise();
    dialog.Refresh();
    dialog.Update();
    Pump(std::chrono::milliseconds(800));  // mapped, laid out and painted
    const wxRect area = frame.GetScreenRect();
    wxBitmap bitmap(area.GetSize(), 24);
    {
        wxMemoryDC memory(bitmap);
        wxScreenDC screen;
        if (!memory.Blit(0, 0, area.width, area.height, &screen, area.x, area.y)) return false;
    }
    return bitmap.ConvertToImage().SaveFile(
        wxString::FromUTF8((GuiFixture::OutputDir() / (name + ".png")).string()), wxBITMAP_TYPE_PNG);
}

// As the window writes it (1.250.000 ₫ in Vietnamese, 1,250,000 ₫ in English).
inline wxString Money(const domain::Money& amount) {
    return AmountText(amount);
}

}  // namespace innodesk::gui::testing
