// Each group of innodesk-cli commands registers itself on the application.
#pragma once

#include "cli_context.h"

#include <CLI/CLI.hpp>

namespace innodesk::cli {

void AddSystemCommands(CLI::App& app, CliContext& context);       // init, backup, generate
void AddEnterpriseCommands(CLI::App& app, CliContext& context);   // enterprise add|show|search|import|family
void AddProgrammeCommands(CLI::App& app, CliContext& context);    // programme, budget, cap
void AddApplicationCommands(CLI::App& app, CliContext& context);  // application lifecycle and decisions
void AddVoucherCommands(CLI::App& app, CliContext& context);      // voucher, provider

}  // namespace innodesk::cli
