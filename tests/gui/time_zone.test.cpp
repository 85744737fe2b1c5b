// The window's "today" and its times are the department's (the time_zone setting, by default
// Asia/Ho_Chi_Minh) on a machine whose clock runs on UTC: the Dashboard's and the Reports' dates,
// a form's default dates and the audit log agree, and an administrator changes the zone in
// Settings (a name the zone database does not know is refused).
#include "gui_fixture.h"
#include "signing/sha256.h"

#include "gui/applications_page.h"
#include "gui/audit_page.h"
#include "gui/form_dialog.h"
#include "gui/settings_page.h"
#include "gui/vouchers_page.h"
#include "gui/wx_text.h"

#include "app/department_time_zone.h"
#include "domain/audit_service.h"
#include "domain/enterprise_service.h"
#include "domain/programme_service.h"
#include "domain/trust_service.h"
#include "signing/sha256.h"
#include "text/icu_time_zone.h"

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/datectrl.h>
#include <wx/textctrl.h>

#include <cstdlib>
#include <ctime>

using namespace innodesk;
using namespace innodesk::gui::testing;
using app::Workspace;
using gui::U;

namespace {

constexpr std::int64_t kSixDecember2330Utc = 1'796'599'800;  // 07/12/2026 06:30 in Vietnam

class MachineOnUtc {
public:
    MachineOnUtc() {
        setenv("TZ", "UTC", 1);
        tzset();
    }
    ~MachineOnUtc() {
        unsetenv("TZ");
        tzset();
    }
};

// The session's clock stopped at the instant, in the zone the department's settings name.
void StopClock(app::Workspace& session) {
    session.SetClock(
        domain::SystemClock(app::DepartmentTimeZone(session.Store()), [] { return kSixDecember2330Utc; }));
}

// What the window shows as today, and when the last change it makes was made: the Dashboard's and
// the Reports' "as of", the voucher form's dates, and the audit log's time of a new application.
struct Shown {
    domain::CalendarDate dashboard, reports;
    wxString issued_on, valid_until, audit_time;
};

Shown WhatTheWindowShows(GuiFixture& fixture, app::Workspace& officer, const std::string& title) {
    Shown shown;
    auto& frame = fixture.OpenWindow(officer);
    shown.dashboard = gui::DateOf(&Find<wxDatePickerCtrl>(frame, "dashboard_as_of"));
    shown.reports = gui::DateOf(&Find<wxDatePickerCtrl>(frame, "report_as_of"));

    ShowPage(frame, "vouchers");
    auto* vouchers = frame.FindPage<gui::VouchersPage>();
    REQUIRE(vouchers != nullptr);
    fixture.Modals().Expect("issue_voucher_dialog", [&](wxDialog& dialog) {
        shown.issued_on = Find<wxTextCtrl>(dialog, "issued_on").GetValue();
        shown.valid_until = Find<wxTextCtrl>(dialog, "valid_until").GetValue();
        Click(*dialog.FindWindow(wxID_CANCEL));
    });
    Click(*vouchers, "issue_voucher");
    fixture.Modals().Verify();

    const auto enterprise = officer.Enterprises().Search("", 1).at(0);
    const auto programme = officer.Programmes().List().at(0);
    ShowPage(frame, "applications");
    auto* applications = frame.FindPage<gui::ApplicationsPage>();
    REQUIRE(applications != nullptr);
    fixture.Modals().Expect("application_dialog", [&](wxDialog& dialog) {
        Type(dialog, "enterprise", U(enterprise.tax_code.Value()));
        Choose(dialog, "programme", U(programme.code + " — " + programme.name));
        Type(dialog, "title", U(title));
        Type(dialog, "requested", "150.000.000");
        Type(dialog, "co_funding", "150.000.000");
        Click(*dialog.FindWindow(wxID_SAVE));
    });
    Click(*applications, "new_application");
    fixture.Modals().Verify();

    auto& checker = fixture.Checker();
    const auto latest = checker.Audit().Latest(1).at(0);
    CHECK(latest.action == "application.create");
    CHECK(latest.at_unix == kSixDecember2330Utc);
    ShowPage(frame, "audit");
    auto* audit = frame.FindPage<gui::AuditPage>();
    REQUIRE(audit != nullptr);
    audit->Reload();
    shown.audit_time = Cell(*audit->List(), latest.seq, 1);
    return shown;
}

}  // namespace

TEST_CASE("At 23:30 UTC every date the window shows is the department's, the next day in Asia/Ho_Chi_Minh",
          "[gui][time_zone]") {
    const MachineOnUtc utc;
    GuiFixture fixture;
    auto& officer = fixture.SignIn("canbo.an");
    REQUIRE(officer.Clock().Zone()->Name() == "Asia/Ho_Chi_Minh");  // the default, nothing set
    StopClock(officer);
    const auto shown = WhatTheWindowShows(fixture, officer, "Ứng dụng múi giờ Việt Nam");
    CHECK(shown.dashboard == domain::CalendarDate::FromYmd(2026, 12, 7));
    CHECK(shown.reports == domain::CalendarDate::FromYmd(2026, 12, 7));
    CHECK(shown.issued_on == "07/12/2026");
    CHECK(shown.valid_until == "07/06/2027");
    CHECK(shown.audit_time == "07/12/2026 06:30");
}

TEST_CASE("An administrator sets the department's zone in Settings, an unknown zone is refused",
          "[gui][time_zone]") {
    const MachineOnUtc utc;
    GuiFixture fixture;
    auto& admin = fixture.SignIn("quantri");
    auto& frame = fixture.OpenWindow(admin);
    ShowPage(frame, "settings");
    auto* settings = frame.FindPage<gui::SettingsPage>();
    REQUIRE(settings != nullptr);
    CHECK(Find<wxTextCtrl>(*settings, "time_zone").GetValue() == "Asia/Ho_Chi_Minh");

    fixture.Modals().AllowErrorBoxes(true);
    Type(*settings, "time_zone", "Asia/Nha_Trang");
    Click(*settings, "save_time_zone");
    REQUIRE_FALSE(fixture.Modals().MessageBoxes().empty());
    CHECK(fixture.Modals().MessageBoxes().back().message.Contains(
        "Time zone 'Asia/Nha_Trang' is not in the IANA time zone database."));
    auto& checker = fixture.Checker();
    CHECK_FALSE(checker.Trust().Setting(app::kSettingTimeZone).has_value());

    Type(*settings, "time_zone", "UTC");
    Click(*settings, "save_time_zone");
    fixture.Modals().Verify();
    CHECK(checker.Trust().Setting(app::kSettingTimeZone) == std::optional<std::string>("UTC"));
    CHECK(admin.Clock().Zone()->Name() == "UTC");
    CHECK(Screenshot(frame, GuiFixture::OutputDir() / "gui-settings-time-zone.png"));

    // An officer signing in now works on the department's new zone: still the 6th at 23:30 UTC.
    auto& officer = fixture.SignIn("canbo.an");
    CHECK(officer.Clock().Zone()->Name() == "UTC");
    StopClock(officer);
    const auto shown = WhatTheWindowShows(fixture, officer, "Ứng dụng múi giờ UTC");
    CHECK(shown.dashboard == domain::CalendarDate::FromYmd(2026, 12, 6));
    CHECK(shown.reports == domain::CalendarDate::FromYmd(2026, 12, 6));
    CHECK(shown.issued_on == "06/12/2026");
    CHECK(shown.audit_time == "06/12/2026 23:30");
}
