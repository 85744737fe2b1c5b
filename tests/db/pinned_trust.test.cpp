// Trust anchors come from the workstation's pin folders, not from the database: a root planted in the
// trust table by whoever can write the database, with a back-dated enrolment and a re-signed payload,
// does not make a forged decision valid (issue 19, item 2). Both backends.
#include "scenario.h"
#include "test_helpers.h"

#include "app/database_verifier.h"
#include "app/demo_database.h"
#include "domain/base64.h"
#include "domain/decision_service.h"
#include "domain/trust_service.h"
#include "pinned_roots.h"
#include "signing/domain_adapters.h"
#include "signing/pki_maker.h"
#include "test_tools.h"

#include <soci/soci.h>
#include <catch2/catch.hpp>

#include <unistd.h>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <initializer_list>
#include <iterator>
#include <optional>

using namespace innodesk;
using namespace innodesk::domain;
using namespace std::chrono_literals;

namespace {

// A CA or signer valid from a year ago to two years on, as pki_maker makes them.
signing::CertificateProfile Profile(const std::string& common_name, bool ca) {
    signing::CertificateProfile profile;
    profile.common_name = common_name;
    profile.organisation = ca ? "Test CA" : "Sở Khoa học và Công nghệ";
    profile.not_before = std::chrono::system_clock::now() - 24h * 365;
    profile.not_after = std::chrono::system_clock::now() + 24h * 730;
    profile.is_ca = ca;
    profile.key_usage = ca ? signing::KeyUsage::KeyCertSign | signing::KeyUsage::CrlSign
                           : signing::KeyUsage::DigitalSignature | signing::KeyUsage::NonRepudiation;
    return profile;
}

// A folder of the test's own, removed with it.
struct Folder {
    Folder() {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "innodesk-pinned-trust-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
        path = pattern;
    }
    ~Folder() {
        std::error_code ignored;
        std::filesystem::remove_all(path, ignored);
    }
    std::filesystem::path path;
};

// Environment variables set (or unset) while the object lives, then restored.
class ScopedEnvironment {
public:
    ScopedEnvironment(std::initializer_list<std::pair<std::string, std::optional<std::string>>> values) {
        for (const auto& [name, value] : values) {
            const char* before = std::getenv(name.c_str());
            m_saved.emplace_back(name, before ? std::optional<std::string>(before) : std::nullopt);
            if (value)
                ::setenv(name.c_str(), value->c_str(), 1);
            else
                ::unsetenv(name.c_str());
        }
    }
    ~ScopedEnvironment() {
        for (const auto& [name, value] : m_saved) {
            if (value)
                ::setenv(name.c_str(), value->c_str(), 1);
            else
                ::unsetenv(name.c_str());
        }
    }
    ScopedEnvironment(const ScopedEnvironment&) = delete;
    ScopedEnvironment& operator=(const ScopedEnvironment&) = delete;

private:
    std::vector<std::pair<std::string, std::optional<std::string>>> m_saved;
};

std::string ReadAll(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The department's real PKI: a root (pinned on the workstation), an intermediate, and leader.binh's
// key, whose PKCS#12 carries `chain`.
struct DepartmentPki {
    signing::IssuedCertificate root = signing::MakeRootCa(Profile("Sở KH&CN Khánh Hòa Root CA", true));
    signing::IssuedCertificate intermediate =
        signing::IssueCertificate(Profile("Sở KH&CN Khánh Hòa Issuing CA", true), root);
    signing::IssuedCertificate signer =
        signing::IssueCertificate(Profile("Trần Văn Bình", false), intermediate);

    std::unique_ptr<signing::KeyDecisionSigner> Key(const Folder& folder, bool carry_intermediate) const {
        const auto file = folder.path / (carry_intermediate ? "binh-chain.p12" : "binh-alone.p12");
        std::vector<const signing::IssuedCertificate*> chain;
        if (carry_intermediate) chain.push_back(&intermediate);
        signing::WritePkcs12(file, signer, chain, "p12-password");
        return std::make_unique<signing::KeyDecisionSigner>(signing::LoadPkcs12(file, "p12-password"));
    }
};

Decision FiftySixMillion(ApplicationId application, const std::string& number) {
    Decision decision;
    decision.number = number;
    decision.date = CalendarDate::FromYmd(2026, 6, 20);
    decision.kind = DecisionKind::Approval;
    decision.items = {{application, Money::Dong(56'000'000)}};
    decision.signer_name = "Trần Văn Bình";
    return decision;
}

}  // namespace

TEST_CASE("A forged decision re-signed under a root planted in the database is not valid", "[db]") {
    const std::string openssl = testing::RequireTool(testing::Tool::Openssl);
    testing::TestDatabase db;
    testing::Scenario s(db);
    const Folder folder;
    const DepartmentPki pki;
    testing::PinnedRoots pins;
    pins.PinText(pki.root.CertificatePem(), "department-root.pem");
    const auto key = pki.Key(folder, true);
    s.Users().BindCertificate("leader.binh", key->CertificateFingerprint(), key->CertificateSubject(),
                              s.admin);
    auto decisions = s.Decisions();
    const auto application = s.Recommended(s.parent, 60'000'000, 60'000'000);
    const auto drafted = decisions.Draft(FiftySixMillion(application.id, "56/QĐ-SKHCN"), s.officer);
    const auto issued =
        decisions.Sign(drafted.decision.id, *key, *app::DatabaseVerifier(db.Store(), s.clock), s.approver);
    const DecisionId id = issued.decision.id;
    REQUIRE(decisions.Verify(id, *app::DatabaseVerifier(db.Store(), s.clock)).Valid());

    // The attacker, who can write the database but not this workstation's folders, makes a root
    // with a government's name and a certificate for the approver with stock OpenSSL's means...
    signing::IssuedCertificate forged_root = signing::MakeRootCa(Profile("Vietnam Government Root CA", true));
    signing::IssuedCertificate forged_signer =
        signing::IssueCertificate(Profile("Trần Văn Bình", false), forged_root);
    const auto forged_certificate = folder.path / "forged-signer.pem";
    const auto forged_key = folder.path / "forged-signer.key";
    signing::WriteTextFile(forged_certificate, forged_signer.CertificatePem());
    signing::WriteEncryptedPrivateKeyPem(forged_key, forged_signer, "attacker");
    // ...plants the root in the trust table and a back-dated enrolment, by SQL...
    auto& sql = db.Store().Session();
    const std::string root_pem = forged_root.CertificatePem();
    const std::string root_fingerprint = forged_root.FingerprintSha256();
    const std::string root_label = forged_root.Subject();
    sql << "INSERT INTO trust_item (kind, label, pem, fingerprint, added_at) VALUES ('ca', :l, :p, :f, "
           "1700000000)",
        soci::use(root_label), soci::use(root_pem), soci::use(root_fingerprint);
    const std::string fingerprint = forged_signer.FingerprintSha256();
    const std::string subject = forged_signer.Subject();
    sql << "INSERT INTO user_certificate (user_id, fingerprint, subject, bound_at) VALUES (:u, :f, :s, "
           "1700000000)",
        soci::use(s.approver.user_id), soci::use(fingerprint), soci::use(subject);
    // ...turns 56 million into 5 billion, names the forged certificate on the decision...
    sql << "UPDATE decision_item SET approved_amount = 5000000000 WHERE decision_id = :d", soci::use(id);
    sql << "UPDATE decision SET signer_fingerprint = :f, signer_subject = :s WHERE id = :d",
        soci::use(fingerprint), soci::use(subject), soci::use(id);
    // ...and re-signs the changed payload with stock OpenSSL.
    const auto payload = folder.path / "payload.json";
    signing::WriteTextFile(payload, decisions.SignedPayload(decisions.Get(id)));
    const auto signature = folder.path / "forged.der";
    const std::string command = openssl + " cms -sign -binary -outform DER -md sha256 -in " +
                                payload.string() + " -signer " + forged_certificate.string() + " -inkey " +
                                forged_key.string() + " -passin pass:attacker -out " + signature.string();
    REQUIRE(std::system(command.c_str()) == 0);
    const std::string der = ReadAll(signature);
    const std::string base64 = Base64Encode({reinterpret_cast<const std::uint8_t*>(der.data()), der.size()});
    sql << "UPDATE decision SET signature = :s WHERE id = :d", soci::use(base64), soci::use(id);

    const Decision forged = decisions.Get(id);
    REQUIRE(forged.items.front().approved_amount == Money::Dong(5'000'000'000));
    const auto verification = decisions.Verify(forged, *app::DatabaseVerifier(db.Store(), s.clock));
    INFO(verification.explanation.en);
    CHECK_FALSE(verification.Valid());
    CHECK(verification.status == VerificationStatus::Indeterminate);
    CHECK(verification.reason == SignatureReason::UntrustedChain);
    CHECK_THAT(verification.explanation.en, Catch::Contains("Vietnam Government Root CA") &&
                                                Catch::Contains("not pinned") &&
                                                Catch::Contains(pins.Folder().string()));
    CHECK_THAT(verification.explanation.vi,
               Catch::Contains("Vietnam Government Root CA") && Catch::Contains("không được ghim"));
    // As every front end shows it, too.
    CHECK(decisions.Verify(forged, *app::DatabaseVerifierForDisplay(db.Store(), s.clock)).reason ==
          SignatureReason::UntrustedChain);
}

TEST_CASE("Trust anchors are the pinned roots: the database only helps build chains", "[db]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    const Folder folder;
    const DepartmentPki pki;
    testing::PinnedRoots pins;
    // A key whose signatures do not carry the intermediate: the chain needs the database's copy.
    const auto key = pki.Key(folder, false);
    s.Users().BindCertificate("leader.binh", key->CertificateFingerprint(), key->CertificateSubject(),
                              s.admin);
    auto decisions = s.Decisions();
    const auto application = s.Recommended(s.parent, 60'000'000, 60'000'000);
    const auto drafted = decisions.Draft(FiftySixMillion(application.id, "57/QĐ-SKHCN"), s.officer);
    TrustService trust(db.Store(), s.clock);
    trust.Add({0, TrustKind::CaCertificate, pki.root.Subject(), pki.root.CertificatePem(),
               pki.root.FingerprintSha256(), 0},
              s.admin);

    SECTION("a root in the database alone is not an anchor: no verifier for signing, indeterminate to show") {
        const auto refusal = testing::Refusal([&] { app::DatabaseVerifier(db.Store(), s.clock); });
        CHECK(refusal.Code() == ErrorCode::InvalidValue);
        CHECK_THAT(refusal.Message(Language::English), Catch::Contains("No root certificate is pinned") &&
                                                           Catch::Contains(pins.Folder().string()));
        // Signed anyway with a verifier that trusts the root directly, as a workstation that pins it would.
        const signing::TrustStoreVerifier pinned_here(signing::TrustStore{
            {}, {}, {pki.root.CertificatePem()}, {}, {pki.intermediate.CertificatePem()}});
        const auto issued = decisions.Sign(drafted.decision.id, *key, pinned_here, s.approver);
        trust.Add({0, TrustKind::CaCertificate, pki.intermediate.Subject(), pki.intermediate.CertificatePem(),
                   pki.intermediate.FingerprintSha256(), 0},
                  s.admin);
        const auto shown =
            decisions.Verify(issued.decision.id, *app::DatabaseVerifierForDisplay(db.Store(), s.clock));
        CHECK(shown.status == VerificationStatus::Indeterminate);
        CHECK(shown.reason == SignatureReason::UntrustedChain);
        CHECK_THAT(shown.explanation.en,
                   Catch::Contains("Sở KH&CN Khánh Hòa Root CA") && Catch::Contains("not pinned"));
    }
    SECTION("an intermediate carried in the database completes a chain to a pinned root") {
        pins.PinText(pki.root.CertificatePem(), "department-root.pem");
        const auto without_intermediate = testing::Refusal([&] {
            decisions.Sign(drafted.decision.id, *key, *app::DatabaseVerifier(db.Store(), s.clock),
                           s.approver);
        });
        CHECK(decisions.Get(drafted.decision.id).status == DecisionStatus::Draft);
        CHECK_THAT(without_intermediate.Message(Language::English),
                   Catch::Contains("Sở KH&CN Khánh Hòa Issuing CA") || Catch::Contains("Trần Văn Bình"));
        trust.Add({0, TrustKind::CaCertificate, pki.intermediate.Subject(), pki.intermediate.CertificatePem(),
                   pki.intermediate.FingerprintSha256(), 0},
                  s.admin);
        const auto issued = decisions.Sign(drafted.decision.id, *key,
                                           *app::DatabaseVerifier(db.Store(), s.clock), s.approver);
        const auto verified =
            decisions.Verify(issued.decision.id, *app::DatabaseVerifier(db.Store(), s.clock));
        CHECK(verified.Valid());
        CHECK_THAT(verified.explanation.en,
                   Catch::Contains("is pinned in " + (pins.Folder() / "department-root.pem").string()));
    }
}

TEST_CASE("The demo's root is pinned for the user who made it, not by being in the database", "[db]") {
    testing::TestDatabase db;
    const testing::FixedClock clock{CalendarDate::FromYmd(2026, 6, 15)};
    const Folder keys;
    // A workstation as installed: no INNODESK_TRUST_DIR, the machine's folder (empty) and the user's
    // own configuration folder, both the test's.
    const Folder workstation;
    const ScopedEnvironment environment{{"INNODESK_TRUST_DIR", std::nullopt},
                                        {"INNODESK_SYSCONFDIR", (workstation.path / "etc").string()},
                                        {"XDG_CONFIG_HOME", (workstation.path / "config").string()}};
    demo::DemoSpec spec;
    spec.enterprises = 40;
    spec.seed = 2026;
    const auto demo =
        app::CreateDemoDatabase(db.Store(), db.Text(), clock, testing::TestHasher(), spec, keys.path);
    CHECK(demo.pinned_root.parent_path() == workstation.path / "config/innodesk/trust");
    CHECK(demo.pinned_root.filename().string().starts_with("innodesk-demo-root-"));
    DecisionService decisions(db.Store(), db.Text(), clock);
    DecisionFilter signed_only;
    signed_only.status = DecisionStatus::Signed;
    const auto signed_decisions = decisions.List(signed_only);
    REQUIRE_FALSE(signed_decisions.empty());
    const Decision& decision = signed_decisions.front();

    const auto pinned = decisions.Verify(decision, *app::DatabaseVerifierForDisplay(db.Store(), clock));
    CHECK(pinned.Valid());
    CHECK_THAT(pinned.explanation.en, Catch::Contains("is pinned in " + demo.pinned_root.string()) &&
                                          Catch::Contains("pinned by this user only"));
    CHECK_THAT(pinned.explanation.vi, Catch::Contains("ghim bởi riêng người dùng này"));

    // Another workstation, or this one without the pin: the same database's copy of the root is no anchor.
    std::filesystem::remove(demo.pinned_root);
    const auto unpinned = decisions.Verify(decision, *app::DatabaseVerifierForDisplay(db.Store(), clock));
    CHECK(unpinned.status == VerificationStatus::Indeterminate);
    CHECK(unpinned.reason == SignatureReason::UntrustedChain);
    CHECK_THAT(unpinned.explanation.en,
               Catch::Contains("InnoDesk Demo Root CA") && Catch::Contains("not pinned"));
}
