// The CLI tests' databases and users.
#include "cli_fixture.h"

#include "app/common_passwords.h"
#include "domain/calendar_date.h"
#include "domain/user_service.h"
#include "one_person_rule.h"
#include "signing/scrypt_password_hasher.h"
#include "test_tools.h"
#include "tests/support/raw_store.h"
#include "text/icu_text_rules.h"

#include <catch2/catch.hpp>

#include <unistd.h>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <system_error>

namespace innodesk::testing {
namespace {

struct SeedUser {
    const char* name;
    const char* display_name;
    domain::Role role;
};

// The admin first: it is the one that adds the others.
const SeedUser kSeedUsers[] = {
    {kAdmin, "Phạm Quốc Huy", domain::Role::Admin},
    {kOfficer, "Nguyễn Thị An", domain::Role::Officer},
    {kSecondOfficer, "Trần Văn Bình", domain::Role::Officer},
    {kApprover, "Phó Giám đốc Lê Thị Châu", domain::Role::Approver},
    {kSecondApprover, "Phó Giám đốc Hoàng Minh Dũng", domain::Role::Approver},
    {kViewer, "Đỗ Thu Giang", domain::Role::Viewer},
};

// Vietnamese on purpose: the password file is read as UTF-8 bytes and hashed as such.
// The name reversed, since a password may not contain the sign-in name.
std::string PasswordOf(const std::string& user) {
    return "Mật khẩu thử của " + std::string(user.rbegin(), user.rend());
}

}  // namespace

TempFolder::TempFolder() {
    std::string pattern = (std::filesystem::temp_directory_path() / "innodesk-cli-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    m_path = pattern;
}

TempFolder::~TempFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

void WriteText(const std::string& file, const std::string& text) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << text << '\n';
    if (!out) throw std::runtime_error("cannot write " + file);
}

std::string FirstLine(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    std::string line;
    if (!std::getline(in, line)) throw std::runtime_error("cannot read " + file);
    return line;
}

std::string ReadText(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + file);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

CliDatabase::CliDatabase(const TempFolder& folder, const std::string& file)
    : m_folder(folder), m_path(folder / file) {
    const auto init = RunCli({"--db", m_path, "--lang", "en", "init"});
    INFO(init.err);
    REQUIRE(init.exit_code == 0);

    const auto store = innodesk::testing::OpenRawStore(persistence::DatabaseTarget::Parse(m_path),
                                                       persistence::OpenMode::MustExist);
    const text::IcuTextRules text;
    const domain::SystemClock clock;
    const signing::ScryptPasswordHasher cheap(signing::ScryptParameters{10, 8, 1});
    const domain::CommonPasswords common = app::LoadCommonPasswords(text);
    domain::UserService users(*store, text, cheap, clock, common);
    domain::Actor admin;
    for (const auto& seed : kSeedUsers) {
        WriteText(PasswordFile(seed.name), PasswordOf(seed.name));
        domain::NewUser user{seed.name, seed.display_name, seed.role, PasswordOf(seed.name)};
        if (seed.role == domain::Role::Admin) {
            const auto created = users.CreateFirstAdmin(std::move(user));
            admin = {created.name, created.role, created.id};
            innodesk::testing::ConfigureOnePersonRule(*store, clock, admin);
        } else {
            users.Add(std::move(user), admin);
        }
    }
}

CliDatabase::CliDatabase(const TempFolder& folder, const CliDatabase& original)
    : m_folder(folder), m_path(folder / std::filesystem::path(original.m_path).filename().string()) {
    // Every innodesk-cli run has ended, so the file is whole; a write-ahead log is copied if
    // one was left.
    for (const char* suffix : {"", "-wal"})
        if (std::filesystem::exists(original.m_path + suffix))
            std::filesystem::copy_file(original.m_path + suffix, m_path + suffix);
    for (const auto& seed : kSeedUsers)
        std::filesystem::copy_file(original.PasswordFile(seed.name), PasswordFile(seed.name));
}

CliDatabase::CliDatabase(const TempFolder& folder, const std::string& file, AsItIs)
    : m_folder(folder), m_path(folder / file) {}

CliDatabase CliDatabase::Existing(const TempFolder& folder, const std::string& file) {
    return CliDatabase(folder, file, AsItIs{});
}

std::string CliDatabase::PasswordFile(const std::string& user) const {
    return m_folder / (user + ".password");
}

CliResult CliDatabase::Run(const std::string& user, const std::vector<std::string>& arguments,
                           const char* lang) const {
    // The checkpoints a signature writes (app/audit_checkpoint.h) stay in the test's folder.
    return RunCli(
        Joined({"--db", m_path, "--lang", lang, "--user", user, "--password-file", PasswordFile(user)},
               arguments),
        {"INNODESK_CHECKPOINT_DIR=" + m_folder / "checkpoints"});
}

CliResult CliDatabase::Ok(const std::string& user, const std::vector<std::string>& arguments) const {
    auto result = Run(user, arguments);
    INFO("innodesk-cli as " << user << ": " << result.err << result.out);
    REQUIRE(result.exit_code == 0);
    return result;
}

bool CliDatabase::SqlSucceeds(const std::string& statements) const {
    const std::string sqlite3 = RequireTool(Tool::Sqlite3);
    static std::atomic<int> counter{0};
    const std::string script = m_folder / ("tamper-" + std::to_string(counter++) + ".sql");
    WriteText(script, statements);
    return Shell(sqlite3 + " -bail " + ShellQuoted(m_path) + " < " + ShellQuoted(script) + " 2>/dev/null") ==
           0;
}

void CliDatabase::Sql(const std::string& statements) const {
    INFO("sqlite3 " << m_path << ":\n" << statements);
    REQUIRE(SqlSucceeds(statements));
}

std::string CliDatabase::SqlValue(const std::string& query) const {
    const std::string command =
        RequireTool(Tool::Sqlite3) + " " + ShellQuoted(m_path) + " " + ShellQuoted(query);
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), &::pclose);
    REQUIRE(pipe != nullptr);
    std::string output;
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe.get())) > 0;) output.append(buffer, n);
    while (!output.empty() && (output.back() == '\n' || output.back() == '\r')) output.pop_back();
    return output;
}

int Shell(const std::string& command) {
    return std::system(command.c_str());
}

std::string ShellQuoted(const std::string& text) {
    std::string quoted = "'";
    for (const char c : text) {
        if (c == '\'')
            quoted += "'\\''";
        else
            quoted += c;
    }
    return quoted + "'";
}

std::vector<std::string> Joined(std::vector<std::string> a, const std::vector<std::string>& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

}  // namespace innodesk::testing
