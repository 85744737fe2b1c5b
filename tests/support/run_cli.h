// Runs innodesk-cli as a child process and captures its exit code, output and errors.
#pragma once

#include <string>
#include <vector>

namespace innodesk::testing {

struct CliResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// `arguments` follow the program name; the environment is the test's, with `environment` entries
// ("NAME=value") added or replacing the test's own. Unless `environment` names it, INNODESK_SCRYPT
// is kCheapScryptCost: the CLI then writes the fixture's cheap hashes and leaves them be at sign-in
// instead of rehashing them at OWASP's cost (about a second each); "INNODESK_SCRYPT=" restores
// OWASP's cost.
inline constexpr const char* kCheapScryptCost = "ln=10,r=8,p=1";
CliResult RunCli(const std::vector<std::string>& arguments, const std::vector<std::string>& environment = {});
}  // namespace innodesk::testing
