// The audit trail in words (app/audit_sentences): every action the code base records has a
// sentence in Vietnamese and English, every field its records write has a name, and a change
// stored and read back reads as a sentence and a before/after table on both backends.
#include "app/audit_sentences.h"
#include "scenario.h"
#include "signing/sha256.h"

#include "domain/application.h"
#include "domain/audit_service.h"
#include "domain/audit_views.h"
#include "domain/task_audit_views.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

using namespace innodesk;
using namespace innodesk::domain;

namespace {

std::string ReadWhole(const std::filesystem::path& file) {
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// The action codes the sources record: the string literals and kAudit… constants passed to
// RecordChange / RecordChangeAt (up to the entity argument), and "application." + every state for
// the moves ApplicationService::Move records. Read from the sources, so an action added anywhere
// without a sentence fails this test.
std::set<std::string> RecordedActions() {
    const std::filesystem::path root = INNODESK_SOURCE_DIR;
    std::map<std::string, std::string> constants;  // kAuditUnlock → "user.unlock"
    const std::regex constant(R"re((kAudit\w+)\s*=\s*"([a-z_.]+)")re");
    const std::regex call(R"re(RecordChange(?:At)?\s*\(([^;]*?)"([a-z_]+)"\s*,\s*[^,;"]+,)re");
    const std::regex literal(R"re("([a-z_]+\.[a-z_.]+)")re");
    const std::regex named(R"re(\bkAudit\w+)re");
    std::vector<std::string> sources;
    for (const char* layer :
         {"domain", "app", "persistence", "cli", "demo", "reports", "signing", "interchange"}) {
        for (const auto& file : std::filesystem::recursive_directory_iterator(root / layer)) {
            const auto extension = file.path().extension();
            if (extension != ".cpp" && extension != ".h") continue;
            const std::string text = ReadWhole(file.path());
            for (std::sregex_iterator m(text.begin(), text.end(), constant), end; m != end; ++m)
                constants[(*m)[1]] = (*m)[2];
            if (file.path().filename() != "audit_recorder.cpp") sources.push_back(text);
        }
    }
    std::set<std::string> actions;
    std::size_t calls = 0;
    for (const auto& text : sources) {
        for (std::sregex_iterator m(text.begin(), text.end(), call), end; m != end; ++m) {
            ++calls;
            const std::string arguments = (*m)[1];  // up to the entity: the action's expression
            for (std::sregex_iterator a(arguments.begin(), arguments.end(), literal); a != end; ++a)
                actions.insert((*a)[1]);
            for (std::sregex_iterator a(arguments.begin(), arguments.end(), named); a != end; ++a) {
                INFO("audit action constant " << (*a)[0]);
                REQUIRE(constants.contains((*a)[0]));
                actions.insert(constants[(*a)[0]]);
            }
        }
    }
    // The lower bound keeps the pattern honest: it must find the calls it is meant to read.
    REQUIRE(calls >= 70);
    for (const auto& state : ApplicationLifecycle().states)
        actions.insert("application." + std::string(state.code));
    actions.insert("permission.refused");  // recorded by RequireRole in audit_recorder.cpp
    return actions;
}

// Every key of a JSON value's objects, nested ones included.
void CollectKeys(const nlohmann::json& value, std::set<std::string>& keys) {
    if (value.is_object()) {
        for (const auto& [key, item] : value.items()) {
            keys.insert(key);
            CollectKeys(item, keys);
        }
    } else if (value.is_array()) {
        for (const auto& item : value) CollectKeys(item, keys);
    }
}

}  // namespace

TEST_CASE("Every audit action the code records has a sentence in Vietnamese and in English", "[db][audit]") {
    const auto actions = RecordedActions();
    CHECK(actions.contains("application.submitted"));
    CHECK(actions.contains("decision.sign"));
    CHECK(actions.contains("user.sign_in_failed"));
    CHECK(actions.contains("database.backup"));
    for (const auto& action : actions) {
        INFO("action " << action);
        CHECK(app::HasAuditSentence(action));
        AuditEntry entry;
        entry.action = action;
        entry.entity = "application";
        entry.entity_id = 12;
        entry.before = "null";
        entry.after = "null";
        const auto vi = app::AuditSentence(entry, "Nguyễn Văn An", Language::Vietnamese);
        const auto en = app::AuditSentence(entry, "Nguyễn Văn An", Language::English);
        CHECK(vi.find("Nguyễn Văn An") != std::string::npos);
        CHECK(en.find("Nguyễn Văn An") != std::string::npos);
        CHECK(vi != en);
        CHECK(vi.find(action) == std::string::npos);  // words, not the code
        CHECK(en.find(action) == std::string::npos);
    }
    AuditEntry unknown;
    unknown.action = "gadget.polish";
    CHECK_FALSE(app::HasAuditSentence(unknown.action));
    CHECK(app::AuditSentence(unknown, "An", Language::English).find("gadget.polish") != std::string::npos);
}

TEST_CASE("Every field the audit views write has a name in both languages", "[db][audit]") {
    std::set<std::string> keys;
    Decision decision;
    decision.items = {{1, Money::Dong(1)}};
    decision.signature = DecisionSignature{};
    for (const JsonValue& view :
         {AuditView(Enterprise{}),        AuditView(Programme{}),     AuditView(BudgetEnvelope{}),
          AuditView(SupportCap{}),        AuditView(Application{}),   AuditView(decision),
          AuditView(ServiceProvider{}),   AuditView(Voucher{}),       AuditView(Review{}),
          AuditView(IpFiling{}),          AuditView(TrainingEvent{}), AuditView(Attendance{}),
          AuditView(EnterpriseOutcome{}), AuditView(User{}),          AuditView(Task{}),
          AuditView(Milestone{}),         AuditView(Tranche{}),       AuditView(TaskUse{}),
          AuditView(TaskExtension{}),     AuditView(Organisation{})})
        CollectKeys(nlohmann::json::parse(view.Canonical()), keys);
    REQUIRE(keys.size() > 100);
    for (const auto& key : keys) {
        INFO("field " << key);
        CHECK(app::HasAuditFieldLabel(key));
    }
}

TEST_CASE("A submitted application reads as a sentence and a before/after table", "[db][audit]") {
    testing::TestDatabase db;
    testing::Scenario s(db);
    const auto draft = s.Draft(s.parent, 200'000'000, 150'000'000);
    s.Applications().Move(draft.id, ApplicationState::Submitted, s.officer, "");
    AuditService audit(db.Store(), signing::Sha256Hex, s.clock);
    const auto latest = audit.Latest(5);
    REQUIRE_FALSE(latest.empty());
    const auto& entry = latest.front();
    REQUIRE(entry.action == "application.submitted");

    const auto vi = app::AuditSentence(entry, "Nguyễn Văn An", Language::Vietnamese);
    CHECK(vi.starts_with("Nguyễn Văn An đã nộp hồ sơ số " + std::to_string(draft.id) + " («"));
    const auto en = app::AuditSentence(entry, "Nguyễn Văn An", Language::English);
    CHECK(en.starts_with("Nguyễn Văn An submitted application no. " + std::to_string(draft.id)));

    const auto changes = app::AuditChanges(entry, Language::Vietnamese);
    std::map<std::string, app::AuditFieldChange> by_field;
    for (const auto& change : changes) by_field[change.field] = change;
    REQUIRE(by_field.contains("state"));
    CHECK(by_field["state"].label == "Trạng thái");
    CHECK(by_field["state"].before == "Nháp");
    CHECK(by_field["state"].after == "Đã nộp");
    REQUIRE(by_field.contains("submitted_on"));
    CHECK(by_field["submitted_on"].before == "—");
    CHECK(by_field["submitted_on"].after == "15/06/2026");
    CHECK_FALSE(by_field.contains("requested_amount"));  // unchanged fields are left out

    const auto english = app::AuditChanges(entry, Language::English);
    bool state_in_english = false;
    for (const auto& change : english)
        if (change.field == "state")
            state_in_english =
                change.label == "State" && change.before == "Draft" && change.after == "Submitted";
    CHECK(state_in_english);

    // A creation lists every field, amounts written in each language's way.
    const auto created = latest.at(1);
    REQUIRE(created.action == "application.create");
    for (const auto& [language, expected] :
         {std::pair{Language::Vietnamese, std::string("200.000.000 \u20AB")},
          std::pair{Language::English, std::string("200,000,000 \u20AB")}}) {
        bool found = false;
        for (const auto& change : app::AuditChanges(created, language))
            if (change.field == "requested_amount") found = change.before.empty() && change.after == expected;
        CHECK(found);
    }
}
