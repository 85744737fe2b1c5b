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

// `arguments` follow the program name; the environment is the test's, plus `environment`
// entries ("NAME=value").
CliResult RunCli(const std::vector<std::string>& arguments, const std::vector<std::string>& environment = {});

}  // namespace innodesk::testing
