// What the CLI tests share: a temporary folder, a database made with `innodesk-cli init` and
// seeded with one user of each role, and running the CLI signed in as one of them.
#pragma once

#include "run_cli.h"

#include <filesystem>
#include <string>
#include <vector>

namespace innodesk::testing {

// A fresh folder under the system's temporary folder, removed with everything in it.
class TempFolder {
public:
    TempFolder();
    ~TempFolder();
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;

    const std::filesystem::path& Path() const { return m_path; }
    std::string operator/(const std::string& name) const { return (m_path / name).string(); }

private:
    std::filesystem::path m_path;
};

// The users every test database has. Their passwords are in the folder's <name>.password files.
inline constexpr const char* kAdmin = "quantri";
inline constexpr const char* kOfficer = "canbo.an";
inline constexpr const char* kSecondOfficer = "canbo.binh";
inline constexpr const char* kApprover = "lanhdao.chau";
inline constexpr const char* kSecondApprover = "lanhdao.dung";
inline constexpr const char* kViewer = "xem.giang";

// Writes `text` and a newline to `file`, replacing it.
void WriteText(const std::string& file, const std::string& text);
std::string ReadText(const std::string& file);
// The first line of `file`, without its end of line: a password file's password.
std::string FirstLine(const std::string& file);

// An SQLite database in `folder`, created by `innodesk-cli init` (so through the same migrations
// a user's database goes through) and then seeded with the users above in this process.
//
// Why not `user add`: passwords are hashed with scrypt at OWASP's cost (N=2^17, about a second per
// hash and per sign-in), which over a few hundred CLI runs would make the suite take minutes. The
// stored hash is self-describing ("$scrypt$ln=10,r=8,p=1$salt$hash") and the CLI verifies with
// the parameters it finds there, so the users are created with domain::UserService and a cheap
// ScryptPasswordHasher (N=2^10): every sign-in below still goes through the real scrypt check,
// only cheaper. users_cli.test.cpp keeps one test that goes the real way (init --admin, user add,
// sign in) with OWASP hashes.
class CliDatabase {
public:
    explicit CliDatabase(const TempFolder& folder, const std::string& file = "t.db");
    // A copy of `original` (its file and its users' password files) in `folder`: a scene set up
    // once and copied for each SECTION instead of being made again through the CLI.
    CliDatabase(const TempFolder& folder, const CliDatabase& original);
    // A database file made otherwise, as it is: for Sql and SqlValue.
    static CliDatabase Existing(const TempFolder& folder, const std::string& file);

    const std::string& Path() const { return m_path; }
    // The file holding `user`'s sign-in password.
    std::string PasswordFile(const std::string& user) const;

    // innodesk-cli --db PATH --lang LANG --user USER --password-file FILE ARGUMENTS…: the global
    // options come first, so that a subcommand's own --password-file (decision sign's PKCS#12
    // password) is not mistaken for the sign-in password.
    CliResult Run(const std::string& user, const std::vector<std::string>& arguments,
                  const char* lang = "en") const;
    // Run, and REQUIRE exit code 0 (showing stderr otherwise).
    CliResult Ok(const std::string& user, const std::vector<std::string>& arguments) const;

    // Runs SQL on the file with the sqlite3 command-line tool, as someone with access to the
    // file (not to InnoDesk) would tamper with it. REQUIREs success. Without sqlite3 the test is
    // skipped or fails, as RequireTool says (test_tools.h).
    void Sql(const std::string& statements) const;
    // The same, returning whether the tool succeeded (for statements that should be refused).
    bool SqlSucceeds(const std::string& statements) const;
    // The first column of the first row of a query, through the sqlite3 tool.
    std::string SqlValue(const std::string& query) const;

private:
    struct AsItIs {};
    CliDatabase(const TempFolder& folder, const std::string& file, AsItIs);

    const TempFolder& m_folder;
    std::string m_path;
};

// Runs a shell command; 0 when it succeeded.
int Shell(const std::string& command);

// `text` quoted for the shell.
std::string ShellQuoted(const std::string& text);

// Arguments joined: a followed by b.
std::vector<std::string> Joined(std::vector<std::string> a, const std::vector<std::string>& b);

}  // namespace innodesk::testing
