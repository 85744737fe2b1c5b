// The department's timestamping authority in Settings (issue 20, item 3): an administrator proposes the TSA's
// address and picks its CA certificate (applied at once under the demo's one-person rule, else confirmed by a
// second administrator), a wrong address is refused with nothing stored, and other roles cannot change it.
#include "gui_driver.h"
#include "gui_fixture.h"
#include "test_records.h"

#include "gui/settings_page.h"

#include "domain/timestamp_settings.h"
#include "domain/trust_service.h"
#include "signing/pki_maker.h"

#include <wx/button.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <chrono>

using namespace innodesk;
using namespace innodesk::gui::testing;

TEST_CASE("An administrator sets the TSA address and CA in Settings, a wrong address is refused",
          "[gui][timestamp]") {
    GuiFixture fixture;
    auto& admin = fixture.SignIn("quantri");
    auto& frame = fixture.OpenWindow(admin);
    ShowPage(frame, "settings");
    auto* settings = frame.FindPage<gui::SettingsPage>();
    REQUIRE(settings != nullptr);
    CHECK(Find<wxTextCtrl>(*settings, "tsa_url").GetValue().empty());
    CHECK(Find<wxStaticText>(*settings, "tsa_ca").GetLabel().Contains("none chosen"));
    auto& checker = fixture.Checker();

    fixture.Modals().AllowErrorBoxes(true);
    Type(*settings, "tsa_url", "https://tsa.example.vn/tsa");
    Click(*settings, "save_tsa_url");
    REQUIRE_FALSE(fixture.Modals().MessageBoxes().empty());
    CHECK(fixture.Modals().MessageBoxes().back().message.Contains("tsa_url must be an address http://host"));
    CHECK_FALSE(checker.Trust().Setting(domain::kSettingTsaUrl).has_value());

    Type(*settings, "tsa_url", "http://tsa.example.vn/tsa");
    Click(*settings, "save_tsa_url");
    CHECK(checker.Trust().Setting(domain::kSettingTsaUrl) ==
          std::optional<std::string>("http://tsa.example.vn/tsa"));

    const auto now = std::chrono::system_clock::now();
    signing::CertificateProfile profile;
    profile.common_name = "CA dấu thời gian thử";
    profile.not_before = now - std::chrono::hours(1);
    profile.not_after = now + std::chrono::hours(24 * 365);
    profile.is_ca = true;
    profile.key_usage = signing::KeyUsage::KeyCertSign | signing::KeyUsage::CrlSign;
    const auto ca = signing::MakeRootCa(profile);
    const auto ca_file = GuiFixture::OutputDir() / "tsa-ca.pem";
    signing::WriteTextFile(ca_file, ca.CertificatePem());
    {
        const AnswerFiles answer("tsa_ca_file", ca_file);
        Click(*settings, "choose_tsa_ca");
    }
    fixture.Modals().Verify();
    CHECK(checker.Trust().Setting(domain::kSettingTsaCaPem) ==
          std::optional<std::string>(ca.CertificatePem()));
    CHECK(Find<wxStaticText>(*settings, "tsa_ca").GetLabel().Contains(ca.FingerprintSha256()));
    CHECK(Find<wxStaticText>(*settings, "tsa_ca")
              .GetLabel()
              .Contains(wxString::FromUTF8("CA dấu thời gian thử")));
    CHECK(Screenshot(frame, GuiFixture::OutputDir() / "gui-settings-tsa.png"));

    // An officer sees the TSA but cannot change it.
    auto& officer = fixture.SignIn("canbo.an");
    auto& officer_frame = fixture.OpenWindow(officer);
    ShowPage(officer_frame, "settings");
    auto* officer_settings = officer_frame.FindPage<gui::SettingsPage>();
    REQUIRE(officer_settings != nullptr);
    CHECK(Find<wxTextCtrl>(*officer_settings, "tsa_url").GetValue() == "http://tsa.example.vn/tsa");
    CHECK_FALSE(Find<wxButton>(*officer_settings, "save_tsa_url").IsEnabled());
    CHECK_FALSE(Find<wxButton>(*officer_settings, "choose_tsa_ca").IsEnabled());
}
