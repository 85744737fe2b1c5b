// The department's timestamping authority as settings (issue 20, item 3): tsa_url and tsa_ca_pem are signing
// settings, so one administrator only proposes them and a second confirms; only then does
// app::ConfiguredTimestampAuthority return the TSA. Values that are not an http address or CA certificates
// are refused before anything is stored.
#include "scenario.h"
#include "test_helpers.h"

#include "app/timestamp_authority.h"
#include "domain/four_eyes_service.h"
#include "domain/timestamp_settings.h"
#include "domain/trust_service.h"
#include "signing/pki_maker.h"

#include <catch2/catch.hpp>

#include <chrono>

using namespace innodesk;
using namespace innodesk::domain;

using innodesk::testing::kTestPassword;
using innodesk::testing::kTestWorkstation;
using innodesk::testing::Refusal;

namespace {

// A CA certificate of the TSA (made now: no key is committed) and a certificate that is not a CA.
struct TsaCertificates {
    std::string ca_pem;
    std::string leaf_pem;
    std::string ca_subject;
    std::string ca_fingerprint;
};

const TsaCertificates& Certificates() {
    static const TsaCertificates made = [] {
        const auto now = std::chrono::system_clock::now();
        signing::CertificateProfile ca;
        ca.common_name = "Tổ chức chứng thực dấu thời gian thử";
        ca.not_before = now - std::chrono::hours(1);
        ca.not_after = now + std::chrono::hours(24 * 365);
        ca.is_ca = true;
        ca.key_usage = signing::KeyUsage::KeyCertSign | signing::KeyUsage::CrlSign;
        const auto root = signing::MakeRootCa(ca);
        signing::CertificateProfile tsa = ca;
        tsa.common_name = "Máy cấp dấu thời gian thử";
        tsa.is_ca = false;
        tsa.key_usage = signing::KeyUsage::DigitalSignature;
        tsa.time_stamping = true;
        const auto leaf = signing::IssueCertificate(tsa, root);
        return TsaCertificates{root.CertificatePem(), leaf.CertificatePem(), root.Subject(),
                               root.FingerprintSha256()};
    }();
    return made;
}

Actor SecondAdmin(testing::Scenario& s) {
    s.Users().Add({"admin.khanh", "Đỗ Khánh", Role::Admin, kTestPassword}, s.admin);
    return s.Users().SignIn("admin.khanh", kTestPassword, kTestWorkstation);
}

}  // namespace

TEST_CASE("The TSA settings wait for a second administrator, then configure the timestamping authority",
          "[db][four-eyes][timestamp]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    const Actor second = SecondAdmin(s);  // while the one-person rule holds; then four eyes again
    TrustService(db.Store(), s.clock).SetSetting(kSettingOnePersonRule, "off", s.admin);
    FourEyesService four_eyes(db.Store(), s.clock);
    CHECK_FALSE(app::ConfiguredTimestampAuthority(db.Store()).has_value());

    // The direct way is refused: the TSA decides what a signing time rests on.
    const auto direct = Refusal([&] {
        TrustService(db.Store(), s.clock).SetSetting(kSettingTsaUrl, "http://tsa.example.vn/tsa", s.admin);
    });
    CHECK(direct.Code() == ErrorCode::PermissionDenied);

    const auto url = four_eyes.Propose(app::TimestampUrlChange("  http://tsa.example.vn/tsa \n"), s.admin);
    const auto ca = four_eyes.Propose(app::TimestampCaChange(Certificates().ca_pem, "ca.pem"), s.admin);
    CHECK_FALSE(url.applied);
    CHECK_FALSE(ca.applied);
    // The confirmer reads the CA's name and fingerprint, not a PEM text.
    CHECK_THAT(ca.message.en, Catch::Contains("set the timestamping authority's CA (tsa_ca_pem) = " +
                                              Certificates().ca_subject + " (SHA-256 " +
                                              Certificates().ca_fingerprint + ")"));
    CHECK_THAT(ca.message.vi, Catch::Contains("đặt CA của đơn vị cấp dấu thời gian"));
    CHECK_FALSE(app::ConfiguredTimestampAuthority(db.Store()).has_value());

    four_eyes.Confirm(url.proposal.id, second);
    // A URL without its CA is not a usable TSA: said, not skipped.
    const auto without_ca = Refusal([&] { app::ConfiguredTimestampAuthority(db.Store()); });
    CHECK(without_ca.Code() == ErrorCode::InvalidValue);
    CHECK_THAT(without_ca.Message(Language::English),
               Catch::Contains("without its CA certificate (tsa_ca_pem)"));

    four_eyes.Confirm(ca.proposal.id, second);
    const auto tsa = app::ConfiguredTimestampAuthority(db.Store());
    REQUIRE(tsa.has_value());
    CHECK(tsa->url == "http://tsa.example.vn/tsa");
    REQUIRE(tsa->ca_pems.size() == 1);
    CHECK(tsa->ca_pems[0] == Certificates().ca_pem);
    CHECK(tsa->timeout == std::chrono::seconds(20));

    // Emptying the URL turns timestamps off, again by confirmation.
    const auto off = four_eyes.Propose(app::TimestampUrlChange(""), s.admin);
    CHECK_FALSE(off.applied);
    four_eyes.Confirm(off.proposal.id, second);
    CHECK_FALSE(app::ConfiguredTimestampAuthority(db.Store()).has_value());
}

TEST_CASE("A TSA setting that is not an http address or CA certificates is refused before it is stored",
          "[db][four-eyes][timestamp]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    FourEyesService four_eyes(db.Store(), s.clock);
    for (const char* bad :
         {"https://tsa.example.vn/tsa", "ftp://tsa.example.vn", "http://tsa example.vn/", "http://"}) {
        INFO(bad);
        const auto refusal = Refusal([&] { app::TimestampUrlChange(bad); });
        CHECK(refusal.Code() == ErrorCode::InvalidValue);
        CHECK(refusal.Field() == kSettingTsaUrl);
        CHECK_THAT(refusal.Message(Language::Vietnamese),
                   Catch::Contains("tsa_url phải là địa chỉ dạng http://"));
    }
    // Even a change made without the app's checks is refused when applied (here at once: one administrator).
    ProposedChange raw;
    raw.kind = ChangeKind::SetSetting;
    raw.setting_key = kSettingTsaCaPem;
    raw.setting_value =
        Certificates().ca_pem + "-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n";
    CHECK(Refusal([&] { four_eyes.Propose(raw, s.admin); }).Field() == kSettingTsaCaPem);
    raw.setting_key = kSettingTsaUrl;
    raw.setting_value = "javascript:alert(1)";
    CHECK(Refusal([&] { four_eyes.Propose(raw, s.admin); }).Field() == kSettingTsaUrl);

    // The TSA's own certificate is not a CA; a text without a certificate is not one either.
    CHECK(Refusal([&] { app::TimestampCaChange(Certificates().leaf_pem, "tsa.pem"); }).Code() ==
          ErrorCode::InvalidValue);
    CHECK(Refusal([&] { app::TimestampCaChange("không phải PEM", "note.txt"); }).Code() ==
          ErrorCode::FileFormat);
    CHECK_FALSE(TrustService(db.Store(), s.clock).Setting(kSettingTsaUrl).has_value());
    CHECK_FALSE(TrustService(db.Store(), s.clock).Setting(kSettingTsaCaPem).has_value());
}
