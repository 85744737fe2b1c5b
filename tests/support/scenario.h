// A small programme set up through the services: the starting point of the service tests.
#pragma once

#include "app/common_passwords.h"
#include "domain/application_service.h"
#include "domain/decision_service.h"
#include "domain/enterprise_service.h"
#include "domain/programme_service.h"
#include "domain/user_service.h"
#include "domain/voucher_service.h"
#include "signing/scrypt_password_hasher.h"
#include "test_database.h"

namespace innodesk::testing {

// A stand-in for a signing key: its "signature" is the content with a prefix, which the matching
// TestVerifier accepts only for exactly the content it was made over. Real CMS signatures are
// tested in tests/signing and in the decision signing tests.
class TestSigner final : public domain::DecisionSigner {
public:
    explicit TestSigner(std::string fingerprint) : m_fingerprint(std::move(fingerprint)) {}
    std::string CertificateFingerprint() const override { return m_fingerprint; }
    std::string CertificateSubject() const override { return "CN=Test signer " + m_fingerprint.substr(0, 8); }
    std::vector<std::uint8_t> Sign(std::span<const std::uint8_t> content) const override;

private:
    std::string m_fingerprint;
};

class TestVerifier final : public domain::SignatureVerifier {
public:
    domain::SignatureCheck Verify(std::span<const std::uint8_t> signature_der,
                                  std::span<const std::uint8_t> content) const override;
};

// Cheap scrypt parameters: the hashing is real, only faster than the OWASP defaults.
inline const signing::ScryptPasswordHasher& TestHasher() {
    static const signing::ScryptPasswordHasher hasher(signing::ScryptParameters{10, 8, 1});
    return hasher;
}
inline constexpr const char* kTestPassword = "mật khẩu thử nghiệm dài";
// Where the tests' sign-ins come from, as a front end would say.
inline const domain::Workstation kTestWorkstation{"may-thu-nghiem", "tester"};
// The shipped common-password list, as the front ends load it.
const domain::CommonPasswords& TestCommonPasswords();

// For tests that need someone to act but not the Scenario's programme: creates the first
// administrator (admin.hoa) and returns an officer (officer.an), both through UserService.
domain::Actor AddFirstOfficer(TestDatabase& db);

struct Scenario {
    explicit Scenario(TestDatabase& database);

    TestDatabase& db;
    FixedClock clock{domain::CalendarDate::FromYmd(2026, 6, 15)};
    domain::Actor admin;     // admin.hoa
    domain::Actor officer;   // officer.an
    domain::Actor reviewer;  // officer.chi, an officer who reviews
    domain::Actor approver;  // leader.binh, certificate enrolled for `signer`
    domain::Actor viewer;    // viewer.dung
    TestSigner signer{"5eed000000000000000000000000000000000000000000000000000000000001"};
    TestVerifier verifier;
    domain::Programme programme;
    domain::BudgetEnvelope testing_envelope;  // 2026, testing_certification, 1 tỷ đồng
    domain::Enterprise parent;                // 0101248141
    domain::Enterprise branch;                // 0101248141-001
    domain::Enterprise other;                 // 0300588569

    domain::ApplicationService Applications() { return {db.Store(), db.Text(), clock}; }
    domain::VoucherService Vouchers() { return {db.Store(), db.Text(), clock}; }
    domain::ProgrammeService Programmes() { return {db.Store(), db.Text()}; }
    domain::EnterpriseService Enterprises() { return {db.Store(), db.Text(), clock}; }
    domain::DecisionService Decisions() { return {db.Store(), db.Text(), clock}; }
    domain::UserService Users() {
        return {db.Store(), db.Text(), TestHasher(), clock, TestCommonPasswords()};
    }

    // A draft application for testing and certification in 2026.
    domain::Application Draft(const domain::Enterprise& enterprise, long long requested,
                              long long co_funding);
    // A draft moved to Recommended.
    domain::Application Recommended(const domain::Enterprise& enterprise, long long requested,
                                    long long co_funding);
    // Drafted by the officer and signed by the approver.
    domain::DecisionOutcome Approve(domain::ApplicationId id, long long amount, const std::string& number);
    domain::DecisionOutcome Issue(domain::Decision decision);
};

}  // namespace innodesk::testing
