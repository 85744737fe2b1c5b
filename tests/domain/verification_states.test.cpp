// The states kept as enumerations: a decision's verification status, a signature's verdict and
// reason, and the catalogue's metrics. Each goes through its table (enum_table.h) to its stable
// code and back, and an unknown code is refused naming the field and the codes accepted.
#include "domain/decision_service.h"
#include "domain/enum_table.h"
#include "domain/metric_catalogue.h"
#include "domain/signature_ports.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>

using namespace innodesk::domain;

namespace {

// Every value from the first to `last` has exactly one entry, its code unique, and the code
// parses back to the value.
template <typename Enum>
void RequireRoundTrip(std::span<const EnumEntry<Enum>> table, Enum last) {
    std::set<std::string_view> codes;
    for (int i = 0; i <= static_cast<int>(last); ++i) {
        const auto value = static_cast<Enum>(i);
        const auto& entry = EntryOf(table, value);
        INFO("code " << entry.code);
        CHECK_FALSE(entry.code.empty());
        CHECK_FALSE(entry.vi.empty());
        CHECK_FALSE(entry.en.empty());
        CHECK(codes.insert(entry.code).second);
        CHECK(ParseEnum(table, entry.code, "field", "Giá trị", "Value") == value);
    }
    CHECK(table.size() == codes.size());
}

template <typename Enum>
DomainError Refusal(std::span<const EnumEntry<Enum>> table, const char* field) {
    try {
        ParseEnum(table, "no_such_code", field, "Giá trị", "Value");
    } catch (const DomainError& error) {
        return error;
    }
    FAIL("'no_such_code' was accepted");
    throw std::logic_error("unreachable");
}

template <typename Enum>
void RequireRefused(std::span<const EnumEntry<Enum>> table, const char* field) {
    const DomainError error = Refusal(table, field);
    CHECK(error.Code() == ErrorCode::InvalidValue);
    CHECK(error.Field() == field);
    CHECK_THAT(error.Text().en, Catch::Contains("'no_such_code' is not valid; use one of: ") &&
                                    Catch::Contains(std::string(table.front().code)) &&
                                    Catch::Contains(std::string(table.back().code)));
    CHECK_THAT(error.Text().vi, Catch::Contains("'no_such_code' không hợp lệ; dùng một trong: "));
}

}  // namespace

TEST_CASE("A decision's verification status goes to its code and back", "[domain][enums]") {
    RequireRoundTrip(VerificationStatuses(), VerificationStatus::Recorded);
    CHECK(EntryOf(VerificationStatuses(), VerificationStatus::Valid).code == "valid");
    CHECK(EntryOf(VerificationStatuses(), VerificationStatus::Indeterminate).code == "indeterminate");
    CHECK(EntryOf(VerificationStatuses(), VerificationStatus::Invalid).code == "invalid");
    CHECK(EntryOf(VerificationStatuses(), VerificationStatus::Draft).code == "draft");
    CHECK(EntryOf(VerificationStatuses(), VerificationStatus::Recorded).code == "recorded");
    RequireRefused(VerificationStatuses(), "status");
}

TEST_CASE("A signature's verdict and reason go to their codes and back", "[domain][enums]") {
    RequireRoundTrip(SignatureVerdicts(), SignatureVerdict::Invalid);
    RequireRoundTrip(SignatureReasons(), SignatureReason::Unsigned);
    // The codes the CLI's JSON and text output, the exported documents and the tests read.
    const std::pair<SignatureReason, const char*> codes[] = {
        {SignatureReason::None, "none"},
        {SignatureReason::ContentChanged, "content_changed"},
        {SignatureReason::SignatureDamaged, "signature_damaged"},
        {SignatureReason::FormatDamaged, "format_damaged"},
        {SignatureReason::Expired, "expired"},
        {SignatureReason::NotYetValid, "not_yet_valid"},
        {SignatureReason::Revoked, "revoked"},
        {SignatureReason::RevocationUnknown, "revocation_unknown"},
        {SignatureReason::UntrustedChain, "untrusted_chain"},
        {SignatureReason::WrongKeyUsage, "wrong_key_usage"},
        {SignatureReason::StatusChanged, "status_changed"},
        {SignatureReason::SignerNotBound, "signer_not_bound"},
        {SignatureReason::Unsigned, "unsigned"},
    };
    for (const auto& [reason, code] : codes) CHECK(EntryOf(SignatureReasons(), reason).code == code);
    RequireRefused(SignatureVerdicts(), "verdict");
    RequireRefused(SignatureReasons(), "reason");
}

TEST_CASE("Each metric of the catalogue goes to its id and back", "[domain][enums]") {
    RequireRoundTrip(Metrics(), Metric::TasksApplicationPlanShare);
    REQUIRE(MetricCatalogue().size() == Metrics().size());
    for (const auto& definition : MetricCatalogue()) {
        INFO(definition.id);
        CHECK(EntryOf(Metrics(), definition.metric).code == definition.id);
        CHECK(FindMetric(definition.id) == &definition);
    }
    RequireRefused(Metrics(), "metric");
}
