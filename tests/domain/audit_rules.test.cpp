// Canonical JSON, the audit chain's checks, the decision payload's determinism, roles and user
// names: the rules without storage.
#include "domain/actor.h"
#include "domain/audit.h"
#include "domain/canonical_json.h"
#include "domain/decision_payload.h"
#include "domain/errors.h"
#include "domain/user.h"

#include <catch2/catch.hpp>

#include <functional>
#include <string>
#include <vector>

using namespace innodesk::domain;

namespace {

// A stand-in hash for the chain tests: any function of the bytes that changes when they do.
std::string TestHash(std::string_view bytes) {
    return std::to_string(std::hash<std::string_view>{}(bytes));
}

std::vector<AuditEntry> Chain(int length) {
    std::vector<AuditEntry> entries;
    std::string previous(kAuditGenesisHash);
    for (int i = 1; i <= length; ++i) {
        AuditEntry entry{i,
                         1'780'000'000 + i,
                         "officer.an",
                         "enterprise.create",
                         "enterprise",
                         i,
                         "null",
                         "{\"id\":" + std::to_string(i) + "}",
                         previous,
                         ""};
        entry.hash = TestHash(AuditHashInput(entry));
        previous = entry.hash;
        entries.push_back(entry);
    }
    return entries;
}

std::optional<AuditChainBreak> Check(const std::vector<AuditEntry>& entries) {
    AuditChainChecker checker(&TestHash);
    for (const auto& entry : entries)
        if (!checker.Feed(entry)) break;
    return checker.Break();
}

}  // namespace

TEST_CASE("Canonical JSON sorts keys, escapes only what it must and keeps UTF-8 as it is", "[audit]") {
    const JsonValue value = JsonValue::Object{
        {"zeta", 1},
        {"alpha", "Khánh Hòa \"trung tâm\"\n\t\\"},
        {"list", JsonValue::Array{true, nullptr, -5}},
        {"nested",
         JsonValue::Object{{"b", std::int64_t{9'007'199'254'740'993}}, {"a", std::string("\x01")}}}};
    CHECK(value.Canonical() ==
          "{\"alpha\":\"Khánh Hòa \\\"trung tâm\\\"\\n\\t\\\\\",\"list\":[true,null,-5],"
          "\"nested\":{\"a\":\"\\u0001\",\"b\":9007199254740993},\"zeta\":1}");
    CHECK(JsonValue().Canonical() == "null");
    CHECK(JsonValue(JsonValue::Object{}).Canonical() == "{}");
}

TEST_CASE("An intact audit chain passes and its head is the last hash", "[audit]") {
    const auto entries = Chain(5);
    AuditChainChecker checker(&TestHash);
    for (const auto& entry : entries) REQUIRE(checker.Feed(entry));
    CHECK_FALSE(checker.Break());
    CHECK(checker.Count() == 5);
    CHECK(checker.HeadHash() == entries.back().hash);
}

TEST_CASE("Each kind of tampering breaks the chain at the first entry it touches", "[audit]") {
    auto entries = Chain(6);
    SECTION("an edited entry") {
        entries[2].actor = "someone.else";
        const auto broken = Check(entries);
        REQUIRE(broken);
        CHECK(broken->seq == 3);
        CHECK(broken->reason == "hash_mismatch");
    }
    SECTION("an edited entry whose hash was recomputed breaks at the next one") {
        entries[2].after = "{\"id\":999}";
        entries[2].hash = TestHash(AuditHashInput(entries[2]));
        const auto broken = Check(entries);
        REQUIRE(broken);
        CHECK(broken->seq == 4);
        CHECK(broken->reason == "prev_hash_mismatch");
    }
    SECTION("a deleted entry") {
        entries.erase(entries.begin() + 3);
        const auto broken = Check(entries);
        REQUIRE(broken);
        CHECK(broken->seq == 4);
        CHECK(broken->reason == "sequence_gap");
    }
    SECTION("an inserted entry, the later ones renumbered") {
        AuditEntry forged = entries[1];
        forged.action = "enterprise.update";
        entries.insert(entries.begin() + 2, forged);
        for (std::size_t i = 0; i < entries.size(); ++i) entries[i].seq = static_cast<std::int64_t>(i + 1);
        const auto broken = Check(entries);
        REQUIRE(broken);
        CHECK(broken->seq == 3);  // the forged entry itself, now numbered 3
    }
    SECTION("two entries reordered") {
        std::swap(entries[1], entries[2]);
        std::swap(entries[1].seq, entries[2].seq);
        const auto broken = Check(entries);
        REQUIRE(broken);
        CHECK(broken->seq == 2);
    }
}

TEST_CASE("The decision payload is deterministic and covers every signed field", "[audit]") {
    Decision decision;
    decision.number = "125/QĐ-SKHCN";
    decision.date = CalendarDate::FromYmd(2026, 6, 20);
    decision.kind = DecisionKind::Approval;
    decision.legal_basis = "Nghị quyết 57-NQ/TW";
    decision.signer_name = "Giám đốc Trần Văn Bình";
    const std::vector<DecisionPayloadItem> items{
        {12, "0300588569", "KH-DMST", 2026, SupportContent::TestingCertification, "HACCP",
         Money::Dong(300'000'000)},
        {7, "0101248141", "KH-DMST", 2026, SupportContent::TestingCertification, "ISO 22000",
         Money::Dong(150'000'000)}};
    const DecisionPayloadSigner signer{"leader.binh", "ab12"};
    const std::string payload = DecisionPayload(decision, items, std::nullopt, signer);
    auto reversed = items;
    std::swap(reversed[0], reversed[1]);
    CHECK(DecisionPayload(decision, reversed, std::nullopt, signer) == payload);  // items sorted by id
    CHECK(payload.find("\"application_id\":7") < payload.find("\"application_id\":12"));
    CHECK(payload.rfind("{\"conditions\":\"\",\"date\":\"2026-06-20\",", 0) == 0);
    CHECK(payload.find("\"approved_amount_vnd\":150000000") != std::string::npos);
    CHECK(payload.find("\"format\":\"innodesk-decision/1\"") != std::string::npos);

    auto changed = items;
    changed[0].approved_amount = Money::Dong(300'000'001);
    CHECK(DecisionPayload(decision, changed, std::nullopt, signer) != payload);
    CHECK(DecisionPayload(decision, items, std::string("100/QĐ-SKHCN"), signer) != payload);
    CHECK(DecisionPayload(decision, items, std::nullopt, {"leader.binh", "cd34"}) != payload);
}

TEST_CASE("Roles are checked with a message naming who may act", "[audit]") {
    const Actor viewer{"xem.giang", Role::Viewer, 4};
    CHECK_NOTHROW(
        RequireRole({"canbo.an", Role::Officer, 2}, {Role::Officer}, "tạo hồ sơ", "create applications"));
    try {
        RequireRole(viewer, {Role::Officer, Role::Approver}, "tạo hồ sơ", "create applications");
        FAIL("a viewer was let through");
    } catch (const DomainError& error) {
        CHECK(error.Code() == ErrorCode::PermissionDenied);
        CHECK(error.Message(Language::English) ==
              "User xem.giang (role Viewer) may not create applications. Only: Officer, Approver.");
        CHECK(error.Message(Language::Vietnamese).find("không được tạo hồ sơ") != std::string::npos);
    }
}

TEST_CASE("Sign-in names and passwords", "[audit]") {
    CHECK(CheckedUserName("lanhdao.binh") == "lanhdao.binh");
    CHECK_THROWS_WITH(CheckedUserName("LanhDao"), Catch::Contains("character 1"));
    CHECK_THROWS_WITH(CheckedUserName("lãnh.đạo"), Catch::Contains("character 2"));
    CHECK_THROWS_AS(CheckedUserName(""), DomainError);
}
