// The key a command signs with: a PKCS#12 file and its password file, or a PKCS#11 token by URI
// and its PIN file. The token's module (each Vietnamese CA ships its own) is named by this
// workstation's files (app/workstation_files.h), which --pkcs11-module overrides, never by the
// database; the first use of a module needs --trust-module after the approver has read its path.
#pragma once

#include "cli_context.h"

#include <CLI/CLI.hpp>

#include <memory>
#include <string>

namespace innodesk::cli {

struct SignerOptions {
    std::string p12;
    std::string p12_password_file;
    std::string pkcs11_uri;
    std::string pin_file;
    std::string pkcs11_module;
    bool trust_module = false;
};

void AddSignerOptions(CLI::App& command, SignerOptions& options);

// Loads the key; the password or PIN is read, used once and wiped. A wrong PIN is not retried.
std::unique_ptr<domain::DecisionSigner> LoadSigner(CliContext& context, const SignerOptions& options);

}  // namespace innodesk::cli
